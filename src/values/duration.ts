/** ISO 8601 durations of whole years, months, weeks and days, and calendar arithmetic with them. */
import { civilFromDays, dayNumber, daysInMonth } from "./days.js";
import type { Duration } from "./types.js";

// Each group ends in its own letter, so the match is linear: no backtracking.
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * Reads an ISO 8601 duration of date parts (`P15D`, `P2W`, `P1M`, `P1Y2M10D`);
 * `undefined` for anything else, including time parts (`PT12H`).
 * @example parseDuration("P1Y2M10D") // { text: "P1Y2M10D", years: 1, months: 2, weeks: 0, days: 10 }
 */
export function parseDuration(text: string): Duration | undefined {
  if (typeof text !== "string" || text.length > 100) return undefined;
  const trimmed = text.trim();
  const m = DURATION.exec(trimmed);
  if (!m || trimmed === "P") return undefined;
  const parts = [m[1], m[2], m[3], m[4]].map((g) => (g === undefined ? 0 : Number(g)));
  // Huge counts would only produce day numbers no calendar can print.
  if (!parts.every((n) => Number.isSafeInteger(n))) return undefined;
  const [years = 0, months = 0, weeks = 0, days = 0] = parts;
  return { text: trimmed, years, months, weeks, days };
}

/**
 * The canonical text of a duration: non-zero parts in Y, M, W, D order; `P0D` when all are zero.
 * @example formatDuration({ text: "", years: 0, months: 1, weeks: 0, days: 5 }) // "P1M5D"
 * @internal
 */
export function formatDuration(d: Duration): string {
  let s = "P";
  if (d.years) s += `${d.years}Y`;
  if (d.months) s += `${d.months}M`;
  if (d.weeks) s += `${d.weeks}W`;
  if (d.days) s += `${d.days}D`;
  return s === "P" ? "P0D" : s;
}

/**
 * Adds (`sign` 1) or subtracts (`sign` −1) a duration to a day number the way a
 * calendar does: years and months first, keeping the day of month but clamping
 * it to the target month's length (Jan 31 + P1M = Feb 28/29), then weeks and days.
 * @example addDuration(dayNumber(2025, 1, 31), parseDuration("P1M")!, 1) // day number of 2025-02-28
 * @internal
 */
export function addDuration(day: number, d: Duration, sign: 1 | -1): number {
  let result = day;
  const monthShift = sign * (d.years * 12 + d.months);
  if (monthShift !== 0) {
    const [y, m, dd] = civilFromDays(day);
    const index = y * 12 + (m - 1) + monthShift;
    const ny = Math.floor(index / 12);
    const nm = index - ny * 12 + 1;
    result = dayNumber(ny, nm, Math.min(dd, daysInMonth(ny, nm)));
  }
  return result + sign * (d.weeks * 7 + d.days);
}
