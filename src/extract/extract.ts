/**
 * From article text to candidate claims: one left-to-right pass over the
 * sentences, reading figures (numbers with their hedges and units) and dates
 * (with deadlines, modifiers and relative wording) at each token (figures.ts,
 * dates.ts, numbers.ts), then
 * filling subject, property and scope from the lexicon.
 */
import type { Claim, ClaimSet, PropertyDefinition, Scope } from "../model/claim-set.js";
import { parseDate } from "../values/index.js";
import { type DateContext, type Point } from "./dates.js";
import { type CompiledLexicon, type Lexicon, LexiconError, compileLexicon, parseLexicon } from "./lexicon.js";
import { numberWord } from "./numbers.js";
import { type Span, type Token, sentences, tokenize } from "./text.js";
import { type Figure, type Match, matchAllIn, readFigures } from "./figures.js";
import { HEDGES, phraseTable, variants } from "./words.js";

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** The article's main language. Both vocabularies are always read, since articles quote each other; see docs/extract.md. */
  lang: "ar" | "en";
  /** When the article was published (2025-04-20, 2025-04 or 2025): copied to each claim, and the date relative wording is resolved against. */
  published?: string;
  /** The date relative wording is resolved against when it is not `published` (an undated article whose time an editor knows). */
  reference?: string;
  /** Who published the article: each claim's `source`. Without it, claims get the placeholder `?source`. */
  source?: string;
  /** The article's id: each claim's `document`, and the prefix of claim ids. */
  document?: string;
  /** What the words mean: properties, places, actors (see docs/extract.md). Without it, every claim's subject and property are placeholders. */
  lexicon?: Lexicon;
  /** At most this many candidates (default 10 000); `truncated` says when more were found. */
  limit?: number;
}

/** Fields an editor must still fill: the claim carries a `?…` placeholder there. */
export type Unresolved = "subject" | "property" | "source" | "date";

/** One candidate claim, with where it was found. */
export interface Candidate {
  /** The claim's id in `claimSet.claims`. */
  id: string;
  kind: "quantity" | "date";
  /** The claim as it stands in the claim set. */
  claim: Claim;
  /** The words that state the value (hedge, number or date), as offsets into the text (UTF-16 code units). */
  mention: Span & { text: string };
  /** The sentence: the claim's `quote` is `text.slice(sentence.start, sentence.end)`. */
  sentence: Span;
  /** Fields left as placeholders, for an editor to fill. */
  unresolved: Unresolved[];
  /** For quantities: the unit word written after the figure, if any ("%" for percentages). */
  unit?: string;
}

/** What {@link extract} returns. */
export interface ExtractResult {
  /** A claim set that parseClaimSet accepts, ready for check. */
  claimSet: ClaimSet;
  /** One per claim, in the same order. */
  candidates: Candidate[];
  /** More candidates were found than `limit`. */
  truncated: boolean;
}

/**
 * Placeholders written where the lexicon or the options did not say
 * (docs/extract.md): every one starts with "?", so an editor (or a script)
 * finds what is left to fill.
 *
 * @example
 * claimSet.claims.filter((claim) => claim.subject === PLACEHOLDERS.subject); // claims whose subject is to fill
 */
export const PLACEHOLDERS = {
  subject: "?subject",
  source: "?source",
  quantity: "?quantity",
  percentage: "?percentage",
  date: "?date",
  relativeDate: "?relative-date",
} as const;

const PLACEHOLDER_PROPERTIES: Record<string, PropertyDefinition> = {
  [PLACEHOLDERS.quantity]: { id: PLACEHOLDERS.quantity, type: "quantity", description: "A figure whose property the lexicon does not name: set the property." },
  [PLACEHOLDERS.percentage]: { id: PLACEHOLDERS.percentage, type: "quantity", unit: "%", description: "A percentage whose property the lexicon does not name: set the property." },
  [PLACEHOLDERS.date]: { id: PLACEHOLDERS.date, type: "date", description: "A date whose property the lexicon does not name: set the property." },
  [PLACEHOLDERS.relativeDate]: {
    id: PLACEHOLDERS.relativeDate,
    type: "text",
    description: "Relative wording (\"next September\") that needs the publication date: the value is the wording; give --published, or write the date.",
  },
};

/** Comparatives without a figure: more or fewer than the last figure of the text. */
const COMPARATIVES = phraseTable<">" | "<">([
  ["بأعداد أكبر", ">"], ["أعداد أكبر", ">"], ["بأعداد أكثر", ">"], ["بعدد أكبر", ">"], ["عدد أكبر", ">"], ["in larger numbers", ">"], ["larger numbers", ">"], ["greater numbers", ">"],
  ["بأعداد أقل", "<"], ["أعداد أقل", "<"], ["بعدد أقل", "<"], ["عدد أقل", "<"], ["in smaller numbers", "<"], ["smaller numbers", "<"], ["fewer numbers", "<"],
]);

/** Folded words a comparative may start with (with its proclitic, as written). */
const COMPARATIVE_STARTS = new Set([...COMPARATIVES.keys()].flatMap((w) => [w, "\u0628" + w, "\u0648" + w, "\u0648\u0628" + w]));

function parsePoint(date: string | undefined, what: string): Point | undefined {
  if (date === undefined) return undefined;
  const read = parseDate(date);
  const shape = date.length === 4 || date.length === 7 || date.length === 10;
  if (!read.ok || !shape || date.includes("/") || date.includes("~") || date.includes("Q") || date.includes("H")) {
    throw new TypeError(`${what} must be a date such as 2025-04-20, 2025-04 or 2025; got ${JSON.stringify(date)}`);
  }
  const [y, m, d] = date.split("-").map(Number);
  return { y: y!, ...(m === undefined ? {} : { m }), ...(d === undefined ? {} : { d }) };
}



/**
 * Extracts candidate claims from article text: every figure and date, with
 * its hedge (نحو → `~`, أكثر من → `>`, بين … و … → a range), the sentence as
 * `quote`, the offsets of the mention, and subject, property and scope from
 * the lexicon where its words match (placeholders starting with `?`
 * otherwise). Deterministic, and linear in the length of the text.
 *
 * @example
 * const { claimSet, candidates } = extract("وتحتفظ الولايات المتحدة بنحو 2500 جندي في العراق", {
 *   lang: "ar", source: "outlet", lexicon: { properties: [{ id: "troop-count", type: "quantity", units: ["جندي"] }] },
 * });
 * claimSet.claims[0].value; // "~2500"
 * candidates[0].mention.text; // "نحو 2500"
 */
export function extract(text: string, options: ExtractOptions): ExtractResult {
  if (options.lang !== "ar" && options.lang !== "en") throw new TypeError(`lang must be "ar" or "en"; got ${JSON.stringify(options.lang)}`);
  const published = parsePoint(options.published, "published");
  const reference = parsePoint(options.reference, "reference") ?? published;
  let lexicon: CompiledLexicon | undefined;
  if (options.lexicon !== undefined) {
    const read = parseLexicon(options.lexicon);
    if (!read.ok) throw new LexiconError(read.issues);
    lexicon = compileLexicon(read.lexicon);
  }
  const limit = options.limit ?? 10_000;
  const ctx: DateContext = { reference, last: undefined };
  const prefix = options.document ?? options.source ?? "claim";
  const candidates: Candidate[] = [];
  const usedIds = new Set<string>();
  const placeholdersUsed = new Set<string>();
  /** The last figures of the text, for comparatives ("in larger numbers"). */
  const recent: Array<{ amount: number; property: number | undefined; place: string | undefined }> = [];
  let truncated = false;

  for (const sentence of sentences(text)) {
    if (candidates.length >= limit) {
      truncated = true;
      break;
    }
    const tokens = tokenize(text, sentence.start, sentence.end);
    const figures = readFigures(tokens, ctx, lexicon);
    if (lexicon && lexicon.values.size > 0) {
      // Wordings that state a value without digits, and comparatives.
      for (const m of matchAllIn(tokens, lexicon.values)) {
        if (figures.some((f) => f.first < m.next && m.first < f.next)) continue;
        const entry = m.meaning;
        if (entry.cues && matchAllIn(tokens, entry.cues).length === 0) continue;
        const property = lexicon.properties[entry.property]!;
        figures.push({ kind: property.type, first: m.first, next: m.next, value: entry.value, property: entry.property });
      }
    }
    if (figures.length === 0 && (recent.length === 0 || COMPARATIVE_STARTS.size === 0 || !tokens.some((t) => t.kind === "word" && COMPARATIVE_STARTS.has(t.norm)))) continue;
    const places = lexicon ? matchAllIn(tokens, lexicon.places) : [];
    const actors = lexicon ? matchAllIn(tokens, lexicon.actors) : [];
    const cues = lexicon ? matchAllIn(tokens, lexicon.cues) : [];
    for (const m of matchAllIn(tokens, COMPARATIVES)) {
      if (recent.length === 0 || figures.some((f) => f.first < m.next && m.first < f.next)) continue;
      // The last figure about the same place, if the sentence names one.
      const here = new Set(places.map((p) => p.meaning.id));
      const earlier = [...recent].reverse().find((r) => r.place !== undefined && here.has(r.place)) ?? recent[recent.length - 1]!;
      figures.push({ kind: "quantity", first: m.first, next: m.next, value: `${m.meaning}${earlier.amount}`, property: earlier.property, comparedWith: String(earlier.amount) });
    }
    figures.sort((a, b) => a.first - b.first);

    const quote = text.slice(sentence.start, sentence.end);
    for (let f = 0; f < figures.length; f++) {
      if (candidates.length >= limit) {
        truncated = true;
        break;
      }
      const figure = figures[f]!;
      const unresolved: Unresolved[] = [];
      const props = lexicon?.properties ?? [];

      // Property: quantities by their unit word (or the one before it in the sentence), dates by the nearest cue.
      let propertyIndex = figure.property;
      if (figure.kind === "date" && propertyIndex === undefined) propertyIndex = nearest(cues.filter((c) => props[c.meaning]?.type === "date"), figure)?.meaning;
      let property: string;
      // A relative date that could not be resolved has no value: its wording becomes a text value.
      if (figure.kind === "date" && figure.value === "") property = PLACEHOLDERS.relativeDate;
      else if (propertyIndex !== undefined) property = props[propertyIndex]!.id;
      else property = figure.kind === "date" ? PLACEHOLDERS.date : figure.percent ? PLACEHOLDERS.percentage : PLACEHOLDERS.quantity;
      const definition = propertyIndex === undefined ? undefined : props[propertyIndex];

      // Scope: the first place after the figure (before the next figure), else the last one before it.
      const nextFigure = figures[f + 1];
      const after = places.find((p) => p.first >= figure.next && (nextFigure === undefined || p.first < nextFigure.first));
      const before = [...places].reverse().find((p) => p.next <= figure.first);
      const place = (after ?? before)?.meaning;
      const scope: Scope | undefined = place ? { [place.scope]: place.id } : undefined;

      // Subject: the nearest actor the property allows, else the property's default.
      const allowed = definition?.subjects;
      const actor = nearest(actors.filter((a) => allowed === undefined || allowed.includes(a.meaning)), figure)?.meaning;
      let subject = actor ?? definition?.subject;
      if (subject === undefined) {
        subject = PLACEHOLDERS.subject;
        unresolved.push("subject");
      }
      if (property.startsWith("?")) {
        placeholdersUsed.add(property);
        unresolved.push(property === PLACEHOLDERS.relativeDate ? "date" : "property");
      }
      if (options.source === undefined) unresolved.push("source");

      const start = tokens[figure.first]!.start + mentionOffset(tokens[figure.first]!);
      const end = tokens[figure.next - 1]!.end;
      let id = `${prefix}@${start}`;
      for (let k = 2; usedIds.has(id); k++) id = `${prefix}@${start}-${k}`;
      usedIds.add(id);

      const mentionText = text.slice(start, end);
      const notes = [`extracted from characters ${start}–${end}: «${mentionText}»`];
      if (figure.relative && property === PLACEHOLDERS.relativeDate) notes.push("a relative date: give the publication date to resolve it");
      if (figure.relative && property !== PLACEHOLDERS.relativeDate) notes.push("a relative date, resolved against the publication or reference date");
      if (figure.comparedWith !== undefined) notes.push(`compared with the figure ${figure.comparedWith} stated earlier`);
      if (unresolved.length > 0) notes.push(`to fill: ${unresolved.join(", ")}`);

      const claim: Claim = {
        id,
        subject,
        property,
        ...(scope ? { scope } : {}),
        value: property === PLACEHOLDERS.relativeDate ? mentionText : figure.value,
        source: options.source ?? PLACEHOLDERS.source,
        ...(options.published !== undefined ? { published: options.published } : {}),
        ...(options.document !== undefined ? { document: options.document } : {}),
        ...(figure.deadline && definition !== undefined ? { modality: "planned" as const } : {}),
        quote,
        note: notes.join("; "),
      };
      candidates.push({
        id,
        kind: figure.kind,
        claim,
        mention: { start, end, text: mentionText },
        sentence: { start: sentence.start, end: sentence.end },
        unresolved,
        ...(figure.unitWord !== undefined ? { unit: figure.unitWord } : {}),
      });
      if (figure.kind === "quantity" && figure.amount !== undefined && figure.hedge !== "between") {
        recent.push({ amount: figure.amount, property: propertyIndex, place: place?.id });
        if (recent.length > 20) recent.shift();
      }
    }
  }

  const claimSet: ClaimSet = { claims: candidates.map((c) => c.claim) };
  const sets: Partial<ClaimSet> = {};
  if (options.source !== undefined) sets.sources = [{ id: options.source }];
  if (lexicon) {
    const entities = new Map<string, string[]>();
    for (const e of [...(lexicon.lexicon.actors ?? []), ...(lexicon.lexicon.places ?? [])]) {
      const labels = entities.get(e.id) ?? [];
      for (const l of e.labels) if (!labels.includes(l)) labels.push(l);
      entities.set(e.id, labels);
    }
    if (entities.size > 0) sets.entities = [...entities].map(([id, labels]) => ({ id, labels }));
  }
  const properties: PropertyDefinition[] = [];
  const seen = new Set<string>();
  for (const p of lexicon?.properties ?? []) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    properties.push({
      id: p.id,
      type: p.type,
      ...(p.unit !== undefined ? { unit: p.unit } : {}),
      ...(p.temporal !== undefined ? { temporal: p.temporal } : {}),
      ...(p.description !== undefined ? { description: p.description } : {}),
    });
  }
  for (const id of Object.keys(PLACEHOLDER_PROPERTIES)) if (placeholdersUsed.has(id)) properties.push(PLACEHOLDER_PROPERTIES[id]!);
  if (properties.length > 0) sets.properties = properties;
  return { claimSet: { ...sets, ...claimSet }, candidates, truncated };
}

/** Characters of proclitic at the start of a mention's first token (بنحو → نحو), left out of the mention. */
function mentionOffset(token: Token): number {
  if (token.kind !== "word") return 0;
  const m = variants(token.norm).find((v) => v.prefix > 0 && v.prefix <= 2 && (HEDGES.has(v.form) || numberWord({ ...token, norm: v.form }) !== undefined));
  if (!m) return 0;
  // Offsets count original characters: skip the proclitic's letters and any marks on them.
  let seen = 0;
  let i = 0;
  while (i < token.text.length && seen < m.prefix) {
    const c = token.text.charCodeAt(i);
    if (!((c >= 0x064b && c <= 0x065f) || c === 0x0640 || c === 0x0670)) seen++;
    i++;
  }
  while (i < token.text.length && token.text.charCodeAt(i) === 0x0640) i++;
  return i;
}

/** The match nearest to a figure (by tokens), ties to the earlier one. */
function nearest<V>(matches: Array<Match<V>>, figure: Figure): Match<V> | undefined {
  let best: Match<V> | undefined;
  let bestDistance = Infinity;
  for (const m of matches) {
    const d = m.next <= figure.first ? figure.first - m.next : m.first >= figure.next ? m.first - figure.next : 0;
    if (d < bestDistance) [best, bestDistance] = [m, d];
  }
  return best;
}
