/**
 * Reading one date expression at a token: a deadline word (بحلول, by,
 * until…), a modifier (نهاية, early…), then the date proper: a day, month
 * (Gregorian, Levantine/Iraqi, or both: أيلول/سبتمبر) and year; an ordinal
 * or spelled day («الخامس من آذار», «أول يناير»); an ISO or numeric date; a
 * quarter or half («الربع الثالث من عام 2016», H1 2026); a Hijri month or
 * year (converted, see hijri.ts); a bare year; a weekday or relative wording
 * (أمس, last week, سبتمبر المقبل, العام التالي); and ranges («من 4 إلى 22
 * كانون الثاني 1995», between 2011 and 2014). The value is written in the
 * date grammar of DESIGN §2.
 *
 * Wording that needs the publication date is resolved against each end of
 * the reference period: when the two give different dates, the value is the
 * period from the first to the second, which holds whichever day it was.
 */
import { civilFromDays, dayNumber, daysInMonth } from "../values/days.js";
import { HIJRI_MARGIN, hijriDay, hijriMonthDays, hijriMonthOf, hijriYearDays } from "./hijri.js";
import { fold, type Token } from "./text.js";
import {
  CHANGE_WORDS,
  FUNCTION_WORDS,
  AMBIGUOUS_MONTHS,
  AMBIGUOUS_WEEKDAYS,
  AND_WORDS,
  DAY_WORDS,
  DEADLINES,
  FIRST_DAY_WORDS,
  FROM_WORDS,
  HEDGES,
  HIJRI_MONTHS,
  HIJRI_YEAR_MARKS,
  MODIFIERS,
  MONTH_AFTER,
  MONTH_BEFORE,
  MONTH_PAIRS,
  MONTH_WORDS,
  MONTHS,
  type Modifier,
  ORDINAL_WORDS,
  PART_ORDINALS,
  PART_WORDS,
  type Phrase,
  RELATIVE,
  type Relative,
  TO_WORDS,
  WEEKDAYS,
  YEAR_WORDS,
  tokenForms,
  tokenVariants,
} from "./words.js";

/** A calendar point of year, month or day precision. @internal */
export interface Point {
  y: number;
  m?: number;
  d?: number;
}

/** A period from the first day of `start` to the last day of `end`. */
interface Span {
  start: Point;
  end: Point;
}

/** What the reader knows for relative dates. @internal */
export interface DateContext {
  /** The days the publication (or reference) date may be, as day numbers (days since 1970-01-01). */
  reference: { lo: number; hi: number } | undefined;
  /** The last date read in the text, for "the following year". */
  last: Point | undefined;
  /** The article's language: numeric dates whose day and month could be swapped are uncertain in English. */
  lang: "ar" | "en";
  /** Whether the clause of token i speaks of the future (next Monday is meant, not last). */
  future: (i: number) => boolean;
}

/** A date read at a token. @internal */
export interface DateReading {
  /** The value in the date grammar; undefined when it needs a reference date that was not given. */
  value: string | undefined;
  /** First token after the date. */
  next: number;
  deadline: boolean;
  /** A bare year with no word around it saying it is a year (could be a count). */
  bare: boolean;
  /** A year written as a number only (حتى 2000 …): a count when a counted noun follows. */
  yearOnly: boolean;
  /** Relative wording that needed a reference date. */
  relative: boolean;
  /** "since X": the start of a period, not the time a figure holds. */
  since: boolean;
  /** Wording that fixes when (a deadline, a range, relative words, a weekday). */
  adverbial: boolean;
  /** The deadline word before the date, if any (by, until, since, after, before). */
  deadlineWord?: "by" | "until" | "since" | "after" | "before" | undefined;
  /** The point the date ends at, for later relative dates. */
  point: Point | undefined;
  /** Why the value may be wrong (a numeric date whose day and month could be swapped). */
  uncertain?: string;
  /** Why no value could be given. */
  unresolved?: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Matches one of `table`'s phrases at tokens[i]; the first word may carry a proclitic. @internal */
export function matchPhrase<V>(
  tokens: readonly Token[],
  i: number,
  table: Map<string, Array<Phrase<V>>>,
  maxPrefix = 3,
): { meaning: V; next: number; prefix: number } | undefined {
  const t = tokens[i];
  if (t === undefined || t.kind !== "word") return undefined;
  for (const v of tokenForms(t)) {
    if (v.prefix > maxPrefix) continue;
    const list = table.get(v.form);
    if (!list) continue;
    for (const phrase of list) {
      let ok = true;
      let j = i + 1;
      for (let k = 1; k < phrase.words.length; k++, j++) {
        const w = tokens[j];
        if (w === undefined || w.kind !== "word" || w.norm !== phrase.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { meaning: phrase.meaning, next: j, prefix: v.prefix };
    }
  }
  return undefined;
}

function wordIn(t: Token | undefined, set: ReadonlySet<string>, prefixes = false): boolean {
  if (t === undefined || t.kind !== "word") return false;
  if (set.has(t.norm)) return true;
  if (!prefixes) return false;
  return tokenVariants(t).some((v) => v.prefix === 1 && set.has(v.form));
}

/** A word of a folded table, with or without a one-letter proclitic. */
function lookup<V>(t: Token | undefined, table: ReadonlyMap<string, V>, maxPrefix = 1): V | undefined {
  if (t === undefined || t.kind !== "word") return undefined;
  for (const v of tokenVariants(t)) {
    if (v.prefix > maxPrefix) continue;
    const hit = table.get(v.form);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

const isPunct = (t: Token | undefined, ...chars: string[]) => t !== undefined && t.kind === "punct" && chars.includes(t.norm);
const isCapitalised = (t: Token) => t.text.charCodeAt(0) >= 0x41 && t.text.charCodeAt(0) <= 0x5a;
const isLatin = (t: Token) => t.norm.charCodeAt(0) < 0x80;

// ---------------------------------------------------------------- calendar arithmetic

const dayPoint = (n: number): Required<Point> => {
  const [y, m, d] = civilFromDays(n);
  return { y, m, d };
};
const firstDay = (p: Point) => dayNumber(p.y, p.m ?? 1, p.d ?? 1);
const lastDay = (p: Point) => (p.m === undefined ? dayNumber(p.y, 12, 31) : p.d === undefined ? dayNumber(p.y, p.m, daysInMonth(p.y, p.m)) : dayNumber(p.y, p.m, p.d));
const monthPoint = (index: number): Point => ({ y: Math.floor(index / 12), m: (((index % 12) + 12) % 12) + 1 });
const weekday = (n: number) => (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
const one = (p: Point): Span => ({ start: p, end: p });

/** Formats a point at its precision. @internal */
export function formatPoint(p: Point): string {
  const y = pad(p.y, 4);
  if (p.m === undefined) return y;
  if (p.d === undefined) return `${y}-${pad(p.m)}`;
  return `${y}-${pad(p.m)}-${pad(p.d)}`;
}

const samePoint = (a: Point, b: Point) => a.y === b.y && a.m === b.m && a.d === b.d;

/** A span in the date grammar: one point, a quarter or half, or an interval. */
function formatSpan(s: Span): string {
  if (samePoint(s.start, s.end)) return formatPoint(s.start);
  const { start, end } = s;
  if (start.y === end.y && start.d === undefined && end.d === undefined && start.m !== undefined && end.m !== undefined) {
    if (start.m % 3 === 1 && end.m === start.m + 2) return `${pad(start.y, 4)}-Q${(start.m + 2) / 3}`;
    if ((start.m === 1 && end.m === 6) || (start.m === 7 && end.m === 12)) return `${pad(start.y, 4)}-H${start.m === 1 ? 1 : 2}`;
    if (start.m === 1 && end.m === 12) return pad(start.y, 4);
  }
  return `${formatPoint(start)}/${formatPoint(end)}`;
}

/** A point shifted by one unit of its precision. */
function step(p: Point, by: 1 | -1): Point {
  if (p.m === undefined) return { y: p.y + by };
  if (p.d === undefined) return monthPoint(p.y * 12 + p.m - 1 + by);
  return dayPoint(dayNumber(p.y, p.m, p.d) + by);
}

const daySpan = (lo: number, hi: number): Span => ({ start: dayPoint(lo), end: dayPoint(hi) });

// ---------------------------------------------------------------- words

/** A Gregorian month name at tokens[i] (one word, or كانون الثاني…), with paired forms after it (أيلول/سبتمبر, September (أيلول)). */
function readMonth(tokens: readonly Token[], i: number): { month: number; next: number; ambiguous: boolean; english: boolean } | undefined {
  const single = (j: number) => {
    const t = tokens[j];
    if (t === undefined || t.kind !== "word") return undefined;
    const pair = matchPhrase(tokens, j, MONTH_PAIRS, 1);
    if (pair) return { month: pair.meaning, next: pair.next, ambiguous: false, english: false };
    for (const v of tokenVariants(t)) {
      if (v.prefix > 1) continue;
      const month = MONTHS.get(v.form);
      if (month === undefined) continue;
      const english = isLatin(t);
      // English months are capitalised; "may" and "march" are words too.
      if (english && !isCapitalised(t)) return undefined;
      let next = j + 1;
      if (english && isPunct(tokens[next], ".") && !tokens[next]!.spaced) next++; // Sept.
      return { month, next, ambiguous: AMBIGUOUS_MONTHS.has(v.form), english };
    }
    return undefined;
  };
  const first = single(i);
  if (!first) return undefined;
  let next = first.next;
  let ambiguous = first.ambiguous;
  if (isPunct(tokens[next], "/", "\\", "-") || (isPunct(tokens[next], "(") && isPunct(tokens[next + 2] ?? tokens[next + 3], ")"))) {
    const second = single(next + 1);
    if (second && second.month === first.month) {
      next = second.next;
      if (isPunct(tokens[next], ")")) next++;
      ambiguous = false;
    }
  }
  return { month: first.month, next, ambiguous, english: first.english };
}

/** Words before an ambiguous month (آب, مارس, May) that make it one: في آب, in May, since March. */
const MONTH_CONTEXT = new Set(["في", "خلال", "منذ", "حتى", "بحلول", "شهر", "الشهر", "مطلع", "أوائل", "أواخر", "منتصف", "نهاية", "بداية", "من", "إلى", "الى", "in", "since", "by", "until", "during", "early", "late", "mid", "end", "before", "after", "from", "to", "of", "last", "next", "this"].map((w) => fold(w)));

/** A number a date can be made of: digits alone, with no thousands or decimal separator. */
function isPlainNumber(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === "number" && !t.grouped && !t.decimal && !Number.isNaN(t.value);
}

/** A Gregorian year at tokens[i]: four digits, optionally followed by م (AD); never one followed by هـ (Hijri). */
function readYear(tokens: readonly Token[], i: number, min = 1000, max = 2999): { y: number; next: number } | undefined {
  const t = tokens[i];
  if (!isPlainNumber(t) || t.digits !== 4) return undefined;
  if (t.value < min || t.value > max) return undefined;
  let next = i + 1;
  const after = tokens[next];
  if (after && after.kind === "word") {
    if (!after.spaced) {
      if (after.norm === "\u0645") next++; // 2025م
      else return undefined; // 2025هـ or an identifier
    } else if (HIJRI_YEAR_MARKS.has(after.norm)) return undefined;
    else if (after.norm === "\u0645" || after.norm === "ad" || after.norm === "ce") next++;
  }
  return { y: t.value, next };
}

/** A Hijri year at tokens[i]: digits (1300–1599) followed by هـ or هجري; `marked` false when the mark is not needed (after a Hijri month). */
function readHijriYear(tokens: readonly Token[], i: number, needMark: boolean): { y: number; next: number } | undefined {
  const t = tokens[i];
  if (!isPlainNumber(t) || t.digits !== 4 || t.value < 1300 || t.value > 1599) return undefined;
  const after = tokens[i + 1];
  if (after !== undefined && after.kind === "word" && HIJRI_YEAR_MARKS.has(after.norm)) {
    let next = i + 2;
    if (isPunct(tokens[next], ".") && !tokens[next]!.spaced) next++;
    return { y: t.value, next };
  }
  if (needMark) return undefined;
  return { y: t.value, next: i + 1 };
}

function dayAt(tokens: readonly Token[], i: number): { d: number; next: number } | undefined {
  const t = tokens[i];
  if (!isPlainNumber(t) || t.digits > 2 || t.value < 1 || t.value > 31) return undefined;
  let next = i + 1;
  const after = tokens[next];
  if (after && !after.spaced && after.kind === "word" && ["st", "nd", "rd", "th"].includes(after.norm)) next++;
  return { d: t.value, next };
}

/** An ordinal day: «الخامس», «الحادي والعشرين», «العشرين», the fifth, the 5th (and then «من»/of before the month). */
function ordinalDayAt(tokens: readonly Token[], i: number): { d: number; next: number } | undefined {
  let j = i;
  if (tokens[j]?.norm === "the") j++;
  const t = tokens[j];
  if (t === undefined) return undefined;
  let d: number | undefined;
  let next = j + 1;
  if (t.kind === "number") {
    const day = dayAt(tokens, j);
    if (day === undefined || day.next === j + 1) return undefined; // digits need st/nd/rd/th here
    d = day.d;
    next = day.next;
  } else {
    const value = lookup(t, ORDINAL_WORDS, 0);
    if (value === undefined) return undefined;
    d = value;
    // الحادي عشر … التاسع عشر; الحادي والعشرين, الخامس والعشرين.
    const after = tokens[next];
    if (d < 10 && after?.kind === "word" && (after.norm === "\u0639\u0634\u0631" || after.norm === "\u0639\u0634\u0631\u0647")) {
      d += 10;
      next++;
    } else if (d < 10 && after?.kind === "word" && after.norm.startsWith("\u0648")) {
      const tens = ORDINAL_WORDS.get(after.norm.slice(1));
      if (tens === 20 || tens === 30) {
        d += tens;
        next++;
      }
    } else if (d === 1 && isPunct(after, "-")) return undefined;
    if (t.norm === "\u0627\u0644\u062d\u0627\u062f\u064a" && d === 1) return undefined; // الحادي alone
  }
  if (d < 1 || d > 31) return undefined;
  return { d, next };
}

// ---------------------------------------------------------------- resolving relative wording

/** The reference day, or undefined. */
type Ref = number | undefined;

/**
 * Which occurrence a month or a day without a year means: 1 the next, -1
 * the last, 0 the nearest (a deadline: «بحلول منتصف آذار» read in April is
 * the March just past, "by September" the one to come). Months and days
 * may differ: "from 1 July" starts a period to come, "up 2 % from February"
 * compares with the past.
 */
interface Tense {
  month: 1 | -1 | 0;
  day: 1 | -1 | 0;
}

function resolveRelative(rel: Relative, ref: Ref, ctx: DateContext): Span | undefined {
  if (rel.anaphoric) {
    const base = ctx.last ?? (ref === undefined ? undefined : dayPoint(ref));
    if (base === undefined) return undefined;
    if (rel.unit === "year") return one({ y: base.y + rel.shift });
    if (rel.unit === "month" && base.m !== undefined) return one(monthPoint(base.y * 12 + base.m - 1 + rel.shift));
    return undefined;
  }
  if (ref === undefined) return undefined;
  const r = dayPoint(ref);
  switch (rel.unit) {
    case "year":
      return one({ y: r.y + rel.shift });
    case "month":
      return one(monthPoint(r.y * 12 + r.m - 1 + rel.shift));
    case "day":
      return one(dayPoint(ref + rel.shift));
    case "week": {
      // Weeks start on Saturday, Sunday or Monday depending on the country: the span covers all three.
      let lo = Infinity;
      let hi = -Infinity;
      for (const first of [6, 0, 1]) {
        const start = ref - ((weekday(ref) - first + 7) % 7) + 7 * rel.shift;
        lo = Math.min(lo, start);
        hi = Math.max(hi, start + 6);
      }
      return daySpan(lo, hi);
    }
  }
}

/** The month `month` seen from the reference: `shift` 1 the next (after this month), -1 the last, 0 this year's; `direction` for a bare month (past unless the clause speaks of the future). */
function resolveMonth(month: number, ref: Ref, shift: 1 | -1 | 0 | undefined, direction: 1 | -1 | 0): Point | undefined {
  if (ref === undefined) return undefined;
  const r = dayPoint(ref);
  if (shift === 0) return { y: r.y, m: month };
  if (shift === 1) return { y: month > r.m ? r.y : r.y + 1, m: month };
  if (shift === -1) return { y: month < r.m ? r.y : r.y - 1, m: month };
  if (direction === 1) return { y: month >= r.m ? r.y : r.y + 1, m: month };
  if (direction === 0) {
    // The nearest: this year's, last year's or next year's, whichever is fewest months away (ties: the next).
    const now = r.y * 12 + r.m - 1;
    let best = r.y;
    for (const y of [r.y + 1, r.y, r.y - 1]) if (Math.abs(y * 12 + month - 1 - now) < Math.abs(best * 12 + month - 1 - now)) best = y;
    return { y: best, m: month };
  }
  return { y: month <= r.m ? r.y : r.y - 1, m: month };
}

/** A day and month without a year: the last such day on or before the reference, or the next on or after it in a clause about the future. */
function resolveDayMonth(day: number, month: number, ref: Ref, direction: 1 | -1 | 0): Point | undefined {
  if (ref === undefined) return undefined;
  const r = dayPoint(ref);
  if (direction === 0) {
    let best: Point | undefined;
    let distance = Infinity;
    for (const y of [r.y + 1, r.y, r.y - 1]) {
      if (day > daysInMonth(y, month)) continue;
      const d = Math.abs(dayNumber(y, month, day) - ref);
      if (d < distance) [best, distance] = [{ y, m: month, d: day }, d];
    }
    return best;
  }
  const years = direction === 1 ? [r.y, r.y + 1, r.y + 2] : [r.y, r.y - 1, r.y - 2];
  for (const y of years) {
    if (day > daysInMonth(y, month)) continue;
    const n = dayNumber(y, month, day);
    if (direction === 1 ? n >= ref : n <= ref) return { y, m: month, d: day };
  }
  return undefined;
}

/** A weekday seen from the reference: the last one (on or before it; strictly before for "last"), or the next. */
function resolveWeekday(wd: number, ref: Ref, shift: 1 | -1 | 0 | undefined, direction: 1 | -1 | 0): Point | undefined {
  if (ref === undefined) return undefined;
  const dir = shift === 1 ? 1 : shift === -1 ? -1 : direction === 0 ? 1 : direction;
  const strict = shift === 1 || shift === -1;
  let n = ref;
  if (dir === -1) {
    n = ref - ((weekday(ref) - wd + 7) % 7);
    if (strict && n === ref) n -= 7;
  } else {
    n = ref + ((wd - weekday(ref) + 7) % 7);
    if (strict && n === ref) n += 7;
  }
  return dayPoint(n);
}

/** A Hijri month seen from the reference (a month without a year): the last one begun on or before it, or the next. */
function resolveHijriMonth(month: number, ref: Ref, direction: 1 | -1 | 0): { y: number } | undefined {
  if (ref === undefined) return undefined;
  const now = hijriMonthOf(ref);
  if (direction !== -1) return { y: month >= now.m ? now.y : now.y + 1 };
  return { y: month <= now.m ? now.y : now.y - 1 };
}

// ---------------------------------------------------------------- the date proper

type Core =
  | {
      kind: "span";
      span: Span | undefined;
      next: number;
      bare?: boolean;
      yearOnly?: boolean;
      relative?: boolean;
      /** A month (and day) written without a year: a range's first end takes the second's year. */
      noYear?: { m: number; d?: number };
      uncertain?: string;
      unresolved?: string;
      adverbial?: boolean;
    }
  /** Not a date we can place and not a figure either. */
  | { kind: "skip"; next: number };

/** The date proper at tokens[i] (after deadline words and modifiers); `direction` reads a bare month or weekday. */
function readCore(tokens: readonly Token[], i: number, ctx: DateContext, ref: Ref, yearWord: boolean, tense: Tense, lead: boolean): Core | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;

  // Relative phrases: العام المقبل, next year, أمس, last week.
  const rel = matchPhrase(tokens, i, RELATIVE, 1);
  if (rel && !(rel.meaning.unit === "day" && rel.meaning.shift === 0 && isArabicToday(tokens, i, rel.next))) {
    // «الخامس من الشهر الجاري» is read at the ordinal; here the phrase alone.
    return { kind: "span", span: resolveRelative(rel.meaning, ref, ctx), next: rel.next, relative: true, adverbial: true, ...(ref === undefined && !rel.meaning.anaphoric ? { unresolved: "relative wording, and no publication date" } : {}) };
  }

  // Quarters and halves: «الربع الثالث من عام 2016», the first half of 2026, Q3 2016, H1 2026.
  const part = readPart(tokens, i, ctx, ref);
  if (part) return part;

  // Weekdays: يوم الأحد, الثلاثاء الماضي, on Monday, last Friday.
  const wd = readWeekday(tokens, i, ref, tense, lead);
  if (wd) return wd;

  // Hijri: 15 رمضان 1446 هـ, رمضان 1446, شهر رمضان, 1446 هـ.
  const hijri = readHijri(tokens, i, ref, tense);
  if (hijri) return hijri;

  // next September / last May (English).
  if (t.kind === "word" && MONTH_BEFORE.has(t.norm)) {
    const m = readMonth(tokens, i + 1);
    if (m && m.english) {
      const shift = MONTH_BEFORE.get(t.norm)!;
      const p = resolveMonth(m.month, ref, shift, tense.month);
      return { kind: "span", span: p && one(p), next: m.next, relative: true, adverbial: true, ...(p === undefined ? { unresolved: "relative wording, and no publication date" } : {}) };
    }
  }

  // «الأسبوع الأول من كانون الثاني», the first week of January.
  const week = readWeekOfMonth(tokens, i, ref, tense);
  if (week) return week;

  // «الخامس من آذار», «أول يناير», the 5th of March.
  const ordinal = readOrdinalDay(tokens, i, ctx, ref, tense);
  if (ordinal) return ordinal;

  if (t.kind === "number") {
    // ISO 2024-01-28 / 2024-01 / 2024/01/28, and d/m/y 28/01/2024.
    const numeric = readNumericDate(tokens, i, ctx);
    if (numeric) return numeric;
    const day = dayAt(tokens, i);
    if (day) {
      const m = readMonth(tokens, day.next);
      if (m) return dayMonth(tokens, day.d, m, ref, tense);
    }
    const y = readYear(tokens, i, yearWord ? 1000 : 1900, yearWord ? 2999 : 2100);
    if (y) {
      // 2011-2014, 2011–14
      if (isPunct(tokens[y.next], "-", "\u2013") && !tokens[y.next]!.spaced && isPlainNumber(tokens[y.next + 1]) && !tokens[y.next + 1]!.spaced) {
        const n = tokens[y.next + 1]!;
        const y2 = n.digits === 4 ? n.value : n.digits === 2 ? Math.floor(y.y / 100) * 100 + n.value : NaN;
        if (y2 > y.y && y2 - y.y < 100 && (n.digits === 4 ? readYear(tokens, y.next + 1, 1900, 2100) !== undefined : true)) {
          return { kind: "span", span: { start: { y: y.y }, end: { y: y2 } }, next: y.next + 2 };
        }
      }
      return { kind: "span", span: one({ y: y.y }), next: y.next, bare: !yearWord, yearOnly: true };
    }
    return undefined;
  }

  const m = readMonth(tokens, i);
  if (m) {
    let next = m.next;
    // April 20, 2025; April 20
    if (m.english) {
      const day = dayAt(tokens, next);
      if (day) return dayMonth(tokens, day.d, { ...m, next: day.next }, ref, tense);
    }
    if (isPunct(tokens[next], ",")) next++;
    if (wordIn(tokens[next], YEAR_WORDS, true) && tokens[next + 1]?.kind === "number") next++; // سبتمبر عام 2025
    const y = readYear(tokens, next);
    if (y) return { kind: "span", span: one({ y: y.y, m: m.month }), next: y.next };
    // سبتمبر المقبل, أيار الماضي
    const after = tokens[m.next];
    if (after && after.kind === "word" && MONTH_AFTER.has(after.norm)) {
      const p = resolveMonth(m.month, ref, MONTH_AFTER.get(after.norm)!, 0);
      return { kind: "span", span: p && one(p), next: m.next + 1, relative: true, adverbial: true, ...(p === undefined ? { unresolved: "relative wording, and no publication date" } : {}) };
    }
    // A month alone: the last one (or, in a clause about the future or after a deadline word, the next one). Months that are also words only after في, in …
    if (m.ambiguous && !lead && !wordIn(tokens[i - 1], MONTH_CONTEXT, true)) return undefined;
    const p = resolveMonth(m.month, ref, undefined, tense.month);
    return { kind: "span", span: p && one(p), next: m.next, relative: true, noYear: { m: m.month }, ...(p === undefined ? { unresolved: "a month without a year, and no publication date" } : {}) };
  }
  return undefined;
}

/** «اليوم» is "today" unless an adjective follows it (اليوم الأول: the first day). */
function isArabicToday(tokens: readonly Token[], i: number, next: number): boolean {
  const t = tokens[i]!;
  if (isLatin(t)) return false;
  const after = tokens[next];
  if (after === undefined || after.kind !== "word" || lookup(after, WEEKDAYS, 0) !== undefined) return false;
  return after.norm.startsWith("\u0627\u0644") || after.norm === "\u0646\u0641\u0633\u0647";
}

/** A day and a month, then a year or none (then resolved against the reference). */
function dayMonth(tokens: readonly Token[], d: number, m: { month: number; next: number }, ref: Ref, tense: Tense): Core {
  let next = m.next;
  if (isPunct(tokens[next], ",")) next++;
  if (wordIn(tokens[next], YEAR_WORDS, true) && tokens[next + 1]?.kind === "number") next++;
  const y = readYear(tokens, next);
  if (y) {
    if (d > daysInMonth(y.y, m.month)) return { kind: "skip", next: y.next };
    return { kind: "span", span: one({ y: y.y, m: m.month, d }), next: y.next };
  }
  // A Hijri year after a Gregorian day and month is a mistake in the text: neither is read.
  if (readHijriYear(tokens, next, true)) return { kind: "skip", next: next + 2 };
  if (d > daysInMonth(2024, m.month)) return { kind: "skip", next: m.next };
  const p = resolveDayMonth(d, m.month, ref, tense.day);
  return { kind: "span", span: p && one(p), next: m.next, relative: true, noYear: { m: m.month, d }, ...(p === undefined ? { unresolved: "a day without a year, and no publication date" } : {}) };
}

/** «الخامس من آذار 2025», «الأول من يناير», «أول يناير», the 5th of March, «العاشر من الشهر الجاري». */
function readOrdinalDay(tokens: readonly Token[], i: number, ctx: DateContext, ref: Ref, tense: Tense): Core | undefined {
  const t = tokens[i]!;
  if (t.kind === "word" && FIRST_DAY_WORDS.has(t.norm)) {
    const m = readMonth(tokens, i + 1);
    if (m) return dayMonth(tokens, 1, m, ref, tense);
    return undefined;
  }
  const day = ordinalDayAt(tokens, i);
  if (day === undefined) return undefined;
  // «الأسبوع الأول من كانون الثاني»: an ordinal after a definite noun is its adjective, not a day.
  const before = tokens[i - 1];
  if (before !== undefined && before.kind === "word" && before.norm.startsWith("\u0627\u0644") && !isLatin(before) && !FUNCTION_WORDS.has(before.norm)) return undefined;
  let j = day.next;
  if (!wordIn(tokens[j], new Set(["\u0645\u0646", "of"]))) {
    // English "the 5th March" and "5th March" are read at the digits.
    return undefined;
  }
  j++;
  const m = readMonth(tokens, j);
  if (m) return dayMonth(tokens, day.d, m, ref, tense);
  // «العاشر من الشهر الجاري»: a day of a relative month.
  const rel = matchPhrase(tokens, j, RELATIVE, 1);
  if (rel && rel.meaning.unit === "month") {
    const month = resolveRelative(rel.meaning, ref, ctx)?.start;
    if (month === undefined || month.m === undefined) return { kind: "span", span: undefined, next: rel.next, relative: true, unresolved: "relative wording, and no publication date" };
    if (day.d > daysInMonth(month.y, month.m)) return { kind: "skip", next: rel.next };
    return { kind: "span", span: one({ y: month.y, m: month.m, d: day.d }), next: rel.next, relative: true, adverbial: true };
  }
  return undefined;
}

/** The first … fourth or last week of a month: its days 1–7, 8–14, 15–21, 22–28, or its last seven. */
function readWeekOfMonth(tokens: readonly Token[], i: number, ref: Ref, tense: Tense): Core | undefined {
  let j = i;
  let n: number | "last" | undefined;
  const t = tokens[j]!;
  if (t.kind === "word" && !isLatin(t) && (t.norm === WEEK_AR || tokenVariants(t).some((v) => v.prefix === 1 && v.form === WEEK_AR))) {
    n = lookup(tokens[j + 1], PART_ORDINALS, 0);
    j += 2;
    if (!wordIn(tokens[j], new Set(["\u0645\u0646"]))) return undefined;
    j++;
  } else {
    if (tokens[j]?.norm === "the") j++;
    const ord = tokens[j] !== undefined && isLatin(tokens[j]!) ? lookup(tokens[j], PART_ORDINALS, 0) : undefined;
    if (ord === undefined || !isWord(tokens[j + 1], "week") || !isWord(tokens[j + 2], "of")) return undefined;
    n = ord;
    j += 3;
  }
  if (n === undefined || (n !== "last" && n > 4)) return undefined;
  const m = readMonth(tokens, j);
  if (m === undefined) return undefined;
  let next = m.next;
  let y: number | undefined;
  const year = readYear(tokens, next);
  if (year) {
    y = year.y;
    next = year.next;
  } else y = resolveMonth(m.month, ref, undefined, tense.month)?.y;
  if (y === undefined) return { kind: "span", span: undefined, next, relative: true, unresolved: "a month without a year, and no publication date" };
  const last = daysInMonth(y, m.month);
  const first = n === "last" ? last - 6 : (n - 1) * 7 + 1;
  return { kind: "span", span: { start: { y, m: m.month, d: first }, end: { y, m: m.month, d: n === "last" ? last : first + 6 } }, next, relative: year === undefined, adverbial: true };
}

const WEEK_AR = fold("الأسبوع");

/** Quarters and halves of a year. */
function readPart(tokens: readonly Token[], i: number, ctx: DateContext, ref: Ref): Core | undefined {
  const t = tokens[i]!;
  let kind: "quarter" | "half" | undefined;
  let n: number | "last" | undefined;
  let j = i;
  // Q3 2016, H1 2026 (the letter glued to the digit).
  if (t.kind === "word" && (t.norm === "q" || t.norm === "h") && tokens[i + 1]?.kind === "number" && !tokens[i + 1]!.spaced && isPlainNumber(tokens[i + 1])) {
    const v = tokens[i + 1]!.value;
    kind = t.norm === "q" ? "quarter" : "half";
    if (v < 1 || v > (kind === "quarter" ? 4 : 2)) return undefined;
    n = v;
    j = i + 2;
  } else {
    // «الربع الثالث», «النصف الأول»; the third quarter, the first half.
    const arabic = lookup(t, PART_WORDS, 0);
    if (arabic !== undefined && !isLatin(t)) {
      kind = arabic;
      n = lookup(tokens[i + 1], PART_ORDINALS, 0);
      j = i + 2;
    } else {
      let k = i;
      if (tokens[k]?.norm === "the") k++;
      const ord = lookup(tokens[k], PART_ORDINALS, 0);
      const word = tokens[k + 1] !== undefined && isLatin(tokens[k + 1]!) ? lookup(tokens[k + 1], PART_WORDS, 0) : undefined;
      if (ord !== undefined && word !== undefined && tokens[k] !== undefined && isLatin(tokens[k]!)) {
        kind = word;
        n = ord;
        j = k + 2;
      }
    }
  }
  if (kind === undefined || n === undefined) return undefined;
  const count = kind === "quarter" ? 4 : 2;
  const index = n === "last" ? count : n;
  if (index < 1 || index > count) return undefined;
  // Then the year: «من عام 2016», «من العام الجاري», of 2016, of next year, 2016.
  if (wordIn(tokens[j], new Set(["\u0645\u0646", "of"]))) j++;
  let year: number | undefined;
  let relative = false;
  let next = j;
  if (wordIn(tokens[j], YEAR_WORDS, true) && tokens[j + 1]?.kind === "number") j++;
  const y = readYear(tokens, j);
  if (y) {
    year = y.y;
    next = y.next;
  } else {
    const rel = matchPhrase(tokens, j, RELATIVE, 1);
    if (rel && rel.meaning.unit === "year") {
      relative = true;
      next = rel.next;
      year = resolveRelative(rel.meaning, ref, ctx)?.start.y;
      if (year === undefined) return { kind: "span", span: undefined, next, relative: true, unresolved: "relative wording, and no publication date" };
    } else return undefined; // "the third quarter" alone: no year to place it
  }
  const months = 12 / count;
  const first = (index - 1) * months + 1;
  return { kind: "span", span: { start: { y: year, m: first }, end: { y: year, m: first + months - 1 } }, next, relative };
}

/** يوم الأحد, الثلاثاء الماضي, on Monday, last Friday, Monday 5 May 2025 (the date wins). */
function readWeekday(tokens: readonly Token[], i: number, ref: Ref, tense: Tense, lead: boolean): Core | undefined {
  let j = i;
  let shift: 1 | -1 | 0 | undefined;
  const t = tokens[j]!;
  if (t.kind === "word" && isLatin(t) && MONTH_BEFORE.has(t.norm)) {
    shift = MONTH_BEFORE.get(t.norm)!;
    j++;
  }
  const w = tokens[j];
  if (w === undefined || w.kind !== "word") return undefined;
  const wd = lookup(w, WEEKDAYS, 1);
  if (wd === undefined) return undefined;
  if (isLatin(w) && !isCapitalised(w)) return undefined;
  let next = j + 1;
  if (isLatin(w) && isWord(tokens[next], "night", "morning", "afternoon", "evening")) next++;
  // A date right after the weekday says which one: «الأحد 5 آذار 2025», Monday, May 5.
  let k = next;
  if (isPunct(tokens[k], ",", "\u060c")) k++;
  const dated = dayAt(tokens, k);
  if ((dated !== undefined && readMonth(tokens, dated.next) !== undefined) || readMonth(tokens, k) !== undefined || (tokens[k]?.kind === "number" && readNumericDate(tokens, k, { lang: "ar" } as DateContext) !== undefined)) return undefined;
  const after = tokens[next];
  if (shift === undefined && after?.kind === "word" && MONTH_AFTER.has(after.norm)) {
    shift = MONTH_AFTER.get(after.norm)! as 1 | -1;
    next++;
  }
  const marked = lead || shift !== undefined || wordIn(tokens[i - 1], DAY_WORDS, true) || wordIn(tokens[i - 1], new Set(["\u0641\u064a", "\u0645\u0646\u0630", "\u062d\u062a\u0649"]), false);
  if (AMBIGUOUS_WEEKDAYS.has(w.norm) && !marked) return undefined;
  if (shift === 0) shift = undefined;
  const p = resolveWeekday(wd, ref, shift, shift === undefined ? tense.month : 0);
  return { kind: "span", span: p && one(p), next, relative: true, adverbial: true, ...(p === undefined ? { unresolved: "a weekday, and no publication date" } : {}) };
}

function isWord(t: Token | undefined, ...words: string[]): boolean {
  return t !== undefined && t.kind === "word" && words.includes(t.norm);
}

/** Hijri months and years, converted (tabular calendar, widened by HIJRI_MARGIN days). */
function readHijri(tokens: readonly Token[], i: number, ref: Ref, tense: Tense): Core | undefined {
  const t = tokens[i]!;
  // 1446 هـ, عام 1446 هـ: a Hijri year.
  if (t.kind === "number") {
    const day = dayAt(tokens, i);
    if (day) {
      const m = matchPhrase(tokens, day.next, HIJRI_MONTHS, 1);
      if (m) return hijriDate(tokens, m.meaning, day.d, m.next, ref, tense, true);
    }
    const y = readHijriYear(tokens, i, true);
    if (y) {
      const { first, last } = hijriYearDays(y.y);
      return { kind: "span", span: daySpan(first - HIJRI_MARGIN, last + HIJRI_MARGIN), next: y.next };
    }
    return undefined;
  }
  const m = matchPhrase(tokens, i, HIJRI_MONTHS, 1);
  if (!m) return undefined;
  // صفر is also "zero", رجب and رمضان are also names: a Hijri month needs شهر before it, or a year or day with it.
  const named = wordIn(tokens[i - 1], MONTH_WORDS, true);
  return hijriDate(tokens, m.meaning, undefined, m.next, ref, tense, named);
}

function hijriDate(tokens: readonly Token[], month: number, day: number | undefined, k: number, ref: Ref, tense: Tense, named: boolean): Core | undefined {
  let next = k;
  if (wordIn(tokens[next], YEAR_WORDS, true) && tokens[next + 1]?.kind === "number") next++;
  const y = readHijriYear(tokens, next, false);
  let year: number | undefined;
  if (y) {
    year = y.y;
    next = y.next;
  } else {
    if (!named) return undefined;
    // A Hijri month without a year: the last one (or the next, in a clause about the future).
    const seen = resolveHijriMonth(month, ref, tense.month);
    if (seen === undefined) return { kind: "span", span: undefined, next, relative: true, unresolved: "a Hijri month without a year, and no publication date" };
    year = seen.y;
  }
  if (day !== undefined) {
    const { first, last } = hijriMonthDays(year, month);
    if (day > last - first + 1 && day !== 30) return { kind: "skip", next };
    const n = hijriDay(year, month, day);
    return { kind: "span", span: daySpan(n - HIJRI_MARGIN, n + HIJRI_MARGIN), next, relative: y === undefined };
  }
  const { first, last } = hijriMonthDays(year, month);
  return { kind: "span", span: daySpan(first - HIJRI_MARGIN, last + HIJRI_MARGIN), next, relative: y === undefined };
}

/**
 * 2024-01-28, 2024-01, 2024/01/28, and day-first 28/01/2024, 28-01-2024,
 * 28.01.2024. A first part over 12 is a day; a second part over 12 makes the
 * date month-first (01/28/2024). When both could be the month, the day is
 * read first, and in English the value is marked uncertain.
 */
function readNumericDate(tokens: readonly Token[], i: number, ctx: DateContext): Core | undefined {
  const parts: Token[] = [tokens[i]!];
  const seps: string[] = [];
  let j = i + 1;
  while (parts.length < 3 && isPunct(tokens[j], "-", "/", ".") && !tokens[j]!.spaced && tokens[j + 1]?.kind === "number" && !tokens[j + 1]!.spaced) {
    seps.push(tokens[j]!.norm);
    parts.push(tokens[j + 1]!);
    j += 2;
  }
  // A date written with full stops is one number token (15.03.2023): split it back.
  if (parts.length === 1 && tokens[i]!.kind === "number" && (tokens[i]!.grouped || Number.isNaN(tokens[i]!.value)) && tokens[i]!.norm.split(".").length === 3) {
    const [a, b, c] = tokens[i]!.norm.split(".");
    if (a!.length <= 2 && b!.length <= 2 && c!.length === 4) return dayFirst(Number(a), Number(b), Number(c), j, ctx);
  }
  if (parts.length < 2 || seps.some((s) => s !== seps[0])) return undefined;
  if (!parts.every(isPlainNumber)) return undefined;
  const [a, b, c] = parts;
  if (a!.digits === 4 && b!.digits <= 2 && (c === undefined || c.digits <= 2) && seps[0] !== ".") {
    const y = a!.value;
    const m = b!.value;
    if (m < 1 || m > 12 || y < 1000) return undefined;
    if (c === undefined) return seps[0] === "-" ? { kind: "span", span: one({ y, m }), next: j } : undefined;
    if (c.value < 1 || c.value > daysInMonth(y, m)) return undefined;
    return { kind: "span", span: one({ y, m, d: c.value }), next: j };
  }
  if (c !== undefined && c.digits === 4 && a!.digits <= 2 && b!.digits <= 2) return dayFirst(a!.value, b!.value, c.value, j, ctx);
  return undefined;
}

function dayFirst(a: number, b: number, y: number, next: number, ctx: DateContext): Core | undefined {
  if (y < 1000) return undefined;
  const valid = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
  const dm = valid(b, a);
  const md = valid(a, b);
  if (dm && (!md || a === b)) return { kind: "span", span: one({ y, m: b, d: a }), next };
  if (md && !dm) return { kind: "span", span: one({ y, m: a, d: b }), next };
  if (!dm) return undefined;
  const uncertain = ctx.lang === "en" ? `read day first (${pad(a)}/${pad(b)} = ${a} ${MONTH_NAMES[b - 1]}); month first it would be ${MONTH_NAMES[a - 1]} ${b}` : undefined;
  return { kind: "span", span: one({ y, m: b, d: a }), next, ...(uncertain ? { uncertain } : {}) };
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// ---------------------------------------------------------------- modifiers, deadlines, ranges

/** A modifier applied to a period (DESIGN §2: "end of 2026" is 2026-12, "end of September 2026" is 2026-09). */
function modified(s: Span, modifier: Modifier | undefined): Span {
  if (modifier === undefined) return s;
  const { start, end } = s;
  if (samePoint(start, end)) {
    const p = start;
    if (p.d !== undefined) return s;
    if (p.m === undefined) {
      switch (modifier) {
        case "end":
          return one({ y: p.y, m: 12 });
        case "late":
          return { start: { y: p.y, m: 9 }, end: { y: p.y, m: 12 } };
        case "early":
          return { start: { y: p.y, m: 1 }, end: { y: p.y, m: 4 } };
        case "mid":
          return { start: { y: p.y, m: 5 }, end: { y: p.y, m: 8 } };
      }
    }
    const last = daysInMonth(p.y, p.m);
    switch (modifier) {
      case "end":
        return s;
      case "late":
        return { start: { ...p, d: 21 }, end: { ...p, d: last } };
      case "early":
        return { start: { ...p, d: 1 }, end: { ...p, d: 10 } };
      case "mid":
        return { start: { ...p, d: 11 }, end: { ...p, d: 20 } };
    }
  }
  // A quarter or half: its last month, first month, or middle.
  if (start.d === undefined && end.d === undefined && start.m !== undefined && end.m !== undefined && start.y === end.y) {
    if (modifier === "end" || modifier === "late") return one(end);
    if (modifier === "early") return one(start);
    const mid = (start.m + end.m) / 2;
    return Number.isInteger(mid) ? one({ y: start.y, m: mid }) : { start: { y: start.y, m: Math.floor(mid) }, end: { y: start.y, m: Math.ceil(mid) } };
  }
  return s;
}

interface Simple {
  span: Span | undefined;
  value: string | undefined;
  next: number;
  deadline: boolean;
  bare: boolean;
  yearOnly: boolean;
  relative: boolean;
  since: boolean;
  adverbial: boolean;
  noYear: { m: number; d?: number } | undefined;
  modifier: Modifier | undefined;
  deadlineWord: "by" | "until" | "since" | "after" | "before" | undefined;
  uncertain?: string;
  unresolved?: string;
}

/** A date with its deadline word and modifier, without ranges. */
function readSimple(tokens: readonly Token[], i: number, ctx: DateContext, ref: Ref, lead = false, from = false): Simple | "skip" | undefined {
  let j = i;
  // «بعد غد» (the day after tomorrow) is relative wording, not "after" and a date.
  const deadline = matchPhrase(tokens, j, RELATIVE, 1) === undefined ? matchPhrase(tokens, j, DEADLINES, 1) : undefined;
  if (deadline) j = deadline.next;
  const modifier = matchPhrase(tokens, j, MODIFIERS, 1);
  if (modifier) {
    j = modifier.next;
    if (isPunct(tokens[j], "-")) j++;
    if (wordIn(tokens[j], new Set(["of", "the", "\u0645\u0646"]))) j++;
    // "the end of the year", «نهاية العام»: this year (or month).
    const current = currentUnitAt(tokens, j, ref);
    if (current !== undefined) {
      const span = modified(current.span, modifier.meaning);
      const isDeadline = deadline !== undefined && (deadline.meaning === "by" || deadline.meaning === "until" || (deadline.meaning === "before" && modifier.meaning === "end"));
      let value = formatSpan(span);
      if (deadline?.meaning === "since") value = `${formatPoint(span.start)}/..`;
      return { span, value, next: current.next, deadline: isDeadline, bare: false, yearOnly: false, relative: true, since: deadline?.meaning === "since", adverbial: true, noYear: undefined, modifier: modifier.meaning, deadlineWord: deadline?.meaning };
    }
  }
  let yearWord = false;
  if (wordIn(tokens[j], YEAR_WORDS, true) && tokens[j + 1]?.kind === "number") {
    yearWord = true;
    j++;
  } else if (wordIn(tokens[j], MONTH_WORDS, true) && readMonth(tokens, j + 1) !== undefined) {
    j++; // شهر سبتمبر
  } else if (wordIn(tokens[j], DAY_WORDS, true) && (tokens[j + 1]?.kind === "number" || lookup(tokens[j + 1], WEEKDAYS, 1) !== undefined) && !isLatin(tokens[j]!)) {
    j++; // يوم الأحد, يوم 5 آذار
  }
  // By, until, بحلول, from (a start, "from 1 July"): the future; since, منذ: the past; else the clause's tense before the date.
  // The clause's tense before the date: worked out only when a date needs it.
  const tense = new LazyTense(tokens, i, ctx, deadline?.meaning, from);
  const core = readCore(tokens, j, ctx, ref, yearWord || modifier !== undefined || deadline !== undefined, tense, lead || deadline !== undefined || modifier !== undefined);
  if (core === undefined) return undefined;
  if (core.kind === "skip") return "skip";
  // "Before the end of 2026" is a deadline, as "by the end of 2026" is: the end is the last moment allowed.
  const isDeadline = deadline !== undefined && (deadline.meaning === "by" || deadline.meaning === "until" || (deadline.meaning === "before" && modifier?.meaning === "end"));
  let value: string | undefined;
  let span: Span | undefined;
  if (core.span !== undefined) {
    span = modified(core.span, modifier?.meaning);
    value = formatSpan(span);
    if (deadline && !isDeadline) {
      if (deadline.meaning === "since") value = `${formatPoint(span.start)}/..`;
      else if (deadline.meaning === "after") value = `${formatPoint(step(span.end, 1))}/..`;
      else if (deadline.meaning === "before") value = `../${formatPoint(step(span.start, -1))}`;
    }
  }
  return {
    span,
    value,
    next: core.next,
    deadline: isDeadline,
    bare: core.bare === true && modifier === undefined && deadline === undefined,
    yearOnly: core.yearOnly === true && !yearWord,
    relative: core.relative === true,
    since: deadline?.meaning === "since",
    adverbial: deadline !== undefined || core.adverbial === true,
    noYear: modifier === undefined && deadline === undefined ? core.noYear : undefined,
    modifier: modifier?.meaning,
    deadlineWord: deadline?.meaning,
    ...(core.uncertain !== undefined ? { uncertain: core.uncertain } : {}),
    ...(core.unresolved !== undefined ? { unresolved: core.unresolved } : {}),
  };
}

/** An English verb in the past right before the date ("announced on Friday", "rose … in March"): the date is in the past. */
function pastVerbBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (isWord(tokens[k], "on", "in", "from", "since", "during")) k--;
  const t = tokens[k];
  if (t === undefined || t.kind !== "word" || !isLatin(t)) return false;
  // "will be held on 10 May" is a passive in the future, "a deal announced on Friday" a past.
  if (isWord(tokens[k - 1], "be", "been", "being")) return false;
  return (t.norm.length > 4 && t.norm.endsWith("ed")) || PAST_VERBS.has(t.norm);
}

/** A word of change shortly before "from" ("up 2 percent from February"): a comparison with the past. */
function changeBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
    const t = tokens[k]!;
    if (t.kind === "punct") return false;
    if (t.kind === "word" && tokenVariants(t).some((v) => v.prefix <= 1 && CHANGE_WORDS.has(v.form))) return true;
  }
  return false;
}

/**
 * The tense a month or day without a year is read in (see Tense), worked
 * out on first use: a future word before the date in its clause, else an
 * English past verb, else the past; a deadline word, "from" or «اعتبارا من»
 * decide first.
 */
class LazyTense implements Tense {
  private known: Tense | undefined;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly i: number,
    private readonly ctx: DateContext,
    private readonly deadline: "by" | "until" | "since" | "after" | "before" | undefined,
    private readonly from: boolean,
  ) {}

  get month(): 1 | -1 | 0 {
    return this.resolve().month;
  }

  get day(): 1 | -1 | 0 {
    return this.resolve().day;
  }

  private resolve(): Tense {
    if (this.known !== undefined) return this.known;
    const { tokens, i, ctx, deadline, from } = this;
    const past = pastVerbBefore(tokens, i);
    const clause: 1 | -1 = past ? -1 : ctx.future(i) ? 1 : -1;
    const starting = deadline !== undefined && STARTING.has(tokens[i]!.norm);
    if (deadline === "by" || deadline === "until") this.known = { month: 0, day: 0 };
    else if (starting || from) this.known = { month: starting && !past ? 1 : changeBefore(tokens, i - 1) ? -1 : clause, day: past ? -1 : 1 };
    else if (deadline === "since") this.known = { month: -1, day: -1 };
    else this.known = { month: clause, day: clause };
    return this.known;
  }
}

/** Words that start a period: «اعتبارا من», «ابتداء من», starting. */
const STARTING = new Set(["اعتبارا", "ابتداء", "starting", "effective"].map(fold));

const PAST_VERBS = new Set(["said", "told", "met", "held", "began", "left", "took", "fell", "rose", "came", "went", "won", "lost", "made", "gave", "saw", "was", "were", "had", "did", "sent", "led", "ran", "struck", "hit", "shot", "killed", "fought", "flew", "spoke", "wrote", "became", "began", "grew", "drew", "paid", "sold", "built", "cut", "set", "put", "quit"]);

/** "the year", «العام», «السنة» (this year) and "the month", «الشهر» (this month) after a modifier: «بحلول نهاية العام». */
function currentUnitAt(tokens: readonly Token[], j: number, ref: Ref): { span: Span; next: number } | undefined {
  const t = tokens[j];
  if (t === undefined || t.kind !== "word" || ref === undefined) return undefined;
  const after = tokens[j + 1];
  // Not "the year 2026", «العام 2026», «العام المقبل» (read as the year or the relative date they are).
  if (after !== undefined && (after.kind === "number" || (after.kind === "word" && (after.norm.startsWith("\u0627\u0644") || MONTH_AFTER.has(after.norm) || after.norm === "before" || after.norm === "after")))) return undefined;
  let k = j;
  if (t.norm === "the") k++;
  const w = tokens[k];
  if (w === undefined || w.kind !== "word") return undefined;
  const r = dayPoint(ref);
  const english = k > j || tokens[j - 1]?.norm === "the";
  if (w.norm === "year" && english) return { span: one({ y: r.y }), next: k + 1 };
  if (w.norm === "month" && english) return { span: one({ y: r.y, m: r.m }), next: k + 1 };
  if (k === j && (w.norm === "\u0627\u0644\u0639\u0627\u0645" || w.norm === "\u0627\u0644\u0633\u0646\u0647")) return { span: one({ y: r.y }), next: k + 1 };
  if (k === j && w.norm === "\u0627\u0644\u0634\u0647\u0631") return { span: one({ y: r.y, m: r.m }), next: k + 1 };
  return undefined;
}

/** A day alone (4 in «من 4 إلى 22 كانون الثاني»), or a month alone (January in "January to March 2025"): the first end of a range. */
function readPartialStart(tokens: readonly Token[], i: number): { d?: number; m?: number; next: number } | undefined {
  const day = dayAt(tokens, i) ?? ordinalDayAt(tokens, i);
  if (day) {
    const m = readMonth(tokens, day.next);
    if (m && readYear(tokens, m.next) === undefined) return { d: day.d, m: m.month, next: m.next };
    if (!m) return { d: day.d, next: day.next };
    return undefined;
  }
  const m = readMonth(tokens, i);
  if (m && readYear(tokens, m.next) === undefined && !(isPunct(tokens[m.next], ",") && readYear(tokens, m.next + 1))) {
    if (m.english) {
      const d = dayAt(tokens, m.next);
      if (d) return { d: d.d, m: m.month, next: d.next }; // January 4 to February 22, 1995
    }
    return { m: m.month, next: m.next };
  }
  return undefined;
}

/**
 * Reads a date expression starting at tokens[i], or undefined. Wording that
 * needs the reference date is read at both ends of the reference period
 * and the two values are joined (see the module comment).
 * @internal
 */
export function readDate(tokens: readonly Token[], i: number, ctx: DateContext): DateReading | undefined {
  const ref = ctx.reference;
  const low = readDateAt(tokens, i, ctx, ref?.lo);
  if (low === undefined || !low.relative || ref === undefined || ref.lo === ref.hi || low.value === undefined) return low;
  const high = readDateAt(tokens, i, ctx, ref.hi);
  if (high === undefined || high.value === undefined || high.value === low.value) return low;
  const start = low.value.split("/")[0]!;
  const end = high.value.includes("/") ? high.value.slice(high.value.indexOf("/") + 1) : high.value;
  const value = start === ".." && end === ".." ? low.value : `${start}/${end}`;
  return { ...low, value, point: high.point };
}

function readDateAt(tokens: readonly Token[], i: number, ctx: DateContext, ref: Ref): DateReading | undefined {
  // Ranges: بين عامي 2011 و 2014, between 2011 and 2014, من عام 2003 إلى عام 2011, from 4 to 22 January 1995, 4-22 January.
  const between = matchPhrase(tokens, i, HEDGES, 1);
  const opener: "between" | "from" | undefined = between?.meaning === "between" ? "between" : wordIn(tokens[i], FROM_WORDS, true) ? "from" : undefined;
  const k = opener === "between" ? between!.next : opener === "from" ? i + 1 : i;
  const range = readRange(tokens, k, ctx, ref, opener);
  if (range) return range;
  if (opener === "between") return undefined;
  // "from 1 July" with no end: the start of a period to come; the date is read after "from".
  const simple = opener === "from" && !isWord(tokens[i], "from") ? readSimple(tokens, i, ctx, ref) : opener === "from" ? readSimple(tokens, i + 1, ctx, ref, true, true) : readSimple(tokens, i, ctx, ref);
  if (simple === undefined) return undefined;
  if (simple === "skip") return { value: undefined, next: skipEnd(tokens, i), deadline: false, bare: false, yearOnly: false, relative: false, since: false, adverbial: false, point: undefined };
  return {
    value: simple.value,
    next: simple.next,
    deadline: simple.deadline,
    bare: simple.bare,
    yearOnly: simple.yearOnly,
    relative: simple.relative,
    since: simple.since,
    adverbial: simple.adverbial,
    deadlineWord: simple.deadlineWord,
    point: simple.span?.end,
    ...(simple.uncertain !== undefined ? { uncertain: simple.uncertain } : {}),
    ...(simple.unresolved !== undefined ? { unresolved: simple.unresolved } : {}),
  };
}

/** Where a date that is not read ends (a day with a month that has no such day), so its digits are not read as a figure. */
function skipEnd(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && j - i < 6 && (tokens[j]!.kind !== "punct" || isPunct(tokens[j], "/", "-", "."))) {
    if (tokens[j]!.kind === "number" && tokens[j]!.digits === 4) return j + 1;
    j++;
  }
  return i + 1;
}

/** A range of dates at tokens[k], after "between"/"from" or none: a first end (whole, or a day or month that takes the second's month and year), a joining word, a second end. */
function readRange(tokens: readonly Token[], k: number, ctx: DateContext, ref: Ref, opener: "between" | "from" | undefined): DateReading | undefined {
  const partial = readPartialStart(tokens, k);
  const whole = partial === undefined ? readSimple(tokens, k, ctx, ref, opener !== undefined) : undefined;
  if (partial === undefined && (whole === undefined || whole === "skip" || whole.span === undefined || whole.deadline || whole.since)) return undefined;
  const n = partial !== undefined ? partial.next : (whole as Simple).next;
  // The joining word: و/and after "between", إلى/to after "from", a dash or "to" with no opener.
  let m = n;
  const t = tokens[m];
  if (opener === "between") {
    if (wordIn(t, AND_WORDS)) m++;
    else if (t?.kind === "word" && t.norm === "\u0648" && tokens[m + 1]?.kind === "number" && !tokens[m + 1]!.spaced) m++;
    else if (t?.kind === "word" && t.norm.startsWith("\u0648") && t.norm.length > 1) {
      // «بين يناير ومارس»: the second end glued to و.
      return secondGlued(tokens, m, ctx, ref, partial, whole as Simple | undefined);
    } else return undefined;
  } else if (wordIn(t, TO_WORDS) || (isPunct(t, "-", "\u2013") && (partial !== undefined || !t!.spaced))) m++;
  else return undefined;
  if (opener === undefined && partial === undefined) return undefined; // a whole date then "to": leave it to the reader of that date
  // January 4-22, 1995: a day, then the year.
  if (partial !== undefined && partial.m !== undefined && partial.d !== undefined) {
    const day = dayAt(tokens, m);
    if (day !== undefined && readMonth(tokens, day.next) === undefined) {
      let n2 = day.next;
      if (isPunct(tokens[n2], ",")) n2++;
      const y = readYear(tokens, n2);
      if (y && day.d > partial.d && day.d <= daysInMonth(y.y, partial.m)) {
        return { value: formatSpan({ start: { y: y.y, m: partial.m, d: partial.d }, end: { y: y.y, m: partial.m, d: day.d } }), next: y.next, deadline: false, bare: false, yearOnly: false, relative: false, since: false, adverbial: true, point: { y: y.y, m: partial.m, d: day.d } };
      }
    }
  }
  const second = readSimple(tokens, m, ctx, ref, true);
  if (second === undefined || second === "skip" || second.span === undefined || second.value === undefined || second.value.includes("..")) return undefined;
  return joinRange(partial, whole as Simple | undefined, second);
}

function secondGlued(tokens: readonly Token[], m: number, ctx: DateContext, ref: Ref, partial: { d?: number; m?: number; next: number } | undefined, whole: Simple | undefined): DateReading | undefined {
  // Read the glued word as if و were apart: a month name with a proclitic is read by readMonth already.
  const second = readSimple(tokens, m, ctx, ref, true);
  if (second === undefined || second === "skip" || second.span === undefined || second.value === undefined) return undefined;
  return joinRange(partial, whole, second);
}

function joinRange(partial: { d?: number; m?: number; next: number } | undefined, whole: Simple | undefined, second: Simple): DateReading | undefined {
  const end = second.span!.end;
  const secondStart = second.span!.start;
  let start: Point;
  if (partial !== undefined) {
    if (partial.m === undefined) {
      // A day: the second's month and year (4 to 22 January 1995).
      if (secondStart.d === undefined || secondStart.m === undefined || partial.d === undefined) return undefined;
      start = { y: secondStart.y, m: secondStart.m, d: partial.d };
    } else {
      // A month, or a day and month: the second's year, or the year before if it would come after the second.
      start = partial.d === undefined ? { y: secondStart.y, m: partial.m } : { y: secondStart.y, m: partial.m, d: partial.d };
      if (partial.d !== undefined && secondStart.d === undefined) return undefined;
      if (firstDay(start) > firstDay(secondStart)) start = { ...start, y: start.y - 1 };
    }
    if (start.d !== undefined && start.d > daysInMonth(start.y, start.m!)) return undefined;
  } else {
    let s = whole!.span!.start;
    // «من يناير إلى مارس 2025» read whole: a first end with no year of its own takes the second's.
    if (whole!.noYear !== undefined && !second.relative) {
      s = whole!.noYear.d === undefined ? { y: secondStart.y, m: whole!.noYear.m } : { y: secondStart.y, m: whole!.noYear.m, d: whole!.noYear.d };
      if (firstDay(s) > firstDay(secondStart)) s = { ...s, y: s.y - 1 };
    }
    start = s;
  }
  if (firstDay(start) > lastDay(end) || (samePoint(start, end) && partial === undefined)) return undefined;
  if (lastDay(start) >= lastDay(end)) return undefined;
  const value = formatSpan({ start, end });
  return {
    value,
    next: second.next,
    deadline: false,
    bare: false,
    yearOnly: false,
    relative: second.relative || (whole?.relative ?? false),
    since: false,
    adverbial: true,
    point: end,
    ...(second.uncertain !== undefined ? { uncertain: second.uncertain } : {}),
  };
}
