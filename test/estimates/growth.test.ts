/**
 * The model's cost grows about linearly with the claims: four times the
 * claims must take less than RATIO times as long (linear gives 4, quadratic
 * 16), best of three runs each. Also for one moment with thousands of
 * distinct figures, where comparing every claim with every candidate would
 * be quadratic.
 */
import { describe, expect, it } from "vitest";
import { estimate, type EstimateItem } from "../../src/estimates/index.js";
import { synthetic } from "../../bench/fusion/synthetic.js";
import { claim, item, q } from "./helpers.js";

const RATIO = 9;
/** Runs under this many milliseconds count as this many: below it, timer noise dominates. */
const FLOOR_MS = 30;

function best(items: readonly EstimateItem[]): number {
  let fastest = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    estimate(items);
    fastest = Math.min(fastest, performance.now() - start);
  }
  return Math.max(fastest, FLOOR_MS);
}

/** One moment where every claim gives its own figure, all within a few percent of each other. */
function crowded(claims: number): EstimateItem[] {
  return [item("crowd", Array.from({ length: claims }, (_, i) => claim(`c${i}`, `s${i % 97}-${i}`, q(100000 + i))))];
}

describe("estimate: growth", () => {
  it("grows about linearly with the number of moments", () => {
    const small = synthetic({ items: 5000, sources: 200, seed: 1, claimsPerItem: 4 }).items;
    const large = synthetic({ items: 20000, sources: 800, seed: 1, claimsPerItem: 4 }).items;
    expect(best(large) / best(small)).toBeLessThan(RATIO);
  });

  it("grows about linearly with the size of one moment", () => {
    expect(best(crowded(8000)) / best(crowded(2000))).toBeLessThan(RATIO);
  });
});
