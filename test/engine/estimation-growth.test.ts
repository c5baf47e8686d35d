/**
 * The estimates' wiring grows about linearly too: a group of many moments,
 * each with its own dated denial, must not match every denial with every
 * moment. Four times the moments must take less than RATIO times the
 * processor time (linear gives about 4, quadratic 16), best of five runs
 * each, in turns.
 */
import { describe, expect, it } from "vitest";
import type { ClaimSet } from "../../src/index.js";
import { analyzeClaimSet } from "../../src/model/parse.js";
import { prepareClaims } from "../../src/engine/check.js";
import { evidenceOf } from "../../src/engine/estimation.js";
import { isoFromDayNumber } from "../../src/values/days.js";
import { cpuMs } from "../cpu-time.js";

const RATIO = 10;
/** Runs under this many milliseconds count as this many: below it, timer noise dominates. */
const FLOOR_MS = 40;

/** One group: `moments` days three days apart, each with a figure and a denial of another figure. */
function denied(moments: number): ClaimSet {
  const claims: ClaimSet["claims"] = [];
  for (let i = 0; i < moments; i++) {
    const asOf = isoFromDayNumber(20000 + 3 * i);
    claims.push({ id: `a${i}`, subject: "s", property: "count", value: 1000 + (i % 7), source: `o${i % 13}`, asOf });
    claims.push({ id: `d${i}`, subject: "s", property: "count", value: 2000 + (i % 5), source: `o${(i + 5) % 13}`, asOf, modality: "denied" });
  }
  return { properties: [{ id: "count", type: "quantity" }], claims };
}

function prepared(set: ClaimSet) {
  const read = analyzeClaimSet(set, {}, true);
  if (!read.success) throw read.error;
  return prepareClaims(read.data, read.analysis).views;
}


describe("evidenceOf: growth", () => {
  it("grows about linearly with moments that each have their own denial", () => {
    const small = prepared(denied(1500));
    const large = prepared(denied(6000));
    // Each moment meets its own denial (of another figure: it supports the estimate), no other.
    const one = evidenceOf(small).group("s/count")!.estimates;
    expect(one).toHaveLength(1500);
    expect(one.every((estimate, i) => estimate.against.length === 0 && estimate.claims.join() === `a${i},d${i}`)).toBe(true);
    const fastest = [Infinity, Infinity];
    for (let run = 0; run < 5; run++) {
      [small, large].forEach((views, i) => {
        fastest[i] = Math.min(fastest[i]!, cpuMs(() => evidenceOf(views).group("s/count")));
      });
    }
    expect(Math.max(fastest[1]!, FLOOR_MS) / Math.max(fastest[0]!, FLOOR_MS)).toBeLessThan(RATIO);
  }, 120_000);
});
