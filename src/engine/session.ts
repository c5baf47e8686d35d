/**
 * Sessions (DESIGN §7): a claim set checked once, then patched and
 * re-checked, group by group, as corrections arrive.
 *
 * A group's entry and conflicts depend only on its claims (as read: value,
 * property, time, index…), on the other groups of its family (same subject
 * and property: rules see them as `related`), and on the names of sources and
 * entities. So after a patch, only the families whose claims changed are
 * checked again; every other group's result is reused. The result is the
 * report a full `check` would give, byte for byte.
 *
 * A patch that stays inside existing claims, adds claims at the end or
 * removes the last ones takes the short way: only the changed claims are
 * copied, read and checked against the rest (model/incremental.ts), only
 * their families re-checked (session-groups.ts), and the report is updated
 * in place (session-report.ts). Any other patch (one that moves claims to
 * other indexes or changes sources, entities or properties), and any patch
 * whose result is invalid or changes how other claims read (an inferred
 * property type), reads and checks the patched claim set whole, reusing
 * the results of families whose claims did not change; a change outside
 * `claims` re-checks everything.
 *
 * The estimates are the exception to "only what the patch touches": trust
 * is learned across the whole claim set, so one changed claim may move
 * estimates and the order of positions anywhere. A patch therefore does not
 * compute them: a session's report makes its `groups` and `sources` when
 * they are first read (one model run over every group, as `check` does),
 * and keeps them. Applying a patch costs what the rules' re-check costs;
 * reading the patched report's groups costs an estimation of the whole
 * claim set, once per report read.
 */
import type { ClaimSet } from "../model/claim-set.js";
import { ClaimSetIndex } from "../model/incremental.js";
import type { ClaimSetIssue } from "../model/issues.js";
import { ClaimSetError } from "../model/issues.js";
import { analyzeClaimSet } from "../model/parse.js";
import type { Conflict, Report } from "../model/report.js";
import type { ClaimSetAnalysis } from "../model/validate.js";
import type { CheckOptions } from "./check.js";
import type { Names } from "../normalize/names.js";
import { checkGroup, configure, familyKey, prepareClaims } from "./check.js";
import type { GroupResult } from "./report-entries.js";
import { compareConflicts, ReportEntries, reportDiagnostics, reportHead } from "./report-entries.js";
import type { GroupView } from "./rule.js";
import type { CheckedClaim } from "./claims.js";
import { checkedClaims } from "./claims.js";
import { sameJson, summarizeDiff } from "./diff.js";
import type { CheckedPatch } from "./patch.js";
import { applyCheckedPatch, checkPatch, patchClaims } from "./patch.js";
import type { GroupCheck } from "./session-groups.js";
import { SessionGroups } from "./session-groups.js";
import { conflictIds, deepFreeze, diffChanges, lazyReport, updateDiagnostics, updateReport } from "./session-report.js";

/** Options of `createSession`: those of `check` (but `lenient`), and the largest patch `apply` accepts. */
export interface SessionOptions extends Omit<CheckOptions, "lenient"> {
  /** The most operations one patch may have (default 1 000). */
  maxOperations?: number;
}

/** What `Session.apply` returns: the new report and how its conflicts moved, by conflict id. */
export interface SessionUpdate {
  /**
   * The report of the patched claim set: the same as a full `check` of it.
   * Its `groups` and `sources` are made when first read: the estimates are
   * learned over the whole claim set, which `apply` does not read.
   */
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
  /** The report of `claimSet`; its `groups` and `sources` (the estimates) are made when first read. */
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
  /** The report of `claimSet`: its groups and sources are made when first read (session-report.ts). */
  report: Report;
  /** Each group's result and view, in key order: what the report's groups are made from. */
  results: readonly GroupResult[];
  views: readonly GroupView[];
  /** Everything but `claims`, as JSON: when it changes, everything is checked again. */
  rest: string;
  /** Each property as resolved (declared, shared or inferred), as JSON, by id. */
  properties: Map<string, string>;
  /** What changed claims are checked against. */
  index: ClaimSetIndex;
  /** Each claim as read, the groups and their results. */
  groups: SessionGroups;
  /** Readable names for source and entity ids, and how spellings resolve. */
  names: Names;
  /** Every conflict id of the report, with how many conflicts use it. */
  conflictIds: Map<string, number>;
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
  const entries = new ReportEntries(); // the session's, kept from patch to patch
  const checker = (names: Names): GroupCheck => (view, related) =>
    deepFreeze(checkGroup(view, related, rules, severities, names, entries));

  /** Reads and checks a whole claim set; with `previous`, reuses the results of families whose claims did not change. */
  const build = (previous: State | undefined, claimSet: ClaimSet, analysis: ClaimSetAnalysis, warnings: ClaimSetIssue[]): State => {
    const prepared = prepareClaims(claimSet, analysis);
    const properties = new Map([...analysis.properties].map(([id, property]) => [id, JSON.stringify(property)]));
    const rest = restOf(claimSet);
    // Families to check again; undefined means all of them.
    const stale = previous !== undefined && previous.rest === rest ? staleFamilies(previous, prepared.claims, properties) : undefined;
    const groups = SessionGroups.check(prepared, checker(prepared.names), (view) =>
      stale && !stale.has(familyKey(view)) ? previous!.groups.result(view.key) : undefined,
    );
    const results = Object.freeze(prepared.views.map((view) => groups.result(view.key)!));
    const views = Object.freeze(prepared.views);
    // As assembleReport makes it, with the groups and sources made when read. Freeze the new parts only: group results are frozen already.
    const conflicts = results.flatMap((result) => result.conflicts).sort(compareConflicts);
    const head = deepFreeze(reportHead(prepared.claims.length, results.length, conflicts));
    const diagnostics = deepFreeze(reportDiagnostics([], warnings));
    const report = lazyReport(head, Object.freeze(conflicts) as Conflict[], diagnostics, { results, views }, claimSet.sources ?? [], prepared.names.resolve);
    return {
      claimSet: deepFreeze(claimSet),
      report,
      results,
      views,
      rest,
      properties,
      index: ClaimSetIndex.of(claimSet, analysis, options.properties),
      groups,
      names: prepared.names,
      conflictIds: conflictIds(report),
    };
  };

  /** The short way: a patch that stays inside claims. `undefined` when the claim set must be read whole. */
  const update = (patched: { claims: unknown[]; changed: number[] }): SessionUpdate | undefined => {
    const { claims, changed } = patched;
    if (changed.length === 0) return { report: state.report, added: [], removed: [], changed: [] };
    const before = state.claimSet.claims;
    // Without entities, spellings are compared across claims (similar-spelling): a change that can touch those warnings is read whole.
    if (
      state.claimSet.entities === undefined &&
      (claims.length !== before.length ||
        changed.some((index) => namesOf(before[index]) !== namesOf(claims[index])) ||
        state.report.diagnostics.some((diagnostic) => diagnostic.code === "similar-spelling"))
    ) {
      return undefined;
    }
    const read = state.index.read(changed.map((index) => ({ index, before: before[index], after: claims[index] })));
    if (read === undefined) return undefined;
    const now = checkedClaims({ claims: read.claims }, read.analysis);
    now.forEach((claim, k) => (claim.index = read.indexes[k]!));
    const groups = state.groups.update(now, claims.length, checker(state.names));
    const diagnostics = updateDiagnostics(state.report.diagnostics, changed, read.warnings);
    const next = updateReport(state, groups.changes, claims.length, diagnostics, state.claimSet.sources ?? [], state.names.resolve);
    const report = next.report;
    read.claims.forEach((claim, k) => (claims[read.indexes[k]!] = deepFreeze(claim)));

    read.commit();
    groups.commit();
    const diff = diffChanges(state.report, report, groups.changes, state.conflictIds);
    state = { ...state, ...next, claimSet: Object.freeze({ ...state.claimSet, claims: Object.freeze(claims) as ClaimSet["claims"] }) };
    return { report, added: diff.added, removed: diff.resolved, changed: diff.changed.map((pair) => pair.after) };
  };

  /** The long way: the patched claim set read and checked whole. */
  const rebuild = (patch: CheckedPatch): SessionUpdate => {
    const result = applyCheckedPatch(state.claimSet, patch, patchOptions, true);
    if (!result.ok) throw new ClaimSetError(result.issues);
    const next = build(state, result.data, result.analysis, result.warnings);
    const diff = summarizeDiff(state.report, next.report);
    state = next;
    return { report: next.report, added: diff.added, removed: diff.resolved, changed: diff.changed.map((pair) => pair.after) };
  };

  const read = analyzeClaimSet(claimSet, { format: options.format, delimiter: options.delimiter, properties: options.properties, context: options.context });
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
      const checked = checkPatch(operations, patchOptions);
      if (!checked.ok) throw new ClaimSetError(checked.issues);
      const patched = patchClaims(state.claimSet, checked.patch);
      if (patched !== undefined && !patched.ok) throw new ClaimSetError(patched.issues);
      return (patched && update(patched)) ?? rebuild(checked.patch);
    },
  };
}

/** The claim set without its claims, as JSON. */
function restOf(claimSet: ClaimSet): string {
  const { claims: _, ...rest } = claimSet;
  return JSON.stringify(rest);
}

/** The families whose claims the rules no longer see as before: changed, added, removed or moved claims. */
function staleFamilies(previous: State, claims: readonly CheckedClaim[], properties: ReadonlyMap<string, string>): Set<string> {
  const before = new Map(previous.groups.all.map((claim) => [claim.id, claim]));
  const stale = new Set<string>();
  for (const now of claims) {
    const was = before.get(now.id);
    before.delete(now.id);
    if (was !== undefined && unchanged(was, now, previous.properties, properties)) continue;
    stale.add(familyKey(now));
    if (was) stale.add(familyKey(was));
  }
  for (const gone of before.values()) stale.add(familyKey(gone));
  return stale;
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

/** A claim's subject and scope, as text to compare: what similar-spelling warnings read. */
function namesOf(claim: unknown): string {
  const { subject, scope } = (typeof claim === "object" && claim !== null ? claim : {}) as { subject?: unknown; scope?: unknown };
  return JSON.stringify([subject, scope]);
}
