import { describe, expect, it } from "vitest";
import { dateGapDays, datesCompatible, dayNumber, dayRange, isDateShaped, parseDate, parseDuration } from "../../src/values/index.js";
import type { DatePrecision, Duration } from "../../src/values/index.js";
import { d, message } from "./helpers.js";

type Row = [text: string, start: string | null, end: string | null, display: string, precision: DatePrecision, approximate?: boolean];

const VALID: Row[] = [
  ["2026", "2026-01-01", "2026-12-31", "2026", "year"],
  ["2025-09", "2025-09-01", "2025-09-30", "2025-09", "month"],
  ["2025-04-20", "2025-04-20", "2025-04-20", "2025-04-20", "day"],
  ["2024-02-29", "2024-02-29", "2024-02-29", "2024-02-29", "day"],
  ["2000-02-29", "2000-02-29", "2000-02-29", "2000-02-29", "day"],
  ["2024-02", "2024-02-01", "2024-02-29", "2024-02", "month"],
  ["1900-02", "1900-02-01", "1900-02-28", "1900-02", "month"],
  ["0000", "0000-01-01", "0000-12-31", "0000", "year"],
  ["9999-12-31", "9999-12-31", "9999-12-31", "9999-12-31", "day"],
  ["2026-Q4", "2026-10-01", "2026-12-31", "2026-Q4", "quarter"],
  ["2026-q1", "2026-01-01", "2026-03-31", "2026-Q1", "quarter"],
  ["2026-H2", "2026-07-01", "2026-12-31", "2026-H2", "half"],
  ["2026-h1", "2026-01-01", "2026-06-30", "2026-H1", "half"],
  ["2025-09/2026-12", "2025-09-01", "2026-12-31", "2025-09/2026-12", "interval"],
  ["2025-09 / 2026-12", "2025-09-01", "2026-12-31", "2025-09/2026-12", "interval"],
  ["2025/2025", "2025-01-01", "2025-12-31", "2025/2025", "interval"],
  ["2025-04-20/2025-04-20", "2025-04-20", "2025-04-20", "2025-04-20/2025-04-20", "interval"],
  ["2025-q3/2026-h1", "2025-07-01", "2026-06-30", "2025-Q3/2026-H1", "interval"],
  ["../2026-09", null, "2026-09-30", "../2026-09", "interval"],
  ["2025/..", "2025-01-01", null, "2025/..", "interval"],
  ["2025-09~", "2025-08-01", "2025-10-31", "2025-09~", "month", true],
  ["2025~", "2024-01-01", "2026-12-31", "2025~", "year", true],
  ["2025-Q1~", "2024-10-01", "2025-06-30", "2025-Q1~", "quarter", true],
  ["2025-H2~", "2025-01-01", "2026-06-30", "2025-H2~", "half", true],
  ["2025-03-01~", "2025-02-28", "2025-03-02", "2025-03-01~", "day", true],
  ["2025-09~/2026-12", "2025-08-01", "2026-12-31", "2025-09~/2026-12", "interval", true],
  ["2025-09/2026-12~", "2025-09-01", "2027-01-31", "2025-09/2026-12~", "interval", true],
  ["../2026~", null, "2027-12-31", "../2026~", "interval", true],
  ["  2025-09  ", "2025-09-01", "2025-09-30", "2025-09", "month"],
  // Widening never leaves the years the grammar can write.
  ["0000~", "0000-01-01", "0001-12-31", "0000~", "year", true],
  ["9999-12~", "9999-11-01", "9999-12-31", "9999-12~", "month", true],
];

describe("parseDate: valid", () => {
  it.each(VALID)("%s", (text, start, end, display, precision, approximate) => {
    const v = d(text);
    expect(v.interval).toEqual({ start, end });
    expect(v.display).toBe(display);
    expect(v.precision).toBe(precision);
    expect(v.approximate).toBe(approximate);
    expect(v.text).toBe(text);
    expect(v.type).toBe("date");
  });
});

describe("parseDate: tolerance", () => {
  const tol = (t: string) => ({ tolerance: parseDuration(t) as Duration });
  it.each([
    ["2025-09-15", "P15D", "2025-08-31", "2025-09-30"],
    ["2025-09", "P1M", "2025-08-01", "2025-10-30"],
    ["2025-09", "P2W", "2025-08-18", "2025-10-14"],
    ["2025-09~", "P1D", "2025-07-31", "2025-11-01"],
    ["../2025-09-15", "P15D", null, "2025-09-30"],
    ["2025-09-15/..", "P15D", "2025-08-31", null],
    ["0000-01-10", "P1Y", "0000-01-01", "0001-01-10"],
  ])("%s ± %s", (text, t, start, end) => {
    const v = d(text, tol(t));
    expect(v.interval).toEqual({ start, end });
    expect(v.display).toBe(d(text).display);
  });

  it("ignores a numeric tolerance meant for quantities", () => {
    expect(d("2025-09", { tolerance: 0.1 }).interval).toEqual({ start: "2025-09-01", end: "2025-09-30" });
  });
});

const GENERIC = "write a date such as 2025-04-20, 2025-09, 2026-Q4, 2026-H2 or 2025-09/2026-12";

describe("parseDate: invalid", () => {
  it.each([
    ["2025-02-30", `cannot read "2025-02-30" as a date: February 2025 has 28 days`],
    ["2025-02-29", `cannot read "2025-02-29" as a date: February 2025 has 28 days`],
    ["1900-02-29", "February 1900 has 28 days"],
    ["2025-04-31", "April 2025 has 30 days"],
    ["2025-04-00", "there is no day 0"],
    ["2025-13", `cannot read "2025-13" as a date: there is no month 13`],
    ["2025-00", "there is no month 0"],
    ["2025-13-01", "there is no month 13"],
    ["2025-Q5", `cannot read "2025-Q5" as a date: a year has quarters Q1 to Q4`],
    ["2025-Q0", "a year has quarters Q1 to Q4"],
    ["2025-H3", "a year has halves H1 and H2"],
    ["2026/2025-06", `"2026/2025-06" ends before it starts`],
    ["2025-10-01/2025-09-30", "ends before it starts"],
    ["2025-10~/2025-09", "ends before it starts"],
    ["../..", "an interval needs a start or an end"],
    ["next spring", `cannot read "next spring" as a date; ${GENERIC}`],
    ["", GENERIC],
    ["25", GENERIC],
    ["20250", GENERIC],
    ["2025-9", GENERIC],
    ["2025-09-1", GENERIC],
    ["2025-09-01T10:00", GENERIC],
    ["2025/09", GENERIC],
    ["2025-W10", GENERIC],
    ["2025-Q", GENERIC],
    ["2025-Q12", GENERIC],
    ["2025~~", GENERIC],
    ["~2025", GENERIC],
    ["2025-09/2026/2027", GENERIC],
    ["/2025", GENERIC],
    ["2025/", GENERIC],
    ["..", GENERIC],
    ["../", GENERIC],
    ["..~/2025", GENERIC],
    ["-2025", GENERIC],
    ["\u0662\u0660\u0662\u0665", GENERIC],
  ])("%j", (text, expected) => {
    expect(message(parseDate(text))).toContain(expected);
  });

  it.each([
    [2025, `cannot read the number 2025 as a date; write it as a string such as "2025"`],
    [null, `cannot read null as a date; ${GENERIC}`],
    [{ start: "2025" }, "cannot read an object as a date"],
    [true, "cannot read true as a date"],
  ])("rejects non-strings: %j", (raw, expected) => {
    expect(message(parseDate(raw))).toContain(expected);
  });

  it("quotes at most 60 characters of the input", () => {
    const m = message(parseDate("2025-09 " + "y".repeat(300)));
    expect(m).toContain("…");
    expect(m.length).toBeLessThan(200);
  });
});

describe("date comparison", () => {
  it.each([
    ["2025", "2025-09", true, 0],
    ["2025-09", "2025-09-30", true, 0],
    ["2025-09-30", "2025-10-01", false, 1],
    ["2025-09", "2025-12", false, 62],
    ["2025-09", "2025-09~", true, 0],
    ["2025-10", "2025-09~", true, 0],
    ["2025-11", "2025-09~", false, 1],
    ["../2025-06", "2025-07/..", false, 1],
    ["../2025-06", "2025-06/..", true, 0],
    ["../2025", "../2020", true, 0],
    ["2026-Q4", "2026-H2", true, 0],
    ["2026-Q1", "2026-H2", false, 92],
  ])("%s and %s: compatible %s, gap %i", (a, b, compatible, gap) => {
    expect(datesCompatible(d(a), d(b))).toBe(compatible);
    expect(datesCompatible(d(b), d(a))).toBe(compatible);
    expect(dateGapDays(d(a), d(b))).toBe(gap);
    expect(dateGapDays(d(b), d(a))).toBe(gap);
  });

  it("gives day ranges", () => {
    expect(dayRange(d("1970-01"))).toEqual([0, 30]);
    expect(dayRange(d("../2025-09-30"))).toEqual([null, dayNumber(2025, 9, 30)]);
    expect(dayRange(d("2025/.."))).toEqual([dayNumber(2025, 1, 1), null]);
  });
});

describe("isDateShaped", () => {
  it.each([
    ["2025", true],
    ["2025-09", true],
    ["2025-13", true],
    ["2025/2026", true],
    ["2025~", true],
    ["../2025", true],
    ["..", true],
    [" 2025-09 ", true],
    ["1400", true],
    ["2000..2500", false],
    ["1,400", false],
    ["~1400", false],
    ["900", false],
    ["20250", false],
    ["2025 troops", false],
    ["next spring", false],
    ["", false],
  ])("%j: %s", (s, expected) => {
    expect(isDateShaped(s)).toBe(expected);
  });
});
