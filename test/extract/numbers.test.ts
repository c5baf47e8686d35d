/**
 * Figures: digits in every script with their separators, number words,
 * vague quantities and hedges, in Arabic and English. Most forms here do not
 * occur in the example's articles.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract, parseQuantity } from "../../src/index.js";
import { run, values } from "./helpers.js";

const ar = (text: string) => values(text, { lang: "ar" });
const en = (text: string) => values(text, { lang: "en" });

describe("digits and separators", () => {
  it.each([
    ["نشرت الولايات المتحدة 2500 جندي", 2500],
    ["نشرت الولايات المتحدة ٢٥٠٠ جندي", 2500],
    ["نشرت الولايات المتحدة ۲۵۰۰ جندي", 2500],
    ["نشرت الولايات المتحدة 2,500 جندي", 2500],
    ["نشرت الولايات المتحدة ٢٬٥٠٠ جندي", 2500],
    ["نشرت الولايات المتحدة ١٬٢٣٤٬٥٦٧ جندي", 1234567],
    ["نشرت الولايات المتحدة 1.400.000 جندي", 1400000],
    ["بلغت الكلفة ٢٫٥ مليون", 2500000],
    ["بلغت الكلفة 1.5 مليون", 1500000],
    ["بلغت الكلفة ٣ آلاف", 3000],
    ["بلغت الكلفة 10 آلاف", 10000],
    ["بلغت الكلفة 2 مليار", 2000000000],
  ])("%s → %s", (text, expected) => {
    expect(ar(text)).toEqual([expected]);
  });

  it("reads clitics glued to digits: و900، بـ2500، ب2500، الـ2500", () => {
    expect(ar("تحتفظ بـ2500 جندي")).toEqual([2500]);
    expect(ar("تحتفظ ب2500 جندي")).toEqual([2500]);
    expect(ar("وصل الـ2500 جندي")).toEqual([2500]);
    expect(ar("تحتفظ بنحو 2500 جندي في العراق و900 في سوريا")).toEqual(["~2500", "~900"]);
  });

  it("property: any integer in Arabic-Indic digits with ٬ separators reads back as itself", () => {
    const indic = (n: number) => n.toLocaleString("en-US").replace(/,/g, "٬").replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 99_999_999 }), (n) => {
        const got = values(`يوجد ${indic(n)} جندي`);
        expect(got).toEqual([n]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("number words", () => {
  it.each([
    ["أرسلت ألف جندي", 1000],
    ["أرسلت الف جندي", 1000],
    ["أرسلت ألفي جندي", 2000],
    ["أرسلت ألفين جندي", 2000],
    ["أرسلت ألفان من الجنود", 2000],
    ["أرسلت ثلاثة آلاف جندي", 3000],
    ["أرسلت ثلاثة آلاف وخمسمئة جندي", 3500],
    ["أرسلت خمسمئة جندي", 500],
    ["أرسلت خمسمائة جندي", 500],
    ["أرسلت مئة جندي", 100],
    ["أرسلت مائة جندي", 100],
    ["أرسلت مئتي جندي", 200],
    ["أرسلت ثلاث مئة جندي", 300],
    ["أرسلت خمسة وعشرين جنديا", 25],
    ["أرسلت أحد عشر جنديا", 11],
    ["أرسلت ثلاثين ألف جندي", 30000],
    ["أرسلت مليون جندي", 1000000],
    ["أرسلت مليون ونصف جندي", 1500000],
    ["أرسلت نصف مليون جندي", 500000],
    ["أرسلت ثلاثة جنود", 3],
  ])("%s → %s", (text, expected) => {
    expect(ar(text)).toEqual([expected]);
  });

  it.each([
    ["The US sent two thousand five hundred troops", 2500],
    ["The US sent twenty-five troops", 25],
    ["The US sent one hundred and fifty troops", 150],
    ["The US sent a thousand troops", 1000],
    ["The US sent a dozen troops", 12],
    ["The cost reached 1.5 million", 1500000],
    ["The cost reached one and a half million", 1500000],
    ["The cost reached half a million", 500000],
    ["The cost reached 2bn", 2000000000],
    ["The US sent three soldiers", 3],
  ])("%s → %s", (text, expected) => {
    expect(en(text)).toEqual([expected]);
  });

  it("reads small number words only before a noun they count, and never 'one' (one of, «أحد»)", () => {
    expect(en("One of the bases closed.")).toEqual([]);
    expect(en("One official said so.")).toEqual([]);
    expect(ar("قال أحد المسؤولين ذلك")).toEqual([]);
    expect(ar("وهي واحدة من أكبر العمليات")).toEqual([]);
    expect(en("The two sides met.")).toEqual([]);
    expect(en("Three soldiers were killed.")).toEqual([3]);
    expect(en("two of the soldiers were wounded")).toEqual([2]);
    expect(ar("نقل جنود من ثلاث قواعد صغيرة")).toEqual([3]);
    expect(ar("مقتل أربعة جنود")).toEqual([4]);
    expect(en("They spoke to Five Eyes partners.")).toEqual([]);
    expect(en("a two-state solution")).toEqual([]);
  });
});

describe("vague quantities become ranges", () => {
  it.each([
    ["سحب مئات الجنود", "200..999"],
    ["تحتفظ بآلاف الجنود", "2000..9999"],
    ["قتل عشرات الجنود", "20..99"],
    ["شارك عشرات الآلاف من الجنود", "20000..99999"],
    ["شارك مئات الآلاف من الجنود", "200000..999999"],
  ])("%s → %s", (text, expected) => {
    expect(ar(text)).toEqual([expected]);
  });
  it.each([
    ["Hundreds of troops left", "200..999"],
    ["Thousands of troops stayed", "2000..9999"],
    ["Dozens of attacks followed", "24..119"],
    ["Tens of thousands of troops", "20000..99999"],
  ])("%s → %s", (text, expected) => {
    expect(en(text)).toEqual([expected]);
  });
});

describe("hedges", () => {
  it.each([
    ["نحو 900 جندي", "~900"],
    ["بنحو 900 جندي", "~900"],
    ["حوالي 900 جندي", "~900"],
    ["حوالى 900 جندي", "~900"],
    ["قرابة 900 جندي", "~900"],
    ["ما يقارب 900 جندي", "~900"],
    ["زهاء 900 جندي", "~900"],
    ["900 جندي تقريباً", "~900"],
    ["أكثر من 90 هجوما", ">90"],
    ["وأكثر من 90 هجوما", ">90"],
    ["ما يزيد عن 90 هجوما", ">90"],
    ["ما يزيد على 90 هجوما", ">90"],
    ["ما لا يقل عن 70 هجوما", ">=70"],
    ["70 هجوما على الأقل", ">=70"],
    ["أقل من 1,000 جندي", "<1000"],
    ["ما لا يزيد عن 1000 جندي", "<=1000"],
    ["بين 2000 و2500 جندي", "2000..2500"],
    ["ما بين 2000 و 2500 جندي", "2000..2500"],
    ["بين ألفين وثلاثة آلاف جندي", "2000..3000"],
    ["2,000-2,500 جندي", "2000..2500"],
  ])("%s → %s", (text, expected) => {
    expect(ar(text)).toEqual([expected]);
  });
  it.each([
    ["about 900 troops", "~900"],
    ["nearly 900 troops", "~900"],
    ["roughly 900 troops", "~900"],
    ["approximately 900 troops", "~900"],
    ["more than 90 attacks", ">90"],
    ["over 90 attacks", ">90"],
    ["at least 70 attacks", ">=70"],
    ["70 attacks or more", ">=70"],
    ["fewer than 1,000 troops", "<1000"],
    ["less than 1,000 troops", "<1000"],
    ["no more than 1,000 troops", "<=1000"],
    ["up to 1,000 troops", "<=1000"],
    ["between 2,000 and 2,500 troops", "2000..2500"],
  ])("%s → %s", (text, expected) => {
    expect(en(text)).toEqual([expected]);
  });
  it("every hedged value reads as a quantity of the right interval", () => {
    const read = parseQuantity(ar("نحو 900 جندي")[0]);
    expect(read.ok && read.value.interval).toMatchObject({ min: 810, max: 990 });
  });
});

describe("what is not a figure", () => {
  it.each([
    ["وصل الساعة 3 صباحا", []],
    ["at 10:45 the convoy left", []],
    ["call +964 770 123 4567 now", []],
    ["call 07701234567 now", []],
    ["article 80722a016a999db5 was read", []],
  ])("%s", (text, expected) => {
    expect(values(text, { lang: text.charCodeAt(0) < 0x80 ? "en" : "ar" })).toEqual(expected);
  });

  it.each([
    ["بقيت القوات 20 عاماً", 20, "عاماً"],
    ["stayed for 3 days", 3, "days"],
    ["انتهت خلال ثلاثة أسابيع", 3, "أسابيع"],
    ["for more than 20 years", ">20", "years"],
  ])("reads a duration as a figure with its unit of time, never a lexicon property: %s", (text, value, unit) => {
    const result = run(text, { lang: text.charCodeAt(0) < 0x80 ? "en" : "ar" });
    expect(result.candidates.map((c) => [c.claim.value, c.claim.property, c.unit])).toEqual([[value, "?quantity", unit]]);
  });

  it("reads percentages as quantities with unit %, property ?percentage", () => {
    for (const text of ["ارتفعت النسبة إلى 40%", "ارتفعت النسبة إلى ٤٠٪", "ارتفعت النسبة إلى 40 في المئة", "rose to 40 percent"]) {
      const result = run(text, { lang: text.charCodeAt(0) < 0x80 ? "en" : "ar" });
      expect(result.candidates.map((c) => [c.claim.value, c.claim.property, c.unit])).toEqual([[40, "?percentage", "%"]]);
    }
  });

  it("reads a year as a date, and a year-like figure with a unit or a hedge as a count", () => {
    expect(ar("جرت محادثات 2024")).toEqual(["2024"]);
    expect(ar("أرسلت 2000 جندي")).toEqual([2000]);
    expect(ar("نحو 2000 جندي")).toEqual(["~2000"]);
  });
});

describe("robustness", () => {
  it("property: never throws on any string, and every mention lies in the text", () => {
    const pieces = fc.constantFrom(
      "نحو", " ", "900", "٬", "٫", "١٢", "بين", "و", "ألف", "آلاف", "جندي", "سبتمبر", "2025", "بحلول", "نهاية", ".", "\n", "/", "-", "between", "and", "%", "ـ", "\u064e", "المقبل", "العام", "التالي", "1,", "،",
      "أمس", "الأحد", "يوم", "رمضان", "1446", "هـ", "الخامس", "من", "إلى", "Q", "3", "the", "third", "quarter", "of", "half", "يتجاوز", "عدد", "−", "+", "minus", "dozen", "point", "two", "thousand",
      "قال", "وفقا", "لرويترز", "التي", "إن", "هناك", "said", "Reuters", "Monday", "last", "week", "ثلثا", "one", "in", "five", "1,5", "مليار", "سوريا", "القوات الأمريكية", "عشر", "وأحد",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), fc.constantFrom(undefined, "2025-04-20"), (parts, published) => {
        const text = parts.join("");
        const result = run(text, { published });
        for (const c of result.candidates) {
          expect(c.mention.start).toBeGreaterThanOrEqual(0);
          expect(c.mention.end).toBeLessThanOrEqual(text.length);
          expect(c.mention.start).toBeLessThan(c.mention.end);
        }
      }),
      { numRuns: 600 },
    );
  });

  it("is deterministic: the same input gives byte-identical output", () => {
    const text = "تحتفظ الولايات المتحدة بنحو 2500 جندي في العراق و900 في سوريا. بحلول نهاية العام المقبل.";
    const a = JSON.stringify(extract(text, { lang: "ar", source: "s", published: "2025-04-20" }));
    const b = JSON.stringify(extract(text, { lang: "ar", source: "s", published: "2025-04-20" }));
    expect(a).toBe(b);
  });
});
