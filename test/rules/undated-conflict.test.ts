/**
 * undated-conflict (warning): incompatible values where at least one claim
 * has no time at all (neither asOf nor published), for state and cumulative
 * properties; for static ones conflicting-values applies.
 */
import { claim, dated, P, ruleTester } from "./tester.js";

const RULE = "undated-conflict";

ruleTester(RULE, {
  valid: [
    {
      name: "an undated figure that some dated figure agrees with may describe that time: nothing to say",
      claims: [
        claim("u", { value: 900 }),
        dated("d1", "2025-01-10", 2000, { source: "s2" }),
        dated("d2", "2025-03-10", "~900", { source: "s3" }),
        dated("d3", "2025-06-10", 2100, { source: "s4" }),
      ],
    },
    {
      name: "an undated ~1400 agreeing with June's 1400, among dated figures that disagree with each other",
      claims: [
        claim("u", { value: "~1400" }),
        dated("d1", "2025-01-10", 2000, { source: "s2" }),
        dated("d2", "2025-06-10", 1400, { source: "s3" }),
        dated("d3", "2025-09-10", 900, { source: "s4" }),
      ],
    },
    {
      name: "an undated claim agreeing with a dated one",
      claims: [claim("a", { value: "~900" }), dated("b", "2025-04-20", 950, { source: "s2" })],
    },
    {
      name: 'undated ">=70" and dated 70',
      claims: [claim("a", { value: ">=70" }), dated("b", "2025-04-20", 70, { source: "s2" })],
    },
    {
      name: "two undated claims that agree (900 and <1000)",
      claims: [claim("a", { value: 900 }), claim("b", { value: "<1000", source: "s2" })],
    },
    {
      name: "both dated (other rules' business)",
      claims: [dated("a", "2025-04-20", 900), dated("b", "2025-04-20", 2000, { source: "s2" })],
    },
    {
      name: "asOf without published is a time",
      claims: [claim("a", { asOf: "2025-04", value: 900 }), dated("b", "2025-06-20", 2000, { source: "s2" })],
    },
    {
      name: "static property: conflicting-values applies instead",
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2025-09" }),
        claim("b", { property: "end-date", value: "2026-12", source: "s2", published: "2025-04-20" }),
      ],
    },
    {
      name: "undeclared text property is static",
      claims: [
        claim("a", { property: "hq", value: "Victory" }),
        claim("b", { property: "hq", value: "عين الأسد", source: "s2" }),
      ],
    },
    {
      name: "planned undated vs asserted dated",
      claims: [claim("a", { value: 900, modality: "planned" }), dated("b", "2025-04-20", 2000, { source: "s2" })],
    },
    {
      name: "a denial without a date is denied-claim's business",
      claims: [claim("a", { value: 2000, modality: "denied" }), dated("b", "2025-04-20", 900, { source: "s2" })],
    },
    {
      name: 'cardinality "many"',
      properties: [P.troops({ cardinality: "many" })],
      claims: [claim("a", { value: 900 }), dated("b", "2025-04-20", 2000, { source: "s2" })],
    },
    {
      name: "different scopes",
      claims: [
        claim("a", { value: 900, scope: { location: "Syria" } }),
        dated("b", "2025-04-20", 2500, { source: "s2", scope: { location: "Iraq" } }),
      ],
    },
    {
      name: "different subjects",
      claims: [claim("a", { value: 900 }), dated("b", "2025-04-20", 2500, { source: "s2", subject: "coalition" })],
    },
  ],
  invalid: [
    {
      name: "an undated figure no dated figure agrees with: one finding, against the nearest dated figure",
      claims: [
        claim("u", { value: 5000 }),
        dated("d1", "2025-01-10", 2000, { source: "s2" }),
        dated("d2", "2025-03-10", "~900", { source: "s3" }),
        dated("d3", "2025-06-10", 2100, { source: "s4" }),
        dated("d4", "2025-07-10", 2100, { source: "s5" }),
      ],
      errors: [{ messageId: "undated", claims: ["d3", "d4", "u"], data: { undatedClaims: ["u"], nearest: ["d3", "d4"] } }],
    },
    {
      name: "two undated figures each against the nearest dated one, never against each other",
      claims: [
        claim("u1", { value: 100 }),
        claim("u2", { value: 5000, source: "s2" }),
        dated("d1", "2025-01-10", 900, { source: "s3" }),
        dated("d2", "2025-06-10", 2000, { source: "s4" }),
      ],
      errors: [
        { messageId: "undated", claims: ["d1", "u1"], data: { nearest: ["d1"] } },
        { messageId: "undated", claims: ["d2", "u2"], data: { nearest: ["d2"] } },
      ],
    },
    {
      name: "equally near below and above: the later dated figure",
      claims: [claim("u", { value: 1000 }), dated("lo", "2025-01-10", 900, { source: "s3" }), dated("hi", "2025-06-10", 1100, { source: "s4" })],
      errors: [{ messageId: "undated", claims: ["hi", "u"], data: { nearest: ["hi"] } }],
    },
    {
      name: "undated 900 vs dated 2000",
      claims: [claim("a", { value: 900 }), dated("b", "2025-04-20", 2000, { source: "s2" })],
      errors: [
        {
          messageId: "undated", claims: ["a", "b"],
          data: { undatedClaims: ["a"], gap: 1100, relativeGap: 0.55 },
        },
      ],
    },
    {
      name: "two undated claims from different sources",
      claims: [claim("a", { value: "~900" }), claim("b", { value: "~1400", source: "s2" })],
      errors: [{ messageId: "undatedAll", claims: ["a", "b"], data: { gap: 270 } }],
    },
    {
      name: "two undated claims from one source",
      claims: [claim("a", { value: 900 }), claim("b", { value: 2000 })],
      errors: [{ messageId: "undatedAll", claims: ["a", "b"] }],
    },
    {
      name: 'open bound: undated ">90" vs dated 90',
      claims: [claim("a", { value: ">90" }), dated("b", "2025-04-20", 90, { source: "s2" })],
      errors: [{ messageId: "undated", claims: ["a", "b"] }],
    },
    {
      name: "cumulative property",
      properties: [P.attacks()],
      claims: [
        claim("a", { property: "attacks", value: ">=70" }),
        claim("b", { property: "attacks", value: 60, published: "2025-04-20", source: "s2" }),
      ],
      errors: [{ messageId: "undated", claims: ["a", "b"] }],
    },
    {
      name: "Arabic and Latin spellings of subject and scope, attribution named",
      claims: [
        claim("a", { subject: "القوات الأمريكية", scope: { location: "سوريا" }, value: "~2000", attribution: ["pentagon"] }),
        dated("b", "2025-04-20", "~900", { subject: "US forces", scope: { location: "Syria" }, source: "s2" }),
      ],
      errors: [
        {
          messageId: "undated", claims: ["a", "b"],
          group: "us-forces/troop-count?location=syria",
        },
      ],
    },
    {
      name: "planned undated vs planned dated",
      claims: [
        claim("a", { value: 900, modality: "planned" }),
        dated("b", "2025-04-20", 2000, { source: "s2", modality: "planned" }),
      ],
      errors: [{ messageId: "undated", claims: ["a", "b"] }],
    },
    {
      name: "asserted and planned sets give separate conflicts",
      claims: [
        claim("a", { value: 900 }),
        dated("b", "2025-04-20", 2000, { source: "s2" }),
        claim("c", { value: 900, modality: "planned" }),
        dated("d", "2025-04-20", 2000, { source: "s2", modality: "planned" }),
      ],
      errors: [{ messageId: "undated", claims: ["a", "b"] }, { messageId: "undated", claims: ["c", "d"] }],
    },
  ],
});
