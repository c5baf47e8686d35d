/**
 * The checker: reads a claim set, groups its claims by (subject, property,
 * scope) and runs the rules on each group; report-entries.ts turns what they
 * find into the report of DESIGN §5.
 */
import type { ClaimSet, PropertyDefinition } from "../model/claim-set.js";
import type { ClaimSetIssue } from "../model/issues.js";
import { claimPointer } from "../model/issues.js";
import type { ParseOptions } from "../model/parse.js";
import { ReadClaims, analyzeClaimSet } from "../model/parse.js";
import type { Conflict, Group, Report, RuleSetting, Severity } from "../model/report.js";
import { ruleSettingSchema } from "../model/report.js";
import { builtinRules } from "../rules/index.js";
import type { ClaimSetAnalysis } from "../model/validate.js";
import type { CheckedClaim } from "./claims.js";
import { groupedClaims } from "./claims.js";
import { GroupComparison } from "../compare/index.js";
import type { GroupView, Rule, RuleContext } from "./rule.js";
import type { GroupResult } from "./report-entries.js";
import { orderedGroup, ReportEntries, reportDiagnostics, reportOf } from "./report-entries.js";
import { evidenceOf } from "./estimation.js";
import { codeUnitOrder } from "../internal/code-unit-order.js";
import { groupBy } from "../internal/group-by.js";
import { LazyList } from "../internal/lazy-list.js";
import type { Names } from "../normalize/names.js";
import { readableNames, withWrittenSpellings } from "../normalize/names.js";

/** Options of `check` and `createChecker`; a `--config` file holds `rules` and `properties`. */
export interface CheckOptions {
  /** Rule id → `off`, `info`, `warning` or `error`; rules not named keep their default severity. */
  rules?: Record<string, RuleSetting>;
  /** Property definitions shared by every claim set (see `defineProperty`). */
  properties?: readonly PropertyDefinition[];
  /** Rules of your own (see `defineRule`), run after the built-in ones. */
  customRules?: readonly Rule[];
  /** Skip invalid claims, list them under `diagnostics`, and check the rest. */
  lenient?: boolean;
  /** How to read text input (see `parseClaimSet`). */
  format?: ParseOptions["format"];
  /** The delimiter of a CSV sheet (see `parseClaimSet`). */
  delimiter?: ParseOptions["delimiter"];
  /** Sections for input that cannot hold them, such as aliases for NDJSON or a sheet (see `parseClaimSet`). */
  context?: ParseOptions["context"];
}

/** A configured checker: `check` any number of claim sets with the same rules. */
export interface Checker {
  /** Checks a claim set (JSON or NDJSON text, bytes, or an object); throws `ClaimSetError` when it is invalid. */
  check(input: unknown): Report;
  /** Every rule the checker knows, by id, built-in and custom. */
  readonly rules: ReadonlyMap<string, Rule>;
}

/**
 * Creates a checker with its rules configured once, ESLint-style.
 *
 * @example
 * const checker = createChecker({ rules: { "value-changed": "off", "rapid-change": "error" } });
 * const report = checker.check(claimSet);
 */
export function createChecker(options: CheckOptions = {}): Checker {
  const { rules, severities } = configure(options);
  return {
    rules,
    check: (input) => runCheck(input, options, rules, severities).report,
  };
}

/**
 * Checks and also returns the claim set as read (the CLI's
 * formatters quote the claims without reading the input twice).
 * @internal
 */
export function checkDetailed(input: unknown, options: CheckOptions = {}, hooks: CheckHooks = {}): DetailedCheck {
  const { rules, severities } = configure(options);
  return runCheck(input, options, rules, severities, hooks);
}

/** What a long check tells its caller on the way (the CLI's progress line). @internal */
export interface CheckHooks {
  /** Called after each group is checked: `done` of `total` groups. */
  onGroup?(done: number, total: number): void;
  /**
   * Leave `report.groups` empty and give `groups` instead, whose entries are
   * made when they are read: a large report can be written without holding
   * every position at once (the CLI's `--format json`).
   */
  deferGroups?: boolean;
}

/** A report with the claim set it was made from. @internal */
export interface DetailedCheck {
  report: Report;
  /** The claims that were checked: with `lenient`, without the skipped ones. */
  claimSet: ClaimSet;
  /** With `lenient`, the position in the input of each checked claim; otherwise absent (positions are equal). */
  indexes?: readonly number[];
  /** With `deferGroups`, the report's groups, in order, each made when it is read. */
  groups?: LazyList<Group>;
  /** With `deferGroups`, the key of each of those groups. */
  groupKeys?: readonly string[];
  /** For a claim sheet, the line each checked claim's row starts on (SARIF points results at it). */
  sheetLines?: readonly number[];
}

/** The rules by id, and the severity of each rule that is on; throws on bad configuration. @internal */
export function configure(options: CheckOptions): { rules: Map<string, Rule>; severities: Map<string, Severity> } {
  const rules = new Map<string, Rule>();
  for (const rule of [...builtinRules, ...(options.customRules ?? [])]) {
    if (rules.has(rule.meta.id)) throw new TypeError(`two rules have the id "${rule.meta.id}"`);
    rules.set(rule.meta.id, rule);
  }
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    if (!rules.has(id)) throw new TypeError(`unknown rule "${id}" in options.rules`);
    if (!ruleSettingSchema.safeParse(setting).success) {
      throw new TypeError(`rule "${id}": the setting must be "off", "info", "warning" or "error"`);
    }
  }
  const severities = new Map<string, Severity>();
  for (const [id, rule] of rules) {
    const setting = options.rules && Object.hasOwn(options.rules, id) ? options.rules[id]! : rule.meta.severity;
    if (setting !== "off") severities.set(id, setting);
  }
  return { rules, severities };
}

/**
 * Checks a claim set and returns the report: groups with their positions,
 * conflicts, diagnostics and a summary. Throws `ClaimSetError` when the claim
 * set is invalid (unless `lenient`). The same input gives the same report.
 *
 * @example
 * const report = check(claimSet, { rules: { "value-changed": "off" } });
 * for (const conflict of report.conflicts) console.log(conflict.severity, conflict.message);
 */
export function check(input: unknown, options: CheckOptions = {}): Report {
  return createChecker(options).check(input);
}

/** Reads the input; with `lenient`, drops invalid claims and keeps their issues. */
function read(input: unknown, options: CheckOptions) {
  const parseOptions: ParseOptions = { format: options.format, delimiter: options.delimiter, properties: options.properties, context: options.context };
  const first = analyzeClaimSet(input, parseOptions, true); // check only reads the claim set: no copy needed
  if (first.success || !options.lenient) return { result: first, skipped: [] as ClaimSetIssue[], indexes: undefined };
  const bad = new Set<number>();
  for (const issue of first.error.issues) {
    const claim = claimPointer(issue.path);
    if (!claim) return { result: first, skipped: [], indexes: undefined }; // not a claim's fault: nothing to skip
    bad.add(claim.index);
  }
  const document = first.document as ClaimSet | undefined;
  if (!document || !Array.isArray(document.claims)) return { result: first, skipped: [], indexes: undefined };
  const indexes: number[] = [];
  const claims = document.claims.filter((_, i) => !bad.has(i) && indexes.push(i) > 0);
  // The document holds the context's sections already; a sheet's rows still locate what the rest says.
  const rest = { ...document, claims };
  const sheet = first.sheet && { ...first.sheet, rows: indexes.map((i) => first.sheet!.rows[i]!), lines: indexes.map((i) => first.sheet!.lines[i]!) };
  const second = analyzeClaimSet(sheet ? new ReadClaims({ value: rest, issues: [], sheet }) : rest, { properties: options.properties }, true);
  return { result: second, skipped: first.error.issues, indexes };
}

function runCheck(
  input: unknown,
  options: CheckOptions,
  rules: ReadonlyMap<string, Rule>,
  severities: ReadonlyMap<string, Severity>,
  hooks: CheckHooks = {},
): DetailedCheck {
  const { result, skipped, indexes } = read(input, options);
  if (!result.success) throw result.error;
  const { data: claimSet, analysis } = result;
  const { claims, views, names } = prepareClaims(claimSet, analysis, indexes);
  const families = groupFamilies(views);
  const diagnostics = reportDiagnostics(skipped, result.warnings, indexes);
  const entries = new ReportEntries();
  const found = views.map((view, i) => {
    const conflicts = groupConflicts(view, relatedGroups(view, families), rules, severities, names, entries);
    hooks.onGroup?.(i + 1, views.length);
    return conflicts;
  });
  // The estimates read every group at once: trust is learned across the whole claim set.
  const evidence = evidenceOf(views, claimSet.sources, names.resolve);
  const groupOf = (view: GroupView) => orderedGroup(entries.group(view), evidence.group(view.key));
  const detailed: DetailedCheck = hooks.deferGroups
    ? {
        report: reportOf(claims.length, views.length, [], found.flat(), diagnostics, evidence.sources),
        claimSet,
        groups: new LazyList(views.length, (i) => groupOf(views[i]!)),
        groupKeys: views.map((view) => view.key),
      }
    : { report: reportOf(claims.length, views.length, views.map(groupOf), found.flat(), diagnostics, evidence.sources), claimSet };
  if (indexes) detailed.indexes = indexes;
  if (result.sheet) detailed.sheetLines = result.sheet.lines;
  return detailed;
}

/** A valid claim set read for the rules (`check` and sessions share it). @internal */
export interface PreparedClaims {
  /** Every claim, in document order. */
  claims: CheckedClaim[];
  /** One view per group, in key order: the report's order. */
  views: GroupView[];
  /** Readable names for source and entity ids, and how spellings resolve. */
  names: Names;
}

/** Reads every claim of a valid claim set and groups them by (subject, property, scope), in key order. @internal */
export function prepareClaims(
  claimSet: ClaimSet,
  analysis: ClaimSetAnalysis,
  indexes?: readonly number[],
): PreparedClaims {
  const { claims, groups } = groupedClaims(claimSet, analysis);
  if (indexes) for (const claim of claims) claim.index = indexes[claim.index]!;

  const names = readableNames(claimSet, analysis.aliases);

  groups.sort((a, b) => codeUnitOrder(a.key, b.key));
  const views: GroupView[] = groups.map(({ key, claims: members }) => {
    const first = members[0]!;
    return { key, subject: first.subject, property: first.property, scope: first.scope, claims: members };
  });
  return { claims, views, names };
}

/**
 * The family of a group or claim: its subject and property. Groups of one
 * family are each other's `related` groups, so a change to one can change
 * what the rules find in the others.
 * @internal
 */
export function familyKey(item: { subject: string; property: { id: string } }): string {
  return `${item.subject}\u0000${item.property.id}`;
}

/** Views by family. @internal */
export function groupFamilies(views: readonly GroupView[]): Map<string, GroupView[]> {
  return groupBy(views, familyKey);
}

/** The other groups of a view's family, in key order. @internal */
export function relatedGroups(view: GroupView, families: ReadonlyMap<string, readonly GroupView[]>): GroupView[] {
  return (families.get(familyKey(view)) ?? []).filter((other) => other !== view);
}

/** Runs every rule that is on over one group; its entries are made by `entries` (a session's, or a check's). @internal */
export function checkGroup(
  view: GroupView,
  related: readonly GroupView[],
  rules: ReadonlyMap<string, Rule>,
  severities: ReadonlyMap<string, Severity>,
  names: Names,
  entries: ReportEntries,
): GroupResult {
  return { entry: entries.group(view), conflicts: groupConflicts(view, related, rules, severities, names, entries) };
}

/** The conflicts of one group, in the order the rules found them. */
function groupConflicts(
  view: GroupView,
  related: readonly GroupView[],
  rules: ReadonlyMap<string, Rule>,
  severities: ReadonlyMap<string, Severity>,
  names: Names,
  entries: ReportEntries,
): Conflict[] {
  const conflicts: Conflict[] = [];
  // A name nothing gives reads as the group's own claims spell it: its messages depend on its claims alone, as sessions need.
  const spoken = withWrittenSpellings(names, () => view.claims.map((claim) => claim.claim));
  const { name } = spoken;
  const comparison = new GroupComparison(view); // shared by the rules, dropped with the group
  for (const [id, rule] of rules) {
    const severity = severities.get(id);
    if (severity === undefined) continue;
    const context: RuleContext = {
      group: view,
      compare: comparison,
      related,
      name,
      isPartOf: names.isPartOf,
      report: (finding) => conflicts.push(entries.conflict(rule, severity, view, finding, spoken)),
    };
    rule.check(context);
  }
  return conflicts;
}

