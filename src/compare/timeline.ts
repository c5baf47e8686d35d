/**
 * The moments of a comparable set laid end to end on one value line, for the
 * rules that walk the timeline: made once per set by the group's
 * comparison, whichever rule asks first. A segment tree over the moments finds the last one disagreeing with
 * a claim, and each moment's values are sorted at most once, when first
 * asked about.
 */
import type { CheckedClaim } from "../engine/claims.js";
import type { Span } from "../values/span.js";
import { extremesOf } from "./structures/extremes.js";
import type { MomentComparisons, Relation } from "./moment-comparisons.js";
import { MomentTree } from "./structures/moment-tree.js";
import { SortedValues } from "./structures/sorted-values.js";
import { range, ValueLine } from "./structures/value-line.js";

/** @internal */
export class Timeline implements MomentComparisons {
  /** The moments, in time order. */
  readonly moments: readonly CheckedClaim[][];
  /** Their claims, moment after moment. */
  private readonly line: ValueLine;
  /** Moment `j` holds the positions `starts[j]` to `starts[j + 1]` (excluded). */
  private readonly starts: number[];
  /** Each claim's position on the line. */
  private readonly positions = new Map<CheckedClaim, number>();
  private readonly sorted = new Map<number, SortedValues>();
  private tree: MomentTree | undefined;

  constructor(moments: readonly CheckedClaim[][]) {
    this.moments = moments;
    const starts = [0];
    for (const run of this.moments) starts.push(starts[starts.length - 1]! + run.length);
    this.starts = starts;
    this.line = ValueLine.of(this.moments.flat());
    this.line.claims.forEach((claim, v) => this.positions.set(claim, v));
  }

  lastDisagreeing(from: number, to: number, claim: CheckedClaim, relation: Relation = "other"): number {
    this.tree ??= new MomentTree(this.line, this.starts);
    return this.tree.lastDisagreeing(from, to, this.positions.get(claim)!, relation);
  }

  partners(k: number, claims: readonly CheckedClaim[], relation: Relation = "other"): CheckedClaim[] {
    const found = this.sortedValues(k).partnersOf(extremesOf(this.line, claims.map((claim) => this.positions.get(claim)!)), relation);
    return this.line.claimsAt(found);
  }

  bridges(k: number, claim: CheckedClaim, r: Span, relation: Relation = "other"): boolean {
    return this.sortedValues(k).bridges(this.positions.get(claim)!, r, relation);
  }

  /** The values of moment `j`, sorted. */
  private sortedValues(j: number): SortedValues {
    let sorted = this.sorted.get(j);
    if (!sorted) this.sorted.set(j, (sorted = new SortedValues(this.line, range(this.starts[j]!, this.starts[j + 1]!))));
    return sorted;
  }
}
