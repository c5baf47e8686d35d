/**
 * The first index in `[from, to)` where `before(i)` is false, by binary
 * search; `before` must be true, then false, along the range.
 * @internal
 */
export function boundary(from: number, to: number, before: (i: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
