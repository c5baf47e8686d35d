/**
 * Values in words, as a reader would say them: dates (`20 April 2025`,
 * `Q4 2026`), spans of days and durations.
 */
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A date as written in the grammar, in words: `2025-04-20` → `20 April 2025`,
 * `2025-09~` → `about September 2025`, `2026-Q4` → `Q4 2026`, `2025/2026-06`
 * → `2025 to June 2026`, `../2026-09` → `until September 2026`.
 * @internal
 */
export function dateInWords(text: string): string {
  const slash = text.indexOf("/");
  if (slash !== -1) {
    const [from, to] = [text.slice(0, slash).trim(), text.slice(slash + 1).trim()];
    if (from === "..") return `until ${dateInWords(to)}`;
    if (to === "..") return `from ${dateInWords(from)}`;
    return `${dateInWords(from)} to ${dateInWords(to)}`;
  }
  if (text.endsWith("~")) return `about ${dateInWords(text.slice(0, -1))}`;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) return `${Number(day[3])} ${MONTHS[Number(day[2]) - 1]} ${day[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  const part = /^(\d{4})-([QqHh])(\d)$/.exec(text);
  if (part) return `${part[2]!.toUpperCase()}${part[3]} ${part[1]}`;
  return text;
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
