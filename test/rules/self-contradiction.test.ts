/**
 * self-contradiction (error): the same document states incompatible values
 * for overlapping times. A claim's document is `document`, else source +
 * published.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quantitiesCompatible } from "../../src/index.js";
import { claim, dated, P, ruleTester } from "./tester.js";
import { documentOf, expectClaimLists, readFigure, sameDayClaims } from "./reference.js";

const RULE = "self-contradiction";
const DAY = "2025-04-20";

ruleTester(RULE, {
  valid: [
    {
      name: "one document, compatible values (~900 and <1000)",
      claims: [dated("a", DAY, "~900"), dated("b", DAY, "<1000")],
    },
    {
      name: 'one document, ">=70" and 70',
      claims: [dated("a", DAY, ">=70"), dated("b", DAY, 70)],
    },
    {
      name: "different sources on the same day are different documents",
      claims: [dated("a", DAY, 900), dated("b", DAY, 2000, { source: "s2" })],
    },
    {
      name: "same source, different publication days: different documents",
      claims: [
        claim("a", { published: "2025-04-20", asOf: "2025-04-15", value: 900 }),
        claim("b", { published: "2025-04-21", asOf: "2025-04-15", value: 2000 }),
      ],
    },
    {
      name: "same source and day, different explicit documents",
      claims: [dated("a", DAY, 900, { document: "morning" }), dated("b", DAY, 2000, { document: "evening" })],
    },
    {
      name: "one document, a timeline: values for times that do not overlap",
      claims: [
        claim("a", { published: DAY, asOf: "2025-03", value: 2000 }),
        claim("b", { published: DAY, value: 900 }),
      ],
    },
    {
      name: "one document: a plan and a fact are not compared",
      claims: [dated("a", DAY, 900), dated("b", DAY, 2000, { modality: "planned" })],
    },
    {
      name: "one document: a denial is not a contradiction of another figure",
      claims: [dated("a", DAY, 900), dated("b", DAY, 2000, { modality: "denied" })],
    },
    {
      name: 'one document, cardinality "many"',
      properties: [{ id: "bases", type: "text", cardinality: "many" }],
      claims: [
        claim("a", { property: "bases", value: "عين الأسد", published: DAY }),
        claim("b", { property: "bases", value: "Victory", published: DAY }),
      ],
    },
    {
      name: "one document, two scopes",
      claims: [
        dated("a", DAY, "~900", { scope: { location: "سوريا" } }),
        dated("b", DAY, 2500, { scope: { location: "Iraq" } }),
      ],
    },
    {
      name: "one document, two subjects",
      claims: [dated("a", DAY, 900), dated("b", DAY, 5000, { subject: "coalition" })],
    },
    {
      name: "one undated document on a state property: undated-conflict's business",
      claims: [claim("a", { value: 900 }), claim("b", { value: 2000 })],
    },
    {
      name: "static dates in one document, compatible (quarter and month)",
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2026-Q3", published: DAY }),
        claim("b", { property: "end-date", value: "2026-09", published: DAY }),
      ],
    },
  ],
  invalid: [
    {
      name: "one document (source + published) gives 900 and 2000",
      claims: [dated("a", DAY, 900), dated("b", DAY, 2000)],
      errors: [
        {
          messageId: "contradicts", claims: ["a", "b"],
          data: { gap: 1100, relativeGap: expect.closeTo(0.55, 3) },
        },
      ],
    },
    {
      name: 'hedged values in one article: "~1400" and "~900"',
      claims: [
        dated("a", DAY, "~1400", { document: "infoplus-2025-04-20", attribution: ["pentagon"] }),
        dated("b", DAY, "~900", { document: "infoplus-2025-04-20" }),
      ],
      errors: [
        {
          messageId: "contradicts", claims: ["a", "b"],
          data: { gap: 270 },
        },
      ],
    },
    {
      name: 'open bound in one document: ">90" and 90',
      claims: [dated("a", DAY, ">90"), dated("b", DAY, 90)],
      errors: [{ messageId: "contradicts", claims: ["a", "b"] }],
    },
    {
      name: "one explicit document across two sources",
      claims: [
        dated("a", DAY, 900, { document: "joint-report" }),
        dated("b", DAY, 2000, { document: "joint-report", source: "s2" }),
      ],
      errors: [{ messageId: "contradicts", claims: ["a", "b"] }],
    },
    {
      name: "one document, overlapping asOf times (a month and a day in it)",
      claims: [
        claim("a", { published: DAY, asOf: "2025-04", value: 900 }),
        claim("b", { published: DAY, asOf: "2025-04-10", value: 2000 }),
      ],
      errors: [{ messageId: "contradicts", claims: ["a", "b"] }],
    },
    {
      name: "one document, Arabic and Latin spellings of the same scope",
      claims: [
        dated("a", DAY, "~900", { scope: { location: "سوريا" } }),
        dated("b", DAY, "~1400", { scope: { location: "Syria" } }),
      ],
      errors: [{ messageId: "contradicts", claims: ["a", "b"], scope: { location: "syria" } }],
    },
    {
      name: "one document contradicts itself three ways: one conflict",
      claims: [dated("a", DAY, 900), dated("b", DAY, 2000), dated("c", DAY, "~900")],
      errors: [{ messageId: "contradicts", claims: ["a", "b", "c"] }],
    },
    {
      name: "two documents contradicting themselves: one conflict each",
      claims: [
        dated("a", DAY, 900),
        dated("b", DAY, 2000),
        dated("c", DAY, 900, { source: "s2" }),
        dated("d", DAY, 2000, { source: "s2" }),
      ],
      errors: [
        { messageId: "contradicts", claims: ["a", "b"], data: { source: "s1" } },
        { messageId: "contradicts", claims: ["c", "d"], data: { source: "s2" } },
      ],
    },
    {
      name: "one document, two separate moments: two conflicts",
      claims: [
        claim("a", { published: DAY, asOf: "2025-01-10", value: 900 }),
        claim("b", { published: DAY, asOf: "2025-01-10", value: 2000 }),
        claim("c", { published: DAY, asOf: "2025-04-10", value: 900 }),
        claim("d", { published: DAY, asOf: "2025-04-10", value: 2000 }),
      ],
      errors: [{ messageId: "contradicts", claims: ["a", "b"] }, { messageId: "contradicts", claims: ["c", "d"] }],
    },
    {
      name: "planned values in one document",
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2025-09", modality: "planned", published: DAY }),
        claim("b", { property: "end-date", value: "2026-12", modality: "planned", published: DAY }),
      ],
      errors: [{ messageId: "contradicts", claims: ["a", "b"], data: { daysApart: 427 } }],
    },
    {
      name: "static property, one undated document: time does not matter",
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2025-09" }),
        claim("b", { property: "end-date", value: "2026-12" }),
      ],
      errors: [{ messageId: "contradicts", claims: ["a", "b"] }],
    },
    {
      name: "static property, one document, different asOf",
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2025-09", document: "d1", asOf: "2024-09" }),
        claim("b", { property: "end-date", value: "2026-12", document: "d1", asOf: "2025-04" }),
      ],
      errors: [{ messageId: "contradicts", claims: ["a", "b"] }],
    },
    {
      name: "a claim compatible with both sides of its document is not involved",
      claims: [dated("a", DAY, 900), dated("b", DAY, 2000), dated("c", DAY, "800..2100")],
      errors: [{ messageId: "contradicts", claims: ["a", "b"] }],
    },
  ],
});

// ------------------------------------------------------------ against a reference

const VALUES = ["900", "~900", "<1000", "1000", ">=1000", ">90", "90", "2000", "800..2100", "~1400"];

describe("self-contradiction against the definition (one day, random documents and modalities)", () => {
  it("reports, per document, exactly its claims with an incompatible partner in the same document", () => {
    fc.assert(
      fc.property(sameDayClaims(DAY, VALUES, ["s1", "s2"]), (claims) => {
        const read = readFigure;
        const doc = documentOf;
        const expected: string[] = [];
        for (const modality of ["asserted", "planned"]) {
          const set = claims.filter((c) => (c.modality ?? "asserted") === modality);
          for (const d of new Set(set.map(doc))) {
            const mine = set.filter((c) => doc(c) === d);
            const involved = mine.filter((x) => mine.some((y) => !quantitiesCompatible(read(x), read(y))));
            if (involved.length > 0) expected.push(involved.map((c) => c.id).sort().join(","));
          }
        }
        expectClaimLists(RULE, claims, expected);
      }),
      { numRuns: 300 },
    );
  });
});
