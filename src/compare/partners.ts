/**
 * What the rules share: which claims may be compared, and whether a claim
 * has a disagreeing partner among others — at any time, at the same time
 * within a moment, or apart in time within a chained moment.
 */
import type { CheckedClaim } from "../engine/claims.js";
import { timeRange } from "../engine/claims.js";
import type { GroupView } from "../engine/rule.js";
import type { Duration } from "../values/types.js";
import { addDuration } from "../values/duration.js";
import { allWithin } from "./times.js";
import { groupBy } from "../internal/group-by.js";
import type { DocumentRelation } from "./structures/extremes.js";
import { Extremes, extremesOf } from "./structures/extremes.js";
import { dominated, points } from "./structures/dominance.js";
import type { LineSource } from "./structures/value-line.js";
import { freshLines, range, ValueLine } from "./structures/value-line.js";
import type { PairKind } from "./pairwise.js";
import { PAIRS, pairsApartAmong, partnersAmong, partnersAtSameTime } from "./pairwise.js";

export type { DocumentRelation, PairKind };

/**
 * The sets of claims that may be compared: asserted with asserted, planned
 * with planned (DESIGN §4). Denied claims only meet `denied-claim`; a
 * `cardinality: "many"` property has no comparable sets at all.
 * @internal
 */
export function comparableSets(group: GroupView): CheckedClaim[][] {
  if (group.property.cardinality === "many") return [];
  const asserted = group.claims.filter((claim) => claim.modality === "asserted");
  const planned = group.claims.filter((claim) => claim.modality === "planned");
  return [asserted, planned].filter((set) => set.length > 1);
}

/**
 * The claims of `targets` that disagree with at least one claim of `pool`
 * whose document relates as asked, in order: pair by pair when there are
 * few pairs, else by a linear sweep.
 * @internal
 */
export function withPartner(
  targets: readonly CheckedClaim[],
  pool: readonly CheckedClaim[],
  relation: DocumentRelation,
  lines: LineSource = freshLines,
): CheckedClaim[] {
  return targets.length * pool.length <= PAIRS ? partnersAmong(targets, pool, relation) : partnersBySweep(targets, pool, relation, lines);
}

/**
 * `withPartner` for many pairs, in linear time: a value disagrees with some
 * value of the pool exactly when it lies below the pool's highest start or
 * above its lowest end (those of its own document's claims, for "same").
 * @internal
 */
export function partnersBySweep(
  targets: readonly CheckedClaim[],
  pool: readonly CheckedClaim[],
  relation: DocumentRelation,
  lines: LineSource = freshLines,
): CheckedClaim[] {
  // The pool's claims, then the targets (unless they are the pool itself).
  const line = targets === pool ? lines.line(pool) : ValueLine.of([...pool, ...targets]);
  const at = targets === pool ? (i: number) => i : (i: number) => pool.length + i;
  if (relation === "same") {
    // One summary per document of the pool: a claim's partners are those of its own document.
    const summaryOf = new Map<number, number>();
    for (let p = 0; p < pool.length; p++) if (!summaryOf.has(line.document[p]!)) summaryOf.set(line.document[p]!, summaryOf.size);
    const byDocument = new Extremes(line, summaryOf.size);
    for (let p = 0; p < pool.length; p++) byDocument.add(summaryOf.get(line.document[p]!)!, p);
    return targets.filter((_, i) => {
      const summary = summaryOf.get(line.document[at(i)]!);
      return summary !== undefined && byDocument.disagrees(summary, at(i), "any");
    });
  }
  const extremes = extremesOf(line, range(0, pool.length));
  return targets.filter((_, i) => extremes.disagrees(0, at(i), relation));
}

/**
 * The claims of a moment that disagree with a claim, related as asked, whose
 * time overlaps their own, in order: pair by pair in a small moment, else by
 * a sweep.
 * @internal
 */
export function withPartnerAtSameTime(moment: readonly CheckedClaim[], relation: DocumentRelation, lines: LineSource = freshLines): CheckedClaim[] {
  return moment.length * moment.length <= PAIRS ? partnersAtSameTime(moment, relation) : partnersAtSameTimeBySweep(moment, relation, lines);
}

/**
 * `withPartnerAtSameTime` for a large moment. A moment whose claims all
 * share a day is checked in linear time; a chained one (January overlaps the
 * whole year, which overlaps June) claim by claim, so that January and June
 * are never compared as simultaneous: a claim's partners are the claims that
 * start by its end and end by its start, a dominance query (O(n log n)); a
 * handful of claims (a document's own, usually) are compared pair by pair.
 * @internal
 */
export function partnersAtSameTimeBySweep(moment: readonly CheckedClaim[], relation: DocumentRelation, lines: LineSource = freshLines): CheckedClaim[] {
  if (isClique(moment)) return partnersBySweep(moment, moment, relation, lines);
  const line = lines.line(moment);
  const start = (v: number) => moment[v]!.time!.lo;
  const end = (v: number) => moment[v]!.time!.hi;
  const partnerRelation = relation === "same" ? "any" : relation;
  const involved = new Uint8Array(moment.length);
  const all = range(0, moment.length);
  for (const set of relation === "same" ? groupBy(all, (v) => line.document[v]).values() : [all]) {
    if (set.length > FEW) {
      const found = dominated(line, points(set, start, end), points(set, end, start), (v, extremes) =>
        extremes.disagrees(0, v, partnerRelation),
      );
      for (const v of found) involved[v] = 1;
    } else {
      // A document's own claims are usually few: compared pair by pair.
      for (const v of set) {
        for (const o of set) {
          const related = partnerRelation === "any" || line.document[o] !== line.document[v];
          if (related && start(o) <= end(v) && end(o) >= start(v) && line.disjoint(o, v)) involved[v] = 1;
        }
      }
    }
  }
  return moment.filter((_, v) => involved[v] === 1);
}

/** Up to how many claims are compared pair by pair rather than by a dominance query. */
const FEW = 8;

/**
 * In a chained moment, the earlier and the later claims of the pairs whose
 * own times do not overlap (the earlier one ends before the later one
 * starts) and that relate as `kind` says, each by index: pair by pair in a
 * small moment, else by sweeps.
 * @internal
 */
export function pairsApart(moment: readonly CheckedClaim[], kind: PairKind, lines: LineSource = freshLines): [CheckedClaim[], CheckedClaim[]] {
  if (isClique(moment)) return [[], []];
  return moment.length * moment.length <= PAIRS ? pairsApartAmong(moment, kind) : pairsApartBySweep(moment, kind, lines);
}

/** `pairsApart` for a large moment: each side is a dominance query, O(n log n), never pair by pair. @internal */
export function pairsApartBySweep(moment: readonly CheckedClaim[], kind: PairKind, lines: LineSource = freshLines): [CheckedClaim[], CheckedClaim[]] {
  const line = lines.line(moment);
  const start = (v: number) => moment[v]!.time!.lo;
  const end = (v: number) => moment[v]!.time!.hi;
  const sides = (earlier: number[], later: number[]): [CheckedClaim[], CheckedClaim[]] => [
    unique(line.claimsAt(earlier)),
    unique(line.claimsAt(later)),
  ];
  if (kind === "decrease") {
    const values = range(0, moment.length).filter((v) => moment[v]!.span);
    // A later claim with an earlier one whose value lies entirely above its own…
    const later = dominated(
      line,
      points(values, end, () => 0),
      points(values, (v) => start(v) - 1, () => 0),
      (v, found) => found.highest.best(0) >= 0 && line.below(v, found.highest.best(0)),
    );
    // …and an earlier claim with a later one whose value lies entirely below its own.
    const earlier = dominated(
      line,
      points(values, () => 0, start),
      points(values, () => 0, (v) => end(v) + 1),
      (v, found) => found.lowest.best(0) >= 0 && line.below(found.lowest.best(0), v),
    );
    return sides(earlier, later);
  }
  const values = range(0, moment.length);
  const window = moment[0]!.property.window;
  if (kind === "changed") {
    // Pairs apart whose days do not all lie within the window: the first day the window of a claim's first day
    // misses (every day, for a claim open at its start).
    const beyond = (v: number) => (Number.isFinite(start(v)) ? addDuration(start(v), window, 1) + 1 : -Infinity);
    // A later claim with an earlier partner that ends before it starts and whose window misses its last day…
    const later = dominated(
      line,
      points(values, end, (v) => -beyond(v)),
      points(values, (v) => start(v) - 1, (v) => -end(v)),
      (v, found) => found.disagrees(0, v, "any"),
    );
    // …and an earlier claim with a later partner that starts after it ends and ends beyond its window.
    const earlier = dominated(
      line,
      points(values, (u) => -start(u), end),
      points(values, (v) => -(end(v) + 1), beyond),
      (v, found) => found.disagrees(0, v, "any"),
    );
    return sides(earlier, later);
  }
  const ended = values.filter((v) => Number.isFinite(start(v)) && Number.isFinite(end(v)));
  // How far a claim's window reaches: the last day within the window of its first day.
  const reach = (v: number) => addDuration(start(v), window, 1);
  // A later claim has a partner that ends before it starts and whose window reaches its last day…
  const later = dominated(
    line,
    points(ended, end, reach),
    points(values, (v) => start(v) - 1, end),
    (v, found) => found.disagrees(0, v, "other"),
  );
  // …and an earlier claim a partner that starts after it ends and ends within its window.
  const earlier = dominated(
    line,
    points(values, end, start),
    points(ended, reach, (v) => end(v) + 1),
    (v, found) => found.disagrees(0, v, "other"),
  );
  return sides(earlier, later);
}

/** True when every claim of a moment shares one day with every other. */
function isClique(moment: readonly CheckedClaim[]): boolean {
  let latestStart = -Infinity;
  let earliestEnd = Infinity;
  for (const claim of moment) {
    if (claim.time!.lo > latestStart) latestStart = claim.time!.lo;
    if (claim.time!.hi < earliestEnd) earliestEnd = claim.time!.hi;
  }
  return latestStart <= earliestEnd;
}

export { timeRange };

/** True when a time starting on day `start` begins within `window` after a time ending on day `end`. @internal */
export function startsWithin(end: number, start: number, window: Duration): boolean {
  return Number.isFinite(end) && start <= addDuration(end, window, 1);
}

/** True when every day of `earlier`'s times lies within the property's window of every day of `later`'s. @internal */
export function withinWindow(earlier: readonly CheckedClaim[], later: readonly CheckedClaim[]): boolean {
  return allWithin(timeRange(earlier), timeRange(later), earlier[0]!.property.window);
}

/** Sorted, distinct claim lists for reporting. @internal */
export function unique(claims: readonly CheckedClaim[]): CheckedClaim[] {
  const sorted = [...claims].sort((a, b) => a.index - b.index);
  return sorted.filter((claim, i) => i === 0 || claim !== sorted[i - 1]);
}
