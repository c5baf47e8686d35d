/**
 * Synthetic fusion data with known truth, for calibration and timing: items
 * with a true number, sources of known accuracy, wrong values that often
 * coincide (drawn from a few per item, the first more often), and copiers
 * that repeat another source's value. Seeded: the same options give the same
 * items.
 */
import type { EstimateClaim, EstimateItem, NumberValue } from "../../src/estimates/index.js";

/** mulberry32: a small seeded generator, uniform in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What to generate. */
export interface SyntheticOptions {
  items: number;
  sources: number;
  seed: number;
  /** Mean claims per item (at least 1 each; geometric above that). */
  claimsPerItem?: number;
  /** Accuracy of the sources: uniform in [min, max]. */
  accuracy?: [number, number];
  /** Wrong values per item to pick from (the first twice as likely as the next, …). */
  falseValues?: number;
  /** Share of sources that copy another source's value when both speak (their copy rate 0.8). */
  copiers?: number;
}

/** The items, the truth of each (by key), and each source's accuracy. */
export interface SyntheticData {
  items: EstimateItem[];
  truth: Map<string, number>;
  accuracy: Map<string, number>;
  claims: number;
}

function exact(x: number): NumberValue {
  return { kind: "number", span: { lo: x, hi: x, loOpen: false, hiOpen: false }, form: "exact", amount: x, display: String(x) };
}

/** Generates the data. */
export function synthetic(options: SyntheticOptions): SyntheticData {
  const next = random(options.seed);
  const [lo, hi] = options.accuracy ?? [0.3, 0.95];
  const mean = options.claimsPerItem ?? 3;
  const falseValues = options.falseValues ?? 5;
  const sources = Array.from({ length: options.sources }, (_, i) => `s${i}`);
  const accuracy = new Map(sources.map((s) => [s, lo + (hi - lo) * next()]));
  const copies = new Map<string, string>();
  const copierCount = Math.floor((options.copiers ?? 0) * sources.length);
  for (let i = 0; i < copierCount; i++) copies.set(sources[i]!, sources[sources.length - 1 - i]!);
  const items: EstimateItem[] = [];
  const truth = new Map<string, number>();
  let claims = 0;
  for (let i = 0; i < options.items; i++) {
    const key = `item${i}`;
    const value = 1000 + Math.floor(next() * 100000);
    truth.set(key, value);
    // Wrong values: a few per item, far enough apart to be distinct figures.
    const wrong = Array.from({ length: falseValues }, (_, k) => value + (k + 1) * (1 + Math.floor(next() * 50)) * (next() < 0.5 ? -1 : 1) * 7);
    let count = 1;
    while (next() < 1 - 1 / mean) count++;
    const speakers = new Set<string>();
    while (speakers.size < Math.min(count, sources.length)) speakers.add(sources[Math.floor(next() * sources.length)]!);
    const said = new Map<string, number>();
    const ordered = [...speakers].sort((a, b) => (copies.has(a) ? 1 : 0) - (copies.has(b) ? 1 : 0)); // originals first
    for (const s of ordered) {
      const original = copies.get(s);
      let v: number;
      if (original !== undefined && said.has(original) && next() < 0.8) v = said.get(original)!;
      else if (next() < accuracy.get(s)!) v = value;
      else {
        // Zipf-like: the first wrong value half the time, the next a quarter, …
        let k = 0;
        while (k < wrong.length - 1 && next() < 0.5) k++;
        v = wrong[k]!;
      }
      said.set(s, v);
    }
    const itemClaims: EstimateClaim[] = [...said].map(([s, v], n) => ({
      id: `${key}-${n}`,
      source: s,
      origin: s,
      document: `${s}/${key}`,
      value: exact(v),
      modality: "asserted",
    }));
    claims += itemClaims.length;
    items.push({ key, type: "quantity", temporal: "state", property: "figure", claims: itemClaims });
  }
  return { items, truth, accuracy, claims };
}
