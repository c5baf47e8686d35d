/**
 * The values seen so far in a sweep through time, for "has this figure been
 * given before?" in logarithmic time: the union of earlier spans as sorted,
 * disjoint runs (each remembering a claim that gave it), and a set of text keys.
 */
import type { CheckedClaim } from "../engine/claims.js";
import type { Span } from "../engine/span.js";
import { below, overlaps } from "../engine/span.js";

interface Run extends Span {
  /** The earliest-written claim whose value lies in the run. */
  claim: CheckedClaim;
}

export class ValueHistory {
  private readonly runs: Run[] = [];
  private readonly keys = new Map<string, CheckedClaim>();

  /** Remembers a claim's value. */
  add(claim: CheckedClaim): void {
    if (!claim.span) {
      const known = this.keys.get(claim.key);
      if (!known || claim.index < known.index) this.keys.set(claim.key, claim);
      return;
    }
    let merged: Run = { ...claim.span, claim };
    // Runs are disjoint and sorted, so the ones that overlap the new span are contiguous.
    const first = this.firstNotBelow(merged);
    let last = first;
    while (last < this.runs.length && overlaps(this.runs[last]!, merged)) {
      const run = this.runs[last]!;
      merged = {
        lo: Math.min(run.lo, merged.lo),
        loOpen: run.lo < merged.lo ? run.loOpen : run.lo > merged.lo ? merged.loOpen : run.loOpen && merged.loOpen,
        hi: Math.max(run.hi, merged.hi),
        hiOpen: run.hi > merged.hi ? run.hiOpen : run.hi < merged.hi ? merged.hiOpen : run.hiOpen && merged.hiOpen,
        claim: run.claim.index < merged.claim.index ? run.claim : merged.claim,
      };
      last++;
    }
    this.runs.splice(first, last - first, merged);
  }

  /** A remembered claim whose value is compatible with this claim's, if any. */
  compatible(claim: CheckedClaim): CheckedClaim | undefined {
    if (!claim.span) return this.keys.get(claim.key);
    const i = this.firstNotBelow(claim.span);
    const run = this.runs[i];
    return run && overlaps(run, claim.span) ? run.claim : undefined;
  }

  /** Index of the first run not entirely below `span`. */
  private firstNotBelow(span: Span): number {
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (below(this.runs[mid]!, span)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
