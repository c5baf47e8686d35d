/**
 * Dates: month names (Gregorian, Levantine/Iraqi, paired), day-month-year,
 * ISO and d/m/y, modifiers, deadlines, ranges and relative dates, in Arabic
 * and English. Most forms here do not occur in the example's articles.
 */
import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/index.js";
import { run, values } from "./helpers.js";

const ar = (text: string, published?: string) => values(text, { lang: "ar", ...(published ? { published } : {}) });
const en = (text: string, published?: string) => values(text, { lang: "en", ...(published ? { published } : {}) });

describe("months, days and years", () => {
  it.each([
    ["في يناير 2024", "2024-01"], ["في فبراير 2024", "2024-02"], ["في مارس 2024", "2024-03"], ["في أبريل 2024", "2024-04"], ["في ابريل 2024", "2024-04"],
    ["في مايو 2024", "2024-05"], ["في يونيو 2024", "2024-06"], ["في يوليو 2024", "2024-07"], ["في أغسطس 2024", "2024-08"], ["في اغسطس 2024", "2024-08"],
    ["في سبتمبر 2024", "2024-09"], ["في أكتوبر 2024", "2024-10"], ["في نوفمبر 2024", "2024-11"], ["في ديسمبر 2024", "2024-12"],
    ["في كانون الثاني 2024", "2024-01"], ["في شباط 2024", "2024-02"], ["في آذار 2024", "2024-03"], ["في نيسان 2024", "2024-04"], ["في أيار 2024", "2024-05"],
    ["في حزيران 2024", "2024-06"], ["في تموز 2024", "2024-07"], ["في آب 2024", "2024-08"], ["في أيلول 2024", "2024-09"], ["في تشرين الأول 2024", "2024-10"],
    ["في تشرين الثاني 2024", "2024-11"], ["في كانون الأول 2024", "2024-12"], ["في كانون الاول 2024", "2024-12"],
    ["في أيلول/سبتمبر 2025", "2025-09"], ["في كانون الثاني/يناير 2020", "2020-01"], ["في سبتمبر (أيلول) 2025", "2025-09"],
    ["في 5 كانون الثاني/يناير 2020", "2020-01-05"], ["في ٥ كانون الثاني ٢٠٢٠", "2020-01-05"], ["هجوم 7 أكتوبر 2023", "2023-10-07"],
    ["في شهر سبتمبر 2025", "2025-09"], ["في سبتمبر عام 2025", "2025-09"], ["في عام 2014", "2014"], ["في العام 2014", "2014"], ["في 2024م", "2024"],
    ["نُشر في 2024-01-28", "2024-01-28"], ["نُشر في 28/01/2024", "2024-01-28"],
  ])("%s → %s", (text, expected) => {
    expect(ar(text)).toEqual([expected]);
  });
  it.each([
    ["in September 2025", "2025-09"], ["on 20 April 2025", "2025-04-20"], ["on April 20, 2025", "2025-04-20"], ["on 20th April 2025", "2025-04-20"],
    ["in Sept. 2025", "2025-09"], ["in May 2025", "2025-05"], ["in 2026", "2026"],
  ])("%s → %s", (text, expected) => {
    expect(en(text)).toEqual([expected]);
  });
  it("leaves days without a year unresolved without a publication date, and month words that are ordinary words out", () => {
    expect(ar("نُشر في 16 شباط")).toEqual(["16 شباط"]);
    expect(run("نُشر في 16 شباط", { lang: "ar" }).candidates[0]!.claim.property).toBe("?relative-date");
    expect(en("They may leave. Troops march on.")).toEqual([]);
    expect(ar("مارس الضغط على الحكومة")).toEqual([]);
    expect(ar("في 30 شباط 2025")).toEqual([]); // no such day
  });
  it("reads no year or day from digits whose separators are not a number's", () => {
    // Four digits with a stray comma are neither a count nor a year (it once read as the year "0NaN").
    expect(ar("01,00")).toEqual([]);
    expect(en("05,12")).toEqual([]);
    expect(ar("في 0,5 سبتمبر 2025")).toEqual(["2025-09"]);
  });
});

describe("modifiers and deadlines", () => {
  it.each([
    ["بحلول سبتمبر 2025", "2025-09"],
    ["بحلول نهاية أيلول/سبتمبر 2026", "2026-09"],
    ["حتى نهاية 2026", "2026-12"],
    ["في نهاية عام 2026", "2026-12"],
    ["بنهاية العام 2026", "2026-12"],
    ["في أواخر عام 2024", "2024-09/2024-12"],
    ["في أوائل 2025", "2025-01/2025-04"],
    ["مطلع 2025", "2025-01/2025-04"],
    ["منتصف 2025", "2025-05/2025-08"],
    ["منتصف آذار 2025", "2025-03-11/2025-03-20"],
    ["أوائل آذار 2025", "2025-03-01/2025-03-10"],
    ["أواخر شباط 2024", "2024-02-21/2024-02-29"],
    ["منذ عام 2014", "2014/.."],
    ["بعد عام 2026", "2027/.."],
    ["قبل عام 2026", "../2025"],
    ["قبل نهاية عام 2026", "2026-12"],
  ])("%s → %s", (text, expected) => {
    expect(ar(text)).toEqual([expected]);
  });
  it.each([
    ["by September 2025", "2025-09"],
    ["by the end of 2026", "2026-12"],
    ["until the end of September 2026", "2026-09"],
    ["in late 2024", "2024-09/2024-12"],
    ["in early 2025", "2025-01/2025-04"],
    ["by mid-2025", "2025-05/2025-08"],
    ["since 2014", "2014/.."],
    ["after 2026", "2027/.."],
    ["before 2027", "../2026"],
    ["before the end of 2026", "2026-12"],
    ["before the end of September 2026", "2026-09"],
  ])("%s → %s", (text, expected) => {
    expect(en(text)).toEqual([expected]);
  });
  it("marks deadlines of a known property as planned", () => {
    const result = run("اتفقا على انسحاب القوات بحلول سبتمبر 2025", { lang: "ar" });
    expect(result.candidates.map((c) => [c.claim.property, c.claim.value, c.claim.modality])).toEqual([["end-date", "2025-09", "planned"]]);
  });
});

describe("ranges of dates", () => {
  it.each([
    ["بين عامي 2011 و 2014", "2011/2014"],
    ["بين عامي 2011 و2014", "2011/2014"],
    ["من عام 2003 إلى عام 2011", "2003/2011"],
    ["من 2003 الى 2011", "2003/2011"],
    ["من سبتمبر 2024 إلى سبتمبر 2025", "2024-09/2025-09"],
    ["2011-2014", "2011/2014"],
  ])("%s → %s", (text, expected) => {
    expect(ar(text)).toEqual([expected]);
  });
  it.each([
    ["between 2011 and 2014", "2011/2014"],
    ["from 2003 to 2011", "2003/2011"],
  ])("%s → %s", (text, expected) => {
    expect(en(text)).toEqual([expected]);
  });
});

describe("relative dates", () => {
  it.each([
    ["بحلول سبتمبر المقبل", "2025-04-20", "2025-09"],
    ["بحلول سبتمبر المقبل", "2025-10-01", "2026-09"],
    ["بحلول سبتمبر المقبل", "2025-09-15", "2026-09"],
    ["في مارس الماضي", "2025-04-20", "2025-03"],
    ["في مايو الماضي", "2025-04-20", "2024-05"],
    ["العام المقبل", "2025-04-20", "2026"],
    ["بحلول نهاية العام المقبل", "2025-04-20", "2026-12"],
    ["العام الماضي", "2025-04-20", "2024"],
    ["هذا العام", "2025-04-20", "2025"],
    ["هذا الشهر", "2025-04-20", "2025-04"],
    ["الشهر المقبل", "2025-12-01", "2026-01"],
    ["الشهر الماضي", "2025-01-01", "2024-12"],
  ])("%s, published %s → %s", (text, published, expected) => {
    expect(ar(text, published)).toEqual([expected]);
  });
  it.each([
    ["by next September", "2025-04-20", "2025-09"],
    ["last May", "2025-04-20", "2024-05"],
    ["next year", "2025-04-20", "2026"],
    ["by the end of next year", "2025-04-20", "2026-12"],
    ["this month", "2025-04-20", "2025-04"],
    ["last month", "2025-04-20", "2025-03"],
  ])("%s, published %s → %s", (text, published, expected) => {
    expect(en(text, published)).toEqual([expected]);
  });
  it("reads 'the following year' after the last date of the text", () => {
    expect(ar("ستغادر بحلول سبتمبر 2025، يليه انسحاب بحلول نهاية العام التالي")).toEqual(["2025-09", "2026-12"]);
    expect(en("They leave by September 2025, then Erbil by the end of the following year.")).toEqual(["2025-09", "2026-12"]);
  });
  it("leaves a relative date unresolved without a publication date, and marks it", () => {
    const result = run("ستغادر القوات بحلول سبتمبر المقبل", { lang: "ar" });
    expect(result.candidates).toHaveLength(1);
    const [c] = result.candidates;
    expect(c!.claim.property).toBe("?relative-date");
    expect(c!.claim.value).toBe("بحلول سبتمبر المقبل");
    expect(c!.unresolved).toContain("date");
    expect(c!.claim.note).toContain("publication date");
  });
  it("resolves against `reference` when there is no publication date", () => {
    const result = run("ستغادر القوات بحلول سبتمبر المقبل", { lang: "ar", reference: "2024-10" });
    expect(result.candidates.map((c) => [c.claim.value, c.claim.published])).toEqual([["2025-09", undefined]]);
  });
  it("produces dates the value grammar reads", () => {
    for (const v of ar("في أواخر شباط 2024 ومنتصف 2025 وبعد عام 2026 وبين عامي 2011 و2014")) expect(parseDate(v).ok).toBe(true);
  });
});
