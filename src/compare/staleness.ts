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
import type { MomentComparisons } from "./moment-comparisons.js";

/** Why a claim is stale. @internal */
export interface Staleness {
  /** Where the figure it repeats first appeared: the earliest claim, in time, giving a value it agrees with. */
  firstSeen: CheckedClaim;
  /** The newer figures it ignores: the claims of the moment before its own that disagree with it. */
  newer: CheckedClaim[];
}

/** The stale claims of a timeline, in time order. @internal */
export function staleClaims(track: MomentComparisons): Map<CheckedClaim, Staleness> {
  const found = new Map<CheckedClaim, Staleness>();
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
      found.set(claim, { firstSeen, newer: track.partners(j - 1, [claim], "any") });
    }
  }
  return found;
}
