/**
 * A group's comparison: what the rules ask about one group, worked out once
 * and shared by every rule that asks — the comparable sets, their moments,
 * the timelines that compare the moments, and the value lines of the sweeps.
 * The engine makes one for each group it checks (the rules receive it as
 * `context.compare`) and drops it with the group, so nothing outlives the
 * check that made it.
 */
import type { CheckedClaim } from "../engine/claims.js";
import type { GroupView } from "../engine/rule.js";
import type { MomentComparisons } from "./moment-comparisons.js";
import { compareMoments } from "./moment-comparisons.js";
import type { DocumentRelation, PairKind } from "./partners.js";
import { comparableSets, pairsApart, withPartner, withPartnerAtSameTime } from "./partners.js";
import { moments } from "./positions.js";
import { StaleFigures, staleClaims } from "./staleness.js";
import type { Placement } from "./times.js";
import { bounded, periodKey, placement } from "./times.js";
import { groupBy } from "../internal/group-by.js";

/** Claims by their period (the run of days of their time). */
function byPeriod(claims: readonly CheckedClaim[]): Map<string, CheckedClaim[]> {
  return groupBy(claims, periodKey);
}
import type { LineSource } from "./structures/value-line.js";
import { ValueLine } from "./structures/value-line.js";

/** The comparison machinery of one group, made once per check. @internal */
export class GroupComparison implements LineSource {
  private comparable: readonly CheckedClaim[][] | undefined;
  // Keyed by the lists this comparison itself handed out (sets and moments), which nobody modifies.
  private readonly placements = new Map<readonly CheckedClaim[], Placement>();
  private readonly runs = new Map<readonly CheckedClaim[], readonly CheckedClaim[][]>();
  private readonly sameTimeRuns = new Map<readonly CheckedClaim[], readonly CheckedClaim[][]>();
  private readonly tracks = new Map<readonly CheckedClaim[], MomentComparisons>();
  private readonly stales = new Map<readonly CheckedClaim[], StaleFigures>();
  private readonly lines = new Map<readonly CheckedClaim[], ValueLine>();

  constructor(readonly group: GroupView) {}

  /**
   * The sets of claims that may be compared: asserted with asserted, planned
   * with planned (DESIGN §4); each of at least two claims. Denied claims only
   * meet `denied-claim`; a `cardinality: "many"` property has none.
   */
  get sets(): readonly CheckedClaim[][] {
    return (this.comparable ??= comparableSets(this.group));
  }

  /** How a set's claims can be compared in time (times.ts): placed on the timeline, unplaced, undated. */
  placement(set: readonly CheckedClaim[]): Placement {
    let found = this.placements.get(set);
    if (found === undefined) this.placements.set(set, (found = placement(set)));
    return found;
  }

  /**
   * The timeline of a set: its moments (connected runs of placed claims whose
   * times overlap), in time order. Undated claims, and claims whose coarse or
   * open time overlaps another period, are left out.
   */
  moments(set: readonly CheckedClaim[]): readonly CheckedClaim[][] {
    let runs = this.runs.get(set);
    if (runs === undefined) this.runs.set(set, (runs = moments(this.placement(set).placed)));
    return runs;
  }

  /**
   * The runs of a set's claims that may be compared as of one time: the
   * moments, then each period of unplaced claims (claims of the very same
   * coarse or open period), in time order.
   */
  sameTimes(set: readonly CheckedClaim[]): readonly CheckedClaim[][] {
    let runs = this.sameTimeRuns.get(set);
    if (runs === undefined) {
      const periods = [...byPeriod(this.placement(set).unplaced.filter(bounded)).values()].filter((claims) => claims.length > 1);
      runs = periods.length === 0 ? this.moments(set) : [...this.moments(set), ...periods];
      this.sameTimeRuns.set(set, runs);
    }
    return runs;
  }

  /** How the moments of a set compare with each other (the timeline). */
  track(set: readonly CheckedClaim[]): MomentComparisons {
    let track = this.tracks.get(set);
    if (track === undefined) this.tracks.set(set, (track = compareMoments(this.moments(set))));
    return track;
  }

  /** The stale claims of a set (staleness.ts): each that repeats an older figure after the figures moved on, and why. */
  stale(set: readonly CheckedClaim[]): StaleFigures {
    let found = this.stales.get(set);
    if (found === undefined) {
      found = this.group.property.temporal === "state" ? staleClaims(this.track(set)) : new StaleFigures();
      this.stales.set(set, found);
    }
    return found;
  }

  /** The claims of `targets` that disagree with a claim of `pool` whose document relates as asked. */
  partners(targets: readonly CheckedClaim[], pool: readonly CheckedClaim[], relation: DocumentRelation): CheckedClaim[] {
    return withPartner(targets, pool, relation, this);
  }

  /** The claims of a moment that disagree with a claim of it, related as asked, whose time overlaps their own. */
  partnersAtSameTime(moment: readonly CheckedClaim[], relation: DocumentRelation): CheckedClaim[] {
    return withPartnerAtSameTime(moment, relation, this);
  }

  /** In a chained moment, the earlier and the later claims of the pairs apart in time that relate as `kind` says. */
  pairsApart(moment: readonly CheckedClaim[], kind: PairKind): [CheckedClaim[], CheckedClaim[]] {
    return pairsApart(moment, kind, this);
  }

  /** The value line of a list this comparison handed out (internal to the sweeps). */
  line(claims: readonly CheckedClaim[]): ValueLine {
    let line = this.lines.get(claims);
    if (line === undefined) this.lines.set(claims, (line = ValueLine.of(claims)));
    return line;
  }
}
