/**
 * A pool of claims compared with a set of target claims, each target with
 * the claims of the pool that may describe the same moment (their times
 * overlap, or one of them is undated, or the property is static): whether
 * it meets any, whether it meets a disagreeing one (one dominance sweep for
 * all targets), and which ones agree or disagree with it — listed by walking
 * the shorter of two candidate lists (the claims at the same time, or those
 * whose values match) and filtering it. A small pool and few targets are
 * compared pair by pair instead.
 */
import type { CheckedClaim } from "../engine/claims.js";
import { overlaps } from "../values/span.js";
import { extremesOf } from "./structures/extremes.js";
import { dominated, points } from "./structures/dominance.js";
import { OverlapIndex } from "./structures/overlap-index.js";
import { SortedValues } from "./structures/sorted-values.js";
import type { Spans } from "./structures/value-line.js";
import { range, spanBelow, timesOf, ValueLine } from "./structures/value-line.js";
import { PAIRS } from "./pairwise.js";
import { incompatible } from "./positions.js";

/** True when time does not matter for `claim`: its property is static, or it has no time. */
const timeless = (claim: CheckedClaim) => claim.property.temporal === "static" || !claim.time;

const overlapping = (spans: Spans, a: number, b: number) => !spanBelow(spans, a, b) && !spanBelow(spans, b, a);

/** Values of the pool that match the value of target `t`: counted in O(log n), listed in time proportional to their number. */
interface ValueIndex {
  count(t: number): number;
  each(t: number, visit: (p: number) => void): void;
}

/** A pool of claims compared with target claims (see the module comment). @internal */
export interface Pool {
  /** True when some claim of the pool may describe the same moment as target `claim`. */
  meets(claim: CheckedClaim): boolean;
  /** True when some claim of the pool that may describe the same moment as target `claim` disagrees with it. */
  meetsDisagreement(claim: CheckedClaim): boolean;
  /**
   * The claims of the pool that may describe the same moment as target
   * `claim` and whose values agree with its own (overlap) or disagree (are
   * incompatible), in document order.
   */
  meeting(claim: CheckedClaim, values: "agree" | "disagree"): CheckedClaim[];
}

/** The pool of `pool` for `targets`: indexed, or compared pair by pair when there are few pairs. @internal */
export function poolOf(pool: readonly CheckedClaim[], targets: readonly CheckedClaim[]): Pool {
  return pool.length * targets.length <= PAIRS ? new FewClaims(pool) : new ClaimPool(pool, targets);
}

/** True when `other` may describe the same moment as target `claim`. */
const sameMoment = (claim: CheckedClaim, other: CheckedClaim) => timeless(claim) || !other.time || overlaps(claim.time!, other.time);

/** A pool compared with each target claim by claim. */
class FewClaims implements Pool {
  constructor(private readonly pool: readonly CheckedClaim[]) {}

  meets(claim: CheckedClaim): boolean {
    for (const other of this.pool) if (sameMoment(claim, other)) return true;
    return false;
  }

  meetsDisagreement(claim: CheckedClaim): boolean {
    for (const other of this.pool) if (sameMoment(claim, other) && incompatible(claim, other)) return true;
    return false;
  }

  meeting(claim: CheckedClaim, values: "agree" | "disagree"): CheckedClaim[] {
    const wanted = values === "disagree";
    return this.pool.filter((other) => sameMoment(claim, other) && incompatible(claim, other) === wanted).sort((a, b) => a.index - b.index);
  }
}

/** A pool indexed by time and by value, for many pairs. @internal */
export class ClaimPool implements Pool {
  /** The pool's claims, then the targets. */
  private readonly line: ValueLine;
  private readonly times: Spans;
  private readonly pool: number[];
  private readonly dated: number[];
  private readonly undated: number[];
  /** The targets' positions. */
  private readonly targets: Map<CheckedClaim, number>;
  private verdicts: { meets: Uint8Array; disagrees: Uint8Array } | undefined;
  private byTime: OverlapIndex | undefined;
  private agreeing: OverlapIndex | undefined;
  private disagreeing: SortedValues | undefined;

  constructor(pool: readonly CheckedClaim[], targets: readonly CheckedClaim[]) {
    this.line = ValueLine.of([...pool, ...targets]);
    this.times = timesOf(this.line);
    this.pool = range(0, pool.length);
    this.dated = this.pool.filter((p) => pool[p]!.time);
    this.undated = this.pool.filter((p) => !pool[p]!.time);
    this.targets = new Map(targets.map((claim, i) => [claim, pool.length + i]));
  }

  meets(claim: CheckedClaim): boolean {
    return this.compare().meets[this.targets.get(claim)!] === 1;
  }

  meetsDisagreement(claim: CheckedClaim): boolean {
    return this.compare().disagrees[this.targets.get(claim)!] === 1;
  }

  meeting(claim: CheckedClaim, values: "agree" | "disagree"): CheckedClaim[] {
    const { line, times } = this;
    const t = this.targets.get(claim)!;
    const byValue = this.valueIndex(values);
    const found: number[] = [];
    if (timeless(claim)) {
      byValue.each(t, (p) => found.push(p));
    } else {
      const byTime = (this.byTime ??= new OverlapIndex(times, this.dated));
      if (byValue.count(t) <= byTime.count(t) + this.undated.length) {
        // Fewer matching values than claims at the same time: walk those, keep the ones at the same time.
        byValue.each(t, (p) => {
          if (!line.claims[p]!.time || overlapping(times, p, t)) found.push(p);
        });
      } else {
        const matches = (p: number) => line.disjoint(p, t) === (values === "disagree");
        for (const p of this.undated) if (matches(p)) found.push(p);
        byTime.each(t, (p) => {
          if (matches(p)) found.push(p);
        });
      }
    }
    return line.claimsAt(found).sort((a, b) => a.index - b.index);
  }

  /** The pool's values that agree (overlap) or disagree with a target's, counted and listed. */
  private valueIndex(values: "agree" | "disagree"): ValueIndex {
    if (values === "agree") return (this.agreeing ??= new OverlapIndex(this.line, this.pool));
    const sorted = (this.disagreeing ??= new SortedValues(this.line, this.pool));
    return { count: (t) => sorted.countIncompatible(t), each: (t, visit) => sorted.eachIncompatible(t, visit) };
  }

  /** Compares every target with the pool once, in one sweep. */
  private compare(): { meets: Uint8Array; disagrees: Uint8Array } {
    if (this.verdicts) return this.verdicts;
    const { line, times } = this;
    const meets = new Uint8Array(line.length);
    const disagrees = new Uint8Array(line.length);
    const all = extremesOf(line, this.pool);
    const undated = extremesOf(line, this.undated);
    const datedTargets: number[] = [];
    for (let t = this.pool.length; t < line.length; t++) {
      if (timeless(line.claims[t]!)) {
        meets[t] = this.pool.length > 0 ? 1 : 0;
        disagrees[t] = all.disagrees(0, t, "any") ? 1 : 0;
      } else {
        meets[t] = this.undated.length > 0 ? 1 : 0;
        disagrees[t] = undated.disagrees(0, t, "any") ? 1 : 0;
        datedTargets.push(t);
      }
    }
    // Dated with dated: the claims of the pool that start by the target's end and end by its start.
    const disagreeing = dominated(
      line,
      points(this.dated, (p) => times.lo[p]!, (p) => times.hi[p]!),
      points(datedTargets, (t) => times.hi[t]!, (t) => times.lo[t]!),
      (t, found) => {
        if (found.highest.best(0) >= 0) meets[t] = 1;
        return found.disagrees(0, t, "any");
      },
    );
    for (const t of disagreeing) disagrees[t] = 1;
    return (this.verdicts = { meets, disagrees });
  }
}
