/**
 * containment (warning): a count for a part above its whole's at the same
 * time; a presence or deadline of a part ending later than its whole's.
 */
import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/index.js";
import { ENTITIES, P, claim, dated, ruleTester } from "./tester.js";
import { check } from "../../src/index.js";
import { claimSetOf, onlyRule } from "./tester.js";

const RULE = "containment";
const DAY = "2025-04-20";

/** The test entities, with Erbil in the Kurdistan Region in Iraq, and Ain al-Asad in Iraq. */
const NESTED: Entity[] = [
  ...ENTITIES.map((entity) => (entity.id === "ain-al-asad" ? { ...entity, partOf: ["iraq"] } : entity)),
  { id: "kurdistan", labels: ["Kurdistan Region", "إقليم كردستان"], partOf: ["iraq"] },
  { id: "erbil", labels: ["Erbil", "أربيل"], partOf: ["kurdistan"] },
];
const presence = P.endDate({ id: "presence-end", nesting: "within" });
const at = (place: string) => ({ scope: { location: place } });

ruleTester(RULE, {
  valid: [
    { name: "a part below its whole", entities: NESTED, claims: [dated("p", DAY, 900, at("Erbil")), dated("w", DAY, 2500, { ...at("Iraq"), source: "s2" })] },
    { name: "a part equal to its whole", entities: NESTED, claims: [dated("p", DAY, 2500, at("Erbil")), dated("w", DAY, "~2500", { ...at("Iraq"), source: "s2" })] },
    {
      name: "hedged figures that may agree: about 2,600 in a part, at most 2,500 in the whole",
      entities: NESTED,
      claims: [dated("p", DAY, "~2600", at("Erbil")), dated("w", DAY, "<=2500", { ...at("Iraq"), source: "s2" })],
    },
    {
      name: "a part above its whole, at different times (counts change)",
      entities: NESTED,
      claims: [dated("p", "2024-01-10", 3000, at("Erbil")), dated("w", DAY, 2500, { ...at("Iraq"), source: "s2" })],
    },
    {
      name: "a part compared only with wholes of its own time, not through a chain of times",
      entities: NESTED,
      claims: [
        claim("w1", { value: 2500, ...at("Iraq"), source: "s2", asOf: "2025-04-01/2025-04-05" }),
        claim("w2", { value: 5000, ...at("Iraq"), source: "s3", asOf: "2025-04-04/2025-04-25" }),
        claim("p", { value: 3000, ...at("Ain al-Asad"), asOf: "2025-04-24" }),
      ],
    },
    { name: "places that contain nothing of each other", entities: NESTED, claims: [dated("p", DAY, 3000, at("Syria")), dated("w", DAY, 2500, { ...at("Iraq"), source: "s2" })] },
    { name: "without partOf, no containment", claims: [dated("p", DAY, 3000, at("Ain al-Asad")), dated("w", DAY, 2500, { ...at("Iraq"), source: "s2" })] },
    {
      name: "a share is no count: a unit in %",
      entities: NESTED,
      properties: [P.troops({ id: "turnout", unit: "%" })],
      claims: [dated("p", DAY, 80, { ...at("Erbil"), property: "turnout" }), dated("w", DAY, 60, { ...at("Iraq"), property: "turnout", source: "s2" })],
    },
    {
      name: "a date property is compared only when declared within",
      entities: NESTED,
      properties: [P.endDate()],
      claims: [claim("p", { property: "end-date", value: "2026-12", ...at("Erbil") }), claim("w", { property: "end-date", value: "2026-09", ...at("Kurdistan Region"), source: "s2" })],
    },
    {
      name: "a part's presence ending before its whole's",
      entities: NESTED,
      properties: [presence],
      claims: [claim("p", { property: "presence-end", value: "2025-09", ...at("Erbil") }), claim("w", { property: "presence-end", value: "2026-12", ...at("Iraq"), source: "s2" })],
    },
    {
      name: "two scope names apart (location and unit): not one part of the other",
      entities: NESTED,
      claims: [dated("p", DAY, 3000, { scope: { location: "erbil", unit: "advisers" } }), dated("w", DAY, 2500, { ...at("Iraq"), source: "s2" })],
    },
    {
      name: "plans are compared with plans only",
      entities: NESTED,
      properties: [presence],
      claims: [
        claim("p", { property: "presence-end", value: "2026-12", modality: "planned", ...at("Erbil") }),
        claim("w", { property: "presence-end", value: "2026-09", ...at("Kurdistan Region"), source: "s2" }),
      ],
    },
  ],
  invalid: [
    {
      name: "a chain of times: the part against the whole of its own time only",
      entities: NESTED,
      claims: [
        claim("w1", { value: 2500, ...at("Iraq"), source: "s2", asOf: "2025-04-20/2025-04-24" }),
        claim("w2", { value: 5000, ...at("Iraq"), source: "s3", asOf: "2025-04-01/2025-04-10" }),
        claim("w3", { value: 4000, ...at("Iraq"), source: "s3", asOf: "2025-04-09/2025-04-21" }),
        claim("p", { value: 3000, ...at("Ain al-Asad"), asOf: "2025-04-24" }),
      ],
      errors: [{ messageId: "moreThanWhole", claims: ["p", "w1"] }],
    },
    {
      name: "more troops in a part than in its whole, the same day",
      entities: NESTED,
      claims: [dated("p", DAY, 3000, at("Ain al-Asad")), dated("w", DAY, 2500, { ...at("Iraq"), source: "s2" })],
      errors: [{ messageId: "moreThanWhole", claims: ["p", "w"], data: { part: ["p"], whole: ["w"], wholeScope: [{ location: "iraq" }] } }],
    },
    {
      name: "through a part of a part, spelled in Arabic",
      entities: NESTED,
      claims: [dated("p", DAY, "~3000", at("أربيل")), dated("w", DAY, "<2500", { ...at("العراق"), source: "s2" })],
      errors: [{ messageId: "moreThanWhole", claims: ["p", "w"], group: "us-forces/troop-count?location=erbil" }],
    },
    {
      name: "advisers stay in Erbil until the end of 2026; forces leave the Kurdistan Region by the end of September 2026",
      entities: NESTED,
      properties: [presence],
      claims: [
        claim("erbil", { property: "presence-end", value: "2026-12", modality: "planned", published: DAY, ...at("أربيل") }),
        claim("kurdistan", { property: "presence-end", value: "2026-09", modality: "planned", published: DAY, ...at("إقليم كردستان") }),
      ],
      errors: [{ messageId: "plannedLaterThanWhole", claims: ["erbil", "kurdistan"], data: { part: ["erbil"], whole: ["kurdistan"] } }],
    },
    {
      name: "asserted dates: a base left after the country",
      entities: NESTED,
      properties: [presence],
      claims: [claim("p", { property: "presence-end", value: "2026-03", ...at("Ain al-Asad") }), claim("w", { property: "presence-end", value: "2025-09", ...at("Iraq"), source: "s2" })],
      errors: [{ messageId: "laterThanWhole", claims: ["p", "w"] }],
    },
    {
      name: "only the parts above and the wholes below are named",
      entities: NESTED,
      claims: [
        dated("p1", DAY, 3000, at("Erbil")),
        dated("p2", DAY, 500, { ...at("Erbil"), source: "s3" }),
        dated("w1", DAY, 2500, { ...at("Iraq"), source: "s2" }),
        dated("w2", DAY, 9000, { ...at("Iraq"), source: "s4" }),
      ],
      errors: [{ messageId: "moreThanWhole", claims: ["p1", "w1"] }],
    },
  ],
});

describe("containment messages", () => {
  it("say which place contains which, in words", () => {
    const set = claimSetOf({
      name: "erbil",
      entities: NESTED,
      properties: [presence],
      claims: [
        claim("erbil", { property: "presence-end", value: "2026-12", modality: "planned", published: DAY, attribution: ["pentagon"], ...at("Erbil") }),
        claim("kurdistan", { property: "presence-end", value: "2026-09", modality: "planned", published: DAY, ...at("Kurdistan Region") }),
      ],
    });
    expect(check(set, { rules: onlyRule(RULE) }).conflicts.map((c) => c.message)).toEqual([
      "US forces: presence end (location: Erbil) is planned for December 2026 (Infoplus citing US Department of Defense), later than September 2026 (Infoplus) planned for Kurdistan Region, which contains Erbil.",
    ]);
  });
});
