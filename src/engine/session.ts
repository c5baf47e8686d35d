/**
 * Sessions (DESIGN §7): a claim set checked once, then patched and
 * re-checked, group by group, as corrections arrive.
 *
 * A group's entry and conflicts depend only on its claims (as read: value,
 * property, time, index…), on the other groups of its family (same subject
 * and property: rules see them as `related`), and on the names of sources and
 * entities. So after a patch, only the families whose claims changed are
 * checked again; every other group's result is reused. Any change outside
 * `claims` re-checks everything. The result is the report a full `check`
 * would give, byte for byte.
 */
import type { ClaimSet } from "../model/claim-set.js";
import { ClaimSetError } from "../model/issues.js";
import { analyzeClaimSet } from "../model/parse.js";
import type { ClaimSetAnalysis } from "../model/validate.js";
import type { Conflict, Report } from "../model/report.js";
import type { CheckOptions, GroupResult } from "./check.js";
import { assembleReport, checkGroup, configure, familyKey, groupFamilies, prepareClaims, relatedGroups, reportDiagnostics } from "./check.js";
import type { CheckedClaim } from "./claims.js";
import { sameJson, summarizeDiff } from "./diff.js";
import { applyPatchDetailed } from "./patch.js";
import type { ClaimSetIssue } from "../model/issues.js";

/** Options of `createSession`: those of `check` (but `lenient`), and the largest patch `apply` accepts. */
export interface SessionOptions extends Omit<CheckOptions, "lenient"> {
  /** The most operations one patch may have (default 1 000). */
  maxOperations?: number;
}

/** What `Session.apply` returns: the new report and how its conflicts moved, by conflict id. */
export interface SessionUpdate {
  /** The report of the patched claim set: the same as a full `check` of it. */
  report: Report;
  /** Conflicts in the new report that the previous one did not have. */
  added: Conflict[];
  /** Conflicts of the previous report that are gone (resolved). */
  removed: Conflict[];
  /** Conflicts in both reports (same id) whose content changed; as they are now. */
  changed: Conflict[];
}

/**
 * A claim set under change. `claimSet` and `report` are frozen: later
 * reports share unchanged groups and conflicts with earlier ones.
 */
export interface Session {
  /** The claim set as it is now (as read: fields in the model's order). */
  readonly claimSet: ClaimSet;
  /** The report of `claimSet`. */
  readonly report: Report;
  /**
   * Applies an RFC 6902 patch (through `applyClaimSetPatch`) and re-checks
   * the groups it touches. Throws `ClaimSetError` (with every issue) when
   * the patch or the patched claim set is invalid; the session is then
   * exactly as it was.
   */
  apply(operations: unknown): SessionUpdate;
}

/** Everything a session keeps between patches. */
interface State {
  claimSet: ClaimSet;
  report: Report;
  /** Everything but `claims`, as JSON: when it changes, everything is checked again. */
  rest: string;
  /** Each claim as read, by id. */
  claims: Map<string, CheckedClaim>;
  /** Each property as resolved (declared, shared or inferred), as JSON, by id. */
  properties: Map<string, string>;
  /** Each group's result, by group key. */
  results: Map<string, GroupResult>;
}

/**
 * Starts a session: checks a claim set (JSON or NDJSON text, bytes, or an
 * object) like `check`, then re-checks only what each patch touches. Throws
 * `ClaimSetError` when the claim set is invalid.
 *
 * @example
 * const session = createSession(claimSet);
 * const { report, added, removed } = session.apply([{ op: "replace", path: "/claims/0/value", value: "~1400" }]);
 * console.log(`${added.length} new, ${removed.length} resolved; ${report.summary.conflicts} in all`);
 */
export function createSession(claimSet: unknown, options: SessionOptions = {}): Session {
  if ((options as CheckOptions).lenient) {
    throw new TypeError("sessions need a valid claim set: lenient is not available for createSession");
  }
  const { rules, severities } = configure(options);
  const patchOptions = {
    ...(options.maxOperations === undefined ? {} : { maxOperations: options.maxOperations }),
    ...(options.properties === undefined ? {} : { properties: options.properties }),
  };

  const build = (previous: State | undefined, claimSet: ClaimSet, analysis: ClaimSetAnalysis, warnings: ClaimSetIssue[]): State => {
    const prepared = prepareClaims(claimSet, analysis);
    const claims = new Map(prepared.claims.map((claim) => [claim.id, claim]));
    const properties = new Map([...analysis.properties].map(([id, property]) => [id, JSON.stringify(property)]));
    const rest = restOf(claimSet);

    // Families to check again; undefined means all of them.
    let stale: Set<string> | undefined;
    if (previous !== undefined && previous.rest === rest) {
      stale = new Set();
      for (const [id, now] of claims) {
        const before = previous.claims.get(id);
        if (before !== undefined && unchanged(before, now, previous.properties, properties)) continue;
        stale.add(familyKey(now));
        if (before) stale.add(familyKey(before));
      }
      for (const [id, before] of previous.claims) if (!claims.has(id)) stale.add(familyKey(before));
    }

    const families = groupFamilies(prepared.views);
    const results = new Map<string, GroupResult>();
    for (const view of prepared.views) {
      const kept = stale && !stale.has(familyKey(view)) ? previous!.results.get(view.key) : undefined;
      results.set(
        view.key,
        kept ?? deepFreeze(checkGroup(view, relatedGroups(view, families), rules, severities, prepared.name)),
      );
    }
    const report = assembleReport(prepared.claims.length, [...results.values()], reportDiagnostics([], warnings));
    // Freeze the new parts only: reused group results are frozen already.
    deepFreeze(report.diagnostics);
    Object.freeze(report.summary);
    Object.freeze(report.tool);
    Object.freeze(report.groups);
    Object.freeze(report.conflicts);
    Object.freeze(report);
    return { claimSet: deepFreeze(claimSet), report, rest, claims, properties, results };
  };

  const read = analyzeClaimSet(claimSet, { format: options.format, properties: options.properties });
  if (!read.success) throw read.error;
  let state = build(undefined, read.data, read.analysis, read.warnings);

  return {
    get claimSet() {
      return state.claimSet;
    },
    get report() {
      return state.report;
    },
    apply(operations: unknown): SessionUpdate {
      const result = applyPatchDetailed(state.claimSet, operations, patchOptions, true);
      if (!result.ok) throw new ClaimSetError(result.issues);
      const next = build(state, result.data, result.analysis, result.warnings);
      const diff = summarizeDiff(state.report, next.report);
      state = next;
      return {
        report: next.report,
        added: diff.added,
        removed: diff.resolved,
        changed: diff.changed.map((pair) => pair.after),
      };
    },
  };
}

/** The claim set without its claims, as JSON. */
function restOf(claimSet: ClaimSet): string {
  const { claims: _, ...rest } = claimSet;
  return JSON.stringify(rest);
}

/**
 * Whether the rules see a claim exactly as before. What they see (value,
 * time, document, names, group) is read from the claim as written, its
 * property as resolved and the entities; entities are outside `claims`, so
 * this compares the rest: the claim, its index (suggestions point at it, and
 * it orders claims), and its property, whose type may be inferred from
 * another claim's value.
 */
function unchanged(
  before: CheckedClaim,
  now: CheckedClaim,
  propertiesBefore: ReadonlyMap<string, string>,
  propertiesNow: ReadonlyMap<string, string>,
): boolean {
  return (
    before.index === now.index &&
    propertiesBefore.get(before.property.id) === propertiesNow.get(now.property.id) &&
    sameJson(before.claim, now.claim)
  );
}

/** Freezes a plain JSON-like value and everything in it. */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== "object" || item === null || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
  return value;
}
