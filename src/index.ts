/**
 * corroborate: model factual claims made by sources and find where they
 * contradict each other, contradict themselves, or move across dates.
 *
 * The public API. Everything exported here is documented in README.md and
 * follows semantic versioning; anything else is internal.
 */

// Reading claim sets
export { parseClaimSet, safeParseClaimSet } from "./model/parse.js";
export type { ClaimSetContext, ParseOptions, SafeParseResult } from "./model/parse.js";
export { ClaimSetError, formatIssue, toPointer } from "./model/issues.js";
export type { ClaimSetIssue } from "./model/issues.js";
export { defineProperty, resolveProperty } from "./model/properties.js";
export type { ResolvedProperty } from "./model/properties.js";

// The model: zod schemas (shape only; parseClaimSet checks the rest) and types
export {
  claimSchema,
  claimSetShape,
  claimValueSchema,
  documentSchema,
  entitySchema,
  propertySchema,
  quantityObjectSchema,
  sourceSchema,
} from "./model/claim-set.js";
export type {
  Cardinality,
  Claim,
  ClaimDocument,
  ClaimSet,
  ClaimValue,
  Entity,
  Modality,
  Nesting,
  PropertyDefinition,
  QuantityObject,
  Scope,
  Source,
  Temporal,
} from "./model/claim-set.js";
export type { ClaimInDocument } from "./model/documents.js";
export { CLAIM_SET_SCHEMA_ID, CONFIG_SCHEMA_ID, LEXICON_SCHEMA_ID, REPORT_SCHEMA_ID, claimSetJsonSchema, reportJsonSchema } from "./model/json-schema.js";

// Values: the grammar of quantities and dates, compatibility and distance
export {
  dateGapDays,
  datesCompatible,
  formatValue,
  inferValueType,
  parseBoolean,
  parseDate,
  parseDuration,
  parseQuantity,
  parseText,
  parseValue,
  quantitiesCompatible,
  quantityGap,
  valuesCompatible,
} from "./values/index.js";
export type {
  BooleanValue,
  DateInterval,
  DatePrecision,
  DateValue,
  Duration,
  QuantityInterval,
  QuantityValue,
  TextValue,
  Value,
  ValueResult,
  ValueSettings,
  ValueType,
} from "./values/index.js";

// Labels and aliases
export { createAliasResolver, normalizeLabel } from "./normalize/index.js";
export type { AliasConflict, AliasResolver, EntityLike } from "./normalize/index.js";

export { VERSION } from "./version.js";

// Checking: the engine, rules and report
export { check, createChecker } from "./engine/check.js";
export type { CheckOptions, Checker } from "./engine/check.js";
export { defineRule, interpolate } from "./engine/rule.js";
export type { Finding, GroupView, Rule, RuleContext, RuleMeta, SuggestionDescriptor } from "./engine/rule.js";
export type { CheckedClaim } from "./engine/claims.js";
export type { Span } from "./values/span.js";
export { builtinRules } from "./rules/index.js";
export { configSchema, reportSchema } from "./model/report.js";
export type {
  Config,
  Conflict,
  Diagnostic,
  Group,
  PatchOperation,
  Position,
  Report,
  ReportEstimate,
  ReportSource,
  RuleSetting,
  Severity,
  Suggestion,
} from "./model/report.js";

// Formatters: pure functions of the report
export { formatHtml, formatJson, formatMarkdown, formatSarif, formatText } from "./formatters/index.js";
export { claimLines } from "./model/json-text.js";
export type { FormatContext, Formatter, SarifContext } from "./formatters/index.js";

// Change over time (DESIGN §7): safe JSON Patch, sessions, report diffs
export { applyClaimSetPatch } from "./engine/patch.js";
export type { PatchOptions, PatchResult } from "./engine/patch.js";
export { createSession } from "./engine/session.js";
export type { Session, SessionOptions, SessionUpdate } from "./engine/session.js";
export { diffReports, keyedReport, summarizeDiff } from "./engine/diff.js";
export type { KeyedReport } from "./engine/diff.js";

// Extraction: candidate claims from article text (docs/extract.md)
export { extract, PLACEHOLDERS, LexiconError, lexiconSchema, parseLexicon } from "./extract/index.js";
export type { Candidate, ExtractOptions, ExtractResult, Lexicon, LexiconIssue, LexiconProperty, Unresolved } from "./extract/index.js";
