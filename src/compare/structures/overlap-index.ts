/**
 * Some spans of a table indexed for "which of them overlap this one?":
 * counted in O(log n) and listed in O((1 + k) log n) for k answers. Sorted by
 * start, the spans that do not start after a given span ends are a prefix; a
 * segment tree of the highest end over that order finds those among them
 * that do not end before it starts.
 */
import type { Spans } from "./value-line.js";
import { before, HIGHEST_END, LOWEST_END, LOWEST_START, sortedBy, spanBelow } from "./value-line.js";
import { boundary } from "../../internal/boundary.js";

/** @internal */
export class OverlapIndex {
  /** The positions by start, lowest first. */
  private readonly byStart: Int32Array;
  /** The positions by end, lowest first (for counting). */
  private readonly byEnd: Int32Array;
  /** Leaves: a power of two, at least one per position. */
  private readonly leaves: number;
  /** The position with the highest end under each node (node `k` has children `2k` and `2k + 1`); -1 for none. */
  private readonly highestEnd: Int32Array;

  constructor(
    private readonly spans: Spans,
    positions: readonly number[],
  ) {
    this.byStart = sortedBy(spans, LOWEST_START, positions);
    this.byEnd = sortedBy(spans, LOWEST_END, positions);
    let leaves = 1;
    while (leaves < positions.length) leaves *= 2;
    this.leaves = leaves;
    this.highestEnd = new Int32Array(2 * leaves).fill(-1);
    this.highestEnd.set(this.byStart, leaves);
    for (let k = leaves - 1; k > 0; k--) {
      const [left, right] = [this.highestEnd[2 * k]!, this.highestEnd[2 * k + 1]!];
      this.highestEnd[k] = left < 0 || (right >= 0 && before(spans, HIGHEST_END, right, left)) ? right : left;
    }
  }

  /** How many of the spans overlap span `q` of the table. */
  count(q: number): number {
    // Those that do not start after it ends, less those that end before it starts (which start before it ends).
    return this.startingBy(q) - this.endingBefore(q);
  }

  /** Calls `visit` with every span that overlaps span `q` of the table, in order of start. */
  each(q: number, visit: (p: number) => void): void {
    this.visit(1, 0, this.leaves - 1, this.startingBy(q), q, visit);
  }

  /** How many of the spans do not start after span `q` ends: a prefix of the start order. */
  private startingBy(q: number): number {
    return boundary(0, this.byStart.length, (i) => !spanBelow(this.spans, q, this.byStart[i]!));
  }

  /** How many of the spans end before span `q` starts: a prefix of the end order. */
  private endingBefore(q: number): number {
    return boundary(0, this.byEnd.length, (i) => spanBelow(this.spans, this.byEnd[i]!, q));
  }

  private visit(node: number, lo: number, hi: number, limit: number, q: number, visit: (p: number) => void): void {
    const end = this.highestEnd[node]!;
    if (lo >= limit || end < 0 || spanBelow(this.spans, end, q)) return;
    if (lo === hi) {
      visit(this.byStart[lo]!);
      return;
    }
    const mid = (lo + hi) >>> 1;
    this.visit(2 * node, lo, mid, limit, q, visit);
    this.visit(2 * node + 1, mid + 1, hi, limit, q, visit);
  }
}
