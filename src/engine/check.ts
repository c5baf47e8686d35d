/**
 * The checker: reads a claim set, groups its claims by (subject, property,
 * scope), runs the rules on each group, and builds the report of DESIGN §5.
 */
import type { ClaimSet, PropertyDefinition } from "../model/claim-set.js";
import type { ClaimSetIssue } from "../model/issues.js";
import { claimPointer } from "../model/issues.js";
import type { ParseOptions } from "../model/parse.js";
import { analyzeClaimSet } from "../model/parse.js";
import type { Conflict, Diagnostic, Group, Position, Report, RuleSetting, Severity } from "../model/report.js";
import { ruleSettingSchema } from "../model/report.js";
import { builtinRules } from "../rules/index.js";
import { VERSION } from "../version.js";
import type { ClaimSetAnalysis } from "../model/validate.js";
import type { CheckedClaim } from "./claims.js";
import { groupedClaims, timeRange } from "./claims.js";
import { stableHash } from "./hash.js";
import { agreeingSets } from "../compare/positions.js";
import type { Finding, GroupView, Rule, RuleContext } from "./rule.js";
import { interpolate } from "./rule.js";
import { isoFromDayNumber } from "../values/days.js";
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
}

/** A configured checker: `check` any number of claim sets with the same rules. */
export interface Checker {
  /** Checks a claim set (JSON or NDJSON text, bytes, or an object); throws `ClaimSetError` when it is invalid. */
  check(input: unknown): Report;
  /** Every rule the checker knows, by id, built-in and custom. */
  readonly rules: ReadonlyMap<string, Rule>;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

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
 * Checks and also returns the claim set as read (internal: the CLI's
 * formatters quote the claims without reading the input twice).
 */
export function checkDetailed(input: unknown, options: CheckOptions = {}, hooks: CheckHooks = {}): DetailedCheck {
  const { rules, severities } = configure(options);
  return runCheck(input, options, rules, severities, hooks);
}

/** What a long check tells its caller on the way (internal: the CLI's progress line). */
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

/** A report with the claim set it was made from (internal). */
export interface DetailedCheck {
  report: Report;
  /** The claims that were checked: with `lenient`, without the skipped ones. */
  claimSet: ClaimSet;
  /** With `lenient`, the position in the input of each checked claim; otherwise absent (positions are equal). */
  indexes?: readonly number[];
  /** With `deferGroups`, the report's groups, in order, each made when it is read. */
  groups?: LazyList<Group>;
}

/** The rules by id, and the severity of each rule that is on; throws on bad configuration (internal). */
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
  const parseOptions = { format: options.format, properties: options.properties };
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
  const second = analyzeClaimSet({ ...document, claims }, { properties: options.properties }, true);
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
  const found = views.map((view, i) => {
    const conflicts = groupConflicts(view, relatedGroups(view, families), rules, severities, names);
    hooks.onGroup?.(i + 1, views.length);
    return conflicts;
  });
  const detailed: DetailedCheck = hooks.deferGroups
    ? {
        report: reportOf(claims.length, views.length, [], found.flat(), diagnostics),
        claimSet,
        groups: new LazyList(views.length, (i) => toGroup(views[i]!)),
      }
    : { report: reportOf(claims.length, views.length, views.map(toGroup), found.flat(), diagnostics), claimSet };
  if (indexes) detailed.indexes = indexes;
  return detailed;
}

/** A valid claim set read for the rules (internal: `check` and sessions share it). */
export interface PreparedClaims {
  /** Every claim, in document order. */
  claims: CheckedClaim[];
  /** One view per group, in key order: the report's order. */
  views: GroupView[];
  /** Readable names for source and entity ids, and how spellings resolve. */
  names: Names;
}

/** Reads every claim of a valid claim set and groups them by (subject, property, scope), in key order. */
export function prepareClaims(
  claimSet: ClaimSet,
  analysis: ClaimSetAnalysis,
  indexes?: readonly number[],
): PreparedClaims {
  const { claims, groups } = groupedClaims(claimSet, analysis);
  if (indexes) for (const claim of claims) claim.index = indexes[claim.index]!;

  const names = readableNames(claimSet, analysis.aliases);

  groups.sort((a, b) => compare(a.key, b.key));
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
 */
export function familyKey(item: { subject: string; property: { id: string } }): string {
  return `${item.subject}\u0000${item.property.id}`;
}

/** Views by family. */
export function groupFamilies(views: readonly GroupView[]): Map<string, GroupView[]> {
  return groupBy(views, familyKey);
}

/** The other groups of a view's family, in key order. */
export function relatedGroups(view: GroupView, families: ReadonlyMap<string, readonly GroupView[]>): GroupView[] {
  return (families.get(familyKey(view)) ?? []).filter((other) => other !== view);
}

/** What one group contributes to a report: its entry and its conflicts, in the order the rules found them. */
export interface GroupResult {
  group: Group;
  conflicts: Conflict[];
}

/** Runs every rule that is on over one group. */
export function checkGroup(
  view: GroupView,
  related: readonly GroupView[],
  rules: ReadonlyMap<string, Rule>,
  severities: ReadonlyMap<string, Severity>,
  names: Names,
): GroupResult {
  return { group: toGroup(view), conflicts: groupConflicts(view, related, rules, severities, names) };
}

/** The conflicts of one group, in the order the rules found them. */
function groupConflicts(
  view: GroupView,
  related: readonly GroupView[],
  rules: ReadonlyMap<string, Rule>,
  severities: ReadonlyMap<string, Severity>,
  names: Names,
): Conflict[] {
  const conflicts: Conflict[] = [];
  // A name nothing gives reads as the group's own claims spell it: its messages depend on its claims alone, as sessions need.
  const { name } = withWrittenSpellings(names, () => view.claims.map((claim) => claim.claim));
  for (const [id, rule] of rules) {
    const severity = severities.get(id);
    if (severity === undefined) continue;
    const context: RuleContext = {
      group: view,
      related,
      name,
      report: (finding) => conflicts.push(toConflict(rule, severity, view, finding)),
    };
    rule.check(context);
  }
  return conflicts;
}

/** The diagnostics of a report: skipped claims (lenient), then warnings. */
export function reportDiagnostics(
  skipped: readonly ClaimSetIssue[],
  warnings: readonly ClaimSetIssue[],
  indexes?: readonly number[],
): Diagnostic[] {
  return [
    ...skipped.map((issue) => ({ ...issue, code: `skipped-claim:${issue.code}`, severity: "error" as const })),
    ...warnings.map((issue) => ({ ...issue, path: remapPath(issue.path, indexes), severity: "warning" as const })),
  ];
}

/**
 * Builds the report from the results of every group, given in key order.
 * Conflicts are ordered by severity, group, rule and id; the sort is stable,
 * so conflicts equal in all four keep the order the rules found them.
 */
export function assembleReport(claimCount: number, results: readonly GroupResult[], diagnostics: Diagnostic[]): Report {
  return reportOf(
    claimCount,
    results.length,
    results.map((result) => result.group),
    results.flatMap((result) => result.conflicts),
    diagnostics,
  );
}

/** The report of `groupCount` groups (`groups`, or none yet when they are deferred); sorts `conflicts` in place. */
function reportOf(claimCount: number, groupCount: number, groups: Group[], conflicts: Conflict[], diagnostics: Diagnostic[]): Report {
  conflicts.sort(compareConflicts);
  const count = (severity: Severity) => conflicts.filter((conflict) => conflict.severity === severity).length;
  return {
    tool: { name: "corroborate", version: VERSION },
    summary: {
      claims: claimCount,
      groups: groupCount,
      conflicts: conflicts.length,
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
    },
    groups,
    conflicts,
    diagnostics,
  };
}

/** The order of a report's conflicts, as `assembleReport` sorts them (internal: sessions splice conflicts into place). */
export function compareConflicts(a: Conflict, b: Conflict): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compare(a.group, b.group) || compare(a.rule, b.rule) || compare(a.id, b.id);
}

/** Code-unit order: the same everywhere, unlike `localeCompare`. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function remapPath(path: string, indexes: readonly number[] | undefined): string {
  const claim = indexes && claimPointer(path);
  return claim ? `/claims/${indexes[claim.index]}${claim.rest}` : path;
}

function toConflict(rule: Rule, severity: Severity, view: GroupView, finding: Finding): Conflict {
  const claims = [...new Set(finding.claims.map((claim) => claim.id))].sort(compare);
  const data = finding.data ?? {};
  const template = rule.meta.messages[finding.messageId];
  if (template === undefined) throw new TypeError(`rule ${rule.meta.id} has no message "${finding.messageId}"`);
  const conflict: Conflict = {
    id: stableHash(`${rule.meta.id}\u0000${claims.join("\u0000")}`),
    rule: rule.meta.id,
    severity,
    group: view.key,
    subject: view.subject,
    property: view.property.id,
    scope: view.scope,
    claims,
    message: interpolate(template, data),
    data: jsonData(data),
  };
  if (finding.suggestions && finding.suggestions.length > 0) {
    conflict.suggestions = finding.suggestions.map((suggestion) => ({
      message: interpolate(rule.meta.messages[suggestion.messageId] ?? suggestion.messageId, suggestion.data),
      patch: suggestion.patch,
    }));
  }
  return conflict;
}

/**
 * Keeps `data` plain JSON, so the report serialises the same everywhere: what
 * `JSON.parse(JSON.stringify(data))` gives. Plain data (what the built-in
 * rules report) is copied directly; anything else (a `toJSON`, a class, a
 * non-finite number) takes the round trip through JSON text.
 */
function jsonData(data: Record<string, unknown>): Record<string, unknown> {
  return (plainCopy(data, 0) ?? JSON.parse(JSON.stringify(data))) as Record<string, unknown>;
}

/** A copy of plain JSON data (objects of Object.prototype, arrays, strings, finite numbers, booleans, null), or undefined for anything else. */
function plainCopy(value: unknown, depth: number): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value + 0 : undefined; // JSON writes -0 as 0
  if (typeof value !== "object" || depth > 32) return undefined;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    for (const item of value) {
      const inner = plainCopy(item, depth + 1);
      if (inner === undefined) return undefined;
      copy.push(inner);
    }
    return copy;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue; // JSON leaves it out
    if (key === "__proto__") return undefined; // an own "__proto__" key: assigning it would set the prototype
    const inner = plainCopy(item, depth + 1);
    if (inner === undefined) return undefined;
    copy[key] = inner;
  }
  return copy;
}

function toGroup(view: GroupView): Group {
  // Positions with their strength alongside (origins and latest day, two numbers each), strongest first.
  const positions: Position[] = [];
  const strengths: number[] = [];
  const planned = view.claims.some((claim) => claim.modality === "planned");
  for (const modality of planned ? (["asserted", "planned"] as const) : (["asserted"] as const)) {
    const claims = view.claims.every((claim) => claim.modality === modality)
      ? view.claims
      : view.claims.filter((claim) => claim.modality === modality);
    for (const members of agreeingSets(claims)) positions.push(toPosition(members, modality, strengths));
  }
  let ordered = positions;
  if (positions.length > 1) {
    const order = positions.map((_, i) => i);
    order.sort(
      (a, b) =>
        strengths[2 * b]! - strengths[2 * a]! ||
        strengths[2 * b + 1]! - strengths[2 * a + 1]! ||
        compare(positions[a]!.claims[0]!, positions[b]!.claims[0]!),
    );
    ordered = order.map((i) => positions[i]!);
  }
  return { key: view.key, subject: view.subject, property: view.property.id, scope: view.scope, positions: ordered };
}

/** Days as ISO dates, each written once however many positions start or end on it. */
const isoDays = new Map<number, string>();
function isoDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    if (isoDays.size >= 100_000) isoDays.clear(); // a bound, for days spread over millennia
    isoDays.set(day, (iso = isoFromDayNumber(day)));
  }
  return iso;
}

/** The position of agreeing claims; its strength (independent origins, latest day) is added to `strengths`. */
function toPosition(members: readonly CheckedClaim[], modality: "asserted" | "planned", strengths: number[]): Position {
  if (members.length === 1) {
    // A position of one claim, as most are: no counting, no sorting.
    const [claim] = members as [CheckedClaim];
    const time = claim.time;
    const position: Position = {
      display: claim.value.display,
      value: claim.value,
      claims: [claim.id],
      sources: [claim.source],
      origins: [claim.origin],
      from: time !== undefined && Number.isFinite(time.lo) ? isoDay(time.lo) : null,
      to: time !== undefined && Number.isFinite(time.hi) ? isoDay(time.hi) : null,
      modality,
    };
    strengths.push(1, time !== undefined && Number.isFinite(time.hi) ? time.hi : -Infinity);
    return position;
  }
  // The value as most of its claims write it; ties go to the first written.
  const counts = new Map<string, number>();
  for (const claim of members) counts.set(claim.value.display, (counts.get(claim.value.display) ?? 0) + 1);
  let representative = members[0]!;
  for (const claim of members) {
    if (counts.get(claim.value.display)! > counts.get(representative.value.display)!) representative = claim;
  }
  const { lo, hi } = timeRange(members);
  const origins = [...new Set(members.map((claim) => claim.origin))].sort(compare);
  const position: Position = {
    display: representative.value.display,
    value: representative.value,
    claims: members.map((claim) => claim.id).sort(compare),
    sources: [...new Set(members.map((claim) => claim.source))].sort(compare),
    origins,
    from: Number.isFinite(lo) ? isoDay(lo) : null,
    to: Number.isFinite(hi) ? isoDay(hi) : null,
    modality,
  };
  strengths.push(origins.length, Number.isFinite(hi) ? hi : -Infinity);
  return position;
}
