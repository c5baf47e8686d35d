/**
 * Values and times as spans on one number line, so the rules compare
 * quantities and dates with the same few operations. Text and booleans have
 * no span: they compare by key.
 */
import { dayNumberFromIso } from "./days.js";
import type { Value } from "./types.js";

/** A set of numbers (or day numbers); infinite ends are unbounded. */
export interface Span {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** The span of a quantity or date value; `undefined` for text and booleans. @internal */
export function valueSpan(value: Value): Span | undefined {
  if (value.type === "quantity") {
    const { min, max, minExclusive, maxExclusive } = value.interval;
    return {
      lo: min ?? -Infinity,
      hi: max ?? Infinity,
      loOpen: min !== null && minExclusive,
      hiOpen: max !== null && maxExclusive,
    };
  }
  if (value.type === "date") return daySpan(value.interval.start, value.interval.end);
  return undefined;
}

/** The span of days from ISO start to ISO end; `null` ends are open. @internal */
export function daySpan(start: string | null, end: string | null): Span {
  return {
    lo: start === null ? -Infinity : dayNumberFromIso(start),
    hi: end === null ? Infinity : dayNumberFromIso(end),
    loOpen: false,
    hiOpen: false,
  };
}

/** True when every number of `a` lies below every number of `b`. @internal */
export function below(a: Span, b: Span): boolean {
  return a.hi < b.lo || (a.hi === b.lo && (a.hiOpen || b.loOpen));
}

/** True when the spans share a number. @internal */
export function overlaps(a: Span, b: Span): boolean {
  return !below(a, b) && !below(b, a);
}

/** The distance between two spans (0 when they overlap or touch). @internal */
export function distance(a: Span, b: Span): number {
  if (a.hi < b.lo) return b.lo - a.hi;
  if (b.hi < a.lo) return a.lo - b.hi;
  return 0;
}
