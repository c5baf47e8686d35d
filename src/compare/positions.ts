/**
 * Positions: claims whose values agree. Values are intervals, and agreement
 * is not transitive (~900 agrees with 1000..1100 and with 800, which do not
 * agree), so positions are found by stabbing: every claim of a position
 * shares one common value. Greedy stabbing by the lowest upper end gives the
 * fewest positions, in O(n log n).
 */
import type { CheckedClaim } from "../engine/claims.js";
import type { Span } from "../values/span.js";
import { below, overlaps } from "../values/span.js";
import { groupBy } from "../internal/group-by.js";

/** True when two claims' values cannot both be true. @internal */
export function incompatible(a: CheckedClaim, b: CheckedClaim): boolean {
  if (a.span && b.span) return below(a.span, b.span) || below(b.span, a.span);
  return a.key !== b.key;
}

/** The numbers two overlapping spans share. */
function intersect(a: Span, b: Span): Span {
  const lo = a.lo === b.lo ? { lo: a.lo, loOpen: a.loOpen || b.loOpen } : a.lo > b.lo ? a : b;
  const hi = a.hi === b.hi ? { hi: a.hi, hiOpen: a.hiOpen || b.hiOpen } : a.hi < b.hi ? a : b;
  return { lo: lo.lo, loOpen: lo.loOpen, hi: hi.hi, hiOpen: hi.hiOpen };
}

/** The first number of a span, as a span of its own. */
const start = (s: Span): Span => ({ lo: s.lo, hi: s.lo, loOpen: s.loOpen, hiOpen: s.loOpen });

/** Splits claims into sets whose values all agree; each set in document order. @internal */
export function agreeingSets(claims: readonly CheckedClaim[]): CheckedClaim[][] {
  if (claims.length === 1) return [[claims[0]!]]; // most positions: no sorting, no sets
  const spans: CheckedClaim[] = [];
  let keyed: CheckedClaim[] | undefined;
  for (const claim of claims) {
    if (claim.span) spans.push(claim);
    else (keyed ??= []).push(claim);
  }
  const sets = keyed === undefined ? [] : [...groupBy(keyed, (claim) => claim.key).values()];
  const byHi = [...spans].sort((a, b) => a.span!.hi - b.span!.hi || Number(b.span!.hiOpen) - Number(a.span!.hiOpen) || a.index - b.index);
  const byLo = spans.sort((a, b) => a.span!.lo - b.span!.lo || Number(a.span!.loOpen) - Number(b.span!.loOpen) || a.index - b.index);
  const assigned = new Set<CheckedClaim>();
  let pending: CheckedClaim[] = []; // passed by the pointer without joining: candidates for later positions
  let next = 0;
  for (const seed of byHi) {
    if (assigned.has(seed)) continue;
    let common = seed.span!;
    const members = [seed];
    assigned.add(seed);
    const consider = (claim: CheckedClaim): boolean => {
      if (assigned.has(claim)) return true;
      if (!overlaps(claim.span!, common)) return false;
      common = intersect(common, claim.span!);
      members.push(claim);
      assigned.add(claim);
      return true;
    };
    if (pending.length > 0) pending = pending.filter((claim) => !consider(claim));
    while (next < byLo.length && !below(common, start(byLo[next]!.span!))) {
      const claim = byLo[next++]!;
      if (!consider(claim)) pending.push(claim);
    }
    if (members.length > 1) members.sort((a, b) => a.index - b.index);
    sets.push(members);
  }
  return sets;
}

/**
 * Connected runs of claims whose times overlap, in time order: what "at the
 * same time" means for the rules. Undated claims are left out.
 * @internal
 */
export function moments(claims: readonly CheckedClaim[]): CheckedClaim[][] {
  const dated = claims.filter((claim) => claim.time !== undefined);
  dated.sort((a, b) => a.time!.lo - b.time!.lo || a.time!.hi - b.time!.hi || a.index - b.index);
  const runs: CheckedClaim[][] = [];
  let end = -Infinity;
  for (const claim of dated) {
    if (runs.length === 0 || claim.time!.lo > end) {
      runs.push([claim]);
      end = claim.time!.hi;
    } else {
      runs[runs.length - 1]!.push(claim);
      if (claim.time!.hi > end) end = claim.time!.hi;
    }
  }
  return runs;
}
