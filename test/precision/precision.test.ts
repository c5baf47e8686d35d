/**
 * The precision corpus (cases.ts), every rule on as a newsroom runs them:
 * each expected finding appears with exactly its claims, no forbidden one
 * does, and a quiet case reports no error or warning beyond those expected.
 * Every case is also checked with its claims in reverse order: the same
 * report, byte for byte.
 */
import { describe, expect, it } from "vitest";
import type { ClaimSet, Conflict } from "../../src/index.js";
import { check } from "../../src/index.js";
import { CASES } from "./cases.js";

const sameClaims = (conflict: Conflict, claims: readonly string[]) => JSON.stringify(conflict.claims) === JSON.stringify([...claims].sort());
const describeAll = (conflicts: readonly Conflict[]) => conflicts.map((c) => `  ${c.rule} [${c.claims.join(", ")}]: ${c.message}`).join("\n") || "  (none)";

describe("the precision corpus", () => {
  it("has at least 40 cases of every kind the rules judge", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.kind)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    it(`${c.kind}: ${c.name}`, () => {
      const report = check(c.set);
      const all = describeAll(report.conflicts);
      for (const want of c.must) {
        const found = report.conflicts.some((conflict) => conflict.rule === want.rule && (!want.claims || sameClaims(conflict, want.claims)));
        expect(found, `missing ${want.rule} [${want.claims?.join(", ")}]; reported:\n${all}`).toBe(true);
      }
      for (const not of c.mustNot) {
        const found = report.conflicts.filter((conflict) => conflict.rule === not.rule && (!not.claims || not.claims.every((id) => conflict.claims.includes(id))));
        expect(found, `forbidden ${not.rule} [${not.claims?.join(", ") ?? "any"}]; reported:\n${all}`).toEqual([]);
      }
      if (c.quiet) {
        const extra = report.conflicts.filter(
          (conflict) => conflict.severity !== "info" && !c.must.some((want) => want.rule === conflict.rule && (!want.claims || sameClaims(conflict, want.claims))),
        );
        expect(extra, `unexpected errors or warnings; reported:\n${all}`).toEqual([]);
      }
      // A suggestion's patch points at its claim's index, which moves with the order: the rest must not.
      const reversed = { ...c.set, claims: [...c.set.claims].reverse() } as ClaimSet;
      const withoutPaths = (conflicts: readonly Conflict[]) => JSON.stringify(conflicts, (key, value) => (key === "path" ? undefined : value));
      expect(withoutPaths(check(reversed).conflicts)).toBe(withoutPaths(report.conflicts));
    });
  }
});
