/**
 * rapid-change (warning): `state` claims from different documents differ,
 * their times do not overlap but lie within `window` (default P30D). Each
 * claim counts against the nearest earlier moment within the window that
 * holds a disagreeing claim from another document.
 */
import { describe, it } from "vitest";
import { timelineProperty } from "./reference.js";
import { claim, dated, P, ruleTester } from "./tester.js";

const RULE = "rapid-change";

ruleTester(RULE, {
  valid: [
    {
      name: 'an approximate month ("2025-03~": February to April), then 10 May',
      claims: [claim("a", { asOf: "2025-03~", value: 2000 }), dated("b", "2025-05-10", 900, { source: "s2" })],
    },
    {
      name: "a quarter, then a day: the quarter's figure is no more precise than three months",
      claims: [claim("a", { asOf: "2025-Q1", value: 2000 }), dated("b", "2025-04-20", 900, { source: "s2" })],
    },
    {
      name: "a month, then a day 15 days after it: the month's figure may be 44 days older (value-changed's business)",
      claims: [dated("a", "2025-04", 900), dated("b", "2025-05-15", 2000, { source: "s2" })],
    },
    {
      name: "the same figure ten days apart",
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-04-11", 900, { source: "s2" })],
    },
    {
      name: "compatible figures ten days apart (900 and ~1000)",
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-04-11", "~1000", { source: "s2" })],
    },
    {
      name: '">=70" then 70',
      claims: [dated("a", "2025-04-01", ">=70"), dated("b", "2025-04-11", 70, { source: "s2" })],
    },
    {
      name: "31 days apart is beyond P30D (value-changed's business)",
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-05-02", 2000, { source: "s2" })],
    },
    {
      name: "overlapping times are conflicting-values' business",
      claims: [dated("a", "2025-04", 900), dated("b", "2025-04-11", 2000, { source: "s2" })],
    },
    {
      name: "one document giving a timeline (explicit document)",
      claims: [
        claim("a", { asOf: "2025-04-01", value: 900, document: "timeline" }),
        claim("b", { asOf: "2025-04-11", value: 2000, document: "timeline" }),
      ],
    },
    {
      name: "one document giving a timeline (source + published)",
      claims: [
        claim("a", { published: "2025-04-20", asOf: "2025-04-01", value: 900 }),
        claim("b", { published: "2025-04-20", asOf: "2025-04-11", value: 2000 }),
      ],
    },
    {
      name: "a P7D window: ten days apart is beyond it",
      properties: [P.troops({ window: "P7D" })],
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-04-11", 2000, { source: "s2" })],
    },
    {
      name: "a P2W window: 15 days apart is beyond it",
      properties: [P.troops({ window: "P2W" })],
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-04-16", 2000, { source: "s2" })],
    },
    {
      name: "a P1M window: 31 January to 1 March is beyond it",
      properties: [P.troops({ window: "P1M" })],
      claims: [dated("a", "2025-01-31", 900), dated("b", "2025-03-01", 2000, { source: "s2" })],
    },
    {
      name: "static property (dates): time does not matter",
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2025-09", published: "2025-04-01" }),
        claim("b", { property: "end-date", value: "2026-12", published: "2025-04-11", source: "s2" }),
      ],
    },
    {
      name: "cumulative property: growth is expected",
      properties: [P.attacks()],
      claims: [
        claim("a", { property: "attacks", value: 60, published: "2025-04-01" }),
        claim("b", { property: "attacks", value: 90, published: "2025-04-11", source: "s2" }),
      ],
    },
    {
      name: "planned vs asserted",
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-04-11", 2000, { source: "s2", modality: "planned" })],
    },
    {
      name: "denied vs asserted",
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-04-11", 2000, { source: "s2", modality: "denied" })],
    },
    {
      name: 'cardinality "many"',
      properties: [P.troops({ cardinality: "many" })],
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-04-11", 2000, { source: "s2" })],
    },
    {
      name: "different scopes",
      claims: [
        dated("a", "2025-04-01", 900, { scope: { location: "Syria" } }),
        dated("b", "2025-04-11", 2000, { source: "s2", scope: { location: "Iraq" } }),
      ],
    },
    {
      name: "an undated claim has no place in time",
      claims: [claim("a", { value: 900 }), dated("b", "2025-04-11", 2000, { source: "s2" })],
    },
  ],
  invalid: [
    {
      name: "900 on 1 April, 2000 on 20 April from another source",
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-04-20", 2000, { source: "s2" })],
      errors: [
        {
          messageId: "rapid", claims: ["a", "b"],
          data: { daysBetween: 19, gap: 1100 },
        },
      ],
    },
    {
      name: "exactly 30 days apart is within P30D",
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-05-01", 2000, { source: "s2" })],
      errors: [{ messageId: "rapid", claims: ["a", "b"], data: { daysBetween: 30 } }],
    },
    {
      name: "hedged values: ~2000 then ~1400",
      claims: [dated("a", "2025-03-25", "~2000"), dated("b", "2025-04-20", "~1400", { source: "s2" })],
      errors: [{ messageId: "rapid", claims: ["a", "b"], data: { daysBetween: 26, gap: 260 } }],
    },
    {
      name: 'open bound: ">90" then 90',
      claims: [dated("a", "2025-04-01", ">90"), dated("b", "2025-04-05", 90, { source: "s2" })],
      errors: [{ messageId: "rapid", claims: ["a", "b"], data: { daysBetween: 4 } }],
    },
    {
      name: "same source, different publication days: different documents",
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-04-11", 2000)],
      errors: [{ messageId: "rapid", claims: ["a", "b"], data: { daysBetween: 10 } }],
    },
    {
      name: "a P2W window: 14 days apart is within it",
      properties: [P.troops({ window: "P2W" })],
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-04-15", 2000, { source: "s2" })],
      errors: [{ messageId: "rapid", claims: ["a", "b"], data: { daysBetween: 14 } }],
    },
    {
      name: "a P1M window: 31 January to 28 February is within it",
      properties: [P.troops({ window: "P1M" })],
      claims: [dated("a", "2025-01-31", 900), dated("b", "2025-02-28", 2000, { source: "s2" })],
      errors: [{ messageId: "rapid", claims: ["a", "b"], data: { daysBetween: 28 } }],
    },
    {
      name: "a P1Y window reaches far",
      properties: [P.troops({ window: "P1Y" })],
      claims: [dated("a", "2024-06-01", 2000), dated("b", "2025-04-20", 900, { source: "s2" })],
      errors: [{ messageId: "rapid", claims: ["a", "b"] }],
    },
    {
      name: "Arabic and Latin spellings of the scope",
      claims: [
        dated("a", "2025-04-01", "~2000", { scope: { location: "سورية" } }),
        dated("b", "2025-04-20", "~900", { scope: { location: "Syria" }, source: "s2", attribution: ["pentagon"] }),
      ],
      errors: [{ messageId: "rapid", claims: ["a", "b"], scope: { location: "syria" } }],
    },
    {
      name: "aggregation: the claims of each moment together",
      claims: [
        dated("a", "2025-04-01", 900),
        dated("b", "2025-04-01", "~900", { source: "s2" }),
        dated("c", "2025-04-10", 2000, { source: "s3" }),
        dated("d", "2025-04-10", "2000..2100", { source: "s4" }),
      ],
      errors: [{ messageId: "rapid", claims: ["a", "b", "c", "d"], data: { daysBetween: 9 } }],
    },
    {
      name: "only the nearest disagreeing moment counts: 900, 900, 2000 lists the later 900",
      claims: [
        dated("a", "2025-04-01", 900),
        dated("b", "2025-04-10", 900, { source: "s2" }),
        dated("c", "2025-04-20", 2000, { source: "s3" }),
      ],
      errors: [{ messageId: "rapid", claims: ["b", "c"], data: { daysBetween: 10 } }],
    },
    {
      name: "a later claim that agrees with every earlier one is not listed",
      claims: [
        dated("a", "2025-04-01", 900),
        dated("b", "2025-04-05", 900, { source: "s2" }),
        dated("c", "2025-04-10", 2000, { source: "s3" }),
        dated("d", "2025-04-10", 900, { source: "s4" }),
      ],
      errors: [{ messageId: "rapid", claims: ["b", "c"], data: { daysBetween: 5 } }],
    },
    {
      name: "each later claim has its own nearest moment: both are listed, with their own partners",
      claims: [
        dated("a", "2025-04-01", 900),
        dated("b", "2025-04-05", 2000, { source: "s2" }),
        dated("c", "2025-04-10", 900, { source: "s3" }),
        dated("d", "2025-04-10", 2000, { source: "s4" }),
      ],
      errors: [
        { messageId: "rapid", claims: ["a", "b"], data: { daysBetween: 4 } },
        { messageId: "rapid", claims: ["a", "b", "c", "d"], data: { daysBetween: 5 } },
      ],
    },
    {
      name: "a partner of another later claim in an older moment is not listed",
      claims: [
        dated("x", "2025-04-01", 900),
        dated("y", "2025-04-01", 3000, { source: "s2" }),
        dated("z", "2025-04-05", 2000, { source: "s3" }),
        dated("w", "2025-04-10", 3000, { source: "s4" }),
      ],
      errors: [
        { messageId: "rapid", claims: ["x", "y", "z"], data: { daysBetween: 4 } },
        { messageId: "rapid", claims: ["w", "z"], data: { daysBetween: 5 } },
      ],
    },
    {
      name: "the nearest moment must hold a partner from another document",
      claims: [
        dated("a", "2025-04-01", 900),
        dated("b", "2025-04-05", 900, { source: "s2", document: "live" }),
        dated("c", "2025-04-10", 2000, { source: "s3", document: "live" }),
      ],
      errors: [{ messageId: "rapid", claims: ["a", "c"], data: { daysBetween: 9 } }],
    },
    {
      name: "back and forth every day: each finding lists only the two neighbouring days",
      claims: [
        dated("d1", "2025-04-01", 900),
        dated("d2", "2025-04-02", 2000, { source: "s2" }),
        dated("d3", "2025-04-03", 900, { source: "s3" }),
        dated("d4", "2025-04-04", 2000, { source: "s4" }),
        dated("d5", "2025-04-05", 900, { source: "s5" }),
      ],
      errors: [
        { messageId: "rapid", claims: ["d1", "d2"], data: { daysBetween: 1 } },
        { messageId: "rapid", claims: ["d2", "d3"], data: { daysBetween: 1 } },
        { messageId: "rapid", claims: ["d3", "d4"], data: { daysBetween: 1 } },
        { messageId: "rapid", claims: ["d4", "d5"], data: { daysBetween: 1 } },
      ],
    },
    {
      name: "text values: the nearest moment with another answer",
      properties: [{ id: "commander", type: "text", temporal: "state" }],
      claims: [
        claim("a", { property: "commander", value: "Smith", published: "2025-04-01" }),
        claim("b", { property: "commander", value: "Jones", published: "2025-04-05", source: "s2" }),
        claim("c", { property: "commander", value: "Smith", published: "2025-04-10", source: "s3" }),
      ],
      errors: [
        { messageId: "rapid", claims: ["a", "b"], data: { daysBetween: 4 } },
        { messageId: "rapid", claims: ["b", "c"], data: { daysBetween: 5 } },
      ],
    },
    {
      name: "a claim linking two weeks into one moment does not hide the jump",
      claims: [
        dated("early", "2025-04-01/2025-04-07", "~900"),
        dated("link", "2025-04-05/2025-04-12", "800..2100", { source: "s2" }),
        dated("late", "2025-04-10/2025-04-20", "~2000", { source: "s3" }),
      ],
      errors: [{ messageId: "rapidWithin", claims: ["early", "late"], data: { daysBetween: 3, daysSpan: 19 } }],
    },
    {
      name: "a compatible figure in between does not hide the jump: 900, 800..2100, 2000 within ten days",
      claims: [
        dated("a", "2025-04-01", 900),
        dated("b", "2025-04-05", "800..2100", { source: "s2" }),
        dated("c", "2025-04-10", 2000, { source: "s3" }),
      ],
      errors: [{ messageId: "rapid", claims: ["a", "c"], data: { daysBetween: 9 } }],
    },
    {
      name: "back and forth: 900, 2000, 900 gives two findings",
      claims: [
        dated("a", "2025-04-01", 900),
        dated("b", "2025-04-15", 2000, { source: "s2" }),
        dated("c", "2025-04-29", 900, { source: "s3" }),
      ],
      errors: [
        { messageId: "rapid", claims: ["a", "b"], data: { daysBetween: 14 } },
        { messageId: "rapid", claims: ["b", "c"], data: { daysBetween: 14 } },
      ],
    },
    {
      name: "planned claims compared with planned claims, at their target times",
      claims: [
        dated("a", "2025-04-01", 900, { modality: "planned", asOf: "2025-04-01" }),
        dated("b", "2025-04-11", 2000, { source: "s2", modality: "planned", asOf: "2025-04-11" }),
      ],
      errors: [{ messageId: "rapid", claims: ["a", "b"] }],
    },
    {
      name: "a claim agreeing with the next moment is not involved",
      claims: [
        dated("a", "2025-04-01", 900),
        dated("b", "2025-04-01", "~1900", { source: "s2" }),
        dated("c", "2025-04-10", 2000, { source: "s3" }),
      ],
      errors: [{ messageId: "rapid", claims: ["a", "c"] }],
    },
  ],
});

describe("rapid-change against the definition (random figures on distinct days)", () => {
  it("takes each claim's nearest earlier day within the window that holds a partner from another document", () => {
    timelineProperty("rapid-change");
  });
});
