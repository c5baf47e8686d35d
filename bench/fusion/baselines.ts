/**
 * The classic truth-discovery algorithms, written from their papers, run on
 * the same items as corroborate's model. Each sees the categorical view the
 * literature uses: a fact is one distinct value of one item, a source asserts
 * facts, and the facts of one item exclude each other. Every algorithm
 * returns a belief per fact; the item's answer is its best fact (ties are
 * scored as split by the runner).
 */
import type { EstimateItem } from "../../src/estimates/index.js";

/** The bipartite source–fact graph of a set of items. */
export interface Facts {
  items: number;
  /** Facts of item i: `itemStart[i]` to `itemStart[i + 1]`. */
  itemStart: Int32Array;
  factItem: Int32Array;
  factDisplay: string[];
  /** The number a fact names (NaN for text). */
  factNumber: Float64Array;
  sources: number;
  /** Facts each source asserts, and sources asserting each fact (each pair once). */
  sourceFacts: Int32Array[];
  factSources: Int32Array[];
  /** Items each source speaks on. */
  sourceItems: Int32Array[];
}

/** Builds the graph from the asserted claims of the items, by source as written. */
export function factsOf(items: readonly EstimateItem[]): Facts {
  const itemStart = [0];
  const factItem: number[] = [];
  const factDisplay: string[] = [];
  const factNumber: number[] = [];
  const sourceIndex = new Map<string, number>();
  const sourceFacts: Set<number>[] = [];
  const factSources: Set<number>[] = [];
  items.forEach((item, i) => {
    const facts = new Map<string, number>();
    for (const claim of item.claims) {
      if (claim.modality !== "asserted") continue;
      const v = claim.value;
      const key = v.kind === "key" ? v.key : v.display;
      let f = facts.get(key);
      if (f === undefined) {
        f = factItem.length;
        facts.set(key, f);
        factItem.push(i);
        factDisplay.push(v.display);
        factNumber.push(v.kind === "number" && v.amount !== undefined ? v.amount : NaN);
        factSources.push(new Set());
      }
      let s = sourceIndex.get(claim.source);
      if (s === undefined) {
        s = sourceFacts.length;
        sourceIndex.set(claim.source, s);
        sourceFacts.push(new Set());
      }
      sourceFacts[s]!.add(f);
      factSources[f]!.add(s);
    }
    itemStart.push(factItem.length);
  });
  const sourceItems = sourceFacts.map((fs) => Int32Array.from(new Set([...fs].map((f) => factItem[f]!))));
  return {
    items: items.length,
    itemStart: Int32Array.from(itemStart),
    factItem: Int32Array.from(factItem),
    factDisplay,
    factNumber: Float64Array.from(factNumber),
    sources: sourceFacts.length,
    sourceFacts: sourceFacts.map((s) => Int32Array.from(s)),
    factSources: factSources.map((s) => Int32Array.from(s)),
    sourceItems,
  };
}

function normaliseMax(x: Float64Array): void {
  let max = 0;
  for (const v of x) if (v > max) max = v;
  if (max > 0) for (let i = 0; i < x.length; i++) x[i]! /= max;
}

/** Majority vote: the number of sources asserting each fact. */
export function majority(g: Facts): Float64Array {
  return Float64Array.from(g.factSources, (s) => s.length);
}

/** Sums (Hubs and Authorities; Kleinberg 1999, as a fact-finder in Pasternack & Roth 2010): 20 rounds from beliefs of 0.5. */
export function sums(g: Facts, rounds = 20): Float64Array {
  let belief = new Float64Array(g.factItem.length).fill(0.5);
  for (let r = 0; r < rounds; r++) {
    const trust = Float64Array.from(g.sourceFacts, (fs) => fs.reduce((t, f) => t + belief[f]!, 0));
    normaliseMax(trust);
    belief = Float64Array.from(g.factSources, (ss) => ss.reduce((b, s) => b + trust[s]!, 0));
    normaliseMax(belief);
  }
  return belief;
}

/** Average·Log (Pasternack & Roth 2010): trust = log|F(s)| × mean belief; 20 rounds. */
export function averageLog(g: Facts, rounds = 20): Float64Array {
  let belief = new Float64Array(g.factItem.length).fill(0.5);
  for (let r = 0; r < rounds; r++) {
    const trust = Float64Array.from(g.sourceFacts, (fs) => (Math.log(fs.length) * fs.reduce((t, f) => t + belief[f]!, 0)) / fs.length);
    normaliseMax(trust);
    belief = Float64Array.from(g.factSources, (ss) => ss.reduce((b, s) => b + trust[s]!, 0));
    normaliseMax(belief);
  }
  return belief;
}

/** The share of sources of its item asserting each fact (the "voted" prior). */
function votedPrior(g: Facts): Float64Array {
  const belief = new Float64Array(g.factItem.length);
  for (let i = 0; i < g.items; i++) {
    let total = 0;
    for (let f = g.itemStart[i]!; f < g.itemStart[i + 1]!; f++) total += g.factSources[f]!.length;
    for (let f = g.itemStart[i]!; f < g.itemStart[i + 1]!; f++) belief[f] = total > 0 ? g.factSources[f]!.length / total : 0;
  }
  return belief;
}

/** Trust after sources invest their trust evenly in their facts and are paid back in proportion (Investment's trust step). */
function investmentTrust(g: Facts, trust: Float64Array, belief: Float64Array): Float64Array {
  const invested = Float64Array.from(g.factSources, (ss) => ss.reduce((t, s) => t + trust[s]! / g.sourceFacts[s]!.length, 0));
  return Float64Array.from(g.sourceFacts, (fs, s) => {
    const share = trust[s]! / fs.length;
    let t = 0;
    for (const f of fs) if (invested[f]! > 0) t += (belief[f]! * share) / invested[f]!;
    return t;
  });
}

/** Investment (Pasternack & Roth 2010): G(x) = x^1.2, voted prior, 20 rounds. */
export function investment(g: Facts, rounds = 20, exponent = 1.2): Float64Array {
  let trust: Float64Array = new Float64Array(g.sources).fill(1);
  let belief: Float64Array = votedPrior(g);
  for (let r = 0; r < rounds; r++) {
    trust = investmentTrust(g, trust, belief);
    belief = Float64Array.from(g.factSources, (ss) => Math.pow(ss.reduce((b, s) => b + trust[s]! / g.sourceFacts[s]!.length, 0), exponent));
    normaliseMax(trust);
    normaliseMax(belief);
  }
  return belief;
}

/** PooledInvestment (Pasternack & Roth 2010): returns pooled within an item, G(x) = x^1.4, uniform prior, 10 rounds. */
export function pooledInvestment(g: Facts, rounds = 10, exponent = 1.4): Float64Array {
  let trust: Float64Array = new Float64Array(g.sources).fill(1);
  let belief: Float64Array = new Float64Array(g.factItem.length);
  for (let i = 0; i < g.items; i++) {
    const n = g.itemStart[i + 1]! - g.itemStart[i]!;
    for (let f = g.itemStart[i]!; f < g.itemStart[i + 1]!; f++) belief[f] = 1 / n;
  }
  for (let r = 0; r < rounds; r++) {
    trust = investmentTrust(g, trust, belief);
    const h = Float64Array.from(g.factSources, (ss) => ss.reduce((b, s) => b + trust[s]! / g.sourceFacts[s]!.length, 0));
    const next = new Float64Array(belief.length);
    for (let i = 0; i < g.items; i++) {
      let pool = 0;
      for (let f = g.itemStart[i]!; f < g.itemStart[i + 1]!; f++) pool += Math.pow(h[f]!, exponent);
      for (let f = g.itemStart[i]!; f < g.itemStart[i + 1]!; f++) next[f] = pool > 0 ? (h[f]! * Math.pow(h[f]!, exponent)) / pool : 0;
    }
    belief = next;
    normaliseMax(trust);
    normaliseMax(belief);
  }
  return belief;
}

/**
 * TruthFinder (Yin, Han & Yu, KDD 2007): t₀ = 0.9, γ = 0.3, 20 rounds (it
 * converges within them here). With ρ > 0 facts of one item imply each
 * other: for two numbers, their similarity (1 − relative difference, at
 * least 0) minus base 0.5, so values within half of each other support each
 * other and farther ones count against; text implies nothing. The published
 * Population figure (0.825) is that of ρ = 0, which this reproduces.
 */
export function truthFinder(g: Facts, rounds = 20, rho = 0, gamma = 0.3, initial = 0.9, base = 0.5): Float64Array {
  let trust = new Float64Array(g.sources).fill(initial);
  const confidence = new Float64Array(g.factItem.length);
  for (let r = 0; r < rounds; r++) {
    const tau = Float64Array.from(trust, (t) => -Math.log(Math.max(1 - t, 1e-12)));
    const sigma = Float64Array.from(g.factSources, (ss) => ss.reduce((x, s) => x + tau[s]!, 0));
    for (let i = 0; i < g.items; i++) {
      for (let f = g.itemStart[i]!; f < g.itemStart[i + 1]!; f++) {
        let adjusted = sigma[f]!;
        for (let f2 = g.itemStart[i]!; f2 < g.itemStart[i + 1]!; f2++) {
          if (f2 === f) continue;
          const a = g.factNumber[f]!;
          const b = g.factNumber[f2]!;
          if (Number.isNaN(a) || Number.isNaN(b)) continue;
          const m = Math.max(Math.abs(a), Math.abs(b));
          const sim = m === 0 ? 1 : Math.max(0, 1 - Math.abs(a - b) / m);
          adjusted += rho * sigma[f2]! * (sim - base);
        }
        confidence[f] = 1 / (1 + Math.exp(-gamma * adjusted));
      }
    }
    trust = Float64Array.from(g.sourceFacts, (fs) => fs.reduce((t, f) => t + confidence[f]!, 0) / fs.length);
  }
  return confidence;
}

/** Rescales to span [0, 1] (Galland et al.'s normalisation between steps). */
function normaliseRange(x: Float64Array): void {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of x) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi > lo) for (let i = 0; i < x.length; i++) x[i] = (x[i]! - lo) / (hi - lo);
}

/**
 * 2-Estimates (Galland, Abiteboul, Marian & Senellart, WSDM 2010): a source
 * asserting one fact of an item votes against the item's other facts; trust
 * is one minus the mean error of a source's votes, belief the mean of the
 * votes on a fact, each rescaled to [0, 1]; trust starts at 0.8, 20 rounds.
 */
export function twoEstimates(g: Facts, rounds = 20, initial = 0.8): Float64Array {
  let trust = new Float64Array(g.sources).fill(initial);
  const belief = new Float64Array(g.factItem.length);
  // Sources speaking on each item, for the implicit negative votes.
  const itemSources: number[][] = Array.from({ length: g.items }, () => []);
  g.sourceItems.forEach((items, s) => items.forEach((i) => itemSources[i]!.push(s)));
  const asserted = g.sourceFacts.map((fs) => new Set(fs));
  const asserts = (s: number, f: number) => asserted[s]!.has(f);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < g.items; i++) {
      const ss = itemSources[i]!;
      for (let f = g.itemStart[i]!; f < g.itemStart[i + 1]!; f++) {
        let b = 0;
        for (const s of ss) b += asserts(s, f) ? trust[s]! : 1 - trust[s]!;
        belief[f] = ss.length > 0 ? b / ss.length : 0;
      }
    }
    normaliseRange(belief);
    trust = Float64Array.from(g.sourceItems, (items, s) => {
      let error = 0;
      let votes = 0;
      for (const i of items) {
        for (let f = g.itemStart[i]!; f < g.itemStart[i + 1]!; f++) {
          error += asserts(s, f) ? 1 - belief[f]! : belief[f]!;
          votes++;
        }
      }
      return votes > 0 ? 1 - error / votes : 0;
    });
    normaliseRange(trust);
  }
  return belief;
}

/**
 * Accu (Dong, Berti-Equille & Srivastava, VLDB 2009) without copy detection:
 * vote ln(nA/(1 − A)) with n = 100, P by softmax within an item, accuracy the
 * mean P of a source's facts; accuracy starts at 0.8, 20 rounds.
 */
export function accu(g: Facts, rounds = 20, n = 100, initial = 0.8): Float64Array {
  let accuracy = new Float64Array(g.sources).fill(initial);
  const p = new Float64Array(g.factItem.length);
  for (let r = 0; r < rounds; r++) {
    const vote = Float64Array.from(accuracy, (a) => {
      const x = Math.min(Math.max(a, 0.01), 0.99);
      return Math.log((n * x) / (1 - x));
    });
    for (let i = 0; i < g.items; i++) {
      let max = -Infinity;
      const c: number[] = [];
      for (let f = g.itemStart[i]!; f < g.itemStart[i + 1]!; f++) {
        const x = g.factSources[f]!.reduce((t, s) => t + vote[s]!, 0);
        c.push(x);
        if (x > max) max = x;
      }
      const z = c.reduce((t, x) => t + Math.exp(x - max), 0);
      for (let f = g.itemStart[i]!; f < g.itemStart[i + 1]!; f++) p[f] = Math.exp(c[f - g.itemStart[i]!]! - max) / z;
    }
    accuracy = Float64Array.from(g.sourceFacts, (fs) => fs.reduce((t, f) => t + p[f]!, 0) / fs.length);
  }
  return p;
}

/**
 * CRH (Li, Li, Gao, Su, Zhao, Fan & Han, SIGMOD 2014) for numbers: the truth
 * is the weighted median of an item's claims, the loss a claim's absolute
 * distance to it over the item's standard deviation, and a source's weight
 * −log(its loss / the total loss); text uses 0–1 loss and a weighted vote.
 * Starts from the unweighted median; 10 rounds.
 */
export function crh(g: Facts, rounds = 10): Float64Array {
  let weight = new Float64Array(g.sources).fill(1);
  const belief = new Float64Array(g.factItem.length);
  // Each item's spread, so losses of large and small numbers weigh alike.
  const spread = new Float64Array(g.items);
  for (let i = 0; i < g.items; i++) {
    const xs: number[] = [];
    for (let f = g.itemStart[i]!; f < g.itemStart[i + 1]!; f++) for (let k = 0; k < g.factSources[f]!.length; k++) xs.push(g.factNumber[f]!);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    spread[i] = sd > 0 && Number.isFinite(sd) ? sd : 1;
  }
  const truth = new Int32Array(g.items);
  for (let r = 0; r <= rounds; r++) {
    for (let i = 0; i < g.items; i++) {
      const start = g.itemStart[i]!;
      const end = g.itemStart[i + 1]!;
      const numeric = !Number.isNaN(g.factNumber[start]!);
      for (let f = start; f < end; f++) belief[f] = g.factSources[f]!.reduce((t, s) => t + weight[s]!, 0);
      if (numeric) {
        // Weighted median: where half the weight lies at or below; both neighbours when exactly half does.
        const order = Array.from({ length: end - start }, (_, k) => start + k).sort((a, b) => g.factNumber[a]! - g.factNumber[b]!);
        const total = order.reduce((t, f) => t + belief[f]!, 0);
        let acc = 0;
        const medians: number[] = [];
        for (let k = 0; k < order.length; k++) {
          acc += belief[order[k]!]!;
          if (acc >= total / 2) {
            medians.push(order[k]!);
            if (acc === total / 2 && k + 1 < order.length) medians.push(order[k + 1]!);
            break;
          }
        }
        for (const f of medians) belief[f] = belief[f]! + total;
      }
      let best = start;
      for (let f = start; f < end; f++) if (belief[f]! > belief[best]!) best = f;
      truth[i] = best;
    }
    const loss = Float64Array.from(g.sourceFacts, (fs) =>
      fs.reduce((t, f) => {
        const i = g.factItem[f]!;
        const tf = truth[i]!;
        const a = g.factNumber[f]!;
        const b = g.factNumber[tf]!;
        return t + (Number.isNaN(a) || Number.isNaN(b) ? (f === tf ? 0 : 1) : Math.abs(a - b) / spread[i]!);
      }, 0),
    );
    const total = loss.reduce((a, b) => a + b, 0);
    weight = Float64Array.from(loss, (l) => -Math.log(Math.max(l, 1e-9) / (total > 0 ? total : 1)));
  }
  return belief;
}
