/**
 * Calibration on synthetic data with known truth (a fixed seed, so the test
 * is deterministic): estimates given with confidence near 0.8 are right about
 * 80 % of the time. Margin: every tenth of the confidence scale holding at
 * least 300 estimates is right within 0.08 of its mean confidence, and the
 * expected calibration error over all of them is below 0.04.
 */
import { describe, expect, it } from "vitest";
import { estimate } from "../../src/estimates/index.js";
import { synthetic, type SyntheticOptions } from "../../bench/fusion/synthetic.js";

const MARGIN = 0.08;
const MIN_BIN = 300;
const MAX_ECE = 0.04;

function calibration(options: SyntheticOptions) {
  const data = synthetic(options);
  const result = estimate(data.items);
  const bins = Array.from({ length: 10 }, () => ({ count: 0, right: 0, confidence: 0 }));
  let right = 0;
  for (const it of result.items) {
    const e = it.estimates[0]!;
    const ok = e.value.kind === "number" && e.value.amount === data.truth.get(it.key);
    const bin = bins[Math.min(9, Math.floor(e.confidence * 10))]!;
    bin.count++;
    bin.confidence += e.confidence;
    if (ok) {
      bin.right++;
      right++;
    }
  }
  const ece = bins.reduce((sum, b) => sum + Math.abs(b.right - b.confidence), 0) / result.items.length;
  return { bins, ece, accuracy: right / result.items.length, trust: result.sources, data };
}

describe("estimate: calibration", () => {
  it.each([
    ["independent sources", { items: 5000, sources: 60, seed: 7 }],
    ["a fifth of the sources copying others", { items: 5000, sources: 60, seed: 11, copiers: 0.2 }],
    ["more claims per item", { items: 6000, sources: 40, seed: 3, claimsPerItem: 6 }],
  ] as const)("is calibrated with %s", (_, options) => {
    const { bins, ece } = calibration(options);
    let checked = 0;
    for (const b of bins) {
      if (b.count < MIN_BIN) continue;
      checked++;
      expect(Math.abs(b.right / b.count - b.confidence / b.count)).toBeLessThan(MARGIN);
    }
    expect(checked).toBeGreaterThanOrEqual(3);
    expect(ece).toBeLessThan(MAX_ECE);
  });

  it("is right about 80 % of the time at a confidence of 0.8", () => {
    const { bins } = calibration({ items: 5000, sources: 60, seed: 7 });
    const b = bins[7]!; // [0.7, 0.8)
    const c = bins[8]!; // [0.8, 0.9)
    const count = b.count + c.count;
    const mean = (b.confidence + c.confidence) / count;
    expect(mean).toBeGreaterThan(0.75);
    expect(mean).toBeLessThan(0.85);
    expect(Math.abs((b.right + c.right) / count - mean)).toBeLessThan(MARGIN);
  });

  it("learns each source's accuracy", () => {
    const { trust, data } = calibration({ items: 5000, sources: 60, seed: 7 });
    const error = trust.reduce((sum, s) => sum + Math.abs(s.trust - data.accuracy.get(s.id)!), 0) / trust.length;
    expect(error).toBeLessThan(0.1);
  });
});
