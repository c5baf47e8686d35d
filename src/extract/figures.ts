/**
 * Figures and dates in one sentence's tokens: a number with its hedge (before
 * or after), its range, its unit and the lexicon property the unit names, or
 * a date with its deadline wording. `extract` turns them into claims.
 */
import type { DateContext } from "./dates.js";
import { matchPhrase, readDate } from "./dates.js";
import type { CompiledLexicon } from "./lexicon.js";
import { numberWord, readNumber } from "./numbers.js";
import type { Token } from "./text.js";
import { STARTERS } from "./starters.js";
import {
  AND_WORDS,
  CLOCK_WORDS,
  HEDGES,
  type HedgeSign,
  OF_WORDS,
  PERCENT_WORDS,
  type Phrase,
  TIME_UNITS,
  TRAILING_HEDGES,
  variants,
} from "./words.js";

/** Where a phrase of a table was found, by token range, and what it means. @internal */
export interface Match<V> {
  first: number;
  next: number;
  meaning: V;
}

/** Every match of a phrase table in the tokens, left to right, longest first, not overlapping. @internal */
export function matchAllIn<V>(tokens: readonly Token[], table: Map<string, Array<Phrase<V>>>): Array<Match<V>> {
  const out: Array<Match<V>> = [];
  if (table.size === 0) return out;
  for (let i = 0; i < tokens.length; ) {
    const m = matchPhrase(tokens, i, table);
    if (m) {
      out.push({ first: i, next: m.next, meaning: m.meaning });
      i = m.next;
    } else i++;
  }
  return out;
}

/** One-letter proclitics written apart from the digits they belong to: و900, بـ2500, الـ2500. */
const CLITICS = new Set(["و", "ب", "ل", "ف", "ك", "وب", "ول", "ال", "بال", "وال"]);

/** A figure or date read from a sentence, by token range. @internal */
export type Figure = {
  kind: "quantity" | "date";
  /** Token range of the whole mention. */
  first: number;
  next: number;
  value: number | string;
  /** Quantities: the amount (for comparatives), the hedge, the unit word and the property it names. */
  amount?: number;
  hedge?: HedgeSign | undefined;
  unitWord?: string | undefined;
  property?: number | undefined;
  percent?: boolean;
  relative?: boolean;
  deadline?: boolean;
  comparedWith?: string;
};

/** @internal */
export const isWord = (t: Token | undefined, set: ReadonlySet<string>) => t !== undefined && t.kind === "word" && set.has(t.norm);

/** A number as the value grammar writes it, without floating-point noise (2.3 × 10⁶ is 2300000). @internal */
export function num(n: number): number {
  return Number(n.toPrecision(12));
}

/** The unit word after a figure: a lexicon unit (giving its property), or the first word. */
function unitAfter(tokens: readonly Token[], i: number, lexicon: CompiledLexicon | undefined, hasCue: (p: number) => boolean): { property: number | undefined; word: string | undefined; next: number } {
  let j = i;
  let word: string | undefined;
  for (let k = 0; k < 3 && j < tokens.length; k++, j++) {
    const t = tokens[j]!;
    if (t.kind !== "word") break;
    if (lexicon) {
      for (const v of variants(t.norm)) {
        if (v.prefix > 3) continue;
        for (const phrase of lexicon.units.get(v.form) ?? []) {
          let ok = true;
          for (let w = 1; w < phrase.words.length; w++) if (tokens[j + w]?.norm !== phrase.words[w]) ok = false;
          if (ok && hasCue(phrase.meaning)) return { property: phrase.meaning, word: t.text, next: j + phrase.words.length };
        }
      }
    }
    if (!isWord(t, OF_WORDS)) word ??= t.text;
    // Look past "من"/"of" and one adjective or nationality ("2,500 US troops", "900 جندي أمريكي" has the unit first).
    if (k === 0 && !isWord(t, OF_WORDS) && t.norm.charCodeAt(0) >= 0x0600) break;
  }
  return { property: undefined, word, next: i };
}

/** Reads every figure and date of one sentence. @internal */
export function readFigures(tokens: readonly Token[], ctx: DateContext, lexicon: CompiledLexicon | undefined): Figure[] {
  const figures: Figure[] = [];
  let cuesInSentence: Set<number> | undefined;
  const hasCue = (p: number) => {
    if (lexicon?.properties[p]?.cues === undefined) return true;
    cuesInSentence ??= new Set(matchAllIn(tokens, lexicon.cues).map((m) => m.meaning));
    return cuesInSentence.has(p);
  };
  const unitIsNext = (j: number) => lexicon !== undefined && unitAfter(tokens, j, lexicon, hasCue).property !== undefined;

  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    // Times of day: 10:45, الساعة 3.
    if (t.kind === "number" && tokens[i + 1]?.norm === ":" && tokens[i + 2]?.kind === "number" && !tokens[i + 1]!.spaced) {
      i += 3;
      while (tokens[i]?.norm === ":" && tokens[i + 1]?.kind === "number") i += 2;
      continue;
    }
    if (t.kind === "number" && isWord(tokens[i - 1], CLOCK_WORDS)) {
      i++;
      continue;
    }
    if (t.kind !== "number" && !(t.kind === "word" && mayStart(t.norm))) {
      i++;
      continue;
    }
    const date = readDate(tokens, i, ctx);
    if (date && !(date.bare && (unitIsNext(date.next) || hedgeBefore(tokens, i)))) {
      if (date.value === undefined && !date.relative) {
        i = date.next;
        continue;
      }
      figures.push({ kind: "date", first: i, next: date.next, value: date.value ?? "", relative: date.relative, deadline: date.deadline });
      if (date.point) ctx.last = date.point;
      i = date.next;
      continue;
    }
    const q = readQuantity(tokens, i, figures, lexicon, hasCue);
    if (q !== undefined && "skipTo" in q) {
      i = Math.max(i + 1, q.skipTo);
      continue;
    }
    if (q) {
      figures.push(q);
      i = q.next;
      continue;
    }
    i++;
  }
  return figures;
}

/** Folded words that can begin a figure or a date (with or without proclitics), cached per word. */
const startCache = new Map<string, boolean>();
function mayStart(norm: string): boolean {
  let known = startCache.get(norm);
  if (known === undefined) {
    known = variants(norm).some((v) => STARTERS.has(v.form) || (v.form.startsWith("\u0627\u0644") && STARTERS.has(v.form.slice(2))));
    if (startCache.size > 20_000) startCache.clear();
    startCache.set(norm, known);
  }
  return known;
}

function hedgeBefore(tokens: readonly Token[], i: number): boolean {
  for (let back = 1; back <= 4 && i - back >= 0; back++) {
    const m = matchPhrase(tokens, i - back, HEDGES, 2);
    if (m && (m.next === i || (m.next === i - 1 && isCliticToken(tokens, i - 1)))) return m.meaning !== "between";
  }
  return false;
}

function isCliticToken(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const n = tokens[j + 1];
  return t !== undefined && t.kind === "word" && CLITICS.has(t.norm) && n !== undefined && n.kind === "number" && !n.spaced;
}

function isDash(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "punct" && (t.norm === "-" || t.norm === "\u2013" || t.norm === "\u2014");
}

/** A quantity at tokens[i]: hedge, number (or range), unit; "skip" when the number is not a figure. */
function readQuantity(
  tokens: readonly Token[],
  i: number,
  figures: readonly Figure[],
  lexicon: CompiledLexicon | undefined,
  hasCue: (p: number) => boolean,
): Figure | { skipTo: number } | undefined {
  let j = i;
  const hedgeMatch = matchPhrase(tokens, j, HEDGES, 2);
  let hedge: HedgeSign | undefined = hedgeMatch?.meaning;
  if (hedgeMatch) j = hedgeMatch.next;
  if (isCliticToken(tokens, j)) j++;
  const t = tokens[j];
  if (t === undefined) return undefined;
  if (hedgeMatch === undefined && t.kind === "word" && CLITICS.has(t.norm)) return undefined;
  const reading = readNumber(tokens, j, hedge === "between");
  if (reading === undefined) return undefined;
  if (reading.kind === "skip") return hedgeMatch ? undefined : { skipTo: reading.next };
  // Figures past 10¹⁵ are identifiers or noise, and lose integer precision.
  if (reading.kind === "exact" && !(Math.abs(reading.value) <= 1e15)) return hedgeMatch ? undefined : { skipTo: reading.next };
  const numberStart = j;
  let next = reading.next;
  let value: number | string;
  let amount: number | undefined;

  // Phone numbers and identifiers: +964…, 0770…, nine or more digits with no separators, or three numbers in a row.
  if (t.kind === "number") {
    const plus = tokens[j - 1]?.norm === "+" && !t.spaced;
    const leadingZero = t.norm.length > 1 && t.norm[0] === "0" && t.norm[1] !== ".";
    const runOn = tokens[next]?.kind === "number" && tokens[next + 1]?.kind === "number";
    if (plus || leadingZero || (!t.grouped && !t.decimal && t.digits >= 9) || runOn) {
      while (tokens[next]?.kind === "number" || (isDash(tokens[next]) && tokens[next + 1]?.kind === "number")) next++;
      return hedgeMatch ? undefined : { skipTo: next };
    }
  }

  if (reading.kind === "vague") {
    value = `${reading.min}..${reading.max}`;
    hedge = undefined;
  } else if (hedge === "between") {
    // بين 2000 و2500, between 2,000 and 2,500
    let k = next;
    const andWord = tokens[k];
    if (isWord(andWord, AND_WORDS)) k++; // و 2500, and 2,500
    else if (andWord?.kind === "word" && andWord.norm === "\u0648" && tokens[k + 1]?.kind === "number" && !tokens[k + 1]!.spaced) k++; // و2500
    else if (!(andWord?.kind === "word" && andWord.norm.startsWith("\u0648") && numberWord(andWord)?.prefix === 1)) return undefined; // وثلاثة آلاف
    const second = readNumber(tokens, k);
    if (second === undefined || second.kind !== "exact" || second.value < reading.value) return undefined;
    value = `${num(reading.value)}..${num(second.value)}`;
    amount = undefined;
    next = second.next;
  } else {
    amount = num(reading.value);
    // 2,000-2,500 and 2000–2500: a range written with a dash.
    if (hedge === undefined && t.kind === "number" && isDash(tokens[next]) && tokens[next + 1]?.kind === "number") {
      const second = readNumber(tokens, next + 1);
      if (second && second.kind === "exact" && second.value > reading.value) {
        value = `${amount}..${num(second.value)}`;
        next = second.next;
        return finish(value, undefined);
      }
    }
    value = hedge === undefined ? amount : `${hedge}${amount}`;
  }
  return finish(value, amount);

  function finish(value: number | string, amount: number | undefined): Figure | { skipTo: number } | undefined {
    // Percentages: 40%, ٤٠٪, 40 في المئة.
    let percent = false;
    let end = next;
    const after = tokens[end];
    if (after && after.kind === "punct" && (after.norm === "%" || after.norm === "\u066a")) {
      percent = true;
      end++;
    } else {
      const words = matchPhrase(tokens, end, PERCENT_WORDS, 1);
      if (words) {
        percent = true;
        end = words.next;
      }
    }
    // Durations (20 عاماً, three days) and clock times (3 pm) are not figures.
    if (!percent && after && after.kind === "word" && variants(after.norm).some((v) => v.prefix <= 1 && TIME_UNITS.has(v.form))) {
      return hedgeMatch ? undefined : { skipTo: next + 1 };
    }
    const unit = percent ? { property: undefined, word: "%", next: end } : unitAfter(tokens, end, lexicon, hasCue);
    let property = unit.property;
    let hedgeSign = hedge;
    // A figure with no unit of its own shares the previous figure's (نحو 2500 جندي في العراق و900 في سوريا), and
    // after "و"/"and" its hedge too.
    const previous = [...figures].reverse().find((f) => f.kind === "quantity");
    if (property === undefined && !percent && previous !== undefined && previous.property !== undefined) {
      property = previous.property;
      const joinedByAnd = isCoordinated(tokens, i, numberStart);
      if (hedgeSign === undefined && joinedByAnd && previous.hedge !== undefined && previous.hedge !== "between" && amount !== undefined && typeof value === "number") {
        hedgeSign = previous.hedge;
        value = `${hedgeSign}${amount}`;
      }
    }
    // Trailing hedges: 70 هجوماً على الأقل, 900 or so.
    let last = Math.max(end, unit.next);
    const trailing = hedgeSign === undefined && amount !== undefined ? matchPhrase(tokens, last, TRAILING_HEDGES, 1) : undefined;
    if (trailing && amount !== undefined) {
      hedgeSign = trailing.meaning;
      value = `${hedgeSign}${amount}`;
      last = trailing.next;
    }
    // Number words below ten with no unit the lexicon knows and no hedge are prose ("one of", "ثلاث قواعد").
    if (reading!.kind === "exact" && reading!.words && reading!.value < 10 && property === undefined && hedgeSign === undefined) {
      return { skipTo: next };
    }
    return {
      kind: "quantity",
      // A proclitic written apart from its digits (و900, بـ2500) is not part of the mention.
      first: hedgeMatch === undefined && isCliticToken(tokens, i) ? numberStart : i,
      next: trailing ? last : percent ? end : next,
      value,
      amount,
      hedge: hedgeSign,
      unitWord: unit.word,
      property,
      percent,
    };
  }

}

/** Whether the number at `numberStart` follows "و"/"and" (glued: و900, or apart: and 900). */
function isCoordinated(tokens: readonly Token[], first: number, numberStart: number): boolean {
  const t = tokens[first]!;
  if (t.kind === "word" && t.norm.startsWith("\u0648") && first < numberStart) return true;
  const before = tokens[first - 1];
  return before !== undefined && before.kind === "word" && (before.norm === "\u0648" || before.norm === "and");
}
