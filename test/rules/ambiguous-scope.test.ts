/**
 * ambiguous-scope (warning): an unscoped claim disagrees with scoped claims
 * of the same subject and property, and would agree with one of the scopes;
 * the suggestion adds that scope (an RFC 6902 patch
 * `[{ "op": "add", "path": "/claims/<index>/scope", "value": { … } }]`).
 */
import { describe, expect, it } from "vitest";
import type { Claim, PatchOperation } from "../../src/index.js";
import type { Case } from "./tester.js";
import { claim, claimSetOf, dated, P, ruleTester, runRule } from "./tester.js";
import { check } from "../../src/index.js";

const RULE = "ambiguous-scope";
const DAY = "2025-04-20";
const syria = (id: string, value: Claim["value"], over: Partial<Claim> = {}) =>
  dated(id, DAY, value, { scope: { location: "Syria" }, ...over });
const iraq = (id: string, value: Claim["value"], over: Partial<Claim> = {}) =>
  dated(id, DAY, value, { scope: { location: "Iraq" }, source: "s2", ...over });
const addScope = (index: number, value: Record<string, string>): PatchOperation[] => [
  { op: "add", path: `/claims/${index}/scope`, value },
];

ruleTester(RULE, {
  valid: [
    { name: "no scoped claims at all", claims: [dated("u", DAY, 900), dated("v", DAY, 2500, { source: "s2" })] },
    {
      name: "the unscoped claim agrees with every scope",
      claims: [syria("s", 900), iraq("i", "~900"), dated("u", DAY, 900, { source: "s3" })],
    },
    {
      name: "the unscoped claim disagrees with every scope",
      claims: [syria("s", 900), iraq("i", 2500), dated("u", DAY, 5000, { source: "s3" })],
    },
    {
      name: "one scope, which agrees",
      claims: [syria("s", "~900"), dated("u", DAY, 900, { source: "s3" })],
    },
    {
      name: "one scope, which disagrees: nothing to suggest",
      claims: [iraq("i", 2500), dated("u", DAY, 900, { source: "s3" })],
    },
    {
      name: '">=70" agrees with 70 in both scopes',
      claims: [syria("s", 70), iraq("i", ">=70"), dated("u", DAY, ">=70", { source: "s3" })],
    },
    {
      name: "state property: a scoped figure from another time does not disagree",
      claims: [syria("s", 900), iraq("i", 2500, { published: "2024-01-10" }), dated("u", DAY, 900, { source: "s3" })],
    },
    {
      name: 'cardinality "many"',
      properties: [P.troops({ cardinality: "many" })],
      claims: [syria("s", 900), iraq("i", 2500), dated("u", DAY, 900, { source: "s3" })],
    },
    {
      name: "an unscoped denial",
      claims: [syria("s", 900), iraq("i", 2500), dated("u", DAY, 900, { source: "s3", modality: "denied" })],
    },
    {
      name: "an unscoped plan against asserted scopes",
      claims: [syria("s", 900), iraq("i", 2500), dated("u", DAY, 900, { source: "s3", modality: "planned" })],
    },
    {
      name: "scoped claims of another subject",
      claims: [
        syria("s", 900, { subject: "coalition" }),
        iraq("i", 2500, { subject: "coalition" }),
        dated("u", DAY, 900, { source: "s3" }),
      ],
    },
    {
      name: "scoped claims of another property",
      claims: [
        syria("s", 900, { property: "troops-withdrawn" }),
        iraq("i", 2500, { property: "troops-withdrawn" }),
        dated("u", DAY, 900, { source: "s3" }),
      ],
    },
  ],
  invalid: [
    {
      name: "an unscoped ~900 matches Syria, not Iraq (Arabic and Latin spellings)",
      claims: [
        syria("s1", "~900", { scope: { location: "سوريا" } }),
        syria("s2", 900, { scope: { location: "Syria" }, source: "s4" }),
        iraq("i", 2500, { scope: { location: "العراق" } }),
        dated("u", DAY, "~900", { source: "s3" }),
      ],
      errors: [
        {
          messageId: "ambiguous", claims: ["i", "u"],
          group: "us-forces/troop-count",
          scope: {},
          data: { gap: expect.any(Number) },
          suggestions: [addScope(3, { location: "syria" })],
        },
      ],
    },
    {
      name: "the patch names the claim's index in the claim set",
      claims: [
        dated("u", DAY, 900, { source: "s3" }),
        syria("s", 900),
        dated("x", DAY, 7, { property: "other" }),
        iraq("i", 2500),
      ],
      errors: [{ messageId: "ambiguous", claims: ["i", "u"], suggestions: [addScope(0, { location: "syria" })] }],
    },
    {
      name: "two scopes agree: one suggestion each",
      claims: [
        syria("s", 900),
        dated("k", DAY, "~900", { scope: { location: "الكويت" }, source: "s4" }),
        iraq("i", 2500),
        dated("u", DAY, 900, { source: "s3" }),
      ],
      errors: [
        {
          messageId: "ambiguous", claims: ["i", "u"],
          suggestions: [addScope(3, { location: "syria" }), addScope(3, { location: "kuwait" })],
        },
      ],
    },
    {
      name: "two scopes disagree: both listed",
      claims: [
        syria("s", 900),
        iraq("i", 2500),
        dated("k", DAY, 4000, { scope: { location: "Kuwait" }, source: "s4" }),
        dated("u", DAY, 900, { source: "s3" }),
      ],
      errors: [{ messageId: "ambiguous", claims: ["i", "k", "u"], suggestions: [addScope(3, { location: "syria" })] }],
    },
    {
      name: "two unscoped claims: one finding each, each with its own patch",
      claims: [
        syria("s", 900),
        iraq("i", 2500),
        dated("u", DAY, 900, { source: "s3" }),
        dated("v", DAY, "2500..2600", { source: "s4" }),
      ],
      errors: [
        { messageId: "ambiguous", claims: ["i", "u"], suggestions: [addScope(2, { location: "syria" })] },
        { messageId: "ambiguous", claims: ["s", "v"], suggestions: [addScope(3, { location: "iraq" })] },
      ],
    },
    {
      name: "an empty scope object is no scope",
      claims: [syria("s", 900), iraq("i", 2500), dated("u", DAY, 900, { source: "s3", scope: {} })],
      errors: [{ messageId: "ambiguous", claims: ["i", "u"], group: "us-forces/troop-count", suggestions: [addScope(2, { location: "syria" })] }],
    },
    {
      name: "a scope with two qualifiers",
      claims: [
        dated("a", DAY, 900, { scope: { location: "Syria", branch: "army" } }),
        dated("b", DAY, 200, { scope: { location: "Syria", branch: "navy" }, source: "s2" }),
        dated("u", DAY, 900, { source: "s3" }),
      ],
      errors: [{ messageId: "ambiguous", claims: ["b", "u"], suggestions: [addScope(2, { branch: "army", location: "syria" })] }],
    },
    {
      name: "undated claims",
      claims: [
        claim("s", { value: 900, scope: { location: "Syria" } }),
        claim("i", { value: 2500, scope: { location: "Iraq" }, source: "s2" }),
        claim("u", { value: 900, source: "s3" }),
      ],
      errors: [{ messageId: "ambiguous", claims: ["i", "u"], suggestions: [addScope(2, { location: "syria" })] }],
    },
    {
      name: "static dates: the end date matches one base",
      properties: [P.endDate()],
      claims: [
        claim("e", { property: "end-date", value: "2026-09", scope: { location: "Erbil" }, published: "2025-01-10" }),
        claim("b", { property: "end-date", value: "2025-09", scope: { location: "Baghdad" }, source: "s2" }),
        claim("u", { property: "end-date", value: "2026-Q3", source: "s3", published: DAY }),
      ],
      errors: [{ messageId: "ambiguous", claims: ["b", "u"], suggestions: [addScope(2, { location: "erbil" })] }],
    },
    {
      name: "planned claims against planned scopes",
      claims: [
        syria("s", 900, { modality: "planned" }),
        iraq("i", 2500, { modality: "planned" }),
        dated("u", DAY, 900, { source: "s3", modality: "planned" }),
      ],
      errors: [{ messageId: "ambiguous", claims: ["i", "u"], suggestions: [addScope(2, { location: "syria" })] }],
    },
    {
      name: "attribution: the unscoped claim's origin is named",
      claims: [syria("s", "~1400"), iraq("i", 2500), dated("u", DAY, 1400, { source: "s3", attribution: ["pentagon"] })],
      errors: [{ messageId: "ambiguous", claims: ["i", "u"] }],
    },
  ],
});

describe("ambiguous-scope suggestions", () => {
  const base: Case = {
    name: "apply",
    claims: [
      syria("s1", "~900", { scope: { location: "سوريا" } }),
      iraq("i", 2500, { scope: { location: "العراق" } }),
      dated("u", DAY, "~900", { source: "s3" }),
      dated("w", DAY, 2400, { scope: { location: "Deir ez-Zor" }, source: "s4", subject: "coalition" }),
      dated("z", DAY, "~2400", { subject: "coalition", source: "s5" }),
      dated("y", DAY, 900, { scope: { location: "Hasakah" }, source: "s4", subject: "coalition" }),
    ],
  };

  it("applying each suggested patch puts the claim in the suggested group and ends the finding", () => {
    const report = runRule(RULE, base);
    expect(report.conflicts.length).toBeGreaterThan(0);
    for (const conflict of report.conflicts) {
      for (const suggestion of conflict.suggestions ?? []) {
        const set = claimSetOf(base) as unknown as { claims: Array<Record<string, unknown>> };
        for (const op of suggestion.patch) {
          expect(op.op).toBe("add");
          const match = /^\/claims\/(\d+)\/scope$/.exec(op.path);
          expect(match, op.path).not.toBeNull();
          const target = set.claims[Number(match![1])]!;
          expect(conflict.claims).toContain(target.id);
          expect(target.scope).toBeUndefined();
          target.scope = op.value;
        }
        const after = check(set, { rules: { "value-changed": "off" } });
        const fixedId = set.claims[Number(/\d+/.exec(suggestion.patch[0]!.path)![0])]!.id as string;
        expect(after.conflicts.filter((c) => c.rule === RULE && c.claims.includes(fixedId))).toEqual([]);
        const group = after.groups.find((g) => g.positions.some((p) => p.claims.includes(fixedId)));
        expect(group?.scope).toEqual(suggestion.patch[0]!.value);
      }
    }
  });

  it("a scope value without an entity is suggested so that it reads back to the same group", () => {
    const report = runRule(RULE, base);
    const conflict = report.conflicts.find((c) => c.claims.includes("z"));
    expect(conflict?.claims).toEqual(["y", "z"]);
    expect(conflict?.suggestions?.length).toBe(1);
    const value = conflict!.suggestions![0]!.patch[0]!.value as Record<string, string>;
    expect(Object.keys(value)).toEqual(["location"]);
    // whatever spelling is suggested, it must name Deir ez-Zor (checked by applying it above)
    expect(report.conflicts.map((c) => c.claims)).toEqual(expect.arrayContaining([["i", "u"], ["y", "z"]]));
    expect(report.conflicts).toHaveLength(2);
  });
});
