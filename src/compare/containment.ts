/**
 * Parts above their whole: claims about a part whose value lies entirely
 * above (after, for dates) the value of a claim about its whole, at the same
 * time (or at any time, when time does not matter). One finding per run of
 * the same time; in linear time per run.
 */
import type { CheckedClaim } from "../engine/claims.js";
import { groupBy } from "../internal/group-by.js";
import { below, overlaps } from "../values/span.js";
import { moments } from "./positions.js";
import { bounded, periodKey, placement } from "./times.js";

/** The claims of `parts` and `wholes` in one run, compared as of one time. */
function compare(parts: readonly CheckedClaim[], wholes: readonly CheckedClaim[]): [CheckedClaim[], CheckedClaim[]] | undefined {
  if (parts.length === 0 || wholes.length === 0) return undefined;
  // A part lies above some whole exactly when it lies above the whole that ends lowest (an open end lower at one number);
  // a whole lies below some part exactly when it lies below the part that starts highest.
  let lowest = wholes[0]!;
  for (const whole of wholes) {
    const [a, b] = [whole.span!, lowest.span!];
    if (a.hi < b.hi || (a.hi === b.hi && a.hiOpen && !b.hiOpen)) lowest = whole;
  }
  let highest = parts[0]!;
  for (const part of parts) {
    const [a, b] = [part.span!, highest.span!];
    if (a.lo > b.lo || (a.lo === b.lo && a.loOpen && !b.loOpen)) highest = part;
  }
  const above = parts.filter((part) => below(lowest.span!, part.span!));
  if (above.length === 0) return undefined;
  return [above, wholes.filter((whole) => below(whole.span!, highest.span!))];
}

/**
 * The findings of parts above their whole: for each run of one time (every
 * claim, when `timeless`; else the moments of the claims that can be placed
 * in time, and each period of those that cannot), the parts above some whole
 * and the wholes below some part.
 * @internal
 */
export function partsAbove(
  parts: readonly CheckedClaim[],
  wholes: readonly CheckedClaim[],
  timeless: boolean,
): Array<[CheckedClaim[], CheckedClaim[]]> {
  const isPart = new Set(parts);
  const runs: CheckedClaim[][] = [];
  if (timeless) runs.push([...parts, ...wholes]);
  else {
    const { placed, unplaced } = placement([...parts, ...wholes]);
    runs.push(...moments(placed), ...groupBy(unplaced.filter(bounded), periodKey).values());
  }
  const found: Array<[CheckedClaim[], CheckedClaim[]]> = [];
  for (const run of runs) {
    const [mine, theirs] = [run.filter((claim) => isPart.has(claim)), run.filter((claim) => !isPart.has(claim))];
    const result = timeless || atOneTime(run) ? compare(mine, theirs) : compareOverlapping(mine, theirs);
    if (result) found.push(result);
  }
  return found;
}

/** Whether every claim of a run holds at one common time (a moment can chain claims whose own times do not meet). */
function atOneTime(run: readonly CheckedClaim[]): boolean {
  let [lo, hi] = [-Infinity, Infinity];
  for (const claim of run) {
    if (!claim.time) return false;
    lo = Math.max(lo, claim.time.lo);
    hi = Math.min(hi, claim.time.hi);
  }
  return lo <= hi;
}

/** Up to how many part–whole pairs a chained moment is compared pair by pair. */
const PAIRS = 1 << 16;

/**
 * A chained moment: a part is compared only with wholes whose own times
 * overlap its own, pair by pair. Beyond `PAIRS` pairs the moment is compared
 * as one time (a limit of the rule's page).
 */
function compareOverlapping(parts: readonly CheckedClaim[], wholes: readonly CheckedClaim[]): [CheckedClaim[], CheckedClaim[]] | undefined {
  if (parts.length * wholes.length > PAIRS) return compare(parts, wholes);
  const above = new Set<CheckedClaim>();
  const under = new Set<CheckedClaim>();
  for (const part of parts) {
    for (const whole of wholes) {
      if (!overlaps(part.time!, whole.time!) || !below(whole.span!, part.span!)) continue;
      above.add(part);
      under.add(whole);
    }
  }
  return above.size === 0 ? undefined : [parts.filter((part) => above.has(part)), wholes.filter((whole) => under.has(whole))];
}
