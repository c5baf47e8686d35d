/**
 * corroborate's estimates on seeded synthetic data with known truth: accuracy
 * beside the classic algorithms, and calibration (how often estimates given
 * with a confidence are right).
 *
 *   npx tsx bench/fusion/calibration.ts
 */
import { estimate, type EstimateItem } from "../../src/estimates/index.js";
import { accu, factsOf, investment, majority, sums, truthFinder } from "./baselines.js";
import { synthetic, type SyntheticOptions } from "./synthetic.js";

const SETS: [string, SyntheticOptions][] = [
  ["independent sources", { items: 5000, sources: 60, seed: 7 }],
  ["a fifth copy others", { items: 5000, sources: 60, seed: 11, copiers: 0.2 }],
  ["six claims a moment", { items: 6000, sources: 40, seed: 3, claimsPerItem: 6 }],
  ["accurate sources", { items: 5000, sources: 60, seed: 5, accuracy: [0.5, 0.99] }],
];

/** Accuracy with ties split, of beliefs per fact. */
function beliefAccuracy(items: readonly EstimateItem[], truth: Map<string, number>, belief: (g: ReturnType<typeof factsOf>) => Float64Array): number {
  const g = factsOf(items);
  const b = belief(g);
  let right = 0;
  items.forEach((item, i) => {
    let best = -Infinity;
    for (let f = g.itemStart[i]!; f < g.itemStart[i + 1]!; f++) if (b[f]! > best) best = b[f]!;
    const tied: number[] = [];
    for (let f = g.itemStart[i]!; f < g.itemStart[i + 1]!; f++) if (best - b[f]! <= Math.abs(best) * 1e-9) tied.push(g.factNumber[f]!);
    if (tied.includes(truth.get(item.key)!)) right += 1 / tied.length;
  });
  return right / items.length;
}

const accuracyRows: string[][] = [["data", "corroborate", "majority", "Sums", "TruthFinder", "Investment", "Accu"]];
const calibrationRows: string[][] = [["data", "ECE", "worst tenth", "trust error", "tenths of the confidence scale: mean confidence → share right (estimates)"]];
for (const [name, options] of SETS) {
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
  accuracyRows.push([
    name,
    (right / result.items.length).toFixed(3),
    ...[majority, sums, truthFinder, investment, accu].map((f) => beliefAccuracy(data.items, data.truth, (g) => f(g)).toFixed(3)),
  ]);
  const ece = bins.reduce((sum, b) => sum + Math.abs(b.right - b.confidence), 0) / result.items.length;
  const worst = Math.max(...bins.filter((b) => b.count >= 300).map((b) => Math.abs(b.right - b.confidence) / b.count));
  const trustError = result.sources.reduce((sum, s) => sum + Math.abs(s.trust - data.accuracy.get(s.id)!), 0) / result.sources.length;
  calibrationRows.push([
    name,
    ece.toFixed(3),
    worst.toFixed(3),
    trustError.toFixed(3),
    bins
      .map((b, i) => (b.count >= 100 ? `${i / 10}–${(i + 1) / 10}: ${(b.confidence / b.count).toFixed(2)} → ${(b.right / b.count).toFixed(2)} (${b.count})` : ""))
      .filter(Boolean)
      .join("; "),
  ]);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((x, c) => (c === 0 || c === r.length - 1 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join("  ").trimEnd();
  return [line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

process.stdout.write(
  `accuracy (corroborate: its estimate; the others: ties split)\n${table(accuracyRows)}\n\n` +
    `calibration (ECE: expected calibration error; worst tenth among those of 300 estimates or more; trust error: mean |trust − accuracy|)\n${table(calibrationRows)}\n`,
);
