/**
 * denied-claim (error): one claim asserts a value that another claim
 * (`modality: "denied"`) denies, for the same time, or either undated, or a
 * static property. The only rule through which `cardinality: "many"`
 * properties conflict.
 */
import { claim, dated, P, ruleTester } from "./tester.js";

const RULE = "denied-claim";
const DAY = "2025-04-20";
const many = [{ id: "bases", type: "text" as const, cardinality: "many" as const }];

ruleTester(RULE, {
  valid: [
    {
      name: "a denial of another figure",
      claims: [dated("a", DAY, 900), dated("d", DAY, 2000, { source: "s2", modality: "denied" })],
    },
    {
      name: 'denied ">90", asserted 90',
      claims: [dated("a", DAY, 90), dated("d", DAY, ">90", { source: "s2", modality: "denied" })],
    },
    {
      name: "state property: a denial at another time",
      claims: [dated("a", "2025-01-10", 900), dated("d", "2025-06-10", 900, { source: "s2", modality: "denied" })],
    },
    {
      name: "state property: a denial for an adjacent month",
      claims: [dated("a", "2025-03", 900), claim("d", { asOf: "2025-04", value: 900, source: "s2", modality: "denied" })],
    },
    {
      name: "two denials and no assertion",
      claims: [dated("d1", DAY, 900, { modality: "denied" }), dated("d2", DAY, 900, { source: "s2", modality: "denied" })],
    },
    {
      name: "a plan is not an assertion",
      claims: [dated("p", DAY, 900, { modality: "planned" }), dated("d", DAY, 900, { source: "s2", modality: "denied" })],
    },
    {
      name: "different scopes",
      claims: [
        dated("a", DAY, 900, { scope: { location: "Syria" } }),
        dated("d", DAY, 900, { source: "s2", modality: "denied", scope: { location: "Iraq" } }),
      ],
    },
    {
      name: "different subjects",
      claims: [dated("a", DAY, 900), dated("d", DAY, 900, { source: "s2", modality: "denied", subject: "coalition" })],
    },
    {
      name: 'cardinality "many": a denial of another item',
      properties: many,
      claims: [
        claim("a", { property: "bases", value: "Ain al-Asad" }),
        claim("d", { property: "bases", value: "Victory", source: "s2", modality: "denied" }),
      ],
    },
    {
      name: "static dates: a denied month does not touch another",
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2026-12" }),
        claim("d", { property: "end-date", value: "2025-09", source: "s2", modality: "denied" }),
      ],
    },
  ],
  invalid: [
    {
      name: "same figure, same day: asserted and denied",
      claims: [dated("a", DAY, 900), dated("d", DAY, 900, { source: "pentagon", modality: "denied" })],
      errors: [
        {
          messageId: "denied", claims: ["a", "d"],
          data: { deniedBy: "d" },
        },
      ],
    },
    {
      name: "the denial is undated",
      claims: [dated("a", DAY, 900), claim("d", { value: 900, source: "s2", modality: "denied" })],
      errors: [{ messageId: "denied", claims: ["a", "d"] }],
    },
    {
      name: "the assertion is undated",
      claims: [claim("a", { value: 900 }), dated("d", DAY, 900, { source: "s2", modality: "denied" })],
      errors: [{ messageId: "denied", claims: ["a", "d"] }],
    },
    {
      name: "overlapping times: a denial for the month covers a day in it",
      claims: [dated("a", DAY, 900), claim("d", { asOf: "2025-04", value: 900, source: "s2", modality: "denied" })],
      errors: [{ messageId: "denied", claims: ["a", "d"] }],
    },
    {
      name: "static property: time does not matter",
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2025-09", published: "2024-09-27" }),
        claim("d", { property: "end-date", value: "2025-09", published: DAY, source: "s2", modality: "denied" }),
      ],
      errors: [{ messageId: "denied", claims: ["a", "d"] }],
    },
    {
      name: 'static dates: a denied "2025-Q3" covers an asserted September',
      properties: [P.endDate()],
      claims: [
        claim("a", { property: "end-date", value: "2025-09" }),
        claim("d", { property: "end-date", value: "2025-Q3", source: "s2", modality: "denied" }),
      ],
      errors: [{ messageId: "denied", claims: ["a", "d"] }],
    },
    {
      name: 'hedged: denied "~2000" covers an asserted 2100',
      claims: [dated("a", DAY, 2100), dated("d", DAY, "~2000", { source: "s2", modality: "denied" })],
      errors: [{ messageId: "denied", claims: ["a", "d"] }],
    },
    {
      name: 'cardinality "many": a denied item through Arabic and Latin aliases',
      properties: many,
      claims: [
        claim("a", { property: "bases", value: "Ain al-Asad" }),
        claim("b", { property: "bases", value: "Victory", source: "s3" }),
        claim("d", { property: "bases", value: "قاعدة عين الأسد", source: "s2", modality: "denied" }),
      ],
      errors: [{ messageId: "denied", claims: ["a", "d"] }],
    },
    {
      name: "one denial of several assertions: one conflict",
      claims: [
        dated("a", DAY, 900),
        dated("b", DAY, "~900", { source: "s3" }),
        dated("c", DAY, 2000, { source: "s4" }),
        dated("d", DAY, 900, { source: "s2", modality: "denied" }),
      ],
      errors: [{ messageId: "deniedSeveral", claims: ["a", "b", "d"] }],
    },
    {
      name: "the same document asserts and denies",
      claims: [dated("a", DAY, 900), dated("d", DAY, 900, { modality: "denied" })],
      errors: [{ messageId: "denied", claims: ["a", "d"] }],
    },
    {
      name: "attribution: the denier is the origin",
      claims: [
        dated("a", DAY, "~1400", { source: "s2" }),
        dated("d", DAY, "~1400", { source: "s1", attribution: ["pentagon"], modality: "denied" }),
      ],
      errors: [{ messageId: "denied", claims: ["a", "d"] }],
    },
    {
      name: "subject and scope through Arabic and Latin aliases",
      claims: [
        dated("a", DAY, 900, { subject: "القوات الأمريكية", scope: { location: "سورية" } }),
        dated("d", DAY, 900, { subject: "US forces", scope: { location: "Syria" }, source: "s2", modality: "denied" }),
      ],
      errors: [{ messageId: "denied", claims: ["a", "d"], group: "us-forces/troop-count?location=syria" }],
    },
    {
      name: "two denials at different times: one conflict each",
      claims: [
        dated("a", "2025-01-10", 900),
        dated("b", "2025-06-10", 2000, { source: "s3" }),
        dated("d1", "2025-01-10", 900, { source: "s2", modality: "denied" }),
        dated("d2", "2025-06-10", 2000, { source: "s2", modality: "denied" }),
      ],
      errors: [{ messageId: "denied", claims: ["a", "d1"] }, { messageId: "denied", claims: ["b", "d2"] }],
    },
  ],
});
