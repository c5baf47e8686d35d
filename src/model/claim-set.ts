/**
 * The claim set (DESIGN §1) as zod schemas: the single source of truth for the
 * TypeScript types below and for `schemas/claim-set.schema.json`.
 *
 * These schemas check shape only: what JSON Schema can say too, so that the
 * generated schema and zod accept the same documents. Checks that need the
 * whole document (duplicate ids, values read against their property's type,
 * impossible dates) live in `validate.ts`.
 */
import * as z from "zod";
import { describe } from "../internal/quote.js";

/** Names that would reach an object's prototype if used as keys. @internal */
export const RESERVED_KEYS = ["__proto__", "constructor", "prototype"] as const;

const nonBlank = (description: string) =>
  z.string().regex(/\S/, { error: "must not be empty" }).meta({ description });

/**
 * The date grammar's shape (DESIGN §2), for editors: `2025`, `2025-09`,
 * `2025-09-30`, `2026-Q4`, `2026-H2`, a `~` suffix, intervals with `/` and
 * open `..` ends. Calendar checks (no 2025-02-30) happen when the date is read.
 */
const DATE_PART = String.raw`(?:\d{4}(?:-(?:\d{2}(?:-\d{2})?|[QqHh]\d))?~?)`;
/** @internal */
export const DATE_PATTERN = new RegExp(
  String.raw`^(?:${DATE_PART}|(?:${DATE_PART}|\.\.)/(?:${DATE_PART}|\.\.))$`,
);

const dateString = (description: string) =>
  z
    .string()
    .regex(DATE_PATTERN, {
      error: (issue) =>
        `cannot read ${describe(issue.input)} as a date; write a date such as 2025-04-20, 2025-09, 2026-Q4 or 2025-09/2026-12`,
    })
    .meta({ description });

const unitField = z.string().meta({ description: "Unit of the figure, free text (e.g. \"troops\")." });

/**
 * A quantity written as an object: `{ "amount": 1400, "approx": true }`, `{ "min": 70 }`.
 *
 * @example
 * quantityObjectSchema.safeParse({ min: 2000, max: 2500 }).success; // → true
 */
export const quantityObjectSchema = z
  .strictObject({
    amount: z.number().optional().meta({ description: "The figure stated." }),
    approx: z
      .boolean()
      .optional()
      .meta({ description: "The figure is approximate: ± the property's `approx` (10 % by default)." }),
    min: z.number().optional().meta({ description: "Lower bound (inclusive unless `minExclusive`)." }),
    max: z.number().optional().meta({ description: "Upper bound (inclusive unless `maxExclusive`)." }),
    minExclusive: z.boolean().optional().meta({ description: "The lower bound itself is excluded (\"more than\")." }),
    maxExclusive: z.boolean().optional().meta({ description: "The upper bound itself is excluded (\"less than\")." }),
    unit: unitField.optional(),
  })
  .meta({
    id: "QuantityObject",
    title: "Quantity (structured)",
    description:
      "A figure, an approximate figure, or bounds: { \"amount\": 1400, \"approx\": true }, { \"min\": 70 }, { \"min\": 2000, \"max\": 2500 }.",
  });

/**
 * A claim's value as written: number, string (quantity, date or text), boolean
 * or quantity object. Which of them is right depends on the property's type,
 * which `parseClaimSet` checks.
 *
 * @example
 * claimValueSchema.safeParse("~1400").success; // → true
 */
export const claimValueSchema = z
  .union([z.number(), z.string(), z.boolean(), quantityObjectSchema])
  .meta({
    id: "ClaimValue",
    title: "Value",
    description:
      "What the claim states. Quantities: 900, \"1,400\", \"~1400\", \">=70\", \"<1000\", \"2000..2500\" or an object. " +
      "Dates: \"2026\", \"2025-09\", \"2025-04-20\", \"2026-Q4\", \"2026-H2\", \"2025-09/2026-12\", \"../2026-09\", \"2025-09~\". " +
      "Also true/false, or text (matched through entity labels).",
  });

/**
 * A source's shape: who publishes or is cited.
 *
 * @example
 * sourceSchema.parse({ id: "pentagon", name: "US Department of Defense", kind: "official" });
 */
export const sourceSchema = z
  .strictObject({
    id: nonBlank("Identifier used by claims' `source` and `attribution`."),
    name: z.string().optional().meta({ description: "Display name." }),
    kind: z
      .string()
      .optional()
      .meta({ description: "What kind of source this is, free text: \"outlet\", \"official\", \"agency\", \"person\"…" }),
    url: z.string().optional().meta({ description: "Home page or profile." }),
    reliability: z
      .number()
      .min(0, { error: "must be between 0 and 1" })
      .max(1, { error: "must be between 0 and 1" })
      .optional()
      .meta({ description: "Prior reliability, from 0 (none) to 1 (full)." }),
  })
  .meta({ id: "Source", title: "Source", description: "Who publishes or is cited." });

/**
 * An entity's shape: a canonical id and its labels in any language.
 *
 * @example
 * entitySchema.parse({ id: "syria", labels: ["Syria", "سوريا"] });
 */
export const entitySchema = z
  .strictObject({
    id: nonBlank("Canonical identifier."),
    labels: z
      .array(nonBlank("A name of the entity, in any language or script."))
      .optional()
      .meta({ description: "Names and spellings that mean this entity, in any language (e.g. \"Victory\", \"النصر\")." }),
    kind: z.string().optional().meta({ description: "What the entity is, free text: \"place\", \"base\", \"force\"…" }),
    partOf: z
      .array(nonBlank("The id of an entity that contains this one."))
      .optional()
      .meta({
        description:
          "Ids of entities that contain this one (Erbil is part of the Kurdistan Region): transitive, never a cycle. " +
          "Claims scoped to a part and to its whole are compared by the containment rule.",
      }),
    note: z.string().optional().meta({ description: "Free-text note for editors." }),
  })
  .meta({
    id: "Entity",
    title: "Entity",
    description:
      "A canonical id and its aliases. Subjects, scope values, text values and sources are matched against labels " +
      "ignoring case, spacing, diacritics, tatweel and Arabic letter variants.",
  });

/** @internal */
export const valueTypeSchema = z
  .enum(["quantity", "date", "boolean", "text"])
  .meta({ description: "How values of the property are read and compared." });
/** @internal */
export const temporalSchema = z.enum(["static", "state", "cumulative"]).meta({
  description:
    "static: never changes (an event's date); state: changes over time (a troop count); cumulative: never decreases (attacks since a date).",
});
/** @internal */
export const nestingSchema = z.enum(["sum", "within", "none"]).meta({
  description:
    "How a part's value relates to its whole's (entities' partOf): sum (a count for a part cannot exceed its whole's; " +
    "the default for quantities), within (a date for a part cannot end later than its whole's: a presence or a " +
    "deadline), none (not compared; the default for dates, booleans and text).",
});
/** @internal */
export const cardinalitySchema = z
  .enum(["one", "many"])
  .meta({ description: "many: several values may all be true at once (destinations of a convoy)." });

const durationString = (description: string) =>
  z
    .string()
    .regex(/^P(?=\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$/, {
      error: "must be an ISO 8601 duration such as P30D, P2W, P1M or P1Y",
    })
    .meta({ description });

/**
 * A property definition's shape (DESIGN §3); `defineProperty` also checks that the settings fit the type.
 *
 * @example
 * propertySchema.parse({ id: "troop-count", type: "quantity", tolerance: 0.02 });
 */
export const propertySchema = z
  .strictObject({
    id: nonBlank("Identifier used by claims' `property`."),
    type: valueTypeSchema.optional(),
    temporal: temporalSchema.optional(),
    tolerance: z
      .union([
        z.number().min(0, { error: "must not be negative" }),
        durationString("For dates: how many days apart two dates may be and still agree."),
      ])
      .optional()
      .meta({
        description:
          "Quantities: relative tolerance of exact figures (0.02 = 2 %). Dates: an ISO 8601 duration (\"P15D\"). Default 0.",
      }),
    approx: z
      .number()
      .min(0, { error: "must not be negative" })
      .optional()
      .meta({ description: "Relative width of approximate (~) figures. Default 0.1." }),
    window: durationString(
      "How far apart two claims about a changing value may be and still describe the same moment. Default P30D.",
    ).optional(),
    cardinality: cardinalitySchema.optional(),
    unit: unitField.optional(),
    label: z
      .string()
      .optional()
      .meta({ description: "How messages name the property (\"attacks on US forces\"); default: its id, dashes as spaces." }),
    nesting: nestingSchema.optional(),
    description: z.string().optional().meta({ description: "What the property means, for readers of the report." }),
  })
  .meta({ id: "Property", title: "Property", description: "How values of a property compare (DESIGN §3)." });

/** @internal */
export const modalitySchema = z.enum(["asserted", "planned", "denied"]).meta({
  description: "asserted (default): the source states it; planned: a plan or deadline; denied: the source denies it.",
});

const scopeKey = z
  .string()
  .regex(/\S/, { error: "must not be empty" })
  .regex(/^(?!(?:__proto__|constructor|prototype)$)/, { error: "is a reserved name" });

/** @internal */
export const scopeSchema = z
  // A "__proto__" key never reaches zod's record (it skips it): validate.ts looks for it in the raw input.
  .record(scopeKey, nonBlank("Entity id or label."))
  .meta({
    id: "Scope",
    title: "Scope",
    description: "Qualifiers that partition the statement, e.g. { \"location\": \"syria\" }. Values match entity labels.",
  });

/**
 * A document's shape: an article or statement that claims come from, whose
 * source, title, address and publication date its claims share.
 *
 * @example
 * documentSchema.parse({ id: "article-002", source: "outlet-002", title: "…", published: "2024-09/2024-12" });
 */
export const documentSchema = z
  .strictObject({
    id: nonBlank("Identifier used by claims' `document`."),
    source: nonBlank("Who published it: claims that name no source take this one.").optional(),
    title: z.string().optional().meta({ description: "The document's title, as messages name it." }),
    url: z.string().optional().meta({ description: "Where it can be read." }),
    published: dateString(
      "When it was published, in the date grammar: a day, month or year, or bounds read from its text " +
        "(\"2025-06/..\": some time after June 2025). Claims that give no `published` take this one.",
    ).optional(),
    note: z.string().optional().meta({ description: "Free-text note for editors." }),
  })
  .meta({ id: "Document", title: "Document", description: "An article or statement that claims come from." });

/**
 * A claim's shape: who said what, when, about what. The value is read against
 * its property's type by `parseClaimSet`.
 *
 * @example
 * claimSchema.safeParse({ id: "a", subject: "us-forces", property: "troop-count", value: "~900", source: "infoplus" }).success; // → true
 */
export const claimSchema = z
  .strictObject({
    id: nonBlank("Unique identifier of the claim."),
    subject: nonBlank("Who or what the claim is about: an entity id or any of its labels."),
    property: nonBlank("What is stated about the subject: a property id."),
    scope: scopeSchema.optional(),
    value: claimValueSchema,
    source: nonBlank("Who published the claim: a source id or entity label; may be left to its document's.").optional(),
    published: dateString("When the source published the claim.").optional(),
    asOf: dateString("When the value holds; defaults to `published`.").optional(),
    document: z
      .string()
      .optional()
      .meta({ description: "The article or statement; defaults to the source and publication date." }),
    attribution: z
      .array(nonBlank("A source id or entity label."))
      .optional()
      .meta({ description: "Who the source credits, nearest first; the last one is the claim's origin." }),
    modality: modalitySchema.optional(),
    quote: z.string().optional().meta({ description: "The words of the source: the evidence." }),
    url: z.string().optional().meta({ description: "Where the claim can be read." }),
    note: z.string().optional().meta({ description: "Free-text note for editors." }),
  })
  .meta({ id: "Claim", title: "Claim", description: "Who said what, when, about what." });

/**
 * The claim set's shape: what its JSON Schema says. It does not check what a
 * schema cannot (unique ids, values against their property's type, calendar
 * dates): use `parseClaimSet` for that.
 *
 * @example
 * const input = z.object({ story: z.string(), claimSet: claimSetShape }); // compose in your own zod schemas
 */
export const claimSetShape = z
  .strictObject({
    $schema: z.string().optional().meta({ description: "The JSON Schema this file follows (for editors)." }),
    sources: z.array(sourceSchema).optional().meta({ description: "Who publishes or is cited." }),
    entities: z.array(entitySchema).optional().meta({ description: "Canonical ids and their aliases." }),
    properties: z.array(propertySchema).optional().meta({ description: "How values of each property compare." }),
    documents: z.array(documentSchema).optional().meta({ description: "The articles and statements claims come from." }),
    claims: z.array(claimSchema).meta({ description: "The statements to check." }),
  })
  .meta({
    title: "corroborate claim set",
    description:
      "Factual claims made by sources, for corroborate to check for contradictions: sources, entities with aliases, " +
      "properties and claims.",
  });

/**
 * The field names an object at a zod path may have, for "did you mean" hints.
 * @internal
 */
export function fieldsAt(path: readonly PropertyKey[]): readonly string[] {
  const [section, , field] = path;
  if (path.length === 0) return Object.keys(claimSetShape.shape);
  if (path.length === 3 && section === "claims" && field === "value") return Object.keys(quantityObjectSchema.shape);
  if (path.length !== 2) return [];
  const schema = { sources: sourceSchema, entities: entitySchema, properties: propertySchema, documents: documentSchema, claims: claimSchema }[
    String(section) as "sources"
  ];
  return schema ? Object.keys(schema.shape) : [];
}

/** A source: who publishes or is cited. */
export type Source = z.infer<typeof sourceSchema>;
/** An entity: a canonical id and its aliases in any language. */
export type Entity = z.infer<typeof entitySchema>;
/** A property definition: how its values are read and compared. */
export type PropertyDefinition = z.infer<typeof propertySchema>;
/** A claim's value as written. */
export type ClaimValue = z.infer<typeof claimValueSchema>;
/** A quantity written as an object. */
export type QuantityObject = z.infer<typeof quantityObjectSchema>;
/** `asserted`, `planned` or `denied`. */
export type Modality = z.infer<typeof modalitySchema>;
/** `static`, `state` or `cumulative`. */
export type Temporal = z.infer<typeof temporalSchema>;
/** `one` or `many`. */
export type Cardinality = z.infer<typeof cardinalitySchema>;
/** Qualifiers that partition a statement. */
export type Scope = z.infer<typeof scopeSchema>;
/** Who said what, when, about what. */
export type Claim = z.infer<typeof claimSchema>;
/** An article or statement that claims come from. */
export type ClaimDocument = z.infer<typeof documentSchema>;
/** How a part's value relates to its whole's: `sum`, `within` or `none`. */
export type Nesting = z.infer<typeof nestingSchema>;
/** A whole claim set: sources, entities, properties and claims. */
export type ClaimSet = z.infer<typeof claimSetShape>;
