/**
 * A session's report updated group by group (DESIGN §7): the entries and
 * conflicts of re-checked groups are spliced into the previous report where
 * `assembleReport` would put them, everything else is shared, and the
 * summary is counted from the difference. The diff between the two reports
 * is taken on the re-checked groups' conflicts alone. The estimates (and so
 * the order of positions and the sources' trust) are learned from the whole
 * claim set: a report computes them when its groups or sources are first read.
 */
import type { ClaimSetIssue } from "../model/issues.js";
import type { Source } from "../model/claim-set.js";
import type { Conflict, Diagnostic, Group, Report, ReportSource, Severity } from "../model/report.js";
import type { GroupResult } from "./report-entries.js";
import { compareConflicts, orderedGroup, reportDiagnostics } from "./report-entries.js";
import { evidenceOf } from "./estimation.js";
import type { GroupView } from "./rule.js";
import { summarizeDiff } from "./diff.js";
import type { GroupChange } from "./session-groups.js";
import { boundary } from "../internal/boundary.js";
import { codeUnitOrder } from "../internal/code-unit-order.js";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];


/** `list` with the ranges `[from, to)` of `edits` (in order, not overlapping) replaced by their items. */
function splice<T>(frozen: readonly T[], edits: ReadonlyArray<{ from: number; to: number; items: readonly T[] }>): T[] {
  const list = Array.from(frozen); // V8 reads frozen arrays item by item (or slices them) far slower than it copies them whole
  let length = list.length;
  for (const { from, to, items } of edits) length += items.length - (to - from);
  const out = new Array<T>(length);
  let write = 0;
  let read = 0;
  for (const { from, to, items } of edits) {
    while (read < from) out[write++] = list[read++]!;
    for (const item of items) out[write++] = item;
    read = to;
  }
  while (read < list.length) out[write++] = list[read++]!;
  return out;
}

/** A group's conflicts of one severity, in report order. */
function ofSeverity(result: GroupChange["before"], severity: Severity): Conflict[] {
  return (result?.conflicts ?? []).filter((conflict) => conflict.severity === severity).sort(compareConflicts);
}

/** What a session's report is made from: the groups' results and views, in key order, and the report. @internal */
export interface SessionReport {
  report: Report;
  results: readonly GroupResult[];
  views: readonly GroupView[];
}

/**
 * A session's report (frozen) whose `groups` and `sources` are made when
 * first read: the estimates are learned over the whole claim set, so they
 * are computed once for the report that is read, not on every patch. What
 * it gives is what `assembleReport` gives for the same results.
 * @internal
 */
export function lazyReport(
  head: Pick<Report, "tool" | "summary">,
  conflicts: Conflict[],
  diagnostics: Diagnostic[],
  parts: Pick<SessionReport, "results" | "views">,
  sources: readonly Source[],
  resolve: (label: string) => string,
): Report {
  let made: { groups: Group[]; sources: ReportSource[] } | undefined;
  const make = () => {
    if (made !== undefined) return made;
    const evidence = evidenceOf(parts.views, sources, resolve);
    const groups = parts.results.map((result) => deepFreeze(orderedGroup(result.entry, evidence.group(result.entry.group.key))));
    made = { groups: Object.freeze(groups) as Group[], sources: deepFreeze(evidence.sources) };
    return made;
  };
  // Getters in the order of the report's fields: JSON.stringify writes them as it writes a plain report.
  return Object.freeze({
    tool: head.tool,
    summary: head.summary,
    get groups() {
      return make().groups;
    },
    conflicts,
    diagnostics,
    get sources() {
      return make().sources;
    },
  });
}

/**
 * The report after some groups were checked again: `previous` with the
 * results, views and conflicts of the changed groups (given in key order)
 * replaced, the given claim count and diagnostics. The same as
 * `assembleReport` on every group's result; the new parts are frozen.
 * @internal
 */
export function updateReport(
  previous: SessionReport,
  changes: readonly GroupChange[],
  claims: number,
  diagnostics: Diagnostic[],
  sources: readonly Source[],
  resolve: (label: string) => string,
): SessionReport {
  const resultEdits: Array<{ from: number; to: number; items: GroupResult[] }> = [];
  const viewEdits: Array<{ from: number; to: number; items: GroupView[] }> = [];
  const keys = previous.results;
  let at = 0;
  for (const { key, after, view } of changes) {
    const from = boundary(at, keys.length, (i) => codeUnitOrder(keys[i]!.entry.group.key, key) < 0);
    const to = from < keys.length && keys[from]!.entry.group.key === key ? from + 1 : from;
    resultEdits.push({ from, to, items: after ? [after] : [] });
    viewEdits.push({ from, to, items: after && view ? [view] : [] });
    at = to;
  }
  const results = Object.freeze(splice(previous.results, resultEdits));
  const views = Object.freeze(splice(previous.views, viewEdits));

  // Conflicts are ordered by severity, then group: each changed group's conflicts of a severity form one range.
  const conflictEdits: Array<{ from: number; to: number; items: Conflict[] }> = [];
  const counts = { ...previous.report.summary };
  const old = previous.report.conflicts;
  const rank = (severity: Severity) => SEVERITIES.indexOf(severity);
  at = 0;
  for (const severity of SEVERITIES) {
    const level = rank(severity);
    const name = `${severity}s` as "errors" | "warnings" | "infos";
    for (const { key, before, after } of changes) {
      const from = boundary(at, old.length, (i) => rank(old[i]!.severity) < level || (rank(old[i]!.severity) === level && codeUnitOrder(old[i]!.group, key) < 0));
      const to = boundary(from, old.length, (i) => rank(old[i]!.severity) === level && old[i]!.group === key);
      const items = ofSeverity(after, severity);
      counts[name] += items.length - ofSeverity(before, severity).length;
      conflictEdits.push({ from, to, items });
      at = to;
    }
  }
  const conflicts = Object.freeze(splice(old, conflictEdits)) as Conflict[];

  const summary = Object.freeze({
    claims,
    groups: results.length,
    conflicts: conflicts.length,
    errors: counts.errors,
    warnings: counts.warnings,
    infos: counts.infos,
  });
  return { report: lazyReport({ tool: previous.report.tool, summary }, conflicts, diagnostics, { results, views }, sources, resolve), results, views };
}

/** Freezes a plain JSON-like value and everything in it. @internal */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== "object" || item === null || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
  return value;
}

/** The changed groups' conflicts, in report order: before and after. */
function changedConflicts(changes: readonly GroupChange[]): { before: Conflict[]; after: Conflict[] } {
  const before: Conflict[] = [];
  const after: Conflict[] = [];
  for (const severity of SEVERITIES) {
    for (const change of changes) {
      before.push(...ofSeverity(change.before, severity));
      after.push(...ofSeverity(change.after, severity));
    }
  }
  return { before, after };
}

/**
 * How conflicts moved between two reports that differ only in the changed
 * groups: `summarizeDiff` on those groups' conflicts. `ids` counts every
 * conflict id of `before`; it is updated to `after`'s. Should an id of a
 * changed group also be used by an unchanged one (`summarizeDiff` then
 * numbers repeats across the whole report), the whole reports are compared.
 * @internal
 */
export function diffChanges(
  before: Report,
  after: Report,
  changes: readonly GroupChange[],
  ids: Map<string, number>,
): ReturnType<typeof summarizeDiff> {
  const conflicts = changedConflicts(changes);
  const local = new Map<string, number>();
  for (const { id } of conflicts.before) local.set(id, (local.get(id) ?? 0) + 1);
  const shared = [...conflicts.before, ...conflicts.after].some(({ id }) => (ids.get(id) ?? 0) > (local.get(id) ?? 0));
  const diff = shared
    ? summarizeDiff(before, after)
    : summarizeDiff({ conflicts: conflicts.before }, { conflicts: conflicts.after }); // not spread: a session report's groups are made when read
  for (const { id } of conflicts.before) {
    const left = ids.get(id)! - 1;
    if (left === 0) ids.delete(id);
    else ids.set(id, left);
  }
  for (const { id } of conflicts.after) ids.set(id, (ids.get(id) ?? 0) + 1);
  return diff;
}

/** Every conflict id of a report, with how many conflicts use it. @internal */
export function conflictIds(report: Report): Map<string, number> {
  const ids = new Map<string, number>();
  for (const { id } of report.conflicts) ids.set(id, (ids.get(id) ?? 0) + 1);
  return ids;
}

/** The index of the claim a diagnostic is about (sessions' diagnostics are all about claims: `/claims/<index>/…`). */
const claimOf = (diagnostic: Diagnostic) => Number(diagnostic.path.split("/", 3)[2]);

/**
 * The diagnostics after some claims changed: `previous` (warnings in claim
 * order) with those of the changed indexes (in order) replaced by
 * `warnings`, the changed claims' new warnings. `previous` itself when
 * nothing differs.
 * @internal
 */
export function updateDiagnostics(previous: Diagnostic[], changed: readonly number[], warnings: readonly ClaimSetIssue[]): Diagnostic[] {
  const fresh = reportDiagnostics([], warnings).map((diagnostic) => Object.freeze(diagnostic));
  const edits: Array<{ from: number; to: number; items: Diagnostic[] }> = [];
  let at = 0;
  let next = 0;
  for (const index of changed) {
    const from = boundary(at, previous.length, (i) => claimOf(previous[i]!) < index);
    const to = boundary(from, previous.length, (i) => claimOf(previous[i]!) === index);
    const end = boundary(next, fresh.length, (i) => claimOf(fresh[i]!) === index);
    if (to > from || end > next) edits.push({ from, to, items: fresh.slice(next, end) });
    at = to;
    next = end;
  }
  return edits.length === 0 ? previous : (Object.freeze(splice(previous, edits)) as Diagnostic[]);
}
