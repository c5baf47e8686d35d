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
import { type Span, type Token, fold, sentences, tokenize } from "./text.js";
import { type Figure, type Match, matchAllIn, readFigures } from "./figures.js";
import { HEDGES, NUMBER_WORDS, phraseTable, tokenVariants } from "./words.js";

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
  return tokenVariants(before).some((v) => v.prefix <= 1 && LOCATIVE.has(v.form));
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
  /** The last sentences' tokens (at most three), and their places once asked for: «هناك» is rare, so places are matched only then. */
  recent: Array<{ tokens: Token[]; places?: ReadonlyArray<Match<{ id: string; scope: string }>> }>;
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
  // The clauses of the sentence being read: computed when a date first asks for its tense, then again once its dates are known.
  let clauses: Clauses | undefined;
  let sentenceTokens: Token[] = [];
  const ctx: DateContext = {
    reference,
    last: undefined,
    lang: options.lang,
    future: (i) => {
      clauses ??= clausesOf(sentenceTokens);
      return (clauses.futureFrom[clauses.of[i] ?? 0] ?? Infinity) < i;
    },
  };
  const prefix = options.document ?? options.source ?? "claim";
  const candidates: Candidate[] = [];
  const usedIds = new Set<string>();
  const placeholdersUsed = new Set<string>();
  const sourcesUsed = new Set<string>();
  /** The last figures of the text, for comparatives ("in larger numbers"). */
  const recent: Array<{ amount: number; property: number | undefined; place: string | undefined }> = [];
  const memory: Memory = { sentence: 0, recent: [], byProperty: new Map() };
  let truncated = false;

  for (const sentence of sentences(text)) {
    if (candidates.length >= limit) {
      truncated = true;
      break;
    }
    memory.sentence++;
    const tokens = tokenize(text, sentence.start, sentence.end);
    sentenceTokens = tokens;
    clauses = undefined;
    const figures = readFigures(tokens, ctx, lexicon);
    // Tokens already in a figure: value phrases and comparatives may not overlap them.
    const covered = new Uint8Array(tokens.length);
    const cover = (f: Figure) => {
      for (let k = f.first; k < f.next; k++) covered[k] = 1;
    };
    const overlaps = (m: { first: number; next: number }) => {
      for (let k = m.first; k < m.next; k++) if (covered[k] === 1) return true;
      return false;
    };
    for (const f of figures) cover(f);
    if (lexicon && lexicon.values.size > 0) {
      // Wordings that state a value without digits, and comparatives.
      for (const m of matchAllIn(tokens, lexicon.values)) {
        if (overlaps(m)) continue;
        const entry = m.meaning;
        if (entry.cues && matchAllIn(tokens, entry.cues).length === 0) continue;
        const property = lexicon.properties[entry.property]!;
        const phrase: Figure = { kind: property.type, first: m.first, next: m.next, value: entry.value, property: entry.property, adverbial: false };
        figures.push(phrase);
        cover(phrase);
      }
    }
    if (figures.length === 0 && (recent.length === 0 || COMPARATIVE_STARTS.size === 0 || !tokens.some((t) => t.kind === "word" && COMPARATIVE_STARTS.has(t.norm)))) {
      remember(tokens, undefined, memory);
      continue;
    }
    const places = lexicon ? matchAllIn(tokens, lexicon.places) : [];
    const actors = lexicon ? matchAllIn(tokens, lexicon.actors) : [];
    const cues = lexicon ? matchAllIn(tokens, lexicon.cues) : [];
    const here = new Set(places.map((p) => p.meaning.id));
    for (const m of matchAllIn(tokens, COMPARATIVES)) {
      if (recent.length === 0 || overlaps(m)) continue;
      // The last figure about the same place, if the sentence names one.
      const earlier = [...recent].reverse().find((r) => r.place !== undefined && here.has(r.place)) ?? recent[recent.length - 1]!;
      const comparative: Figure = { kind: "quantity", first: m.first, next: m.next, value: `${m.meaning}${earlier.amount}`, property: earlier.property, comparedWith: String(earlier.amount) };
      figures.push(comparative);
      cover(comparative);
    }
    figures.sort((a, b) => a.first - b.first);

    // Clauses again, now that dates are known ("after 2026" is a date, "after the US withdrew" opens a clause).
    const inDate = new Uint8Array(tokens.length);
    for (const f of figures) if (f.kind === "date") for (let k = f.first; k < f.next; k++) inDate[k] = 1;
    const sentenceClauses = clausesOf(tokens, (k) => inDate[k] === 1);
    clauses = sentenceClauses;
    const clauseOf = (k: number) => sentenceClauses.of[Math.min(k, tokens.length - 1)]!;

    // Attribution: the lexicon's sources named near a reporting verb, once per clause.
    const sourceMentions: SourceMention[] = lexicon ? matchAllIn(tokens, lexicon.sources).map((m) => ({ first: m.first, next: m.next, id: m.meaning, prefix: m.prefix })) : [];
    const reporting = reportingCues(tokens);
    const figureClauses = new Set(figures.map((g) => clauseOf(g.first)));
    const creditByClause = new Map<number, { ids: string[]; cue: string | undefined }>();
    const creditOf = (clause: number) => {
      let credit = creditByClause.get(clause);
      if (credit === undefined) {
        credit = reporting.length > 0 ? attributionOf(tokens, reporting, sourceMentions, sentenceClauses, clause, figureClauses) : { ids: [], cue: undefined };
        creditByClause.set(clause, credit);
      }
      return credit;
    };
    const view = sentenceView(tokens, sentenceClauses, figures, places, cues, actors, lexicon);

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
      const credited = creditOf(clause);
      const attribution = credited.ids.filter((id) => id !== options.source);

      // Property: quantities by their unit word (or the one before it in the sentence), dates by the nearest cue.
      let propertyIndex = figure.property;
      if (figure.kind === "date" && propertyIndex === undefined && figure.unresolved === undefined) propertyIndex = dateCue(view, figure)?.meaning;
      let property: string;
      // A date that could not be placed has no value: its wording becomes a text value.
      if (figure.kind === "date" && figure.value === "") property = PLACEHOLDERS.relativeDate;
      else if (propertyIndex !== undefined) property = props[propertyIndex]!.id;
      else property = figure.kind === "date" ? PLACEHOLDERS.date : figure.percent ? PLACEHOLDERS.percentage : PLACEHOLDERS.quantity;
      const definition = propertyIndex === undefined ? undefined : props[propertyIndex];

      // Scope: the nearest place of the figure's clause, else the clause's antecedent or the sentence's opening phrase, else "there", else the last figure of the property.
      const scopePlace = scopeOf(view, figure, f, memory);
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
      const owner = figure.kind === "quantity" ? ownerOf(view, figure) : undefined;
      let subject: string | undefined;
      if (owner !== undefined && allowed !== undefined && !allowed.includes(owner.meaning)) subject = undefined;
      else subject = owner?.meaning ?? nearest(view.actorsFor(propertyIndex), figure)?.meaning ?? definition?.subject;
      if (subject === undefined) {
        subject = PLACEHOLDERS.subject;
        unresolved.push("subject");
        if (owner !== undefined) notes.push(`the figure is about «${tokens.slice(owner.first, owner.next).map((t) => t.text).join(" ")}», not a subject of ${property}`);
      }
      if (property.startsWith("?")) {
        placeholdersUsed.add(property);
        unresolved.push(property === PLACEHOLDERS.relativeDate ? "date" : "property");
      }
      if (options.source === undefined) unresolved.push("source");
      if (figure.uncertain !== undefined) unresolved.push("value");
      if (credited.cue !== undefined) unresolved.push("attribution");

      // When a figure holds: the time its own clause gives, else an earlier clause's; "from X to Y": X held before.
      const future = sentenceClauses.future[clause] === true;
      let asOf: string | undefined;
      if (figure.kind === "quantity" && figure.value !== "") {
        const time = figure.duration ? undefined : timeOf(view, figure);
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
    remember(tokens, places, memory);
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

/** Keeps the sentence for «هناك» / "there" in the sentences after it (at most three back). */
function remember(tokens: Token[], places: ReadonlyArray<Match<{ id: string; scope: string }>> | undefined, memory: Memory): void {
  memory.recent.push(places === undefined ? { tokens } : { tokens, places });
  if (memory.recent.length > 3) memory.recent.shift();
}

/** The place the last three sentences named last. */
function lastPlace(memory: Memory, lexicon: CompiledLexicon | undefined): { id: string; scope: string } | undefined {
  if (lexicon === undefined) return undefined;
  for (let k = memory.recent.length - 1; k >= 0; k--) {
    const entry = memory.recent[k]!;
    entry.places ??= matchAllIn(entry.tokens, lexicon.places);
    const last = entry.places[entry.places.length - 1];
    if (last !== undefined) return last.meaning;
  }
  return undefined;
}

/** The day before the first day of a date value, or undefined for one with an open start. */
function dayBefore(value: string): number | undefined {
  const read = parseDate(value);
  if (!read.ok || read.value.interval.start === null) return undefined;
  return dayNumberFromIso(read.value.interval.start) - 1;
}

/**
 * What the rules for one figure need to know about its sentence, indexed
 * once per sentence so that each figure costs a few lookups, not a scan of
 * the sentence: clauses, and by clause the places, date cues and dates.
 */
interface SentenceView {
  tokens: readonly Token[];
  clauses: Clauses;
  clauseOf: (k: number) => number;
  figures: readonly Figure[];
  /** Places by clause, in order. */
  placesIn: (clause: number) => ReadonlyArray<Match<{ id: string; scope: string }>>;
  places: ReadonlyArray<Match<{ id: string; scope: string }>>;
  /** Cues of date properties: all, and by clause. */
  dateCues: ReadonlyArray<Match<number>>;
  dateCuesIn: (clause: number) => ReadonlyArray<Match<number>>;
  /** Word tokens per clause. */
  words: Int32Array;
  /** Dates that can say when a figure holds, by clause. */
  timesIn: (clause: number) => readonly Figure[];
  /** The sentence's opening phrase, when it is only a date or only a preposition and a place. */
  openingTime: Figure | undefined;
  openingPlace: { id: string; scope: string } | undefined;
  /** Tokens «هناك» / "there". */
  there: number[];
  actors: ReadonlyArray<Match<string>>;
  /** The actors a property allows, in order. */
  actorsFor: (property: number | undefined) => ReadonlyArray<Match<string>>;
  lexicon: CompiledLexicon | undefined;
}

function byClause<T extends { first: number }>(items: readonly T[], clauseOf: (k: number) => number): (clause: number) => readonly T[] {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const c = clauseOf(item.first);
    let list = map.get(c);
    if (list === undefined) map.set(c, (list = []));
    list.push(item);
  }
  return (clause) => map.get(clause) ?? [];
}

const usableTime = (d: Figure) => d.kind === "date" && d.value !== "" && !d.since && d.adverbial === true && d.unresolved === undefined && typeof d.value === "string";

function sentenceView(
  tokens: readonly Token[],
  clauses: Clauses,
  figures: readonly Figure[],
  places: ReadonlyArray<Match<{ id: string; scope: string }>>,
  cues: ReadonlyArray<Match<number>>,
  actors: ReadonlyArray<Match<string>>,
  lexicon: CompiledLexicon | undefined,
): SentenceView {
  const clauseOf = (k: number) => clauses.of[Math.min(k, tokens.length - 1)]!;
  const words = new Int32Array(clauses.future.length);
  const there: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.kind === "word") words[clauses.of[k]!]!++;
    if (THERE.has(tokens[k]!.norm)) there.push(k);
  }
  const props = lexicon?.properties ?? [];
  const dateCues = cues.filter((c) => props[c.meaning]?.type === "date");
  const times = figures.filter(usableTime);
  // The opening phrase: clause 0, a date or a place with at most a preposition or two around it, and no figure of its own.
  let openingTime: Figure | undefined;
  let openingPlace: { id: string; scope: string } | undefined;
  if (clauses.future.length > 1) {
    let count = 0;
    for (let k = 0; k < tokens.length && clauses.of[k] === 0; k++) if (tokens[k]!.kind !== "punct") count++;
    const time = times.find((d) => clauseOf(d.first) === 0);
    if (time !== undefined && count - (time.next - time.first) <= 1) openingTime = time;
    const place = places.find((p) => clauseOf(p.first) === 0);
    if (place !== undefined && place.first <= 1 && count <= place.next - place.first + 3 && !figures.some((g) => clauseOf(g.first) === 0)) openingPlace = place.meaning;
  }
  const allowedCache = new Map<number | undefined, ReadonlyArray<Match<string>>>();
  return {
    tokens,
    clauses,
    clauseOf,
    figures,
    places,
    placesIn: byClause(places, clauseOf),
    dateCues,
    dateCuesIn: byClause(dateCues, clauseOf),
    words,
    timesIn: byClause(times, clauseOf),
    openingTime,
    openingPlace,
    there,
    actors,
    actorsFor: (property) => {
      let list = allowedCache.get(property);
      if (list === undefined) {
        const allowed = property === undefined ? undefined : props[property]?.subjects;
        list = allowed === undefined ? actors : actors.filter((a) => allowed.includes(a.meaning));
        allowedCache.set(property, list);
      }
      return list;
    },
    lexicon,
  };
}

/**
 * The date property of a date figure: the nearest cue of its clause; a
 * deadline (by, until) or a date that is its clause's only words (", in
 * September 2024,") may take one from the rest of the sentence.
 */
function dateCue(view: SentenceView, figure: Figure): Match<number> | undefined {
  const clause = view.clauseOf(figure.first);
  const own = nearest(view.dateCuesIn(clause), figure);
  if (own !== undefined) return own;
  let dateWords = 0;
  for (let k = figure.first; k < figure.next; k++) if (view.tokens[k]!.kind === "word") dateWords++;
  if (figure.deadline || view.words[clause]! - dateWords <= 1) return nearest(view.dateCues, figure);
  return undefined;
}

/** The actor a quantity's own words name: "2,500 US troops", «900 جندي من الأردن», "soldiers from Jordan": right after the figure, its unit and «من»/from/of. */
function ownerOf(view: SentenceView, figure: Figure): Match<string> | undefined {
  const { actors, tokens } = view;
  const a = actors[firstAtOrAfter(actors, figure.next)];
  if (a === undefined || a.first - figure.next > 3) return undefined;
  for (let k = figure.next; k < a.first; k++) {
    const t = tokens[k]!;
    // The unit word first, then at most «من»/from/of.
    if (t.kind !== "word" || (k > figure.next && !OWNER_LINKS.has(t.norm))) return undefined;
  }
  return a;
}

const OWNER_LINKS = new Set(["\u0645\u0646", "from", "of"]);

/** The index of the first match starting at or after token k (matches are in order). */
function firstAtOrAfter<V>(matches: ReadonlyArray<Match<V>>, k: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.first < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The place a figure is about (see docs/extract.md, "scope"). */
function scopeOf(view: SentenceView, figure: Figure, f: number, memory: Memory): { id: string; scope: string } | undefined {
  const { tokens, clauses, clauseOf, figures } = view;
  const clause = clauseOf(figure.first);
  let nextFigure: Figure | undefined;
  for (let g = f + 1; g < figures.length && g <= f + 4 && nextFigure === undefined; g++) if (figures[g]!.kind === figure.kind && figures[g]!.first >= figure.next) nextFigure = figures[g];
  const inClause = view.placesIn(clause);
  // The first place after the figure in its clause (before the next figure) that a preposition of place introduces ("in Iraq", «في العراق», «بسوريا»;
  // not «بين بغداد وواشنطن», "with Baghdad"), else the last one before it. A few places after it are looked at, no more.
  const at = firstAtOrAfter(inClause, figure.next);
  for (let k = at; k < inClause.length && k < at + 4; k++) {
    const p = inClause[k]!;
    if (nextFigure !== undefined && p.first >= nextFigure.first) break;
    if (isLocative(tokens, p)) return p.meaning;
  }
  const before = inClause[firstAtOrAfter(inClause, figure.first) - 1];
  if (before !== undefined && before.next <= figure.first) return before.meaning;
  // A relative or subordinate clause (التي تضم 1400 جندي, where 900 troops remain, بعد أن سحبت …) is about the place of the clause before it.
  if (clauses.subordinate[clause] && clause > 0) {
    const previous = view.placesIn(clause - 1);
    if (previous.length > 0) return previous[previous.length - 1]!.meaning;
  }
  // The sentence's opening phrase ("In Syria, …", «وفي سوريا، …»).
  if (clause > 0 && view.openingPlace !== undefined) return view.openingPlace;
  // «هناك» / "there" in the clause: the place named last before it.
  for (const k of view.there) {
    if (clauses.of[k] !== clause) continue;
    const previous = tokens[k - 1];
    const next = tokens[k + 1];
    const existential = k === 0 || clauses.of[k - 1] !== clause || (previous !== undefined && THERE_EXISTENTIAL_BEFORE.has(previous.norm)) || (next !== undefined && THERE_EXISTENTIAL_AFTER.has(next.norm));
    if (existential) continue;
    const earlier = view.places[firstAtOrAfter(view.places, k) - 1];
    const named = earlier?.meaning ?? lastPlace(memory, view.lexicon);
    if (named !== undefined) return named;
  }
  return undefined;
}

/**
 * The time a quantity holds: the nearest time-fixing date of its own
 * clause; for a clause that depends on the one before it (بعد أن …, which
 * …, «قال … إن …»), that clause's; else the sentence's opening phrase when
 * it is only a date («فبحلول سبتمبر 2024، …», "In 2019, …"). Never a date of
 * a later clause (هجوم 7 أكتوبر in a clause about something else), a
 * "since" date (the start of a count), or a date that names an event.
 */
function timeOf(view: SentenceView, figure: Figure): Figure | undefined {
  const clause = view.clauseOf(figure.first);
  const own = nearest(view.timesIn(clause), figure);
  if (own) return own;
  if (clause > 0 && (view.clauses.subordinate[clause] || view.clauses.reported[clause])) {
    const before = nearest(view.timesIn(clause - 1), figure);
    if (before) return before;
  }
  return clause > 0 ? view.openingTime : undefined;
}

/** Characters of proclitic at the start of a mention's first token (بنحو → نحو), left out of the mention. */
function mentionOffset(token: Token): number {
  if (token.kind !== "word") return 0;
  // A word that is itself a hedge or number word (واحد, وفق) keeps its first letter.
  if (HEDGES.has(token.norm) || NUMBER_WORDS.has(token.norm)) return 0;
  // Only و ف ب ل and their pairs (وب, فل): the article ال is part of the mention (الربع الثالث).
  const m = tokenVariants(token).find((v) => v.prefix > 0 && v.prefix <= 2 && !token.norm.slice(0, v.prefix).includes("\u0627") && (HEDGES.has(v.form) || NUMBER_WORDS.has(v.form)));
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

/** The match nearest to a figure (by tokens), ties to the earlier one; `matches` are in order. */
function nearest<V extends { first: number; next: number }>(matches: readonly V[], figure: { first: number; next: number }): V | undefined {
  // The last match starting before the figure's end, and the first starting at or after it.
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.first < figure.next) lo = mid + 1;
    else hi = mid;
  }
  const distance = (m: V) => (m.next <= figure.first ? figure.first - m.next : m.first >= figure.next ? m.first - figure.next : 0);
  let best: V | undefined;
  let bestDistance = Infinity;
  // Matches before the figure end where they end: look back past any that overlap it or end later.
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
    const d = distance(matches[k]!);
    if (d <= bestDistance) [best, bestDistance] = [matches[k]!, d];
  }
  const after = matches[lo];
  if (after !== undefined && distance(after) < bestDistance) best = after;
  return best;
}
