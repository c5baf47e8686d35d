/**
 * The built-in vocabulary of extraction: number words, hedges, months, date
 * modifiers, deadline words and relative dates, in Arabic and English. Keys
 * are written naturally and folded (see `fold`) when the module loads.
 */
import { fold } from "./text.js";

/** Arabic proclitics that may precede a word: و ف ب ل ك and the article ال, alone or combined. */
const PREFIXES = ["وبال", "وال", "بال", "فال", "كال", "ولل", "فلل", "وب", "ول", "فب", "فل", "وك", "لل", "ال", "و", "ف", "ب", "ل", "ك"];

/** One way of reading a word: its form after removing `prefix` characters of proclitics. @internal */
export interface Variant {
  form: string;
  prefix: number;
}

const variantCache = new Map<string, Variant[]>();

/**
 * The forms a folded word may stand for: itself, without proclitics, and
 * without the accusative alef of tanween (هجوماً → هجوم). At most a few
 * dozen forms per word; cached, as article text repeats its words.
 * @internal
 */
export function variants(word: string): Variant[] {
  const cached = variantCache.get(word);
  if (cached) return cached;
  const out: Variant[] = [{ form: word, prefix: 0 }];
  const first = word.charCodeAt(0);
  if (first >= 0x0600 && first <= 0x06ff) {
    for (const p of PREFIXES) {
      if (word.length > p.length + 1 && word.startsWith(p)) {
        const rest = word.slice(p.length);
        out.push({ form: rest, prefix: p.length });
        // A proclitic before the article: "بالعراق" is also "العراق".
        if (p.endsWith("ال") && p.length > 2) out.push({ form: "\u0627\u0644" + rest, prefix: p.length - 2 });
      }
    }
    const n = out.length;
    for (let k = 0; k < n; k++) {
      const v = out[k]!;
      if (v.form.length > 2 && v.form.endsWith("\u0627")) out.push({ form: v.form.slice(0, -1), prefix: v.prefix });
    }
  }
  if (variantCache.size > 20_000) variantCache.clear();
  variantCache.set(word, out);
  return out;
}

/** Folds every key of a table. */
function folded<V>(entries: ReadonlyArray<readonly [string, V]>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [key, value] of entries) map.set(fold(key), value);
  return map;
}

// ---------------------------------------------------------------- numbers

/** What a number word means. @internal */
export type NumberWord =
  | { kind: "unit"; value: number } // 1–10, teens' first words, tens, hundreds: added
  | { kind: "ten" } // عشر/عشرة after a unit: 11–19
  | { kind: "hundred" } // مئة: ×100 after a unit, 100 alone
  | { kind: "scale"; value: number; dual?: boolean; plural?: boolean } // ألف, ألفان, آلاف, مليون …
  | { kind: "half" } // نصف, ونصف
  | { kind: "quarter" }
  | { kind: "vague"; min: number; max: number }; // عشرات, مئات, dozens

const AR_UNITS: Array<[string, number]> = [
  ["واحد", 1], ["واحدة", 1], ["أحد", 1], ["إحدى", 1], ["اثنان", 2], ["اثنين", 2], ["اثنتان", 2], ["اثنتين", 2], ["اثنا", 2], ["اثني", 2], ["اثنتا", 2], ["اثنتي", 2],
  ["ثلاث", 3], ["ثلاثة", 3], ["أربع", 4], ["أربعة", 4], ["خمس", 5], ["خمسة", 5], ["ست", 6], ["ستة", 6], ["سبع", 7], ["سبعة", 7],
  ["ثمان", 8], ["ثماني", 8], ["ثمانية", 8], ["تسع", 9], ["تسعة", 9], ["عشرون", 20], ["عشرين", 20], ["ثلاثون", 30], ["ثلاثين", 30],
  ["أربعون", 40], ["أربعين", 40], ["خمسون", 50], ["خمسين", 50], ["ستون", 60], ["ستين", 60], ["سبعون", 70], ["سبعين", 70],
  ["ثمانون", 80], ["ثمانين", 80], ["تسعون", 90], ["تسعين", 90],
  ["مئتان", 200], ["مئتين", 200], ["مائتان", 200], ["مائتين", 200], ["مئتا", 200], ["مئتي", 200], ["مائتا", 200], ["مائتي", 200],
];
const AR_HUNDREDS = ["ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"];

const NUMBER_ENTRIES: Array<[string, NumberWord]> = [
  ...AR_UNITS.map(([w, value]): [string, NumberWord] => [w, { kind: "unit", value }]),
  ...AR_HUNDREDS.flatMap((w, k): Array<[string, NumberWord]> => [
    [w + "مئة", { kind: "unit", value: (k + 3) * 100 }],
    [w + "مائة", { kind: "unit", value: (k + 3) * 100 }],
  ]),
  ["ثمانمئة", { kind: "unit", value: 800 }], ["ثمانمائة", { kind: "unit", value: 800 }], ["ثلثمائة", { kind: "unit", value: 300 }],
  ["عشر", { kind: "ten" }], ["عشرة", { kind: "ten" }],
  ["مئة", { kind: "hundred" }], ["مائة", { kind: "hundred" }],
  ["ألف", { kind: "scale", value: 1e3 }], ["ألفان", { kind: "scale", value: 1e3, dual: true }], ["ألفين", { kind: "scale", value: 1e3, dual: true }],
  ["ألفا", { kind: "scale", value: 1e3, dual: true }], ["ألفي", { kind: "scale", value: 1e3, dual: true }],
  ["آلاف", { kind: "scale", value: 1e3, plural: true }], ["ألوف", { kind: "scale", value: 1e3, plural: true }],
  ["مليون", { kind: "scale", value: 1e6 }], ["مليونان", { kind: "scale", value: 1e6, dual: true }], ["مليونين", { kind: "scale", value: 1e6, dual: true }],
  ["مليونا", { kind: "scale", value: 1e6, dual: true }], ["مليوني", { kind: "scale", value: 1e6, dual: true }], ["ملايين", { kind: "scale", value: 1e6, plural: true }],
  ["مليار", { kind: "scale", value: 1e9 }], ["بليون", { kind: "scale", value: 1e9 }], ["ملياران", { kind: "scale", value: 1e9, dual: true }],
  ["مليارين", { kind: "scale", value: 1e9, dual: true }], ["مليارا", { kind: "scale", value: 1e9, dual: true }], ["مليارات", { kind: "scale", value: 1e9, plural: true }],
  ["نصف", { kind: "half" }], ["ربع", { kind: "quarter" }],
  ["عشرات", { kind: "vague", min: 20, max: 99 }], ["مئات", { kind: "vague", min: 200, max: 999 }], ["مئات", { kind: "vague", min: 200, max: 999 }],
  ["مئات", { kind: "vague", min: 200, max: 999 }], ["مائات", { kind: "vague", min: 200, max: 999 }],
  // English
  ["zero", { kind: "unit", value: 0 }], ["one", { kind: "unit", value: 1 }], ["two", { kind: "unit", value: 2 }], ["three", { kind: "unit", value: 3 }],
  ["four", { kind: "unit", value: 4 }], ["five", { kind: "unit", value: 5 }], ["six", { kind: "unit", value: 6 }], ["seven", { kind: "unit", value: 7 }],
  ["eight", { kind: "unit", value: 8 }], ["nine", { kind: "unit", value: 9 }], ["ten", { kind: "unit", value: 10 }], ["eleven", { kind: "unit", value: 11 }],
  ["twelve", { kind: "unit", value: 12 }], ["thirteen", { kind: "unit", value: 13 }], ["fourteen", { kind: "unit", value: 14 }], ["fifteen", { kind: "unit", value: 15 }],
  ["sixteen", { kind: "unit", value: 16 }], ["seventeen", { kind: "unit", value: 17 }], ["eighteen", { kind: "unit", value: 18 }], ["nineteen", { kind: "unit", value: 19 }],
  ["twenty", { kind: "unit", value: 20 }], ["thirty", { kind: "unit", value: 30 }], ["forty", { kind: "unit", value: 40 }], ["fifty", { kind: "unit", value: 50 }],
  ["sixty", { kind: "unit", value: 60 }], ["seventy", { kind: "unit", value: 70 }], ["eighty", { kind: "unit", value: 80 }], ["ninety", { kind: "unit", value: 90 }],
  ["dozen", { kind: "unit", value: 12 }],
  ["hundred", { kind: "hundred" }], ["thousand", { kind: "scale", value: 1e3 }], ["million", { kind: "scale", value: 1e6 }], ["billion", { kind: "scale", value: 1e9 }],
  ["half", { kind: "half" }], ["quarter", { kind: "quarter" }],
  ["dozens", { kind: "vague", min: 24, max: 119 }], ["tens", { kind: "vague", min: 20, max: 99 }], ["hundreds", { kind: "vague", min: 200, max: 999 }],
  ["thousands", { kind: "scale", value: 1e3, plural: true }], ["millions", { kind: "scale", value: 1e6, plural: true }], ["billions", { kind: "scale", value: 1e9, plural: true }],
];

/** Number words by folded form. @internal */
export const NUMBER_WORDS = folded(NUMBER_ENTRIES);

/** "m", "bn", "k" written right after digits (1.5m, 2bn, 10k). @internal */
export const SCALE_SUFFIXES = new Map<string, number>([["k", 1e3], ["m", 1e6], ["mn", 1e6], ["bn", 1e9], ["b", 1e9]]);

// ---------------------------------------------------------------- hedges

/** How a hedge bends a figure: DESIGN §2 signs. @internal */
export type HedgeSign = "~" | ">" | ">=" | "<" | "<=" | "between";

const HEDGE_ENTRIES: Array<[string, HedgeSign]> = [
  ["نحو", "~"], ["حوالي", "~"], ["حوالى", "~"], ["قرابة", "~"], ["ما يقارب", "~"], ["يقارب", "~"], ["ما يقرب من", "~"], ["يقرب من", "~"],
  ["زهاء", "~"], ["ما يناهز", "~"], ["يناهز", "~"], ["تقريبا", "~"], ["قرابه", "~"],
  ["أكثر من", ">"], ["ما يزيد عن", ">"], ["ما يزيد على", ">"], ["يزيد عن", ">"], ["يزيد على", ">"], ["أزيد من", ">"], ["ما يربو على", ">"],
  ["يربو على", ">"], ["ما يفوق", ">"], ["يفوق", ">"], ["أكثر من", ">"],
  ["ما لا يقل عن", ">="], ["لا يقل عن", ">="], ["ما لا يقل عن", ">="], ["على الأقل", ">="], ["لا تقل عن", ">="],
  ["أقل من", "<"], ["ما يقل عن", "<"], ["يقل عن", "<"],
  ["ما لا يزيد عن", "<="], ["ما لا يزيد على", "<="], ["لا يزيد عن", "<="], ["لا يزيد على", "<="], ["ما لا يتجاوز", "<="], ["لا يتجاوز", "<="], ["على الأكثر", "<="],
  ["بين", "between"], ["ما بين", "between"],
  ["about", "~"], ["around", "~"], ["approximately", "~"], ["approx", "~"], ["roughly", "~"], ["nearly", "~"], ["almost", "~"], ["some", "~"],
  ["an estimated", "~"], ["estimated", "~"], ["close to", "~"], ["circa", "~"], ["just under", "~"], ["just over", "~"],
  ["more than", ">"], ["over", ">"], ["above", ">"], ["upwards of", ">"], ["in excess of", ">"], ["greater than", ">"], ["exceeding", ">"],
  ["at least", ">="], ["no fewer than", ">="], ["no less than", ">="], ["not less than", ">="], ["a minimum of", ">="],
  ["fewer than", "<"], ["less than", "<"], ["under", "<"], ["below", "<"],
  ["at most", "<="], ["no more than", "<="], ["not more than", "<="], ["up to", "<="], ["a maximum of", "<="],
  ["between", "between"],
];

/** A phrase of folded words and what it means. @internal */
export interface Phrase<V> {
  words: string[];
  meaning: V;
}

/** Phrases by their first folded word, longest first. @internal */
export function phraseTable<V>(entries: ReadonlyArray<readonly [string, V]>): Map<string, Array<Phrase<V>>> {
  const table = new Map<string, Array<Phrase<V>>>();
  for (const [text, meaning] of entries) {
    const words = splitWords(text);
    if (words.length === 0) continue;
    const list = table.get(words[0]!) ?? [];
    if (!list.some((p) => p.meaning === meaning && p.words.join(" ") === words.join(" "))) list.push({ words, meaning });
    list.sort((a, b) => b.words.length - a.words.length);
    table.set(words[0]!, list);
  }
  return table;
}

/** Splits a phrase into folded words (on spaces; hyphens and full stops dropped). @internal */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let current = "";
  for (const ch of text) {
    if (ch === " " || ch === "-" || ch === "\u00a0") {
      if (current) words.push(fold(current));
      current = "";
    } else if (ch !== ".") current += ch;
  }
  if (current) words.push(fold(current));
  return words;
}

/** Hedges written before a figure. @internal */
export const HEDGES = phraseTable(HEDGE_ENTRIES);

/** Hedges written after a figure (or after its unit). @internal */
export const TRAILING_HEDGES = phraseTable<HedgeSign>([
  ["تقريبا", "~"], ["على الأقل", ">="], ["أو أكثر", ">="], ["على الأكثر", "<="], ["أو أقل", "<="], ["فأكثر", ">="],
  ["or so", "~"], ["approximately", "~"], ["at least", ">="], ["or more", ">="], ["at most", "<="], ["or fewer", "<="], ["or less", "<="],
]);

/** "and"/"و" between the two ends of a range, "إلى"/"to" between from…to. @internal */
export const AND_WORDS = new Set([fold("و"), "and"]);
/** @internal */
export const TO_WORDS = new Set([fold("إلى"), fold("الى"), fold("حتى"), "to", "until", "through", "till"]);
/** @internal */
export const FROM_WORDS = new Set([fold("من"), "from"]);
/** @internal */
export const OF_WORDS = new Set([fold("من"), "of"]);

// ---------------------------------------------------------------- dates

const MONTH_ENTRIES: Array<[string, number]> = [
  ["يناير", 1], ["فبراير", 2], ["مارس", 3], ["أبريل", 4], ["ابريل", 4], ["إبريل", 4], ["مايو", 5], ["يونيو", 6], ["يونيه", 6], ["يوليو", 7], ["يوليه", 7],
  ["أغسطس", 8], ["اغسطس", 8], ["سبتمبر", 9], ["أكتوبر", 10], ["نوفمبر", 11], ["ديسمبر", 12],
  // Maghreb
  ["ماي", 5], ["يوليوز", 7], ["غشت", 8], ["شتنبر", 9], ["نونبر", 11], ["دجنبر", 12],
  // Levant and Iraq (two-word names are in MONTH_PAIRS)
  ["شباط", 2], ["آذار", 3], ["نيسان", 4], ["أيار", 5], ["حزيران", 6], ["تموز", 7], ["آب", 8], ["أيلول", 9],
  // English (capitalised in text)
  ["january", 1], ["february", 2], ["march", 3], ["april", 4], ["may", 5], ["june", 6], ["july", 7], ["august", 8], ["september", 9],
  ["october", 10], ["november", 11], ["december", 12], ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7], ["aug", 8],
  ["sep", 9], ["sept", 9], ["oct", 10], ["nov", 11], ["dec", 12],
];

/** One-word month names. @internal */
export const MONTHS = folded(MONTH_ENTRIES);

/** Months that are also common words: read as months only next to a day or a year (or a paired name). @internal */
export const AMBIGUOUS_MONTHS = new Set([fold("آب"), fold("مارس"), fold("ماي"), "may", "march", "mar", "jan", "dec", "oct", "sep", "nov", "jun", "jul", "aug", "apr", "feb"]);

/** Two-word month names: كانون الثاني, تشرين الأول … @internal */
export const MONTH_PAIRS = phraseTable<number>([
  ["كانون الثاني", 1], ["كانون الأول", 12], ["تشرين الأول", 10], ["تشرين الثاني", 11],
]);

/** Modifiers of a year or a month. @internal */
export type Modifier = "end" | "late" | "early" | "mid";

/** @internal */
export const MODIFIERS = phraseTable<Modifier>([
  ["نهاية", "end"], ["أواخر", "late"], ["أوائل", "early"], ["مطلع", "early"], ["منتصف", "mid"], ["بداية", "early"], ["أواسط", "mid"], ["آخر", "end"], ["ختام", "end"],
  ["the end of", "end"], ["end of", "end"], ["end", "end"], ["late", "late"], ["early", "early"], ["mid", "mid"], ["the middle of", "mid"], ["middle of", "mid"],
  ["the beginning of", "early"], ["beginning of", "early"], ["the start of", "early"], ["start of", "early"],
]);

/** Words that introduce a deadline: the value is the deadline's date. @internal */
export const DEADLINES = phraseTable<"by" | "until" | "since" | "after" | "before">([
  ["بحلول", "by"], ["حتى", "until"], ["لغاية", "until"], ["في موعد أقصاه", "by"], ["موعد أقصاه", "by"], ["قبل", "before"], ["منذ", "since"], ["بعد", "after"],
  ["by", "by"], ["until", "until"], ["till", "until"], ["no later than", "by"], ["before", "before"], ["since", "since"], ["after", "after"],
]);

/** Words that announce a year: عام 2026, in the year 2026. @internal */
export const YEAR_WORDS = new Set(["عام", "عامي", "العام", "سنة", "السنة", "سنه", "السنه", "year", "the year"].map(fold));
/** @internal */
export const MONTH_WORDS = new Set(["شهر", "الشهر"].map(fold));

/** Relative dates: unit and shift, or "following" (after the last date in the text). @internal */
export type Relative = { unit: "year" | "month"; shift: number; anaphoric?: boolean };

/** @internal */
export const RELATIVE = phraseTable<Relative>([
  ["العام المقبل", { unit: "year", shift: 1 }], ["العام القادم", { unit: "year", shift: 1 }], ["السنة المقبلة", { unit: "year", shift: 1 }], ["السنة القادمة", { unit: "year", shift: 1 }],
  ["العام الماضي", { unit: "year", shift: -1 }], ["السنة الماضية", { unit: "year", shift: -1 }], ["العام المنصرم", { unit: "year", shift: -1 }], ["العام الفائت", { unit: "year", shift: -1 }],
  ["هذا العام", { unit: "year", shift: 0 }], ["العام الحالي", { unit: "year", shift: 0 }], ["العام الجاري", { unit: "year", shift: 0 }], ["هذه السنة", { unit: "year", shift: 0 }], ["السنة الحالية", { unit: "year", shift: 0 }], ["السنة الجارية", { unit: "year", shift: 0 }],
  ["العام التالي", { unit: "year", shift: 1, anaphoric: true }], ["السنة التالية", { unit: "year", shift: 1, anaphoric: true }], ["العام السابق", { unit: "year", shift: -1, anaphoric: true }],
  ["الشهر المقبل", { unit: "month", shift: 1 }], ["الشهر القادم", { unit: "month", shift: 1 }], ["الشهر الماضي", { unit: "month", shift: -1 }], ["الشهر المنصرم", { unit: "month", shift: -1 }],
  ["هذا الشهر", { unit: "month", shift: 0 }], ["الشهر الحالي", { unit: "month", shift: 0 }], ["الشهر الجاري", { unit: "month", shift: 0 }], ["الشهر التالي", { unit: "month", shift: 1, anaphoric: true }],
  ["next year", { unit: "year", shift: 1 }], ["last year", { unit: "year", shift: -1 }], ["this year", { unit: "year", shift: 0 }], ["the following year", { unit: "year", shift: 1, anaphoric: true }],
  ["the next year", { unit: "year", shift: 1, anaphoric: true }], ["following year", { unit: "year", shift: 1, anaphoric: true }], ["following month", { unit: "month", shift: 1, anaphoric: true }], ["previous year", { unit: "year", shift: -1, anaphoric: true }], ["the previous year", { unit: "year", shift: -1, anaphoric: true }], ["the year before", { unit: "year", shift: -1, anaphoric: true }],
  ["next month", { unit: "month", shift: 1 }], ["last month", { unit: "month", shift: -1 }], ["this month", { unit: "month", shift: 0 }], ["the following month", { unit: "month", shift: 1, anaphoric: true }],
]);

/** After a month name: next / last / this occurrence of it. @internal */
export const MONTH_AFTER = folded<1 | -1>([["المقبل", 1], ["القادم", 1], ["الماضي", -1], ["المنصرم", -1], ["الفائت", -1], ["المقبلة", 1], ["الماضية", -1]]);
/** Before an English month name. @internal */
export const MONTH_BEFORE = folded<1 | -1 | 0>([["next", 1], ["last", -1], ["this", 0], ["coming", 1], ["past", -1]]);

// ---------------------------------------------------------------- what a figure is not

/** Units of time: a figure followed by one is a duration, not a count (20 عاماً, 3 days). @internal */
export const TIME_UNITS = new Set(
  [
    "ساعة", "ساعات", "دقيقة", "دقائق", "ثانية", "ثوان", "ثواني", "يوم", "يوما", "أيام", "اسبوع", "أسبوع", "أسابيع", "اسابيع", "شهر", "شهرا", "أشهر", "شهور", "عام", "عاما", "أعوام", "سنة",
    "سنوات", "سنين", "عقد", "عقود", "قرن", "hour", "hours", "minute", "minutes", "second", "seconds", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    "am", "pm", "صباحا", "مساء", "مساءا", "ظهرا", "فجرا", "ليلا",
  ].map(fold),
);
/** Words after which a figure is a time of day (الساعة 3, at 3). @internal */
export const CLOCK_WORDS = new Set(["الساعة", "ساعة", "o'clock"].map(fold));
/** Percent written as words. @internal */
export const PERCENT_WORDS = phraseTable<true>([["في المئة", true], ["في المائة", true], ["بالمئة", true], ["بالمائة", true], ["percent", true], ["per cent", true]]);
