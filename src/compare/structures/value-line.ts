/**
 * The claims of one comparison with their values on one number line, as flat
 * arrays indexed by position: quantities and dates by their span, text and
 * boolean values as points (one per distinct key, so that two keys disagree
 * exactly when their points do), documents as numbers. The helpers that
 * compare many claims work on positions, so they allocate nothing per claim.
 */
import type { CheckedClaim } from "../../engine/claims.js";
import type { Span } from "../../values/span.js";

/** Spans stored flat: position `i` covers `lo[i]`..`hi[i]`, each end excluded when its flag is 1. @internal */
export interface Spans {
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly loOpen: Uint8Array;
  readonly hiOpen: Uint8Array;
}

/** Empty spans for `count` positions. */
function emptySpans(count: number): Spans {
  return { lo: new Float64Array(count), hi: new Float64Array(count), loOpen: new Uint8Array(count), hiOpen: new Uint8Array(count) };
}

/** Stores `span` at position `i`. */
function store(spans: Spans, i: number, span: Span): void {
  spans.lo[i] = span.lo;
  spans.hi[i] = span.hi;
  spans.loOpen[i] = span.loOpen ? 1 : 0;
  spans.hiOpen[i] = span.hiOpen ? 1 : 0;
}

/** Orders of spans: by highest start, lowest end, lowest start or highest end first. @internal */
export const HIGHEST_START = 0;
/** @internal */
export const LOWEST_END = 1;
/** @internal */
export const LOWEST_START = 2;
/** @internal */
export const HIGHEST_END = 3;
/** @internal */
export type Order = typeof HIGHEST_START | typeof LOWEST_END | typeof LOWEST_START | typeof HIGHEST_END;

/**
 * True when span `a` comes before span `b` in `order` (an excluded end
 * counts as further in than an included one at the same number).
 * @internal
 */
export function before(spans: Spans, order: Order, a: number, b: number): boolean {
  const { lo, hi, loOpen, hiOpen } = spans;
  switch (order) {
    case HIGHEST_START:
      return lo[a]! > lo[b]! || (lo[a] === lo[b] && loOpen[a]! > loOpen[b]!);
    case LOWEST_END:
      return hi[a]! < hi[b]! || (hi[a] === hi[b] && hiOpen[a]! > hiOpen[b]!);
    case LOWEST_START:
      return lo[a]! < lo[b]! || (lo[a] === lo[b] && loOpen[a]! < loOpen[b]!);
    case HIGHEST_END:
      return hi[a]! > hi[b]! || (hi[a] === hi[b] && hiOpen[a]! < hiOpen[b]!);
  }
}

/** Comparators for sorting positions in each order. */
const comparators: Record<Order, (spans: Spans) => (a: number, b: number) => number> = {
  [HIGHEST_START]: ({ lo, loOpen }) => (a, b) => lo[b]! - lo[a]! || loOpen[b]! - loOpen[a]!,
  [LOWEST_END]: ({ hi, hiOpen }) => (a, b) => hi[a]! - hi[b]! || hiOpen[b]! - hiOpen[a]!,
  [LOWEST_START]: ({ lo, loOpen }) => (a, b) => lo[a]! - lo[b]! || loOpen[a]! - loOpen[b]!,
  [HIGHEST_END]: ({ hi, hiOpen }) => (a, b) => hi[b]! - hi[a]! || hiOpen[a]! - hiOpen[b]!,
};

/** Positions sorted in `order` (two infinite ends of the same sign compare equal: NaN falls through `||`). @internal */
export function sortedBy(spans: Spans, order: Order, positions: readonly number[]): Int32Array {
  return Int32Array.from(positions).sort(comparators[order](spans));
}

/** True when span `a` lies entirely below span `b` (both of `spans`). @internal */
export function spanBelow(spans: Spans, a: number, b: number): boolean {
  return spans.hi[a]! < spans.lo[b]! || (spans.hi[a] === spans.lo[b] && (spans.hiOpen[a]! | spans.loOpen[b]!) === 1);
}

/** Claims with their values (position `i` is `claims[i]`) and documents. @internal */
export class ValueLine implements Spans {
  private constructor(
    readonly claims: readonly CheckedClaim[],
    readonly lo: Float64Array,
    readonly hi: Float64Array,
    readonly loOpen: Uint8Array,
    readonly hiOpen: Uint8Array,
    /** The claim's document, as a number. */
    readonly document: Int32Array,
  ) {}

  /** The line of some claims. */
  static of(claims: readonly CheckedClaim[]): ValueLine {
    const spans = emptySpans(claims.length);
    const document = new Int32Array(claims.length);
    const points = new Map<string, number>();
    const documents = new Map<string, number>();
    for (let i = 0; i < claims.length; i++) {
      const claim = claims[i]!;
      if (claim.span) {
        store(spans, i, claim.span);
      } else {
        let point = points.get(claim.key);
        if (point === undefined) points.set(claim.key, (point = points.size));
        spans.lo[i] = spans.hi[i] = point;
      }
      let number = documents.get(claim.document);
      if (number === undefined) documents.set(claim.document, (number = documents.size));
      document[i] = number;
    }
    return new ValueLine(claims, spans.lo, spans.hi, spans.loOpen, spans.hiOpen, document);
  }

  get length(): number {
    return this.claims.length;
  }

  /** True when value `a` comes before value `b` in `order`. */
  precedes(order: Order, a: number, b: number): boolean {
    return before(this, order, a, b);
  }

  /** True when value `a` lies entirely below value `b`. */
  below(a: number, b: number): boolean {
    return spanBelow(this, a, b);
  }

  /** True when values `a` and `b` are incompatible. */
  disjoint(a: number, b: number): boolean {
    return spanBelow(this, a, b) || spanBelow(this, b, a);
  }

  /** The claims at the given positions. */
  claimsAt(positions: Iterable<number>): CheckedClaim[] {
    return Array.from(positions, (i) => this.claims[i]!);
  }
}

/** The times of the claims of a line (undated claims get an empty entry, never to be used). @internal */
export function timesOf(line: ValueLine): Spans {
  const times = emptySpans(line.length);
  for (let i = 0; i < line.length; i++) {
    const time = line.claims[i]!.time;
    if (time) store(times, i, time);
  }
  return times;
}

/** The positions `from` to `to` (excluded). @internal */
export function range(from: number, to: number): number[] {
  const positions: number[] = [];
  for (let i = from; i < to; i++) positions.push(i);
  return positions;
}

/** Where the sweeps get the line of a list of claims: made afresh, or kept by a group's comparison (comparison.ts). @internal */
export interface LineSource {
  line(claims: readonly CheckedClaim[]): ValueLine;
}

/** Makes every line afresh. @internal */
export const freshLines: LineSource = { line: (claims) => ValueLine.of(claims) };
