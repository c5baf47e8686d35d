/**
 * The moments of a comparable set laid end to end on one value line, for the
 * rules that walk the timeline: made once per set, whichever rule asks first.
 * Each moment's own line is a slice of it, and each moment's values are
 * sorted at most once.
 */
import type { CheckedClaim } from "../engine/claims.js";
import { moments } from "../engine/positions.js";
import { SortedValues } from "./_sorted-values.js";
import { lineOf, range, ValueLine } from "./_value-line.js";

export class Timeline {
  /** The moments, in time order. */
  readonly moments: readonly CheckedClaim[][];
  /** Their claims, moment after moment. */
  readonly line: ValueLine;
  /** Moment `j` holds the positions `starts[j]` to `starts[j + 1]` (excluded). */
  readonly starts: readonly number[];
  private readonly sorted = new Map<number, SortedValues>();

  constructor(set: readonly CheckedClaim[]) {
    this.moments = moments(set);
    const starts = [0];
    for (const run of this.moments) starts.push(starts[starts.length - 1]! + run.length);
    this.starts = starts;
    const line = (this.line = ValueLine.of(this.moments.flat()));
    this.moments.forEach((run, j) => lineOf(run, () => line.slice(starts[j]!, starts[j + 1]!, run)));
  }

  /** The positions of moment `j`. */
  positions(j: number): number[] {
    return range(this.starts[j]!, this.starts[j + 1]!);
  }

  /** The values of moment `j`, sorted. */
  sortedValues(j: number): SortedValues {
    let sorted = this.sorted.get(j);
    if (!sorted) this.sorted.set(j, (sorted = new SortedValues(this.line, this.positions(j))));
    return sorted;
  }
}

const timelines = new WeakMap<readonly CheckedClaim[], Timeline>();

/** The timeline of a set of claims that is never modified. */
export function timeline(set: readonly CheckedClaim[]): Timeline {
  let found = timelines.get(set);
  if (!found) timelines.set(set, (found = new Timeline(set)));
  return found;
}
