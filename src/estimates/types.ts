/**
 * What the estimation model reads and returns. The checker builds the input
 * from its groups (one item per moment of comparable claims); nothing here
 * depends on the claim-set model, so the model runs on any claims.
 */

/** What a claim does with its value (DESIGN §1). @internal */
export type Modality = "asserted" | "planned" | "denied";

/** How a property's value behaves over time (DESIGN §3). @internal */
export type Temporal = "state" | "cumulative" | "static";

/** The type of a property's values: it decides how values compare. @internal */
export type ValueKind = "quantity" | "date" | "boolean" | "text";

/** A set of numbers (or day numbers); infinite ends are unbounded, as the checker's spans. @internal */
export interface NumberSpan {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/**
 * How a number was written, which decides how it supports nearby values:
 * `exact` (`1400`), `approx` (`~1400`: most at the amount, less towards the
 * ends), `range` (`2000..2500`, a month or a year: evenly inside), `bound`
 * (`>=70`, `<1000`, an open-ended period: most near the bound).
 * @internal
 */
export type NumberForm = "exact" | "approx" | "range" | "bound";

/** A quantity or a date (in day numbers) as the interval it denotes. @internal */
export interface NumberValue {
  kind: "number";
  span: NumberSpan;
  form: NumberForm;
  /** The amount written for `exact` and `approx` values. */
  amount?: number;
  /** The value as the report shows it, e.g. `~1400`, `2025-09`. */
  display: string;
}

/** Text or a boolean: values are equal when their keys are. @internal */
export interface KeyValue {
  kind: "key";
  key: string;
  display: string;
}

/** A claim's value as the model compares it. @internal */
export type EstimateValue = NumberValue | KeyValue;

/** A claim as the model reads it, its value aside (the model is given a way to read it). @internal */
export interface ClaimOf {
  id: string;
  /** Who published the claim. */
  source: string;
  /** Who the figure comes from: the last attribution, else the source. Claims of one origin count once. */
  origin: string;
  /** The article; two values in one document are one origin contradicting itself. */
  document: string;
  modality: Modality;
}

/** One claim of an item. @internal */
export interface EstimateClaim extends ClaimOf {
  value: EstimateValue;
}

/**
 * One moment of comparable claims: a subject, property and scope at one
 * time. Claims of different items never support or contradict each other;
 * their sources' trust is learned across all items.
 * @internal
 */
export interface EstimateItem<C extends ClaimOf = EstimateClaim> {
  /** Unique among the items; estimates are returned under it. */
  key: string;
  type: ValueKind;
  temporal: Temporal;
  /**
   * The property: moments of one property share what is learned of how
   * wrong claims scatter (the number of false values); by default, the type.
   */
  property?: string;
  /**
   * The group the moment belongs to, with `time` (its first day number):
   * moments of one `cumulative` series are estimated so that the estimates
   * never decrease over time.
   */
  series?: string;
  time?: number;
  claims: readonly C[];
}

/** A source's prior: `reliability` (0–1) is its starting trust. @internal */
export interface SourcePrior {
  id: string;
  reliability?: number;
  /** Sources of one kind (`outlet`, `official`, …) share a learned starting trust. */
  kind?: string;
}

/** The best-supported value of an item, for one modality, without the ranking of its candidates. @internal */
export interface BareEstimate {
  /**
   * `asserted` and `planned` estimates are the best value of what is and of
   * what is planned; `denied` is given when an item only has denials: the
   * denied value, with the confidence that it is false.
   */
  modality: Modality;
  value: EstimateValue;
  display: string;
  /** The probability that the value is right, 0–1. */
  confidence: number;
  /** Claims that support it (their values are compatible with it), sorted. */
  claims: string[];
  /** Claims that contradict it (incompatible values, or denials of it), sorted. */
  against: string[];
}

/** The best-supported value of an item, for one modality. @internal */
export interface Estimate extends BareEstimate {
  /**
   * Every candidate value of the moment with its probability, most probable
   * first (ties in canonical value order): the order for the report's positions.
   */
  ranking: RankedValue[];
}

/** A candidate value and the probability that it is right. @internal */
export interface RankedValue {
  value: EstimateValue;
  display: string;
  probability: number;
}

/** The estimates of one item: at most one per modality, `asserted` (or `denied`) first. @internal */
export interface ItemEstimates {
  key: string;
  estimates: Estimate[];
}

/** What the model learned of one source or origin. @internal */
export interface SourceTrust {
  id: string;
  /** The probability that a claim it originates is right, 0–1 (its prior when nothing could be learned). */
  trust: number;
  /** Claims it originates (its own, and those others attribute to it). */
  claims: number;
  /** Of those, claims in items where another origin also spoke that agree with the estimate. */
  agreed: number;
  /** Of those, claims that contradict the estimate. */
  contradicted: number;
  /** Claims it published on another origin's word. */
  relayed: number;
}

/** The model's output: estimates in the order of the items, sources sorted by id. @internal */
export interface Estimates {
  items: ItemEstimates[];
  sources: SourceTrust[];
}
