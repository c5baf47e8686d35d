/**
 * Canonical values: what a claim's `value` (or a date field) means once read.
 * Every value keeps the text it was read from and a display string in the
 * value grammar, so `parseX(display)` gives the same value back.
 */

/** The type of a property, and so of every value it holds. */
export type ValueType = "quantity" | "date" | "boolean" | "text";

/** A set of numbers; `null` is an unbounded end. */
export interface QuantityInterval {
  min: number | null;
  max: number | null;
  minExclusive: boolean;
  maxExclusive: boolean;
}

/** A quantity as written (`900`, `"~1400"`, `">=70"`, `{ "min": 2000 }`) and the interval it denotes. */
export interface QuantityValue {
  type: "quantity";
  /** The input as written: the string itself, or compact JSON for numbers and objects. */
  text: string;
  /** The value in the grammar of DESIGN §2, e.g. `~1400`, `>=70`, `2000..2500`. */
  display: string;
  /** The number written for exact and approximate values. */
  amount?: number;
  /** Set for `~` values: the interval is `amount` ± `approx` × |amount|. */
  approx?: boolean;
  unit?: string;
  /** What the value denotes, after `approx` and the property's `tolerance`. */
  interval: QuantityInterval;
}

/** The precision a date was written with. */
export type DatePrecision = "year" | "half" | "quarter" | "month" | "day" | "interval";

/** A run of days, inclusive, as ISO `YYYY-MM-DD`; `null` is an open end. */
export interface DateInterval {
  start: string | null;
  end: string | null;
}

/** A date as written (`"2025-09"`, `"2026-Q4"`, `"2025-09~"`, `"../2026-09"`) and the days it covers. */
export interface DateValue {
  type: "date";
  text: string;
  display: string;
  precision: DatePrecision;
  /** Set when written with `~` (on an interval: on either end). */
  approximate?: boolean;
  /** The days the value covers, after `~` and the property's `tolerance`. */
  interval: DateInterval;
}

/** `true` or `false`, as read. */
export interface BooleanValue {
  type: "boolean";
  text: string;
  display: string;
  value: boolean;
}

/** Text, compared by its normalised (or alias-resolved) key. */
export interface TextValue {
  type: "text";
  text: string;
  display: string;
  /** The comparison key: the normalised label, or the entity id it resolves to. */
  key: string;
}

/** Any value a claim can state, once read. */
export type Value = QuantityValue | DateValue | BooleanValue | TextValue;

/** An ISO 8601 duration of whole days, weeks, months and years (`P15D`, `P1M`, `P1Y2M`). */
export interface Duration {
  text: string;
  years: number;
  months: number;
  weeks: number;
  days: number;
}

/** How a property reads its values (DESIGN §3). */
export interface ValueSettings {
  /** Relative width of `~` quantities; default 0.1. */
  approx?: number;
  /** Quantities: relative tolerance of exact values (default 0). Dates: a duration (default none). */
  tolerance?: number | Duration;
}

/** The outcome of reading a value: never throws on user input. */
export type ValueResult<V extends Value = Value> =
  | { ok: true; value: V }
  | { ok: false; message: string };
