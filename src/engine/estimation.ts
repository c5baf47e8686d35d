/**
 * Estimates in the report (DESIGN §9): the checker's groups cut into the
 * moments the estimation model reads (src/estimates), one model run over the
 * whole claim set (trust is learned across every group), and its answer put
 * back as each group's `estimates`, the report's `sources`, and the evidence
 * that orders positions.
 *
 * A moment is what the rules compare as of one time (compare/times.ts): a
 * run of placed claims whose times overlap, the claims of one coarse or open
 * period, the undated claims; for a static property, all of them. Plans are
 * estimated with plans; a denial is evidence against what it denies at its
 * time; a group of denials alone is estimated from them (the value most
 * likely false). Properties with several true values are not estimated.
 */
import type { Source } from "../model/claim-set.js";
import type { ReportEstimate, ReportSource } from "../model/report.js";
import { estimateValueOf } from "../estimates/index.js";
import { fit, type FitItem, type Fitted } from "../estimates/model.js";
import type { BareEstimate, EstimateValue, SourcePrior } from "../estimates/index.js";
import { moments } from "../compare/positions.js";
import { bounded, periodKey, placement } from "../compare/times.js";
import { overlaps } from "../values/span.js";
import { isoFromDayNumber } from "../values/days.js";
import { groupBy } from "../internal/group-by.js";
import { codeUnitOrder } from "../internal/code-unit-order.js";
import type { CheckedClaim } from "./claims.js";
import { timeRange } from "./claims.js";
import type { GroupView } from "./rule.js";

/** What the estimates say of one group: its report entries, and the probability of each value they ranked. @internal */
export interface GroupEvidence {
  /** The group's estimates, in time order (undated last). */
  estimates: ReportEstimate[];
  /** The highest probability any moment gave the value written `display`, as a claim of that modality (0 when none ranked it). */
  strength(modality: string, display: string): number;
}

/**
 * The estimates of a claim set: every source's trust, and each estimated
 * group's evidence, made when asked for (`undefined` for a group that is
 * not estimated), so that a large report's estimates need not all live at once.
 * @internal
 */
export interface Evidence {
  group(key: string): GroupEvidence | undefined;
  sources: ReportSource[];
}

/** Probabilities and trust, rounded so that reports read alike on every machine. */
const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Reads claims' values as the model's; claims whose checker values are one object share one. */
function valueReader(): (claim: CheckedClaim) => EstimateValue {
  const values = new Map<object, EstimateValue>();
  return (claim) => {
    let value = values.get(claim.value);
    if (value === undefined) values.set(claim.value, (value = estimateValueOf(claim.value)));
    return value;
  };
}

/** ISO days of day numbers, each made once (estimates of one day share it). */
function isoDays(): (day: number) => string | null {
  const made = new Map<number, string>();
  return (day) => {
    if (!Number.isFinite(day)) return null;
    let iso = made.get(day);
    if (iso === undefined) made.set(day, (iso = isoFromDayNumber(day)));
    return iso;
  };
}

/** First and last day of a run; ties of both are settled by its claims, so the order never depends on input order. */
function compareRuns(a: { lo: number; hi: number; first: string }, b: { lo: number; hi: number; first: string }): number {
  return a.lo - b.lo || a.hi - b.hi || codeUnitOrder(a.first, b.first);
}

/** The runs of one modality's claims that are estimated as of one time, in time order (undated last). */
function runsOf(claims: readonly CheckedClaim[], timeless: boolean): CheckedClaim[][] {
  if (timeless) return [claims as CheckedClaim[]];
  const { placed, unplaced, undated } = placement(claims);
  const runs = [...moments(placed), ...groupBy(unplaced.filter(bounded), periodKey).values(), ...unplaced.filter((claim) => !bounded(claim)).map((claim) => [claim])];
  if (runs.length > 1) {
    const keyed = runs.map((run) => {
      const { lo, hi } = timeRange(run);
      let first = run[0]!.id;
      for (const claim of run) if (claim.id < first) first = claim.id;
      return { run, lo, hi, first };
    });
    keyed.sort(compareRuns);
    runs.length = 0;
    for (const { run } of keyed) runs.push(run);
  }
  if (undated.length > 0) runs.push(undated);
  return runs;
}

/**
 * The denials that meet each run, for runs given in time order (undated
 * last): all of them when time does not matter, for the undated run, and
 * for an undated denial; else those whose time overlaps the stretch of days
 * the run covers (claims chained by overlapping times, or one period, cover
 * one stretch). Dated denials are swept in order of first day, so a group's
 * work grows with its runs, denials and matches, not their product.
 */
function denialsMeeting(denials: readonly CheckedClaim[], timeless: boolean): (run: readonly CheckedClaim[]) => CheckedClaim[] {
  if (timeless) return () => [...denials];
  const undated = denials.filter((denial) => denial.time === undefined);
  const dated = denials.filter((denial) => denial.time !== undefined).sort((a, b) => a.time!.lo - b.time!.lo);
  let next = 0;
  let active: CheckedClaim[] = []; // begun by the latest last day seen so far, not yet over before the current run
  return (run) => {
    if (run[0]!.time === undefined) return [...denials];
    const { lo, hi } = timeRange(run);
    while (next < dated.length && dated[next]!.time!.lo <= hi) active.push(dated[next++]!);
    // Runs come in order of first day: a denial over before this run is over before every later one.
    if (active.some((denial) => denial.time!.hi < lo)) active = active.filter((denial) => denial.time!.hi >= lo);
    const stretch = { lo, hi, loOpen: false, hiOpen: false };
    return [...active.filter((denial) => overlaps(stretch, denial.time!)), ...undated];
  };
}

/** The claim set's sources as the model's priors. */
function priorsOf(sources: readonly Source[], resolve: (label: string) => string): SourcePrior[] {
  return sources.map(({ id, reliability, kind }) => ({ id: resolve(id), ...(reliability === undefined ? {} : { reliability }), ...(kind === undefined ? {} : { kind }) }));
}

/**
 * Estimates the groups of a claim set: one model run over every moment of
 * every group, with the claim set's sources as priors (their ids resolved
 * by `resolve`, as claims' sources are). The result does not depend on the
 * order of the views or of their claims.
 * @internal
 */
export function evidenceOf(views: readonly GroupView[], sources: readonly Source[] = [], resolve: (label: string) => string = (label) => label): Evidence {
  let claims = 0;
  for (const view of views) claims += view.claims.length;
  const moments = new Moments();
  // The items are made as the model reads them, and let go at once.
  const fitted = fit(moments.of(views), valueReader(), { sources: priorsOf(sources, resolve), claims });
  return { group: groupsOf(fitted, moments), sources: trustOf(fitted) };
}

/** The moments of every estimated group, as model items, and where each group's are. */
class Moments {
  /** Each estimated view's items: from `start[v]` to `start[v + 1]`, by the view's key. */
  readonly view = new Map<string, number>();
  readonly start: number[] = [0];
  private count = 0;

  /** The items of every group that has a value to estimate, group by group, moments in time order. */
  *of(views: readonly GroupView[]): Generator<FitItem<CheckedClaim>> {
    for (const view of views) {
      const { property } = view;
      if (property.cardinality === "many") continue; // several values may all be true: no one value to estimate
      const timeless = property.temporal === "static";
      // Most groups only assert: their claims are read as they are, without copying them out by modality.
      const onlyAsserted = view.claims.every((claim) => claim.modality === "asserted");
      const denials = onlyAsserted ? [] : view.claims.filter((claim) => claim.modality === "denied");
      let stated = false;
      for (const modality of ["asserted", "planned"] as const) {
        const claims = onlyAsserted ? (modality === "asserted" ? view.claims : []) : view.claims.filter((claim) => claim.modality === modality);
        if (claims.length === 0) continue;
        stated = true;
        const series = `${view.key}\u0000${modality}`;
        // A denial counts against what it denies at its own time (or whenever time does not matter); plans only meet plans.
        const meeting = modality === "asserted" && denials.length > 0 ? denialsMeeting(denials, timeless) : undefined;
        for (const run of runsOf(claims, timeless)) yield this.item(view, series, run, meeting ? meeting(run) : []);
      }
      // Nothing but denials: the model names the value most likely false.
      if (!stated) for (const run of runsOf(denials, timeless)) yield this.item(view, `${view.key}\u0000denied`, run, []);
      if (this.count > this.start[this.start.length - 1]!) {
        this.view.set(view.key, this.start.length - 1);
        this.start.push(this.count);
      }
    }
  }

  private item(view: GroupView, series: string, run: readonly CheckedClaim[], against: readonly CheckedClaim[]): FitItem<CheckedClaim> {
    const { property } = view;
    const range = timeRange(run);
    this.count++;
    const item: FitItem<CheckedClaim> = {
      type: property.type,
      temporal: property.temporal,
      property: property.id,
      series,
      claims: against.length === 0 ? run : [...run, ...against],
    };
    if (Number.isFinite(range.lo)) item.time = range.lo;
    return item;
  }
}

/** The evidence of each estimated group, by key, made when asked for from what the model keeps and where each group's moments are. */
function groupsOf(fitted: Fitted<CheckedClaim>, moments: Moments): (key: string) => GroupEvidence | undefined {
  const starts = Int32Array.from(moments.start);
  const { view } = moments;
  const day = isoDays();
  return (key) => {
    const v = view.get(key);
    return v === undefined ? undefined : groupEvidence(fitted, starts[v]!, starts[v + 1]!, (i, found) => entry(found, fitted.claimsOf(i), day));
  };
}

/** Every source's trust as the report gives it. */
function trustOf(fitted: Fitted<CheckedClaim>): ReportSource[] {
  return fitted.sources.map(({ id, trust, claims, agreed, contradicted, relayed }) => ({
    id,
    trust: round(trust),
    claims,
    agreed,
    contradicted,
    ...(relayed > 0 ? { relayed } : {}),
  }));
}

/** The evidence of the group whose items run from `first` to `last`; the strength of its values is read from the rankings when first asked for. */
function groupEvidence(
  fitted: Fitted<CheckedClaim>,
  first: number,
  last: number,
  entryOf: (item: number, found: BareEstimate) => ReportEstimate,
): GroupEvidence {
  const estimates: ReportEstimate[] = [];
  for (let i = first; i < last; i++) for (const found of fitted.estimatesOf(i)) estimates.push(entryOf(i, found));
  if (estimates.length > 1) estimates.sort(compareEstimates);
  let strength: Map<string, number> | undefined;
  return {
    estimates,
    strength(modality, display) {
      if (strength === undefined) {
        strength = new Map();
        for (let i = first; i < last; i++) {
          for (const { modality: m, ranking } of fitted.rankingsOf(i)) {
            if (m === "denied") continue;
            for (const ranked of ranking) {
              const key = `${m}\u0000${ranked.display}`;
              const before = strength.get(key);
              if (before === undefined || ranked.probability > before) strength.set(key, ranked.probability);
            }
          }
        }
      }
      return strength.get(`${modality}\u0000${display}`) ?? 0;
    },
  };
}

const MODALITY_RANK: Record<string, number> = { asserted: 0, denied: 1, planned: 2 };

/** Estimates in time order: by first day (undated last), then last day (open last), then modality. */
function compareEstimates(a: ReportEstimate, b: ReportEstimate): number {
  return (
    compareDays(a.from, b.from) ||
    compareDays(a.to, b.to) ||
    MODALITY_RANK[a.modality]! - MODALITY_RANK[b.modality]! ||
    codeUnitOrder(a.display, b.display)
  );
}

/** ISO days in order, null (undated, open) last. */
function compareDays(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * The days of a moment, from its claims as the model read them: those of
 * what it states (an item holds one modality, and the denials that meet
 * it); those of its denials when it has nothing else.
 */
function momentRange(claims: readonly CheckedClaim[]): { lo: number; hi: number } {
  const stated = claims.filter((claim) => claim.modality !== "denied");
  return timeRange(stated.length > 0 ? stated : claims);
}

/** An estimate as the report shows it: the value as one of its claims wrote it (the first written form, in code-unit order). */
function entry(found: BareEstimate, claims: readonly CheckedClaim[], day: (day: number) => string | null): ReportEstimate {
  const { lo, hi } = momentRange(claims);
  let stated: CheckedClaim | undefined;
  for (const claim of claims) {
    if (claim.value.display !== found.display) continue;
    if (stated === undefined || claim.value.text < stated.value.text) stated = claim;
  }
  return {
    from: day(lo),
    to: day(hi),
    display: found.display,
    value: (stated ?? claims[0]!).value,
    confidence: round(found.confidence),
    claims: found.claims,
    against: found.against,
    modality: found.modality,
  };
}
