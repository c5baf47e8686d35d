/**
 * How much a claim's value supports a candidate value: 1 when the claim
 * implies it, graded inside a hedged or bounded claim's interval, a little
 * for a near miss just outside it, nothing for a value far away or a
 * different key. See docs/estimates.md for the curves and their defaults.
 */
import type { EstimateValue, NumberForm, NumberSpan, NumberValue, ValueKind } from "./types.js";

/** The parameters of the support curves. @internal */
export interface SupportSettings {
  /** The most a claim supports an incompatible value just outside its interval (β). */
  nearSupport: number;
  /** Quantities: the relative gap at which a near miss's support falls by e (s). */
  nearScale: number;
  /** Dates: the gap in days at which a near miss's support falls by e. */
  dateScale: number;
  /** Quantity bounds: the relative distance from the bound at which support falls by e (λ). */
  boundScale: number;
}

/** True when every number of `a` lies below every number of `b`. */
function below(a: NumberSpan, b: NumberSpan): boolean {
  return a.hi < b.lo || (a.hi === b.lo && (a.hiOpen || b.loOpen));
}

/**
 * Whether two spans share a number: the checker's notion of compatible values.
 * @example spansOverlap({ lo: 90, hi: Infinity, loOpen: true, hiOpen: false }, { lo: 90, hi: 90, loOpen: false, hiOpen: false }) // false
 * @internal
 */
export function spansOverlap(a: NumberSpan, b: NumberSpan): boolean {
  return !below(a, b) && !below(b, a);
}

/** Whether `outer` holds every number of `inner`. */
function contains(outer: NumberSpan, inner: NumberSpan): boolean {
  const lo = outer.lo < inner.lo || (outer.lo === inner.lo && (!outer.loOpen || inner.loOpen));
  const hi = outer.hi > inner.hi || (outer.hi === inner.hi && (!outer.hiOpen || inner.hiOpen));
  return lo && hi;
}

/**
 * Whether two values can both be true: overlapping spans, or equal keys.
 * @example compatible(estimateValueOf(parseQuantity(900).value), estimateValueOf(parseQuantity("<1000").value)) // true
 * @internal
 */
export function compatible(a: EstimateValue, b: EstimateValue): boolean {
  if (a.kind === "key") return b.kind === "key" && a.key === b.key;
  return b.kind === "number" && spansOverlap(a.span, b.span);
}

/**
 * The point that stands for a number value: its amount, a range's middle, a bound's end.
 * @example representative(estimateValueOf(parseQuantity("2000..2500").value)) // 2250
 * @internal
 */
export function representative(v: NumberValue): number {
  if (v.amount !== undefined && Number.isFinite(v.amount)) return v.amount;
  const { lo, hi } = v.span;
  if (Number.isFinite(lo) && Number.isFinite(hi)) return lo + (hi - lo) / 2;
  if (Number.isFinite(lo)) return lo;
  if (Number.isFinite(hi)) return hi;
  return 0;
}

/**
 * The width of a number value's span (Infinity when open-ended).
 * @example width(estimateValueOf(parseQuantity("~1400").value)) // 280
 * @internal
 */
export function width(v: NumberValue): number {
  return v.span.hi - v.span.lo;
}

const FORM_RANK: Record<NumberForm, number> = { exact: 0, approx: 1, range: 2, bound: 3 };

/**
 * Ranks forms from the most specific (`exact`) to the least (`bound`).
 * @example formRank("exact") < formRank("approx") // true
 * @internal
 */
export function formRank(form: NumberForm): number {
  return FORM_RANK[form];
}

/** A number that stands for "how big" near `x`, for relative distances; never 0. */
function magnitude(x: number, y: number): number {
  const m = Math.max(Math.abs(x), Math.abs(y));
  return m > 0 ? m : 1;
}

/** Support of a claim value for a point `x` inside its span. */
function membership(c: NumberValue, x: number, type: ValueKind, s: SupportSettings): number {
  switch (c.form) {
    case "exact":
    case "range":
      return 1;
    case "approx": {
      // A bell: 1 at the amount, 1/2 at the ends of the `~` interval.
      const centre = representative(c);
      const half = x >= centre ? c.span.hi - centre : centre - c.span.lo;
      if (!(half > 0) || !Number.isFinite(half)) return 1;
      const r = (x - centre) / half;
      return Math.pow(2, -r * r);
    }
    case "bound": {
      // Most near the bound, fading slowly away from it ("more than 2,000" says little of 20,000).
      if (type === "date") return 1;
      const { lo, hi } = c.span;
      const bound = Number.isFinite(lo) ? lo : hi;
      if (!Number.isFinite(bound)) return 1;
      return Math.exp(-Math.abs(x - bound) / (s.boundScale * magnitude(bound, 0)));
    }
  }
}

/** Support of a claim for an incompatible value at `gap` from it (numbers: `near` is the facing end). */
function nearMiss(gap: number, near: number, far: number, type: ValueKind, s: SupportSettings): number {
  if (!(s.nearSupport > 0)) return 0;
  const scaled = type === "date" ? gap / s.dateScale : gap / (s.nearScale * magnitude(near, far));
  return s.nearSupport * Math.exp(-scaled);
}

/**
 * How much claim value `c` supports candidate value `j`, 0–1: 1 when `c`
 * implies `j` (its interval lies inside `j`'s), the claim's curve at the
 * point of the overlap nearest `j`'s representative when they overlap, a
 * near miss's small support when they do not, and 0 for different keys.
 * @example support(approx1400, exact1500, "quantity", DEFAULT_ESTIMATE_SETTINGS) // ≈ 0.7: inside "~1400", off its amount
 * @internal
 */
export function support(c: EstimateValue, j: EstimateValue, type: ValueKind, s: SupportSettings): number {
  if (c.kind === "key" || j.kind === "key") return c.kind === "key" && j.kind === "key" && c.key === j.key ? 1 : 0;
  const cs = c.span;
  const js = j.span;
  if (cs.lo === cs.hi && js.lo === js.hi) {
    // Two single points, the commonest case.
    if (cs.lo === js.lo) return 1;
    return cs.lo < js.lo ? nearMiss(js.lo - cs.lo, cs.lo, js.lo, type, s) : nearMiss(cs.lo - js.lo, cs.lo, js.lo, type, s);
  }
  if (contains(j.span, c.span)) return 1;
  if (spansOverlap(c.span, j.span)) {
    const lo = Math.max(c.span.lo, j.span.lo);
    const hi = Math.min(c.span.hi, j.span.hi);
    const r = representative(j);
    const x = r < lo ? lo : r > hi ? hi : r;
    return membership(c, x, type, s);
  }
  // Disjoint: the gap between the facing ends.
  if (c.span.hi <= j.span.lo) return nearMiss(j.span.lo - c.span.hi, c.span.hi, j.span.lo, type, s);
  return nearMiss(c.span.lo - j.span.hi, c.span.lo, j.span.hi, type, s);
}
