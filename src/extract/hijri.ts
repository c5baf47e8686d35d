/**
 * Hijri dates converted to Gregorian days with the arithmetic (tabular)
 * Islamic calendar: months of 30 and 29 days in turn, and 11 leap years in
 * every 30 (years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of the cycle).
 *
 * Calendars in use (Umm al-Qura, or months begun by sighting the moon) start
 * a month up to two days before or after the tabular one, so a converted
 * date is an interval widened by HIJRI_MARGIN days on each side: it holds
 * the true day whichever calendar the article follows. test/extract checks
 * the margin against published Umm al-Qura month starts.
 */
import { dayNumber } from "../values/days.js";

/** Days added on each side of a converted Hijri date. @internal */
export const HIJRI_MARGIN = 2;

/** 1 Muharram of year 1: 16 July 622 (Julian), 19 July 622 in the proleptic Gregorian calendar (the civil epoch). */
const EPOCH = dayNumber(622, 7, 19);

/**
 * The day number (days since 1970-01-01) of a tabular Hijri date.
 *
 * @example hijriDay(1446, 9, 1) // the tabular 1 Ramadan 1446
 * @internal
 */
export function hijriDay(y: number, m: number, d: number): number {
  return d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + EPOCH - 1;
}

/** The first and last day numbers of a Hijri month (tabular). @internal */
export function hijriMonthDays(y: number, m: number): { first: number; last: number } {
  const first = hijriDay(y, m, 1);
  const last = m === 12 ? hijriDay(y + 1, 1, 1) - 1 : hijriDay(y, m + 1, 1) - 1;
  return { first, last };
}

/** The first and last day numbers of a Hijri year (tabular). @internal */
export function hijriYearDays(y: number): { first: number; last: number } {
  return { first: hijriDay(y, 1, 1), last: hijriDay(y + 1, 1, 1) - 1 };
}

/** The Hijri year and month (tabular) a day number falls in. @internal */
export function hijriMonthOf(day: number): { y: number; m: number } {
  // The mean year is 10631/30 days; step from the estimate to the exact month.
  let y = Math.floor(((day - EPOCH) * 30) / 10631) + 1;
  while (hijriDay(y, 1, 1) > day) y--;
  while (hijriDay(y + 1, 1, 1) <= day) y++;
  let m = 12;
  while (m > 1 && hijriDay(y, m, 1) > day) m--;
  return { y, m };
}
