import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDuration, dayNumber, formatDuration, isoFromDayNumber, MAX_DAY, MIN_DAY, parseDuration } from "../../src/values/index.js";
import type { Duration } from "../../src/values/index.js";

const dur = (text: string): Duration => {
  const d = parseDuration(text);
  if (!d) throw new Error(`expected a duration: ${text}`);
  return d;
};

describe("parseDuration", () => {
  it.each([
    ["P15D", 0, 0, 0, 15],
    ["P2W", 0, 0, 2, 0],
    ["P1M", 0, 1, 0, 0],
    ["P1Y2M10D", 1, 2, 0, 10],
    ["P1Y", 1, 0, 0, 0],
    ["P0D", 0, 0, 0, 0],
    ["P1Y2M3W4D", 1, 2, 3, 4],
  ])("reads %s", (text, years, months, weeks, days) => {
    expect(parseDuration(text)).toEqual({ text, years, months, weeks, days });
  });

  it.each(["", "P", "PT1H", "P1DT2H", "P-1D", "P1.5D", "15D", "P1D1Y", "p1d", "P1X", "P99999999999999999999D"])(
    "rejects %j",
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );

  it("formats canonically", () => {
    expect(formatDuration(dur("P1Y2M10D"))).toBe("P1Y2M10D");
    expect(formatDuration(dur("P0Y0M15D"))).toBe("P15D");
    expect(formatDuration(dur("P0D"))).toBe("P0D");
    expect(formatDuration(dur("P2W"))).toBe("P2W");
  });
});

describe("addDuration", () => {
  const iso = (y: number, m: number, d: number) => dayNumber(y, m, d);
  it.each([
    ["2025-09-15", "P15D", 1, "2025-09-30"],
    ["2025-09-15", "P15D", -1, "2025-08-31"],
    ["2025-01-31", "P1M", 1, "2025-02-28"],
    ["2024-01-31", "P1M", 1, "2024-02-29"],
    ["2024-02-29", "P1Y", 1, "2025-02-28"],
    ["2025-03-31", "P1M", -1, "2025-02-28"],
    ["2025-12-15", "P1M", 1, "2026-01-15"],
    ["2025-01-15", "P1M", -1, "2024-12-15"],
    ["2025-01-01", "P2W", 1, "2025-01-15"],
    ["2025-01-31", "P1M1D", 1, "2025-03-01"],
  ] as const)("%s %s × %i = %s", (from, text, sign, to) => {
    const [y, m, d] = from.split("-").map(Number) as [number, number, number];
    expect(isoFromDayNumber(addDuration(iso(y, m, d), dur(text), sign))).toBe(to);
  });

  it("adding then subtracting a duration of days and weeks returns the start", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_DAY, max: MAX_DAY }),
        fc.nat({ max: 500 }),
        fc.nat({ max: 5000 }),
        (day, weeks, days) => {
          const d: Duration = { text: "", years: 0, months: 0, weeks, days };
          expect(addDuration(addDuration(day, d, 1), d, -1)).toBe(day);
          expect(addDuration(addDuration(day, d, -1), d, 1)).toBe(day);
        },
      ),
    );
  });
});
