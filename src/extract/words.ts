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

/** The variants of a token's word, computed once per token (phrase tables ask for them many times). @internal */
export function tokenVariants(t: { norm: string; variants?: Variant[] }): Variant[] {
  return (t.variants ??= variants(t.norm));
}

/** Folds every key of a table. */
function folded<V>(entries: ReadonlyArray<readonly [string, V]>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [key, value] of entries) map.set(fold(key), value);
  return map;
}

// ---------------------------------------------------------------- numbers

/**
 * What a number word means. Arabic and English words share the kinds; the
 * readers in numbers.ts apply each language's grammar to them.
 * @internal
 */
export type NumberWord =
  /** 0–10 (Arabic: 1–10 in both genders and their cases). */
  | { kind: "unit"; value: number }
  /** عشر/عشرة after a unit (خمسة عشر = 15); alone it is 10. */
  | { kind: "ten" }
  /** English eleven … nineteen. */
  | { kind: "teen"; value: number }
  /** 20, 30 … 90. */
  | { kind: "tens"; value: number }
  /** Arabic hundreds written as one word (مئة, مئتان, ثلاثمئة …); مئة also multiplies a unit before it (ثلاث مئة). */
  | { kind: "hundreds"; value: number; multiplies?: boolean }
  /** English "hundred": multiplies the number before it. */
  | { kind: "hundred" }
  /** ألف, million …; `dual` (ألفان = 2 000), `plural` (آلاف, millions). */
  | { kind: "scale"; value: number; dual?: boolean; plural?: boolean; tanween?: boolean }
  /** A dozen: multiplies (two dozen = 24). */
  | { kind: "dozen" }
  /** Fractions: نصف, half, ثلث, a third, ثلثا, two thirds … as a share of one. */
  | { kind: "fraction"; value: number; plural?: boolean }
  /** Vague quantities: عشرات, hundreds, dozens … */
  | { kind: "vague"; min: number; max: number };

const AR_UNITS: Array<[string, number]> = [
  ["واحد", 1], ["واحدة", 1], ["أحد", 1], ["إحدى", 1], ["اثنان", 2], ["اثنين", 2], ["اثنتان", 2], ["اثنتين", 2], ["اثنا", 2], ["اثني", 2], ["اثنتا", 2], ["اثنتي", 2],
  ["ثلاث", 3], ["ثلاثة", 3], ["أربع", 4], ["أربعة", 4], ["خمس", 5], ["خمسة", 5], ["ست", 6], ["ستة", 6], ["سبع", 7], ["سبعة", 7],
  ["ثمان", 8], ["ثماني", 8], ["ثمانية", 8], ["تسع", 9], ["تسعة", 9],
];
const AR_TENS: Array<[string, number]> = [
  ["عشرون", 20], ["عشرين", 20], ["ثلاثون", 30], ["ثلاثين", 30], ["أربعون", 40], ["أربعين", 40], ["خمسون", 50], ["خمسين", 50],
  ["ستون", 60], ["ستين", 60], ["سبعون", 70], ["سبعين", 70], ["ثمانون", 80], ["ثمانين", 80], ["تسعون", 90], ["تسعين", 90],
];
const AR_HUNDREDS = ["ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "ثماني", "تسع"];
const AR_HUNDRED_VALUE = [3, 4, 5, 6, 7, 8, 8, 9];

const EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const EN_TEENS = ["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

const scale = (value: number, extra: { dual?: boolean; plural?: boolean; tanween?: boolean } = {}): NumberWord => ({ kind: "scale", value, ...extra });

const NUMBER_ENTRIES: Array<[string, NumberWord]> = [
  ...AR_UNITS.map(([w, value]): [string, NumberWord] => [w, { kind: "unit", value }]),
  ...AR_TENS.map(([w, value]): [string, NumberWord] => [w, { kind: "tens", value }]),
  ...AR_HUNDREDS.flatMap((w, k): Array<[string, NumberWord]> => [
    [w + "مئة", { kind: "hundreds", value: AR_HUNDRED_VALUE[k]! * 100 }],
    [w + "مائة", { kind: "hundreds", value: AR_HUNDRED_VALUE[k]! * 100 }],
  ]),
  ["ثلثمائة", { kind: "hundreds", value: 300 }], ["ثلثمئة", { kind: "hundreds", value: 300 }],
  ["عشر", { kind: "ten" }], ["عشرة", { kind: "ten" }],
  ["مئة", { kind: "hundreds", value: 100, multiplies: true }], ["مائة", { kind: "hundreds", value: 100, multiplies: true }],
  ...["مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مئتي", "مائتا", "مائتي"].map((w): [string, NumberWord] => [w, { kind: "hundreds", value: 200 }]),
  ["ألف", scale(1e3)], ["ألفان", scale(1e3, { dual: true })], ["ألفين", scale(1e3, { dual: true })], ["ألفي", scale(1e3, { dual: true })],
  // ألفا is the dual in construct (ألفا جندي) or the singular with tanween (ثلاثون ألفاً): the reader decides.
  ["ألفا", scale(1e3, { dual: true, tanween: true })],
  ["آلاف", scale(1e3, { plural: true })], ["ألوف", scale(1e3, { plural: true })],
  ["مليون", scale(1e6)], ["مليونان", scale(1e6, { dual: true })], ["مليونين", scale(1e6, { dual: true })], ["مليوني", scale(1e6, { dual: true })],
  ["مليونا", scale(1e6, { dual: true, tanween: true })], ["ملايين", scale(1e6, { plural: true })],
  ["مليار", scale(1e9)], ["بليون", scale(1e9)], ["ملياران", scale(1e9, { dual: true })], ["مليارين", scale(1e9, { dual: true })], ["ملياري", scale(1e9, { dual: true })],
  ["مليارا", scale(1e9, { dual: true, tanween: true })], ["مليارات", scale(1e9, { plural: true })], ["بلايين", scale(1e9, { plural: true })],
  ["تريليون", scale(1e12)], ["ترليون", scale(1e12)], ["تريليونات", scale(1e12, { plural: true })], ["ترليونات", scale(1e12, { plural: true })],
  ["تريليونا", scale(1e12, { dual: true, tanween: true })], ["تريليونان", scale(1e12, { dual: true })], ["تريليونين", scale(1e12, { dual: true })],
  ["نصف", { kind: "fraction", value: 1 / 2 }], ["ربع", { kind: "fraction", value: 1 / 4 }], ["ثلث", { kind: "fraction", value: 1 / 3 }],
  ["ثلثا", { kind: "fraction", value: 2 / 3 }], ["ثلثي", { kind: "fraction", value: 2 / 3 }],
  ["أرباع", { kind: "fraction", value: 1 / 4, plural: true }], ["أثلاث", { kind: "fraction", value: 1 / 3, plural: true }],
  ["عشرات", { kind: "vague", min: 20, max: 99 }], ["مئات", { kind: "vague", min: 200, max: 999 }], ["مائات", { kind: "vague", min: 200, max: 999 }],
  // English
  ...EN_UNITS.map((w, value): [string, NumberWord] => [w, { kind: "unit", value }]),
  ...EN_TEENS.map((w, k): [string, NumberWord] => [w, { kind: "teen", value: 11 + k }]),
  ...EN_TENS.map((w, k): [string, NumberWord] => [w, { kind: "tens", value: 20 + 10 * k }]),
  ["hundred", { kind: "hundred" }], ["thousand", scale(1e3)], ["million", scale(1e6)], ["billion", scale(1e9)], ["trillion", scale(1e12)],
  ["thousands", scale(1e3, { plural: true })], ["millions", scale(1e6, { plural: true })], ["billions", scale(1e9, { plural: true })], ["trillions", scale(1e12, { plural: true })],
  ["dozen", { kind: "dozen" }],
  ["half", { kind: "fraction", value: 1 / 2 }], ["quarter", { kind: "fraction", value: 1 / 4 }], ["third", { kind: "fraction", value: 1 / 3 }],
  ["fifth", { kind: "fraction", value: 1 / 5 }], ["tenth", { kind: "fraction", value: 1 / 10 }],
  ["quarters", { kind: "fraction", value: 1 / 4, plural: true }], ["thirds", { kind: "fraction", value: 1 / 3, plural: true }],
  ["fifths", { kind: "fraction", value: 1 / 5, plural: true }], ["tenths", { kind: "fraction", value: 1 / 10, plural: true }],
  ["dozens", { kind: "vague", min: 24, max: 119 }], ["tens", { kind: "vague", min: 20, max: 99 }], ["hundreds", { kind: "vague", min: 200, max: 999 }],
];

/** Number words by folded form. @internal */
export const NUMBER_WORDS = folded(NUMBER_ENTRIES);

/** Scale abbreviations after digits, glued or apart: 1.5m, 2bn, $3 bn, 10k, £1tn. @internal */
export const SCALE_SUFFIXES = new Map<string, number>([["k", 1e3], ["m", 1e6], ["mn", 1e6], ["mln", 1e6], ["bn", 1e9], ["b", 1e9], ["bln", 1e9], ["tn", 1e12], ["trn", 1e12]]);
/** The scale abbreviations that may stand apart from their digits ("2 bn"); "m" and "k" apart are metres and other units. @internal */
export const SPACED_SCALE_SUFFIXES = new Set(["mn", "mln", "bn", "bln", "tn", "trn"]);

/** Words that make a vague quantity of a scale word after them: several hundred, a few thousand, بضعة آلاف, عدة ملايين. @internal */
export const FEW_WORDS = new Set(["several", "few", "بضعة", "بضع", "عدة"].map(fold));

/** Words that negate the number after them: minus 5, سالب 5. @internal */
export const MINUS_WORDS = new Set(["minus", "negative", "سالب"].map(fold));

// ---------------------------------------------------------------- hedges

/** How a hedge bends a figure: DESIGN §2 signs. @internal */
export type HedgeSign = "~" | ">" | ">=" | "<" | "<=" | "between";

const HEDGE_ENTRIES: Array<[string, HedgeSign]> = [
  // Arabic: about
  ["نحو", "~"], ["حوالي", "~"], ["حوالى", "~"], ["قرابة", "~"], ["قرابه", "~"], ["ما يقارب", "~"], ["يقارب", "~"], ["تقارب", "~"], ["ما يقرب من", "~"], ["يقرب من", "~"],
  ["زهاء", "~"], ["ما يناهز", "~"], ["يناهز", "~"], ["تناهز", "~"], ["تقريبا", "~"], ["ما يقدر ب", "~"], ["يقدر ب", "~"], ["تقدر ب", "~"], ["ما يقدر", "~"],
  // more than: nouns, prepositions and verbs (يتجاوز ٣٠٠٠, تخطى, فوق, أكبر من)
  ["أكثر من", ">"], ["ما يزيد عن", ">"], ["ما يزيد على", ">"], ["يزيد عن", ">"], ["يزيد على", ">"], ["تزيد عن", ">"], ["تزيد على", ">"], ["أزيد من", ">"],
  ["ما يربو على", ">"], ["يربو على", ">"], ["ما يفوق", ">"], ["يفوق", ">"], ["تفوق", ">"], ["فاق", ">"], ["فاقت", ">"],
  ["يتجاوز", ">"], ["تتجاوز", ">"], ["تجاوز", ">"], ["تجاوزت", ">"], ["ما يتجاوز", ">"], ["يتخطى", ">"], ["تتخطى", ">"], ["تخطى", ">"], ["تخطت", ">"],
  ["فوق", ">"], ["ما فوق", ">"], ["أكبر من", ">"], ["أعلى من", ">"],
  // at least
  ["ما لا يقل عن", ">="], ["لا يقل عن", ">="], ["لا تقل عن", ">="], ["ما لا تقل عن", ">="], ["على الأقل", ">="], ["بحد أدنى", ">="],
  // less than
  ["أقل من", "<"], ["ما يقل عن", "<"], ["يقل عن", "<"], ["تقل عن", "<"], ["دون", "<"], ["ما دون", "<"], ["تحت", "<"], ["أدنى من", "<"],
  // at most, up to
  ["ما لا يزيد عن", "<="], ["ما لا يزيد على", "<="], ["لا يزيد عن", "<="], ["لا يزيد على", "<="], ["لا تزيد عن", "<="], ["لا تزيد على", "<="],
  ["ما لا يتجاوز", "<="], ["لا يتجاوز", "<="], ["لا تتجاوز", "<="], ["لن يتجاوز", "<="], ["لن تتجاوز", "<="], ["على الأكثر", "<="], ["بحد أقصى", "<="],
  ["ما يصل إلى", "<="], ["ما يصل الى", "<="], ["يصل إلى", "<="], ["يصل الى", "<="], ["تصل إلى", "<="], ["تصل الى", "<="], ["قد يصل إلى", "<="], ["قد تصل إلى", "<="],
  ["حتى", "<="],
  ["بين", "between"], ["ما بين", "between"], ["يتراوح بين", "between"], ["تتراوح بين", "between"], ["تراوح بين", "between"], ["تراوحت بين", "between"],
  // English
  ["about", "~"], ["around", "~"], ["approximately", "~"], ["approx", "~"], ["roughly", "~"], ["nearly", "~"], ["almost", "~"], ["some", "~"],
  ["an estimated", "~"], ["estimated", "~"], ["close to", "~"], ["circa", "~"], ["just under", "~"], ["just over", "~"], ["just shy of", "~"], ["in the region of", "~"], ["of the order of", "~"],
  ["more than", ">"], ["over", ">"], ["above", ">"], ["upwards of", ">"], ["in excess of", ">"], ["greater than", ">"], ["exceeding", ">"], ["exceed", ">"], ["exceeds", ">"],
  ["exceeded", ">"], ["surpassed", ">"], ["surpassing", ">"], ["surpass", ">"], ["topped", ">"], ["topping", ">"], ["well over", ">"], ["well above", ">"], ["north of", ">"], ["beyond", ">"],
  ["at least", ">="], ["no fewer than", ">="], ["no less than", ">="], ["not less than", ">="], ["a minimum of", ">="], ["not fewer than", ">="],
  ["fewer than", "<"], ["less than", "<"], ["under", "<"], ["below", "<"], ["short of", "<"], ["south of", "<"], ["well under", "<"], ["well below", "<"],
  ["at most", "<="], ["no more than", "<="], ["not more than", "<="], ["up to", "<="], ["a maximum of", "<="], ["as many as", "<="], ["as much as", "<="], ["as high as", "<="],
  ["not exceed", "<="], ["not to exceed", "<="], ["never exceeded", "<="],
  ["between", "between"], ["ranging between", "between"], ["ranged between", "between"],
];

/** A phrase of folded words and what it means. @internal */
export interface Phrase<V> {
  words: string[];
  meaning: V;
}

/** The first words of every phrase table made so far: a word none of them starts with is passed over at once. */
const FIRST_WORDS = new Set<string>();

/** The forms of a token's word that some phrase table starts with (most words have none), computed once per token. @internal */
export function tokenForms(t: { norm: string; variants?: Variant[]; forms?: Variant[] }): Variant[] {
  if (t.forms === undefined) {
    const all = tokenVariants(t);
    let some = false;
    for (const v of all) if (FIRST_WORDS.has(v.form)) some = true;
    t.forms = some ? all.filter((v) => FIRST_WORDS.has(v.form)) : NO_VARIANTS;
  }
  return t.forms;
}

const NO_VARIANTS: Variant[] = [];

/** Phrases by their first folded word, longest first. @internal */
export function phraseTable<V>(entries: ReadonlyArray<readonly [string, V]>): Map<string, Array<Phrase<V>>> {
  const table = new Map<string, Array<Phrase<V>>>();
  for (const [text, meaning] of entries) {
    const words = splitWords(text);
    if (words.length === 0) continue;
    FIRST_WORDS.add(words[0]!);
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

/**
 * Verbs that bound a figure from before their subject (Arabic puts the verb
 * first): «يتجاوز عدد الضحايا ٣٠٠٠», «قد يصل عدد المفقودين إلى ٧٠٠», «لا يزيد
 * عدد المراقبين على 50». `via`: the preposition the verb takes before the
 * figure, if it needs one.
 * @internal
 */
export const VERB_HEDGES = phraseTable<{ sign: HedgeSign; via: "none" | "to" | "on" }>([
  ...["يتجاوز", "تتجاوز", "تجاوز", "تجاوزت", "يتخطى", "تتخطى", "تخطى", "تخطت", "فاق", "فاقت", "يفوق", "تفوق"].map((w) => [w, { sign: ">" as HedgeSign, via: "none" as const }] as const),
  ...["يزيد", "تزيد", "زاد", "زادت", "يربو"].map((w) => [w, { sign: ">" as HedgeSign, via: "on" as const }] as const),
  ...["يقل", "تقل"].map((w) => [w, { sign: "<" as HedgeSign, via: "on" as const }] as const),
  ...["يصل", "تصل", "قد يصل", "قد تصل"].map((w) => [w, { sign: "<=" as HedgeSign, via: "to" as const }] as const),
  ...["لا يتجاوز", "لا تتجاوز", "لن يتجاوز", "لن تتجاوز", "لم يتجاوز", "لم تتجاوز"].map((w) => [w, { sign: "<=" as HedgeSign, via: "none" as const }] as const),
  ...["لا يزيد", "لا تزيد", "لن يزيد", "لن تزيد"].map((w) => [w, { sign: "<=" as HedgeSign, via: "on" as const }] as const),
  ...["لا يقل", "لا تقل", "لن يقل", "لن تقل"].map((w) => [w, { sign: ">=" as HedgeSign, via: "on" as const }] as const),
]);

/** Words of change: «خفض من 2000 إلى 1400», "cut from 2,000 to 1,400" states a change (two figures), not a range. @internal */
export const CHANGE_WORDS = new Set(
  [
    "خفض", "خفضت", "يخفض", "تخفض", "تخفيض", "خفضه", "تقليص", "قلص", "قلصت", "يقلص", "تقلص", "تقليل", "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ارتفاع", "انخفض", "انخفضت", "ينخفض", "تنخفض",
    "انخفاض", "تراجع", "تراجعت", "يتراجع", "تتراجع", "زاد", "زادت", "يزيد", "تزيد", "زيادة", "رفع", "رفعت", "يرفع", "ترفع", "صعد", "صعدت", "هبط", "هبطت", "هبوط", "تضاعف", "قفز", "قفزت",
    "ازداد", "ازدادت", "نما", "نمت", "تقلص", "تقلصت", "انكمش", "ستخفض", "سيخفض", "ستقلص", "سيقلص", "سترفع", "سيرفع", "ستزيد", "سيزيد", "ستنخفض", "سينخفض",
    "سترتفع", "سيرتفع", "ستقلل", "سيقلل",
    "rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling", "cut", "cuts", "cutting", "reduce", "reduced", "reduces", "reducing", "reduction",
    "increase", "increased", "increases", "increasing", "decrease", "decreased", "decreases", "drop", "dropped", "drops", "grew", "grow", "grows", "grown", "climb", "climbed",
    "jumped", "jump", "slipped", "slid", "plunged", "soared", "declined", "decline", "surged", "doubled", "halved", "raised", "raise", "lowered", "lower", "shrank", "expanded",
    "trimmed", "slashed", "boosted", "went", "up", "down",
  ].map(fold),
);

/** Hedges written after a figure (or after its unit). @internal */
export const TRAILING_HEDGES = phraseTable<HedgeSign>([
  ["تقريبا", "~"], ["على الأقل", ">="], ["أو أكثر", ">="], ["فأكثر", ">="], ["وأكثر", ">="], ["كحد أدنى", ">="], ["على الأكثر", "<="], ["أو أقل", "<="], ["فأقل", "<="], ["كحد أقصى", "<="],
  ["or so", "~"], ["approximately", "~"], ["at least", ">="], ["or more", ">="], ["and more", ">="], ["or above", ">="], ["and above", ">="], ["plus", ">="], ["at most", "<="], ["or fewer", "<="], ["or less", "<="], ["at the most", "<="],
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
  ["نهاية", "end"], ["أواخر", "late"], ["أوائل", "early"], ["مطلع", "early"], ["منتصف", "mid"], ["بداية", "early"], ["بدايات", "early"], ["أواسط", "mid"], ["آخر", "end"], ["ختام", "end"],
  ["the end of", "end"], ["end of", "end"], ["end", "end"], ["late", "late"], ["early", "early"], ["mid", "mid"], ["the middle of", "mid"], ["middle of", "mid"],
  ["the beginning of", "early"], ["beginning of", "early"], ["the start of", "early"], ["start of", "early"], ["the close of", "end"],
]);

/** Words that introduce a deadline: the value is the deadline's date. @internal */
export const DEADLINES = phraseTable<"by" | "until" | "since" | "after" | "before">([
  ["بحلول", "by"], ["حتى", "until"], ["لغاية", "until"], ["في موعد أقصاه", "by"], ["موعد أقصاه", "by"], ["في موعد لا يتجاوز", "by"], ["قبل", "before"], ["منذ", "since"], ["بعد", "after"],
  ["اعتبارا من", "since"], ["ابتداء من", "since"],
  ["by", "by"], ["until", "until"], ["till", "until"], ["no later than", "by"], ["not later than", "by"], ["before", "before"], ["since", "since"], ["after", "after"], ["starting", "since"],
]);

/** Words that announce a year: عام 2026, in the year 2026. @internal */
export const YEAR_WORDS = new Set(["عام", "عامي", "العام", "العامين", "سنة", "السنة", "سنه", "السنه", "سنتي", "year", "the year"].map(fold));
/** @internal */
export const MONTH_WORDS = new Set(["شهر", "الشهر", "شهري"].map(fold));

/** Relative dates: unit and shift, or "following" (after the last date in the text). @internal */
export type Relative = { unit: "year" | "month" | "week" | "day"; shift: number; anaphoric?: boolean };

/** @internal */
export const RELATIVE = phraseTable<Relative>([
  ["العام المقبل", { unit: "year", shift: 1 }], ["العام القادم", { unit: "year", shift: 1 }], ["السنة المقبلة", { unit: "year", shift: 1 }], ["السنة القادمة", { unit: "year", shift: 1 }],
  ["العام الماضي", { unit: "year", shift: -1 }], ["السنة الماضية", { unit: "year", shift: -1 }], ["العام المنصرم", { unit: "year", shift: -1 }], ["العام الفائت", { unit: "year", shift: -1 }],
  ["هذا العام", { unit: "year", shift: 0 }], ["العام الحالي", { unit: "year", shift: 0 }], ["العام الجاري", { unit: "year", shift: 0 }], ["هذه السنة", { unit: "year", shift: 0 }], ["السنة الحالية", { unit: "year", shift: 0 }], ["السنة الجارية", { unit: "year", shift: 0 }],
  ["العام التالي", { unit: "year", shift: 1, anaphoric: true }], ["السنة التالية", { unit: "year", shift: 1, anaphoric: true }], ["العام السابق", { unit: "year", shift: -1, anaphoric: true }],
  ["الشهر المقبل", { unit: "month", shift: 1 }], ["الشهر القادم", { unit: "month", shift: 1 }], ["الشهر الماضي", { unit: "month", shift: -1 }], ["الشهر المنصرم", { unit: "month", shift: -1 }], ["الشهر الفائت", { unit: "month", shift: -1 }],
  ["هذا الشهر", { unit: "month", shift: 0 }], ["الشهر الحالي", { unit: "month", shift: 0 }], ["الشهر الجاري", { unit: "month", shift: 0 }], ["الشهر التالي", { unit: "month", shift: 1, anaphoric: true }],
  ["الأسبوع الماضي", { unit: "week", shift: -1 }], ["الأسبوع المنصرم", { unit: "week", shift: -1 }], ["الأسبوع الفائت", { unit: "week", shift: -1 }], ["الأسبوع المقبل", { unit: "week", shift: 1 }],
  ["الأسبوع القادم", { unit: "week", shift: 1 }], ["هذا الأسبوع", { unit: "week", shift: 0 }], ["الأسبوع الجاري", { unit: "week", shift: 0 }], ["الأسبوع الحالي", { unit: "week", shift: 0 }],
  ["أمس", { unit: "day", shift: -1 }], ["الأمس", { unit: "day", shift: -1 }], ["البارحة", { unit: "day", shift: -1 }], ["أول أمس", { unit: "day", shift: -2 }], ["أول من أمس", { unit: "day", shift: -2 }],
  ["اليوم", { unit: "day", shift: 0 }], ["غدا", { unit: "day", shift: 1 }], ["الغد", { unit: "day", shift: 1 }], ["بعد غد", { unit: "day", shift: 2 }], ["الليلة الماضية", { unit: "day", shift: -1 }],
  ["next year", { unit: "year", shift: 1 }], ["last year", { unit: "year", shift: -1 }], ["this year", { unit: "year", shift: 0 }], ["the following year", { unit: "year", shift: 1, anaphoric: true }],
  ["the next year", { unit: "year", shift: 1, anaphoric: true }], ["following year", { unit: "year", shift: 1, anaphoric: true }], ["following month", { unit: "month", shift: 1, anaphoric: true }], ["previous year", { unit: "year", shift: -1, anaphoric: true }], ["the previous year", { unit: "year", shift: -1, anaphoric: true }], ["the year before", { unit: "year", shift: -1, anaphoric: true }],
  ["next month", { unit: "month", shift: 1 }], ["last month", { unit: "month", shift: -1 }], ["this month", { unit: "month", shift: 0 }], ["the following month", { unit: "month", shift: 1, anaphoric: true }],
  ["last week", { unit: "week", shift: -1 }], ["next week", { unit: "week", shift: 1 }], ["this week", { unit: "week", shift: 0 }], ["earlier this week", { unit: "week", shift: 0 }], ["later this week", { unit: "week", shift: 0 }],
  ["yesterday", { unit: "day", shift: -1 }], ["today", { unit: "day", shift: 0 }], ["tomorrow", { unit: "day", shift: 1 }], ["the day before yesterday", { unit: "day", shift: -2 }],
  ["the day after tomorrow", { unit: "day", shift: 2 }], ["last night", { unit: "day", shift: -1 }], ["tonight", { unit: "day", shift: 0 }], ["this morning", { unit: "day", shift: 0 }],
  ["this afternoon", { unit: "day", shift: 0 }], ["this evening", { unit: "day", shift: 0 }], ["earlier today", { unit: "day", shift: 0 }], ["later today", { unit: "day", shift: 0 }],
]);

/** After a month or a weekday name: next / last occurrence of it. @internal */
export const MONTH_AFTER = folded<1 | -1>([["المقبل", 1], ["القادم", 1], ["الماضي", -1], ["المنصرم", -1], ["الفائت", -1], ["المقبلة", 1], ["الماضية", -1], ["القادمة", 1]]);
/** Before an English month or weekday name. @internal */
export const MONTH_BEFORE = folded<1 | -1 | 0>([["next", 1], ["last", -1], ["this", 0], ["coming", 1], ["past", -1]]);

/** Days of the week, Sunday = 0. English names count only capitalised. @internal */
export const WEEKDAYS = folded<number>([
  ["الأحد", 0], ["الاثنين", 1], ["الإثنين", 1], ["الثلاثاء", 2], ["الأربعاء", 3], ["الخميس", 4], ["الجمعة", 5], ["السبت", 6],
  ["sunday", 0], ["monday", 1], ["tuesday", 2], ["wednesday", 3], ["thursday", 4], ["friday", 5], ["saturday", 6],
]);
/** Weekdays that are also ordinary words (الاثنين: "the two"): days only after يوم, في… or before الماضي/المقبل. @internal */
export const AMBIGUOUS_WEEKDAYS = new Set([fold("الاثنين"), fold("الإثنين")]);
/** Words before a weekday or a day that say it is one: يوم الأحد, ليلة الخميس, on Monday. @internal */
export const DAY_WORDS = new Set(["يوم", "ليلة", "صباح", "مساء", "ظهر", "فجر", "عصر", "on"].map(fold));

/** Hijri months (one or two words); they are never read as Gregorian. @internal */
export const HIJRI_MONTHS = phraseTable<number>([
  ["محرم", 1], ["صفر", 2], ["ربيع الأول", 3], ["ربيع الاول", 3], ["ربيع الآخر", 4], ["ربيع الثاني", 4], ["جمادى الأولى", 5], ["جمادى الأول", 5], ["جمادى الآخرة", 6],
  ["جمادى الثانية", 6], ["جمادى الآخر", 6], ["رجب", 7], ["شعبان", 8], ["رمضان", 9], ["شوال", 10], ["ذو القعدة", 11], ["ذي القعدة", 11], ["ذو الحجة", 12], ["ذي الحجة", 12],
]);
/** Words after a year that make it Hijri: 1446 هـ, 1446 هجري. @internal */
export const HIJRI_YEAR_MARKS = new Set(["ه", "هـ", "هجري", "هجريه", "للهجره", "الهجري", "الهجريه"].map(fold));

/** Ordinal days: «الخامس من آذار», «الحادي والعشرين من», the 5th of March, the first of May. @internal */
export const ORDINAL_WORDS = folded<number>([
  ["الأول", 1], ["الاول", 1], ["الثاني", 2], ["الثالث", 3], ["الرابع", 4], ["الخامس", 5], ["السادس", 6], ["السابع", 7], ["الثامن", 8], ["التاسع", 9], ["العاشر", 10],
  ["الحادي", 1], ["العشرين", 20], ["الثلاثين", 30],
  ["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6], ["seventh", 7], ["eighth", 8], ["ninth", 9], ["tenth", 10], ["eleventh", 11], ["twelfth", 12],
  ["thirteenth", 13], ["fourteenth", 14], ["fifteenth", 15], ["sixteenth", 16], ["seventeenth", 17], ["eighteenth", 18], ["nineteenth", 19], ["twentieth", 20], ["thirtieth", 30],
]);
/** «أول» before a month: the first day of it (أول يناير). @internal */
export const FIRST_DAY_WORDS = new Set(["أول", "مستهل", "غرة"].map(fold));

/** Quarters and halves of a year: «الربع الثالث من عام 2016», the first half of 2026, Q3 2016, H1 2026. @internal */
export const PART_WORDS = folded<"quarter" | "half">([["الربع", "quarter"], ["quarter", "quarter"], ["النصف", "half"], ["half", "half"]]);
/** @internal */
export const PART_ORDINALS = folded<number | "last">([
  ["الأول", 1], ["الاول", 1], ["الثاني", 2], ["الثالث", 3], ["الرابع", 4], ["الأخير", "last"], ["الاخير", "last"],
  ["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["final", "last"], ["last", "last"],
]);

/** Words before "from … to" that make it a range of figures, not a change: ranging from 20 to 30, «تتراوح من». @internal */
export const RANGE_VERBS = new Set(["ranging", "ranged", "range", "ranges", "varying", "يتراوح", "تتراوح", "تراوح", "تراوحت", "يتراوح"].map(fold));

/** Words that make a clause speak of the future (the next weekday or month is meant, and figures are plans). @internal */
export const FUTURE_WORDS = new Set(
  [
    "سوف", "سيتم", "ستتم", "سيكون", "ستكون", "سيبقى", "ستبقى", "سيغادر", "ستغادر", "سينسحب", "ستنسحب", "سيبدأ", "ستبدأ", "ستعمل", "سيعمل", "ستسحب", "سيسحب", "ستخفض", "سيخفض",
    "ستقلص", "سيقلص", "سيصل", "ستصل", "ستنتهي", "سينتهي", "ستستمر", "سيستمر", "سيرتفع", "سترتفع", "سينخفض", "ستنخفض", "سيعقد", "ستعقد", "ستجري", "سيجري", "ستقام", "سيقام", "ستشهد",
    "سيشهد", "ستنشر", "سينشر", "سيرسل", "سترسل", "سيزور", "ستزور", "سيلتقي", "ستلتقي", "سيجتمع", "ستجتمع", "ستصوت", "سيصوت", "ستتولى", "سيتولى", "ستدخل", "سيدخل", "سينطلق", "ستنطلق",
    "ستبلغ", "سيبلغ", "ستصبح", "سيصبح", "سيتجاوز", "ستتجاوز", "ستغلق", "سيغلق", "ستفتح", "سيفتح", "سيعود", "ستعود", "ستتسلم", "سيتسلم", "ستحتفظ", "سيحتفظ",
    "المقرر", "المزمع", "المرتقب", "المتوقع", "يتوقع", "تتوقع", "يعتزم", "تعتزم", "تخطط", "يخطط", "نية", "نيتها", "نيته", "نيتهم", "خطة", "خطط", "خطتها", "خططها", "خطته", "خططه", "خطتهم", "خططهم", "تعهد", "تعهدت", "المرجح", "المفترض", "مرتقب", "مقرر", "مقررة", "المقررة", "مرتقبة", "المرتقبة", "المزمعة", "مزمع", "مزمعة",
    "will", "shall", "plans", "plan", "planned", "planning", "intends", "intend", "intention", "expected", "scheduled", "due", "aims", "aim", "pledged", "vowed", "would", "next", "upcoming", "coming", "target", "likely", "supposed",
  ].map(fold),
);

// ---------------------------------------------------------------- what a figure is not

/** Units of time: a figure followed by one is a duration (20 عاماً, 3 days): a figure with that unit, never a lexicon property. @internal */
export const TIME_UNITS = new Set(
  [
    "ساعة", "ساعات", "دقيقة", "دقائق", "ثانية", "ثوان", "ثواني", "يوم", "يوما", "أيام", "اسبوع", "أسبوع", "أسابيع", "اسابيع", "شهر", "شهرا", "أشهر", "شهور", "عام", "عاما", "أعوام", "سنة",
    "سنوات", "سنين", "عقد", "عقود", "قرن", "قرون", "hour", "hours", "minute", "minutes", "second", "seconds", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    "century", "centuries",
  ].map(fold),
);
/** Words after a figure that make it a time of day (3 pm, ٣ صباحاً). @internal */
export const CLOCK_AFTER = new Set(["am", "pm", "a.m", "p.m", "gmt", "utc", "صباحا", "مساء", "مساءا", "ظهرا", "فجرا", "ليلا", "عصرا", "بتوقيت"].map(fold));
/** Words after which a figure is a time of day (الساعة 3, at 3). @internal */
export const CLOCK_WORDS = new Set(["الساعة", "ساعة", "o'clock"].map(fold));
/**
 * Words after which a number names something instead of counting it:
 * Resolution 2254, «القرار 2254», «رقم 5», Article 140, Flight 370.
 * @internal
 */
export const IDENTIFIER_BEFORE = new Set(
  [
    "رقم", "القرار", "قرار", "المادة", "مادة", "الفقرة", "فقرة", "البند", "بند", "الفصل", "الرحلة", "رحلة", "الطريق", "ص", "صفحة", "الجلسة", "الدورة", "النسخة",
    "اللواء", "الفرقة", "الكتيبة", "الفوج", "المرسوم", "مرسوم", "الطابق", "الغرفة", "الإصدار", "رؤية",
    "resolution", "resolutions", "article", "articles", "section", "chapter", "paragraph", "clause", "flight", "route", "highway", "room", "no", "nos", "number", "page", "pages", "p", "pp",
    "vol", "volume", "issue", "session", "brigade", "division", "battalion", "regiment", "squadron", "fleet", "corps", "gate", "platform", "bill", "decree",
    "model", "version", "grade", "category", "phase", "stage", "apollo", "boeing", "windows", "vision", "agenda", "annex", "amendment", "terminal", "channel",
  ].map(fold),
);
/** Words after digits and a hyphen that make a figure ("a 2,500-strong force", "the 193-member assembly"); other compounds ("two-state", "10-year") are not figures. @internal */
export const COMPOUND_UNITS = new Set(["strong", "member", "man", "men", "person", "people", "seat", "nation", "country"].map(fold));
/** Function words: a small number word before one of them is prose ("two of", «ثلاثة في»), not a count with a unit. @internal */
export const FUNCTION_WORDS = new Set(
  [
    "من", "في", "على", "إلى", "الى", "عن", "أن", "إن", "ان", "التي", "الذي", "الذين", "اللذين", "اللتين", "هذه", "هذا", "ذلك", "تلك", "قد", "لم", "لن", "لا", "ما", "كان", "كانت", "أو", "او", "ثم", "بل",
    "حتى", "منذ", "خلال", "بعد", "قبل", "مع", "عند", "لدى", "حول", "و", "هو", "هي", "هم", "هما", "كل", "بين", "فقط", "أيضا", "ايضا",
    "of", "the", "a", "an", "and", "or", "but", "to", "in", "on", "at", "by", "for", "with", "from", "as", "than", "that", "which", "who", "whom", "is", "are", "was", "were", "be",
    "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "more", "less", "out", "up", "down", "into", "about", "after", "before", "since",
    "during", "between", "among", "against", "through", "it", "its", "they", "them", "their", "we", "our", "he", "she", "his", "her", "you", "this", "these", "those", "there", "here",
    "not", "no", "so", "if", "then", "also", "each", "every", "all", "both", "such", "said", "says", "told", "per", "too", "very", "only", "just", "again", "ago", "later", "earlier",
  ].map(fold),
);
/** Percent written as words. @internal */
export const PERCENT_WORDS = phraseTable<"%" | "pp">([
  ["في المئة", "%"], ["في المائة", "%"], ["بالمئة", "%"], ["بالمائة", "%"], ["في المية", "%"], ["percent", "%"], ["per cent", "%"], ["pc", "%"],
  ["نقطة مئوية", "pp"], ["نقاط مئوية", "pp"], ["percentage points", "pp"], ["percentage point", "pp"],
]);
