/**
 * Stale figures: a claim that repeats an older figure after the figures had
 * moved on. A claim of moment `j` is stale when the figures just before it
 * (moment `j - 1`, from any document, its own included) disagree with it,
 * every one of them also disagreeing with an older figure that agrees with
 * it (so the figures moved away from that value, rather than spreading
 * around it), and that older figure lies further back in the timeline —
 * anywhere in the group's earlier history.
 */
import type { CheckedClaim } from "../engine/claims.js";
import { ValueHistory } from "./history.js";
import type { MomentComparisons, Relation } from "./moment-comparisons.js";

/** Why a claim is stale. @internal */
export interface Staleness {
  /** Where the figure it repeats first appeared: the earliest claim, in time, giving a value it agrees with. */
  firstSeen: CheckedClaim;
  /** The moment before the claim's: its figures that disagree with the claim are the newer figures it ignores. */
  previous: number;
}

/**
 * The stale claims of a timeline, and the newer figures they ignore. The
 * newer figures are found for many stale claims at once, never listed claim
 * by claim: a moment of k stale claims before one of m figures would list
 * k × m of them.
 * @internal
 */
export class StaleFigures extends Map<CheckedClaim, Staleness> {
  constructor(private readonly track?: MomentComparisons) {
    super();
  }

  /** The newer figures some of `claims` ignore (those of them that are stale): with `"other"`, only those from another document than the stale claim's. */
  newer(claims: readonly CheckedClaim[], relation: Relation = "any"): CheckedClaim[] {
    const byMoment = new Map<number, CheckedClaim[]>();
    for (const claim of claims) {
      const why = this.get(claim);
      if (why === undefined) continue;
      const same = byMoment.get(why.previous);
      if (same) same.push(claim);
      else byMoment.set(why.previous, [claim]);
    }
    const found = new Set<CheckedClaim>();
    for (const [k, stale] of byMoment) for (const figure of this.track!.partners(k, stale, relation)) found.add(figure);
    return [...found];
  }

  /** Whether some newer figure `claim` ignores is from another document than its own. */
  ignoresOtherDocuments(claim: CheckedClaim): boolean {
    const why = this.get(claim);
    return why !== undefined && this.track!.lastDisagreeing(why.previous, why.previous, claim, "other") >= 0;
  }
}

/** The stale claims of a timeline, in time order. @internal */
export function staleClaims(track: MomentComparisons): StaleFigures {
  const found = new StaleFigures(track);
  const runs = track.moments;
  const history = new ValueHistory(); // every figure of the moments before the previous one
  for (let j = 1; j < runs.length; j++) {
    if (j >= 2) for (const earlier of runs[j - 2]!) history.add(earlier);
    for (const claim of runs[j]!) {
      if (track.lastDisagreeing(j - 1, j - 1, claim, "any") < 0) continue;
      const firstSeen = history.compatible(claim);
      if (!firstSeen) continue;
      // A newer figure that disagrees with the claim but agrees with the older one: the figures spread, not moved.
      if (firstSeen.span && track.bridges(j - 1, claim, firstSeen.span, "any")) continue;
      found.set(claim, { firstSeen, previous: j - 1 });
    }
  }
  return found;
}
