/**
 * Offline two-dimensional dominance over the values of a line: for every
 * query point, the extremes of the values of the items at or left of it and
 * at or above it. Items at the same point share one summary and queries at
 * the same point one answer; the distinct item points are swept in x order
 * into a Fenwick tree indexed by the rank of their y. With d distinct points
 * (days make them few), n items and m queries take O(n + m + d log d).
 */
import { Extremes } from "./extremes.js";
import type { ValueLine } from "./value-line.js";

/** Values (positions on a line) at points of the plane; coordinates may be infinite. @internal */
export interface Points {
  at: number[];
  x: number[];
  y: number[];
}

/** The values at `positions`, each at (`x(v)`, `y(v)`). @internal */
export function points(positions: readonly number[], x: (v: number) => number, y: (v: number) => number): Points {
  return { at: [...positions], x: positions.map(x), y: positions.map(y) };
}

/** The distinct points of a list, in x order, each with the indexes of the list at it. */
function distinct(points: Points): Array<{ x: number; y: number; members: number[] }> {
  const byX = new Map<number, Map<number, number[]>>();
  for (let i = 0; i < points.at.length; i++) {
    const [x, y] = [points.x[i]!, points.y[i]!];
    let column = byX.get(x);
    if (!column) byX.set(x, (column = new Map()));
    const members = column.get(y);
    if (members) members.push(i);
    else column.set(y, [i]);
  }
  const out: Array<{ x: number; y: number; members: number[] }> = [];
  for (const [x, column] of byX) for (const [y, members] of column) out.push({ x, y, members });
  return out.sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : 0));
}

/** How many of `ys` (sorted, highest first) are at least `y`. */
function countAtLeast(ys: Float64Array, y: number): number {
  let [lo, hi] = [0, ys.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ys[mid]! >= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The positions of the queries for which `test` holds, given the extremes
 * (summary 0 of `found`) of the items with `item.x <= query.x` and
 * `item.y >= query.y`.
 * @internal
 */
export function dominated(
  line: ValueLine,
  items: Points,
  queries: Points,
  test: (v: number, found: Extremes) => boolean,
): number[] {
  const itemPoints = distinct(items);
  const summaries = new Extremes(line, itemPoints.length);
  for (let k = 0; k < itemPoints.length; k++) {
    for (const i of itemPoints[k]!.members) summaries.add(k, items.at[i]!);
  }
  // Distinct ys, highest first: a point's slot is its rank, and "y >= q" is a prefix of the slots.
  const ys = Float64Array.from(new Set(itemPoints.map((point) => point.y))).sort().reverse();
  const atLeast = (y: number) => countAtLeast(ys, y);
  const tree = new Extremes(line, ys.length + 1);
  const found = new Extremes(line);
  const passed: number[] = [];
  let next = 0;
  for (const query of distinct(queries)) {
    for (; next < itemPoints.length && itemPoints[next]!.x <= query.x; next++) {
      for (let k = atLeast(itemPoints[next]!.y); k <= ys.length; k += k & -k) tree.merge(k, summaries, next);
    }
    found.clear(0);
    for (let k = atLeast(query.y); k > 0; k -= k & -k) found.merge(0, tree, k);
    for (const i of query.members) if (test(queries.at[i]!, found)) passed.push(queries.at[i]!);
  }
  return passed;
}
