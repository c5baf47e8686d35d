import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  civilFromDays,
  dayNumber,
  dayNumberFromIso,
  daysInMonth,
  isLeapYear,
  isoFromDayNumber,
  MAX_DAY,
  MIN_DAY,
} from "../../src/values/index.js";

/** The day number by way of Date, as an independent oracle. */
function viaDate(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d); // setUTCFullYear does not map 0–99 to 1900–1999
  return Math.round(t.getTime() / 86_400_000);
}

describe("days", () => {
  it.each([
    [1970, 1, 1, 0, "1970-01-01"],
    [1969, 12, 31, -1, "1969-12-31"],
    [2000, 3, 1, 11017, "2000-03-01"],
    [2025, 9, 30, 20361, "2025-09-30"],
    [0, 1, 1, -719528, "0000-01-01"],
    [9999, 12, 31, 2932896, "9999-12-31"],
  ])("%i-%i-%i is day %i", (y, m, d, n, iso) => {
    expect(dayNumber(y, m, d)).toBe(n);
    expect(isoFromDayNumber(n)).toBe(iso);
    expect(dayNumberFromIso(iso)).toBe(n);
    expect(civilFromDays(n)).toEqual([y, m, d]);
  });

  it("knows leap years", () => {
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2025)).toBe(false);
    expect(isLeapYear(0)).toBe(true);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it("marks years outside 0000–9999 with a sign", () => {
    expect(isoFromDayNumber(MIN_DAY - 1)).toBe("-0001-12-31");
    expect(isoFromDayNumber(MAX_DAY + 1)).toBe("+10000-01-01");
  });

  it("walks every day of years 0000–9999: consecutive days differ by 1", () => {
    let [y, m, d] = [0, 1, 1];
    for (let n = MIN_DAY; n <= MAX_DAY; n++) {
      if (dayNumber(y, m, d) !== n) throw new Error(`dayNumber(${y}, ${m}, ${d}) !== ${n}`);
      const c = civilFromDays(n);
      if (c[0] !== y || c[1] !== m || c[2] !== d) throw new Error(`civilFromDays(${n}) = ${c.join("-")}`);
      // Step the civil date by hand.
      if (d < daysInMonth(y, m)) d++;
      else if (m < 12) [m, d] = [m + 1, 1];
      else [y, m, d] = [y + 1, 1, 1];
    }
    expect([y, m, d]).toEqual([10000, 1, 1]);
  });

  it("round-trips iso → day number → iso on sampled days and agrees with Date", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (n) => {
        const iso = isoFromDayNumber(n);
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(dayNumberFromIso(iso)).toBe(n);
        const [y, m, d] = civilFromDays(n);
        expect(viaDate(y, m, d)).toBe(n);
        if (n < MAX_DAY) expect(dayNumberFromIso(isoFromDayNumber(n + 1)) - dayNumberFromIso(iso)).toBe(1);
      }),
      { numRuns: 2000 },
    );
  });
});
