/**
 * The built-in rules against their pairwise readings (pairwise.ts) on random
 * claim sets: chained times (days, months, quarters, open ends), hedged and
 * open-bounded values or text, several sources and documents, plans and
 * denials, scoped and unscoped claims. Both must report the same claim lists.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim, ClaimSet } from "../../src/index.js";
import { check } from "../../src/index.js";
import { PAIRWISE, TIMES } from "./pairwise.js";
import { onlyRule } from "./tester.js";

/** More separate days, for more moments on the timeline. */
const DAYS = ["2025-03-01", "2025-03-10", "2025-03-20", "2025-07-01", "2025-07-15", "2025-08-01", "2025-08-20"];
const VALUES = {
  quantity: ["900", "~900", "<1000", "1000", ">=1000", ">90", "90", "2000", "800..2100", "~1400", "(5..10]", "5", "10"],
  text: ["Smith", "Jones", "Brown"],
};
const SCOPES = [undefined, undefined, { location: "Iraq" }, { location: "Syria" }];

const MODALITIES: Array<Claim["modality"]> = [undefined, undefined, undefined, "planned", "denied"];

/**
 * Random claim sets; `timeline` keeps to what the timeline rules read (one
 * group of asserted, changing values, more claims), so that they find more.
 */
function claimSets(timeline: boolean): fc.Arbitrary<ClaimSet> {
  const settings = fc.record({
    type: fc.constantFrom<"quantity" | "text">("quantity", "quantity", "text"),
    temporal: timeline ? fc.constant<"state">("state") : fc.constantFrom<"state" | "static">("state", "state", "state", "static"),
    window: fc.constantFrom("P7D", "P30D", "P1M", "P1Y"),
  });
  return settings.chain(({ type, temporal, window }) => {
    const claim = fc.record({
      value: fc.constantFrom(...VALUES[type]),
      asOf: timeline ? fc.constantFrom(...TIMES, ...DAYS, ...DAYS) : fc.constantFrom(undefined, ...TIMES),
      published: fc.constantFrom(undefined, "2025-04-01", "2025-04-10", "2025-05-01"),
      source: fc.constantFrom("s1", "s2", "s3"),
      document: fc.constantFrom(undefined, undefined, "d1", "d2"),
      modality: timeline ? fc.constant(undefined) : fc.constantFrom(...MODALITIES),
      scope: timeline ? fc.constant(undefined) : fc.constantFrom(...SCOPES),
    });
    return fc.array(claim, { minLength: 2, maxLength: timeline ? 24 : 16 }).map(
      (claims): ClaimSet => ({
        properties: [{ id: "figure", type, temporal, window }],
        claims: claims.map((c, i) => {
          const written: Record<string, unknown> = { id: `c${i}`, subject: "us-forces", property: "figure", value: c.value, source: c.source };
          for (const key of ["asOf", "published", "document", "modality", "scope"] as const) if (c[key] !== undefined) written[key] = c[key];
          return written as unknown as Claim;
        }),
      }),
    );
  });
}

describe("the rules against their pairwise readings", () => {
  for (const [id, reading] of Object.entries(PAIRWISE)) {
    it(`${id} reports what comparing every pair reports`, () => {
      fc.assert(
        fc.property(claimSets(id === "outdated-value" || id === "rapid-change"), (set) => {
          const report = check(set, { rules: { ...onlyRule(id), [reading.meta.id]: "warning" }, customRules: [reading] });
          const lists = (rule: string) =>
            report.conflicts
              .filter((c) => c.rule === rule)
              .map((c) => `${c.group}: ${c.claims.join(",")}`)
              .sort();
          expect(lists(id)).toEqual(lists(reading.meta.id));
        }),
        { numRuns: 300 },
      );
    });
  }
});
