/**
 * cumulative-decrease (error): a `cumulative` value is lower at a later time
 * than at an earlier one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/index.js";
import { parseQuantity } from "../../src/index.js";
import { claim, P, ruleTester, runRule } from "./tester.js";

const RULE = "cumulative-decrease";
const props = [P.attacks()];
/** An attacks-count claim published on `published`. */
const attacks = (id: string, published: string | undefined, value: Claim["value"], over: Partial<Claim> = {}): Claim =>
  claim(id, { subject: "iran-backed-militias", property: "attacks", value, ...(published ? { published } : {}), ...over });

ruleTester(RULE, {
  valid: [
    { name: "one claim", properties: props, claims: [attacks("a", "2025-01-10", 60)] },
    {
      name: "growing figures",
      properties: props,
      claims: [attacks("a", "2025-01-10", 60), attacks("b", "2025-02-10", 70, { source: "s2" }), attacks("c", "2025-03-10", 90)],
    },
    {
      name: "the same figure later",
      properties: props,
      claims: [attacks("a", "2025-01-10", 60), attacks("b", "2025-02-10", 60, { source: "s2" })],
    },
    {
      name: "a hedged earlier figure compatible with a lower later one (~100 then 95)",
      properties: props,
      claims: [attacks("a", "2025-01-10", "~100"), attacks("b", "2025-02-10", 95, { source: "s2" })],
    },
    {
      name: '">=70" then 70',
      properties: props,
      claims: [attacks("a", "2025-01-10", ">=70"), attacks("b", "2025-02-10", 70, { source: "s2" })],
    },
    {
      name: "an open lower figure later (<100 after 90): not lower",
      properties: props,
      claims: [attacks("a", "2025-01-10", 90), attacks("b", "2025-02-10", "<100", { source: "s2" })],
    },
    {
      name: "a lower figure at an earlier time (written later in the file)",
      properties: props,
      claims: [attacks("a", "2025-02-10", 90), attacks("b", "2025-01-10", 60, { source: "s2" })],
    },
    {
      name: "overlapping times: not later (conflicting-values' business)",
      properties: props,
      claims: [attacks("a", "2025-01", 90), attacks("b", "2025-01-20", 60, { source: "s2" })],
    },
    {
      name: "a state property may go down",
      properties: [P.troops()],
      claims: [claim("a", { published: "2025-01-10", value: 2000 }), claim("b", { published: "2025-06-10", value: 900, source: "s2" })],
    },
    {
      name: "undated claims have no order",
      properties: props,
      claims: [attacks("a", undefined, 90), attacks("b", "2025-02-10", 60, { source: "s2" })],
    },
    {
      name: "a planned figure is not compared with asserted ones",
      properties: props,
      claims: [attacks("a", "2025-01-10", 90), attacks("b", "2025-02-10", 60, { source: "s2", modality: "planned" })],
    },
    {
      name: "a denial is not a figure",
      properties: props,
      claims: [attacks("a", "2025-01-10", 90), attacks("b", "2025-02-10", 60, { source: "s2", modality: "denied" })],
    },
    {
      name: 'cardinality "many"',
      properties: [P.attacks({ cardinality: "many" })],
      claims: [attacks("a", "2025-01-10", 90), attacks("b", "2025-02-10", 60, { source: "s2" })],
    },
    {
      name: "different scopes",
      properties: props,
      claims: [
        attacks("a", "2025-01-10", ">90", { scope: { location: "Syria" } }),
        attacks("b", "2025-02-10", ">=70", { source: "s2", scope: { location: "العراق" } }),
      ],
    },
  ],
  invalid: [
    {
      name: "a year-long claim linking both tallies does not hide the decrease",
      properties: props,
      claims: [
        attacks("a", "2025-01-10", 100),
        attacks("b", "2025-02-10", 80, { source: "s2" }),
        attacks("year", "2025", ">50", { source: "s3" }),
      ],
      errors: [{ messageId: "decrease", claims: ["a", "b"], data: { gap: 20, daysBetween: 31 } }],
    },
    {
      name: "100 in January, 80 in February",
      properties: props,
      claims: [attacks("a", "2025-01-10", 100), attacks("b", "2025-02-10", 80, { source: "s2" })],
      errors: [
        {
          messageId: "decrease", claims: ["a", "b"],
          data: { gap: 20, daysBetween: 31, relativeGap: 0.2 },
        },
      ],
    },
    {
      name: "far apart in time still counts (no window)",
      properties: props,
      claims: [attacks("a", "2023", 100), attacks("b", "2025-06-10", 50, { source: "s2" })],
      errors: [{ messageId: "decrease", claims: ["a", "b"] }],
    },
    {
      name: "the same document, two times",
      properties: props,
      claims: [
        attacks("a", undefined, 100, { asOf: "2025-01", document: "timeline" }),
        attacks("b", undefined, 80, { asOf: "2025-03", document: "timeline" }),
      ],
      errors: [{ messageId: "decrease", claims: ["a", "b"], data: { daysBetween: 29 } }],
    },
    {
      name: 'open bound: ">100" then 100',
      properties: props,
      claims: [attacks("a", "2025-01-10", ">100"), attacks("b", "2025-02-10", 100, { source: "s2" })],
      errors: [{ messageId: "decrease", claims: ["a", "b"] }],
    },
    {
      name: 'hedged: "~100" (90..110) then 80',
      properties: props,
      claims: [attacks("a", "2025-01-10", "~100"), attacks("b", "2025-02-10", 80, { source: "s2" })],
      errors: [{ messageId: "decrease", claims: ["a", "b"], data: { gap: 10 } }],
    },
    {
      name: "a dip below the highest earlier figure, not below the first",
      properties: props,
      claims: [
        attacks("a", "2025-01-10", 100),
        attacks("b", "2025-02-10", 150, { source: "s2" }),
        attacks("c", "2025-03-10", 120, { source: "s3" }),
      ],
      errors: [{ messageId: "decrease", claims: ["b", "c"], data: { gap: 30 } }],
    },
    {
      name: "two lower figures at the same later time: one conflict",
      properties: props,
      claims: [
        attacks("a", "2025-01-10", 150),
        attacks("b", "2025-02-10", 120, { source: "s2" }),
        attacks("c", "2025-02-10", "~110", { source: "s3" }),
      ],
      errors: [{ messageId: "decrease", claims: ["a", "b", "c"] }],
    },
    {
      name: "a tally repeated at a later moment: the latest repetition is the earlier side",
      properties: props,
      claims: [
        attacks("a", "2025-01-10", 100),
        attacks("b", "2025-02-10", 100, { source: "s2" }),
        attacks("c", "2025-03-10", 80, { source: "s3" }),
        attacks("d", "2025-04-10", 90, { source: "s4" }),
      ],
      errors: [{ messageId: "decrease", claims: ["b", "c"] }, { messageId: "decrease", claims: ["b", "d"] }],
    },
    {
      name: "two earlier sources with the same figure are both contradicted",
      properties: props,
      claims: [
        attacks("a", "2025-01-10", 100),
        attacks("b", "2025-01-10", 100, { source: "s2" }),
        attacks("c", "2025-02-10", 80, { source: "s3" }),
      ],
      errors: [{ messageId: "decrease", claims: ["a", "b", "c"] }],
    },
    {
      name: 'the highest lower bound counts: ">=100" then ">100", then 100',
      properties: props,
      claims: [
        attacks("a", "2025-01-10", ">=100"),
        attacks("b", "2025-02-10", ">100", { source: "s2" }),
        attacks("c", "2025-03-10", 100, { source: "s3" }),
      ],
      errors: [{ messageId: "decrease", claims: ["b", "c"] }],
    },
    {
      name: "quarter and month times: 2025-Q1 then May",
      properties: props,
      claims: [
        attacks("a", undefined, 60, { asOf: "2025-Q1" }),
        attacks("b", undefined, 50, { asOf: "2025-05", source: "s2" }),
      ],
      errors: [{ messageId: "decrease", claims: ["a", "b"], data: { daysBetween: 31 } }],
    },
    {
      name: "Arabic and Latin spellings of the scope, attribution named",
      properties: props,
      claims: [
        attacks("a", "2025-01-10", ">=70", { scope: { location: "العراق" }, attribution: ["pentagon"] }),
        attacks("b", "2025-03-10", 60, { scope: { location: "iraq" }, source: "s2" }),
      ],
      errors: [{ messageId: "decrease", claims: ["a", "b"], scope: { location: "iraq" } }],
    },
    {
      name: "planned figures compared with planned figures, at their target times",
      properties: props,
      claims: [
        attacks("a", "2025-01-10", 100, { modality: "planned", asOf: "2025-01-10" }),
        attacks("b", "2025-02-10", 80, { modality: "planned", source: "s2", asOf: "2025-02-10" }),
      ],
      errors: [{ messageId: "decrease", claims: ["a", "b"] }],
    },
  ],
});

// ------------------------------------------------------------ against a reference

describe("cumulative-decrease against the definition (random figures on distinct days)", () => {
  const DAYS = ["2025-01-10", "2025-02-10", "2025-03-10", "2025-04-10"];
  const VALUES = ["100", ">100", ">=100", "~100", "80", "<=90", "95..105", "120", "(100..130]", "<100"];

  it("flags exactly the figures lying wholly below a figure of an earlier day, one conflict per later day", () => {
    const claimArb = fc.record({ value: fc.constantFrom(...VALUES), day: fc.nat({ max: DAYS.length - 1 }), source: fc.constantFrom("s1", "s2", "s3") });
    fc.assert(
      fc.property(fc.array(claimArb, { minLength: 2, maxLength: 8 }), (specs) => {
        const claims = specs.map((x, i) => attacks(`c${i}`, DAYS[x.day], x.value, { source: x.source }));
        const read = (c: Claim) => {
          const r = parseQuantity(c.value);
          if (!r.ok) throw new Error(r.message);
          return r.value.interval;
        };
        /** Every number of a lies below every number of b. */
        const whollyBelow = (a: Claim, b: Claim) => {
          const x = read(a);
          const y = read(b);
          if (x.max === null || y.min === null) return false;
          return x.max < y.min || (x.max === y.min && (x.maxExclusive || y.minExclusive));
        };
        const flagged = claims.filter((x) => claims.some((y) => y.published! < x.published! && whollyBelow(x, y)));
        const report = runRule(RULE, { name: "random", claims, properties: props });
        const day = new Map(claims.map((c) => [c.id, c.published!]));
        const later = report.conflicts.flatMap((conflict) => {
          const last = conflict.claims.map((id) => day.get(id)!).sort().at(-1);
          return conflict.claims.filter((id) => day.get(id) === last);
        });
        expect(later.sort()).toEqual(flagged.map((c) => c.id).sort());
        expect(report.conflicts.length).toBe(new Set(flagged.map((c) => c.published)).size);
      }),
      { numRuns: 400 },
    );
  });
});
