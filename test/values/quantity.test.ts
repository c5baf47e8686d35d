import { describe, expect, it } from "vitest";
import { parseQuantity, quantitiesCompatible, quantityGap } from "../../src/values/index.js";
import { message, q } from "./helpers.js";

type Row = [raw: unknown, min: number | null, max: number | null, display: string, minEx?: boolean, maxEx?: boolean];

const VALID: Row[] = [
  [900, 900, 900, "900"],
  ["900", 900, 900, "900"],
  ["1,400", 1400, 1400, "1400"],
  ["1,400.5", 1400.5, 1400.5, "1400.5"],
  ["12,345,678", 12345678, 12345678, "12345678"],
  ["-3", -3, -3, "-3"],
  ["\u22123", -3, -3, "-3"],
  ["2.5", 2.5, 2.5, "2.5"],
  ["1e6", 1e6, 1e6, "1000000"],
  ["1E-7", 1e-7, 1e-7, "1e-7"],
  ["1e+21", 1e21, 1e21, "1e+21"],
  [1e21, 1e21, 1e21, "1e+21"],
  ["-0", 0, 0, "0"],
  ["  900  ", 900, 900, "900"],
  ["~1400", 1260, 1540, "~1400"],
  ["\u22481400", 1260, 1540, "~1400"],
  ["~ 1400", 1260, 1540, "~1400"],
  ["~-10", -11, -9, "~-10"],
  ["~0", 0, 0, "~0"],
  [">=70", 70, null, ">=70"],
  ["\u226570", 70, null, ">=70"],
  [">= 70", 70, null, ">=70"],
  [">90", 90, null, ">90", true],
  ["<=1000", null, 1000, "<=1000"],
  ["\u22641000", null, 1000, "<=1000"],
  ["<1000", null, 1000, "<1000", false, true],
  ["2000..2500", 2000, 2500, "2000..2500"],
  ["2000 .. 2500", 2000, 2500, "2000..2500"],
  ["-5..-3", -5, -3, "-5..-3"],
  ["5..5", 5, 5, "5..5"],
  ["(5..10]", 5, 10, "(5..10]", true, false],
  ["[5..10)", 5, 10, "[5..10)", false, true],
  ["(5..10)", 5, 10, "(5..10)", true, true],
  ["[2000..2500]", 2000, 2500, "2000..2500"],
  ["[ 1,000 .. 2,000 ]", 1000, 2000, "1000..2000"],
  ["~\u0661\u0664\u0660\u0660", 1260, 1540, "~1400"],
  ["\u06f1\u06f4\u06f0\u06f0", 1400, 1400, "1400"],
  ["\u0661\u066c\u0664\u0660\u0660\u066b\u0665", 1400.5, 1400.5, "1400.5"],
  [{ amount: 1400, approx: true }, 1260, 1540, "~1400"],
  [{ amount: 900 }, 900, 900, "900"],
  [{ amount: 900, approx: false }, 900, 900, "900"],
  [{ min: 70 }, 70, null, ">=70"],
  [{ max: 1000, maxExclusive: true }, null, 1000, "<1000", false, true],
  [{ min: 2000, max: 9999 }, 2000, 9999, "2000..9999"],
  [{ min: 5, minExclusive: true }, 5, null, ">5", true],
  [{ min: 5, max: 10, minExclusive: true }, 5, 10, "(5..10]", true, false],
  [{ amount: 900, unit: "troops" }, 900, 900, "900"],
];

describe("parseQuantity: valid", () => {
  it.each(VALID)("%j", (raw, min, max, display, minExclusive = false, maxExclusive = false) => {
    const v = q(raw);
    expect(v.interval).toEqual({ min, max, minExclusive, maxExclusive });
    expect(v.display).toBe(display);
    expect(v.text).toBe(typeof raw === "string" ? raw : JSON.stringify(raw));
    expect(v.type).toBe("quantity");
  });

  it("keeps amount, approx and unit", () => {
    expect(q("~1400")).toMatchObject({ amount: 1400, approx: true });
    expect(q("900").amount).toBe(900);
    expect(q("900").approx).toBeUndefined();
    expect(q(">=70").amount).toBeUndefined();
    expect(q({ amount: 900, unit: "troops" }).unit).toBe("troops");
    expect(q({ min: 2, unit: "troops" })).toMatchObject({ unit: "troops", display: ">=2" });
  });

  it("applies tolerance to exact values only", () => {
    expect(q(900, { tolerance: 0.02 }).interval).toMatchObject({ min: 882, max: 918 });
    expect(q("-900", { tolerance: 0.02 }).interval).toMatchObject({ min: -918, max: -882 });
    expect(q("~1400", { tolerance: 0.02 }).interval).toMatchObject({ min: 1260, max: 1540 });
    expect(q(">=70", { tolerance: 0.02 }).interval).toMatchObject({ min: 70, max: null });
    expect(q("2000..2500", { tolerance: 0.5 }).interval).toMatchObject({ min: 2000, max: 2500 });
    expect(q("900", { tolerance: 0.02 }).display).toBe("900");
  });

  it("uses the approx setting for ~ values and cleans float noise", () => {
    expect(q("~1400", { approx: 0.05 }).interval).toMatchObject({ min: 1330, max: 1470 });
    expect(q("~0.3", { approx: 0.1 }).interval).toMatchObject({ min: 0.27, max: 0.33 });
    expect(q("~1400", { approx: 0 }).interval).toMatchObject({ min: 1400, max: 1400 });
  });
});

const INVALID: [raw: unknown, message: string][] = [
  ["about nine hundred", `cannot read "about nine hundred" as a quantity; write a number such as 900, "~900", ">=900" or "900..1000"`],
  ["900 troops", "cannot read"],
  ["1,40", "cannot read"],
  ["14,00", "cannot read"],
  ["1,4000", "cannot read"],
  ["1234,567", "cannot read"],
  [",400", "cannot read"],
  ["1,400,", "cannot read"],
  [".5", "cannot read"],
  ["5.", "cannot read"],
  ["+5", "cannot read"],
  ["1e", "cannot read"],
  ["--5", "cannot read"],
  ["", "cannot read"],
  ["   ", "cannot read"],
  ["~", "cannot read"],
  ["~~5", "cannot read"],
  [">", "cannot read"],
  [">=>=5", "cannot read"],
  ["~>=5", "cannot read"],
  ["5..", "cannot read"],
  ["..5", "cannot read"],
  ["1..2..3", "cannot read"],
  ["(5..10", "cannot read"],
  ["(5)", "cannot read"],
  ["()", "cannot read"],
  ["(", "cannot read"],
  ["NaN", "cannot read"],
  ["Infinity", "cannot read"],
  ["0x10", "cannot read"],
  ["2500..2000", `"2500..2000" ends before it starts`],
  ["(10..5]", "ends before it starts"],
  ["(5..5]", "contains no numbers"],
  ["[5..5)", "contains no numbers"],
  ["1e400", "the number is too large to represent"],
  ["~1e400", "the number is too large to represent"],
  ["~1.7e308", "the number is too large to represent"],
  [Infinity, "the number is too large to represent"],
  [-Infinity, "the number is too large to represent"],
  [NaN, "NaN is not a quantity"],
  [true, "cannot read true as a quantity"],
  [null, "cannot read null as a quantity"],
  [undefined, "cannot read nothing as a quantity"],
  [[900], "cannot read a list as a quantity"],
  [{}, "an empty object is not a quantity"],
  [{ foo: 1 }, `unknown field "foo" in a quantity`],
  [{ amount: 1, foo: 1 }, `unknown field "foo" in a quantity`],
  [{ amount: 1400, min: 1000 }, `use either "amount" or "min"/"max", not both`],
  [{ amount: 1400, max: 1000 }, `use either "amount" or "min"/"max", not both`],
  [{ approx: true }, `"approx" needs an "amount"`],
  [{ min: 1, approx: true }, `"approx" needs an "amount"`],
  [{ amount: 1, minExclusive: true }, `"minExclusive" needs a "min"`],
  [{ max: 1, minExclusive: true }, `"minExclusive" needs a "min"`],
  [{ min: 1, maxExclusive: true }, `"maxExclusive" needs a "max"`],
  [{ unit: "troops" }, `a quantity needs an "amount", a "min" or a "max"`],
  [{ amount: "900" }, `"amount" must be a number`],
  [{ min: null }, `"min" must be a number`],
  [{ amount: Infinity }, "the number is too large to represent"],
  [{ amount: NaN }, `"amount" must be a number, not NaN`],
  [{ amount: 1, approx: "yes" }, `"approx" must be true or false`],
  [{ amount: 1, unit: 5 }, `"unit" must be a non-empty string`],
  [{ amount: 1, unit: " " }, `"unit" must be a non-empty string`],
  [{ min: 2500, max: 2000 }, `{"min":2500,"max":2000} ends before it starts`],
  [{ min: 5, max: 5, maxExclusive: true }, "contains no numbers"],
];

describe("parseQuantity: invalid", () => {
  it.each(INVALID)("%j", (raw, expected) => {
    const m = message(parseQuantity(raw));
    expect(m).toContain(expected);
    expect(m).not.toMatch(/Error|at .*\(|undefined/);
  });

  it("quotes at most 60 characters of the input", () => {
    const m = message(parseQuantity("x".repeat(500)));
    expect(m).toContain(`"${"x".repeat(60)}…"`);
    expect(m.length).toBeLessThan(200);
  });
});

describe("quantitiesCompatible and quantityGap", () => {
  it.each([
    [900, "<1000", true],
    [">90", 90, false],
    [">=70", 70, true],
    ["<1000", 1000, false],
    ["<=1000", 1000, true],
    ["~1400", 1500, true],
    ["~1400", 1600, false],
    ["2000..2500", "2500..3000", true],
    ["[2000..2500)", "2500..3000", false],
    ["(5..10]", "[1..5]", false],
    ["(5..10]", "[1..5.5]", true],
    [">=70", "<=60", false],
    [">=70", ">=1000", true],
    ["<5", "<-5", true],
    [900, 901, false],
    [900, 900, true],
  ] as const)("%j and %j: %s", (a, b, expected) => {
    expect(quantitiesCompatible(q(a), q(b))).toBe(expected);
    expect(quantitiesCompatible(q(b), q(a))).toBe(expected);
    // A positive gap means incompatible; values touching at an excluded end are incompatible with gap 0.
    if (expected) expect(quantityGap(q(a), q(b)).gap).toBe(0);
    else expect(quantityGap(q(a), q(b)).gap).toBeGreaterThanOrEqual(0);
  });

  it("measures gaps", () => {
    expect(quantityGap(q(900), q(1000))).toEqual({ gap: 100, relative: 0.1 });
    expect(quantityGap(q(1000), q(900))).toEqual({ gap: 100, relative: 0.1 });
    expect(quantityGap(q("~1400"), q(1600))).toEqual({ gap: 60, relative: 60 / 1600 });
    expect(quantityGap(q("2000..2500"), q("<1000"))).toEqual({ gap: 1000, relative: 1000 / 2250 });
    expect(quantityGap(q(">=70"), q(50))).toEqual({ gap: 20, relative: 20 / 70 });
    expect(quantityGap(q(900), q("<1000"))).toEqual({ gap: 0, relative: 0 });
    // Touching at an excluded end: incompatible, yet no distance apart.
    expect(quantitiesCompatible(q(">90"), q(90))).toBe(false);
    expect(quantityGap(q(">90"), q(90))).toEqual({ gap: 0, relative: 0 });
    expect(quantityGap(q(">0"), q(0))).toEqual({ gap: 0, relative: 0 });
    expect(quantityGap(q(800), q(1000))).toEqual({ gap: 200, relative: 0.2 });
    expect(quantityGap(q(-1e308), q(1e308)).gap).toBe(Number.MAX_VALUE);
  });
});
