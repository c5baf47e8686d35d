/**
 * Proleptic Gregorian calendar on integer day numbers (days since 1970-01-01).
 *
 * Uses Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms
 * rather than `Date`, so every year from 0000 to 9999 (and beyond) works the
 * same way in every JavaScript engine and no time zone can leak in.
 */

/**
 * Whether `y` is a leap year in the proleptic Gregorian calendar.
 * @example isLeapYear(2000) // true; isLeapYear(1900) // false
 * @internal
 */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * The number of days in month `m` (1–12) of year `y`.
 * @example daysInMonth(2024, 2) // 29
 * @internal
 */
export function daysInMonth(y: number, m: number): number {
  if (m === 2 && isLeapYear(y)) return 29;
  return MONTH_DAYS[m - 1] ?? 0;
}

/**
 * The day number (days since 1970-01-01) of the civil date y-m-d.
 * @example dayNumber(1970, 1, 1) // 0
 * @internal
 */
export function dayNumber(y: number, m: number, d: number): number {
  // Shift the year to start in March so the leap day is the year's last day.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400; // [0, 399]
  const mp = m > 2 ? m - 3 : m + 9; // [0, 11], March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468;
}

/**
 * The civil date `[year, month, day]` of a day number.
 * @example civilFromDays(0) // [1970, 1, 1]
 * @internal
 */
export function civilFromDays(n: number): [number, number, number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // [0, 146096]
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  ); // [0, 399]
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // [0, 365]
  const mp = Math.floor((5 * doy + 2) / 153); // [0, 11]
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return [y, m, d];
}

/** Two decimal digits at `i` of `s` as a number (callers have checked they are digits). */
function digits2(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);
}

/**
 * The day number of an ISO `YYYY-MM-DD` string. Reads fixed character offsets
 * without validating, so pass only well-formed dates (such as interval ends).
 * @example dayNumberFromIso("2025-09-30") // 20361
 * @internal
 */
export function dayNumberFromIso(iso: string): number {
  const y = digits2(iso, 0) * 100 + digits2(iso, 2);
  return dayNumber(y, digits2(iso, 5), digits2(iso, 8));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/**
 * The ISO `YYYY-MM-DD` string of a day number, with a zero-padded 4-digit year.
 * Years outside 0000–9999 get a sign (`-0001-12-31`, `+10000-01-01`).
 * @example isoFromDayNumber(0) // "1970-01-01"
 * @internal
 */
export function isoFromDayNumber(n: number): string {
  const [y, m, d] = civilFromDays(n);
  const year = y < 0 ? `-${pad(-y, 4)}` : y > 9999 ? `+${y}` : pad(y, 4);
  return `${year}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Day number of 0000-01-01, the first day the date grammar can write. @internal */
export const MIN_DAY = dayNumber(0, 1, 1);
/** Day number of 9999-12-31, the last day the date grammar can write. @internal */
export const MAX_DAY = dayNumber(9999, 12, 31);
