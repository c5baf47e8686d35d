/**
 * A segment tree over the moments of a timeline, each node holding the
 * extremes of the values of its moments: the latest moment of a range that
 * holds a value disagreeing with a given claim is found in O(log n).
 */
import { Extremes } from "./extremes.js";
import type { ValueLine } from "./value-line.js";

/** @internal */
export class MomentTree {
  /** Leaves: a power of two, at least one per moment. */
  private readonly leaves: number;
  /** Node `k` has children `2k` and `2k + 1`; leaf `i` is node `leaves + i`. */
  private readonly nodes: Extremes;

  /** Moment `i` holds the values at positions `starts[i]` to `starts[i + 1]` (excluded) of the line. */
  constructor(line: ValueLine, starts: readonly number[]) {
    const count = starts.length - 1;
    let leaves = 1;
    while (leaves < count) leaves *= 2;
    this.leaves = leaves;
    this.nodes = new Extremes(line, 2 * leaves);
    for (let i = 0; i < count; i++) {
      for (let v = starts[i]!; v < starts[i + 1]!; v++) this.nodes.add(leaves + i, v);
    }
    for (let k = leaves - 1; k > 0; k--) {
      this.nodes.merge(k, this.nodes, 2 * k);
      this.nodes.merge(k, this.nodes, 2 * k + 1);
    }
  }

  /**
   * The last moment from `from` to `to` (both included) holding a value that
   * disagrees with value `v` and comes from another document (from any, for
   * "any"); -1 when none does.
   */
  lastDisagreeing(from: number, to: number, v: number, relation: "other" | "any" = "other"): number {
    return this.search(1, 0, this.leaves - 1, from, to, v, relation);
  }

  private search(node: number, lo: number, hi: number, from: number, to: number, v: number, relation: "other" | "any"): number {
    if (hi < from || lo > to || !this.nodes.disagrees(node, v, relation)) return -1;
    if (lo === hi) return lo;
    const mid = (lo + hi) >>> 1;
    const later = this.search(2 * node + 1, mid + 1, hi, from, to, v, relation);
    return later >= 0 ? later : this.search(2 * node, lo, mid, from, to, v, relation);
  }
}
