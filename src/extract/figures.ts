/**
 * Figures and dates in one sentence's tokens: a number with its sign, its
 * hedge (before or after), its range, its unit and the lexicon property the
 * unit names, or a date with its deadline wording. `extract` turns them into
 * claims.
 */
import type { DateContext } from "./dates.js";
import { matchPhrase, readDate } from "./dates.js";
import type { CompiledLexicon } from "./lexicon.js";
import { isArabicToken, type NumberReading, numberWord, readNumber } from "./numbers.js";
import { fold, type Token } from "./text.js";
import { DATE_STARTERS, STARTERS } from "./starters.js";
import {
  CHANGE_WORDS,
  VERB_HEDGES,
  AND_WORDS,
  CLOCK_AFTER,
  CLOCK_WORDS,
  COMPOUND_UNITS,
  FROM_WORDS,
  FUNCTION_WORDS,
  HEDGES,
  type HedgeSign,
  IDENTIFIER_BEFORE,
  MINUS_WORDS,
  MONTHS,
  OF_WORDS,
  PERCENT_WORDS,
  type Phrase,
  RANGE_VERBS,
  TIME_UNITS,
  TO_WORDS,
  TRAILING_HEDGES,
  tokenVariants,
  variants,
} from "./words.js";

/** Where a phrase of a table was found, by token range, and what it means. @internal */
export interface Match<V> {
  first: number;
  next: number;
  meaning: V;
  /** Characters of proclitic on the first word (بالعراق: 1). */
  prefix: number;
}

/** Every match of a phrase table in the tokens, left to right, longest first, not overlapping. @internal */
export function matchAllIn<V>(tokens: readonly Token[], table: Map<string, Array<Phrase<V>>>): Array<Match<V>> {
  const out: Array<Match<V>> = [];
  if (table.size === 0) return out;
  for (let i = 0; i < tokens.length; ) {
    const m = matchPhrase(tokens, i, table);
    if (m) {
      out.push({ first: i, next: m.next, meaning: m.meaning, prefix: m.prefix });
      i = m.next;
    } else i++;
  }
  return out;
}

/** One-letter proclitics written apart from the digits they belong to: و900, بـ2500, الـ2500. */
const CLITICS = new Set(["و", "ب", "ل", "ف", "ك", "وب", "ول", "ال", "بال", "وال"]);

/** Currency signs before digits: $2bn, £1.5m. */
const CURRENCY = new Set(["$", "£", "€", "¥"]);

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
  /** A duration (20 عاماً, three days): a figure with a unit of time, never a lexicon property. */
  duration?: boolean;
  /** "from X to Y" between figures: X is the value before a change, Y the value after. */
  change?: "from" | "to";
  /** Dates: relative wording, a deadline, "since X" (the start of a period). */
  relative?: boolean;
  deadline?: boolean;
  since?: boolean;
  /** Dates: the wording fixes a time (في, by, on …) rather than naming an event (هجوم 7 أكتوبر, the 2024 elections). */
  adverbial?: boolean;
  comparedWith?: string;
  /** Why the value may be wrong, for the editor (a numeric date that reads either way…). */
  uncertain?: string;
  /** Why a date could not be placed (no publication date, a Hijri month without a year). */
  unresolved?: string;
};

/** @internal */
export const isWord = (t: Token | undefined, set: ReadonlySet<string>) => t !== undefined && t.kind === "word" && set.has(t.norm);
const isPunct = (t: Token | undefined, ...chars: string[]) => t !== undefined && t.kind === "punct" && chars.includes(t.norm);

/** A number as the value grammar writes it, without floating-point noise (2.3 × 10⁶ is 2300000). @internal */
export function num(n: number): number {
  const out = Number(n.toPrecision(12));
  return Object.is(out, -0) ? 0 : out;
}

/** The unit word after a figure: a lexicon unit (giving its property), or the first word. */
function unitAfter(tokens: readonly Token[], i: number, lexicon: CompiledLexicon | undefined, hasCue: (p: number) => boolean): { property: number | undefined; word: string | undefined; next: number } {
  let j = i;
  let word: string | undefined;
  for (let k = 0; k < 3 && j < tokens.length; k++, j++) {
    const t = tokens[j]!;
    if (t.kind !== "word") break;
    if (lexicon) {
      for (const v of tokenVariants(t)) {
        if (v.prefix > 3) continue;
        for (const phrase of lexicon.units.get(v.form) ?? []) {
          let ok = true;
          for (let w = 1; w < phrase.words.length; w++) if (tokens[j + w]?.norm !== phrase.words[w]) ok = false;
          if (ok && hasCue(phrase.meaning)) return { property: phrase.meaning, word: t.text, next: j + phrase.words.length };
        }
      }
    }
    if (!isWord(t, OF_WORDS)) word ??= t.text;
    // Look past "من"/"of" and one adjective or nationality ("2,500 US troops"; "900 جندي أمريكي" has the unit first).
    if (k === 0 && !isWord(t, OF_WORDS) && isArabicToken(t)) break;
  }
  return { property: undefined, word, next: i };
}

/** Whether a word is a function word (in any of its proclitic readings, for Arabic). */
function isFunctionWord(t: Token): boolean {
  if (FUNCTION_WORDS.has(t.norm)) return true;
  return isArabicToken(t) && tokenVariants(t).some((v) => v.prefix === 1 && FUNCTION_WORDS.has(v.form));
}

/**
 * Whether the word at `j` is a noun a number counts: a content word, not a
 * function word, a number word or a month; in English, lower case (a
 * capital starts a name: "Five Eyes"); in Arabic, without the article (a
 * counted noun is indefinite: «أربعة جنود», but «انتخابات 2024 البرلمانية»).
 * "of the …" and «من ال…» count too ("two of the soldiers").
 */
function countedNoun(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t === undefined || t.kind !== "word") return false;
  if (isWord(t, OF_WORDS)) {
    const n = tokens[j + 1];
    if (n === undefined || n.kind !== "word") return false;
    if (isArabicToken(n)) return !isFunctionWord(n) && numberWord(n) === undefined;
    return ["the", "them", "these", "those", "its", "their", "whom"].includes(n.norm);
  }
  if (isFunctionWord(t) || numberWord(t) !== undefined || MONTHS.has(t.norm)) return false;
  if (isArabicToken(t)) return !t.norm.startsWith("\u0627\u0644");
  const c = t.text.charCodeAt(0);
  return !(c >= 0x41 && c <= 0x5a);
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
  let lastQuantity: Figure | undefined;

  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    // Times of day: 10:45, الساعة 3.
    if (t.kind === "number" && tokens[i + 1]?.norm === ":" && tokens[i + 2]?.kind === "number" && !tokens[i + 1]!.spaced && !tokens[i + 2]!.spaced) {
      i += 3;
      while (tokens[i]?.norm === ":" && tokens[i + 1]?.kind === "number") i += 2;
      continue;
    }
    if (t.kind === "number" && isWord(tokens[i - 1], CLOCK_WORDS)) {
      i++;
      continue;
    }
    const signed = t.kind === "punct" && (t.norm === "-" || t.norm === "\u2212" || t.norm === "+" || CURRENCY.has(t.norm)) && tokens[i + 1]?.kind === "number" && !tokens[i + 1]!.spaced;
    if (t.kind !== "number" && !signed && !(t.kind === "word" && mayStart(t.norm))) {
      i++;
      continue;
    }
    // «رؤية 2030», Resolution 2254: a number that names something is neither a figure nor a date.
    if (t.kind === "number" && isIdentifier(tokens, i, false)) {
      i++;
      continue;
    }
    const date = signed || !mayStartDate(tokens, i) ? undefined : readDate(tokens, i, ctx);
    // A year-like number is a count when a lexicon unit or a counted noun follows it ("sent 2000 troops", «حتى 2000 جندي»);
    // after since, by, before or after it stays a date.
    const countable = date !== undefined && (date.bare || (date.yearOnly && (date.deadlineWord === undefined || date.deadlineWord === "until")));
    if (date && !(countable && (unitIsNext(date.next) || countNounAfterYear(tokens, date.next - 1, date.next))) && !(date.bare && hedgeBefore(tokens, i))) {
      if (date.value === undefined && !date.relative && date.unresolved === undefined) {
        i = date.next;
        continue;
      }
      figures.push({
        kind: "date",
        first: i,
        next: date.next,
        value: date.value ?? "",
        relative: date.relative,
        deadline: date.deadline,
        since: date.since,
        adverbial: date.adverbial || isAdverbialStart(tokens, i),
        ...(date.uncertain !== undefined ? { uncertain: date.uncertain } : {}),
        ...(date.unresolved !== undefined ? { unresolved: date.unresolved } : {}),
      });
      if (date.point) ctx.last = date.point;
      i = date.next;
      continue;
    }
    const q = readQuantity(tokens, i, lastQuantity, lexicon, hasCue);
    if (q !== undefined && "skipTo" in q) {
      i = Math.max(i + 1, q.skipTo);
      continue;
    }
    if (q) {
      figures.push(q);
      lastQuantity = q;
      i = q.next;
      continue;
    }
    i++;
  }
  return figures;
}

/**
 * A bare year (2000) is a count when the noun after it is one a number
 * counts and the word before it does not announce a year: "sent 2000
 * troops", «أرسلت 2000 جندي»; but "in 2000 troops…", "the 2024 elections",
 * «محادثات 2024 في».
 */
function countNounAfterYear(tokens: readonly Token[], i: number, next: number): boolean {
  const previous = tokens[i - 1];
  if (previous !== undefined && previous.kind === "word" && tokenVariants(previous).some((v) => v.prefix <= 1 && YEAR_BEFORE.has(v.form))) return false;
  // «من 2000 إلى 1000 جندي», "from 2000 to 1,500 troops": the second figure says what the first counts.
  if (isWord(tokens[next], TO_WORDS)) {
    const h = matchPhrase(tokens, next + 1, HEDGES, 2);
    const k = h ? h.next : next + 1;
    const n = tokens[k];
    if (n !== undefined && n.kind === "number" && !(n.digits === 4 && !n.grouped && n.value >= 1900 && n.value <= 2100)) return true;
  }
  const before = tokens[i - 1];
  if (before !== undefined && before.kind === "word" && tokenVariants(before).some((v) => v.prefix <= 1 && YEAR_BEFORE.has(v.form))) return false;
  if (isPunct(tokens[next], "-", "'", "\u2019")) return false;
  return countedNoun(tokens, next) && !isWord(tokens[next], OF_WORDS);
}

/** Words after which a year-like number is a year: in 2024, the 2024 elections, «في 2023», «منذ 2014». */
const YEAR_BEFORE = new Set(
  ["in", "of", "the", "a", "since", "by", "during", "until", "from", "to", "for", "its", "their", "his", "her", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "في", "منذ", "خلال", "حتى", "بحلول", "قبل", "بعد", "عام", "لعام", "سنة", "مطلع", "أواخر", "أوائل", "منتصف", "نهاية", "بداية", "انتخابات", "موازنة", "ميزانية"].map((w) => fold(w)),
);

/** A date at the start of its clause, or after a preposition of time, fixes when something happens. */
function isAdverbialStart(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined || before.kind === "punct") return true;
  return tokenVariants(before).some((v) => v.prefix <= 1 && ADVERBIAL_BEFORE.has(v.form));
}

const ADVERBIAL_BEFORE = new Set(["في", "خلال", "يوم", "ليلة", "صباح", "مساء", "منذ", "حتى", "بحلول", "اعتبارا", "ابتداء", "in", "on", "at", "during", "as", "through", "throughout", "by", "until", "from", "of"].map((w) => fold(w)));

/**
 * Whether a date can begin at token i: a word that begins one, a four-digit
 * number (a year), or a day of one or two digits followed by a word, a
 * separator of numeric dates or a range; not digits glued to letters (1e,
 * P1Y). A cheap test that spares reading a date at most numbers.
 */
function mayStartDate(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === "word") {
    let known = dateStartCache.get(t.norm);
    if (known === undefined) {
      known = tokenVariants(t).some((v) => DATE_STARTERS.has(v.form) || (v.form.startsWith("\u0627\u0644") && DATE_STARTERS.has(v.form.slice(2))));
      if (dateStartCache.size > 20_000) dateStartCache.clear();
      dateStartCache.set(t.norm, known);
    }
    return known;
  }
  if (t.kind !== "number") return false;
  // Digits glued to letters (u0640, P1Y) or with a leading zero beyond a day (0640) begin no date.
  const before = tokens[i - 1];
  if (before !== undefined && !t.spaced && before.kind === "word" && before.norm.charCodeAt(0) < 0x80) return false;
  if (t.norm.charCodeAt(0) === 0x30 && t.digits > 2) return false;
  const next = tokens[i + 1];
  if (next !== undefined && !next.spaced && next.kind === "word") return ["st", "nd", "rd", "th", "\u0645", "\u0647"].includes(next.norm);
  if (Number.isNaN(t.value)) return t.norm.includes(".");
  if (t.digits === 4) return !t.grouped && !t.decimal;
  if (t.digits > 2 || t.decimal) return false;
  return next !== undefined && (next.kind === "word" || next.norm === "/" || next.norm === "-" || next.norm === "." || next.norm === "\u2013");
}

const dateStartCache = new Map<string, boolean>();

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
    if (m && (m.next === i || (m.next === i - 1 && isCliticToken(tokens, i - 1)))) return m.meaning !== "between" && !AMBIGUOUS_HEDGES.has(tokens[i - back]!.norm);
  }
  return false;
}

/** Hedges that are also prepositions of time or place: before a year-like number with no counted noun after it, they are not read as a count ("over 2025", «حتى 2026»). */
const AMBIGUOUS_HEDGES = new Set(["over", "under", "above", "below", "beyond", "about", "around", "some", "up", "until", "حتى", "فوق", "تحت", "دون", "by"].map((w) => fold(w)));

function isCliticToken(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const n = tokens[j + 1];
  return t !== undefined && t.kind === "word" && CLITICS.has(t.norm) && n !== undefined && n.kind === "number" && !n.spaced;
}

function isDash(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "punct" && (t.norm === "-" || t.norm === "\u2013" || t.norm === "\u2014");
}

/** Whether the number token at `j` names something: Resolution 2254, «رقم 5», No. 7, #3, F-16, COVID-19. */
function isIdentifier(tokens: readonly Token[], j: number, hedged: boolean): boolean {
  const before = tokens[j - 1];
  if (before === undefined) return false;
  const t = tokens[j]!;
  if (before.kind === "word" && IDENTIFIER_BEFORE.has(before.norm)) return true;
  if (before.kind === "word" && isArabicToken(before) && tokenVariants(before).some((v) => v.prefix === 1 && IDENTIFIER_BEFORE.has(v.form))) return true;
  if (isPunct(before, "#", "№") && !t.spaced) return true;
  if (isPunct(before, ".") && isWord(tokens[j - 2], new Set(["no", "nos"]))) return true;
  // F-16, S-400, COVID-19: letters, a hyphen and digits glued together.
  if (isPunct(before, "-", "\u2013") && !before.spaced && !t.spaced && tokens[j - 2]?.kind === "word") return true;
  // A capitalised English word right before digits names them (Apollo 11, Route 66), unless it starts the sentence.
  if (!hedged && t.kind === "number" && before.kind === "word" && !isArabicToken(before) && j - 1 > 0 && t.spaced) {
    const c = before.text.charCodeAt(0);
    if (c >= 0x41 && c <= 0x5a && !MONTHS.has(before.norm) && !(before.text.length <= 4 && before.text === before.text.toUpperCase())) return true;
  }
  return false;
}

/** A quantity at tokens[i]: hedge, sign, number (or range, share, ratio), unit; "skip" when the number is not a figure. */
function readQuantity(
  tokens: readonly Token[],
  i: number,
  previous: Figure | undefined,
  lexicon: CompiledLexicon | undefined,
  hasCue: (p: number) => boolean,
): Figure | { skipTo: number } | undefined {
  let j = i;
  let hedgeMatch = matchPhrase(tokens, j, HEDGES, 2);
  if (hedgeMatch) {
    j = hedgeMatch.next;
    // ما يقدر بنحو: a second hedge says more.
    const again = matchPhrase(tokens, j, HEDGES, 2);
    if (again && again.meaning !== "between" && hedgeMatch.meaning !== "between") {
      hedgeMatch = again;
      j = again.next;
    }
  }
  let hedge: HedgeSign | undefined = hedgeMatch?.meaning;
  if (isCliticToken(tokens, j)) j++;
  let currency: string | undefined;
  let sign = 1;
  const s = tokens[j];
  if (s !== undefined && s.kind === "punct" && tokens[j + 1]?.kind === "number" && !tokens[j + 1]!.spaced) {
    if (CURRENCY.has(s.norm)) {
      currency = s.norm;
      j++;
    } else if ((s.norm === "-" || s.norm === "\u2212" || s.norm === "+") && (s.spaced || j === 0 || isPunct(tokens[j - 1], "(", ":", "=", "\u060c", ",", "[")) && tokens[j - 1]?.kind !== "number") {
      // +964 770 … is a telephone number, not a signed figure.
      if (s.norm === "+" && (tokens[j + 2]?.kind === "number" || tokens[j + 1]!.digits >= 7)) return hedgeMatch ? undefined : { skipTo: phoneEnd(tokens, j + 1) };
      sign = s.norm === "+" ? 1 : -1;
      j++;
    }
  } else if (s !== undefined && s.kind === "word" && MINUS_WORDS.has(s.norm) && (tokens[j + 1]?.kind === "number" || numberWord(tokens[j + 1]) !== undefined)) {
    sign = -1;
    j++;
  }
  const t = tokens[j];
  if (t === undefined) return undefined;
  if (hedgeMatch === undefined && t.kind === "word" && CLITICS.has(t.norm)) return undefined;
  const reading = readNumber(tokens, j, hedge === "between");
  if (reading === undefined) return undefined;
  if (reading.kind === "skip") return hedgeMatch ? undefined : { skipTo: reading.next };
  // Figures past 10¹⁵ are identifiers or noise, and lose integer precision.
  if (reading.kind === "exact" && !(Math.abs(reading.value) <= 1e15)) return hedgeMatch ? undefined : { skipTo: reading.next };
  if (isIdentifier(tokens, j, hedgeMatch !== undefined)) return hedgeMatch ? undefined : { skipTo: reading.next };
  const numberStart = j;
  let next = reading.next;
  let value: number | string;
  let amount: number | undefined;
  let percent = false;
  let change: Figure["change"];

  // Phone numbers and identifiers: 0770…, nine or more digits with no separators, or three numbers in a row.
  if (t.kind === "number") {
    const leadingZero = t.norm.length > 1 && t.norm[0] === "0" && t.norm[1] !== ".";
    const runOn = tokens[next]?.kind === "number" && tokens[next + 1]?.kind === "number";
    if (leadingZero || (!t.grouped && !t.decimal && t.digits >= 9) || runOn) return hedgeMatch ? undefined : { skipTo: phoneEnd(tokens, j) };
  }

  if (reading.kind === "vague") {
    value = `${reading.min}..${reading.max}`;
    hedge = undefined;
  } else if (reading.kind === "fraction") {
    // Shares are percentages: two thirds → 66.67 %, more than half → >50 %.
    percent = true;
    amount = num(reading.value * 100);
    value = hedge === undefined || hedge === "between" ? amount : `${hedge}${amount}`;
    if (hedge === "between") hedge = undefined;
  } else if (hedge === "between") {
    // بين 2000 و2500, between 2,000 and 2,500
    let k = next;
    if (isPercentAt(tokens, k)) k = percentEnd(tokens, k); // between 40% and 45%
    const andWord = tokens[k];
    if (isWord(andWord, AND_WORDS)) k++; // و 2500, and 2,500
    else if (andWord?.kind === "word" && andWord.norm === "\u0648" && tokens[k + 1]?.kind === "number" && !tokens[k + 1]!.spaced) k++; // و2500
    else if (!(andWord?.kind === "word" && andWord.norm.startsWith("\u0648") && numberWord(andWord)?.prefix === 1)) return undefined; // وثلاثة آلاف
    let secondSign = 1;
    if (isPunct(tokens[k], "-", "\u2212") && tokens[k + 1]?.kind === "number" && !tokens[k + 1]!.spaced) {
      secondSign = -1;
      k++;
    }
    const second = readNumber(tokens, k);
    if (second === undefined || second.kind !== "exact") return undefined;
    const low = num(sign * reading.value);
    const high = num(secondSign * second.value);
    if (high < low) return undefined;
    value = `${low}..${high}`;
    amount = undefined;
    next = second.next;
  } else {
    amount = num(sign * reading.value);
    // 2,000-2,500 and 2000–2500: a range written with a dash.
    if (hedge === undefined && t.kind === "number" && isDash(tokens[next]) && !tokens[next]!.spaced && tokens[next + 1]?.kind === "number" && !tokens[next + 1]!.spaced) {
      const second = readNumber(tokens, next + 1);
      if (second && second.kind === "exact" && second.value > reading.value) {
        next = second.next;
        return finish(`${amount}..${num(second.value)}`, undefined, reading);
      }
    }
    // one in five, «واحد من كل خمسة»: a ratio, as a percentage.
    const ratio = ratioAt(tokens, next);
    if (ratio !== undefined && sign === 1) {
      const of = readNumber(tokens, ratio);
      if (of && of.kind === "exact" && of.value > reading.value && reading.value > 0) {
        percent = true;
        amount = num((reading.value / of.value) * 100);
        next = of.next;
        return finish(hedge === undefined ? amount : `${hedge}${amount}`, amount, reading);
      }
    }
    // 3-1, 312-109: a score or a tally, not a range and not two figures.
    if (hedge === undefined && t.kind === "number" && !t.grouped && !t.decimal && isDash(tokens[next]) && !tokens[next]!.spaced && tokens[next + 1]?.kind === "number" && !tokens[next + 1]!.spaced && tokens[next + 1]!.value <= reading.value && !tokens[next + 1]!.grouped) {
      return { skipTo: next + 2 };
    }
    // 20 to 30 people, «20 إلى 30 قتيلاً», «من 20 إلى 30», two or three soldiers: a range; "cut from 2,000 to 1,400" (a change) is not.
    const before = tokens[i - 1];
    const fromBefore = isWord(before, FROM_WORDS) || (before?.kind === "word" && tokenVariants(before).some((v) => v.prefix === 1 && FROM_WORDS.has(v.form)));
    const ranging = fromBefore && (isWord(tokens[i - 2], RANGE_VERBS) || !changeBefore(tokens, i - 1));
    if (hedge === undefined && (!fromBefore || ranging)) {
      let k = next;
      const pct = isPercentAt(tokens, k);
      if (pct) k = percentEnd(tokens, k);
      if (isWord(tokens[k], TO_WORDS) || isWord(tokens[k], OR_WORDS)) {
        const second = readNumber(tokens, k + 1);
        // "from 38 million in 2015 to 46 million": a second end a hundred times the first is not its range.
        if (second && second.kind === "exact" && second.value > reading.value && second.value <= 100 * Math.max(1, Math.abs(reading.value))) {
          next = second.next;
          if (pct && !isPercentAt(tokens, next)) percent = true;
          return finish(`${amount}..${num(sign * 0 + second.value)}`, undefined, reading);
        }
      }
    }
    if (fromBefore && !ranging) change = changeFollows(tokens, next) ? "from" : undefined;
    if (isWord(before, TO_WORDS) && previous?.change === "from") change = "to";
    // «يتجاوز عدد الضحايا ٣٠٠٠»: a bounding verb before the subject.
    if (hedge === undefined && !fromBefore) hedge = verbHedgeBefore(tokens, numberStart);
    value = hedge === undefined ? amount : `${hedge}${amount}`;
  }
  return finish(value, amount, reading);

  function finish(value: number | string, amount: number | undefined, reading: NumberReading): Figure | { skipTo: number } | undefined {
    // Percentages: 40%, ٤٠٪, 40 في المئة, 5pc; percentage points.
    let end = next;
    let pp = false;
    if (isPercentAt(tokens, end)) {
      pp = isPointsAt(tokens, end);
      percent = !pp;
      end = percentEnd(tokens, end);
    }
    const after = tokens[end];
    // Times of day: 3 pm, ٣ صباحاً.
    if (!percent && !pp && after && after.kind === "word" && (CLOCK_AFTER.has(after.norm) || (isPunct(after, ".") && false))) return hedgeMatch ? undefined : { skipTo: end + 1 };
    // Compounds: "a 2,500-strong force" is a figure, "two-state" and "10-year" are not.
    let compound: string | undefined;
    if (!percent && isDash(after) && !after!.spaced && tokens[end + 1]?.kind === "word" && !tokens[end + 1]!.spaced && tokens[end + 1]!.norm !== "plus") {
      const word = tokens[end + 1]!;
      if (!COMPOUND_UNITS.has(word.norm)) return hedgeMatch ? undefined : { skipTo: end + 2 };
      compound = word.text;
      end += 2;
    }
    // Durations (20 عاماً, three days): figures with a unit of time, never a lexicon property.
    const duration = !percent && !pp && compound === undefined && after !== undefined && after.kind === "word" && tokenVariants(after).some((v) => v.prefix <= 1 && TIME_UNITS.has(v.form));
    const unit = percent
      ? { property: undefined, word: "%", next: end }
      : pp
        ? { property: undefined, word: "percentage points", next: end }
        : compound !== undefined
          ? { property: undefined, word: compound, next: end }
          : duration
            ? { property: undefined, word: after!.text, next: end + 1 }
            : unitAfter(tokens, end, lexicon, hasCue);
    let property = unit.property;
    let hedgeSign = hedge;
    // A figure with no unit of its own shares the previous figure's (نحو 2500 جندي في العراق و900 في سوريا), and
    // after "و"/"and" its hedge too.
    const bareUnit = !percent && !pp && !duration && compound === undefined && unit.property === undefined && !countedNoun(tokens, end);
    if (property === undefined && bareUnit && previous !== undefined && !previous.percent && !previous.duration) {
      if (previous.property !== undefined) property = previous.property;
      const joinedByAnd = isCoordinated(tokens, i, numberStart);
      if (hedgeSign === undefined && joinedByAnd && previous.hedge !== undefined && previous.hedge !== "between" && amount !== undefined && typeof value === "number") {
        hedgeSign = previous.hedge;
        value = `${hedgeSign}${amount}`;
      }
    }
    // Trailing hedges: 70 هجوماً على الأقل, 900 or so, 1,000+.
    let last = Math.max(end, unit.next);
    let trailing = hedgeSign === undefined && amount !== undefined ? matchPhrase(tokens, last, TRAILING_HEDGES, 1) : undefined;
    // Past the unit and one adjective: «40 عربة مدرعة على الأقل», "70 vehicles or more".
    for (let skip = 1; trailing === undefined && hedgeSign === undefined && amount !== undefined && skip <= 2 && unit.property === undefined && !percent && !pp; skip++) {
      const w = tokens[last + skip - 1];
      if (w === undefined || w.kind !== "word" || isFunctionWord(w)) break;
      trailing = matchPhrase(tokens, last + skip, TRAILING_HEDGES, 1);
    }
    // 1,000+, 2,000-plus.
    if (trailing === undefined && hedgeSign === undefined && amount !== undefined && isPunct(tokens[next], "+") && !tokens[next]!.spaced) trailing = { meaning: ">=" as const, next: next + 1, prefix: 0 };
    if (trailing === undefined && hedgeSign === undefined && amount !== undefined && isDash(tokens[next]) && !tokens[next]!.spaced && tokens[next + 1]?.norm === "plus" && !tokens[next + 1]!.spaced) trailing = { meaning: ">=" as const, next: next + 2, prefix: 0 };
    if (trailing && amount !== undefined) {
      hedgeSign = trailing.meaning;
      value = `${hedgeSign}${amount}`;
      last = trailing.next;
    }
    if (reading.kind === "exact" && reading.words && !percent && !pp && property === undefined && hedgeSign === undefined && typeof value === "number") {
      // Number words below ten are figures only before a noun they count ("three soldiers", «أربعة جنود»), and "one" never ("one of", «أحد»).
      // "the two sides", "the three countries": a set the text already knows, not a count it states.
      const known = isWord(tokens[numberStart - 1], THE);
      // "three were injured": a number standing for the people it counts, before its verb.
      const subject = isWord(tokens[end], SUBJECT_VERBS);
      if (Math.abs(value) < 10 && (Math.abs(value) <= 1 || known || !(duration || compound !== undefined || subject || countedNoun(tokens, end)))) return { skipTo: next };
    }
    // A year-like number after a hedge that is also a preposition ("over 2025", «حتى 2026») with nothing it counts after it is neither a count nor a date.
    if (reading.kind === "exact" && reading.digits && hedgeMatch !== undefined && property === undefined && !percent && t!.kind === "number" && !t!.grouped && !t!.decimal && t!.digits === 4 && t!.value >= 1900 && t!.value <= 2100 && AMBIGUOUS_HEDGES.has(tokens[i]!.norm) && !countedNoun(tokens, end)) {
      return { skipTo: next };
    }
    return {
      kind: "quantity",
      // A proclitic written apart from its digits (و900, بـ2500) is not part of the mention.
      first: hedgeMatch === undefined && isCliticToken(tokens, i) ? numberStart : i,
      next: trailing ? last : percent || pp || compound !== undefined ? end : next,
      value,
      amount,
      hedge: hedgeSign,
      unitWord: unit.word ?? currency,
      property,
      percent,
      ...(duration ? { duration } : {}),
      ...(change !== undefined ? { change } : {}),
    };
  }
}

const OR_WORDS = new Set(["or", "أو", "او"]);

/** A word of change in the few words before a "from" (خفض عدد جنوده في سوريا من …; cut its force from …). */
function changeBefore(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= 8; k--) {
    const t = tokens[k]!;
    if (t.kind === "punct") return false;
    if (t.kind === "word" && tokenVariants(t).some((v) => v.prefix <= 1 && CHANGE_WORDS.has(v.form))) return true;
  }
  return false;
}

/** Nouns that begin the subject between a bounding verb and its figure: عدد, حصيلة, نسبة … */
const SUBJECT_NOUNS = new Set(["عدد", "حصيلة", "نسبة", "قيمة", "حجم", "إجمالي", "مجموع", "كلفة", "تكلفة", "أعداد"].map((w) => fold(w)));
const PREPOSITION_TO = new Set(["إلى", "الى"].map((w) => fold(w)));
const PREPOSITION_ON = new Set(["على", "عن"].map((w) => fold(w)));

/**
 * A bounding verb before its subject and the figure: «يتجاوز عدد الضحايا
 * ٣٠٠٠», «تجاوزت الواردات 4 مليار», «قد يصل عدد المفقودين إلى ٧٠٠». The subject
 * is one to three words that begin with the article or a noun of counting.
 */
function verbHedgeBefore(tokens: readonly Token[], k: number): HedgeSign | undefined {
  let end = k;
  let via: "none" | "to" | "on" = "none";
  const prep = tokens[k - 1];
  if (prep !== undefined && prep.kind === "word" && PREPOSITION_TO.has(prep.norm)) [end, via] = [k - 1, "to"];
  else if (prep !== undefined && prep.kind === "word" && PREPOSITION_ON.has(prep.norm)) [end, via] = [k - 1, "on"];
  for (let words = 1; words <= 3; words++) {
    const subject = end - words;
    if (subject < 1) break;
    const w = tokens[subject]!;
    if (w.kind !== "word" || !isArabicToken(w)) break;
    for (let back = 2; back >= 1; back--) {
      if (subject - back < 0) continue;
      const m = matchPhrase(tokens, subject - back, VERB_HEDGES, 1);
      if (m === undefined || m.next !== subject || m.meaning.via !== via) continue;
      if (w.norm.startsWith("\u0627\u0644") || SUBJECT_NOUNS.has(w.norm)) return m.meaning.sign;
    }
  }
  return undefined;
}
const THE = new Set(["the", "these", "those", "all", "both"]);
const SUBJECT_VERBS = new Set(["were", "was", "are", "have", "had", "died", "remain", "remained"]);

/** "in", "of every", "out of every", «من كل», «من بين كل» before the second number of a ratio: the token where it starts. */
function ratioAt(tokens: readonly Token[], k: number): number | undefined {
  const t = tokens[k];
  if (t === undefined || t.kind !== "word") return undefined;
  if (t.norm === "in") return tokens[k + 1]?.kind === "number" || numberWord(tokens[k + 1]) !== undefined ? k + 1 : undefined;
  if (t.norm === "of" && isWord(tokens[k + 1], new Set(["every"]))) return k + 2;
  if (t.norm === "out" && isWord(tokens[k + 1], new Set(["of"])) && isWord(tokens[k + 2], new Set(["every"]))) return k + 3;
  if (t.norm === "\u0645\u0646" && tokens[k + 1]?.norm === "\u0643\u0644") return k + 2;
  if (t.norm === "\u0645\u0646" && tokens[k + 1]?.norm === "\u0628\u064a\u0646" && tokens[k + 2]?.norm === "\u0643\u0644") return k + 3;
  return undefined;
}

/** After a "from" figure and its unit: "to"/«إلى» and another figure (a change: from 2,000 to 1,400). */
function changeFollows(tokens: readonly Token[], k: number): boolean {
  for (let n = 0; n < 4 && k < tokens.length; n++, k++) {
    const t = tokens[k]!;
    if (isWord(t, TO_WORDS)) {
      const h = matchPhrase(tokens, k + 1, HEDGES, 2);
      const at = h ? h.next : k + 1;
      return readNumber(tokens, at) !== undefined || isCliticToken(tokens, at);
    }
    if (t.kind !== "word") return false;
  }
  return false;
}

function isPercentAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (t.kind === "punct" && (t.norm === "%" || t.norm === "\u066a")) return true;
  if (t.kind === "word" && t.norm === "pc" && !t.spaced) return true;
  return matchPhrase(tokens, k, PERCENT_WORDS, 1) !== undefined;
}

function isPointsAt(tokens: readonly Token[], k: number): boolean {
  return matchPhrase(tokens, k, PERCENT_WORDS, 1)?.meaning === "pp";
}

function percentEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k]!;
  if (t.kind === "punct") return k + 1;
  if (t.norm === "pc" && !t.spaced) return k + 1;
  return matchPhrase(tokens, k, PERCENT_WORDS, 1)?.next ?? k + 1;
}

/** The end of a run of numbers (a telephone number: +964 770 123 4567). */
function phoneEnd(tokens: readonly Token[], k: number): number {
  let next = k;
  while (tokens[next]?.kind === "number" || ((isDash(tokens[next]) || isPunct(tokens[next], ".")) && tokens[next + 1]?.kind === "number")) next++;
  return Math.max(next, k + 1);
}

/** Whether the number at `numberStart` follows "و"/"and" (glued: و900, or apart: and 900). */
function isCoordinated(tokens: readonly Token[], first: number, numberStart: number): boolean {
  const t = tokens[first]!;
  if (t.kind === "word" && t.norm.startsWith("\u0648") && first < numberStart) return true;
  const before = tokens[first - 1];
  return before !== undefined && before.kind === "word" && (before.norm === "\u0648" || before.norm === "and");
}
