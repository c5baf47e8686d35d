/**
 * value-changed (info): a `state` value changes between times further apart
 * than `window` (default P30D): the timeline. Consecutive moments are
 * compared, in time order; documents do not matter.
 */
import { describe, it } from "vitest";
import { timelineProperty } from "./reference.js";
import { claim, dated, P, ruleTester } from "./tester.js";

const RULE = "value-changed";

ruleTester(RULE, {
  valid: [
    {
      name: "the same figure months apart",
      claims: [dated("a", "2025-01-10", 900), dated("b", "2025-06-10", 900, { source: "s2" })],
    },
    {
      name: "compatible figures months apart (~2000 and 2100)",
      claims: [dated("a", "2025-01-10", "~2000"), dated("b", "2025-06-10", 2100, { source: "s2" })],
    },
    {
      name: '">=70" then 70',
      claims: [dated("a", "2025-01-10", ">=70"), dated("b", "2025-06-10", 70, { source: "s2" })],
    },
    {
      name: "within the window (30 days) is rapid-change's business",
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-05-01", 2000, { source: "s2" })],
    },
    {
      name: "overlapping times",
      claims: [dated("a", "2025", 900), dated("b", "2025-06-10", 2000, { source: "s2" })],
    },
    {
      name: "a P1Y window: five months is within it",
      properties: [P.troops({ window: "P1Y" })],
      claims: [dated("a", "2024-01-10", 2000), dated("b", "2024-06-10", 900, { source: "s2" })],
    },
    {
      name: "static property",
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2025-09", published: "2024-09-27" }),
        claim("b", { property: "end-date", value: "2026-12", published: "2025-06-10", source: "s2" }),
      ],
    },
    {
      name: "cumulative property",
      properties: [P.attacks()],
      claims: [
        claim("a", { property: "attacks", value: 60, published: "2024-06-10" }),
        claim("b", { property: "attacks", value: 90, published: "2025-06-10", source: "s2" }),
      ],
    },
    {
      name: "planned vs asserted",
      claims: [dated("a", "2025-01-10", 2000), dated("b", "2025-06-10", 900, { source: "s2", modality: "planned" })],
    },
    {
      name: "denied vs asserted",
      claims: [dated("a", "2025-01-10", 2000), dated("b", "2025-06-10", 900, { source: "s2", modality: "denied" })],
    },
    {
      name: 'cardinality "many"',
      properties: [P.troops({ cardinality: "many" })],
      claims: [dated("a", "2025-01-10", 2000), dated("b", "2025-06-10", 900, { source: "s2" })],
    },
    {
      name: "different scopes",
      claims: [
        dated("a", "2025-01-10", 2000, { scope: { location: "Syria" } }),
        dated("b", "2025-06-10", 900, { source: "s2", scope: { location: "Iraq" } }),
      ],
    },
    {
      name: "undated claims are not on the timeline",
      claims: [claim("a", { value: 2000 }), dated("b", "2025-06-10", 900, { source: "s2" })],
    },
  ],
  invalid: [
    {
      name: "a document that returns to its own older figure: both changes (no other rule names the return)",
      claims: [
        dated("nov", "2023-11-01", 240, { document: "review" }),
        dated("dec", "2023-12-15", 105, { document: "review" }),
        dated("feb", "2024-02-01", 240, { document: "review" }),
      ],
      errors: [
        { messageId: "changedAfter", claims: ["dec", "nov"] },
        { messageId: "changedAfter", claims: ["dec", "feb"] },
      ],
    },
    {
      name: "2000 in January, 900 in June",
      claims: [dated("a", "2025-01-10", 2000), dated("b", "2025-06-10", 900, { source: "s2" })],
      errors: [
        {
          messageId: "changedAfter", claims: ["a", "b"],
          data: { daysBetween: 151, gap: 1100, relativeGap: 0.55 },
        },
      ],
    },
    {
      name: "31 days apart is beyond P30D",
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-05-02", 2000, { source: "s2" })],
      errors: [{ messageId: "changedAfter", claims: ["a", "b"], data: { daysBetween: 31 } }],
    },
    {
      name: "one document telling a timeline (December to 20 April: 110 to 140 days, so no length is stated)",
      claims: [
        claim("a", { asOf: "2024-12", value: "~2000", document: "timeline", attribution: ["pentagon"] }),
        claim("b", { asOf: "2025-04-20", value: "~1400", document: "timeline", attribution: ["pentagon"] }),
      ],
      errors: [{ messageId: "changed", claims: ["a", "b"], data: { gap: 260, daysBetween: 110 } }],
    },
    {
      name: "one source, two publication days",
      claims: [dated("a", "2025-01-10", 2000), dated("b", "2025-06-10", 900)],
      errors: [{ messageId: "changedAfter", claims: ["a", "b"] }],
    },
    {
      name: "a timeline of three figures: two changes",
      claims: [
        dated("a", "2024-06-10", 2500),
        dated("b", "2025-01-10", 2000, { source: "s2" }),
        dated("c", "2025-06-10", 900, { source: "s3" }),
      ],
      errors: [
        { messageId: "changedAfter", claims: ["a", "b"], data: { daysBetween: 214 } },
        { messageId: "changedAfter", claims: ["b", "c"], data: { daysBetween: 151 } },
      ],
    },
    {
      name: "consecutive moments only: 2000, 2000, 900",
      claims: [
        dated("a", "2024-06-10", 2000),
        dated("b", "2025-01-10", 2000, { source: "s2" }),
        dated("c", "2025-06-10", 900, { source: "s3" }),
      ],
      errors: [{ messageId: "changedAfter", claims: ["b", "c"] }],
    },
    {
      name: "quarters: 2024-Q1 to 2024-Q3",
      claims: [claim("a", { asOf: "2024-Q1", value: 2500 }), claim("b", { asOf: "2024-Q3", value: 2000, source: "s2" })],
      errors: [{ messageId: "changed", claims: ["a", "b"], data: { daysBetween: 92 } }],
    },
    {
      name: 'open bounds: ">2500" then 2500',
      claims: [claim("a", { asOf: "2003/2011", value: ">2500" }), dated("b", "2021-01", 2500, { source: "s2" })],
      errors: [{ messageId: "changed", claims: ["a", "b"] }],
    },
    {
      name: "adjacent years with different figures are a change, never a rapid change (yearly data)",
      claims: [dated("a", "2005", 40000), dated("b", "2006", 46000, { source: "s2" })],
      errors: [{ messageId: "changed", claims: ["a", "b"], data: { daysBetween: 1 } }],
    },
    {
      name: "two days 56 days apart: the length is said",
      claims: [dated("a", "2025-03-25", 900), dated("b", "2025-05-20", 2000, { source: "s2" })],
      errors: [{ messageId: "changedAfter", claims: ["a", "b"], data: { daysBetween: 56 } }],
    },
    {
      name: "a claim linking April and May into one moment does not hide the change",
      claims: [
        dated("april", "2025-04", "~900"),
        dated("link", "2025-04-20/2025-05-10", "800..2100", { source: "s2" }),
        dated("may", "2025-05", "~2000", { source: "s3" }),
      ],
      errors: [{ messageId: "changed", claims: ["april", "may"], data: { daysBetween: 1 } }],
    },
    {
      name: "a P2W window: 15 days is beyond it",
      properties: [P.troops({ window: "P2W" })],
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-04-16", 2000, { source: "s2" })],
      errors: [{ messageId: "changedAfter", claims: ["a", "b"], data: { daysBetween: 15 } }],
    },
    {
      name: "aggregation: each moment's disagreeing claims together",
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-01-10", "~2000", { source: "s2" }),
        dated("c", "2025-06-10", 900, { source: "s3" }),
        dated("d", "2025-06-10", "~900", { source: "s4" }),
      ],
      errors: [{ messageId: "changedAfter", claims: ["a", "b", "c", "d"] }],
    },
    {
      name: "Arabic and Latin spellings of subject and scope",
      claims: [
        dated("a", "2025-01-10", 2000, { subject: "القوات الأمريكية", scope: { location: "سوريا" } }),
        dated("b", "2025-06-10", 900, { subject: "US forces", scope: { location: "Syria" }, source: "s2" }),
      ],
      errors: [{ messageId: "changedAfter", claims: ["a", "b"], group: "us-forces/troop-count?location=syria" }],
    },
    {
      name: "planned figures change too, at their target times",
      claims: [
        dated("a", "2025-01-10", 2000, { modality: "planned", asOf: "2025-01-10" }),
        dated("b", "2025-06-10", 900, { source: "s2", modality: "planned", asOf: "2025-06-10" }),
      ],
      errors: [{ messageId: "changedAfter", claims: ["a", "b"] }],
    },
  ],
});

describe("value-changed against the definition (random figures on distinct days)", () => {
  it("compares consecutive days: the claims of each that disagree with the other", () => {
    timelineProperty("value-changed");
  });
});
