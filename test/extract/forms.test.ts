/**
 * The forms news writes, family by family: number words that must compose
 * (and never give a wrong figure), signs, scale words, bounds from verbs and
 * prepositions, shares and ratios, small counts, dates in every shape, and
 * Hijri months. Property tests spell numbers and dates in both languages
 * and read them back.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hijriDay, hijriMonthDays, hijriMonthOf, HIJRI_MARGIN } from "../../src/extract/hijri.js";
import { dayNumber } from "../../src/values/days.js";
import { run, values } from "./helpers.js";

const ar = (text: string, published?: string) => values(text, { lang: "ar", ...(published ? { published } : {}) });
const en = (text: string, published?: string) => values(text, { lang: "en", ...(published ? { published } : {}) });

describe("number words compose, or are not read", () => {
  it.each([
    ["قتل مئة وخمسة عشر شخصا", 115],
    ["قتل مئتان وخمسة عشر شخصا", 215],
    ["قتل ثلاثمئة وخمسة عشر شخصا", 315],
    ["قتل ألف وخمسة عشر شخصا", 1015],
    ["قتل واحد وعشرون شخصا", 21],
    ["قتل مئة و خمسة عشر شخصا", 115],
    ["قتل ثلاثة آلاف وخمسمئة وخمسة وعشرون شخصا", 3525],
    ["قتل ألفان وخمسمئة شخص", 2500],
    ["قتل أحد عشر ألفا", 11000],
    ["قتل ثلاثمئة وخمسون ألفا", 350000],
    ["قتل مئتا ألف شخص", 200000],
    ["بلغ العدد مليونين وخمسمئة ألف", 2500000],
    ["بلغ العدد ثلاثة ملايين ونصف", 3500000],
    ["بلغ العدد ربع مليون", 250000],
    ["بلغ العدد ألف مليون", 1000000000],
  ])("%s → %s", (text, expected) => {
    expect(ar(text)).toEqual([expected]);
  });

  it.each([
    ["thirty-one million two hundred fifty-six thousand seven hundred twenty-one people", 31256721],
    ["two point two million people", 2200000],
    ["two dozen people", 24],
    ["three thousand million dollars", 3000000000],
    ["nineteen hundred people", 1900],
    ["one hundred and five people", 105],
    ["a couple of soldiers", 2],
    ["half a dozen soldiers", 6],
    ["one and a half million people", 1500000],
    ["two trillion dollars", 2000000000000],
  ])("%s → %s", (text, expected) => {
    expect(en(text)).toEqual([expected]);
  });

  it("reads nothing from number words that do not compose, rather than a wrong figure", () => {
    expect(en("five six soldiers")).toEqual([]);
    expect(en("two hundred hundred soldiers")).toEqual([]);
    expect(ar("خمسة ستة جنود")).toEqual([]);
    expect(en("two million thousand dollars")).toEqual([]);
  });

  it("reads coordinated figures apart («ثلاثة جنود وأربعة مدنيين»)", () => {
    expect(ar("قتل ثلاثة جنود وأربعة مدنيين")).toEqual([3, 4]);
  });

  it("property: any number below a trillion spelled in English reads back as itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 999_999_999_999 }), (n) => {
        expect(en(`The fund spent ${spellEnglish(n)} dollars.`)).toEqual([n]);
      }),
      { numRuns: 300 },
    );
  });

  it("property: any number below a billion spelled in Arabic reads back as itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 999_999_999 }), (n) => {
        expect(ar(`أنفق الصندوق ${spellArabic(n)} دولار.`)).toEqual([n]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("signs, scales, decimal commas", () => {
  it.each([
    ["the temperature was -504 units", -504],
    ["the balance stood at −3.2 billion", -3200000000],
    ["the reading was minus 7", -7],
    ["the index moved +5 points", 5],
    ["a $2bn loan", 2000000000],
    ["a $3 bn loan", 3000000000],
    ["a £1.5tn debt", 1500000000000],
  ])("%s → %s", (text, expected) => {
    expect(en(text)).toEqual([expected]);
  });
  it.each([
    ["خصصت 1,5 مليار دولار", 1500000000],
    ["خصصت 2,25 مليار دولار", 2250000000],
    ["بلغ العجز -12 مليون", -12000000],
  ])("%s → %s", (text, expected) => {
    expect(ar(text)).toEqual([expected]);
  });
  it("reads 1,5 as nothing when no scale word follows it (a list or a typo)", () => {
    expect(ar("البند 1,5 من الاتفاق")).toEqual([]);
  });
  it("keeps the dash between two figures a range, not a sign", () => {
    expect(en("2,000-2,500 troops")).toEqual(["2000..2500"]);
  });
});

describe("bounds from verbs and prepositions", () => {
  it.each([
    ["يتجاوز ٣٠٠٠ شخص", ">3000"],
    ["يتجاوز عدد الضحايا ٣٠٠٠ شخص", ">3000"],
    ["يصل الى ٧٠٠ شخص", "<=700"],
    ["قد يصل عدد المفقودين إلى ٧٠٠ شخص", "<=700"],
    ["أكبر من ٤٥٦٥ طالبا", ">4565"],
    ["فوق 300 طفل", ">300"],
    ["تحت 50 إصابة", "<50"],
    ["لا يتجاوز عدد المراقبين 50 شخصا", "<=50"],
    ["لا يقل عدد الحضور عن 200 شخص", ">=200"],
    ["70 شخصا على الأقل", ">=70"],
    ["40 عربة مدرعة على الأقل", ">=40"],
  ])("%s → %s", (text, expected) => {
    expect(ar(text)).toEqual([expected]);
  });
  it.each([
    ["could exceed 3000 people", ">3000"],
    ["has exceeded 2 million people", ">2000000"],
    ["up to 700 people", "<=700"],
    ["as many as 500 families", "<=500"],
    ["will not exceed 2,500 personnel", "<=2500"],
    ["topped 1,000 by evening", ">1000"],
    ["70 vehicles or more", ">=70"],
    ["2,000-plus delegates", ">=2000"],
    ["nearly 900 troops", "~900"],
  ])("%s → %s", (text, expected) => {
    expect(en(text)).toEqual([expected]);
  });
  it("does not read a year after a preposition as a bound ('over 2025', «تحت 2024»)", () => {
    expect(en("plans over 2025 were shelved")).toEqual([]);
  });
});

describe("shares, ratios and percentages are quantities with unit %", () => {
  it.each([
    ["two thirds of the budget", 66.6666666667, "en"],
    ["more than half of the people", ">50", "en"],
    ["one in five children", 20, "en"],
    ["a quarter of the buildings", 25, "en"],
    ["three quarters of voters", 75, "en"],
    ["ثلثا السكان", 66.6666666667, "ar"],
    ["أكثر من نصف السكان", ">50", "ar"],
    ["ثلاثة أرباع الناخبين", 75, "ar"],
    ["واحد من كل خمسة أطفال", 20, "ar"],
    ["38 percent of the vote", 38, "en"],
    ["30pc of its value", 30, "en"],
  ])("%s → %s %%", (text, expected, lang) => {
    const result = run(text, { lang: lang as "ar" | "en" });
    expect(result.candidates.map((c) => [c.claim.value, c.unit, c.claim.property])).toEqual([[expected, "%", "?percentage"]]);
  });
  it("reads percentage points as their own unit", () => {
    const result = run("support fell 3 percentage points", { lang: "en" });
    expect(result.candidates.map((c) => [c.claim.value, c.unit])).toEqual([[3, "percentage points"]]);
  });
});

describe("ranges and changes", () => {
  it("reads «من 20 إلى 30» as a range, and as a change after a word of change", () => {
    expect(ar("قتل الهجوم من 20 إلى 30 شخصا")).toEqual(["20..30"]);
    expect(ar("خفضت الوزارة عدد الموظفين من 900 إلى 600 موظف")).toEqual([900, 600]);
    expect(en("Estimates range from 5,000 to 7,000 fighters.")).toEqual(["5000..7000"]);
    expect(en("The army cut its force from 2,000 to 1,400 troops.")).toEqual([2000, 1400]);
  });
  it("gives the value before a change an asOf before the publication date", () => {
    const result = run("The army cut its force from 2,000 to 1,400 troops.", { lang: "en", published: "2025-04-20" });
    expect(result.candidates.map((c) => [c.claim.value, c.claim.asOf])).toEqual([[2000, "../2025-04-19"], [1400, undefined]]);
  });
});

describe("dates", () => {
  it.each([
    ["from 4 to 22 January 1995", "1995-01-04/1995-01-22"],
    ["10-14 March 2024", "2024-03-10/2024-03-14"],
    ["January 4-22, 1995", "1995-01-04/1995-01-22"],
    ["from January to March 2025", "2025-Q1"],
    ["in the third quarter of 2016", "2016-Q3"],
    ["in Q3 2016", "2016-Q3"],
    ["in the first half of 2026", "2026-H1"],
    ["in H2 2025", "2025-H2"],
    ["the 5th of March 2025", "2025-03-05"],
    ["on 03/02/2016", "2016-02-03"],
    ["on 02/22/2016", "2016-02-22"],
    ["on 15.03.2023", "2023-03-15"],
    ["by the end of the year", "2025-12"],
  ])("%s → %s", (text, expected) => {
    expect(en(text, "2025-04-20")).toEqual([expected]);
  });
  it.each([
    ["من 4 إلى 22 كانون الثاني 1995", "1995-01-04/1995-01-22"],
    ["الربع الثالث من عام 2016", "2016-Q3"],
    ["النصف الثاني من العام الجاري", "2025-H2"],
    ["الخامس من آذار 2025", "2025-03-05"],
    ["الحادي والعشرين من آذار 2024", "2024-03-21"],
    ["أول يناير 2024", "2024-01-01"],
    ["العاشر من الشهر الجاري", "2025-04-10"],
    ["بحلول نهاية العام", "2025-12"],
  ])("%s → %s", (text, expected) => {
    expect(ar(text, "2025-04-20")).toEqual([expected]);
  });
  it("never reads the day of a day range as a figure", () => {
    expect(run("from 4 to 22 January 1995", { lang: "en" }).candidates.map((c) => c.kind)).toEqual(["date"]);
  });
  it("marks a numeric date whose day and month could be swapped as uncertain in English, and says why", () => {
    const [c] = run("The memo is dated 03/02/2016.", { lang: "en" }).candidates;
    expect(c!.uncertain).toContain("month first");
    expect(c!.unresolved).toContain("value");
    expect(c!.claim.note).toContain("uncertain:");
    expect(run("The memo is dated 03/02/2016.", { lang: "ar" }).candidates[0]!.uncertain).toBeUndefined();
    expect(run("The memo is dated 22/02/2016.", { lang: "en" }).candidates[0]!.uncertain).toBeUndefined();
  });

  describe("relative days, weeks and weekdays, against the publication date (Sunday 20 April 2025)", () => {
    it.each([
      ["أمس", "2025-04-19"], ["اليوم", "2025-04-20"], ["غداً", "2025-04-21"], ["أول أمس", "2025-04-18"],
      ["الأسبوع الماضي", "2025-04-07/2025-04-19"], ["الأسبوع المقبل", "2025-04-21/2025-05-03"],
      ["يوم الخميس", "2025-04-17"], ["الجمعة الماضية", "2025-04-18"], ["الاثنين المقبل", "2025-04-21"],
      ["سيعقد الاجتماع يوم الأربعاء", "2025-04-23"],
      ["في 5 آذار", "2025-03-05"], ["ستعقد القمة في 10 أيار", "2025-05-10"], ["في أيلول", "2024-09"],
    ])("%s → %s", (text, expected) => {
      expect(ar(`قال المسؤول ${text}`, "2025-04-20")).toEqual([expected]);
    });
    it.each([
      ["yesterday", "2025-04-19"], ["last week", "2025-04-07/2025-04-19"], ["on Monday", "2025-04-14"], ["last Thursday", "2025-04-17"],
      ["will vote on Tuesday", "2025-04-22"], ["next Friday", "2025-04-25"], ["on 5 March", "2025-03-05"],
    ])("%s → %s", (text, expected) => {
      expect(en(`The minister said it ${text}`, "2025-04-20")).toEqual([expected]);
    });
    it("resolves against a published period: the value spans every day it could mean", () => {
      expect(en("Inflation eased last month.", "2025-Q3")).toEqual(["2025-06/2025-08"]);
      expect(en("The vote is next year.", "2025-Q3")).toEqual(["2026"]);
      expect(en("It rained yesterday.", "2025-04")).toEqual(["2025-03-31/2025-04-29"]);
      expect(en("It rained yesterday.", "2025-04-20~")).toEqual(["2025-04-18/2025-04-20"]);
    });
    it("leaves relative wording unresolved when the publication date is an open interval", () => {
      expect(run("It rained yesterday.", { lang: "en", published: "2025-06/.." }).candidates[0]!.claim.property).toBe("?relative-date");
    });
  });
});

describe("Hijri dates", () => {
  // Umm al-Qura month starts published by Saudi authorities.
  const ummAlQura: Array<[number, number, string]> = [
    [1400, 1, "1979-11-21"], [1441, 9, "2020-04-24"], [1442, 9, "2021-04-13"], [1443, 9, "2022-04-02"], [1444, 9, "2023-03-23"], [1444, 10, "2023-04-21"],
    [1445, 1, "2023-07-19"], [1445, 9, "2024-03-11"], [1445, 10, "2024-04-10"], [1445, 12, "2024-06-07"], [1446, 1, "2024-07-07"], [1446, 9, "2025-03-01"],
    [1446, 10, "2025-03-30"], [1446, 12, "2025-05-28"], [1447, 1, "2025-06-26"],
  ];
  it.each(ummAlQura)("the tabular calendar starts %s/%s within the margin of %s (Umm al-Qura)", (y, m, iso) => {
    const [yy, mm, dd] = iso.split("-").map(Number);
    expect(Math.abs(hijriDay(y, m, 1) - dayNumber(yy!, mm!, dd!))).toBeLessThanOrEqual(HIJRI_MARGIN);
  });
  it("property: months have 29 or 30 days and the month of a day is found back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1300, max: 1600 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 29 }), (y, m, d) => {
        const { first, last } = hijriMonthDays(y, m);
        expect([29, 30]).toContain(last - first + 1);
        expect(hijriMonthOf(hijriDay(y, m, d))).toEqual({ y, m });
      }),
      { numRuns: 300 },
    );
  });
  it.each([
    ["في 15 رمضان 1446 هـ", "2025-03-13/2025-03-17"],
    ["في شهر رمضان 1446", "2025-02-27/2025-04-01"],
    ["في عام 1446 هـ", "2024-07-06/2025-06-28"],
    ["في شهر رمضان", "2025-02-27/2025-04-01"],
  ])("%s → %s (never read as a Gregorian month)", (text, expected) => {
    expect(ar(text, "2025-04-20")).toEqual([expected]);
  });
  it("reads no date from names and words that are also Hijri months (رجب طيب أردوغان, صفر)", () => {
    expect(ar("التقى الوزير بالرئيس رجب طيب أردوغان")).toEqual([]);
    expect(ar("سجلت المدينة صفر إصابات")).toEqual([]);
  });
  it("leaves a Hijri month without a year unresolved when there is no publication date", () => {
    const result = run("خلال شهر رمضان", { lang: "ar" });
    expect(result.candidates.map((c) => [c.claim.property, c.claim.value])).toEqual([["?relative-date", "رمضان"]]);
  });
  it("never reads a year marked هـ as Gregorian", () => {
    expect(ar("في عام 1446 هـ")).not.toContain("1446");
  });
});

// ---------------------------------------------------------------- spellers for the property tests

const EN_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

function spellEnglishGroup(n: number): string[] {
  const words: string[] = [];
  if (n >= 100) {
    words.push(EN_ONES[Math.floor(n / 100)]!, "hundred");
    n %= 100;
    if (n > 0) words.push("and");
  }
  if (n >= 20) words.push(EN_TENS[Math.floor(n / 10)]! + (n % 10 ? `-${EN_ONES[n % 10]}` : ""));
  else if (n > 0) words.push(EN_ONES[n]!);
  return words;
}

function spellEnglish(n: number): string {
  const scales: Array<[number, string]> = [[1e9, "billion"], [1e6, "million"], [1e3, "thousand"], [1, ""]];
  const words: string[] = [];
  for (const [value, name] of scales) {
    const group = Math.floor(n / value) % 1000;
    if (group === 0) continue;
    words.push(...spellEnglishGroup(group));
    if (name) words.push(name);
  }
  return words.join(" ");
}

const AR_ONES = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
const AR_TEENS = ["", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"];
const AR_TENS = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"];
const AR_HUNDREDS = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"];

/** 1–999 in Arabic, parts joined by و (glued). */
function spellArabicGroup(n: number): string[] {
  const parts: string[] = [];
  if (n >= 100) parts.push(AR_HUNDREDS[Math.floor(n / 100)]!);
  const rest = n % 100;
  if (rest >= 20) parts.push(rest % 10 ? `${AR_ONES[rest % 10]} و${AR_TENS[Math.floor(rest / 10)]}` : AR_TENS[rest / 10]!);
  else if (rest > 10) parts.push(AR_TEENS[rest - 10]!);
  else if (rest > 0) parts.push(AR_ONES[rest]!);
  return parts;
}

/** A scale part: ألف, ألفان, ثلاثة آلاف, أحد عشر ألفاً, مئة ألف … */
function spellArabicScale(group: number, one: string, dual: string, plural: string): string {
  if (group === 1) return one;
  if (group === 2) return dual;
  if (group <= 10) return `${AR_ONES[group]} ${plural}`;
  return `${spellArabicGroup(group).join(" و")} ${one}`;
}

function spellArabic(n: number): string {
  const parts: string[] = [];
  const millions = Math.floor(n / 1e6) % 1000;
  const thousands = Math.floor(n / 1e3) % 1000;
  const rest = n % 1000;
  if (millions) parts.push(spellArabicScale(millions, "مليون", "مليونان", "ملايين"));
  if (thousands) parts.push(spellArabicScale(thousands, "ألف", "ألفان", "آلاف"));
  if (rest) parts.push(spellArabicGroup(rest).join(" و"));
  return parts.join(" و");
}
