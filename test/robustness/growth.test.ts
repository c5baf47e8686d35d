/**
 * The judge of linear growth (`growth.ts`) on made-up samplers: what it says
 * is decided by the times it is given, never by the clock.
 */
import { describe, expect, it } from "vitest";
import { growthLimit, measureGrowth, timePerCall } from "./growth.js";
import type { Sampler } from "./growth.js";

/** A sampler whose call takes `perCall(size)` ms. */
const sampler =
  (perCall: (size: number) => number): Sampler =>
  async (size) => ({ ms: perCall(size) });

describe("measureGrowth", () => {
  it("passes linear calls and fails quadratic ones", async () => {
    expect(await measureGrowth(sampler((n) => n * 1e-6), [10_000, 1_000_000])).toMatchObject({ linear: true, growth: 100 });
    const quadratic = await measureGrowth(sampler((n) => n * n * 1e-9), [10_000, 1_000_000]);
    expect(quadratic.linear).toBe(false);
  });

  it("passes growth just under a third of quadratic and fails it just over", async () => {
    const limit = growthLimit(10_000, 1_000_000);
    expect((await measureGrowth(sampler((n) => (n === 10_000 ? 1 : limit * 0.99)), [10_000, 1_000_000])).linear).toBe(true);
    expect((await measureGrowth(sampler((n) => (n === 10_000 ? 1 : limit * 1.01)), [10_000, 1_000_000])).linear).toBe(false);
  });

  it("never divides by a zero time: a batch the clock did not see took at most its grain", async () => {
    // A constant-time call whose small batches read as 0 ms.
    const verdict = await measureGrowth(sampler((n) => (n === 10_000 ? 0 : 1e-9)), [10_000, 1_000_000]);
    expect(verdict).toMatchObject({ linear: true });
    if (verdict.linear) expect(Number.isFinite(verdict.growth)).toBe(true);
  });

  it("says why a call that throws is not judged", async () => {
    const verdict = await measureGrowth(async () => ({ error: "RangeError: too deep" }), [10_000, 1_000_000]);
    expect(verdict).toEqual({ linear: false, why: "10 KB: threw RangeError: too deep" });
  });
});

describe("timePerCall", () => {
  it("leaves out the share of the time spent collecting garbage", () => {
    expect(timePerCall({ cpu: 10, elapsed: 10, collecting: 2, batch: 2 })).toBeCloseTo(4);
  });

  it("keeps the whole processor time when collection costs add up to the elapsed time or more", () => {
    // Helper threads collecting in parallel: summed costs over the elapsed time.
    expect(timePerCall({ cpu: 3, elapsed: 2, collecting: 2.5, batch: 1 })).toBe(3);
    expect(timePerCall({ cpu: 3, elapsed: 2, collecting: 2, batch: 1 })).toBe(3);
  });

  it("is never zero", () => {
    expect(timePerCall({ cpu: 0, elapsed: 0, collecting: 0, batch: 4000 })).toBeGreaterThan(0);
    expect(timePerCall({ cpu: 0, elapsed: 1, collecting: 0, batch: 1 })).toBeGreaterThan(0);
  });
});
