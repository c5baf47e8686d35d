/**
 * The entries of a report (DESIGN §5): each group's entry with its
 * positions, each finding as a conflict (its message written from its data),
 * the diagnostics, and the report assembled from them in its order. A check
 * makes one `ReportEntries` and so does a session; what it remembers (days
 * written as ISO dates) lives as long as they do.
 */
import type { ClaimSetIssue } from "../model/issues.js";
import { claimPointer } from "../model/issues.js";
import type { Conflict, Diagnostic, Group, Position, Report, Severity } from "../model/report.js";
import { VERSION } from "../version.js";
import { agreeingSets } from "../compare/index.js";
import { isoFromDayNumber } from "../values/days.js";
import type { CheckedClaim } from "./claims.js";
import { timeRange } from "./claims.js";
import { stableHash } from "./hash.js";
import type { Finding, GroupView, Rule } from "./rule.js";
import type { Names } from "../normalize/names.js";
import type { Speech } from "../rules/messages.js";
import { oneTime, renderMessage, whenInWords } from "../rules/messages.js";
import { codeUnitOrder } from "../internal/code-unit-order.js";

/** What one group contributes to a report: its entry and its conflicts, in the order the rules found them. @internal */
export interface GroupResult {
  group: Group;
  conflicts: Conflict[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Makes the entries of the reports of one check or session. @internal */
export class ReportEntries {
  /** Days as ISO dates, each written once however many positions start or end on it. */
  private readonly isoDays = new Map<number, string>();

  private isoDay(day: number): string {
    let iso = this.isoDays.get(day);
    if (iso === undefined) this.isoDays.set(day, (iso = isoFromDayNumber(day)));
    return iso;
  }

  /** When claims hold, in words, by the text they were written with: messages name the same days again and again. */
  private readonly whens = new Map<string, string>();

  private when(claim: CheckedClaim): string | undefined {
    const text = claim.written;
    if (text === undefined) return undefined;
    const key = claim.modality === "planned" && claim.claim.asOf === undefined ? `stated ${text}` : text; // as whenInWords tells them apart
    let words = this.whens.get(key);
    if (words === undefined) this.whens.set(key, (words = whenInWords(claim)!));
    return words;
  }

  /** Each group's claims by id, made when a message first names a claim its finding does not involve. */
  private readonly groupClaims = new WeakMap<GroupView, Map<string, CheckedClaim>>();

  private claimsOf(view: GroupView): Map<string, CheckedClaim> {
    let byId = this.groupClaims.get(view);
    if (byId === undefined) this.groupClaims.set(view, (byId = new Map(view.claims.map((claim) => [claim.id, claim]))));
    return byId;
  }

  /**
   * A rule's finding as a conflict of the report, its message written from
   * the rule's template and the finding's data. As ESLint's linter does, the
   * engine holds rules to their `meta`: a message id the rule does not
   * declare, or a suggestion from a rule without `hasSuggestions`, is a bug
   * in the rule and throws.
   */
  conflict(rule: Rule, severity: Severity, view: GroupView, finding: Finding, names: Pick<Names, "name" | "title">): Conflict {
    const { meta } = rule;
    const claims = [...new Set(finding.claims.map((claim) => claim.id))].sort(codeUnitOrder);
    const data = finding.data ?? {};
    const template = messageOf(rule, finding.messageId);
    const suggestions = finding.suggestions ?? [];
    if (suggestions.length > 0 && !meta.hasSuggestions) throw new TypeError(`rule ${meta.id} suggests fixes but its meta has no hasSuggestions`);
    let involved: Map<string, CheckedClaim> | undefined;
    const speech: Speech = {
      group: view,
      name: names.name,
      title: names.title,
      withTime: !oneTime(finding.claims),
      when: (claim) => this.when(claim),
      claim: (id) => {
        // The finding's own claims first; the group's (a map made once per group) only for a claim its data names besides.
        involved ??= new Map(finding.claims.map((claim) => [claim.id, claim]));
        const claim = involved.get(id) ?? this.claimsOf(view).get(id);
        if (claim === undefined) throw new TypeError(`rule ${meta.id}: the data of "${finding.messageId}" names claim "${id}", which it does not involve`);
        return claim;
      },
    };
    const conflict: Conflict = {
      id: stableHash(`${meta.id}\u0000${claims.join("\u0000")}`),
      rule: meta.id,
      messageId: finding.messageId,
      severity,
      group: view.key,
      subject: view.subject,
      property: view.property.id,
      scope: view.scope,
      claims,
      message: renderMessage(template, data, speech),
      data: jsonData(data),
    };
    if (suggestions.length > 0) {
      conflict.suggestions = suggestions.map((suggestion) => ({
        message: renderMessage(messageOf(rule, suggestion.messageId), suggestion.data ?? {}, speech),
        patch: suggestion.patch,
      }));
    }
    return conflict;
  }

  /** A group's entry: its positions, strongest first. */
  group(view: GroupView): Group {
    // Positions with their strength alongside (origins and latest day, two numbers each), strongest first.
    const positions: Position[] = [];
    const strengths: number[] = [];
    const planned = view.claims.some((claim) => claim.modality === "planned");
    for (const modality of planned ? (["asserted", "planned"] as const) : (["asserted"] as const)) {
      const claims = view.claims.every((claim) => claim.modality === modality)
        ? view.claims
        : view.claims.filter((claim) => claim.modality === modality);
      for (const members of agreeingSets(claims)) positions.push(this.position(members, modality, strengths));
    }
    let ordered = positions;
    if (positions.length > 1) {
      const order = positions.map((_, i) => i);
      order.sort(
        (a, b) =>
          strengths[2 * b]! - strengths[2 * a]! ||
          strengths[2 * b + 1]! - strengths[2 * a + 1]! ||
          codeUnitOrder(positions[a]!.claims[0]!, positions[b]!.claims[0]!),
      );
      ordered = order.map((i) => positions[i]!);
    }
    return { key: view.key, subject: view.subject, property: view.property.id, scope: view.scope, positions: ordered };
  }


  /** The position of agreeing claims; its strength (independent origins, latest day) is added to `strengths`. */
  private position(members: readonly CheckedClaim[], modality: "asserted" | "planned", strengths: number[]): Position {
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
        from: time !== undefined && Number.isFinite(time.lo) ? this.isoDay(time.lo) : null,
        to: time !== undefined && Number.isFinite(time.hi) ? this.isoDay(time.hi) : null,
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
    const origins = [...new Set(members.map((claim) => claim.origin))].sort(codeUnitOrder);
    const position: Position = {
      display: representative.value.display,
      value: representative.value,
      claims: members.map((claim) => claim.id).sort(codeUnitOrder),
      sources: [...new Set(members.map((claim) => claim.source))].sort(codeUnitOrder),
      origins,
      from: Number.isFinite(lo) ? this.isoDay(lo) : null,
      to: Number.isFinite(hi) ? this.isoDay(hi) : null,
      modality,
    };
    strengths.push(origins.length, Number.isFinite(hi) ? hi : -Infinity);
    return position;
  }
}

/** A rule's message template by id; an id its meta does not declare is a bug in the rule. */
function messageOf(rule: Rule, messageId: string): string {
  const template = Object.hasOwn(rule.meta.messages, messageId) ? rule.meta.messages[messageId] : undefined;
  if (typeof template !== "string") throw new TypeError(`rule ${rule.meta.id} has no message "${messageId}"`);
  return template;
}

/** The diagnostics of a report: skipped claims (lenient), then warnings. @internal */
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
 * @internal
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

/** The report of `groupCount` groups (`groups`, or none yet when they are deferred); sorts `conflicts` in place. @internal */
export function reportOf(claimCount: number, groupCount: number, groups: Group[], conflicts: Conflict[], diagnostics: Diagnostic[]): Report {
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

/** The order of a report's conflicts, as `assembleReport` sorts them (sessions splice conflicts into place). @internal */
export function compareConflicts(a: Conflict, b: Conflict): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || codeUnitOrder(a.group, b.group) || codeUnitOrder(a.rule, b.rule) || codeUnitOrder(a.id, b.id);
}


function remapPath(path: string, indexes: readonly number[] | undefined): string {
  const claim = indexes && claimPointer(path);
  return claim ? `/claims/${indexes[claim.index]}${claim.rest}` : path;
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
