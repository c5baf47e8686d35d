/**
 * The extraction corpus (test/extract/corpus/*.jsonl) and its scoring,
 * shared by test/extract/corpus.test.ts and `npm run bench:extract`.
 *
 * One sentence a line:
 *
 *   {"id": "en-f-001", "lang": "en", "category": "digits", "published": "2025-04-20",
 *    "text": "The ministry said 2,500 US troops remain in Iraq.",
 *    "figures": [{"at": "2,500", "value": 2500}], "dates": []}
 *
 * `figures` and `dates` list what a careful reader marks: `at` is the text
 * of the mention (it must occur once in `text`), `value` is in the value
 * grammar of DESIGN §2. Optional: `unit` ("%": the candidate's unit must be
 * it), `within` (dates: the value may be wider by at most this many days
 * on each side, for Hijri dates converted with the tabular calendar).
 * `published` is passed to extract (relative dates resolve against it).
 *
 * Scoring, per expected item: a candidate of the same kind whose mention
 * overlaps `at` with an equal value (the same interval) is correct; one
 * that overlaps with another value is wrong (or "flagged" when it is marked
 * uncertain); none is a miss. Candidates that overlap nothing expected are
 * spurious. Wrong values are counted as candidates, against all candidates.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Candidate, extract, parseDate, parseQuantity } from "../../src/index.js";

/** One expected figure or date. */
export interface Expectation {
  at: string;
  value: number | string;
  unit?: string;
  within?: number;
}

/** One sentence of the corpus. */
export interface CorpusItem {
  id: string;
  lang: "ar" | "en";
  category: string;
  published?: string;
  text: string;
  figures: Expectation[];
  dates: Expectation[];
}

const dir = fileURLToPath(new URL("./corpus/", import.meta.url));

/** Reads every corpus file, in file-name order. */
export function loadCorpus(): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".jsonl")).sort()) {
    const lines = readFileSync(dir + name, "utf8").split("\n");
    lines.forEach((line, k) => {
      if (line.trim() === "") return;
      try {
        items.push(JSON.parse(line) as CorpusItem);
      } catch {
        throw new Error(`${name}:${k + 1}: not JSON`);
      }
    });
  }
  return items;
}

/** Problems in the corpus itself: duplicate ids, mentions not found once, values the grammar refuses. */
export function corpusProblems(items: readonly CorpusItem[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) problems.push(`${item.id}: duplicate id`);
    ids.add(item.id);
    if (item.lang !== "ar" && item.lang !== "en") problems.push(`${item.id}: lang`);
    for (const [kind, list] of [["figure", item.figures], ["date", item.dates]] as const) {
      for (const e of list) {
        const first = item.text.indexOf(e.at);
        if (first < 0) problems.push(`${item.id}: «${e.at}» is not in the text`);
        else if (item.text.indexOf(e.at, first + 1) >= 0) problems.push(`${item.id}: «${e.at}» occurs twice`);
        const read = kind === "figure" ? parseQuantity(e.value) : parseDate(e.value);
        if (!read.ok) problems.push(`${item.id}: ${JSON.stringify(e.value)}: ${read.message}`);
      }
    }
  }
  return problems;
}

/** Counts for one group of the corpus. */
export interface Tally {
  expected: number;
  correct: number;
  /** Expected items read with another value (confidently). */
  wrong: number;
  /** Expected items read with another value, but marked uncertain. */
  flagged: number;
  missed: number;
  /** Candidates that overlap nothing expected. */
  spurious: number;
  /** All candidates. */
  extracted: number;
  /** Candidates with a wrong value (not marked uncertain). */
  wrongCandidates: number;
}

const empty = (): Tally => ({ expected: 0, correct: 0, wrong: 0, flagged: 0, missed: 0, spurious: 0, extracted: 0, wrongCandidates: 0 });

/** The scores of the corpus: by language and kind, and by language, kind and category; with a line for each miss or error. */
export interface Scores {
  total: Map<string, Tally>;
  byCategory: Map<string, Tally>;
  details: string[];
}

type Kind = "figure" | "date";

function equalValue(c: Candidate, e: Expectation, kind: Kind): boolean {
  if (kind === "figure") {
    const a = parseQuantity(c.claim.value);
    const b = parseQuantity(e.value);
    if (!a.ok || !b.ok) return false;
    if (e.unit !== undefined && c.unit !== e.unit) return false;
    return JSON.stringify(a.value.interval) === JSON.stringify(b.value.interval);
  }
  const a = parseDate(c.claim.value);
  const b = parseDate(e.value);
  if (!a.ok || !b.ok) return false;
  const x = a.value.interval;
  const y = b.value.interval;
  if (e.within === undefined) return x.start === y.start && x.end === y.end;
  if (x.start === null || x.end === null || y.start === null || y.end === null) return false;
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  return day(x.start) <= day(y.start) && day(x.end) >= day(y.end) && day(y.start) - day(x.start) <= e.within && day(x.end) - day(y.end) <= e.within;
}

/** Runs extract on every sentence and scores it. */
export function scoreCorpus(items: readonly CorpusItem[]): Scores {
  const total = new Map<string, Tally>();
  const byCategory = new Map<string, Tally>();
  const details: string[] = [];
  const tally = (map: Map<string, Tally>, key: string) => {
    let t = map.get(key);
    if (t === undefined) map.set(key, (t = empty()));
    return t;
  };
  for (const item of items) {
    const result = extract(item.text, { lang: item.lang, ...(item.published !== undefined ? { published: item.published } : {}) });
    for (const kind of ["figure", "date"] as const) {
      const expected = kind === "figure" ? item.figures : item.dates;
      const candidates = result.candidates.filter((c) => (kind === "figure" ? c.kind === "quantity" : c.kind === "date"));
      const groups = [tally(total, `${item.lang} ${kind}s`), tally(byCategory, `${item.lang} ${kind}s ${item.category}`)];
      const used = new Set<Candidate>();
      const add = (field: keyof Tally, n = 1) => {
        for (const g of groups) g[field] += n;
      };
      add("extracted", candidates.length);
      for (const e of expected) {
        add("expected");
        const start = item.text.indexOf(e.at);
        const end = start + e.at.length;
        const overlapping = candidates.filter((c) => c.mention.start < end && start < c.mention.end);
        for (const c of overlapping) used.add(c);
        if (overlapping.some((c) => equalValue(c, e, kind))) {
          add("correct");
          continue;
        }
        const show = overlapping.map((c) => `${JSON.stringify(c.claim.value)}${c.unit === "%" ? " %" : ""}${c.uncertain ? " (uncertain)" : ""}`).join(", ");
        if (overlapping.length === 0) {
          add("missed");
          details.push(`${item.id} [${item.category}] missed ${kind} «${e.at}» = ${JSON.stringify(e.value)}`);
        } else if (overlapping.every((c) => c.uncertain !== undefined)) {
          add("flagged");
          details.push(`${item.id} [${item.category}] flagged ${kind} «${e.at}» = ${JSON.stringify(e.value)}: read ${show}`);
        } else {
          add("wrong");
          add("wrongCandidates", overlapping.filter((c) => c.uncertain === undefined).length);
          details.push(`${item.id} [${item.category}] WRONG ${kind} «${e.at}» = ${JSON.stringify(e.value)}: read ${show}`);
        }
      }
      for (const c of candidates) {
        if (used.has(c)) continue;
        add("spurious");
        details.push(`${item.id} [${item.category}] spurious ${kind} «${c.mention.text}» = ${JSON.stringify(c.claim.value)}`);
      }
    }
  }
  return { total, byCategory, details };
}

const pct = (n: number, d: number) => (d === 0 ? "    –" : `${((100 * n) / d).toFixed(1).padStart(5)}`);

/** Recall, precision and wrong values of a tally, as fractions. */
export function rates(t: Tally): { recall: number; precision: number; wrongRate: number } {
  return {
    recall: t.expected === 0 ? 1 : t.correct / t.expected,
    precision: t.extracted === 0 ? 1 : t.correct / t.extracted,
    wrongRate: t.extracted === 0 ? 0 : t.wrongCandidates / t.extracted,
  };
}

/** The scores as a text table: one line per group. */
export function formatScores(scores: Scores): string {
  const header = `${"group".padEnd(36)} ${"expect".padStart(6)} ${"right".padStart(6)} ${"wrong".padStart(6)} ${"flag".padStart(5)} ${"miss".padStart(5)} ${"extra".padStart(6)} ${"recall".padStart(6)} ${"prec.".padStart(6)} ${"wrong%".padStart(6)}`;
  const line = (key: string, t: Tally) =>
    `${key.padEnd(36)} ${String(t.expected).padStart(6)} ${String(t.correct).padStart(6)} ${String(t.wrong).padStart(6)} ${String(t.flagged).padStart(5)} ${String(t.missed).padStart(5)} ${String(t.spurious).padStart(6)} ${pct(t.correct, t.expected).padStart(6)} ${pct(t.correct, t.extracted).padStart(6)} ${pct(t.wrongCandidates, t.extracted).padStart(6)}`;
  const rows = [header, ...[...scores.total].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => line(k, t)), "", header];
  for (const [k, t] of [...scores.byCategory].sort(([a], [b]) => a.localeCompare(b))) if (t.expected > 0 || t.extracted > 0) rows.push(line(k, t));
  return rows.join("\n");
}
