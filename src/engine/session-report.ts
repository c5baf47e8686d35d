/**
 * A session's report updated group by group (DESIGN §7): the entries and
 * conflicts of re-checked groups are spliced into the previous report where
 * `assembleReport` would put them, everything else is shared, and the
 * summary is counted from the difference. The diff between the two reports
 * is taken on the re-checked groups' conflicts alone.
 */
import type { ClaimSetIssue } from "../model/issues.js";
import type { Conflict, Diagnostic, Group, Report, Severity } from "../model/report.js";
import { compareConflicts, reportDiagnostics } from "./report-entries.js";
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

/**
 * The report after some groups were checked again: `previous` with the
 * entries and conflicts of the changed groups (given in key order)
 * replaced, the given claim count and diagnostics. The same as
 * `assembleReport` on every group's result; the new parts are frozen.
 * @internal
 */
export function updateReport(previous: Report, changes: readonly GroupChange[], claims: number, diagnostics: Diagnostic[]): Report {
  const groupEdits: Array<{ from: number; to: number; items: Group[] }> = [];
  let at = 0;
  for (const { key, after } of changes) {
    const from = boundary(at, previous.groups.length, (i) => codeUnitOrder(previous.groups[i]!.key, key) < 0);
    const to = from < previous.groups.length && previous.groups[from]!.key === key ? from + 1 : from;
    groupEdits.push({ from, to, items: after ? [after.group] : [] });
    at = to;
  }
  const groups = splice(previous.groups, groupEdits);

  // Conflicts are ordered by severity, then group: each changed group's conflicts of a severity form one range.
  const conflictEdits: Array<{ from: number; to: number; items: Conflict[] }> = [];
  const counts = { ...previous.summary };
  const old = previous.conflicts;
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
  const conflicts = splice(old, conflictEdits);

  const summary = Object.freeze({
    claims,
    groups: groups.length,
    conflicts: conflicts.length,
    errors: counts.errors,
    warnings: counts.warnings,
    infos: counts.infos,
  });
  return Object.freeze({
    tool: previous.tool,
    summary,
    groups: Object.freeze(groups) as Group[],
    conflicts: Object.freeze(conflicts) as Conflict[],
    diagnostics,
  });
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
    : summarizeDiff({ ...before, conflicts: conflicts.before }, { ...after, conflicts: conflicts.after });
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
