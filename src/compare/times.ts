/**
 * Times as precise as they were written. A claim's time is the run of days
 * its value may hold on: "2005" is some day of 2005, "2025-06/.." some day
 * after May 2025. Two figures describe the same moment only when the times
 * allow it, not merely when their runs of days touch:
 *
 * - a time is **sharp** when any two of its days lie within the property's
 *   window of each other (a day, a week, a month for the default 30 days);
 * - two times are **the same moment** when they overlap and are both sharp,
 *   or are the very same bounded period ("2005" and "2005"; two times open
 *   at one end never are);
 * - a time that is not sharp (a year, an open end) and overlaps another time
 *   that is not the same period **may or may not** be the same moment: the
 *   rules compare it with nothing there, and such a claim is left off the
 *   timeline (it cannot be placed before or after the times it overlaps);
 * - two times apart lie **within the window** of each other only when every
 *   day of one lies within the window of every day of the other.
 */
import type { CheckedClaim } from "../engine/claims.js";
import type { Duration } from "../values/types.js";
import { addDuration } from "../values/duration.js";

/** True when a claim's time is finite and any two of its days lie within `window`. @internal */
export function sharp(claim: CheckedClaim): boolean {
  const time = claim.time;
  return time !== undefined && Number.isFinite(time.lo) && Number.isFinite(time.hi) && time.hi <= addDuration(time.lo, claim.property.window, 1);
}

/** True when two claims' times are the very same bounded run of days. @internal */
export function samePeriod(a: CheckedClaim, b: CheckedClaim): boolean {
  return bounded(a) && bounded(b) && a.time!.lo === b.time!.lo && a.time!.hi === b.time!.hi;
}

/**
 * True when every day of the earlier time and every day of the later one
 * lie within `window` of each other: from the first day of the earlier to
 * the last of the later. @internal
 */
export function allWithin(earlier: { lo: number }, later: { hi: number }, window: Duration): boolean {
  return Number.isFinite(earlier.lo) && Number.isFinite(later.hi) && later.hi <= addDuration(earlier.lo, window, 1);
}

/** The claims of a comparable set by how their times let them be compared. @internal */
export interface Placement {
  /** Dated claims that can be placed on the timeline: sharp ones, and the others whose time overlaps no other period. */
  placed: CheckedClaim[];
  /**
   * Dated claims that cannot: a coarse or open time overlapping another period.
   * Each is compared only with claims of the very same period.
   */
  unplaced: CheckedClaim[];
  /** Claims without a time. */
  undated: CheckedClaim[];
}

/**
 * Sorts a comparable set's claims by how their times let them be compared
 * (see the module comment), each list in the set's order; in O(n log n).
 * @internal
 */
export function placement(set: readonly CheckedClaim[]): Placement {
  const undated: CheckedClaim[] = [];
  const dated: CheckedClaim[] = [];
  for (const claim of set) (claim.time === undefined ? undated : dated).push(claim);
  let coarse = false;
  for (const claim of dated) if (!sharp(claim)) coarse = true;
  if (!coarse) return { placed: dated, unplaced: [], undated };
  // Periods (distinct runs of days) in order of first day, then last: a coarse period is placed when no other period
  // overlaps it. An open period is one only for a single claim: two times open at one end are never "the same period".
  const periods = new Map<string, { lo: number; hi: number; claims: number }>();
  for (const claim of dated) {
    const key = periodKey(claim);
    const period = periods.get(key);
    if (period) period.claims++;
    else periods.set(key, { lo: claim.time!.lo, hi: claim.time!.hi, claims: 1 });
  }
  const order = [...periods.entries()].sort(([, a], [, b]) => a.lo - b.lo || a.hi - b.hi);
  const alone = new Set<string>();
  let reach = -Infinity; // the latest last day of the periods before
  for (let i = 0; i < order.length; i++) {
    const [key, period] = order[i]!;
    const next = order[i + 1]?.[1];
    const finite = Number.isFinite(period.lo) && Number.isFinite(period.hi);
    if ((i === 0 || reach < period.lo) && (next === undefined || next.lo > period.hi) && (finite || period.claims === 1)) alone.add(key);
    if (period.hi > reach) reach = period.hi;
  }
  const placed: CheckedClaim[] = [];
  const unplaced: CheckedClaim[] = [];
  for (const claim of dated) (sharp(claim) || alone.has(periodKey(claim)) ? placed : unplaced).push(claim);
  return { placed, unplaced, undated };
}

/** A claim's period as a key: its first and last day. @internal */
export function periodKey(claim: CheckedClaim): string {
  return `${claim.time!.lo}/${claim.time!.hi}`;
}

/** True when a claim's time is finite at both ends: only such a period can be "the same period" as another. @internal */
export function bounded(claim: CheckedClaim): boolean {
  return claim.time !== undefined && Number.isFinite(claim.time.lo) && Number.isFinite(claim.time.hi);
}
