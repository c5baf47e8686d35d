/**
 * Copy detection: origins that repeat each other's errors are probably not
 * independent. For each pair of origins that give the same false value in at
 * least `copyMinShared` moments, the posterior probability that one copies the
 * other follows Dong, Berti-Equille & Srivastava (VLDB 2009): sharing a value
 * that is false is unlikely for independent sources (each false value is one
 * of n), likely for a copier. A unit's vote is then divided by
 * 1 + Σ copyRate · P(copy) over the other origins that give its value.
 *
 * Bounded work: pairs are counted only in moments of at most `copyMaxSharers`
 * origins, and discounts are applied only among at most that many origins
 * giving one value, so the cost is O(copyMaxSharers × claims).
 */
import type { Problem } from "./model.js";

/** The settings of copy detection. */
export interface CopySettings {
  /** Detect copying at all. */
  copyDetection: boolean;
  /** Prior probability that two origins sharing false values depend on each other (α). */
  copyPrior: number;
  /** Probability that a dependent origin copies a given value (c). */
  copyRate: number;
  /** Pairs must share at least this many false values before they are suspected. */
  copyMinShared: number;
  /** Moments (and groups of one value) with more origins than this are left out of copy detection. */
  copyMaxSharers: number;
}

interface PairCounts {
  /** Same value, the estimate. */
  same: number;
  /** Same value, not the estimate. */
  sameFalse: number;
  /** Different values. */
  different: number;
  /** Σ ln n over the moments of `sameFalse`: how surprising each shared false value was. */
  logFalseValues: number;
}

/**
 * Independence weights of the units (1: independent), given the current
 * candidate probabilities and trust.
 */
export function detectCopying(p: Problem, probability: Float64Array, trust: Float64Array, falseValues: (bucket: number) => number, s: CopySettings): Float64Array {
  const unitCount = p.unitOrigin.length;
  const weight = new Float64Array(unitCount).fill(1);
  // The value each positive single-valued unit gives, as a global candidate index (else -1).
  const unitValue = new Int32Array(unitCount).fill(-1);
  for (let u = 0; u < unitCount; u++) {
    if (p.unitNegative[u]) continue;
    let found = -1;
    for (let e = p.unitEntryStart[u]!; e < p.unitEntryStart[u + 1]!; e++) {
      if (p.entrySupport[e] === 1 && p.entryCompatible[e]) {
        if (found >= 0) { found = -2; break; }
        found = p.entryCandidate[e]!;
      }
    }
    unitValue[u] = found >= 0 ? found : -1;
  }
  const bestOf = (b: number): number => {
    const start = p.candidateStart[b]!;
    const count = p.buckets[b]!.candidates.length;
    let best = -1;
    for (let j = 0; j < count; j++) if (best < 0 || probability[start + j]! > probability[start + best]!) best = j;
    return start + best;
  };

  const origins = p.origins.length;
  const pairs = new Map<number, PairCounts>();
  p.buckets.forEach((bucket, b) => {
    const size = bucket.unitEnd - bucket.unitStart;
    if (size < 2 || size > s.copyMaxSharers || bucket.denialsOnly) return;
    const truth = bestOf(b);
    for (let u = bucket.unitStart; u < bucket.unitEnd; u++) {
      if (unitValue[u]! < 0) continue;
      for (let v = u + 1; v < bucket.unitEnd; v++) {
        if (unitValue[v]! < 0) continue;
        const a = p.unitOrigin[u]!;
        const c = p.unitOrigin[v]!;
        if (a === c) continue;
        const key = a < c ? a * origins + c : c * origins + a;
        let counts = pairs.get(key);
        if (counts === undefined) pairs.set(key, (counts = { same: 0, sameFalse: 0, different: 0, logFalseValues: 0 }));
        if (unitValue[u] !== unitValue[v]) counts.different++;
        else if (unitValue[u] === truth) counts.same++;
        else {
          counts.sameFalse++;
          counts.logFalseValues += Math.log(falseValues(b));
        }
      }
    }
  });

  const dependence = new Map<number, number>();
  const c = s.copyRate;
  const prior = s.copyPrior;
  for (const [key, k] of pairs) {
    if (k.sameFalse < s.copyMinShared) continue;
    const a1 = trust[Math.floor(key / origins)]!;
    const a2 = trust[key % origins]!;
    const a = (a1 + a2) / 2;
    const pt = a1 * a2;
    const pf = ((1 - a1) * (1 - a2)) / Math.exp(k.logFalseValues / k.sameFalse);
    const pd = Math.max(1 - pt - pf, 1e-12);
    const independent = k.same * Math.log(pt) + k.sameFalse * Math.log(pf) + k.different * Math.log(pd);
    const copying =
      k.same * Math.log(pt * (1 - c) + c * a) + k.sameFalse * Math.log(pf * (1 - c) + c * (1 - a)) + k.different * Math.log(pd * (1 - c));
    const odds = ((1 - prior) / prior) * Math.exp(independent - copying);
    const posterior = 1 / (1 + odds);
    if (posterior > 1e-6) dependence.set(key, posterior);
  }
  if (dependence.size === 0) return weight;

  // Discount units that give the same value as origins they probably copy (or are copied by).
  p.buckets.forEach((bucket) => {
    const size = bucket.unitEnd - bucket.unitStart;
    if (size < 2) return;
    const byValue = new Map<number, number[]>();
    for (let u = bucket.unitStart; u < bucket.unitEnd; u++) {
      const v = unitValue[u]!;
      if (v < 0) continue;
      const list = byValue.get(v);
      if (list === undefined) byValue.set(v, [u]);
      else list.push(u);
    }
    for (const group of byValue.values()) {
      if (group.length < 2 || group.length > s.copyMaxSharers) continue;
      for (const u of group) {
        let discount = 0;
        for (const v of group) {
          if (v === u) continue;
          const a = p.unitOrigin[u]!;
          const b = p.unitOrigin[v]!;
          // Snapped, so the sum does not depend on the order of the claims.
          discount += Math.round(c * (dependence.get(a < b ? a * origins + b : b * origins + a) ?? 0) * 2 ** 24) / 2 ** 24;
        }
        weight[u] = 1 / (1 + discount);
      }
    }
  });
  return weight;
}
