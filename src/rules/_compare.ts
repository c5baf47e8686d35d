/**
 * What the rules share: which claims may be compared, and a linear test of
 * whether a claim has a disagreeing partner among others.
 */
import type { CheckedClaim } from "../engine/claims.js";
import { timeRange } from "../engine/claims.js";
import type { Span } from "../engine/span.js";
import { below, overlaps } from "../engine/span.js";
import type { GroupView } from "../engine/rule.js";
import { addDuration } from "../values/duration.js";
import { groupBy } from "../internal/group-by.js";

/**
 * The sets of claims that may be compared: asserted with asserted, planned
 * with planned (DESIGN §4). Denied claims only meet `denied-claim`; a
 * `cardinality: "many"` property has no comparable sets at all.
 */
export function comparableSets(group: GroupView): readonly CheckedClaim[][] {
  // Nine rules ask for the same sets of the same group: compute them once (the sets are never modified).
  let sets = comparable.get(group);
  if (sets === undefined) {
    if (group.property.cardinality === "many") sets = [];
    else {
      const asserted = group.claims.filter((claim) => claim.modality === "asserted");
      const planned = group.claims.filter((claim) => claim.modality === "planned");
      sets = [asserted, planned].filter((set) => set.length > 1);
    }
    comparable.set(group, sets);
  }
  return sets;
}

const comparable = new WeakMap<GroupView, CheckedClaim[][]>();

/** Whose document a partner must share: the same, another, or any. */
export type DocumentRelation = "same" | "other" | "any";

/** The best two holders of an extreme, from different documents. */
class Extreme {
  best: CheckedClaim | undefined;
  other: CheckedClaim | undefined; // the best whose document differs from `best`'s
  constructor(private readonly better: (a: Span, b: Span) => boolean) {}
  offer(claim: CheckedClaim): void {
    if (!this.best || this.better(claim.span!, this.best.span!)) {
      if (this.best && this.best.document !== claim.document) this.other = this.best;
      this.best = claim;
    } else if (claim.document !== this.best.document && (!this.other || this.better(claim.span!, this.other.span!))) {
      this.other = claim;
    }
  }
  /** The most extreme holder allowed as a partner of `claim`. */
  for(claim: CheckedClaim, relation: DocumentRelation): CheckedClaim | undefined {
    if (relation !== "other" || this.best?.document !== claim.document) return this.best;
    return this.other;
  }
}

/** True when `a` starts above `b` (an excluded start is above an included one at the same number). */
export const higherStart = (a: Span, b: Span) => a.lo > b.lo || (a.lo === b.lo && a.loOpen && !b.loOpen);
const lowerEnd = (a: Span, b: Span) => a.hi < b.hi || (a.hi === b.hi && a.hiOpen && !b.hiOpen);

/**
 * The claims of `targets` that disagree with at least one claim of `pool`
 * whose document relates as asked. Linear: a span disagrees with some span of
 * the pool exactly when it lies below the pool's highest start or above its
 * lowest end.
 */
export function withPartner(
  targets: readonly CheckedClaim[],
  pool: readonly CheckedClaim[],
  relation: DocumentRelation,
): CheckedClaim[] {
  if (relation === "same") {
    const pools = groupBy(pool, (claim) => claim.document);
    const found = new Set<CheckedClaim>();
    for (const [document, group] of groupBy(targets, (claim) => claim.document)) {
      for (const claim of withPartner(group, pools.get(document) ?? [], "any")) found.add(claim);
    }
    return targets.filter((claim) => found.has(claim));
  }
  const highest = new Extreme(higherStart);
  const lowest = new Extreme(lowerEnd);
  const keys = new Map<string, Set<string>>(); // text and boolean values: key → documents
  for (const claim of pool) {
    if (claim.span) {
      highest.offer(claim);
      lowest.offer(claim);
    } else {
      keys.set(claim.key, (keys.get(claim.key) ?? new Set()).add(claim.document));
    }
  }
  return targets.filter((claim) => {
    if (!claim.span) {
      for (const [key, documents] of keys) {
        if (key === claim.key) continue;
        if (relation === "any" || documents.size > 1 || !documents.has(claim.document)) return true;
      }
      return false;
    }
    const above = highest.for(claim, relation);
    const under = lowest.for(claim, relation);
    return (above !== undefined && below(claim.span, above.span!)) || (under !== undefined && below(under.span!, claim.span));
  });
}

/**
 * The claims of a moment that disagree with a claim whose time overlaps
 * their own. A moment whose claims all share a day is checked in linear time;
 * a chained one (January overlaps the whole year, which overlaps June) claim
 * by claim, so that January and June are never compared as simultaneous.
 */
export function withPartnerAtSameTime(moment: readonly CheckedClaim[], relation: DocumentRelation): CheckedClaim[] {
  if (isClique(moment)) return withPartner(moment, moment, relation);
  return moment.filter((claim) => {
    const atSameTime = moment.filter((other) => overlaps(other.time!, claim.time!));
    return withPartner([claim], atSameTime, relation).length > 0;
  });
}

/**
 * In a chained moment, the earlier and later claims of pairs whose own times
 * do not overlap and that `related` accepts (earlier first). Pairwise, but
 * only ever inside a chain, which is rare and small.
 */
export function pairsApart(
  moment: readonly CheckedClaim[],
  related: (earlier: CheckedClaim, later: CheckedClaim) => boolean,
): [CheckedClaim[], CheckedClaim[]] {
  const before = new Set<CheckedClaim>();
  const after = new Set<CheckedClaim>();
  if (isClique(moment)) return [[], []];
  for (const a of moment) {
    for (const b of moment) {
      if (a.time!.hi >= b.time!.lo || !related(a, b)) continue;
      before.add(a);
      after.add(b);
    }
  }
  return [unique([...before]), unique([...after])];
}

/** Different documents, incompatible values, and the later one starts within the window after the earlier ends. */
export function rapid(earlier: CheckedClaim, later: CheckedClaim): boolean {
  return (
    earlier.document !== later.document &&
    Number.isFinite(earlier.time!.hi) &&
    later.time!.lo <= addDuration(earlier.time!.hi, earlier.property.window, 1) &&
    withPartner([earlier], [later], "other").length > 0
  );
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

/** Claims whose times overlap (or whose property is static, or which are undated) may describe the same moment. */
export function sameTime(a: CheckedClaim, b: CheckedClaim): boolean {
  if (a.property.temporal === "static" || !a.time || !b.time) return true;
  return overlaps(a.time, b.time);
}

export { timeRange };

/** True when `later` starts within the property's window after `earlier` ends. */
export function withinWindow(earlier: readonly CheckedClaim[], later: readonly CheckedClaim[]): boolean {
  const end = timeRange(earlier).hi;
  return Number.isFinite(end) && timeRange(later).lo <= addDuration(end, earlier[0]!.property.window, 1);
}

/** Sorted, distinct claim lists for reporting. */
export function unique(claims: readonly CheckedClaim[]): CheckedClaim[] {
  return [...new Set(claims)].sort((a, b) => a.index - b.index);
}
