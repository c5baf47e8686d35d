/**
 * Reading one date expression at a token: a deadline word (بحلول, by,
 * until…), a modifier (نهاية, early…), then a day, month (Gregorian,
 * Levantine/Iraqi, or both: أيلول/سبتمبر) and year, an ISO or d/m/y date, a
 * bare year, or a relative date (سبتمبر المقبل, next year, العام التالي),
 * and ranges (بين عامي 2011 و2014, from 2003 to 2011). The value is written
 * in the date grammar of DESIGN §2.
 */
import { daysInMonth } from "../values/days.js";
import type { Token } from "./text.js";
import {
  AMBIGUOUS_MONTHS,
  AND_WORDS,
  DEADLINES,
  FROM_WORDS,
  HEDGES,
  MODIFIERS,
  MONTH_AFTER,
  MONTH_BEFORE,
  MONTH_PAIRS,
  MONTH_WORDS,
  MONTHS,
  type Modifier,
  type Phrase,
  RELATIVE,
  type Relative,
  TO_WORDS,
  YEAR_WORDS,
  variants,
} from "./words.js";

/** A calendar point of year, month or day precision. @internal */
export interface Point {
  y: number;
  m?: number;
  d?: number;
}

/** What the reader knows for relative dates. @internal */
export interface DateContext {
  /** The date relative dates are resolved against (publication date). */
  reference: Point | undefined;
  /** The last date read in the text, for "the following year". */
  last: Point | undefined;
}

/** A date read at a token. @internal */
export interface DateReading {
  /** The value in the date grammar; undefined when relative and unresolved. */
  value: string | undefined;
  /** First token after the date. */
  next: number;
  /** First token of the value proper (after deadline words and modifiers), for offsets. */
  from: number;
  deadline: boolean;
  /** A bare year with no word around it saying it is a year (could be a count). */
  bare: boolean;
  /** Relative wording that needed a reference date. */
  relative: boolean;
  /** The point the date ends at, for later relative dates. */
  point: Point | undefined;
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
  for (const v of variants(t.norm)) {
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
  return variants(t.norm).some((v) => v.prefix === 1 && set.has(v.form));
}

const isPunct = (t: Token | undefined, ...chars: string[]) => t !== undefined && t.kind === "punct" && chars.includes(t.norm);

/** A month name at tokens[i] (one word, or كانون الثاني…), with paired forms after it (أيلول/سبتمبر, September (أيلول)). */
function readMonth(tokens: readonly Token[], i: number): { month: number; next: number; ambiguous: boolean; english: boolean } | undefined {
  const one = (j: number) => {
    const t = tokens[j];
    if (t === undefined || t.kind !== "word") return undefined;
    const pair = matchPhrase(tokens, j, MONTH_PAIRS, 1);
    if (pair) return { month: pair.meaning, next: pair.next, ambiguous: false, english: false };
    for (const v of variants(t.norm)) {
      if (v.prefix > 1) continue;
      const month = MONTHS.get(v.form);
      if (month === undefined) continue;
      const english = t.norm.charCodeAt(0) < 0x80;
      // English months are capitalised; "may" and "march" are words too.
      if (english && !(t.text.charCodeAt(0) >= 0x41 && t.text.charCodeAt(0) <= 0x5a)) return undefined;
      let next = j + 1;
      if (english && isPunct(tokens[next], ".") && !tokens[next]!.spaced) next++; // Sept.
      return { month, next, ambiguous: AMBIGUOUS_MONTHS.has(v.form), english };
    }
    return undefined;
  };
  const first = one(i);
  if (!first) return undefined;
  let next = first.next;
  let ambiguous = first.ambiguous;
  if (isPunct(tokens[next], "/", "\\", "-") || (isPunct(tokens[next], "(") && isPunct(tokens[next + 2] ?? tokens[next + 3], ")"))) {
    const second = one(next + 1);
    if (second && second.month === first.month) {
      next = second.next;
      if (isPunct(tokens[next], ")")) next++;
      ambiguous = false;
    }
  }
  return { month: first.month, next, ambiguous, english: first.english };
}

/**
 * A number a date can be made of: digits alone, with no thousands or decimal
 * separator (a number token whose separators are not a number's has the value NaN).
 */
function isPlainNumber(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === "number" && !t.grouped && !t.decimal && !Number.isNaN(t.value);
}

/** A year at tokens[i]: four digits, optionally followed by م (AD). */
function readYear(tokens: readonly Token[], i: number, min = 1000, max = 2999): { y: number; next: number } | undefined {
  const t = tokens[i];
  if (!isPlainNumber(t) || t.digits !== 4) return undefined;
  if (t.value < min || t.value > max) return undefined;
  let next = i + 1;
  const after = tokens[next];
  if (after && !after.spaced && after.kind === "word") {
    if (after.norm === "\u0645") next++; // 2025م
    else return undefined; // 2025هـ (Hijri) or an identifier
  }
  return { y: t.value, next };
}

function dayAt(tokens: readonly Token[], i: number): { d: number; next: number } | undefined {
  const t = tokens[i];
  if (!isPlainNumber(t) || t.digits > 2 || t.value < 1 || t.value > 31) return undefined;
  let next = i + 1;
  const after = tokens[next];
  if (after && !after.spaced && after.kind === "word" && ["st", "nd", "rd", "th"].includes(after.norm)) next++;
  return { d: t.value, next };
}

type Core =
  | { kind: "point"; point: Point; next: number; bare: boolean; from: number }
  | { kind: "interval"; start: Point; end: Point; next: number; from: number }
  | { kind: "relative"; point: Point | undefined; next: number; from: number }
  /** A day and month with no year: not a figure, and not a date we can place. */
  | { kind: "skip"; next: number; from: number };

/** The date proper at tokens[i] (after deadline words and modifiers). */
function readCore(tokens: readonly Token[], i: number, ctx: DateContext, yearWord: boolean): Core | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;

  // Relative phrases: العام المقبل, next year, the following month.
  const rel = matchPhrase(tokens, i, RELATIVE, 1);
  if (rel) return { kind: "relative", point: resolve(rel.meaning, ctx), next: rel.next, from: i };

  // next September / last May (English).
  if (t.kind === "word" && MONTH_BEFORE.has(t.norm)) {
    const m = readMonth(tokens, i + 1);
    if (m && m.english) {
      const shift = MONTH_BEFORE.get(t.norm)!;
      return { kind: "relative", point: resolveMonth(m.month, shift, ctx), next: m.next, from: i };
    }
  }

  if (t.kind === "number") {
    // ISO 2024-01-28 / 2024-01, and d/m/y 28/01/2024.
    const iso = readNumericDate(tokens, i);
    if (iso) return iso;
    const day = dayAt(tokens, i);
    if (day) {
      const m = readMonth(tokens, day.next);
      if (m) {
        let next = m.next;
        if (isPunct(tokens[next], ",")) next++;
        const y = readYear(tokens, next);
        if (y && day.d <= daysInMonth(y.y, m.month)) return { kind: "point", point: { y: y.y, m: m.month, d: day.d }, next: y.next, bare: false, from: i };
        return { kind: "skip", next: y ? y.next : m.next, from: i };
      }
    }
    const y = readYear(tokens, i, yearWord ? 1000 : 1900, yearWord ? 2999 : 2100);
    if (y) {
      // 2011-2014, 2011–2014
      if (isPunct(tokens[y.next], "-", "\u2013") && !tokens[y.next]!.spaced) {
        const y2 = readYear(tokens, y.next + 1, 1900, 2100);
        if (y2 && y2.y > y.y && !tokens[y.next + 1]!.spaced) return { kind: "interval", start: { y: y.y }, end: { y: y2.y }, next: y2.next, from: i };
      }
      return { kind: "point", point: { y: y.y }, next: y.next, bare: !yearWord, from: i };
    }
    return undefined;
  }

  const m = readMonth(tokens, i);
  if (m) {
    let next = m.next;
    // April 20, 2025
    if (m.english) {
      const day = dayAt(tokens, next);
      if (day) {
        let after = day.next;
        if (isPunct(tokens[after], ",")) after++;
        const y = readYear(tokens, after);
        if (y && day.d <= daysInMonth(y.y, m.month)) return { kind: "point", point: { y: y.y, m: m.month, d: day.d }, next: y.next, bare: false, from: i };
        return { kind: "skip", next: day.next, from: i };
      }
    }
    if (isPunct(tokens[next], ",")) next++;
    if (wordIn(tokens[next], YEAR_WORDS)) next++; // سبتمبر عام 2025
    const y = readYear(tokens, next);
    if (y) return { kind: "point", point: { y: y.y, m: m.month }, next: y.next, bare: false, from: i };
    // سبتمبر المقبل
    const after = tokens[m.next];
    if (after && after.kind === "word" && MONTH_AFTER.has(after.norm)) {
      return { kind: "relative", point: resolveMonth(m.month, MONTH_AFTER.get(after.norm)!, ctx), next: m.next + 1, from: i };
    }
    return undefined;
  }
  return undefined;
}

/** 2024-01-28, 2024-01, 28/01/2024, 28-01-2024 (digits glued by - or /). */
function readNumericDate(tokens: readonly Token[], i: number): Core | undefined {
  const parts: Token[] = [tokens[i]!];
  const seps: string[] = [];
  let j = i + 1;
  while (parts.length < 3 && isPunct(tokens[j], "-", "/", ".") && !tokens[j]!.spaced && tokens[j + 1]?.kind === "number" && !tokens[j + 1]!.spaced) {
    seps.push(tokens[j]!.norm);
    parts.push(tokens[j + 1]!);
    j += 2;
  }
  if (parts.length < 2 || seps.some((s) => s !== seps[0])) return undefined;
  if (!parts.every(isPlainNumber)) return undefined;
  const [a, b, c] = parts;
  // A time (10:45) is not glued by these, so it never gets here.
  if (a!.digits === 4 && b!.digits <= 2 && (c === undefined || c.digits <= 2) && seps[0] === "-") {
    const y = a!.value, m = b!.value;
    if (m < 1 || m > 12) return undefined;
    if (c === undefined) return { kind: "point", point: { y, m }, next: j, bare: false, from: i };
    if (c.value < 1 || c.value > daysInMonth(y, m)) return undefined;
    return { kind: "point", point: { y, m, d: c.value }, next: j, bare: false, from: i };
  }
  if (c !== undefined && c.digits === 4 && a!.digits <= 2 && b!.digits <= 2 && seps[0] !== "-") {
    const y = c.value, m = b!.value, d = a!.value;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
    return { kind: "point", point: { y, m, d }, next: j, bare: false, from: i };
  }
  return undefined;
}

function resolve(rel: Relative, ctx: DateContext): Point | undefined {
  const base = rel.anaphoric ? (ctx.last ?? ctx.reference) : ctx.reference;
  if (base === undefined) return undefined;
  if (rel.unit === "year") return { y: base.y + rel.shift };
  if (base.m === undefined) return undefined;
  const index = base.y * 12 + (base.m - 1) + rel.shift;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** The next (1), last (-1) or this (0) month `month` seen from the reference month. */
function resolveMonth(month: number, shift: 1 | -1 | 0, ctx: DateContext): Point | undefined {
  const ref = ctx.reference;
  if (ref === undefined || ref.m === undefined) return undefined;
  if (shift === 0) return { y: ref.y, m: month };
  if (shift === 1) return { y: month > ref.m ? ref.y : ref.y + 1, m: month };
  return { y: month < ref.m ? ref.y : ref.y - 1, m: month };
}

/** @internal */
export function formatPoint(p: Point): string {
  const y = pad(p.y, 4);
  if (p.m === undefined) return y;
  if (p.d === undefined) return `${y}-${pad(p.m)}`;
  return `${y}-${pad(p.m)}-${pad(p.d)}`;
}

/** A point shifted by one unit of its precision. */
function step(p: Point, by: 1 | -1): Point {
  if (p.m === undefined) return { y: p.y + by };
  if (p.d === undefined) {
    const index = p.y * 12 + p.m - 1 + by;
    return { y: Math.floor(index / 12), m: (index % 12) + 1 };
  }
  let { y, m, d } = p as Required<Point>;
  d += by;
  if (d < 1) {
    m -= 1;
    if (m < 1) [y, m] = [y - 1, 12];
    d = daysInMonth(y, m);
  } else if (d > daysInMonth(y, m)) {
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    d = 1;
  }
  return { y, m, d };
}

/** A modifier applied to a year or a month (DESIGN §2: "end of 2026" is 2026-12, "end of September 2026" is 2026-09). */
function modified(p: Point, modifier: Modifier | undefined): { value: string; end: Point } {
  if (modifier === undefined || p.d !== undefined) return { value: formatPoint(p), end: p };
  const y = pad(p.y, 4);
  if (p.m === undefined) {
    switch (modifier) {
      case "end":
        return { value: `${y}-12`, end: { y: p.y, m: 12 } };
      case "late":
        return { value: `${y}-Q4`, end: { y: p.y, m: 12 } };
      case "early":
        return { value: `${y}-Q1`, end: { y: p.y, m: 3 } };
      case "mid":
        return { value: `${y}-06/${y}-07`, end: { y: p.y, m: 7 } };
    }
  }
  const ym = `${y}-${pad(p.m)}`;
  const last = daysInMonth(p.y, p.m);
  switch (modifier) {
    case "end":
      return { value: ym, end: p };
    case "late":
      return { value: `${ym}-21/${ym}-${pad(last)}`, end: p };
    case "early":
      return { value: `${ym}-01/${ym}-10`, end: p };
    case "mid":
      return { value: `${ym}-11/${ym}-20`, end: p };
  }
}

/**
 * Reads a date expression starting at tokens[i], or undefined. Bounded
 * lookahead: at most a deadline word, a modifier, a year word, the date and,
 * for ranges, a second date.
 * @internal
 */
export function readDate(tokens: readonly Token[], i: number, ctx: DateContext): DateReading | undefined {
  let j = i;
  // Ranges: بين عامي 2011 و 2014, between 2011 and 2014, من عام 2003 إلى عام 2011, from 2003 to 2011.
  const between = matchPhrase(tokens, j, HEDGES, 1);
  const from = between === undefined && wordIn(tokens[j], FROM_WORDS);
  if ((between && between.meaning === "between") || from) {
    const k = between ? between.next : j + 1;
    const first = readSimple(tokens, k, ctx);
    if (first && first.value !== undefined && first.point && !first.deadline) {
      let n = first.next;
      const joinOk = between ? wordIn(tokens[n], AND_WORDS) : wordIn(tokens[n], TO_WORDS);
      const glued = between && tokens[n + 1]?.kind === "number" && !tokens[n + 1]!.spaced && tokens[n]!.norm === "\u0648";
      if (joinOk || glued) {
        n++;
        const second = readSimple(tokens, n, { ...ctx, last: first.point });
        if (second && second.value !== undefined && second.point && !second.value.includes("/")) {
          const startValue = first.value.includes("/") ? first.value.slice(0, first.value.indexOf("/")) : first.value;
          if (startValue < second.value || startValue.length !== second.value.length) {
            return { value: `${startValue}/${second.value}`, next: second.next, from: k, deadline: false, bare: false, relative: first.relative || second.relative, point: second.point };
          }
        }
      }
    }
    if (between) return undefined;
  }
  return readSimple(tokens, i, ctx);
}

/** A date with its deadline word and modifier, without ranges. */
function readSimple(tokens: readonly Token[], i: number, ctx: DateContext): DateReading | undefined {
  let j = i;
  const deadline = matchPhrase(tokens, j, DEADLINES, 1);
  if (deadline) j = deadline.next;
  const modifier = matchPhrase(tokens, j, MODIFIERS, 1);
  if (modifier) {
    j = modifier.next;
    if (isPunct(tokens[j], "-")) j++;
    if (wordIn(tokens[j], new Set(["of", "the"]))) j++;
  }
  let yearWord = false;
  if (wordIn(tokens[j], YEAR_WORDS, true) && tokens[j + 1]?.kind === "number") {
    yearWord = true;
    j++;
  } else if (wordIn(tokens[j], MONTH_WORDS, true) && readMonth(tokens, j + 1) !== undefined) {
    j++; // شهر سبتمبر
  }
  const core = readCore(tokens, j, ctx, yearWord || modifier !== undefined || deadline !== undefined);
  if (core === undefined) return undefined;
  if (core.kind === "skip") return { value: undefined, next: core.next, from: core.from, deadline: false, bare: false, relative: false, point: undefined };
  // "Before the end of 2026" is a deadline, as "by the end of 2026" is: the end is the last moment allowed.
  const isDeadline =
    deadline !== undefined &&
    (deadline.meaning === "by" || deadline.meaning === "until" || (deadline.meaning === "before" && modifier?.meaning === "end"));
  let value: string | undefined;
  let point: Point | undefined;
  let bare = false;
  if (core.kind === "interval") {
    value = `${formatPoint(core.start)}/${formatPoint(core.end)}`;
    point = core.end;
  } else if (core.point !== undefined) {
    const m = modified(core.point, modifier?.meaning);
    value = m.value;
    point = m.end;
    bare = core.kind === "point" && core.bare && modifier === undefined && deadline === undefined;
    if (deadline && !isDeadline && !value.includes("/")) {
      if (deadline.meaning === "since") value = `${value}/..`;
      else if (deadline.meaning === "after") value = `${formatPoint(step(modified(core.point, modifier?.meaning).end, 1))}/..`;
      else if (deadline.meaning === "before") value = `../${formatPoint(step(startOf(core.point, modifier?.meaning), -1))}`;
    }
  }
  return { value, next: core.next, from: i, deadline: isDeadline, bare, relative: core.kind === "relative", point };
}

/** The first unit of a (modified) point, for "before". */
function startOf(p: Point, modifier: Modifier | undefined): Point {
  if (modifier === undefined || p.d !== undefined) return p;
  if (p.m === undefined) {
    if (modifier === "end") return { y: p.y, m: 12 };
    if (modifier === "late") return { y: p.y, m: 10 };
    if (modifier === "mid") return { y: p.y, m: 6 };
    return { y: p.y, m: 1 };
  }
  return p;
}
