/**
 * The rule model, after ESLint's: a rule is `{ meta, check }`; `meta` declares
 * its id, default severity, docs and message templates; `check` looks at one
 * group of claims and reports findings. Severity belongs to configuration.
 */
import type { ResolvedProperty } from "../model/properties.js";
import type { PatchOperation, Severity } from "../model/report.js";
import type { GroupComparison } from "../compare/comparison.js";
import type { CheckedClaim } from "./claims.js";

/** What a rule declares about itself. */
export interface RuleMeta {
  /** The rule id used in configuration and reports, e.g. `conflicting-values`. */
  id: string;
  /** One sentence: when the rule reports. */
  description: string;
  /** Severity when configuration does not say. */
  severity: Severity;
  docs: { url: string };
  /** Message templates by message id; `{{name}}` is filled from the finding's data. */
  messages: Record<string, string>;
  /** True when the rule's findings may carry suggestions (JSON Patches). */
  hasSuggestions?: boolean;
}

/** The claims of one group, as a rule sees them. */
export interface GroupView {
  key: string;
  subject: string;
  property: ResolvedProperty;
  scope: Record<string, string>;
  /** The group's claims in document order. */
  claims: readonly CheckedClaim[];
}

/** A suggested fix: a JSON Patch on the claim set. */
export interface SuggestionDescriptor {
  messageId: string;
  data?: Record<string, unknown>;
  patch: PatchOperation[];
}

/** What a rule reports. */
export interface Finding {
  messageId: string;
  /** Every claim involved. */
  claims: readonly CheckedClaim[];
  /** The figures behind the message; also fills the template. */
  data?: Record<string, unknown>;
  suggestions?: SuggestionDescriptor[];
}

/** What a rule receives for each group. */
export interface RuleContext {
  readonly group: GroupView;
  /**
   * The group's comparison: comparable sets, moments, timelines and partner
   * queries, worked out once per group and shared by the rules (as ESLint's
   * rules share `context.sourceCode`).
   */
  readonly compare: GroupComparison;
  /** Groups with the same subject and property but another scope (or none). */
  readonly related: readonly GroupView[];
  /**
   * True when entity `part` lies within entity `whole` through entities'
   * `partOf`, directly or through entities between (both resolved ids).
   */
  isPartOf(part: string, whole: string): boolean;
  /** Reports a finding. */
  report(finding: Finding): void;
  /**
   * A readable name for a resolved id: the source's name, else the entity's
   * first label, else the spelling the group's first claim wrote it with (a
   * subject, source, cited source or scope value that nothing names), else
   * the id.
   */
  name(id: string): string;
}

/** A rule: its description and its check. */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/**
 * Declares a rule, for `createChecker({ customRules })`. Returns it unchanged,
 * typed, after checking that its meta is complete.
 *
 * @example
 * const noSingleSource = defineRule({
 *   meta: {
 *     id: "single-source", description: "a figure only one origin gives", severity: "info",
 *     docs: { url: "https://example.org/rules/single-source" },
 *     messages: { single: "Only {{origin:name}} gives {{value}}." },
 *   },
 *   check(context) {
 *     for (const claim of context.group.claims) {
 *       if (context.group.claims.every((other) => other.origin === claim.origin)) {
 *         context.report({ messageId: "single", claims: [claim], data: { origin: claim.origin, value: claim.value.display } });
 *       }
 *     }
 *   },
 * });
 */
export function defineRule(rule: Rule): Rule {
  const { meta } = rule;
  if (!meta || typeof meta.id !== "string" || !/^[a-z0-9][a-z0-9-/]*$/.test(meta.id)) {
    throw new TypeError("a rule needs meta.id: lowercase letters, digits and dashes");
  }
  if (!["error", "warning", "info"].includes(meta.severity)) {
    throw new TypeError(`rule ${meta.id}: meta.severity must be "error", "warning" or "info"`);
  }
  if (typeof rule.check !== "function") throw new TypeError(`rule ${meta.id}: check must be a function`);
  return rule;
}

/** A message template's placeholder: `{{name}}` (the built-in rules' messages add a kind: `{{name:kind}}`). @internal */
export const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/**
 * Fills `{{name}}` placeholders from data, ESLint-style; unknown names stay as written.
 *
 * @example
 * interpolate("{{a}} vs {{b}}", { a: "~900", b: "~1400" }); // → "~900 vs ~1400"
 */
export function interpolate(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}
