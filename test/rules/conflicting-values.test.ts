/**
 * conflicting-values (error): claims from different documents have
 * incompatible values and their times overlap (or the property is static,
 * where time does not matter).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quantitiesCompatible } from "../../src/index.js";
import { claim, dated, P, ruleTester } from "./tester.js";
import { documentOf, expectClaimLists, readFigure, sameDayClaims } from "./reference.js";

const RULE = "conflicting-values";
const DAY = "2025-04-20";

ruleTester(RULE, {
  valid: [
    { name: "one claim", claims: [dated("a", DAY, 900)] },
    {
      name: "same value from two sources on the same day",
      claims: [dated("a", DAY, 900), dated("b", DAY, 900, { source: "s2" })],
    },
    {
      name: '900 and "<1000" are compatible',
      claims: [dated("a", DAY, 900), dated("b", DAY, "<1000", { source: "s2" })],
    },
    {
      name: '">=70" and 70 are compatible (closed lower bound)',
      claims: [dated("a", DAY, ">=70"), dated("b", DAY, 70, { source: "s2" })],
    },
    {
      name: '"~1400" covers 1260..1540, so 1300 agrees',
      claims: [dated("a", DAY, "~1400"), dated("b", DAY, 1300, { source: "s2" })],
    },
    {
      name: '"~1400" and 1260 touch at the closed end',
      claims: [dated("a", DAY, "~1400"), dated("b", DAY, 1260, { source: "s2" })],
    },
    {
      name: "a range agrees with a figure inside it",
      claims: [dated("a", DAY, "2000..2500"), dated("b", DAY, 2500, { source: "s2" })],
    },
    {
      name: "quantity objects: { min: 70 } agrees with 90",
      claims: [dated("a", DAY, { min: 70 }), dated("b", DAY, 90, { source: "s2" })],
    },
    {
      name: "a property tolerance widens exact figures (0.02: 900 agrees with 915)",
      properties: [P.troops({ tolerance: 0.02 })],
      claims: [dated("a", DAY, 900), dated("b", DAY, 915, { source: "s2" })],
    },
    {
      name: "three overlapping ranges all agree",
      claims: [
        dated("a", DAY, "800..1000"),
        dated("b", DAY, "900..1100", { source: "s2" }),
        dated("c", DAY, "~950", { source: "s3" }),
      ],
    },
    {
      name: "a quarter and a day in it: the quarter's figure may be of another day (it may or may not be the same moment)",
      claims: [dated("a", "2025-Q2", 900), claim("b", { published: "2025-07-01", asOf: "2025-05-10", value: 2000, source: "s2" })],
    },
    {
      name: '"2025-03~" (February to April) and a day in April: no more the same moment than a quarter and a day',
      claims: [claim("a", { asOf: "2025-03~", value: 900 }), dated("b", DAY, 2000, { source: "s2" })],
    },
    {
      name: "a year and a day in it",
      claims: [dated("a", "2025", 900), dated("b", DAY, 2000, { source: "s2" })],
    },
    {
      name: "an open time (June 2025 or later) and a day after June",
      claims: [claim("a", { published: "2025-06/..", value: 900 }), dated("b", "2025-09-01", 2000, { source: "s2" })],
    },
    {
      name: "two plans stated the same day without target times: stages of one plan, not one moment",
      claims: [
        dated("a", DAY, "<1000", { modality: "planned", attribution: ["pentagon"] }),
        dated("b", DAY, "~1400", { modality: "planned", source: "s2" }),
      ],
    },
    {
      name: "state property: different days do not overlap (rapid-change's business)",
      claims: [dated("a", "2025-04-01", 900), dated("b", "2025-04-20", 2000, { source: "s2" })],
    },
    {
      name: "asOf decides the time, not published: same publication day, different asOf days",
      claims: [
        claim("a", { published: DAY, asOf: "2025-03-01", value: 2000 }),
        claim("b", { published: DAY, value: 900, source: "s2" }),
      ],
    },
    {
      name: "state property: adjacent months do not overlap",
      claims: [dated("a", "2025-03", 900), dated("b", "2025-04", 2000, { source: "s2" })],
    },
    {
      name: "same document: incompatible values are self-contradiction, not this rule",
      claims: [dated("a", DAY, 900), dated("b", DAY, 2000)],
    },
    {
      name: "same explicit document from the same source",
      claims: [
        dated("a", DAY, 900, { document: "infoplus-1" }),
        claim("b", { published: "2025-04-21", asOf: DAY, value: 2000, document: "infoplus-1" }),
      ],
    },
    {
      name: "undated state claims: undated-conflict's business",
      claims: [claim("a", { value: 900 }), claim("b", { value: 2000, source: "s2" })],
    },
    {
      name: "one undated, one dated state claim",
      claims: [claim("a", { value: 900 }), dated("b", DAY, 2000, { source: "s2" })],
    },
    {
      name: "planned is not compared with asserted",
      claims: [dated("a", DAY, 900), dated("b", DAY, 2000, { source: "s2", modality: "planned" })],
    },
    {
      name: "planned static date vs asserted static date",
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2025-09", modality: "planned" }),
        claim("b", { property: "end-date", value: "2026-12", source: "s2" }),
      ],
    },
    {
      name: "a denial is not a conflicting value",
      claims: [dated("a", DAY, 900, { modality: "denied" }), dated("b", DAY, 2000, { source: "s2" })],
    },
    {
      name: 'cardinality "many": several values can all be true',
      properties: [{ id: "bases", type: "text", cardinality: "many" }],
      claims: [
        claim("a", { property: "bases", value: "Ain al-Asad" }),
        claim("b", { property: "bases", value: "Victory", source: "s2" }),
      ],
    },
    {
      name: "different scopes are different groups",
      claims: [
        dated("a", DAY, 900, { scope: { location: "Syria" } }),
        dated("b", DAY, 2500, { source: "s2", scope: { location: "العراق" } }),
      ],
    },
    {
      name: "scoped and unscoped claims are different groups",
      claims: [dated("a", DAY, 900, { scope: { location: "Syria" } }), dated("b", DAY, 2500, { source: "s2" })],
    },
    {
      name: "different subjects",
      claims: [dated("a", DAY, 900), dated("b", DAY, 2000, { source: "s2", subject: "coalition" })],
    },
    {
      name: "different properties",
      claims: [dated("a", DAY, 900), dated("b", DAY, 2000, { source: "s2", property: "troops-withdrawn" })],
    },
    {
      name: 'static dates: "2025-09" covers the 15th',
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2025-09" }),
        claim("b", { property: "end-date", value: "2025-09-15", source: "s2" }),
      ],
    },
    {
      name: 'static dates: "2026-Q4" covers December',
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2026-Q4" }),
        claim("b", { property: "end-date", value: "2026-12", source: "s2" }),
      ],
    },
    {
      name: 'static dates: "2025-09~" reaches 31 October',
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2025-09~" }),
        claim("b", { property: "end-date", value: "2025-10-31", source: "s2" }),
      ],
    },
    {
      name: 'static dates: "../2026-09" covers 2025',
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "../2026-09" }),
        claim("b", { property: "end-date", value: "2025", source: "s2" }),
      ],
    },
    {
      name: "static dates: a P15D tolerance bridges 2025-09-15 and 2025-08-31",
      properties: [P.endDate({ tolerance: "P15D" })],
      claims: [
        claim("a", { property: "end-date", value: "2025-09-15" }),
        claim("b", { property: "end-date", value: "2025-08-31", source: "s2" }),
      ],
    },
    {
      name: "a vague claim compatible with everything does not make distant claims overlap",
      // B (10 January) and C (10 June) disagree, but their times do not overlap: a timeline,
      // not a conflict. A (all of 2025) agrees with both, so it is in no conflict either.
      claims: [
        claim("a", { asOf: "2025", value: "800..2100" }),
        dated("b", "2025-01-10", 900, { source: "s2" }),
        dated("c", "2025-06-10", 2000, { source: "s3" }),
      ],
    },
    {
      name: "text values through aliases: Arabic and Latin spellings of one base",
      properties: [{ id: "hq", type: "text" }],
      claims: [
        claim("a", { property: "hq", value: "Ain al-Asad" }),
        claim("b", { property: "hq", value: "قاعدة عين الأسد", source: "s2" }),
        claim("c", { property: "hq", value: "عين الاسد", source: "s3" }),
      ],
    },
  ],
  invalid: [
    {
      name: "900 vs 2000 from two sources on the same day",
      claims: [dated("a", DAY, 900), dated("b", DAY, 2000, { source: "s2" })],
      errors: [
        {
          messageId: "disagree", claims: ["a", "b"],
          group: "us-forces/troop-count",
          data: { gap: 1100, relativeGap: expect.closeTo(0.55, 3) },
        },
      ],
    },
    {
      name: 'hedged values: "~1400" vs "~900" (1260..1540 vs 810..990)',
      claims: [dated("a", DAY, "~1400", { source: "s1" }), dated("b", DAY, "~900", { source: "s2" })],
      errors: [
        {
          messageId: "disagree", claims: ["a", "b"],
          data: { gap: 270, relativeGap: expect.closeTo(270 / 1400, 3) },
        },
      ],
    },
    {
      name: '">90" vs 90: the open bound excludes 90',
      claims: [dated("a", DAY, ">90"), dated("b", DAY, 90, { source: "s2" })],
      errors: [{ messageId: "disagree", claims: ["a", "b"], data: { gap: 0 } }],
    },
    {
      name: '"<1000" vs 1000',
      claims: [dated("a", DAY, "<1000"), dated("b", DAY, 1000, { source: "s2" })],
      errors: [{ messageId: "disagree", claims: ["a", "b"] }],
    },
    {
      name: '"[5..10)" vs 10 (bracket range with an excluded end)',
      claims: [dated("a", DAY, "[5..10)"), dated("b", DAY, 10, { source: "s2" })],
      errors: [{ messageId: "disagree", claims: ["a", "b"] }],
    },
    {
      name: "quantity object { max: 1000, maxExclusive: true } vs 1000",
      claims: [dated("a", DAY, { max: 1000, maxExclusive: true }), dated("b", DAY, 1000, { source: "s2" })],
      errors: [{ messageId: "disagree", claims: ["a", "b"] }],
    },
    {
      name: "a tolerance is not enough: 0.02 leaves 900 (882..918) and 940 (921.2..958.8) apart",
      properties: [P.troops({ tolerance: 0.02 })],
      claims: [dated("a", DAY, 900), dated("b", DAY, 940, { source: "s2" })],
      errors: [{ messageId: "disagree", claims: ["a", "b"] }],
    },
    {
      name: "a wider approx: 0.2 makes ~1000 800..1200, still apart from 700",
      properties: [P.troops({ approx: 0.2 })],
      claims: [dated("a", DAY, "~1000"), dated("b", DAY, 700, { source: "s2" })],
      errors: [{ messageId: "disagree", claims: ["a", "b"], data: { gap: 100 } }],
    },
    {
      name: "times overlap through asOf: a month and a day in it",
      claims: [
        claim("a", { published: "2025-05-20", asOf: "2025-04", value: 900 }),
        dated("b", DAY, 2000, { source: "s2" }),
      ],
      errors: [{ messageId: "disagree", claims: ["a", "b"] }],
    },
    {
      name: "times overlap: a month and a day in it (both as precise as the window)",
      claims: [dated("a", "2025-05", 900), claim("b", { published: "2025-07-01", asOf: "2025-05-10", value: 2000, source: "s2" })],
      errors: [{ messageId: "disagree", claims: ["a", "b"] }],
    },
    {
      name: "the very same quarter, from two documents",
      claims: [dated("a", "2025-Q2", 900), claim("b", { published: "2025-07-01", asOf: "2025-Q2", value: 2000, source: "s2" })],
      errors: [{ messageId: "disagree", claims: ["a", "b"] }],
    },
    {
      name: "the very same year (a data set of yearly figures)",
      claims: [dated("a", "2005", 6776009), dated("b", "2005", 67000, { source: "s2" })],
      errors: [{ messageId: "disagree", claims: ["a", "b"] }],
    },
    {
      name: "same source, different explicit documents",
      claims: [dated("a", DAY, 900, { document: "article-1" }), dated("b", DAY, 2000, { document: "article-2" })],
      errors: [{ messageId: "disagree", claims: ["a", "b"] }],
    },
    {
      name: "same source, different publication days, same asOf: different documents",
      claims: [
        claim("a", { published: "2025-04-20", asOf: "2025-04-15", value: 900 }),
        claim("b", { published: "2025-04-22", asOf: "2025-04-15", value: 2000 }),
      ],
      errors: [{ messageId: "disagree", claims: ["a", "b"] }],
    },
    {
      name: "subject and scope through Arabic and Latin aliases",
      claims: [
        dated("a", DAY, "~900", { subject: "US forces", scope: { location: "سوريا" } }),
        dated("b", DAY, "~1400", { subject: "القوات الأمريكية", scope: { location: "Syria" }, source: "s2" }),
        dated("c", DAY, "~1400", { subject: "القوات الأميركية", scope: { Location: "سورية" }, source: "s3" }),
      ],
      errors: [
        {
          messageId: "disagree", claims: ["a", "b", "c"],
          group: "us-forces/troop-count?location=syria",
          scope: { location: "syria" },
        },
      ],
    },
    {
      name: "names normalised without entities: case, diacritics, tatweel and alef variants",
      entities: [],
      claims: [
        dated("a", DAY, 900, { subject: "Forces Américaines", scope: { "location": "قاعدة عين الأسد" } }),
        dated("b", DAY, 2000, { subject: "  forces   americaines ", scope: { "location": "قاعده عين الاسد" }, source: "s2" }),
      ],
      errors: [{ messageId: "disagree", claims: ["a", "b"] }],
    },
    {
      name: "attribution: messages name the origin",
      claims: [
        dated("a", DAY, "~1400", { attribution: ["pentagon"] }),
        dated("b", DAY, "~900", { source: "s2", attribution: ["s3", "wsj"] }),
      ],
      errors: [
        {
          messageId: "disagree", claims: ["a", "b"],
        },
      ],
    },
    {
      name: "a claim agreeing with both sides is not involved",
      claims: [
        dated("a", DAY, 900),
        dated("b", DAY, 2000, { source: "s2" }),
        dated("c", DAY, "800..2100", { source: "s3" }),
      ],
      errors: [{ messageId: "disagree", claims: ["a", "b"] }],
    },
    {
      name: "aggregation: every claim of the moment in one conflict",
      claims: [
        dated("a", DAY, 900),
        dated("b", DAY, 2000, { source: "s2" }),
        dated("c", DAY, "~900", { source: "s3" }),
        dated("d", DAY, 2100, { source: "s4" }),
      ],
      errors: [{ messageId: "disagree", claims: ["a", "b", "c", "d"], data: { values: expect.arrayContaining(["900", "2000", "~900", "2100"]) } }],
    },
    {
      name: "aggregation through a chain of overlapping times",
      claims: [
        dated("a", "2025-04", 900), // April overlaps both days
        dated("b", "2025-04-05", 2000, { source: "s2" }),
        dated("c", "2025-04-25", 2000, { source: "s3" }),
      ],
      errors: [{ messageId: "disagree", claims: ["a", "b", "c"] }],
    },
    {
      name: "two separate moments give two conflicts",
      claims: [
        dated("a", "2025-01-10", 900),
        dated("b", "2025-01-10", 2000, { source: "s2" }),
        dated("c", "2025-06-10", 900, { source: "s3" }),
        dated("d", "2025-06-10", 2000, { source: "s4" }),
      ],
      errors: [
        { messageId: "disagree", claims: ["a", "b"] },
        { messageId: "disagree", claims: ["c", "d"] },
      ],
    },
    {
      name: "a value disagreeing only within its own document is not involved",
      claims: [dated("a", DAY, 900), dated("b", DAY, 2000), dated("c", DAY, 900, { source: "s2" })],
      errors: [{ messageId: "disagree", claims: ["b", "c"] }],
    },
    {
      name: "planned claims conflict with planned claims",
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2025-09", modality: "planned", published: "2025-01-05" }),
        claim("b", { property: "end-date", value: "2026-12", modality: "planned", source: "s2", published: DAY }),
      ],
      errors: [{ messageId: "plansDisagree", claims: ["a", "b"], data: { daysApart: 427 } }],
    },
    {
      name: "static property: different times do not matter",
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2025-09", published: "2024-09-27" }),
        claim("b", { property: "end-date", value: "2026-12", source: "s2", published: DAY }),
      ],
      errors: [{ messageId: "disagree", claims: ["a", "b"], data: { daysApart: 427 } }],
    },
    {
      name: "static property: undated claims conflict here",
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2026-Q4" }),
        claim("b", { property: "end-date", value: "2026-09", source: "s2" }),
      ],
      errors: [{ messageId: "disagree", claims: ["a", "b"], data: { daysApart: 1 } }],
    },
    {
      name: 'static dates: "2025-09~" ends 31 October, 31 days before December',
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2025-09~" }),
        claim("b", { property: "end-date", value: "2025-12", source: "s2" }),
      ],
      errors: [{ messageId: "disagree", claims: ["a", "b"], data: { daysApart: 31 } }],
    },
    {
      name: 'static dates: open interval "../2026-09" vs "2026-12"',
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "../2026-09" }),
        claim("b", { property: "end-date", value: "2026-12", source: "s2" }),
      ],
      errors: [{ messageId: "disagree", claims: ["a", "b"], data: { daysApart: 62 } }],
    },
    {
      name: "static dates: an undeclared date property is static by default",
      claims: [
        claim("a", { property: "end-date", value: "2025-09", published: "2025-01-01" }),
        claim("b", { property: "end-date", value: "2026-H2", source: "s2", published: "2025-06-01" }),
      ],
      errors: [{ messageId: "disagree", claims: ["a", "b"] }],
    },
    {
      name: "text values: different names",
      properties: [{ id: "hq", type: "text" }],
      claims: [
        claim("a", { property: "hq", value: "عين الأسد" }),
        claim("b", { property: "hq", value: "Victory", source: "s2" }),
      ],
      errors: [{ messageId: "disagree", claims: ["a", "b"] }],
    },
    {
      name: "booleans",
      properties: [{ id: "withdrawn", type: "boolean" }],
      claims: [
        claim("a", { property: "withdrawn", value: true }),
        claim("b", { property: "withdrawn", value: false, source: "s2" }),
        claim("c", { property: "withdrawn", value: true, source: "s3" }),
      ],
      errors: [{ messageId: "disagree", claims: ["a", "b", "c"] }],
    },
    {
      name: "severity can be configured but defaults to error",
      claims: [dated("a", DAY, "2,000"), dated("b", DAY, "١٬٤٠٠", { source: "s2" })],
      errors: [{ messageId: "disagree", claims: ["a", "b"], severity: "error", data: { gap: 600 } }],
    },
  ],
});

// ------------------------------------------------------------ against a reference

/** Values whose compatibility the public values API decides. */
const VALUES = ["900", "~900", "<1000", "1000", ">=1000", ">90", "90", "2000", "800..2100", "[5..1000)", "~1400"];

describe("conflicting-values against the definition (one day, random documents and modalities)", () => {
  it("reports exactly the claims with an incompatible partner from another document, one conflict per modality", () => {
    fc.assert(
      fc.property(sameDayClaims(DAY, VALUES, ["s1", "s2", "s3"]), (claims) => {
        const read = readFigure;
        const doc = documentOf;
        const expected: string[] = [];
        for (const modality of ["asserted", "planned"]) {
          const set = claims.filter((c) => (c.modality ?? "asserted") === modality);
          const involved = set.filter((x) => set.some((y) => doc(x) !== doc(y) && !quantitiesCompatible(read(x), read(y))));
          if (involved.length > 0) expected.push(involved.map((c) => c.id).sort().join(","));
        }
        expectClaimLists(RULE, claims, expected);
      }),
      { numRuns: 300 },
    );
  });
});
