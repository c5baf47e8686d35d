/**
 * The report (DESIGN §5) and the checker's options as zod schemas: the source
 * of the report's TypeScript types, of `schemas/report.schema.json`, and of
 * the validation of `--config` files.
 */
import * as z from "zod";
import { propertySchema } from "./claim-set.js";

/** @internal */
export const severitySchema = z
  .enum(["error", "warning", "info"])
  .meta({ description: "How serious a finding is: error, warning or info." });

/** A rule's setting: a severity, or `off`. @internal */
export const ruleSettingSchema = z
  .enum(["off", "info", "warning", "error"])
  .meta({ description: "off, or the severity to report the rule's findings with." });

const quantityValueSchema = z.object({
  type: z.literal("quantity"),
  text: z.string().meta({ description: "The value as written." }),
  display: z.string().meta({ description: "The value in the value grammar." }),
  amount: z.number().optional(),
  approx: z.boolean().optional(),
  unit: z.string().optional(),
  interval: z
    .object({
      min: z.number().nullable(),
      max: z.number().nullable(),
      minExclusive: z.boolean(),
      maxExclusive: z.boolean(),
    })
    .meta({ description: "The numbers the value allows; null is unbounded." }),
});

const dateValueSchema = z.object({
  type: z.literal("date"),
  text: z.string(),
  display: z.string(),
  precision: z.enum(["year", "half", "quarter", "month", "day", "interval"]),
  approximate: z.boolean().optional(),
  interval: z
    .object({ start: z.string().nullable(), end: z.string().nullable() })
    .meta({ description: "The days the value covers (YYYY-MM-DD); null is an open end." }),
});

const booleanValueSchema = z.object({
  type: z.literal("boolean"),
  text: z.string(),
  display: z.string(),
  value: z.boolean(),
});

const textValueSchema = z.object({
  type: z.literal("text"),
  text: z.string(),
  display: z.string(),
  key: z.string().meta({ description: "The normalised text, or the entity id it resolves to." }),
});

/** A value once read: quantity, date, boolean or text. @internal */
export const valueSchema = z
  .discriminatedUnion("type", [quantityValueSchema, dateValueSchema, booleanValueSchema, textValueSchema])
  .meta({ id: "Value", title: "Value", description: "A value once read, with its original text and display." });

/** RFC 6902 operations, as rule suggestions carry them. @internal */
export const patchOperationSchema = z
  .object({
    op: z.enum(["add", "remove", "replace", "move", "copy", "test"]),
    path: z.string(),
    from: z.string().optional(),
    value: z.unknown().optional(),
  })
  .meta({ id: "PatchOperation", title: "JSON Patch operation", description: "One RFC 6902 operation on the claim set." });

/** @internal */
export const positionSchema = z
  .object({
    display: z.string().meta({ description: "What the position says, in the value grammar." }),
    value: valueSchema.meta({ description: "The value every claim of the position allows." }),
    claims: z.array(z.string()).meta({ description: "Ids of the claims that agree on it." }),
    sources: z.array(z.string()).meta({ description: "Who published those claims." }),
    origins: z
      .array(z.string())
      .meta({ description: "Independent origins: the last attribution of each claim, or its source." }),
    from: z.string().nullable().meta({ description: "The earliest day its claims hold (YYYY-MM-DD), null when undated." }),
    to: z.string().nullable().meta({ description: "The latest day its claims hold (YYYY-MM-DD), null when undated." }),
    modality: z
      .enum(["asserted", "planned"])
      .meta({ description: "planned positions are plans and deadlines; they are compared only with each other." }),
  })
  .meta({ id: "Position", title: "Position", description: "Claims whose values agree." });

/** @internal */
export const estimateSchema = z
  .object({
    from: z.string().nullable().meta({ description: "The first day of the moment (YYYY-MM-DD), null when undated or open." }),
    to: z.string().nullable().meta({ description: "The last day of the moment (YYYY-MM-DD), null when undated or open." }),
    display: z.string().meta({ description: "The best-supported value, in the value grammar." }),
    value: valueSchema.meta({ description: "The best-supported value, as one of its claims wrote it." }),
    confidence: z.number().min(0).max(1).meta({ description: "The probability that the value is right, 0–1." }),
    claims: z.array(z.string()).meta({ description: "Ids of the claims that support it (compatible values, denials of other values), sorted." }),
    against: z.array(z.string()).meta({ description: "Ids of the claims that contradict it (incompatible values, denials of it), sorted." }),
    modality: z
      .enum(["asserted", "planned", "denied"])
      .meta({ description: "asserted: what is; planned: what is planned; denied: only denials were made, and this is the value most likely false." }),
  })
  .meta({ id: "Estimate", title: "Estimate", description: "The best-supported value of one moment of comparable claims." });

/** @internal */
export const reportSourceSchema = z
  .object({
    id: z.string().meta({ description: "The source or origin, as claims name it (resolved through entities)." }),
    trust: z.number().min(0).max(1).meta({ description: "The probability that a claim it originates is right, 0–1: learned from agreement with the estimates, starting from its reliability." }),
    claims: z.number().meta({ description: "Claims it originates: its own, and those others attribute to it." }),
    agreed: z.number().meta({ description: "Of those, claims that agree with their moment's estimate where another origin also spoke." }),
    contradicted: z.number().meta({ description: "Of those, claims that contradict their moment's estimate." }),
    relayed: z.number().optional().meta({ description: "Claims it published on another origin's word (they count for that origin)." }),
  })
  .meta({ id: "Source", title: "Source", description: "How far a source or origin can be trusted, and on what evidence." });

/** @internal */
export const groupSchema = z
  .object({
    key: z.string().meta({ description: "Stable key of the group: subject, property and scope." }),
    subject: z.string(),
    property: z.string(),
    scope: z.record(z.string(), z.string()),
    positions: z
      .array(positionSchema)
      .meta({ description: "Strongest first: the most probable value by the estimates, then the most recent, then the more specific value." }),
    estimates: z
      .array(estimateSchema)
      .optional()
      .meta({ description: "One per moment of comparable claims, in time order (undated last); absent for properties with several true values." }),
  })
  .meta({ id: "Group", title: "Group", description: "The claims about one subject, property and scope." });

/** @internal */
export const suggestionSchema = z
  .object({
    message: z.string(),
    patch: z.array(patchOperationSchema).meta({ description: "RFC 6902 operations on the claim set." }),
  })
  .meta({ id: "Suggestion", title: "Suggestion", description: "A possible fix, as a JSON Patch on the claim set." });

/** @internal */
export const conflictSchema = z
  .object({
    id: z.string().meta({ description: "Stable id: a hash of the rule and the claim ids." }),
    rule: z.string(),
    messageId: z.string().meta({ description: "The key of the rule's message template that wrote `message` (as in the rule's meta.messages)." }),
    severity: severitySchema,
    group: z.string().meta({ description: "The key of the group the conflict is in." }),
    subject: z.string(),
    property: z.string(),
    scope: z.record(z.string(), z.string()),
    claims: z.array(z.string()).meta({ description: "Every claim involved, sorted." }),
    message: z.string().meta({ description: "One sentence a journalist understands." }),
    data: z
      .record(z.string(), z.unknown())
      .meta({ description: "The figures and ids behind the message (value displays, numbers, dates, claim ids); never words of the sentence." }),
    suggestions: z.array(suggestionSchema).optional(),
  })
  .meta({ id: "Conflict", title: "Conflict", description: "Statements that cannot all be true, or a change worth seeing." });

/** @internal */
export const diagnosticSchema = z
  .object({
    code: z.string(),
    severity: severitySchema,
    path: z.string().meta({ description: "JSON pointer into the claim set." }),
    message: z.string(),
    line: z.number().optional(),
    row: z.number().optional().meta({ description: "For a claim sheet: the row (the header is row 1)." }),
    column: z.string().optional().meta({ description: "For a claim sheet: the column, by the claim field it holds." }),
  })
  .meta({ id: "Diagnostic", title: "Diagnostic", description: "A problem with the claim set itself." });

/**
 * The report's shape (DESIGN §5), for validating reports read back from JSON.
 *
 * @example
 * const report = reportSchema.parse(JSON.parse(fs.readFileSync("report.json", "utf8")));
 */
export const reportSchema = z
  .object({
    tool: z.object({ name: z.literal("corroborate"), version: z.string() }),
    summary: z.object({
      claims: z.number(),
      groups: z.number(),
      conflicts: z.number(),
      errors: z.number(),
      warnings: z.number(),
      infos: z.number(),
    }),
    groups: z.array(groupSchema),
    conflicts: z.array(conflictSchema),
    diagnostics: z.array(diagnosticSchema),
    sources: z
      .array(reportSourceSchema)
      .optional()
      .meta({ description: "Every source and origin of the estimated claims, by id: its trust and the claims it rests on." }),
  })
  .meta({
    title: "corroborate report",
    description: "What corroborate found in a claim set: groups of claims with their positions and estimates, conflicts, diagnostics, sources' trust.",
  });

/**
 * The contents of a `--config` file: `rules` and shared `properties`.
 *
 * @example
 * const config = configSchema.parse({ rules: { "value-changed": "off" } });
 */
export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    rules: z
      .record(z.string(), ruleSettingSchema)
      .optional()
      .meta({ description: "Rule id → off, info, warning or error." }),
    properties: z.array(propertySchema).optional().meta({ description: "Property definitions shared by every claim set." }),
  })
  .meta({ title: "corroborate configuration" });

/** error, warning or info. */
export type Severity = z.infer<typeof severitySchema>;
/** A rule's setting: off or a severity. */
export type RuleSetting = z.infer<typeof ruleSettingSchema>;
/** One RFC 6902 operation. */
export type PatchOperation = z.infer<typeof patchOperationSchema>;
/** Claims whose values agree. */
export type Position = z.infer<typeof positionSchema>;
/** The claims about one subject, property and scope. */
export type Group = z.infer<typeof groupSchema>;
/** A possible fix. */
export type Suggestion = z.infer<typeof suggestionSchema>;
/** The best-supported value of one moment of a group. */
export type ReportEstimate = z.infer<typeof estimateSchema>;
/** How far a source can be trusted, as the report gives it. */
export type ReportSource = z.infer<typeof reportSourceSchema>;
/** Statements that cannot all be true, or a change worth seeing. */
export type Conflict = z.infer<typeof conflictSchema>;
/** A problem with the claim set itself. */
export type Diagnostic = z.infer<typeof diagnosticSchema>;
/** What corroborate found. */
export type Report = z.infer<typeof reportSchema>;
/** The options of `check`, as in a configuration file. */
export type Config = z.infer<typeof configSchema>;
