/**
 * The extremes of sets of values of a line. A value disagrees with some
 * value of a set exactly when it lies below the set's highest start or above
 * its lowest end, so two extremes — each kept with a runner-up from another
 * document — answer "has this claim a disagreeing partner here?" in constant
 * time, and merge in constant time. Summaries are stored flat, many to an
 * array, as positions on the line.
 */
import type { Order, ValueLine } from "./value-line.js";
import { HIGHEST_START, LOWEST_END } from "./value-line.js";

/** Whose document a partner must share: the same, another, or any. @internal */
export type DocumentRelation = "same" | "other" | "any";

/**
 * Summaries of sets of values: for each, the first value in one order, and
 * the first from another document than that one's.
 * @internal
 */
export class Extreme {
  /** Slot `2k`: summary k's first value; slot `2k + 1`: the first from another document than that one's; -1 for none. */
  private readonly slots: Int32Array;

  constructor(
    private readonly line: ValueLine,
    private readonly order: Order,
    count = 1,
  ) {
    this.slots = new Int32Array(2 * count).fill(-1);
  }

  /** Adds value `v` to summary `k`. */
  offer(k: number, v: number): void {
    const document = this.line.document;
    const best = this.slots[2 * k]!;
    if (best < 0 || this.line.precedes(this.order, v, best)) {
      if (best >= 0 && document[best] !== document[v]) this.slots[2 * k + 1] = best;
      this.slots[2 * k] = v;
    } else if (document[v] !== document[best]) {
      const other = this.slots[2 * k + 1]!;
      if (other < 0 || this.line.precedes(this.order, v, other)) this.slots[2 * k + 1] = v;
    }
  }

  /** Adds summary `f` of `from` (same line and order) to summary `k`. */
  merge(k: number, from: Extreme, f: number): void {
    const [best, other] = [from.slots[2 * f]!, from.slots[2 * f + 1]!];
    if (best >= 0) this.offer(k, best);
    if (other >= 0) this.offer(k, other);
  }

  clear(k: number): void {
    this.slots[2 * k] = this.slots[2 * k + 1] = -1;
  }

  /** Summary `k`'s first value; -1 when empty. */
  best(k: number): number {
    return this.slots[2 * k]!;
  }

  /** Summary `k`'s first value from another document than the first's; -1 when none. */
  runnerUp(k: number): number {
    return this.slots[2 * k + 1]!;
  }

  /** Summary `k`'s first value allowed as a partner of value `v`; -1 when none. */
  for(k: number, v: number, relation: "other" | "any"): number {
    const best = this.slots[2 * k]!;
    if (relation === "any" || best < 0 || this.line.document[best] !== this.line.document[v]) return best;
    return this.slots[2 * k + 1]!;
  }
}

/** Summaries of sets of values by their highest start and lowest end. @internal */
export class Extremes {
  readonly highest: Extreme;
  readonly lowest: Extreme;

  constructor(
    private readonly line: ValueLine,
    count = 1,
  ) {
    this.highest = new Extreme(line, HIGHEST_START, count);
    this.lowest = new Extreme(line, LOWEST_END, count);
  }

  add(k: number, v: number): void {
    this.highest.offer(k, v);
    this.lowest.offer(k, v);
  }

  merge(k: number, from: Extremes, f: number): void {
    this.highest.merge(k, from.highest, f);
    this.lowest.merge(k, from.lowest, f);
  }

  clear(k: number): void {
    this.highest.clear(k);
    this.lowest.clear(k);
  }

  /** True when summary `k` holds a value, from a document related as asked, that is incompatible with value `v`. */
  disagrees(k: number, v: number, relation: "other" | "any"): boolean {
    const above = this.highest.for(k, v, relation);
    if (above >= 0 && this.line.below(v, above)) return true;
    const under = this.lowest.for(k, v, relation);
    return under >= 0 && this.line.below(under, v);
  }
}

/** The extremes of the values at some positions, as summary 0. @internal */
export function extremesOf(line: ValueLine, positions: Iterable<number>): Extremes {
  const extremes = new Extremes(line);
  for (const v of positions) extremes.add(0, v);
  return extremes;
}
