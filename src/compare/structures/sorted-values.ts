/**
 * Some values of a line sorted twice: by end, so that the values entirely
 * below a value are a prefix, and by start (highest first), so that the
 * values entirely above it are a prefix. Partners of a set of values are
 * then listed in time proportional to how many there are, and "is some
 * value of another document between these two?" is answered in O(log n).
 */
import type { Span } from "../../values/span.js";
import type { Extremes } from "./extremes.js";
import { Extreme } from "./extremes.js";
import type { Order, ValueLine } from "./value-line.js";
import { HIGHEST_END, HIGHEST_START, LOWEST_END, LOWEST_START, sortedBy } from "./value-line.js";
import { boundary } from "../../internal/boundary.js";

/** One order of the values, with the next position from another document at each position. */
interface Sorted {
  values: Int32Array;
  /** `next[p]`: the first position after `p` whose document differs from position `p`'s. */
  next: Int32Array;
}

function sort(line: ValueLine, order: Order, positions: readonly number[]): Sorted {
  const values = sortedBy(line, order, positions);
  const next = new Int32Array(values.length);
  for (let p = values.length - 1; p >= 0; p--) {
    const last = p + 1 === values.length || line.document[values[p + 1]!] !== line.document[values[p]!];
    next[p] = last ? p + 1 : next[p + 1]!;
  }
  return { values, next };
}

/** Visits the values at positions `from` to `to` (excluded) of an order, skipping those of document `except`. */
function each(line: ValueLine, sorted: Sorted, from: number, to: number, except: number, visit: (v: number) => void): void {
  for (let p = from; p < to; ) {
    const v = sorted.values[p]!;
    if (line.document[v] === except) {
      p = sorted.next[p]!;
    } else {
      visit(v);
      p++;
    }
  }
}

/** The first value in one order among consecutive positions of a list: a static segment tree. */
class RangeFirst {
  private readonly nodes: Extreme;
  private readonly found: Extreme;
  private readonly size: number;

  constructor(line: ValueLine, order: Order, values: Int32Array) {
    this.size = values.length;
    this.nodes = new Extreme(line, order, 2 * this.size);
    this.found = new Extreme(line, order);
    values.forEach((v, i) => this.nodes.offer(this.size + i, v));
    for (let k = this.size - 1; k > 0; k--) {
      this.nodes.merge(k, this.nodes, 2 * k);
      this.nodes.merge(k, this.nodes, 2 * k + 1);
    }
  }

  /** The first value at positions `from` to `to` (excluded), from another document than value `v`'s unless `relation` is "any"; -1 when none. */
  first(v: number, from: number, to: number, relation: "other" | "any"): number {
    this.found.clear(0);
    for (let l = from + this.size, r = to + this.size; l < r; l >>= 1, r >>= 1) {
      if (l & 1) this.found.merge(0, this.nodes, l++);
      if (r & 1) this.found.merge(0, this.nodes, --r);
    }
    return this.found.for(0, v, relation);
  }
}

/** @internal */
export class SortedValues {
  /** By end, lowest first: the values below a value are a prefix. */
  private readonly byEnd: Sorted;
  /** By start, highest first: the values above a value are a prefix. */
  private readonly byStart: Sorted;
  private lowestStarts: RangeFirst | undefined;
  private highestEnds: RangeFirst | undefined;

  constructor(
    private readonly line: ValueLine,
    positions: readonly number[],
  ) {
    this.byEnd = sort(line, LOWEST_END, positions);
    this.byStart = sort(line, HIGHEST_START, positions);
  }

  /** How many values lie entirely below value `v`. */
  countBelow(v: number): number {
    return this.endingBelow(this.line.lo[v]!, this.line.loOpen[v]!);
  }

  /** How many values lie entirely above value `v`. */
  countAbove(v: number): number {
    return this.startingAbove(this.line.hi[v]!, this.line.hiOpen[v]!);
  }

  /** How many values end below a start at `lo` (excluded when `loOpen` is 1): a prefix of the end order. */
  private endingBelow(lo: number, loOpen: number): number {
    const { hi, hiOpen } = this.line;
    const values = this.byEnd.values;
    return boundary(0, values.length, (i) => {
      const p = values[i]!;
      return hi[p]! < lo || (hi[p] === lo && (hiOpen[p]! | loOpen) === 1);
    });
  }

  /** How many values start above an end at `hi` (excluded when `hiOpen` is 1): a prefix of the start order. */
  private startingAbove(hi: number, hiOpen: number): number {
    const { lo, loOpen } = this.line;
    const values = this.byStart.values;
    return boundary(0, values.length, (i) => {
      const p = values[i]!;
      return hi < lo[p]! || (hi === lo[p] && (hiOpen | loOpen[p]!) === 1);
    });
  }

  /** How many values are incompatible with value `v`. */
  countIncompatible(v: number): number {
    return this.countBelow(v) + this.countAbove(v);
  }

  /** Calls `visit` with every value incompatible with value `v`: those below it, then those above it. */
  eachIncompatible(v: number, visit: (p: number) => void): void {
    each(this.line, this.byEnd, 0, this.countBelow(v), -1, visit);
    each(this.line, this.byStart, 0, this.countAbove(v), -1, visit);
  }

  /**
   * The values that disagree with at least one of the values summarised by
   * `others` (summary 0) from another document (from any, for "any"), in
   * time proportional to their number.
   */
  partnersOf(others: Extremes, relation: "other" | "any" = "other"): Set<number> {
    const found = new Set<number>();
    const add = (v: number) => found.add(v);
    if (relation === "any") {
      const [top, bottom] = [others.highest.best(0), others.lowest.best(0)];
      if (top >= 0) each(this.line, this.byEnd, 0, this.countBelow(top), -1, add);
      if (bottom >= 0) each(this.line, this.byStart, 0, this.countAbove(bottom), -1, add);
      return found;
    }
    // Below the highest start: every value below the runner-up (from another document than the highest),
    // and between the two, the values whose document differs from the highest's.
    const [top, second] = [others.highest.best(0), others.highest.runnerUp(0)];
    if (top >= 0) {
      const belowSecond = second >= 0 ? this.countBelow(second) : 0;
      each(this.line, this.byEnd, 0, belowSecond, -1, add);
      each(this.line, this.byEnd, belowSecond, this.countBelow(top), this.line.document[top]!, add);
    }
    const [bottom, next] = [others.lowest.best(0), others.lowest.runnerUp(0)];
    if (bottom >= 0) {
      const aboveNext = next >= 0 ? this.countAbove(next) : 0;
      each(this.line, this.byStart, 0, aboveNext, -1, add);
      each(this.line, this.byStart, aboveNext, this.countAbove(bottom), this.line.document[bottom]!, add);
    }
    return found;
  }

  /** True when some value, from another document than value `v`'s (any, for "any"), is incompatible with `v` but overlaps span `r`. */
  bridges(v: number, r: Span, relation: "other" | "any" = "other"): boolean {
    const { lo, hi, loOpen, hiOpen } = this.line;
    // Below `v` and not below `r`: a run of the end order; such a value overlaps `r` unless it starts above it.
    const [fromEnd, toEnd] = [this.endingBelow(r.lo, r.loOpen ? 1 : 0), this.countBelow(v)];
    if (fromEnd < toEnd) {
      this.lowestStarts ??= new RangeFirst(this.line, LOWEST_START, this.byEnd.values);
      const lowest = this.lowestStarts.first(v, fromEnd, toEnd, relation);
      if (lowest >= 0 && !(r.hi < lo[lowest]! || (r.hi === lo[lowest] && (r.hiOpen || loOpen[lowest] === 1)))) return true;
    }
    // Above `v` and not above `r`: a run of the start order; such a value overlaps `r` unless it ends below it.
    const [fromStart, toStart] = [this.startingAbove(r.hi, r.hiOpen ? 1 : 0), this.countAbove(v)];
    if (fromStart < toStart) {
      this.highestEnds ??= new RangeFirst(this.line, HIGHEST_END, this.byStart.values);
      const highest = this.highestEnds.first(v, fromStart, toStart, relation);
      if (highest >= 0 && !(hi[highest]! < r.lo || (hi[highest] === r.lo && (hiOpen[highest] === 1 || r.loOpen)))) return true;
    }
    return false;
  }
}
