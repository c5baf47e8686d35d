/**
 * The lexicon: a small JSON document that tells extraction which words name
 * which property (جندي, troops → troop-count), which places scope a figure
 * (سوريا → location: syria), which actors are subjects, and which wordings
 * state a figure without digits. It is data, not code: a newsroom writes one
 * per beat. `examples/iraq-withdrawal/lexicon.json` is the seeds' one.
 */
import * as z from "zod";
import { toPointer } from "../model/issues.js";
import { parseValue } from "../values/index.js";
import { type Phrase, phraseTable } from "./words.js";

const nonBlank = (description: string) => z.string().refine((s) => s.trim() !== "", { error: "must not be empty" }).meta({ description });
const wordList = (description: string) => z.array(nonBlank("A word or phrase, in any language.")).meta({ description });

const valuePhraseSchema = z.strictObject({
  phrases: wordList("Wordings that state the value without digits (\"جميع قواتها\", \"a small force\")."),
  value: z.union([z.number(), z.string()]).meta({ description: "The value they state, in the value grammar (0, \">0\", \"2026-12\")." }),
  cues: wordList("Words of which one must also be in the sentence.").optional(),
});

const propertyEntrySchema = z.strictObject({
  id: nonBlank("The property id written in claims (\"troop-count\")."),
  type: z.enum(["quantity", "date"]).meta({ description: "quantity: figures; date: dates." }),
  unit: z.string().optional().meta({ description: "Unit of the figures, copied to the claim set's property." }),
  temporal: z.enum(["static", "state", "cumulative"]).optional().meta({ description: "Copied to the claim set's property." }),
  description: z.string().optional().meta({ description: "Copied to the claim set's property." }),
  units: wordList("Quantity: words written right after a figure that name this property (\"جندي\", \"troops\").").optional(),
  cues: wordList(
    "Words or phrases in the sentence that point to this property. Dates: the nearest cue picks the property. Quantities with units and cues: the unit counts only when a cue is in the sentence.",
  ).optional(),
  subject: z.string().optional().meta({ description: "Subject used when no actor of the sentence fits." }),
  subjects: z.array(nonBlank("An actor id.")).optional().meta({ description: "The actors that may be this property's subject (default: any)." }),
  values: z.array(valuePhraseSchema).optional().meta({ description: "Wordings that state a value of this property without digits." }),
});

const labelled = (what: string) => ({
  id: nonBlank(`The ${what}'s id: an entity id written in claims.`),
  labels: wordList(`Names of the ${what} as articles write them, in any language.`),
});

const placeSchema = z.strictObject({
  ...labelled("place"),
  scope: z.string().optional().meta({ description: "The scope key the place fills (default \"location\")." }),
});
const actorSchema = z.strictObject(labelled("actor"));
const sourceEntrySchema = z.strictObject({
  id: nonBlank("The source's id, written in claims' `attribution` (\"reuters\", \"pentagon\", \"unnamed-sources\")."),
  labels: wordList("Names of the source as articles write them after a reporting verb or phrase (\"رويترز\", \"وزارة الدفاع الأميركية\", \"officials\"), in any language."),
  name: z.string().optional().meta({ description: "Display name, copied to the claim set's sources." }),
  kind: z.string().optional().meta({ description: "What kind of source, copied to the claim set's sources (\"agency\", \"official\", \"outlet\")." }),
});

/**
 * The lexicon's shape (zod): properties with their unit words and cues,
 * places that scope figures, actors that are subjects, sources that
 * articles credit.
 *
 * @example
 * lexiconSchema.parse({ properties: [{ id: "troop-count", type: "quantity", units: ["troops", "جندي"] }] });
 */
export const lexiconSchema = z
  .strictObject({
    $schema: z.string().optional(),
    description: z.string().optional(),
    properties: z.array(propertyEntrySchema).optional(),
    places: z.array(placeSchema).optional(),
    actors: z.array(actorSchema).optional(),
    sources: z
      .array(sourceEntrySchema)
      .optional()
      .meta({ description: "Who articles credit: a figure in a sentence with a reporting verb or phrase (قال, وفقاً لـ, according to, said) gets the sources named near it as `attribution`." }),
  })
  .meta({ id: "Lexicon", title: "corroborate extraction lexicon" });

/** A lexicon as written in JSON. */
export type Lexicon = z.infer<typeof lexiconSchema>;
/** One property of a lexicon. */
export type LexiconProperty = z.infer<typeof propertyEntrySchema>;

/** A problem in a lexicon, with the JSON pointer of the field. */
export interface LexiconIssue {
  path: string;
  message: string;
}

/**
 * Reads a lexicon: its shape, and each `values[].value` against its property's type.
 *
 * @example
 * const read = parseLexicon(JSON.parse(text));
 * if (!read.ok) for (const issue of read.issues) console.error(`${issue.path}: ${issue.message}`);
 */
export function parseLexicon(input: unknown): { ok: true; lexicon: Lexicon } | { ok: false; issues: LexiconIssue[] } {
  const parsed = lexiconSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
      const path = toPointer(keys.length > 0 ? [...issue.path, keys[0]!] : issue.path);
      return { path, message: keys.length > 0 ? `unknown field "${keys[0]}"` : issue.message };
    });
    return { ok: false, issues };
  }
  const issues: LexiconIssue[] = [];
  parsed.data.properties?.forEach((property, p) => {
    property.values?.forEach((entry, v) => {
      const read = parseValue(entry.value, property.type);
      if (!read.ok) issues.push({ path: toPointer(["properties", p, "values", v, "value"]), message: read.message });
    });
    if (property.type === "date" && property.units !== undefined) {
      issues.push({ path: toPointer(["properties", p, "units"]), message: "units name quantities; a date property has cues only" });
    }
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, lexicon: parsed.data };
}

/**
 * Thrown by `extract` for a lexicon that `parseLexicon` refuses; `issues` holds each problem with its JSON pointer.
 *
 * @example
 * try { extract(text, { lang: "en", lexicon }); } catch (error) { if (error instanceof LexiconError) console.error(error.issues); }
 */
export class LexiconError extends Error {
  override name = "LexiconError";
  constructor(readonly issues: LexiconIssue[]) {
    super(`invalid lexicon: ${issues.map((i) => `${i.path || "/"}: ${i.message}`).join("; ")}`);
  }
}

/** A lexicon ready for matching: phrase tables keyed by first folded word. @internal */
export interface CompiledLexicon {
  lexicon: Lexicon;
  properties: LexiconProperty[];
  units: Map<string, Array<Phrase<number>>>;
  cues: Map<string, Array<Phrase<number>>>;
  places: Map<string, Array<Phrase<{ id: string; scope: string }>>>;
  actors: Map<string, Array<Phrase<string>>>;
  sources: Map<string, Array<Phrase<string>>>;
  values: Map<string, Array<Phrase<{ property: number; value: number | string; cues: Map<string, Array<Phrase<true>>> | undefined }>>>;
}

/** Compiles a checked lexicon into phrase tables for matching. @internal */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const properties = lexicon.properties ?? [];
  return {
    lexicon,
    properties,
    units: phraseTable(properties.flatMap((p, k) => (p.units ?? []).map((w) => [w, k] as const))),
    cues: phraseTable(properties.flatMap((p, k) => (p.cues ?? []).map((w) => [w, k] as const))),
    places: phraseTable((lexicon.places ?? []).flatMap((place) => place.labels.map((l) => [l, { id: place.id, scope: place.scope ?? "location" }] as const))),
    actors: phraseTable((lexicon.actors ?? []).flatMap((actor) => actor.labels.map((l) => [l, actor.id] as const))),
    sources: phraseTable((lexicon.sources ?? []).flatMap((source) => source.labels.map((l) => [l, source.id] as const))),
    values: phraseTable(
      properties.flatMap((p, k) =>
        (p.values ?? []).flatMap((entry) => {
          const cues = entry.cues ? phraseTable(entry.cues.map((c) => [c, true] as const)) : undefined;
          return entry.phrases.map((phrase) => [phrase, { property: k, value: entry.value, cues }] as const);
        }),
      ),
    ),
  };
}
