/**
 * Axis ticks: round numbers for quantities, calendar days, months or years
 * for dates, each with the label the chart prints. Days are day numbers
 * (see `values/days.ts`), so dates and quantities share one number line.
 */
import { civilFromDays, dayNumber } from "../../values/days.js";

/** A labelled tick at a value of the axis. @internal */
export interface Tick {
  at: number;
  label: string;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `1400` → `1,400`; `-2.5` → `−2.5`; at most two decimals. @internal */
export function formatNumber(n: number): string {
  const abs = Math.round(Math.abs(n) * 100) / 100;
  if (abs >= 1e21) return String(n); // written with an exponent
  const [whole, fraction] = String(abs).split(".") as [string, string?];
  let grouped = "";
  for (let i = 0; i < whole.length; i++) grouped += (i > 0 && (whole.length - i) % 3 === 0 ? "," : "") + whole[i];
  return `${n < 0 && abs !== 0 ? "\u2212" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/** `20 Apr 2025`, `Apr 2025` or `2025`, as precise as `unit`. @internal */
export function formatDay(day: number, unit: "day" | "month" | "year" = "day"): string {
  const [year, month, date] = civilFromDays(day);
  if (unit === "year") return String(year);
  if (unit === "month") return `${MONTHS[month - 1]} ${year}`;
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

/**
 * Round numbers (1, 2 or 5 × a power of ten apart) covering `lo..hi` with at
 * most about `count` ticks; the domain widened to the outer ticks.
 * @internal
 */
export function numberTicks(lo: number, hi: number, count: number): { lo: number; hi: number; ticks: Tick[] } {
  if (hi <= lo) [lo, hi] = lo === 0 ? [0, 1] : [lo - Math.abs(lo) * 0.1, hi + Math.abs(hi) * 0.1];
  // The finest step of 1, 2 or 5 × 10ⁿ whose ticks, widened to whole steps, number at most count + 1.
  const power = 10 ** Math.floor(Math.log10((hi - lo) / Math.max(1, count)));
  const steps = [1, 2, 5, 10, 20, 50, 100].map((m) => m * power);
  const step = steps.find((s) => Math.ceil(hi / s) - Math.floor(lo / s) <= Math.max(1, count)) ?? steps[steps.length - 1]!;
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  const ticks: Tick[] = [];
  for (let k = first; k <= last; k++) {
    const at = Number((k * step).toPrecision(12));
    ticks.push({ at, label: formatNumber(at) });
  }
  return { lo: ticks[0]!.at, hi: ticks[ticks.length - 1]!.at, ticks };
}

/** Steps of a date axis, finest first: [unit, how many units]. */
const DATE_STEPS: ReadonlyArray<readonly ["day" | "month" | "year", number]> = [
  ["day", 1], ["day", 7], ["month", 1], ["month", 3], ["month", 6],
  ["year", 1], ["year", 2], ["year", 5], ["year", 10], ["year", 20], ["year", 50], ["year", 100], ["year", 500], ["year", 1000],
];

/**
 * Calendar ticks inside the days `lo..hi`: the finest of days, weeks,
 * months, quarters, half-years or years that gives at most `count` ticks.
 * Month and day ticks name the year on the first tick and in January.
 * @internal
 */
export function dayTicks(lo: number, hi: number, count: number): Tick[] {
  for (const [unit, every] of DATE_STEPS) {
    const days = starts(lo, hi, unit, every);
    if (days.length > Math.max(1, count)) continue;
    return days.map((at, i) => {
      const [year, month, date] = civilFromDays(at);
      if (unit === "year") return { at, label: String(year) };
      const newYear = i === 0 || (month === 1 && (unit === "month" || date <= 7));
      const label = unit === "month" ? MONTHS[month - 1]! : `${date} ${MONTHS[month - 1]}`;
      return { at, label: newYear ? `${label} ${year}` : label };
    });
  }
  return [];
}

/** The first days of every `every` days, months or years inside `lo..hi`. */
function starts(lo: number, hi: number, unit: "day" | "month" | "year", every: number): number[] {
  const out: number[] = [];
  const [year, month] = civilFromDays(lo);
  if (unit === "day") {
    // Weeks start on Mondays: day 4 is Monday 5 January 1970.
    const offset = every === 7 ? 4 : 0;
    for (let day = Math.ceil((lo - offset) / every) * every + offset; day <= hi && out.length <= 400; day += every) out.push(day);
    return out;
  }
  if (unit === "month") {
    for (let m = (year * 12 + month - 1); out.length <= 400; m += 1) {
      if (m % every !== 0) continue;
      const day = dayNumber(Math.floor(m / 12), (m % 12) + 1, 1);
      if (day > hi) break;
      if (day >= lo) out.push(day);
    }
    return out;
  }
  for (let y = Math.ceil(year / every) * every; out.length <= 400; y += every) {
    const day = dayNumber(y, 1, 1);
    if (day > hi) break;
    if (day >= lo) out.push(day);
  }
  return out;
}
