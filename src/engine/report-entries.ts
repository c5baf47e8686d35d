/**
 * The entries of a report (DESIGN §5): each group's entry with its
 * positions, each finding as a conflict (its message written from its data),
 * the diagnostics, and the report assembled from them in its order. A check
 * makes one `ReportEntries` and so does a session; what it remembers (days
 * written as ISO dates) lives as long as they do.
 */
import type { ClaimSetIssue } from "../model/issues.js";
import { claimPointer } from "../model/issues.js";
import type { Conflict, Diagnostic, Group, Position, Report, ReportSource, Severity } from "../model/report.js";
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
import { compareValues, estimateValueOf } from "../estimates/index.js";
import type { Evidence, GroupEvidence } from "./estimation.js";

/** What one group contributes to a report: its entry (positions not yet ordered by the evidence) and its conflicts, in the order the rules found them. @internal */
export interface GroupResult {
  entry: GroupEntry;
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

  /**
   * A group's entry before the evidence is in: its positions in canonical
   * order (asserted before planned, then by value: the more specific first,
   * then the smaller), with what `orderedGroup` orders them by.
   */
  group(view: GroupView): GroupEntry {
    const positions: Position[] = [];
    const facts: PositionFacts[] = [];
    const planned = view.claims.some((claim) => claim.modality === "planned");
    for (const modality of planned ? (["asserted", "planned"] as const) : (["asserted"] as const)) {
      const claims = view.claims.every((claim) => claim.modality === modality)
        ? view.claims
        : view.claims.filter((claim) => claim.modality === modality);
      for (const members of agreeingSets(claims)) positions.push(this.position(members, modality, facts));
    }
    let group: Group = { key: view.key, subject: view.subject, property: view.property.id, scope: view.scope, positions };
    if (positions.length > 1) {
      const values = positions.map((position) => estimateValueOf(position.value));
      const order = positions.map((_, i) => i);
      order.sort(
        (a, b) =>
          Number(positions[a]!.modality === "planned") - Number(positions[b]!.modality === "planned") ||
          compareValues(values[a]!, values[b]!) ||
          codeUnitOrder(positions[a]!.display, positions[b]!.display) ||
          codeUnitOrder(positions[a]!.claims[0]!, positions[b]!.claims[0]!), // never reached: agreeing claims share a position
      );
      group = { ...group, positions: order.map((i) => positions[i]!) };
      return { group, facts: order.map((i) => facts[i]!) };
    }
    return { group, facts };
  }

  /** The position of agreeing claims; what orders it is added to `facts`. */
  private position(members: readonly CheckedClaim[], modality: "asserted" | "planned", facts: PositionFacts[]): Position {
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
      facts.push({ displays: [claim.value.display], latest: time !== undefined && Number.isFinite(time.hi) ? time.hi : -Infinity, origins: 1 });
      return position;
    }
    // The value as most of its claims write it; ties go to the display first in code-unit order, then to the text.
    const counts = new Map<string, number>();
    for (const claim of members) counts.set(claim.value.display, (counts.get(claim.value.display) ?? 0) + 1);
    let representative = members[0]!;
    for (const claim of members) {
      const more = counts.get(claim.value.display)! - counts.get(representative.value.display)!;
      const display = codeUnitOrder(claim.value.display, representative.value.display);
      if (more > 0 || (more === 0 && (display < 0 || (display === 0 && claim.value.text < representative.value.text)))) representative = claim;
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
    facts.push({ displays: [...counts.keys()], latest: Number.isFinite(hi) ? hi : -Infinity, origins: origins.length });
    return position;
  }
}

/** What orders a position: the values its claims state, the latest day they hold, how many independent origins give it. @internal */
export interface PositionFacts {
  displays: readonly string[];
  /** -Infinity when undated. */
  latest: number;
  origins: number;
}

/** A group's entry before the evidence orders its positions: positions in canonical order, and what orders them. @internal */
export interface GroupEntry {
  group: Group;
  facts: readonly PositionFacts[];
}

/**
 * A group as the report gives it: positions strongest first (DESIGN §9) and
 * its estimates. A position's strength is the highest probability the
 * estimates give a value its claims state; ties go to the more recent, then
 * keep the canonical order. Never the claim ids or the order of input.
 * Without evidence (a property with several true values, which is not
 * estimated), the strength is the number of independent origins.
 * @internal
 */
export function orderedGroup(entry: GroupEntry, evidence: GroupEvidence | undefined): Group {
  const { group, facts } = entry;
  let positions = group.positions;
  if (positions.length > 1) {
    const strength = facts.map((fact, i) => {
      if (evidence === undefined) return fact.origins;
      const modality = positions[i]!.modality;
      let best = 0;
      for (const display of fact.displays) best = Math.max(best, evidence.strength(modality, display));
      return best;
    });
    const order = positions.map((_, i) => i);
    order.sort((a, b) => strength[b]! - strength[a]! || later(facts[b]!.latest, facts[a]!.latest) || a - b);
    positions = order.map((i) => positions[i]!);
  }
  return evidence === undefined ? { ...group, positions } : { ...group, positions, estimates: evidence.estimates };
}

/** Positive when day `a` is later than day `b` (-Infinity, undated, earliest). */
function later(a: number, b: number): number {
  return a === b ? 0 : a > b ? 1 : -1;
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
 * Builds the report from the results of every group, given in key order,
 * and the evidence of the estimates over all of them.
 * Conflicts are ordered by severity, group, rule and id; the sort is stable,
 * so conflicts equal in all four keep the order the rules found them.
 * @internal
 */
export function assembleReport(claimCount: number, results: readonly GroupResult[], diagnostics: Diagnostic[], evidence: Evidence): Report {
  return reportOf(
    claimCount,
    results.length,
    results.map((result) => orderedGroup(result.entry, evidence.group(result.entry.group.key))),
    results.flatMap((result) => result.conflicts),
    diagnostics,
    evidence.sources,
  );
}

/** The report of `groupCount` groups (`groups`, or none yet when they are deferred); sorts `conflicts` in place. @internal */
export function reportOf(
  claimCount: number,
  groupCount: number,
  groups: Group[],
  conflicts: Conflict[],
  diagnostics: Diagnostic[],
  sources: ReportSource[],
): Report {
  conflicts.sort(compareConflicts);
  return { ...reportHead(claimCount, groupCount, conflicts), groups, conflicts, diagnostics, sources };
}

/** A report's `tool` and `summary`, counted from its (sorted) conflicts. @internal */
export function reportHead(claimCount: number, groupCount: number, conflicts: readonly Conflict[]): Pick<Report, "tool" | "summary"> {
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
