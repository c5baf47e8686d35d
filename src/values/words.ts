/**
 * Values in words, as a reader would say them: figures with their hedges
 * (`about 1,400`, `more than 2,500`), dates as written (`September 2025`,
 * `Q4 2026`), times a claim holds at (`on 20 April 2025`, `in 2006`), spans
 * of days and durations. Never finer than what was written: a year is "2006",
 * not "1 January to 31 December 2006".
 */
import type { QuantityValue, Value } from "./types.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `1400` → `1,400`; `-2500.5` → `-2,500.5`; grouping by commas, whatever the machine's locale. @internal */
export function groupDigits(n: number): string {
  const text = String(n);
  if (text.includes("e") || text.includes("N") || text.includes("I")) return text; // exponent notation, NaN, Infinity: leave it be
  const [whole, fraction] = text.split(".") as [string, string | undefined];
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign ? whole.slice(1) : whole;
  let grouped = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += ",";
    grouped += digits[i];
  }
  return `${sign}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/**
 * A quantity as a reader would say it: `1,400`, `about 1,400`, `at least 70`,
 * `more than 90`, `at most 1,000`, `under 1,000`, `2,000 to 2,500`; with its
 * unit when one is given (`about 1,400 troops`, `12%`).
 * @internal
 */
export function quantityInWords(value: QuantityValue, unit: string | undefined = value.unit): string {
  const { min, max, minExclusive, maxExclusive } = value.interval;
  let words: string;
  if (value.amount !== undefined) words = `${value.approx ? "about " : ""}${groupDigits(value.amount)}`;
  else if (max === null) words = `${minExclusive ? "more than" : "at least"} ${groupDigits(min!)}`;
  else if (min === null) words = `${maxExclusive ? "under" : "at most"} ${groupDigits(max)}`;
  else if (!minExclusive && !maxExclusive) words = `${groupDigits(min)} to ${groupDigits(max)}`;
  else words = `${minExclusive ? "more than" : "at least"} ${groupDigits(min)} and ${maxExclusive ? "under" : "at most"} ${groupDigits(max)}`;
  if (unit === undefined || unit === "") return words;
  return unit === "%" ? `${words}%` : `${words} ${unit}`;
}

/** A single date of the grammar in words: `20 April 2025`, `September 2025`, `2025`, `Q4 2026`, `H2 2026`. */
function pointInWords(text: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) return `${Number(day[3])} ${MONTHS[Number(day[2]) - 1]} ${day[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  const part = /^(\d{4})-([QqHh])(\d)$/.exec(text);
  if (part) return `${part[2]!.toUpperCase()}${part[3]} ${part[1]}`;
  return text;
}

/**
 * A date as written in the grammar, in words: `2025-04-20` → `20 April 2025`,
 * `2025-09~` → `around September 2025`, `2026-Q4` → `Q4 2026`, `2025/2026-06`
 * → `2025 to June 2026`, `../2026-09` → `by September 2026`, `2025-06/..` →
 * `June 2025 or later`.
 * @internal
 */
export function dateInWords(text: string): string {
  const slash = text.indexOf("/");
  if (slash !== -1) {
    const [from, to] = [text.slice(0, slash).trim(), text.slice(slash + 1).trim()];
    if (from === "..") return `by ${dateInWords(to)}`;
    if (to === "..") return `${dateInWords(from)} or later`;
    return `${dateInWords(from)} to ${dateInWords(to)}`;
  }
  if (text.endsWith("~")) return `around ${dateInWords(text.slice(0, -1))}`;
  return pointInWords(text);
}

/**
 * When a value holds, as written, in words that fit after a clause:
 * `on 20 April 2025`, `in September 2025`, `in 2006`, `in Q4 2026`,
 * `between 2003 and 2011`, `in June 2025 or later`, `by September 2026`,
 * `around January 2021`.
 * @internal
 */
export function timeInWords(text: string): string {
  const slash = text.indexOf("/");
  if (slash !== -1) {
    const [from, to] = [text.slice(0, slash).trim(), text.slice(slash + 1).trim()];
    if (from === "..") return `by ${dateInWords(to)}`;
    if (to === "..") return `in ${dateInWords(from)} or later`;
    return `between ${dateInWords(from)} and ${dateInWords(to)}`;
  }
  if (text.endsWith("~")) return `around ${dateInWords(text.slice(0, -1))}`;
  const point = pointInWords(text);
  return point !== text && text.length === 10 ? `on ${point}` : `in ${point}`; // a day of the grammar is ten characters
}

/** Any value in words: quantities with their hedges and unit, dates as written, text and booleans as they are. @internal */
export function valueInWords(value: Value, unit?: string): string {
  if (value.type === "quantity") return quantityInWords(value, unit ?? value.unit);
  if (value.type === "date") return dateInWords(value.display);
  return value.display;
}

/** `1 day`, `12 days`, `about 4 months`, `about 7 years`: a span of days as a reader would say it. @internal */
export function days(n: number): string {
  if (n < 60) return n === 1 ? "1 day" : `${n} days`;
  if (n < 730) return `about ${Math.round(n / 30.44)} months`;
  return `about ${Math.round(n / 365.25)} years`;
}

/** `P30D` → `30 days`, `P1M` → `1 month`, `P1Y2M` → `1 year 2 months`. @internal */
export function durationInWords(duration: { years: number; months: number; weeks: number; days: number }): string {
  const parts: string[] = [];
  for (const [n, unit] of [[duration.years, "year"], [duration.months, "month"], [duration.weeks, "week"], [duration.days, "day"]] as const) {
    if (n > 0) parts.push(`${n} ${unit}${n === 1 ? "" : "s"}`);
  }
  return parts.join(" ") || "0 days";
}
