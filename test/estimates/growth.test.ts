/**
 * The model's cost grows about linearly with the claims: four times the
 * claims must take less than RATIO times as long (linear gives 4, a little
 * more with garbage collection; quadratic 16), best of five runs each in processor time, run in turns so a
 * busy moment of the machine slows both alike. Also for one moment with thousands of
 * distinct figures, where comparing every claim with every candidate would
 * be quadratic.
 */
import { describe, expect, it } from "vitest";
import { estimate, type EstimateItem } from "../../src/estimates/index.js";
import { synthetic } from "../../bench/fusion/synthetic.js";
import { claim, item, q } from "./helpers.js";
import { cpuMs } from "../cpu-time.js";

const RATIO = 10;
/** Runs under this many milliseconds count as this many: below it, the clock's grain and noise dominate. */
const FLOOR_MS = 50;

/** The best time of five runs of each input, taken in turns. */
function best(a: readonly EstimateItem[], b: readonly EstimateItem[]): [number, number] {
  const fastest: [number, number] = [Infinity, Infinity];
  for (let run = 0; run < 5; run++) {
    [a, b].forEach((items, i) => {
      fastest[i] = Math.min(fastest[i]!, cpuMs(() => estimate(items)));
    });
  }
  return [Math.max(fastest[0], FLOOR_MS), Math.max(fastest[1], FLOOR_MS)];
}

/** One moment where every claim gives its own figure, all within a few percent of each other. */
function crowded(claims: number): EstimateItem[] {
  return [item("crowd", Array.from({ length: claims }, (_, i) => claim(`c${i}`, `s${i % 97}-${i}`, q(100000 + i))))];
}

describe("estimate: growth", () => {
  it("grows about linearly with the number of moments", () => {
    const small = synthetic({ items: 4000, sources: 160, seed: 1, claimsPerItem: 3 }).items;
    const large = synthetic({ items: 16000, sources: 640, seed: 1, claimsPerItem: 3 }).items;
    const [fast, slow] = best(small, large);
    expect(slow / fast).toBeLessThan(RATIO);
  });

  it("grows about linearly with the size of one moment", () => {
    const [fast, slow] = best(crowded(1500), crowded(6000));
    expect(slow / fast).toBeLessThan(RATIO);
  });
});
