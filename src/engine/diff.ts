/**
 * Report diffs (DESIGN §7): what changed between two reports, as an RFC 6902
 * patch keyed by stable conflict ids, so a pipeline can say "2 new
 * conflicts, 1 resolved since the last run".
 */
import { toPointer } from "../model/issues.js";
import type { Conflict, PatchOperation, Report } from "../model/report.js";
import { codeUnitOrder } from "../internal/code-unit-order.js";

/**
 * A report's summary and conflicts, the conflicts by id: what `diffReports`
 * patches apply to. Ids are unique in reports `check` makes; should a rule
 * report the same claims twice, the repeats are keyed `id#2`, `id#3`… in
 * report order.
 */
export interface KeyedReport {
  summary: Report["summary"];
  conflicts: Record<string, Conflict>;
}

/** The fields of a conflict, in the report's order; a diff visits them in this order. */
const CONFLICT_FIELDS = ["id", "rule", "severity", "group", "subject", "property", "scope", "claims", "message", "data", "suggestions"];
const SUMMARY_FIELDS = ["claims", "groups", "conflicts", "errors", "warnings", "infos"];


/** Each conflict with its key: its id, or `id#n` for the n-th repeat of an id. */
function keyed(report: Pick<Report, "conflicts">): Array<[string, Conflict]> {
  const seen = new Map<string, number>();
  return report.conflicts.map((conflict) => {
    const n = (seen.get(conflict.id) ?? 0) + 1;
    seen.set(conflict.id, n);
    return [n === 1 ? conflict.id : `${conflict.id}#${n}`, conflict];
  });
}

/** Sets a key as an own property, so an id such as "__proto__" stays a key. */
function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The keyed view of a report: `{ summary, conflicts: { [id]: conflict } }`,
 * conflicts in id order. `diffReports(a, b)` applied to `keyedReport(a)`
 * gives `keyedReport(b)`.
 *
 * @example
 * const view = keyedReport(report);
 * view.conflicts[report.conflicts[0].id] === report.conflicts[0]; // → true
 */
export function keyedReport(report: Report): KeyedReport {
  const conflicts: Record<string, Conflict> = {};
  for (const [key, conflict] of keyed(report).sort(([a], [b]) => codeUnitOrder(a, b))) setKey(conflicts, key, conflict);
  return { summary: report.summary, conflicts };
}

/**
 * The RFC 6902 patch from one report to another, on their keyed views
 * (`keyedReport`): `add /conflicts/<id>` for each new conflict, `remove
 * /conflicts/<id>` for each resolved one, and for a conflict in both whose
 * content changed, one operation per changed field (`replace
 * /conflicts/<id>/message`; `add` or `remove` for `suggestions`, which may be
 * absent); then `replace /summary/<field>` for each changed count. Ids are
 * escaped per RFC 6901; operations come in id order, so the same two reports
 * always give the same patch. Values are copies.
 *
 * @example
 * const patch = diffReports(yesterday, today);
 * // [{ op: "add", path: "/conflicts/3f2a…", value: { … } }, { op: "replace", path: "/summary/conflicts", value: 8 }]
 */
export function diffReports(before: Report, after: Report): PatchOperation[] {
  const a = new Map(keyed(before));
  const b = new Map(keyed(after));
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort(codeUnitOrder);
  const patch: PatchOperation[] = [];
  for (const key of keys) {
    const old = a.get(key);
    const now = b.get(key);
    const path = toPointer(["conflicts", key]);
    if (old === undefined) patch.push({ op: "add", path, value: copy(now) });
    else if (now === undefined) patch.push({ op: "remove", path });
    else patch.push(...fieldChanges(path, old, now, CONFLICT_FIELDS));
  }
  patch.push(...fieldChanges("/summary", before.summary, after.summary, SUMMARY_FIELDS));
  return patch;
}

/** Operations turning one object's fields into another's: known fields in order, then any others sorted. */
function fieldChanges(base: string, old: object, now: object, order: readonly string[]): PatchOperation[] {
  const from = old as Record<string, unknown>;
  const to = now as Record<string, unknown>;
  const present = new Set([...Object.keys(from), ...Object.keys(to)]);
  const fields = [...order.filter((field) => present.has(field)), ...[...present].filter((field) => !order.includes(field)).sort(codeUnitOrder)];
  const out: PatchOperation[] = [];
  for (const field of fields) {
    const path = `${base}${toPointer([field])}`;
    const had = Object.hasOwn(from, field) && from[field] !== undefined;
    const has = Object.hasOwn(to, field) && to[field] !== undefined;
    if (had && !has) out.push({ op: "remove", path });
    else if (!had && has) out.push({ op: "add", path, value: copy(to[field]) });
    else if (had && has && !sameJson(from[field], to[field])) out.push({ op: "replace", path, value: copy(to[field]) });
  }
  return out;
}

/**
 * Conflicts new in `after`, resolved since `before`, and changed (same id,
 * different content), for messages such as "2 new, 1 resolved, 0 changed".
 * New and changed come in `after`'s order, resolved in `before`'s.
 *
 * @example
 * const { added, resolved, changed } = summarizeDiff(yesterday, today);
 * console.log(`${added.length} new, ${resolved.length} resolved, ${changed.length} changed`);
 */
export function summarizeDiff(
  before: Pick<Report, "conflicts">,
  after: Pick<Report, "conflicts">,
): { added: Conflict[]; resolved: Conflict[]; changed: Array<{ before: Conflict; after: Conflict }> } {
  const a = keyed(before);
  const b = keyed(after);
  const oldByKey = new Map(a);
  const newKeys = new Set(b.map(([key]) => key));
  const added: Conflict[] = [];
  const changed: Array<{ before: Conflict; after: Conflict }> = [];
  for (const [key, conflict] of b) {
    const old = oldByKey.get(key);
    if (old === undefined) added.push(conflict);
    else if (!sameJson(old, conflict)) changed.push({ before: old, after: conflict });
  }
  const resolved = a.filter(([key]) => !newKeys.has(key)).map(([, conflict]) => conflict);
  return { added, resolved, changed };
}

/**
 * Deep equality of JSON values; key order does not matter, and a field set
 * to `undefined` counts as absent, as in JSON.
 * @internal
 */
export function sameJson(a: unknown, b: unknown): boolean {
  // Iterative: reports read from files may nest their data deeper than the call stack allows.
  const pending: Array<[unknown, unknown]> = [[a, b]];
  while (pending.length > 0) {
    const [x, y] = pending.pop()!;
    if (x === y) continue;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x)) {
      const other = y as unknown[];
      if (x.length !== other.length) return false;
      for (let i = 0; i < x.length; i++) pending.push([x[i], other[i]]);
      continue;
    }
    const xo = x as Record<string, unknown>;
    const yo = y as Record<string, unknown>;
    const keysOf = (o: Record<string, unknown>) => Object.keys(o).filter((key) => o[key] !== undefined);
    const xs = keysOf(xo);
    if (xs.length !== keysOf(yo).length) return false;
    for (const key of xs) {
      if (!Object.hasOwn(yo, key)) return false;
      pending.push([xo[key], yo[key]]);
    }
  }
  return true;
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
