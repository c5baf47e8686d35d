/**
 * Copy detection: origins that repeat each other's errors are probably not
 * independent. For each pair of origins that give the same false value in at
 * least `copyMinShared` moments, the posterior probability that one copies
 * the other follows Dong, Berti-Equille & Srivastava (VLDB 2009): sharing a
 * false value is unlikely for independent sources (each is one of n false
 * values), likely for a copier. A unit's vote is then divided by
 * 1 + Σ copyRate · P(copy) over the other origins of its moment that give
 * its value.
 *
 * Bounded work: only moments of at most `copyMaxSharers` origins are looked
 * at. Each round finds the pairs sharing false values there (a handful per
 * moment at most), and only for the pairs suspected by that does it walk
 * through the moments of the origin with fewer, to count where the two
 * agree and differ.
 */
import type { Problem } from "./model.js";

/** The settings of copy detection. @internal */
export interface CopySettings {
  /** Detect copying at all. */
  copyDetection: boolean;
  /** Prior probability that two origins sharing false values depend on each other (α). */
  copyPrior: number;
  /** Probability that a dependent origin copies a given value (c). */
  copyRate: number;
  /** Pairs must share at least this many false values before they are suspected. */
  copyMinShared: number;
  /** Moments with more origins than this are left out of copy detection. */
  copyMaxSharers: number;
}

/** What copy detection needs of the problem, found once. @internal */
export interface CopyIndex {
  /** The one value each unit gives (global candidate index), or −1 (a denial, several values, or a value that is not a candidate). */
  unitValue: Int32Array;
  /** Per origin, its units in moments of at most copyMaxSharers origins, by bucket: `units[start[o]]` to `units[start[o + 1]]`. */
  start: Int32Array;
  units: Int32Array;
  /** The bucket of each unit. */
  unitBucket: Int32Array;
  /** Buckets looked at (2 to copyMaxSharers units, not only denials). */
  eligible: Uint8Array;
  /** Every two units giving one value in one eligible bucket: the first unit, and the pair of their origins. */
  sameU: Int32Array;
  samePair: Int32Array;
  /** The origins of each pair, and its key (a · origins + b, a < b). */
  pairKey: Float64Array;
  /** Where each suspected pair meets (unit of each, in bucket order), found once per pair. */
  meetings: Map<number, Int32Array>;
}

/** Indexes the problem for copy detection. @internal */
export function indexCopying(p: Problem, s: CopySettings): CopyIndex {
  const unitCount = p.unitOrigin.length;
  const unitValue = new Int32Array(unitCount).fill(-1);
  const unitBucket = new Int32Array(unitCount);
  const eligible = new Uint8Array(p.bucketCount);
  const counts = new Int32Array(p.origins.length + 1);
  for (let b = 0; b < p.bucketCount; b++) {
    const size = p.unitStart[b + 1]! - p.unitStart[b]!;
    const ok = size >= 2 && size <= s.copyMaxSharers && !p.denialsOnly[b];
    eligible[b] = ok ? 1 : 0;
    for (let u = p.unitStart[b]!; u < p.unitStart[b + 1]!; u++) {
      unitBucket[u] = b;
      if (!ok || p.unitNegative[u]) continue;
      let found = -1;
      for (let e = p.unitEntryStart[u]!; e < p.unitEntryStart[u + 1]!; e++) {
        if (p.entrySupport[e] === 1 && p.entryCompatible[e]) {
          if (found >= 0) {
            found = -2;
            break;
          }
          found = p.entryCandidate[e]!;
        }
      }
      unitValue[u] = found >= 0 ? found : -1;
      if (found >= 0) counts[p.unitOrigin[u]! + 1] = counts[p.unitOrigin[u]! + 1]! + 1;
    }
  }
  for (let o = 0; o < p.origins.length; o++) counts[o + 1] = counts[o + 1]! + counts[o]!;
  const start = Int32Array.from(counts);
  const fill = Int32Array.from(counts);
  const units = new Int32Array(counts[p.origins.length]!);
  // Units are visited in bucket order, so each origin's list is sorted by bucket.
  for (let u = 0; u < unitCount; u++) {
    if (unitValue[u]! < 0) continue;
    const o = p.unitOrigin[u]!;
    units[fill[o]!] = u;
    fill[o] = fill[o]! + 1;
  }
  // Every two units of one value in one eligible bucket: the places a false value can be shared.
  const origins = p.origins.length;
  const pairIndex = new Map<number, number>();
  const pairKey: number[] = [];
  const sameU: number[] = [];
  const samePair: number[] = [];
  for (let b = 0; b < p.bucketCount; b++) {
    if (!eligible[b]) continue;
    const end = p.unitStart[b + 1]!;
    for (let u = p.unitStart[b]!; u < end; u++) {
      if (unitValue[u]! < 0) continue;
      for (let v = u + 1; v < end; v++) {
        const a = p.unitOrigin[u]!;
        const c = p.unitOrigin[v]!;
        if (unitValue[v] !== unitValue[u] || a === c) continue;
        const key = a < c ? a * origins + c : c * origins + a;
        let pair = pairIndex.get(key);
        if (pair === undefined) {
          pair = pairKey.length;
          pairIndex.set(key, pair);
          pairKey.push(key);
        }
        sameU.push(u);
        samePair.push(pair);
      }
    }
  }
  return {
    unitValue,
    start,
    units,
    unitBucket,
    eligible,
    sameU: Int32Array.from(sameU),
    samePair: Int32Array.from(samePair),
    pairKey: Float64Array.from(pairKey),
    meetings: new Map(),
  };
}

/** The unit of origin `o` in bucket `b` (among the indexed ones), or −1. */
function unitOf(index: CopyIndex, o: number, b: number): number {
  let lo = index.start[o]!;
  let hi = index.start[o + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const mb = index.unitBucket[index.units[mid]!]!;
    if (mb < b) lo = mid + 1;
    else hi = mid;
  }
  return lo < index.start[o + 1]! && index.unitBucket[index.units[lo]!] === b ? index.units[lo]! : -1;
}

const snap = (x: number) => Math.round(x * 2 ** 24) / 2 ** 24;

/**
 * Writes the independence weights of the units (1: independent) into `out`,
 * given each bucket's current best candidate (global index), the trust of
 * the origins and the logarithm of each domain's number of false values
 * (a bucket of booleans, domain −1, has one).
 * Returns false, writing nothing, when no pair is suspected (every weight 1).
 * @internal
 */
export function detectCopying(
  p: Problem,
  index: CopyIndex,
  best: Int32Array,
  trust: Float64Array,
  logFalseValues: Float64Array,
  s: CopySettings,
  out: Float64Array,
): boolean {
  const origins = p.origins.length;
  const { unitValue } = index;
  // Pairs giving one false value in one moment.
  const shared = new Int32Array(index.pairKey.length);
  let suspected = 0;
  for (let i = 0; i < index.sameU.length; i++) {
    const u = index.sameU[i]!;
    if (unitValue[u] === best[index.unitBucket[u]!]) continue;
    const pair = index.samePair[i]!;
    shared[pair] = shared[pair]! + 1;
    if (shared[pair] === s.copyMinShared) suspected++;
  }
  if (suspected === 0) return false;
  const c = s.copyRate;
  const prior = s.copyPrior;
  const discount = out;
  discount.fill(0);
  let any = false;
  for (let pair = 0; pair < shared.length; pair++) {
    if (shared[pair]! < s.copyMinShared) continue;
    const key = index.pairKey[pair]!;
    const a = Math.floor(key / origins);
    const o = key % origins;
    let meet = index.meetings.get(key);
    if (meet === undefined) {
      // Where the two meet: through the moments of the one with fewer.
      const [few, other] = index.start[a + 1]! - index.start[a]! <= index.start[o + 1]! - index.start[o]! ? [a, o] : [o, a];
      const found: number[] = [];
      for (let i = index.start[few]!; i < index.start[few + 1]!; i++) {
        const u = index.units[i]!;
        const v = unitOf(index, other, index.unitBucket[u]!);
        if (v >= 0) found.push(u, v);
      }
      index.meetings.set(key, (meet = Int32Array.from(found)));
    }
    let kt = 0;
    let kf = 0;
    let kd = 0;
    let logN = 0;
    const together: number[] = [];
    for (let i = 0; i < meet.length; i += 2) {
      const u = meet[i]!;
      const v = meet[i + 1]!;
      const b = index.unitBucket[u]!;
      if (unitValue[u] !== unitValue[v]) kd++;
      else {
        together.push(u, v);
        if (unitValue[u] === best[b]) kt++;
        else {
          kf++;
          const domain = p.bucketDomain[b]!;
          logN += domain < 0 ? 0 : logFalseValues[domain]!;
        }
      }
    }
    const a1 = trust[a]!;
    const a2 = trust[o]!;
    const mean = (a1 + a2) / 2;
    const pt = a1 * a2;
    const pf = ((1 - a1) * (1 - a2)) / Math.exp(logN / kf);
    const pd = Math.max(1 - pt - pf, 1e-12);
    const independent = kt * Math.log(pt) + kf * Math.log(pf) + kd * Math.log(pd);
    const copying = kt * Math.log(pt * (1 - c) + c * mean) + kf * Math.log(pf * (1 - c) + c * (1 - mean)) + kd * Math.log(pd * (1 - c));
    const dependence = 1 / (1 + ((1 - prior) / prior) * Math.exp(independent - copying));
    // Snapped, so the sums do not depend on the order of the claims.
    const share = snap(c * dependence);
    if (share === 0) continue;
    any = true;
    for (const u of together) discount[u] = discount[u]! + share;
  }
  if (!any) return false;
  for (let u = 0; u < discount.length; u++) discount[u] = 1 / (1 + discount[u]!);
  return true;
}
