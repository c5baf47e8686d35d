/**
 * From article text to candidate claims: one left-to-right pass over the
 * sentences, reading figures (numbers with their hedges and units) and dates
 * (with deadlines, modifiers and relative wording) at each token (figures.ts,
 * dates.ts, numbers.ts), then filling subject, property, scope, attribution,
 * asOf and modality from the lexicon and the figure's clause (clauses.ts).
 */
import type { Claim, ClaimSet, PropertyDefinition, Scope, Source } from "../model/claim-set.js";
import { dayNumberFromIso, isoFromDayNumber, parseDate } from "../values/index.js";
import { type Clauses, type SourceMention, attributionOf, clausesOf, reportingCues } from "./clauses.js";
import { type DateContext } from "./dates.js";
import { type CompiledLexicon, type Lexicon, LexiconError, compileLexicon, parseLexicon } from "./lexicon.js";
import { numberWord } from "./numbers.js";
import { type Span, type Token, fold, sentences, tokenize } from "./text.js";
import { type Figure, type Match, matchAllIn, readFigures } from "./figures.js";
import { HEDGES, phraseTable, variants } from "./words.js";

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** The article's main language. Both vocabularies are always read, since articles quote each other; see docs/extract.md. */
  lang: "ar" | "en";
  /**
   * When the article was published, in the date grammar of DESIGN §2 (2025-04-20, 2025-04, 2025-Q3, 2025-H2,
   * 2025-04~, 2025-04-01/2025-04-20): copied to each claim, and the date relative wording is resolved against.
   */
  published?: string;
  /** The date relative wording is resolved against when it is not `published` (an undated article whose time an editor knows); the same grammar. */
  reference?: string;
  /** Who published the article: each claim's `source`. Without it, claims get the placeholder `?source`. */
  source?: string;
  /** The article's id: each claim's `document`, and the prefix of claim ids. */
  document?: string;
  /** What the words mean: properties, places, actors, sources (see docs/extract.md). Without it, every claim's subject and property are placeholders. */
  lexicon?: Lexicon;
  /** At most this many candidates (default 10 000); `truncated` says when more were found. */
  limit?: number;
}

/**
 * Fields an editor must still fill or check: the claim carries a `?…`
 * placeholder there (subject, property, source, date), the value may be
 * wrong (value: the candidate is `uncertain`), or the text credits someone
 * the lexicon does not name (attribution).
 */
export type Unresolved = "subject" | "property" | "source" | "date" | "value" | "attribution";

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
  /** Fields left as placeholders or to check, for an editor. */
  unresolved: Unresolved[];
  /** For quantities: the unit word written after the figure, if any ("%" for percentages and shares). */
  unit?: string;
  /** Set when the value read may not be the one meant, with why (a numeric date whose day and month could be swapped). The claim's note says so too. */
  uncertain?: string;
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

// Placeholder properties hold unrelated figures until an editor names them: `cardinality: "many"` keeps check from comparing them.
const PLACEHOLDER_PROPERTIES: Record<string, PropertyDefinition> = {
  [PLACEHOLDERS.quantity]: { id: PLACEHOLDERS.quantity, type: "quantity", cardinality: "many", description: "A figure whose property the lexicon does not name: set the property." },
  [PLACEHOLDERS.percentage]: { id: PLACEHOLDERS.percentage, type: "quantity", unit: "%", cardinality: "many", description: "A percentage whose property the lexicon does not name: set the property." },
  [PLACEHOLDERS.date]: { id: PLACEHOLDERS.date, type: "date", cardinality: "many", description: "A date whose property the lexicon does not name: set the property." },
  [PLACEHOLDERS.relativeDate]: {
    id: PLACEHOLDERS.relativeDate,
    type: "text",
    cardinality: "many",
    description: "Wording that needs the publication date (\"next September\") or a year (a Hijri month): the value is the wording; give --published, or write the date.",
  },
};

/** Comparatives without a figure: more or fewer than the last figure of the text. */
const COMPARATIVES = phraseTable<">" | "<">([
  ["بأعداد أكبر", ">"], ["أعداد أكبر", ">"], ["بأعداد أكثر", ">"], ["بعدد أكبر", ">"], ["عدد أكبر", ">"], ["in larger numbers", ">"], ["larger numbers", ">"], ["greater numbers", ">"],
  ["بأعداد أقل", "<"], ["أعداد أقل", "<"], ["بعدد أقل", "<"], ["عدد أقل", "<"], ["in smaller numbers", "<"], ["smaller numbers", "<"], ["fewer numbers", "<"],
]);

/** Folded words a comparative may start with (with its proclitic, as written). */
const COMPARATIVE_STARTS = new Set([...COMPARATIVES.keys()].flatMap((w) => [w, "\u0628" + w, "\u0648" + w, "\u0648\u0628" + w]));

/** Words before a place that make it where something is: في, داخل, من, شمال; in, inside, across, from. */
const LOCATIVE = new Set(
  ["في", "داخل", "خارج", "عبر", "من", "الى", "إلى", "شمال", "جنوب", "شرق", "غرب", "وسط", "أنحاء", "انحاء", "مدينة", "محافظة", "in", "inside", "within", "across", "at", "from", "to", "into", "throughout", "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "northeastern", "northwestern", "southeast", "southwest"].map((w) => fold(w)),
);

/** Whether a place after a figure is where it holds: introduced by a preposition of place, or carrying one (بالعراق, لسوريا). */
function isLocative(tokens: readonly Token[], p: Match<unknown>): boolean {
  const first = tokens[p.first]!;
  if (p.prefix > 0 && !first.norm.startsWith("\u0648")) return true;
  const before = tokens[p.first - 1];
  if (before === undefined || before.kind !== "word") return false;
  return variants(before.norm).some((v) => v.prefix <= 1 && LOCATIVE.has(v.form));
}

/** «هناك», "there": a figure about the place named last. */
const THERE = new Set(["\u0647\u0646\u0627\u0643", "there"]);
const THERE_EXISTENTIAL_AFTER = new Set(["is", "are", "was", "were", "have", "has", "had", "will", "would", "remain", "remains"]);
const THERE_EXISTENTIAL_BEFORE = new Set(["كان", "كانت", "يكون", "تكون", "ليس", "ليست", "أن", "إن", "ان", "لا", "يوجد", "توجد"].map((w) => fold(w)));

/**
 * The days a `published` or `reference` date may be: its whole interval in
 * the date grammar (2025-Q3 is 1 July to 30 September), undefined for an
 * open interval. Throws a TypeError naming the option for anything else.
 */
function parseReference(date: string | undefined, what: string): { lo: number; hi: number } | undefined {
  if (date === undefined) return undefined;
  const read = parseDate(date);
  if (!read.ok) throw new TypeError(`${what} must be a date such as 2025-04-20, 2025-04, 2025, 2025-Q3, 2025-H2, 2025-04~ or 2025-04-01/2025-04-20; got ${JSON.stringify(date)}`);
  const { start, end } = read.value.interval;
  if (start === null || end === null) return undefined;
  return { lo: dayNumberFromIso(start), hi: dayNumberFromIso(end) };
}

/** What the text said before the current sentence, for "there" and for figures that name no place. */
interface Memory {
  sentence: number;
  lastPlace: { id: string; scope: string; sentence: number } | undefined;
  /** The scope of the last figure of each property, and the sentence it was in. */
  byProperty: Map<number, { scope: Scope | undefined; sentence: number; mention: string }>;
}

/**
 * Extracts candidate claims from article text: every figure and date, with
 * its hedge (نحو → `~`, أكثر من → `>`, بين … و … → a range), the sentence as
 * `quote`, the offsets of the mention, subject, property and scope from the
 * lexicon where its words match (placeholders starting with `?` otherwise),
 * who the sentence credits (`attribution`), when a figure holds (`asOf`)
 * and whether it is a plan (`modality`). Deterministic, and linear in the
 * length of the text.
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
  const published = parseReference(options.published, "published");
  const reference = options.reference !== undefined ? parseReference(options.reference, "reference") : published;
  let lexicon: CompiledLexicon | undefined;
  if (options.lexicon !== undefined) {
    const read = parseLexicon(options.lexicon);
    if (!read.ok) throw new LexiconError(read.issues);
    lexicon = compileLexicon(read.lexicon);
  }
  const limit = options.limit ?? 10_000;
  let clauses: Clauses = clausesOf([]);
  const ctx: DateContext = { reference, last: undefined, lang: options.lang, future: (i) => (clauses.futureFrom[clauses.of[i] ?? 0] ?? Infinity) < i };
  const prefix = options.document ?? options.source ?? "claim";
  const candidates: Candidate[] = [];
  const usedIds = new Set<string>();
  const placeholdersUsed = new Set<string>();
  const sourcesUsed = new Set<string>();
  /** The last figures of the text, for comparatives ("in larger numbers"). */
  const recent: Array<{ amount: number; property: number | undefined; place: string | undefined }> = [];
  const memory: Memory = { sentence: 0, lastPlace: undefined, byProperty: new Map() };
  let truncated = false;

  for (const sentence of sentences(text)) {
    if (candidates.length >= limit) {
      truncated = true;
      break;
    }
    memory.sentence++;
    const tokens = tokenize(text, sentence.start, sentence.end);
    clauses = clausesOf(tokens);
    const figures = readFigures(tokens, ctx, lexicon);
    if (lexicon && lexicon.values.size > 0) {
      // Wordings that state a value without digits, and comparatives.
      for (const m of matchAllIn(tokens, lexicon.values)) {
        if (figures.some((f) => f.first < m.next && m.first < f.next)) continue;
        const entry = m.meaning;
        if (entry.cues && matchAllIn(tokens, entry.cues).length === 0) continue;
        const property = lexicon.properties[entry.property]!;
        figures.push({ kind: property.type, first: m.first, next: m.next, value: entry.value, property: entry.property, adverbial: false });
      }
    }
    const places = lexicon ? matchAllIn(tokens, lexicon.places) : [];
    if (figures.length === 0 && (recent.length === 0 || COMPARATIVE_STARTS.size === 0 || !tokens.some((t) => t.kind === "word" && COMPARATIVE_STARTS.has(t.norm)))) {
      remember(places, memory);
      continue;
    }
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

    // Clauses again, now that dates are known ("after 2026" is a date, "after the US withdrew" opens a clause).
    const inDate = new Uint8Array(tokens.length);
    for (const f of figures) if (f.kind === "date") for (let k = f.first; k < f.next; k++) inDate[k] = 1;
    clauses = clausesOf(tokens, (k) => inDate[k] === 1);
    const clauseOf = (k: number) => clauses.of[Math.min(k, tokens.length - 1)]!;

    // Attribution: the lexicon's sources named near a reporting verb.
    const sourceMentions: SourceMention[] = lexicon ? matchAllIn(tokens, lexicon.sources).map((m) => ({ first: m.first, next: m.next, id: m.meaning, prefix: m.prefix })) : [];
    const reporting = reportingCues(tokens);
    const figureClauses = new Set(figures.map((g) => clauseOf(g.first)));

    const quote = text.slice(sentence.start, sentence.end);
    const props = lexicon?.properties ?? [];
    for (let f = 0; f < figures.length; f++) {
      if (candidates.length >= limit) {
        truncated = true;
        break;
      }
      const figure = figures[f]!;
      const unresolved: Unresolved[] = [];
      const notes: string[] = [];
      const clause = clauseOf(figure.first);
      const credited = reporting.length > 0 ? attributionOf(tokens, reporting, sourceMentions, clauses, clause, figureClauses) : { ids: [], cue: undefined };
      const attribution = credited.ids.filter((id) => id !== options.source);

      // Property: quantities by their unit word (or the one before it in the sentence), dates by the nearest cue.
      let propertyIndex = figure.property;
      if (figure.kind === "date" && propertyIndex === undefined && figure.unresolved === undefined) propertyIndex = dateCue(cues, figure, props, clauses, clauseOf, tokens)?.meaning;
      let property: string;
      // A date that could not be placed has no value: its wording becomes a text value.
      if (figure.kind === "date" && figure.value === "") property = PLACEHOLDERS.relativeDate;
      else if (propertyIndex !== undefined) property = props[propertyIndex]!.id;
      else property = figure.kind === "date" ? PLACEHOLDERS.date : figure.percent ? PLACEHOLDERS.percentage : PLACEHOLDERS.quantity;
      const definition = propertyIndex === undefined ? undefined : props[propertyIndex];

      // Scope: the nearest place of the figure's clause, else the clause's antecedent or the sentence's opening phrase, else "there", else the last figure of the property.
      const scopePlace = scopeOf(figure, f, figures, places, tokens, clauses, clauseOf, memory);
      let scope: Scope | undefined = scopePlace ? { [scopePlace.scope]: scopePlace.id } : undefined;
      if (scope === undefined && propertyIndex !== undefined && figure.kind === "quantity") {
        const carried = memory.byProperty.get(propertyIndex);
        if (carried?.scope !== undefined && memory.sentence - carried.sentence <= 2) {
          scope = carried.scope;
          notes.push(`scope carried from «${carried.mention}» before, as this clause names no place`);
        }
      }

      // Subject: the actor the figure's own words name ("900 soldiers from Jordan"), else the nearest the property allows, else its default.
      const allowed = definition?.subjects;
      const owner = figure.kind === "quantity" ? ownerOf(actors, figure, tokens) : undefined;
      let subject: string | undefined;
      if (owner !== undefined && allowed !== undefined && !allowed.includes(owner)) subject = undefined;
      else subject = owner ?? nearest(actors.filter((a) => allowed === undefined || allowed.includes(a.meaning)), figure)?.meaning ?? definition?.subject;
      if (subject === undefined) {
        subject = PLACEHOLDERS.subject;
        unresolved.push("subject");
        if (owner !== undefined) notes.push(`the figure is about «${tokens.slice(actors.find((a) => a.meaning === owner)!.first, actors.find((a) => a.meaning === owner)!.next).map((t) => t.text).join(" ")}», not a subject of ${property}`);
      }
      if (property.startsWith("?")) {
        placeholdersUsed.add(property);
        unresolved.push(property === PLACEHOLDERS.relativeDate ? "date" : "property");
      }
      if (options.source === undefined) unresolved.push("source");
      if (figure.uncertain !== undefined) unresolved.push("value");
      if (credited.cue !== undefined) unresolved.push("attribution");

      // When a figure holds: the time its own clause gives, else an earlier clause's; "from X to Y": X held before.
      const future = clauses.future[clause] === true;
      let asOf: string | undefined;
      if (figure.kind === "quantity" && figure.value !== "") {
        const time = figure.duration ? undefined : timeOf(figure, figures, tokens, clauses, clauseOf);
        if (figure.change === "from" && !future) {
          const before = time !== undefined ? dayBefore(time.value as string) : reference !== undefined ? reference.lo - 1 : undefined;
          if (before !== undefined) {
            asOf = `../${isoFromDayNumber(before)}`;
            notes.push("the value before a change («from … to …»): it held before the text's time");
          } else notes.push("the value before a change («from … to …»): when it held is not known");
        } else if (time !== undefined) asOf = time.value as string;
      }
      const planned =
        definition !== undefined && figure.value !== "" && (figure.kind === "date" ? figure.deadline === true || (future && !figure.since) : future && figure.change !== "from");

      const start = tokens[figure.first]!.start + mentionOffset(tokens[figure.first]!);
      const end = tokens[figure.next - 1]!.end;
      let id = `${prefix}@${start}`;
      for (let k = 2; usedIds.has(id); k++) id = `${prefix}@${start}-${k}`;
      usedIds.add(id);

      const mentionText = text.slice(start, end);
      notes.unshift(`extracted from characters ${start}–${end}: «${mentionText}»`);
      if (figure.unresolved !== undefined) notes.push(`a date that could not be placed (${figure.unresolved}): the wording is kept as the value; give the publication date or write the date`);
      else if (figure.relative) notes.push("a relative date, resolved against the publication or reference date");
      if (figure.uncertain !== undefined) notes.push(`uncertain: ${figure.uncertain}`);
      if (figure.comparedWith !== undefined) notes.push(`compared with the figure ${figure.comparedWith} stated earlier`);
      if (credited.cue !== undefined) notes.push(`attributed in the text («${credited.cue}…») to a source the lexicon does not name`);
      if (unresolved.length > 0) notes.push(`to fill: ${unresolved.join(", ")}`);

      const claim: Claim = {
        id,
        subject,
        property,
        ...(scope ? { scope } : {}),
        value: property === PLACEHOLDERS.relativeDate ? mentionText : figure.value,
        source: options.source ?? PLACEHOLDERS.source,
        ...(options.published !== undefined ? { published: options.published } : {}),
        ...(asOf !== undefined ? { asOf } : {}),
        ...(options.document !== undefined ? { document: options.document } : {}),
        ...(attribution.length > 0 ? { attribution } : {}),
        ...(planned ? { modality: "planned" as const } : {}),
        quote,
        note: notes.join("; "),
      };
      for (const s of attribution) sourcesUsed.add(s);
      candidates.push({
        id,
        kind: figure.kind,
        claim,
        mention: { start, end, text: mentionText },
        sentence: { start: sentence.start, end: sentence.end },
        unresolved,
        ...(figure.unitWord !== undefined ? { unit: figure.unitWord } : {}),
        ...(figure.uncertain !== undefined ? { uncertain: figure.uncertain } : {}),
      });
      if (figure.kind === "quantity" && figure.amount !== undefined && figure.hedge !== "between") {
        recent.push({ amount: figure.amount, property: propertyIndex, place: scopePlace?.id });
        if (recent.length > 20) recent.shift();
      }
      if (figure.kind === "quantity" && propertyIndex !== undefined) memory.byProperty.set(propertyIndex, { scope, sentence: memory.sentence, mention: mentionText });
    }
    remember(places, memory);
  }

  const claimSet: ClaimSet = { claims: candidates.map((c) => c.claim) };
  const sets: Partial<ClaimSet> = {};
  const sources: Source[] = [];
  if (options.source !== undefined) sources.push({ id: options.source });
  for (const s of lexicon?.lexicon.sources ?? []) {
    if (!sourcesUsed.has(s.id) || sources.some((x) => x.id === s.id)) continue;
    sources.push({ id: s.id, ...(s.name !== undefined ? { name: s.name } : {}), ...(s.kind !== undefined ? { kind: s.kind } : {}) });
  }
  if (sources.length > 0) sets.sources = sources;
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

/** Keeps the last place the sentence named, for «هناك» / "there" in the sentences after it. */
function remember(places: ReadonlyArray<Match<{ id: string; scope: string }>>, memory: Memory): void {
  const last = places[places.length - 1];
  if (last !== undefined) memory.lastPlace = { ...last.meaning, sentence: memory.sentence };
}

/** The day before the first day of a date value, or undefined for one with an open start. */
function dayBefore(value: string): number | undefined {
  const read = parseDate(value);
  if (!read.ok || read.value.interval.start === null) return undefined;
  return dayNumberFromIso(read.value.interval.start) - 1;
}

/**
 * The date property of a date figure: the nearest cue of its clause; a
 * deadline (by, until) or a date that is its clause's only words (", in
 * September 2024,") may take one from the rest of the sentence.
 */
function dateCue(
  cues: ReadonlyArray<Match<number>>,
  figure: Figure,
  props: CompiledLexicon["properties"],
  clauses: Clauses,
  clauseOf: (k: number) => number,
  tokens: readonly Token[],
): Match<number> | undefined {
  const dated = cues.filter((c) => props[c.meaning]?.type === "date");
  const clause = clauseOf(figure.first);
  const own = nearest(dated.filter((c) => clauseOf(c.first) === clause), figure);
  if (own !== undefined) return own;
  let words = 0;
  for (let k = 0; k < tokens.length; k++) if (clauses.of[k] === clause && tokens[k]!.kind === "word" && (k < figure.first || k >= figure.next)) words++;
  if (figure.deadline || words <= 1) return nearest(dated, figure);
  return undefined;
}

/** The actor a quantity's own words name: "2,500 US troops", «900 جندي من الأردن», "soldiers from Jordan": right after the figure, its unit and «من»/from/of. */
function ownerOf(actors: ReadonlyArray<Match<string>>, figure: Figure, tokens: readonly Token[]): string | undefined {
  for (const a of actors) {
    if (a.first < figure.next) continue;
    if (a.first - figure.next > 3) break;
    let ok = true;
    for (let k = figure.next; k < a.first; k++) {
      const t = tokens[k]!;
      // The unit word first, then at most «من»/from/of (the actor may carry من as a proclitic: «من» apart or «منذ» is not it).
      if (t.kind !== "word" || (k > figure.next && !OWNER_LINKS.has(t.norm))) ok = false;
    }
    if (ok) return a.meaning;
  }
  return undefined;
}

const OWNER_LINKS = new Set(["\u0645\u0646", "from", "of"]);

/** The place a figure is about (see docs/extract.md, "scope"). */
function scopeOf(
  figure: Figure,
  f: number,
  figures: readonly Figure[],
  places: ReadonlyArray<Match<{ id: string; scope: string }>>,
  tokens: readonly Token[],
  clauses: Clauses,
  clauseOf: (k: number) => number,
  memory: Memory,
): { id: string; scope: string } | undefined {
  const clause = clauseOf(figure.first);
  let nextQuantity: Figure | undefined;
  for (let g = f + 1; g < figures.length && nextQuantity === undefined; g++) if (figures[g]!.kind === figure.kind && figures[g]!.first >= figure.next) nextQuantity = figures[g];
  const inClause = places.filter((p) => clauseOf(p.first) === clause);
  // The first place after the figure in its clause (before the next figure) that a preposition of place introduces ("in Iraq", «في العراق», «بسوريا»;
  // not «بين بغداد وواشنطن», "with Baghdad"), else the last one before it.
  const after = inClause.find((p) => p.first >= figure.next && (nextQuantity === undefined || p.first < nextQuantity.first) && isLocative(tokens, p));
  if (after) return after.meaning;
  const before = [...inClause].reverse().find((p) => p.next <= figure.first);
  if (before) return before.meaning;
  // A relative or subordinate clause (التي تضم 1400 جندي, where 900 troops remain, بعد أن سحبت …) is about the place of the clause before it.
  if (clauses.subordinate[clause] && clause > 0) {
    const antecedent = [...places].reverse().find((p) => clauseOf(p.first) === clause - 1);
    if (antecedent) return antecedent.meaning;
  }
  // The sentence's opening phrase ("In Syria, …", «وفي سوريا، …»): a preposition and a place, and at most two other words.
  if (clause > 0) {
    const opening = places.find((p) => clauseOf(p.first) === 0);
    let words = 0;
    for (let k = 0; k < tokens.length && clauses.of[k] === 0; k++) if (tokens[k]!.kind !== "punct") words++;
    if (opening && opening.first <= 1 && words <= (opening.next - opening.first) + 3 && !figures.some((g) => clauseOf(g.first) === 0)) return opening.meaning;
  }
  // «هناك» / "there" in the clause: the place named last before the sentence.
  for (let k = 0; k < tokens.length; k++) {
    if (clauses.of[k] !== clause || !THERE.has(tokens[k]!.norm)) continue;
    const previous = tokens[k - 1];
    const next = tokens[k + 1];
    const existential = (k === 0 || clauses.of[k - 1] !== clause) || (previous !== undefined && THERE_EXISTENTIAL_BEFORE.has(previous.norm)) || (next !== undefined && THERE_EXISTENTIAL_AFTER.has(next.norm));
    if (!existential && memory.lastPlace !== undefined && memory.sentence - memory.lastPlace.sentence <= 3) {
      const earlier = [...places].reverse().find((p) => p.next <= k);
      return earlier?.meaning ?? { id: memory.lastPlace.id, scope: memory.lastPlace.scope };
    }
  }
  return undefined;
}

/**
 * The time a quantity holds: the nearest time-fixing date of its own
 * clause; for a clause that depends on the one before it (بعد أن …, which
 * …), that clause's; else the sentence's opening phrase when it is only a
 * date («فبحلول سبتمبر 2024، …», "In 2019, …"). Never a date of a later
 * clause (هجوم 7 أكتوبر in a clause about something else), a "since" date
 * (the start of a count), or a date that names an event.
 */
function timeOf(figure: Figure, figures: readonly Figure[], tokens: readonly Token[], clauses: Clauses, clauseOf: (k: number) => number): Figure | undefined {
  const clause = clauseOf(figure.first);
  const usable = (d: Figure) => d.kind === "date" && d.value !== "" && !d.since && d.adverbial === true && d.unresolved === undefined && typeof d.value === "string";
  const nearestIn = (c: number) => {
    let best: Figure | undefined;
    let bestDistance = Infinity;
    for (const d of figures) {
      if (!usable(d) || clauseOf(d.first) !== c) continue;
      const distance = d.next <= figure.first ? figure.first - d.next : Math.max(0, d.first - figure.next);
      if (distance < bestDistance) [best, bestDistance] = [d, distance];
    }
    return best;
  };
  const own = nearestIn(clause);
  if (own) return own;
  if (clause > 0 && (clauses.subordinate[clause] || clauses.reported[clause])) {
    const before = nearestIn(clause - 1);
    if (before) return before;
  }
  if (clause > 0) {
    const opening = figures.find((d) => usable(d) && clauseOf(d.first) === 0);
    if (opening) {
      let words = 0;
      for (let k = 0; k < tokens.length && clauses.of[k] === 0; k++) if (tokens[k]!.kind !== "punct" && (k < opening.first || k >= opening.next)) words++;
      if (words <= 1) return opening;
    }
  }
  return undefined;
}

/** Characters of proclitic at the start of a mention's first token (بنحو → نحو), left out of the mention. */
function mentionOffset(token: Token): number {
  if (token.kind !== "word") return 0;
  // A word that is itself a hedge or number word (واحد, وفق) keeps its first letter.
  if (HEDGES.has(token.norm) || numberWord({ ...token }) ?.prefix === 0) return 0;
  // Only و ف ب ل and their pairs (وب, فل): the article ال is part of the mention (الربع الثالث).
  const m = variants(token.norm).find((v) => v.prefix > 0 && v.prefix <= 2 && !token.norm.slice(0, v.prefix).includes("\u0627") && (HEDGES.has(v.form) || numberWord({ ...token, norm: v.form })?.prefix === 0));
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
function nearest<V>(matches: ReadonlyArray<Match<V>>, figure: Figure): Match<V> | undefined {
  let best: Match<V> | undefined;
  let bestDistance = Infinity;
  for (const m of matches) {
    const d = m.next <= figure.first ? figure.first - m.next : m.first >= figure.next ? m.first - figure.next : 0;
    if (d < bestDistance) [best, bestDistance] = [m, d];
  }
  return best;
}
