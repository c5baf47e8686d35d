/** Property tests: round trips, symmetry, gaps and robustness for quantities and dates. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  dateGapDays,
  datesCompatible,
  daysInMonth,
  inferValueType,
  parseDate,
  parseQuantity,
  parseValue,
  quantitiesCompatible,
  quantityGap,
} from "../../src/values/index.js";
import type { DateValue, Duration, QuantityValue, ValueSettings } from "../../src/values/index.js";
import { ok } from "./helpers.js";

// ------------------------------------------------------------ quantity inputs

/** A number as written, with the value it should read as. */
interface Written {
  text: string;
  value: number;
}

const ARABIC = "٠١٢٣٤٥٦٧٨٩";
const PERSIAN = "۰۱۲۳۴۵۶۷۸۹";

function groupThousands(int: string): string {
  let out = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ",";
    out += int[i];
  }
  return out;
}

/** Decimal strings in every spelling the grammar allows: commas, exponents, Arabic and Persian digits, U+2212. */
const decimalString: fc.Arbitrary<Written> = fc
  .record({
    negative: fc.boolean(),
    int: fc.bigInt({ min: 0n, max: 10n ** 18n }),
    frac: fc.option(fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 6 }), { nil: undefined }),
    exp: fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }),
    commas: fc.boolean(),
    script: fc.constantFrom("ascii", "arabic", "persian"),
    minus: fc.constantFrom("-", "\u2212"),
    expPlus: fc.boolean(),
    expUpper: fc.boolean(),
  })
  .map((r) => {
    const int = r.int.toString();
    const frac = r.frac === undefined ? "" : `.${r.frac}`;
    const exp = r.exp === undefined ? "" : `e${r.exp}`;
    const value = Number(`${r.negative ? "-" : ""}${int}${frac}${exp}`) + 0;
    const expText = r.exp === undefined ? "" : `${r.expUpper ? "E" : "e"}${r.exp >= 0 && r.expPlus ? "+" : ""}${r.exp}`;
    let text = `${r.negative ? r.minus : ""}${r.commas ? groupThousands(int) : int}${frac}${expText}`;
    if (r.script !== "ascii") {
      const digits = r.script === "arabic" ? ARABIC : PERSIAN;
      text = Array.from(text, (c) =>
        c >= "0" && c <= "9" ? digits[Number(c)]! : c === "," ? "\u066c" : c === "." ? "\u066b" : c,
      ).join("");
    }
    return { text, value };
  });

/** Any double that `~` and tolerance cannot push past the largest number. */
const anyDouble: fc.Arbitrary<Written> = fc
  .double({ min: -1e300, max: 1e300, noNaN: true })
  .map((x) => ({ text: String(x), value: x + 0 }));

/** Small integers, so that random pairs often overlap and touch. */
const smallInt: fc.Arbitrary<Written> = fc.integer({ min: -20, max: 20 }).map((x) => ({ text: String(x), value: x }));

const space = fc.constantFrom("", " ", "  ");

/** Quantity inputs in every written form: numbers, strings and objects. */
function quantityInput(num: fc.Arbitrary<Written>): fc.Arbitrary<unknown> {
  const sortedPair = fc.tuple(num, num).map(([a, b]): [Written, Written] => (a.value <= b.value ? [a, b] : [b, a]));
  return fc.oneof(
    num.map((n) => n.value), // JSON number
    num.map((n) => n.text),
    fc.tuple(fc.constantFrom("~", "\u2248"), space, num).map(([op, s, n]) => `${op}${s}${n.text}`),
    fc.tuple(fc.constantFrom(">=", "\u2265", ">", "<=", "\u2264", "<"), space, num).map(([op, s, n]) => `${op}${s}${n.text}`),
    fc.tuple(sortedPair, space, space).map(([[a, b], s1, s2]) => `${a.text}${s1}..${s2}${b.text}`),
    fc
      .tuple(sortedPair, fc.boolean(), fc.boolean())
      .map(([[a, b], lx, hx]) => {
        const empty = a.value === b.value;
        return `${lx && !empty ? "(" : "["}${a.text}..${b.text}${hx && !empty ? ")" : "]"}`;
      }),
    fc
      .tuple(num, fc.option(fc.boolean(), { nil: undefined }), fc.option(fc.constantFrom("troops", "km"), { nil: undefined }))
      .map(([n, approx, unit]) => ({ amount: n.value, ...(approx === undefined ? {} : { approx }), ...(unit ? { unit } : {}) })),
    fc.tuple(num, fc.boolean()).map(([n, ex]) => ({ min: n.value, ...(ex ? { minExclusive: true } : {}) })),
    fc.tuple(num, fc.boolean()).map(([n, ex]) => ({ max: n.value, ...(ex ? { maxExclusive: true } : {}) })),
    fc
      .tuple(sortedPair, fc.boolean(), fc.boolean())
      .map(([[a, b], lx, hx]) => {
        const empty = a.value === b.value;
        return { min: a.value, max: b.value, minExclusive: lx && !empty, maxExclusive: hx && !empty };
      }),
  );
}

const quantitySettings: fc.Arbitrary<ValueSettings | undefined> = fc.option(
  fc.record({ approx: fc.double({ min: 0, max: 1, noNaN: true }), tolerance: fc.double({ min: 0, max: 0.5, noNaN: true }) }),
  { nil: undefined },
);

const anyQuantityInput = fc.oneof(quantityInput(decimalString), quantityInput(anyDouble), quantityInput(smallInt));

// ------------------------------------------------------------ date inputs

const pad = (n: number, w: number) => String(n).padStart(w, "0");
const year = fc.integer({ min: 0, max: 9999 }).map((y) => pad(y, 4));

const datePart: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      year,
      fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m, 2)}`),
      fc
        .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
        .map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(Math.min(d, daysInMonth(Number(y), m)), 2)}`),
      fc.tuple(year, fc.constantFrom("Q", "q"), fc.integer({ min: 1, max: 4 })).map(([y, q, n]) => `${y}-${q}${n}`),
      fc.tuple(year, fc.constantFrom("H", "h"), fc.integer({ min: 1, max: 2 })).map(([y, h, n]) => `${y}-${h}${n}`),
    ),
    fc.boolean(),
  )
  .map(([p, approx]) => (approx ? `${p}~` : p));

/** Date inputs in every form; intervals are put in order by trying both. */
const dateInput: fc.Arbitrary<string> = fc.oneof(
  datePart,
  fc
    .tuple(fc.option(datePart, { nil: ".." }), fc.option(datePart, { nil: ".." }), space)
    .filter(([a, b]) => a !== ".." || b !== "..")
    .map(([a, b, s]) => (parseDate(`${a}/${b}`).ok ? `${a}${s}/${s}${b}` : `${b}/${a}`)),
);

/** Dates in one decade, so that random pairs often overlap and touch. */
const nearbyDateInput = dateInput.map((s) => s.replace(/\d{4}/g, (y) => `202${Number(y) % 10}`)).filter((s) => parseDate(s).ok);

const dateSettings: fc.Arbitrary<ValueSettings | undefined> = fc.option(
  fc
    .record({ years: fc.nat(2), months: fc.nat(13), weeks: fc.nat(3), days: fc.nat(40) })
    .map((d): ValueSettings => ({ tolerance: { text: "", ...d } satisfies Duration })),
  { nil: undefined },
);

const anyDateInput = fc.oneof(dateInput, nearbyDateInput);

// ------------------------------------------------------------ properties

function sameQuantity(a: QuantityValue, b: QuantityValue): void {
  expect(b.interval).toEqual(a.interval);
  expect(b.display).toBe(a.display);
  expect(b.amount).toBe(a.amount);
  expect(b.approx).toBe(a.approx);
}

describe("quantity properties", () => {
  it("(a) parse → display → parse gives the same value", () => {
    fc.assert(
      fc.property(anyQuantityInput, quantitySettings, (raw, settings) => {
        const v = ok(parseQuantity(raw, settings));
        sameQuantity(v, ok(parseQuantity(v.display, settings)));
        const { min, max } = v.interval;
        if (v.amount !== undefined) expect(min! <= v.amount && v.amount <= max!).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("(a) reads written numbers as the number they spell", () => {
    fc.assert(
      fc.property(decimalString, (n) => {
        expect(ok(parseQuantity(n.text)).amount).toBe(n.value);
        expect(ok(parseQuantity(`~${n.text}`)).amount).toBe(n.value);
      }),
    );
  });

  it("(b) compatibility is symmetric, (c) compatible ⇒ gap 0, gap > 0 ⇒ incompatible, gaps symmetric, (d) reflexive", () => {
    fc.assert(
      fc.property(anyQuantityInput, anyQuantityInput, quantitySettings, (ra, rb, settings) => {
        const a = ok(parseQuantity(ra, settings));
        const b = ok(parseQuantity(rb, settings));
        const compatible = quantitiesCompatible(a, b);
        expect(quantitiesCompatible(b, a)).toBe(compatible);
        const gap = quantityGap(a, b);
        expect(quantityGap(b, a)).toEqual(gap);
        // A gap means incompatible; incompatible values may still touch (">90" and 90: gap 0).
        if (gap.gap > 0) expect(compatible).toBe(false);
        if (compatible) expect(gap.gap).toBe(0);
        expect(gap.gap >= 0 && Number.isFinite(gap.gap)).toBe(true);
        expect(gap.relative >= 0 && Number.isFinite(gap.relative)).toBe(true);
        expect(quantitiesCompatible(a, a)).toBe(true);
        expect(quantityGap(a, a).gap).toBe(0);
      }),
      { numRuns: 3000 },
    );
  });
});

function sameDate(a: DateValue, b: DateValue): void {
  expect(b.interval).toEqual(a.interval);
  expect(b.display).toBe(a.display);
  expect(b.precision).toBe(a.precision);
  expect(b.approximate).toBe(a.approximate);
}

describe("date properties", () => {
  it("(a) parse → display → parse gives the same value", () => {
    fc.assert(
      fc.property(anyDateInput, dateSettings, (raw, settings) => {
        const v = ok(parseDate(raw, settings));
        sameDate(v, ok(parseDate(v.display, settings)));
        const { start, end } = v.interval;
        if (start !== null && end !== null) expect(start <= end).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("(b) compatibility is symmetric, (c) compatible ⇔ gap 0, (d) reflexive", () => {
    fc.assert(
      fc.property(anyDateInput, anyDateInput, dateSettings, (ra, rb, settings) => {
        const a = ok(parseDate(ra, settings));
        const b = ok(parseDate(rb, settings));
        const compatible = datesCompatible(a, b);
        expect(datesCompatible(b, a)).toBe(compatible);
        const gap = dateGapDays(a, b);
        expect(dateGapDays(b, a)).toBe(gap);
        expect(gap === 0).toBe(compatible);
        expect(Number.isInteger(gap) && gap >= 0).toBe(true);
        expect(datesCompatible(a, a)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("robustness", () => {
  const grammarChars = fc.string({
    unit: fc.constantFrom(..."0123456789,.~<>=()[]-+eE /QqHh٠١٤٫٬≈≥≤\u2212"),
    maxLength: 30,
  });

  function checkResult(r: { ok: boolean; message?: string }): void {
    expect(typeof r.ok).toBe("boolean");
    if (!r.ok) {
      expect(typeof r.message).toBe("string");
      expect(r.message!.length).toBeGreaterThan(0);
      expect(r.message!.length).toBeLessThan(400);
    }
  }

  it("(e) parsers never throw on arbitrary input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), grammarChars), (raw) => {
        checkResult(parseQuantity(raw));
        checkResult(parseQuantity(raw, { approx: 0.2, tolerance: 0.1 }));
        checkResult(parseDate(raw));
        checkResult(parseDate(raw, { tolerance: { text: "P1M", years: 0, months: 1, weeks: 0, days: 0 } }));
        for (const type of ["quantity", "date", "boolean", "text"] as const) checkResult(parseValue(raw, type));
        inferValueType(raw);
      }),
      { numRuns: 5000 },
    );
  });

  it("(e) grammar-like strings that read are consistent with their display", () => {
    fc.assert(
      fc.property(grammarChars, (raw) => {
        const q = parseQuantity(raw);
        if (q.ok) sameQuantity(q.value, ok(parseQuantity(q.value.display)));
        const d = parseDate(raw);
        if (d.ok) sameDate(d.value, ok(parseDate(d.value.display)));
      }),
      { numRuns: 5000 },
    );
  });
});
