/**
 * Comparisons between the moments of a comparable set, for the rules that
 * walk the timeline: which earlier moment last holds a figure disagreeing
 * with a claim, which claims of a moment disagree with some given claims,
 * and whether a moment holds a figure between a claim and an older one.
 * A set of a few claims is compared claim by claim; a larger one through
 * its timeline's indexes.
 */
import type { CheckedClaim } from "../engine/claims.js";
import type { Span } from "../values/span.js";
import { bridgesAmong, hasPartner, partnersAmong } from "./pairwise.js";
import { Timeline } from "./timeline.js";

/** Which claims count as partners: from another document than the claim's (the default), or from any. @internal */
export type Relation = "other" | "any";

/** The moments of a comparable set, and how their claims compare. @internal */
export interface MomentComparisons {
  /** The moments, in time order. */
  readonly moments: readonly CheckedClaim[][];
  /** The last moment from `from` to `to` (both included) holding a partner that disagrees with `claim`; -1 when none does. */
  lastDisagreeing(from: number, to: number, claim: CheckedClaim, relation?: Relation): number;
  /** The claims of moment `k` that disagree with at least one of `claims` as partners, in any order. */
  partners(k: number, claims: readonly CheckedClaim[], relation?: Relation): CheckedClaim[];
  /** True when some partner in moment `k` disagrees with `claim` but overlaps span `r`. */
  bridges(k: number, claim: CheckedClaim, r: Span, relation?: Relation): boolean;
}

/** Up to how many claims a comparable set's moments are compared claim by claim. */
const FEW_CLAIMS = 64;

/**
 * How the moments of a comparable set compare: claim by claim for a few
 * claims, else through the set's timeline.
 * @internal
 */
export function compareMoments(moments: readonly CheckedClaim[][]): MomentComparisons {
  let claims = 0;
  for (const run of moments) claims += run.length;
  return claims <= FEW_CLAIMS ? new FewMoments(moments) : new Timeline(moments);
}

/** The moments of a small set, compared claim by claim. */
class FewMoments implements MomentComparisons {
  constructor(readonly moments: readonly CheckedClaim[][]) {}

  lastDisagreeing(from: number, to: number, claim: CheckedClaim, relation: Relation = "other"): number {
    for (let k = to; k >= from; k--) if (hasPartner(claim, this.moments[k]!, relation)) return k;
    return -1;
  }

  partners(k: number, claims: readonly CheckedClaim[], relation: Relation = "other"): CheckedClaim[] {
    return partnersAmong(this.moments[k]!, claims, relation);
  }

  bridges(k: number, claim: CheckedClaim, r: Span, relation: Relation = "other"): boolean {
    return bridgesAmong(claim, r, this.moments[k]!, relation);
  }
}
