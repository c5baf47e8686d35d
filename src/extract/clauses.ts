/**
 * Clauses of a sentence, and what a figure takes from its clause: whether it
 * speaks of the future (a plan, the next Monday), and who the sentence
 * credits (attribution). Clauses are cut at punctuation (، , ; : ( ) and
 * dashes) and before words that open one (التي, حيث, لكن, بعد أن, which,
 * but, although…). One pass over the tokens, no look-back beyond a few
 * tokens.
 */
import { fold, type Token } from "./text.js";
import { matchPhrase } from "./dates.js";
import { FUTURE_WORDS, phraseTable, tokenVariants } from "./words.js";

/** Words that open a clause. `relative`: the clause is about the noun before it (التي, which, where). */
const OPENERS = new Map<string, "relative" | "other" | "that">(
  (
    [
      ["التي", "relative"], ["الذي", "relative"], ["الذين", "relative"], ["اللذين", "relative"], ["اللتين", "relative"], ["اللواتي", "relative"], ["حيث", "relative"],
      ["which", "relative"], ["where", "relative"], ["who", "relative"], ["whom", "relative"], ["whose", "relative"],
      ["بينما", "other"], ["لكن", "other"], ["لكنه", "other"], ["لكنها", "other"], ["ولكن", "other"], ["عندما", "other"], ["حين", "other"], ["حينما", "other"], ["بعدما", "other"],
      ["لأن", "other"], ["إذ", "other"], ["مما", "other"], ["فيما", "other"], ["كما", "other"], ["إلا", "other"], ["رغم", "other"], ["برغم", "other"],
      ["while", "other"], ["but", "other"], ["although", "other"], ["though", "other"], ["because", "other"], ["whereas", "other"], ["when", "other"], ["unless", "other"], ["however", "other"],
      // Reported speech: «قال … إن …», "said … that …" opens the clause of what was said.
      ["إن", "that"], ["أن", "that"], ["إنه", "that"], ["إنها", "that"], ["أنه", "that"], ["أنها", "that"], ["بأن", "that"], ["بأنه", "that"], ["بأنها", "that"], ["إنهم", "that"], ["أنهم", "that"], ["that", "that"],
    ] as const
  ).map(([w, k]) => [fold(w), k]),
);

/** Subordinators that open a clause unless they start a date (after 2026, بعد عام 2026): checked against the figures read. */
const TIME_OPENERS = new Set(["بعد", "قبل", "منذ", "after", "before", "since"].map((w) => fold(w)));


/** Clause boundary punctuation. */
function isBoundary(t: Token): boolean {
  if (t.kind !== "punct") return false;
  const c = t.norm;
  return c === "\u060c" || c === "," || c === ";" || c === "\u061b" || c === ":" || c === "(" || c === ")" || c === "\u2014" || c === "\u2013" || (c === "-" && t.spaced);
}

/** The clauses of a sentence. @internal */
export interface Clauses {
  /** The clause index of each token. */
  of: Int32Array;
  /** For each clause: whether it opens with a relative word (التي, which, where). */
  relative: boolean[];
  /** For each clause: whether it opens with a word that makes it depend on the clause before (التي, بعد أن, when, after…). */
  subordinate: boolean[];
  /** For each clause: whether it is what a clause before it reports («قال … إن …», "said … that …"). */
  reported: boolean[];
  /** For each clause: whether it speaks of the future or of a plan (سـ, سوف, خطة, will, plans, expected…). */
  future: boolean[];
  /** For each clause: the first token that speaks of the future, or Infinity (a date before it is read in the clause's tense). */
  futureFrom: number[];
}

/**
 * Cuts a sentence's tokens into clauses. `inFigure(k)` says whether token k
 * belongs to a date already read, so "after 2026" stays whole while "after
 * the US withdrew" opens a clause.
 * @internal
 */
export function clausesOf(tokens: readonly Token[], inFigure: (k: number) => boolean = () => false): Clauses {
  const of = new Int32Array(tokens.length);
  const relative: boolean[] = [false];
  const subordinate: boolean[] = [false];
  const reported: boolean[] = [false];
  const future: boolean[] = [false];
  const futureFrom: number[] = [Infinity];
  let clause = 0;
  let clauseStart = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isBoundary(t)) {
      of[k] = clause;
      if (k + 1 < tokens.length) {
        clause++;
        clauseStart = k + 1;
        relative.push(false);
        subordinate.push(false);
        reported.push(false);
        future.push(false);
        futureFrom.push(Infinity);
      }
      continue;
    }
    const kind = t.kind === "word" ? wordKind(t) : 0;
    if (t.kind === "word" && k > 0) {
      const opener = kind & RELATIVE_OPENER ? "relative" : kind & OTHER_OPENER ? "other" : kind & THAT_OPENER ? "that" : undefined;
      const time = opener === undefined && (kind & TIME_OPENER) !== 0 && !inFigure(k);
      if (opener !== undefined || time) {
        // «بعد أن», "after that": a second opener right after the first belongs to the same clause.
        if (!isBoundary(tokens[k - 1]!) && clauseStart !== k - 1) {
          clauseStart = k;
          clause++;
          relative.push(false);
          subordinate.push(false);
          reported.push(false);
          future.push(false);
          futureFrom.push(Infinity);
        }
        if (opener === "that") reported[clause] = true;
        else {
          relative[clause] = opener === "relative";
          subordinate[clause] = true;
        }
      }
    }
    of[k] = clause;
    if (kind & FUTURE) future[clause] = true;
    if (futureFrom[clause] === Infinity && kind & (FUTURE | FUTURE_VERB)) futureFrom[clause] = k;
  }
  return { of, relative, subordinate, reported, future, futureFrom };
}

const RELATIVE_OPENER = 1;
const OTHER_OPENER = 2;
const THAT_OPENER = 4;
const TIME_OPENER = 8;
const FUTURE = 16;
const FUTURE_VERB = 32;
const kinds = new Map<string, number>();

/** What a word does for clauses, as bits; cached by folded word, as article text repeats its words. */
function wordKind(t: Token): number {
  let kind = kinds.get(t.norm);
  if (kind === undefined) {
    const opener = openerOf(t);
    kind =
      (opener === "relative" ? RELATIVE_OPENER : opener === "other" ? OTHER_OPENER : opener === "that" ? THAT_OPENER : 0) |
      (tokenVariants(t).some((v) => v.prefix <= 1 && TIME_OPENERS.has(v.form)) ? TIME_OPENER : 0) |
      (isFuture(t) ? FUTURE : 0) |
      (isFutureVerb(t) ? FUTURE_VERB : 0);
    if (kinds.size > 20_000) kinds.clear();
    kinds.set(t.norm, kind);
  }
  return kind;
}

function openerOf(t: Token): "relative" | "other" | "that" | undefined {
  for (const v of tokenVariants(t)) {
    if (v.prefix > 1) continue;
    const kind = OPENERS.get(v.form);
    if (kind !== undefined) return kind;
  }
  return undefined;
}

/** Words that begin with سي/ست/سن but are not verbs in the future: سياسة, سيارة, ستة, سنة … */
const NOT_FUTURE = ["سياس", "سيار", "سيطر", "سياد", "سيد", "سينا", "سينم", "سيول", "سيف", "ستة", "ستين", "ستون", "ستار", "ستراتيج", "سترة", "سنة", "سنه", "سنو", "سنين", "سنتيم", "سنغاف", "سند", "سنجار", "سيئول", "ستوك", "سيبير", "سيريلانك", "سيناريو", "سيرة", "سيره", "ستديو", "ستوديو", "سنيور", "سيمنت"].map(fold);

/** An Arabic verb in the future: س and an imperfect prefix (سيغادر, ستبدأ, سنعمل), not one of the nouns that look like one. */
function isFutureVerb(t: Token): boolean {
  for (const v of tokenVariants(t)) {
    if (v.prefix > 1) continue;
    const w = v.form;
    if (w.length < 5 || w[0] !== "\u0633" || !"\u064a\u062a\u0646\u0627".includes(w[1]!)) continue;
    if (NOT_FUTURE.some((n) => w.startsWith(n))) continue;
    return true;
  }
  return false;
}

/** A word that makes its clause speak of the future or of a plan (with or without و/ف and the article). */
function isFuture(t: Token): boolean {
  if (FUTURE_WORDS.has(t.norm)) return true;
  const c = t.norm.charCodeAt(0);
  if (c < 0x0600) return false;
  return tokenVariants(t).some((v) => v.prefix <= 3 && FUTURE_WORDS.has(v.form));
}

// ---------------------------------------------------------------- attribution

/** Reporting verbs and phrases: a figure in a sentence with one is credited to the sources named near it. */
const REPORTING = phraseTable<true>(
  [
    "قال", "قالت", "يقول", "تقول", "أفاد", "أفادت", "يفيد", "تفيد", "ذكر", "ذكرت", "يذكر", "تذكر", "أعلن", "أعلنت", "يعلن", "تعلن", "أكد", "أكدت", "يؤكد", "تؤكد", "أوضح", "أوضحت",
    "صرح", "صرحت", "كشف", "كشفت", "أشار", "أشارت", "أضاف", "أضافت", "نقل", "نقلت", "أبلغ", "أبلغت", "أورد", "أوردت", "رجح", "رجحت", "قدر", "قدرت", "أحصى", "أحصت", "وثق", "وثقت",
    "زعم", "زعمت", "أعلنته", "إعلان", "بيان", "تقرير", "تصريح", "تصريحات", "إحصاء", "إحصائية", "بحسب", "حسب", "حسبما", "وفق", "وفقا", "طبقا", "استنادا", "نقلا عن", "على لسان",
    "said", "says", "say", "told", "tells", "according to", "reported", "reports", "announced", "stated", "estimated", "estimates", "confirmed", "citing", "cited", "quoted", "quoting",
    "added", "noted", "wrote", "claimed", "showed", "show", "statement", "report", "figures from", "data from",
  ].map((w) => [w, true] as const),
);

/** Words after a source that make it a relay of the next one: «نقلت A عن B», "A, citing B". */
const CITING = new Set(["عن", "citing", "quoting", "quoted", "cited"].map((w) => fold(w)));
/** Nouns of outlets: «لوكالة رويترز» (to the agency Reuters) makes Reuters a relay. */
const OUTLET_NOUNS = new Set(["وكاله", "صحيفه", "موقع", "قناه", "شبكه", "مجله", "اذاعه"]);

/** A mention of a lexicon source in the tokens. @internal */
export interface SourceMention {
  first: number;
  next: number;
  id: string;
  /** Characters of proclitic on the first word («لرويترز»: to Reuters). */
  prefix: number;
}

/** The reporting verbs and phrases of a sentence, by token range. @internal */
export function reportingCues(tokens: readonly Token[]): Array<{ first: number; next: number }> {
  const cues: Array<{ first: number; next: number }> = [];
  for (let i = 0; i < tokens.length; ) {
    const m = matchPhrase(tokens, i, REPORTING, 2);
    if (m) {
      cues.push({ first: i, next: m.next });
      i = m.next;
    } else i++;
  }
  return cues;
}

/**
 * Who a figure is credited to: the lexicon sources named within a few
 * tokens of a reporting verb or phrase that frames the figure's clause (in
 * that clause or an earlier one — «قال X إن …» —, or in a later clause that
 * only reports: "…, officials said"), relays first (the outlet a source
 * spoke to, or that cites another), the origin last (DESIGN §1). `cue`:
 * the reporting words, when they name no lexicon source.
 * @internal
 */
export function attributionOf(
  tokens: readonly Token[],
  cues: ReadonlyArray<{ first: number; next: number }>,
  sources: readonly SourceMention[],
  clauses: Clauses,
  clause: number,
  figureClauses: ReadonlySet<number>,
): { ids: string[]; cue: string | undefined } {
  const framing = cues.filter((c) => {
    const k = clauses.of[c.first]!;
    if (k <= clause) return true;
    // A later clause credits the figure when it only reports ("…, officials said"): no figure of its own, not "but …" or "which …".
    return !clauses.subordinate[k] && !figureClauses.has(k) && !ADVERSATIVE.has(tokens[firstOfClause(clauses, k)]!.norm);
  });
  if (framing.length === 0) return { ids: [], cue: undefined };
  const near = sources.filter((s) => framing.some((c) => (s.first >= c.next && s.first - c.next <= 8) || (c.first >= s.next && c.first - s.next <= 6)));
  if (near.length === 0) {
    const c = framing[framing.length - 1]!;
    const end = Math.min(tokens.length, c.next + 2);
    return { ids: [], cue: tokens.slice(c.first, end).map((t) => t.text).join(" ") };
  }
  const relay = (s: SourceMention) => {
    for (let k = s.next; k < Math.min(tokens.length, s.next + 4); k++) if (tokens[k]!.kind === "word" && CITING.has(tokens[k]!.norm)) return true;
    const first = tokens[s.first]!;
    const before = tokens[s.first - 1];
    // «قالت مصادر لرويترز»: a source told another (ل on the second, right after the first).
    const toAnother = sources.some((o) => o !== s && o.next <= s.first && s.first - o.next <= 3);
    if (toAnother && s.prefix > 0 && first.norm.slice(0, s.prefix).includes("\u0644")) return true;
    if (toAnother && before !== undefined && before.kind === "word" && before.norm.startsWith("\u0644") && OUTLET_NOUNS.has(before.norm.slice(1))) return true;
    if (before !== undefined && before.kind === "word" && (before.norm === "told" || before.norm === "to")) return true;
    return false;
  };
  const ids: string[] = [];
  for (const s of near) if (relay(s) && !ids.includes(s.id)) ids.push(s.id);
  for (const s of near) if (!ids.includes(s.id)) ids.push(s.id);
  return { ids, cue: undefined };
}

/** Words that open a clause saying something else: «لكن …», "but …". */
const ADVERSATIVE = new Set(["لكن", "ولكن", "لكنه", "لكنها", "but", "however", "while", "بينما", "غير"].map((w) => fold(w)));

function firstOfClause(clauses: Clauses, k: number): number {
  let i = 0;
  while (i < clauses.of.length && clauses.of[i]! < k) i++;
  return Math.min(i, clauses.of.length - 1);
}
