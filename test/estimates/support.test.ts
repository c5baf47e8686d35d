/** How a claim's value supports a candidate: table tests of the curves, and the values read from the checker's. */
import { describe, expect, it } from "vitest";
import { compareValues, compatible, DEFAULT_ESTIMATE_SETTINGS, support } from "../../src/estimates/index.js";
import { b, d, q, t } from "./helpers.js";

const s = DEFAULT_ESTIMATE_SETTINGS;
const k = (claimed: ReturnType<typeof q>, candidate: ReturnType<typeof q>, type: "quantity" | "date" | "text" | "boolean" = "quantity") =>
  support(claimed, candidate, type, s);

describe("estimateValueOf", () => {
  it.each([
    ["1400", "exact", 1400, 1400, 1400],
    ["~1400", "approx", 1400, 1260, 1540],
    [">=70", "bound", undefined, 70, Infinity],
    ["<1000", "bound", undefined, -Infinity, 1000],
    ["2000..2500", "range", undefined, 2000, 2500],
  ] as const)("reads %s as a %s span", (raw, form, amount, lo, hi) => {
    const v = q(raw);
    expect(v).toMatchObject({ kind: "number", form, span: { lo, hi } });
    if (v.kind !== "number") throw new Error("not a number");
    expect(v.amount).toBe(amount);
  });

  it("keeps open ends open", () => {
    expect(q(">90")).toMatchObject({ span: { lo: 90, loOpen: true } });
    expect(q("<1000")).toMatchObject({ span: { hi: 1000, hiOpen: true } });
  });

  it.each([
    ["2025-04-20", "exact"],
    ["2025-09", "range"],
    ["2026-Q4", "range"],
    ["2025-09~", "approx"],
    ["../2026-09", "bound"],
    ["2025/..", "bound"],
  ] as const)("reads the date %s as a %s span of day numbers", (raw, form) => {
    expect(d(raw)).toMatchObject({ kind: "number", form });
  });

  it("reads a month as the span of its days", () => {
    const v = d("1970-01");
    expect(v).toMatchObject({ span: { lo: 0, hi: 30 } });
  });

  it("reads text and booleans as keys", () => {
    expect(t(" Kyiv ")).toEqual({ kind: "key", key: "Kyiv", display: "Kyiv" });
    expect(b(false)).toEqual({ kind: "key", key: "false", display: "false" });
  });
});

describe("support", () => {
  it("is 1 for the same value and for a value implied by the claim", () => {
    expect(k(q(1400), q(1400))).toBe(1);
    expect(k(q(1400), q("~1400"))).toBe(1); // 1400 lies inside ~1400
    expect(k(q("2000..2100"), q(">=1000"))).toBe(1);
  });

  it("gives a hedged figure's own amount more support than the rest of its interval", () => {
    const at = k(q("~1400"), q(1400));
    const off = k(q("~1400"), q(1500));
    const edge = k(q("~1400"), q(1540));
    expect(at).toBe(1);
    expect(off).toBeLessThan(at);
    expect(edge).toBeLessThan(off);
    expect(edge).toBeCloseTo(0.5, 10); // the ends of a ~ interval get half
  });

  it("supports every value of a range evenly", () => {
    expect(k(q("2000..2500"), q(2000))).toBe(1);
    expect(k(q("2000..2500"), q(2250))).toBe(1);
    expect(k(q("2000..2500"), q(2500))).toBe(1);
  });

  it("supports values near a bound more than values far above it", () => {
    const near = k(q(">=2000"), q(2100));
    const far = k(q(">=2000"), q(20000));
    expect(near).toBeGreaterThan(far);
    expect(far).toBeGreaterThan(0);
    // 90 is not more than 90: only a near miss's support.
    expect(k(q(">90"), q(90))).toBe(s.nearSupport);
  });

  it("gives a near miss a little support, fading with the gap, and a wild value none", () => {
    const typo = k(q(478403), q(478404));
    const off = k(q(478403), q(500000));
    const vandal = k(q(478403), q(89152658754));
    expect(typo).toBeGreaterThan(off);
    expect(typo).toBeLessThanOrEqual(s.nearSupport);
    expect(off).toBeGreaterThan(vandal);
    expect(vandal).toBeLessThan(1e-6); // below what the model counts at all
  });

  it("is symmetric for two exact figures", () => {
    expect(k(q(100), q(103))).toBe(k(q(103), q(100)));
  });

  it("measures dates' near misses in days", () => {
    const nextDay = k(d("2025-09-30"), d("2025-10-01"), "date");
    const nextYear = k(d("2025-09-30"), d("2026-10-01"), "date");
    expect(nextDay).toBeGreaterThan(nextYear);
    expect(k(d("2025-09"), d("2025-09-15"), "date")).toBe(1);
  });

  it("compares keys by equality only", () => {
    expect(k(t("Kyiv"), t("Kyiv"), "text")).toBe(1);
    expect(k(t("Kyiv"), t("Kiev"), "text")).toBe(0);
    expect(k(b(true), b(false), "boolean")).toBe(0);
    expect(k(q(1), t("1"), "text")).toBe(0);
  });
});

describe("compatible", () => {
  it.each([
    [900, "<1000", true],
    [">90", 90, false],
    [">=70", 70, true],
    ["~1400", 1500, true],
    ["~900", 1000, false],
  ] as const)("%s and %s: %s", (a, c, expected) => {
    expect(compatible(q(a), q(c))).toBe(expected);
  });
});

describe("compareValues", () => {
  it("orders the more specific first, then the smaller", () => {
    const values = [q(">=1000"), q("~1400"), q(1500), q("1000..2000"), q(1400)];
    expect(values.sort(compareValues).map((v) => v.display)).toEqual(["1400", "1500", "~1400", "1000..2000", ">=1000"]);
  });

  it("orders keys by code unit", () => {
    expect([t("b"), t("a"), t("B")].sort(compareValues).map((v) => v.display)).toEqual(["B", "a", "b"]);
  });
});
