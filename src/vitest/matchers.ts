/**
 * The matchers of `corroborate/vitest`: assertions on claim sets and reports
 * for editorial tests. Each takes a claim set (anything `check` accepts: an
 * object, JSON or NDJSON text, bytes; checked on the fly) or a report (from
 * `check`, or its JSON text).
 *
 * This module imports the library only through its public entry
 * (`../index.js`); the build turns that import into `corroborate`, so the
 * subpath shares the main entry's code (and its `ClaimSetError`) at run time.
 */
import { builtinRules, check, createAliasResolver, formatText, normalizeLabel, parseClaimSet } from "../index.js";
import type { ClaimSet, Conflict, Report } from "../index.js";
import type { MatcherState } from "vitest";

/** How serious a conflict is (the report's `Severity`). */
export type ConflictSeverity = "error" | "warning" | "info";

/** A rule's setting: `off` or a severity (the report's `RuleSetting`). */
export type RuleSeverity = "off" | "info" | "warning" | "error";

/** Options of `toBeConsistent`. */
export interface ConsistencyOptions {
  /** The lowest severity that counts as inconsistent: `error` (default), `warning` or `info`. */
  severity?: ConflictSeverity;
  /**
   * Rule id → `off` or a severity, as `check`'s `rules` option. With a report,
   * the report's conflicts take the rule's new severity (`off` drops them).
   */
  rules?: Record<string, RuleSeverity>;
}

/** What `toHaveConflict` looks for; every field given must match, the others are free. */
export interface ConflictPattern {
  /** The rule id, e.g. `conflicting-values`. */
  rule?: string;
  /** The conflict's severity, exactly. */
  severity?: ConflictSeverity;
  /** The subject: an entity id, or (for a claim set) any of its labels. */
  subject?: string;
  /** The property id. */
  property?: string;
  /** The whole scope, exactly (`{}` for an unscoped group); values are entity ids or (for a claim set) labels. */
  scope?: Record<string, string>;
  /** Claim ids the conflict must include (it may include others). */
  claims?: readonly string[];
  /** Text the message contains, or a pattern it matches. */
  message?: string | RegExp;
}

/** What a matcher returns to `expect.extend`. */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** The part of Vitest's `MatcherState` the matchers read: `isNot`, whether the assertion is negated. */
export type MatcherContext = Pick<MatcherState, "isNot">;

const SEVERITY_RANK: Record<ConflictSeverity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITIES = Object.keys(SEVERITY_RANK) as ConflictSeverity[];
const RULE_SETTINGS: readonly string[] = ["off", "info", "warning", "error"];
const PATTERN_FIELDS: readonly string[] = ["rule", "severity", "subject", "property", "scope", "claims", "message"];

/** The report under test, what it came from, and how names resolve in it. */
interface Subject {
  report: Report;
  /** "claim set" or "report", for messages. */
  kind: string;
  /** A subject or scope value as the report writes it. */
  resolve: (name: string) => string;
  /** The claim set checked, when the matcher was given one: messages then name sources and units as it does. */
  claimSet?: () => ClaimSet;
}

/**
 * Whether a value is a corroborate report (by shape: `tool.name` is
 * `corroborate`, with `conflicts` and `groups` arrays).
 *
 * @example
 * isReport(check(claimSet)); // true
 * isReport(claimSet);        // false
 * @internal
 */
export function isReport(value: unknown): value is Report {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { tool?: { name?: unknown }; conflicts?: unknown; groups?: unknown };
  return (
    typeof candidate.tool === "object" &&
    candidate.tool !== null &&
    candidate.tool.name === "corroborate" &&
    Array.isArray(candidate.conflicts) &&
    Array.isArray(candidate.groups)
  );
}

/** A report given as JSON text (e.g. `corroborate check --format json`), else undefined. */
function reportFromText(received: unknown): Report | undefined {
  const text =
    typeof received === "string" ? received : received instanceof Uint8Array ? new TextDecoder().decode(received) : undefined;
  if (text === undefined || !text.trimStart().startsWith("{")) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isReport(parsed) ? parsed : undefined;
  } catch {
    return undefined; // not one JSON document: NDJSON or invalid, which `check` reports
  }
}

/** The report to assert on: the received report, or the received claim set checked now. */
function subjectOf(received: unknown, rules?: Record<string, RuleSeverity>): Subject {
  const report = isReport(received) ? received : reportFromText(received);
  if (report !== undefined) {
    return { report: rules ? applyRules(report, rules) : report, kind: "report", resolve: normalizeLabel };
  }
  const checked = check(received, rules ? { rules } : {}); // throws ClaimSetError on an invalid claim set
  // Read again only when a pattern names a subject or scope, or a message is written: the claim set is valid, `check` read it.
  let claimSet: ClaimSet | undefined;
  const parsed = () => (claimSet ??= parseClaimSet(received));
  let aliases: ((name: string) => string) | undefined;
  return {
    report: checked,
    kind: "claim set",
    resolve: (name) => {
      aliases ??= ((resolver) => (label: string) => resolver.resolve(label))(createAliasResolver(parsed().entities ?? []));
      return aliases(name);
    },
    claimSet: parsed,
  };
}

/** A report's conflicts with rule severities changed as `rules` says; unknown rules and settings throw as in `check`. */
function applyRules(report: Report, rules: Record<string, RuleSeverity>): Report {
  const known = new Set([...builtinRules.map((rule) => rule.meta.id), ...report.conflicts.map((conflict) => conflict.rule)]);
  for (const [id, setting] of Object.entries(rules)) {
    if (!known.has(id)) throw new TypeError(`unknown rule "${id}" in options.rules`);
    if (!RULE_SETTINGS.includes(setting)) {
      throw new TypeError(`rule "${id}": the setting must be "off", "info", "warning" or "error"`);
    }
  }
  const conflicts: Conflict[] = [];
  for (const conflict of report.conflicts) {
    const setting = Object.hasOwn(rules, conflict.rule) ? rules[conflict.rule]! : conflict.severity;
    if (setting !== "off") conflicts.push(setting === conflict.severity ? conflict : { ...conflict, severity: setting });
  }
  conflicts.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]); // stable: keeps the report's order within a severity
  return withConflicts(report, conflicts);
}

/** The report with only these conflicts, its summary counting them (and no diagnostics). */
function withConflicts(report: Report, conflicts: readonly Conflict[]): Report {
  const count = (severity: ConflictSeverity) => conflicts.filter((conflict) => conflict.severity === severity).length;
  const claims = report.summary?.claims ?? new Set(report.groups.flatMap((group) => group.positions.flatMap((position) => position.claims))).size;
  return {
    ...report,
    summary: {
      claims,
      groups: report.summary?.groups ?? report.groups.length,
      conflicts: conflicts.length,
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
    },
    conflicts: [...conflicts],
    diagnostics: [],
  };
}

/**
 * Conflicts exactly as the text formatter prints them (group headings, conflict lines, summary line), without colour;
 * with the claim set, when the matcher was given one, so that sources are named as it names them.
 */
function describe({ report, claimSet }: Subject, conflicts: readonly Conflict[]): string {
  return formatText(withConflicts(report, conflicts), claimSet ? { claimSet: claimSet() } : {}).trimEnd();
}

function quoteAll(ids: readonly string[]): string {
  return ids.map((id) => JSON.stringify(id)).join(", ");
}

/** A pattern as the user wrote it, for messages: `{ rule: "conflicting-values", message: /2026/ }`. */
function showPattern(pattern: ConflictPattern): string {
  const fields = PATTERN_FIELDS.filter((field) => pattern[field as keyof ConflictPattern] !== undefined).map((field) => {
    const value = pattern[field as keyof ConflictPattern];
    return `${field}: ${value instanceof RegExp ? String(value) : JSON.stringify(value)}`;
  });
  return fields.length === 0 ? "{}" : `{ ${fields.join(", ")} }`;
}

function checkSeverity(severity: unknown, what: string): ConflictSeverity {
  if (typeof severity !== "string" || !SEVERITIES.includes(severity as ConflictSeverity)) {
    throw new TypeError(`${what} must be "error", "warning" or "info", not ${JSON.stringify(severity)}`);
  }
  return severity as ConflictSeverity;
}

function checkPattern(pattern: unknown): asserts pattern is ConflictPattern {
  if (typeof pattern !== "object" || pattern === null || Array.isArray(pattern)) {
    throw new TypeError("toHaveConflict: expected a pattern object such as { rule: \"conflicting-values\", claims: [\"a\", \"b\"] }");
  }
  for (const field of Object.keys(pattern)) {
    if (!PATTERN_FIELDS.includes(field)) {
      throw new TypeError(`toHaveConflict: unknown field "${field}"; a pattern has ${PATTERN_FIELDS.join(", ")}`);
    }
  }
  const { severity, claims, message, scope } = pattern as Record<string, unknown>;
  if (severity !== undefined) checkSeverity(severity, "toHaveConflict: severity");
  if (claims !== undefined && !(Array.isArray(claims) && claims.every((id) => typeof id === "string"))) {
    throw new TypeError("toHaveConflict: claims must be an array of claim ids");
  }
  if (message !== undefined && typeof message !== "string" && !(message instanceof RegExp)) {
    throw new TypeError("toHaveConflict: message must be text or a regular expression");
  }
  if (scope !== undefined && (typeof scope !== "object" || scope === null || Array.isArray(scope))) {
    throw new TypeError("toHaveConflict: scope must be an object such as { location: \"Iraq\" }");
  }
}

/** Whether a conflict matches every field the pattern gives. */
function matches(conflict: Conflict, pattern: ConflictPattern, resolve: (name: string) => string): boolean {
  const same = (written: string, actual: string) => written === actual || resolve(written) === actual;
  if (pattern.rule !== undefined && conflict.rule !== pattern.rule) return false;
  if (pattern.severity !== undefined && conflict.severity !== pattern.severity) return false;
  if (pattern.property !== undefined && conflict.property !== pattern.property) return false;
  if (pattern.subject !== undefined && !same(pattern.subject, conflict.subject)) return false;
  if (pattern.scope !== undefined) {
    const entries = Object.entries(pattern.scope);
    if (entries.length !== Object.keys(conflict.scope).length) return false;
    for (const [name, value] of entries) {
      const actual = conflict.scope[name] ?? conflict.scope[normalizeLabel(name)];
      if (actual === undefined || !same(value, actual)) return false;
    }
  }
  if (pattern.claims !== undefined && !pattern.claims.every((id) => conflict.claims.includes(id))) return false;
  if (typeof pattern.message === "string" && !conflict.message.includes(pattern.message)) return false;
  if (pattern.message instanceof RegExp) {
    pattern.message.lastIndex = 0; // a /g or /y pattern keeps state between calls
    if (!pattern.message.test(conflict.message)) return false;
  }
  return true;
}

/**
 * Passes when no conflict is at or above `severity` (default `error`).
 *
 * @example
 * expect(claimSet).toBeConsistent();
 * expect(report).toBeConsistent({ severity: "warning", rules: { "rapid-change": "off" } });
 */
export function toBeConsistent(this: MatcherContext, received: unknown, options: ConsistencyOptions = {}): MatcherResult {
  if (typeof options !== "object" || options === null) throw new TypeError("toBeConsistent: options must be an object");
  const severity = checkSeverity(options.severity ?? "error", "toBeConsistent: severity");
  const subject = subjectOf(received, options.rules);
  const { report, kind } = subject;
  const rank = SEVERITY_RANK[severity];
  const offending = report.conflicts.filter((conflict) => SEVERITY_RANK[conflict.severity] <= rank);
  const threshold = severity === "error" ? "no error" : `nothing at or above ${severity}`;
  return {
    pass: offending.length === 0,
    message: () =>
      this.isNot
        ? `expected the ${kind} to have a conflict at or above ${severity}, but it has none:\n\n${describe(subject, report.conflicts)}`
        : `expected the ${kind} to be consistent (${threshold}), but ${offending.length === 1 ? "1 conflict is" : `${offending.length} conflicts are`} at or above ${severity}:\n\n${describe(subject, offending)}`,
  };
}

/**
 * Passes when some conflict matches the pattern: each field given must match
 * (`claims`: the conflict includes these ids; `message`: contains the text or
 * matches the regular expression).
 *
 * @example
 * expect(claimSet).toHaveConflict({ rule: "conflicting-values", property: "end-date", claims: ["a", "b"] });
 */
export function toHaveConflict(this: MatcherContext, received: unknown, pattern: ConflictPattern): MatcherResult {
  checkPattern(pattern);
  const subject = subjectOf(received);
  const { report, kind, resolve } = subject;
  const found = report.conflicts.filter((conflict) => matches(conflict, pattern, resolve));
  const shown = showPattern(pattern);
  return {
    pass: found.length > 0,
    message: () => {
      if (this.isNot) {
        return `expected the ${kind} to have no conflict matching ${shown}, but ${found.length === 1 ? "1 matches" : `${found.length} match`}:\n\n${describe(subject, found)}`;
      }
      const none =
        report.conflicts.length === 0
          ? "it has no conflicts"
          : report.conflicts.length === 1
            ? "its only conflict does not match"
            : `none of its ${report.conflicts.length} conflicts matches`;
      return `expected the ${kind} to have a conflict matching ${shown}, but ${none}:\n\n${describe(subject, report.conflicts)}`;
    },
  };
}

/**
 * Passes when the claims agree: some group has a position that holds all of
 * them (same subject, property and scope, compatible values).
 *
 * @example
 * expect(claimSet).toHaveClaimsAgreeing(["pentagon-syria-1400", "nyt-syria-1400"]);
 */
export function toHaveClaimsAgreeing(this: MatcherContext, received: unknown, ids: readonly string[]): MatcherResult {
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === "string")) {
    throw new TypeError("toHaveClaimsAgreeing: expected a non-empty array of claim ids");
  }
  const subject = subjectOf(received);
  const { report, kind } = subject;
  const where = (id: string) =>
    report.groups.flatMap((group) =>
      group.positions.filter((position) => position.claims.includes(id)).map((position) => ({ group, position })),
    );
  let shared: ReturnType<typeof where>[number] | undefined;
  for (const candidate of where(ids[0]!)) {
    if (ids.every((id) => candidate.position.claims.includes(id))) {
      shared = candidate;
      break;
    }
  }
  const list = quoteAll(ids);
  return {
    pass: shared !== undefined,
    message: () => {
      if (this.isNot) {
        const { group, position } = shared!;
        return `expected claims ${list} not to agree, but they share a position in ${group.key}: ${position.display} (claims ${position.claims.join(", ")})`;
      }
      const lines = ids.map((id) => {
        const places = where(id);
        if (places.length === 0) return `  ${id}: not in the ${kind}`;
        return places
          .map(({ group, position }) => `  ${id}: ${group.key}: ${position.display} (claims ${position.claims.join(", ")})`)
          .join("\n");
      });
      const involved = report.conflicts.filter((conflict) => ids.some((id) => conflict.claims.includes(id)));
      const conflicts =
        involved.length === 0 ? "" : `\n\nConflicts involving them:\n\n${describe(subject, involved)}`;
      return `expected claims ${list} to agree (one position of one group), but they do not:\n\n${lines.join("\n")}${conflicts}`;
    },
  };
}

/**
 * The matchers, for `expect.extend(matchers)` (or list `corroborate/vitest/setup`
 * under `setupFiles`, which does that).
 *
 * @example
 * import { expect } from "vitest";
 * import { matchers } from "corroborate/vitest";
 * expect.extend(matchers);
 */
export const matchers = { toBeConsistent, toHaveConflict, toHaveClaimsAgreeing };
