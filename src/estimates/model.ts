/**
 * The estimation model: which value of each moment is best supported, and
 * how far each origin can be trusted, learned together by a fixed number of
 * rounds of expectation–maximisation (docs/estimates.md has the equations).
 *
 * Per item and modality, each origin's statements are one unit of evidence
 * (relays of one origin count once). A unit from an origin of trust A adds
 * w · k · ln(n · A / (1 − A)) to a candidate's score, where k is how much
 * its values support the candidate (graded for hedged and bounded values, a
 * little for near misses), n how many false values a wrong claim could have
 * given (learned from how often wrong claims coincide), and w its
 * independence (1, less for origins that repeat another's errors). A denial
 * subtracts the same. The candidates' probabilities are a softmax of the
 * scores beside the mass of the false values nobody named. An origin's trust
 * is then the expected share of its claims that are right: the probability
 * of its value where another origin also spoke, its prior where nobody did
 * (trust is earned by corroboration), shrunk towards the prior.
 */
import { detectCopying, indexCopying, type CopySettings } from "./copying.js";
import { compatible, formRank, representative, support, type SupportSettings, width } from "./support.js";
import type {
  BareEstimate,
  ClaimOf,
  EstimateItem,
  Estimates,
  EstimateValue,
  Modality,
  RankedValue,
  SourcePrior,
  SourceTrust,
} from "./types.js";

/** An item as `fit` reads it: its key, which only settles ties, may be left out. @internal */
export type FitItem<C extends ClaimOf> = Omit<EstimateItem<C>, "key"> & { key?: string };

/** The model's settings; every field has a default (`DEFAULT_ESTIMATE_SETTINGS`). @internal */
export interface EstimateSettings extends SupportSettings, CopySettings {
  /** Starting trust of a source with no `reliability` (and no kind to learn one from). */
  defaultTrust: number;
  /** How many claims the prior weighs in a source's trust (α). */
  priorWeight: number;
  /** Prior number of false values a wrong text, quantity or date claim picks from (n₀); booleans have 1. */
  falseValues: number;
  /** How many pairs of wrong claims the prior n₀ weighs when n is learned (0: never learn n). */
  falseValuesWeight: number;
  /** Rounds of trust and confidence. */
  iterations: number;
  /** Trust never leaves [floor, 1 − floor], so no source is certain or worthless. */
  trustFloor: number;
  /** Penalty (in log-probability) for an estimate of a cumulative series lower than an earlier one. */
  decreasePenalty: number;
}

/**
 * The defaults; docs/estimates.md says why each is what it is.
 * @example estimate(items, { settings: { ...DEFAULT_ESTIMATE_SETTINGS, copyDetection: false } })
 * @internal
 */
export const DEFAULT_ESTIMATE_SETTINGS: Readonly<EstimateSettings> = Object.freeze({
  defaultTrust: 0.8,
  priorWeight: 3,
  falseValues: 100,
  falseValuesWeight: 10,
  iterations: 10,
  trustFloor: 0.01,
  decreasePenalty: 20,
  nearSupport: 0.25,
  nearScale: 0.01,
  dateScale: 30,
  boundScale: 1,
  copyDetection: true,
  copyPrior: 0.2,
  copyRate: 0.8,
  copyMinShared: 1,
  copyMaxSharers: 8,
});

/** Everything the model needs besides the items. @internal */
export interface EstimateOptions {
  /** Priors: `reliability` is a source's starting trust; sources of one `kind` share a learned one. */
  sources?: Iterable<SourcePrior>;
  settings?: Partial<EstimateSettings>;
}

// Sums are made exact, so they do not depend on the order of claims or
// sources: credits are rounded to multiples of 2^-24, supports to multiples
// of 2^-12 and vote strengths to multiples of 2^-16, so each vote is an
// integer multiple of 2^-28 below 2^33 of them, and a million of them add up
// exactly in a double.
const GRID = 2 ** 24;
const snap = (x: number) => Math.round(x * GRID) / GRID;
const SUPPORT_GRID = 2 ** 12;
const STRENGTH_GRID = 2 ** 16;

/** Below this, a claim is taken not to support a candidate at all (half the support grid). */
const NEGLIGIBLE = 2 ** -13;

/** A claim supports at most this many candidates (the nearest), so huge moments stay near-linear. */
const MAX_ENTRIES = 64;

/**
 * The prepared problem, in flat arrays: buckets (the values in play for one
 * item and modality), their units (one per origin and polarity: relays of
 * one origin count once), the candidates each unit supports, and claims.
 * Bucket b's units are `unitStart[b]` to `unitStart[b + 1]`, its claims
 * `claimStart[b]` to `claimStart[b + 1]`, its candidates `candidateStart[b]`
 * to `candidateStart[b + 1]`.
 * @internal
 */
export interface Problem {
  bucketCount: number;
  /** The item of each bucket. */
  bucketItem: Int32Array;
  /** 1 for a bucket of plans, 0 for one of assertions (and denials). */
  bucketPlanned: Uint8Array;
  /** Index of the learned false-value count each bucket uses (-1: booleans, n = 1). */
  bucketDomain: Int32Array;
  /** 1 when a bucket has only denials: its estimate names the value most likely false. */
  denialsOnly: Uint8Array;
  unitStart: Int32Array;
  claimStart: Int32Array;
  /** Every bucket's candidates, from `candidateStart`. */
  candidates: EstimateValue[];
  /** Every bucket's claims, from `claimStart`. */
  claims: ClaimOf[];
  origins: string[];
  unitOrigin: Int32Array;
  unitNegative: Uint8Array;
  /** Entries of unit u: `unitEntryStart[u]` to `unitEntryStart[u + 1]`. */
  unitEntryStart: Int32Array;
  entryCandidate: Int32Array;
  entrySupport: Float32Array;
  entryCompatible: Uint8Array;
  /** Global index of each bucket's first candidate; one more entry holds the total. */
  candidateStart: Int32Array;
  /** The origin of each claim, from `claimStart`. */
  claimOrigin: Int32Array;
  /** The value of each claim, from `claimStart`. */
  claimValue: EstimateValue[];
  /** Index of each item's first bucket; one more entry holds the total. */
  itemBucketStart: Int32Array;
  /** Each item's cumulative series (-1 unless it is a dated moment of one). */
  itemSeries: Int32Array;
  /** The time (first day) and key (when given) of each item of a series, by item: what orders a series. */
  seriesItem: Map<number, { time: number; key: string }>;
}

function clampTrust(x: number, floor: number): number {
  return x < floor ? floor : x > 1 - floor ? 1 - floor : x;
}

/** A structural key of a value: equal keys, equal values. */
function valueIdentity(v: EstimateValue): string {
  if (v.kind === "key") return `k${v.key}`;
  const s = v.span;
  return `n${v.form}|${s.lo}|${s.hi}|${s.loOpen ? 1 : 0}${s.hiOpen ? 1 : 0}|${v.amount ?? ""}`;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The canonical order of values, which settles ties: the more specific
 * first (narrower, then exact before `~`, ranges and bounds), then the
 * smaller, then by display; keys in code-unit order. It never looks at
 * claim ids, sources or input order.
 * @example compareValues(exact(1400), approx(1400)) < 0 // the exact figure first
 * @internal
 */
export function compareValues(a: EstimateValue, b: EstimateValue): number {
  if (a.kind === "key" || b.kind === "key") {
    if (a.kind !== "key") return -1;
    if (b.kind !== "key") return 1;
    return byCodeUnit(a.key, b.key) || byCodeUnit(a.display, b.display);
  }
  const wa = width(a);
  const wb = width(b);
  if (wa !== wb) return wa < wb ? -1 : 1;
  const fa = formRank(a.form);
  const fb = formRank(b.form);
  if (fa !== fb) return fa - fb;
  const ra = representative(a);
  const rb = representative(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  return byCodeUnit(a.display, b.display);
}

function inSpan(x: number, span: { lo: number; hi: number; loOpen: boolean; hiOpen: boolean }): boolean {
  return (x > span.lo || (x === span.lo && !span.loOpen)) && (x < span.hi || (x === span.hi && !span.hiOpen));
}

/** Whether two values are the same (what `valueIdentity` keys), without building keys. */
function sameValue(a: EstimateValue, b: EstimateValue): boolean {
  if (a.kind === "key" || b.kind === "key") return a.kind === "key" && b.kind === "key" && a.key === b.key;
  const x = a.span;
  const y = b.span;
  return (
    a.form === b.form &&
    x.lo === y.lo &&
    x.hi === y.hi &&
    x.loOpen === y.loOpen &&
    x.hiOpen === y.hiOpen &&
    a.amount === b.amount
  );
}

/** Distinct values, each once (the one with the smallest display when written several ways). */
function distinctValues(values: readonly EstimateValue[]): EstimateValue[] {
  const out: EstimateValue[] = [];
  if (values.length <= 16) {
    for (const v of values) {
      let i = 0;
      while (i < out.length && !sameValue(out[i]!, v)) i++;
      if (i === out.length) out.push(v);
      else if (v.display < out[i]!.display) out[i] = v;
    }
    return out;
  }
  const seen = new Map<string, number>();
  for (const v of values) {
    const id = valueIdentity(v);
    const i = seen.get(id);
    if (i === undefined) {
      seen.set(id, out.length);
      out.push(v);
    } else if (v.display < out[i]!.display) out[i] = v;
  }
  return out;
}

/** The candidates of a bucket: every value stated; a range or bound only when no named figure lies inside it. */
function candidatesOf(values: readonly EstimateValue[]): EstimateValue[] {
  const all = distinctValues(values);
  let regions = 0;
  for (const v of all) if (v.kind === "number" && (v.form === "range" || v.form === "bound")) regions++;
  if (regions === 0) return all.length > 1 ? all.sort(compareValues) : all;
  const xs: number[] = [];
  for (const v of all) if (v.kind === "number" && (v.form === "exact" || v.form === "approx")) xs.push(representative(v));
  xs.sort((a, b) => a - b);
  const kept = all.filter((r) => {
    if (r.kind !== "number" || r.form === "exact" || r.form === "approx") return true;
    // Is any named figure inside? The first figure at or above the span's start tells.
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (xs[mid]! < r.span.lo) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < xs.length && xs[i]! <= r.span.hi; i++) if (inSpan(xs[i]!, r.span)) return false;
    return true;
  });
  return kept.sort(compareValues);
}

/** Growable flat arrays. */
class Column<T extends Int32Array | Float64Array | Float32Array | Uint8Array> {
  data: T;
  length = 0;
  constructor(
    private readonly make: (n: number) => T,
    capacity = 1024,
  ) {
    this.data = make(Math.max(capacity, 16));
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
  /** The values pushed (a view of the array, spare room and all: a copy would cost more than the room). */
  done(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/**
 * A list of references made to its size up front: a large list grown one
 * push at a time is copied again and again, each copy a large object the
 * old generation must take.
 */
class Refs<T> {
  data: T[];
  length = 0;
  constructor(capacity: number) {
    this.data = new Array<T>(capacity);
  }
  push(x: T): void {
    this.data[this.length++] = x;
  }
  done(): T[] {
    this.data.length = this.length;
    return this.data;
  }
}

/** The candidates a value can support, found without looking at every candidate of a large moment. */
class CandidateIndex {
  private readonly keys = new Map<string, number>();
  /** Number candidates by representative point (ties by candidate order). */
  private readonly xs: Float64Array;
  private readonly js: Int32Array;

  constructor(readonly candidates: readonly EstimateValue[]) {
    const numbers: { x: number; j: number }[] = [];
    candidates.forEach((c, j) => {
      if (c.kind === "key") this.keys.set(c.key, j);
      else numbers.push({ x: representative(c), j });
    });
    numbers.sort((a, b) => a.x - b.x || a.j - b.j);
    this.xs = Float64Array.from(numbers, (n) => n.x);
    this.js = Int32Array.from(numbers, (n) => n.j);
  }

  /** The first position whose point is at least `x` (or above it, when `strict`). */
  private bound(x: number, strict: boolean): number {
    let lo = 0;
    let hi = this.xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.xs[mid]! < x || (strict && this.xs[mid] === x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Candidates that `v` may support, in candidate order: those whose point
   * lies within `reach` of it, at most MAX_ENTRIES of them (the nearest).
   */
  near(v: EstimateValue, reach: (v: EstimateValue) => { lo: number; hi: number }): number[] {
    if (v.kind === "key") {
      const j = this.keys.get(v.key);
      return j === undefined ? [] : [j];
    }
    const { lo, hi } = reach(v);
    const a = this.bound(lo, false);
    const b = this.bound(hi, true);
    const found: number[] = [];
    if (b - a <= MAX_ENTRIES) {
      for (let i = a; i < b; i++) found.push(this.js[i]!);
    } else {
      // The nearest to the value's own point, widening one step at a time.
      const x = representative(v);
      let left = Math.min(Math.max(this.bound(x, false), a), b) - 1;
      let right = left + 1;
      while (found.length < MAX_ENTRIES) {
        const takeLeft = left >= a && (right >= b || x - this.xs[left]! <= this.xs[right]! - x);
        if (takeLeft) found.push(this.js[left--]!);
        else found.push(this.js[right++]!);
      }
    }
    return found.sort((p, q) => p - q);
  }
}

/** How far from its span a value can still support a candidate (beyond, support is negligible). */
function reachOf(s: SupportSettings, type: EstimateItem["type"]) {
  const fade = Math.log(Math.max(s.nearSupport, NEGLIGIBLE) / NEGLIGIBLE); // e-folds until negligible
  return (v: EstimateValue): { lo: number; hi: number } => {
    if (v.kind === "key") return { lo: 0, hi: 0 };
    const { lo, hi } = v.span;
    if (type === "date") {
      const d = fade * s.dateScale;
      return { lo: lo - d, hi: hi + d };
    }
    const boundFade = Math.log(1 / NEGLIGIBLE) * s.boundScale;
    const grow = (x: number, f: number) => Math.abs(x) * f + f;
    const near = fade * s.nearScale;
    // A bound's support inside its span fades with distance from the bound.
    const loEnd = Number.isFinite(lo) ? lo - grow(lo, near) : Number.isFinite(hi) ? hi - grow(hi, boundFade) : -Infinity;
    const hiEnd = Number.isFinite(hi) ? hi + grow(hi, near) : Number.isFinite(lo) ? lo + grow(lo, boundFade) : Infinity;
    return { lo: loEnd, hi: hiEnd };
  };
}

interface Prepared {
  problem: Problem;
  /** Per bucket: the domain (property) whose false-value count it uses, as an index into `domains`. */
  domains: string[];
}

/**
 * Reads the items into flat arrays, one at a time: items may be made as
 * they are read (a generator), so that none of them outlives its turn.
 * `claimTotal` (how many claims the items have, about) sizes the arrays.
 */
function prepare<C extends ClaimOf>(items: Iterable<FitItem<C>>, valueOf: (claim: C) => EstimateValue, s: EstimateSettings, claimTotal = 1024): Prepared {
  const originIndex = new Map<string, number>();
  const origins: string[] = [];
  const internOrigin = (id: string) => {
    let i = originIndex.get(id);
    if (i === undefined) {
      i = origins.length;
      originIndex.set(id, i);
      origins.push(id);
    }
    return i;
  };
  const domainIndex = new Map<string, number>();
  const domains: string[] = [];
  // Sized for the common case (about two candidates a claim supports), grown when needed.
  const unitOrigin = new Column((n) => new Int32Array(n), claimTotal);
  const unitNegative = new Column((n) => new Uint8Array(n), claimTotal);
  const unitEntryStart = new Column((n) => new Int32Array(n), claimTotal + 1);
  const entryCandidate = new Column((n) => new Int32Array(n), 2 * claimTotal);
  // Supports are multiples of 2^-12 in [0, 1]: a float holds them exactly.
  const entrySupport = new Column((n) => new Float32Array(n), 2 * claimTotal);
  const entryCompatible = new Column((n) => new Uint8Array(n), 2 * claimTotal);
  const candidateStart = new Column((n) => new Int32Array(n), claimTotal + 1);
  const claimOrigin = new Column((n) => new Int32Array(n), claimTotal);
  const claimValue = new Refs<EstimateValue>(claimTotal);
  const claimRefs = new Refs<ClaimOf>(claimTotal);
  const allCandidates = new Refs<EstimateValue>(claimTotal);
  const itemBucketStart = new Column((n) => new Int32Array(n), claimTotal + 1);
  const seriesItem = new Map<number, { time: number; key: string }>();
  const itemSeries = new Column((n) => new Int32Array(n), claimTotal);
  const seriesIndex = new Map<string, number>();
  const bucketItem = new Column((n) => new Int32Array(n), claimTotal);
  const bucketPlanned = new Column((n) => new Uint8Array(n), claimTotal);
  const bucketDomain = new Column((n) => new Int32Array(n), claimTotal);
  const denialsOnlyOf = new Column((n) => new Uint8Array(n), claimTotal);
  const unitStart = new Column((n) => new Int32Array(n), claimTotal + 1);
  const claimStart = new Column((n) => new Int32Array(n), claimTotal + 1);
  let candidateCount = 0;
  const reaches = new Map<string, ReturnType<typeof reachOf>>();

  // Scratch lists, reused from bucket to bucket.
  const stated: EstimateValue[] = [];
  const unitOf: number[] = [];
  const unitNeg: number[] = [];
  const claimUnit: number[] = [];
  const unitValuesScratch: EstimateValue[] = [];
  /** A bucket of one claim (most are): one unit, whose value is the one candidate. The same as `addBucket` gives, sooner. */
  const addAlone = (item: FitItem<C>, itemIndex: number, domain: number, modality: "asserted" | "planned", claim: C) => {
    const value = valueOf(claim);
    const origin = internOrigin(claim.origin);
    const negative = claim.modality === "denied" ? 1 : 0;
    bucketItem.push(itemIndex);
    bucketPlanned.push(modality === "planned" ? 1 : 0);
    bucketDomain.push(domain);
    denialsOnlyOf.push(negative);
    unitStart.push(unitOrigin.length);
    claimStart.push(claimOrigin.length);
    claimOrigin.push(origin);
    claimValue.push(value);
    claimRefs.push(claim);
    allCandidates.push(value);
    candidateStart.push(candidateCount);
    unitOrigin.push(origin);
    unitNegative.push(negative);
    unitEntryStart.push(entryCandidate.length);
    const k = support(value, value, item.type, s);
    const compat = compatible(value, value);
    if (k > NEGLIGIBLE || compat) {
      entryCandidate.push(candidateCount);
      entrySupport.push(Math.round(k * SUPPORT_GRID) / SUPPORT_GRID);
      entryCompatible.push(compat ? 1 : 0);
    }
    candidateCount += 1;
  };
  const addBucket = (item: FitItem<C>, itemIndex: number, domain: number, modality: "asserted" | "planned", claims: readonly C[]) => {
    if (claims.length === 1) return addAlone(item, itemIndex, domain, modality, claims[0]!);
    let reach = reaches.get(item.type);
    if (reach === undefined) reaches.set(item.type, (reach = reachOf(s, item.type)));
    const first = claimOrigin.length;
    stated.length = 0;
    for (const c of claims) {
      const value = valueOf(c);
      claimOrigin.push(internOrigin(c.origin));
      claimValue.push(value);
      claimRefs.push(c);
      if (c.modality !== "denied") stated.push(value);
    }
    const denialsOnly = stated.length === 0;
    // One value stated (the common case): the scratch list holds it, as candidates are copied out below.
    const candidates = stated.length === 1 ? stated : candidatesOf(denialsOnly ? claimValue.data.slice(first, claimValue.length) : stated);
    const index = candidates.length > 32 ? new CandidateIndex(candidates) : undefined;
    bucketItem.push(itemIndex);
    bucketPlanned.push(modality === "planned" ? 1 : 0);
    bucketDomain.push(domain);
    denialsOnlyOf.push(denialsOnly ? 1 : 0);
    unitStart.push(unitOrigin.length);
    claimStart.push(first);
    for (const candidate of candidates) allCandidates.push(candidate);
    candidateStart.push(candidateCount);
    // One unit per origin and polarity: relays of one origin count once.
    unitOf.length = 0;
    unitNeg.length = 0;
    claimUnit.length = 0;
    const lookup = claims.length > 16 ? new Map<number, number>() : undefined;
    for (let k = 0; k < claims.length; k++) {
      const o = claimOrigin.data[first + k]!;
      const negative = claims[k]!.modality === "denied" ? 1 : 0;
      let u = -1;
      if (lookup) u = lookup.get(o * 2 + negative) ?? -1;
      else {
        for (let i = 0; i < unitOf.length; i++) {
          if (unitOf[i] === o && unitNeg[i] === negative) {
            u = i;
            break;
          }
        }
      }
      if (u < 0) {
        u = unitOf.length;
        unitOf.push(o);
        unitNeg.push(negative);
        lookup?.set(o * 2 + negative, u);
      }
      claimUnit.push(u);
    }
    let claimsOfUnit: number[][] | undefined;
    if (lookup) {
      claimsOfUnit = unitOf.map(() => []);
      for (let k = 0; k < claims.length; k++) claimsOfUnit[claimUnit[k]!]!.push(k);
    }
    for (let u = 0; u < unitOf.length; u++) {
      unitOrigin.push(unitOf[u]!);
      unitNegative.push(unitNeg[u]!);
      unitEntryStart.push(entryCandidate.length);
      unitValuesScratch.length = 0;
      if (claimsOfUnit) for (const k of claimsOfUnit[u]!) unitValuesScratch.push(claimValue.data[first + k]!);
      else for (let k = 0; k < claims.length; k++) if (claimUnit[k] === u) unitValuesScratch.push(claimValue.data[first + k]!);
      const values = unitValuesScratch.length > 1 ? distinctValues(unitValuesScratch) : unitValuesScratch;
      let near: number[] | undefined;
      if (index && values.length === 1) near = index.near(values[0]!, reach);
      else if (index) {
        const found = new Set<number>();
        for (const v of values) for (const j of index.near(v, reach)) found.add(j);
        near = [...found].sort((a, b) => a - b);
      }
      const count = near ? near.length : candidates.length;
      for (let n = 0; n < count; n++) {
        const j = near ? near[n]! : n;
        const candidate = candidates[j]!;
        let k = 0;
        let compat = false;
        for (const v of values) {
          k += support(v, candidate, item.type, s);
          if (!compat && compatible(v, candidate)) compat = true;
        }
        k /= values.length;
        if (k > NEGLIGIBLE || compat) {
          entryCandidate.push(candidateCount + j);
          entrySupport.push(Math.round(k * SUPPORT_GRID) / SUPPORT_GRID);
          entryCompatible.push(compat ? 1 : 0);
        }
      }
    }
    candidateCount += candidates.length;
  };

  let itemIndex = 0;
  for (const item of items) {
    itemBucketStart.push(bucketItem.length);
    // The cumulative series the item belongs to (-1: none), for estimates that never decrease.
    let series = -1;
    if (item.temporal === "cumulative" && item.series !== undefined && item.time !== undefined) {
      series = seriesIndex.get(item.series) ?? -1;
      if (series < 0) seriesIndex.set(item.series, (series = seriesIndex.size));
      seriesItem.set(itemIndex, { time: item.time, key: item.key ?? "" });
    }
    itemSeries.push(series);
    let domain = -1;
    if (item.type !== "boolean") {
      const name = item.property ?? `(${item.type})`;
      domain = domainIndex.get(name) ?? -1;
      if (domain < 0) {
        domain = domains.length;
        domainIndex.set(name, domain);
        domains.push(name);
      }
    }
    let asserted = false;
    let planned = false;
    for (const c of item.claims) {
      if (c.modality === "planned") planned = true;
      else asserted = true;
    }
    if (asserted) addBucket(item, itemIndex, domain, "asserted", planned ? item.claims.filter((c) => c.modality !== "planned") : item.claims);
    if (planned) addBucket(item, itemIndex, domain, "planned", asserted ? item.claims.filter((c) => c.modality === "planned") : item.claims);
    itemIndex++;
  }
  unitEntryStart.push(entryCandidate.length);
  candidateStart.push(candidateCount);
  itemBucketStart.push(bucketItem.length);
  unitStart.push(unitOrigin.length);
  claimStart.push(claimOrigin.length);
  return {
    problem: {
      bucketCount: bucketItem.length,
      bucketItem: bucketItem.done(),
      bucketPlanned: bucketPlanned.done(),
      bucketDomain: bucketDomain.done(),
      denialsOnly: denialsOnlyOf.done(),
      unitStart: unitStart.done(),
      claimStart: claimStart.done(),
      candidates: allCandidates.done(),
      claims: claimRefs.done(),
      origins,
      unitOrigin: unitOrigin.done(),
      unitNegative: unitNegative.done(),
      unitEntryStart: unitEntryStart.done(),
      entryCandidate: entryCandidate.done(),
      entrySupport: entrySupport.done(),
      entryCompatible: entryCompatible.done(),
      candidateStart: candidateStart.done(),
      claimOrigin: claimOrigin.done(),
      claimValue: claimValue.done(),
      itemBucketStart: itemBucketStart.done(),
      seriesItem,
      itemSeries: itemSeries.done(),
    },
    domains,
  };
}

/** n of a bucket: 1 for booleans, else its domain's learned count. */
function falseValuesOf(p: Problem, b: number, learned: Float64Array): number {
  const domain = p.bucketDomain[b]!;
  return domain < 0 ? 1 : learned[domain]!;
}

/** Scores of the candidates of the buckets `which` (all when undefined): the sum of the units' votes w · k · ln(n · A / (1 − A)), denials negative. */
function scoresOf(p: Problem, which: Int32Array | undefined, trust: Float64Array, weight: Float64Array | undefined, learned: Float64Array, score: Float64Array): Float64Array {
  // ln(A / (1 − A)) once per origin, ln n once per domain.
  const logit = new Float64Array(trust.length);
  for (let o = 0; o < trust.length; o++) logit[o] = Math.log(trust[o]! / (1 - trust[o]!));
  const logLearned = learned.map(Math.log);
  const scale = 1 / (STRENGTH_GRID * SUPPORT_GRID);
  const count = which === undefined ? p.bucketCount : which.length;
  for (let i = 0; i < count; i++) {
    const b = which === undefined ? i : which[i]!;
    const domain = p.bucketDomain[b]!;
    const logN = domain < 0 ? 0 : logLearned[domain]!;
    const first = p.candidateStart[b]!;
    const last = p.candidateStart[b + 1]!;
    for (let j = first; j < last; j++) score[j] = 0;
    for (let u = p.unitStart[b]!; u < p.unitStart[b + 1]!; u++) {
      const strength = Math.round((p.unitNegative[u] ? -1 : 1) * (weight === undefined ? 1 : weight[u]!) * (logN + logit[p.unitOrigin[u]!]!) * STRENGTH_GRID);
      for (let e = p.unitEntryStart[u]!; e < p.unitEntryStart[u + 1]!; e++) {
        const j = p.entryCandidate[e]!;
        score[j] = score[j]! + strength * (p.entrySupport[e]! * SUPPORT_GRID);
      }
    }
    for (let j = first; j < last; j++) score[j] = score[j]! * scale;
  }
  return score;
}

/**
 * The probabilities of a bucket's candidates: P(j) = e^{s_j} / (Σ e^{s_i} +
 * rest), where the rest, n + 1 − |candidates| false values nobody named,
 * each has score 0. Returns the most probable candidate (global index; ties
 * to the first in canonical order).
 */
function posterior(p: Problem, score: Float64Array, b: number, n: number, out: Float64Array): number {
  const start = p.candidateStart[b]!;
  const count = p.candidateStart[b + 1]! - start;
  let shift = 0; // the score of the values nobody named
  let best = start;
  for (let j = start; j < start + count; j++) {
    if (score[j]! > shift) shift = score[j]!;
    if (score[j]! > score[best]!) best = j;
  }
  let sum = Math.max(n + 1 - count, 0) * Math.exp(-shift);
  for (let j = start; j < start + count; j++) {
    const e = Math.exp(score[j]! - shift);
    out[j] = e;
    sum += e;
  }
  for (let j = start; j < start + count; j++) out[j] = out[j]! / sum;
  return best;
}

/** The most probable candidate (for denials only, the least); ties go to the first in canonical order. */
function bestCandidate(p: Problem, b: number, probability: Float64Array): number {
  const start = p.candidateStart[b]!;
  const count = p.candidateStart[b + 1]! - start;
  const lowest = p.denialsOnly[b] === 1;
  let best = -1;
  for (let j = 0; j < count; j++) {
    const x = probability[start + j]!;
    if (best < 0 || (lowest ? x < probability[start + best]! : x > probability[start + best]!)) best = j;
  }
  return best;
}

/** Adds the pairs of wrong claims of one moment, and those that coincide, to their domain's counts. */
function countCollisions(wrongValues: number[], domain: number, same: Float64Array, total: Float64Array): void {
  const wrong = wrongValues.length;
  total[domain] = total[domain]! + (wrong * (wrong - 1)) / 2;
  let pairs = 0;
  if (wrong <= 16) {
    for (let i = 0; i < wrong; i++) for (let j = i + 1; j < wrong; j++) if (wrongValues[i] === wrongValues[j]) pairs++;
  } else {
    wrongValues.sort((x, y) => x - y);
    for (let i = 0; i < wrong; ) {
      let j = i + 1;
      while (j < wrong && wrongValues[j] === wrongValues[i]) j++;
      pairs += ((j - i) * (j - i - 1)) / 2;
      i = j;
    }
  }
  same[domain] = same[domain]! + pairs;
}

/**
 * How many false values a wrong claim picks from, per domain: the inverse of
 * how often two wrong claims of one moment coincide, with n₀ as prior
 * (Accu's n, learned: copied and common errors make it small, scattered
 * errors large). Wrong claims are those incompatible with the current
 * estimate, counted in moments of at least three origins.
 */
function falseValueCounts(same: Float64Array, total: Float64Array, s: EstimateSettings): Float64Array {
  const n = new Float64Array(same.length);
  const w = s.falseValuesWeight;
  for (let d = 0; d < same.length; d++) {
    n[d] = w > 0 ? Math.max((total[d]! + w) / (same[d]! + w / s.falseValues), 1) : s.falseValues;
  }
  return n;
}

/**
 * The estimates of a cumulative series: each moment's most probable value
 * such that the series never decreases, found by dynamic programming over
 * the moments in time order; a decrease costs `decreasePenalty` (so one is
 * kept only when every choice needs it). Returns the chosen candidate per bucket.
 */
function monotoneChoices(p: Problem, buckets: number[], probability: Float64Array, penalty: number): Map<number, number> {
  type Step = { b: number; options: { j: number; x: number; score: number; from: number }[] };
  const steps: Step[] = [];
  for (const b of buckets) {
    const start = p.candidateStart[b]!;
    const options = p.candidates.slice(start, p.candidateStart[b + 1]!).map((c, j) => ({
      j,
      x: c.kind === "number" ? representative(c) : 0,
      score: Math.log(Math.max(probability[start + j]!, 1e-300)),
      from: -1,
    }));
    const previous = steps[steps.length - 1];
    if (previous !== undefined) {
      // Best earlier total at or below each x (a prefix maximum over the earlier options sorted by x).
      const sorted = [...previous.options.keys()].sort((a, c) => previous.options[a]!.x - previous.options[c]!.x || a - c);
      const prefix: number[] = [];
      let bestAll = -1;
      for (const i of sorted) {
        const last = prefix[prefix.length - 1];
        prefix.push(last === undefined || previous.options[i]!.score > previous.options[last]!.score ? i : last);
        if (bestAll < 0 || previous.options[i]!.score > previous.options[bestAll]!.score) bestAll = i;
      }
      for (const option of options) {
        let lo = 0;
        let hi = sorted.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (previous.options[sorted[mid]!]!.x <= option.x) lo = mid + 1;
          else hi = mid;
        }
        const up = lo > 0 ? prefix[lo - 1]! : -1;
        const upScore = up >= 0 ? previous.options[up]!.score : -Infinity;
        const downScore = previous.options[bestAll]!.score - penalty;
        option.from = upScore >= downScore ? up : bestAll;
        option.score += Math.max(upScore, downScore);
      }
    }
    steps.push({ b, options });
  }
  const chosen = new Map<number, number>();
  if (steps.length === 0) return chosen;
  const last = steps[steps.length - 1]!;
  let pick = 0;
  for (let i = 1; i < last.options.length; i++) if (last.options[i]!.score > last.options[pick]!.score) pick = i;
  for (let k = steps.length - 1; k >= 0; k--) {
    const option = steps[k]!.options[pick]!;
    chosen.set(steps[k]!.b, option.j);
    pick = option.from;
  }
  return chosen;
}

/**
 * Estimates every item and the trust of every source and origin.
 * Deterministic: the result does not depend on the order of the items, of
 * their claims or of the sources, nor on the names of sources.
 * @example
 * const { items, sources } = estimate([{ key: "troops@2025-04", type: "quantity", temporal: "state", claims }]);
 * items[0].estimates[0] // { modality: "asserted", display: "~1400", confidence: 0.93, claims: [...], against: [...] }
 * @internal
 */
export function estimate(items: readonly EstimateItem[], options: EstimateOptions = {}): Estimates {
  let claims = 0;
  for (const item of items) claims += item.claims.length;
  const fitted = fit(items, (claim) => claim.value, { ...options, claims });
  return {
    items: items.map((item, i) => {
      const estimates = fitted.estimatesOf(i);
      const rankings = fitted.rankingsOf(i);
      return { key: item.key, estimates: estimates.map((found, k) => ({ ...found, ranking: rankings[k]!.ranking })) };
    }),
    sources: fitted.sources,
  };
}

/**
 * What `fit` learned: the sources' trust, and each item's estimates, made
 * when asked for (a large claim set's estimates need not all live at once).
 * @internal
 */
export interface Fitted<C extends ClaimOf = ClaimOf> {
  /** Every source and origin, sorted by id. */
  sources: SourceTrust[];
  /** The estimates of item `i` (as `estimate` gives them, without the rankings). */
  estimatesOf(i: number): BareEstimate[];
  /** The ranking of each estimate of item `i`, in the order of `estimatesOf(i)`, with the estimate's modality. */
  rankingsOf(i: number): { modality: Modality; ranking: RankedValue[] }[];
  /** The claims of item `i` (those of what is, then those of what is planned). */
  claimsOf(i: number): C[];
}

/**
 * The model run over items of any claims, whose values `valueOf` reads
 * (`estimate` is this with claims that carry their value). Items are read
 * once, in order, and not kept: they may be made as they are read. `claims`
 * (about how many the items have) sizes the model's arrays. The sources'
 * trust is computed now; the estimates when asked for.
 * @internal
 */
export function fit<C extends ClaimOf>(
  items: Iterable<FitItem<C>>,
  valueOf: (claim: C) => EstimateValue,
  options: EstimateOptions & { claims?: number } = {},
): Fitted<C> {
  const s: EstimateSettings = { ...DEFAULT_ESTIMATE_SETTINGS, ...options.settings };
  const reliability = new Map<string, number>();
  const kinds = new Map<string, string>();
  for (const source of options.sources ?? []) {
    if (typeof source.kind === "string") kinds.set(source.id, source.kind);
    if (typeof source.reliability === "number" && Number.isFinite(source.reliability)) reliability.set(source.id, source.reliability);
  }
  const { problem: p, domains } = prepare(items, valueOf, s, options.claims);
  const origins = p.origins.length;
  const declared = p.origins.map((id) => reliability.has(id));
  const kindOf = p.origins.map((id) => kinds.get(id));
  const prior = Float64Array.from(p.origins, (id) => clampTrust(reliability.get(id) ?? s.defaultTrust, s.trustFloor));
  let trust: Float64Array = Float64Array.from(prior);
  // Each unit's independence; undefined, every unit's is 1 (no origin repeats another until copying is found).
  let weight: Float64Array | undefined;
  let learned: Float64Array = new Float64Array(domains.length).fill(s.falseValues);
  const probability = new Float64Array(p.candidateStart[p.bucketCount]!);

  const buckets = p.bucketCount;
  const best = new Int32Array(buckets);
  const copyIndex = s.copyDetection ? indexCopying(p, s) : undefined;
  // Which origins' claims are checked by another origin does not change from round to round.
  const checked = new Float64Array(origins);
  const unchecked = new Float64Array(origins);
  for (let b = 0; b < buckets; b++) {
    const alone = p.unitStart[b + 1]! - p.unitStart[b]! < 2;
    for (let u = p.unitStart[b]!; u < p.unitStart[b + 1]!; u++) {
      const o = p.unitOrigin[u]!;
      if (alone) unchecked[o] = unchecked[o]! + 1;
      else checked[o] = checked[o]! + 1;
    }
  }

  // Scores and probabilities share one array: a bucket's probabilities are made from its scores
  // (posterior reads each score before writing its probability) and are read before its next scores.
  const score = probability;
  const credit = new Float64Array(origins);
  // Rounds only look at buckets where several units speak: where one speaks alone nothing is learned
  // (its claims count at the prior, below), and its estimate is computed once, at the end.
  const shared: number[] = [];
  for (let b = 0; b < buckets; b++) if (p.unitStart[b + 1]! - p.unitStart[b]! > 1) shared.push(b);
  const several = Int32Array.from(shared);
  let next: Float64Array = new Float64Array(origins);
  const copyWeight = copyIndex ? new Float64Array(p.unitOrigin.length) : undefined;
  const same = new Float64Array(domains.length);
  const total = new Float64Array(domains.length);
  const wrongValues: number[] = [];
  for (let round = 0; round < s.iterations; round++) {
    scoresOf(p, several, trust, weight, learned, score);
    credit.fill(0);
    same.fill(0);
    total.fill(0);
    for (let i = 0; i < several.length; i++) {
      const b = several[i]!;
      const top = (best[b] = posterior(p, score, b, falseValuesOf(p, b, learned), probability));
      const domain = p.bucketDomain[b]!;
      // Wrong claims that coincide, for the number of false values (moments of three origins or more).
      const counts = domain >= 0 && !p.denialsOnly[b] && p.unitStart[b + 1]! - p.unitStart[b]! >= 3;
      wrongValues.length = 0;
      for (let u = p.unitStart[b]!; u < p.unitStart[b + 1]!; u++) {
        let right = 0;
        let own = -1;
        let atBest = false;
        for (let e = p.unitEntryStart[u]!; e < p.unitEntryStart[u + 1]!; e++) {
          if (!p.entryCompatible[e]) continue;
          const j = p.entryCandidate[e]!;
          right += probability[j]!;
          if (j === top) atBest = true;
          if (p.entrySupport[e] === 1) own = own === -1 ? j : -2;
        }
        const o = p.unitOrigin[u]!;
        credit[o] = credit[o]! + snap(p.unitNegative[u] ? 1 - right : right);
        if (counts && !p.unitNegative[u] && !atBest && own >= 0) wrongValues.push(own);
      }
      if (wrongValues.length >= 2) countCollisions(wrongValues, domain, same, total);
    }

    // Sources of one kind share a prior: the mean trust their corroborated claims earned.
    const kindPrior = new Map<string, [number, number]>();
    for (let o = 0; o < origins; o++) {
      const kind = kindOf[o];
      if (kind === undefined || declared[o] || checked[o]! === 0) continue;
      const x = kindPrior.get(kind) ?? [s.defaultTrust, 1];
      x[0] += snap(credit[o]! / checked[o]!);
      x[1] += 1;
      kindPrior.set(kind, x);
    }
    for (let o = 0; o < origins; o++) {
      const kind = kindOf[o];
      const shared = kind !== undefined && !declared[o] ? kindPrior.get(kind) : undefined;
      const start = shared ? clampTrust(shared[0] / shared[1], s.trustFloor) : prior[o]!;
      const pseudo = s.priorWeight + unchecked[o]!;
      next[o] = clampTrust((credit[o]! + pseudo * start) / (checked[o]! + pseudo), s.trustFloor);
    }
    [trust, next] = [next, trust];
    learned = falseValueCounts(same, total, s);
    if (copyIndex && copyWeight) {
      weight = detectCopying(p, copyIndex, best, trust, learned.map(Math.log), s, copyWeight) ? copyWeight : undefined;
    }
  }

  // The estimates, with the final trust.
  scoresOf(p, undefined, trust, weight, learned, score);
  for (let b = 0; b < buckets; b++) posterior(p, score, b, falseValuesOf(p, b, learned), probability);
  // The estimate of each bucket (-1: none): a cumulative series' choices, else the most probable candidate.
  const bestOf = cumulativeChoices(p, probability, s.decreasePenalty);

  // What each bucket's estimate says of each origin.
  const claimCount = new Int32Array(origins);
  const agreed = new Int32Array(origins);
  const contradicted = new Int32Array(origins);
  const relayed = new Map<string, number>();
  for (let b = 0; b < buckets; b++) {
    const top = bestOf[b]! >= 0 ? bestOf[b]! : (bestOf[b] = bestCandidate(p, b, probability));
    if (top < 0) continue;
    const value = p.candidates[p.candidateStart[b]! + top]!;
    const several = severalOrigins(p, b);
    for (let k = p.claimStart[b]!; k < p.claimStart[b + 1]!; k++) {
      const c = p.claims[k]!;
      const o = p.claimOrigin[k]!;
      claimCount[o] = claimCount[o]! + 1;
      if (c.source !== c.origin) relayed.set(c.source, (relayed.get(c.source) ?? 0) + 1);
      if (!supports(p, b, k, value)) contradicted[o] = contradicted[o]! + 1;
      else if (several) agreed[o] = agreed[o]! + 1;
    }
  }

  const sources: SourceTrust[] = [];
  const originOf = new Map<string, number>();
  p.origins.forEach((id, o) => originOf.set(id, o));
  const ids = new Set<string>(p.origins);
  for (const id of relayed.keys()) ids.add(id);
  for (const id of [...ids].sort(byCodeUnit)) {
    const o = originOf.get(id);
    sources.push({
      id,
      trust: o === undefined ? clampTrust(reliability.get(id) ?? s.defaultTrust, s.trustFloor) : trust[o]!,
      claims: o === undefined ? 0 : claimCount[o]!,
      agreed: o === undefined ? 0 : agreed[o]!,
      contradicted: o === undefined ? 0 : contradicted[o]!,
      relayed: relayed.get(id) ?? 0,
    });
  }

  return {
    sources,
    estimatesOf(i) {
      const out: BareEstimate[] = [];
      for (let b = p.itemBucketStart[i]!; b < p.itemBucketStart[i + 1]!; b++) {
        const top = bestOf[b]!;
        if (top < 0) continue;
        const value = p.candidates[p.candidateStart[b]! + top]!;
        const confidence = probability[p.candidateStart[b]! + top]!;
        const [supporting, against] = sides(p, b, value);
        out.push({
          modality: modalityOf(p, b),
          value,
          display: value.display,
          confidence: p.denialsOnly[b] ? 1 - confidence : confidence,
          claims: supporting,
          against,
        });
      }
      return out;
    },
    claimsOf(i) {
      return p.claims.slice(p.claimStart[p.itemBucketStart[i]!]!, p.claimStart[p.itemBucketStart[i + 1]!]!) as C[];
    },
    rankingsOf(i) {
      const out: { modality: Modality; ranking: RankedValue[] }[] = [];
      for (let b = p.itemBucketStart[i]!; b < p.itemBucketStart[i + 1]!; b++) {
        if (bestOf[b]! < 0) continue;
        const ranking: RankedValue[] = [];
        for (let j = p.candidateStart[b]!; j < p.candidateStart[b + 1]!; j++) {
          const candidate = p.candidates[j]!;
          ranking.push({ value: candidate, display: candidate.display, probability: probability[j]! });
        }
        // Most probable first; the sort is stable, so ties keep the canonical order.
        if (ranking.length > 1) ranking.sort((a, c) => c.probability - a.probability);
        out.push({ modality: modalityOf(p, b), ranking });
      }
      return out;
    },
  };
}

/**
 * The estimate of each bucket of a cumulative series (-1 for the others):
 * the moments of each series (its asserted figures, in time order) such
 * that the estimates never decrease, unless every choice needs it.
 */
function cumulativeChoices(p: Problem, probability: Float64Array, penalty: number): Int32Array {
  const chosen = new Int32Array(p.bucketCount).fill(-1);
  const series = new Map<number, number[]>();
  for (let b = 0; b < p.bucketCount; b++) {
    const of = p.itemSeries[p.bucketItem[b]!]!;
    if (of < 0 || p.bucketPlanned[b] || p.denialsOnly[b] || !numbersOnly(p, b)) continue;
    const list = series.get(of);
    if (list === undefined) series.set(of, [b]);
    else list.push(b);
  }
  const time = (b: number) => p.seriesItem.get(p.bucketItem[b]!)!.time;
  const key = (b: number) => p.seriesItem.get(p.bucketItem[b]!)!.key;
  for (const list of series.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => time(a) - time(b) || byCodeUnit(key(a), key(b)) || a - b);
    for (const [b, j] of monotoneChoices(p, list, probability, penalty)) chosen[b] = j;
  }
  return chosen;
}

/** The ids of a bucket's claims that support its estimate `value` and of those against it, each sorted, in lists of their exact size. */
function sides(p: Problem, b: number, value: EstimateValue): [string[], string[]] {
  const first = p.claimStart[b]!;
  const last = p.claimStart[b + 1]!;
  if (last - first === 1) return supports(p, b, first, value) ? [[p.claims[first]!.id], []] : [[], [p.claims[first]!.id]];
  let count = 0;
  for (let k = first; k < last; k++) if (supports(p, b, k, value)) count++;
  const supporting = new Array<string>(count);
  const against = new Array<string>(last - first - count);
  let s = 0;
  let a = 0;
  for (let k = first; k < last; k++) {
    if (supports(p, b, k, value)) supporting[s++] = p.claims[k]!.id;
    else against[a++] = p.claims[k]!.id;
  }
  if (supporting.length > 1) supporting.sort(byCodeUnit);
  if (against.length > 1) against.sort(byCodeUnit);
  return [supporting, against];
}

/** What a bucket's estimate says: what is, what is planned, or (only denials) what is not. */
function modalityOf(p: Problem, b: number): Modality {
  return p.denialsOnly[b] ? "denied" : p.bucketPlanned[b] ? "planned" : "asserted";
}

/** Whether every candidate of a bucket is a number. */
function numbersOnly(p: Problem, b: number): boolean {
  for (let j = p.candidateStart[b]!; j < p.candidateStart[b + 1]!; j++) if (p.candidates[j]!.kind !== "number") return false;
  return true;
}

/** Whether a bucket's units come from more than one origin. */
function severalOrigins(p: Problem, b: number): boolean {
  const first = p.unitStart[b]!;
  for (let u = first + 1; u < p.unitStart[b + 1]!; u++) if (p.unitOrigin[u] !== p.unitOrigin[first]) return true;
  return false;
}

/**
 * Whether claim k of bucket b supports the bucket's estimate `value`. A
 * denial supports the estimate when it denies another value; in a
 * denials-only bucket the estimate is "not this value", which its denials
 * support.
 */
function supports(p: Problem, b: number, k: number, value: EstimateValue): boolean {
  const fits = compatible(p.claimValue[k]!, value);
  return p.denialsOnly[b] ? fits : fits !== (p.claims[k]!.modality === "denied");
}
