/**
 * outdated-value (warning): a (state) claim repeats an older figure while
 * newer, incompatible figures exist for its time.
 */
import { claim, dated, P, ruleTester } from "./tester.js";

const RULE = "outdated-value";

ruleTester(RULE, {
  valid: [
    {
      name: "the newest figure repeated",
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-03-10", 1400, { source: "s2" }),
        dated("c", "2025-04-05", 1400, { source: "s3" }),
      ],
    },
    {
      name: "the same figure throughout",
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-03-10", 2000, { source: "s2" }),
        dated("c", "2025-04-05", 2000, { source: "s3" }),
      ],
    },
    {
      name: "only two figures: no older one to repeat",
      claims: [dated("b", "2025-03-10", 1400, { source: "s2" }), dated("c", "2025-04-05", 2000, { source: "s3" })],
    },
    {
      name: "a new figure that repeats nothing",
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-03-10", 1400, { source: "s2" }),
        dated("c", "2025-04-05", 900, { source: "s3" }),
      ],
    },
    {
      name: "a compatible newer figure: 2000 then ~2100 then 2000",
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-03-10", "~2100", { source: "s2" }),
        dated("c", "2025-04-05", 2000, { source: "s3" }),
      ],
    },
    {
      name: "the newer figure comes after the repeating claim",
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("c", "2025-03-10", 2000, { source: "s3" }),
        dated("b", "2025-04-05", 1400, { source: "s2" }),
      ],
    },
    {
      name: "static property",
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2025-09", published: "2024-09-27" }),
        claim("b", { property: "end-date", value: "2026-12", published: "2025-01-10", source: "s2" }),
        claim("c", { property: "end-date", value: "2025-09", published: "2025-04-20", source: "s3" }),
      ],
    },
    {
      name: "cumulative property",
      properties: [P.attacks()],
      claims: [
        claim("a", { property: "attacks", value: 60, published: "2025-01-10" }),
        claim("b", { property: "attacks", value: 90, published: "2025-03-10", source: "s2" }),
        claim("c", { property: "attacks", value: 60, published: "2025-04-05", source: "s3" }),
      ],
    },
    {
      name: "the newer figure is a plan",
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-03-10", 1400, { source: "s2", modality: "planned" }),
        dated("c", "2025-04-05", 2000, { source: "s3" }),
      ],
    },
    {
      name: "the newer figure is a denial",
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-03-10", 2000, { source: "s2", modality: "denied" }),
        dated("c", "2025-04-05", 2000, { source: "s3" }),
      ],
    },
    {
      name: 'cardinality "many"',
      properties: [P.troops({ cardinality: "many" })],
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-03-10", 1400, { source: "s2" }),
        dated("c", "2025-04-05", 2000, { source: "s3" }),
      ],
    },
    {
      name: "the newer figure is in another scope",
      claims: [
        dated("a", "2025-01-10", 2000, { scope: { location: "Syria" } }),
        dated("b", "2025-03-10", 1400, { source: "s2", scope: { location: "Iraq" } }),
        dated("c", "2025-04-05", 2000, { source: "s3", scope: { location: "سوريا" } }),
      ],
    },
    {
      name: "the repeating claim is undated",
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-03-10", 1400, { source: "s2" }),
        claim("c", { value: 2000, source: "s3" }),
      ],
    },
    {
      name: "a stale figure that contradicts a figure of its own time: the contradiction says it is older",
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-03-10", 1400, { source: "s2" }),
        dated("c1", "2025-04-05", 2000, { source: "s3" }),
        dated("c3", "2025-04-05", 1400, { source: "s5" }),
      ],
    },
    {
      name: "the only newer figure comes from the repeating claim's own document (it tells its own timeline)",
      claims: [
        dated("a", "2025-01-10", 2000),
        claim("b", { asOf: "2025-03-10", value: 1400, source: "s3", document: "review" }),
        claim("c", { asOf: "2025-04-05", value: 2000, source: "s3", document: "review" }),
      ],
    },
  ],
  invalid: [
    {
      name: "2000 in January, 1400 in March, 2000 again in April",
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-03-10", 1400, { source: "s2" }),
        dated("c", "2025-04-05", 2000, { source: "s3" }),
      ],
      errors: [
        {
          messageId: "outdated", claims: ["b", "c"],
          data: { repeats: "a", gap: 600 },
        },
      ],
    },
    {
      name: "hedged: ~2000 repeated as 2100 after ~1400",
      claims: [
        dated("a", "2025-01-10", "~2000", { attribution: ["pentagon"] }),
        dated("b", "2025-03-10", "~1400", { source: "s2", attribution: ["pentagon"] }),
        dated("c", "2025-04-05", 2100, { source: "s3" }),
      ],
      errors: [{ messageId: "outdated", claims: ["b", "c"], data: { repeats: "a" } }],
    },
    {
      name: "the same source republishing its old figure (another document)",
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-03-10", 1400, { source: "s2" }),
        dated("c", "2025-04-05", 2000),
      ],
      errors: [{ messageId: "outdated", claims: ["b", "c"], data: { repeats: "a" } }],
    },
    {
      name: "several newer figures at one time, all listed",
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("b1", "2025-03-10", 1400, { source: "s2" }),
        dated("b2", "2025-03-10", "~1400", { source: "s4" }),
        dated("c", "2025-04-05", 2000, { source: "s3" }),
      ],
      errors: [{ messageId: "outdated", claims: ["b1", "b2", "c"] }],
    },
    {
      name: "several stale claims at one time: one warning listing them all",
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-03-10", 1400, { source: "s2" }),
        dated("c1", "2025-04-05", 2000, { source: "s3" }),
        dated("c2", "2025-04-05", "~2000", { source: "s4" }),
      ],
      errors: [
        {
          messageId: "outdatedSeveral", claims: ["b", "c1", "c2"],
          data: { repeats: "a", stale: ["c2", "c1"] },
        },
      ],
    },
    {
      name: "stale claims at two times: one warning per time",
      claims: [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-03-10", 1400, { source: "s2" }),
        dated("c", "2025-04-05", 2000, { source: "s3" }),
        dated("d", "2025-05-05", 1400, { source: "s4" }),
      ],
      errors: [
        { messageId: "outdated", claims: ["b", "c"], data: { repeats: "a", stale: ["c"] } },
        { messageId: "outdated", claims: ["c", "d"], data: { repeats: "b", stale: ["d"] } },
      ],
    },
    {
      name: "older figures that overlap form one run, named by its earliest claim",
      claims: [
        dated("a", "2025-01-10", 900),
        dated("b", "2025-01-20", "~1000", { source: "s2" }),
        dated("c", "2025-01-25", 1100, { source: "s3" }),
        dated("d", "2025-03-10", 2000, { source: "s4" }),
        dated("e", "2025-04-05", 1100, { source: "s5" }),
      ],
      errors: [{ messageId: "outdated", claims: ["d", "e"], data: { repeats: "a", stale: ["e"] } }],
    },
    {
      name: "quarters and approximate times order the figures",
      claims: [
        claim("a", { asOf: "2024-Q3", value: ">2500" }),
        claim("b", { asOf: "2024-12~", value: 2000, source: "s2" }),
        dated("c", "2025-04-20", 3000, { source: "s3" }),
      ],
      errors: [{ messageId: "outdated", claims: ["b", "c"], data: { repeats: "a" } }],
    },
    {
      name: "Arabic and Latin spellings of subject and scope",
      claims: [
        dated("a", "2025-01-10", "~2000", { subject: "القوات الأمريكية", scope: { location: "سوريا" } }),
        dated("b", "2025-03-10", "~1400", { subject: "US forces", scope: { location: "Syria" }, source: "s2" }),
        dated("c", "2025-04-05", "~2000", { subject: "القوات الأميركية", scope: { location: "سورية" }, source: "s3" }),
      ],
      errors: [{ messageId: "outdated", claims: ["b", "c"], group: "us-forces/troop-count?location=syria" }],
    },
  ],
});
