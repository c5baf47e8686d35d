import { describe, expect, it } from "vitest";
import { dayTicks, formatDay, formatNumber, numberTicks } from "../../src/formatters/html/axes.js";
import { dayNumberFromIso } from "../../src/values/index.js";

const day = dayNumberFromIso;

describe("the charts' axes", () => {
  it.each([
    [1400, "1,400"],
    [0, "0"],
    [1234567, "1,234,567"],
    [-2.5, "\u22122.5"],
    [0.125, "0.13"],
    [999.999, "1,000"],
  ])("writes %s as %s", (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it.each([
    // lo, hi, at most, the ticks
    [0, 2200, 6, ["0", "500", "1,000", "1,500", "2,000", "2,500"]],
    [60, 80, 6, ["60", "65", "70", "75", "80"]],
    [0, 1, 5, ["0", "0.2", "0.4", "0.6", "0.8", "1"]],
    [2500, 2500, 5, ["2,200", "2,400", "2,600", "2,800"]],
  ])("puts round numbers on %s..%s (about %s ticks)", (lo, hi, count, labels) => {
    const axis = numberTicks(lo, hi, count);
    expect(axis.ticks.map((tick) => tick.label)).toEqual(labels);
    expect(axis.lo).toBeLessThanOrEqual(lo);
    expect(axis.hi).toBeGreaterThanOrEqual(hi);
  });

  it.each([
    // from, to, at most, the ticks: the finest calendar unit that fits, the year on the first and in January
    ["2025-03-01", "2025-05-15", 5, ["Mar 2025", "Apr", "May"]],
    ["2024-10-01", "2025-03-01", 3, ["Oct 2024", "Jan 2025"]],
    ["2024-10-01", "2025-03-01", 6, ["Oct 2024", "Nov", "Dec", "Jan 2025", "Feb", "Mar"]],
    ["2003-01-01", "2027-06-01", 4, ["2010", "2020"]],
    ["2003-01-01", "2027-06-01", 6, ["2005", "2010", "2015", "2020", "2025"]],
    ["2025-04-10", "2025-04-30", 4, ["14 Apr 2025", "21 Apr", "28 Apr"]],
  ])("puts calendar ticks on %s..%s (at most %s)", (from, to, count, labels) => {
    const ticks = dayTicks(day(from), day(to), count);
    expect(ticks.map((tick) => tick.label)).toEqual(labels);
    for (const tick of ticks) expect(tick.at >= day(from) && tick.at <= day(to)).toBe(true);
  });

  it("words a day as precisely as asked", () => {
    expect([formatDay(day("2025-04-20")), formatDay(day("2025-04-20"), "month"), formatDay(day("2025-04-20"), "year")]).toEqual(["20 Apr 2025", "Apr 2025", "2025"]);
  });
});
