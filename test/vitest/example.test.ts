import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { safeParseClaimSet } from "../../src/index.js";
import { matchers } from "../../src/vitest/index.js";

expect.extend(matchers);

const dir = new URL("../../examples/newsroom-ci/", import.meta.url);
const text = readFileSync(new URL("claims.json", dir), "utf8");
const readme = readFileSync(new URL("README.md", dir), "utf8");
const sheet = JSON.parse(text) as { claims: Array<{ id: string; property: string; value: unknown }> };

describe("the newsroom-ci example", () => {
  it("is a valid claim set with no warnings", () => {
    const result = safeParseClaimSet(text);
    expect(result.success && result.warnings).toEqual([]);
  });

  it("has no conflict but the cut in the troop counts, a timeline note", () => {
    expect(sheet).toBeConsistent({ severity: "warning" });
    expect(sheet).not.toHaveConflict({ property: "end-date" });
    expect(sheet).toHaveConflict({ rule: "value-changed", property: "troop-count", severity: "info" });
  });

  it("shows in its README the failure message the matchers print", () => {
    const claims = sheet.claims
      .filter((claim) => claim.property === "troop-count")
      .map((claim) => (claim.id === "pentagon-syria-1400" ? { ...claim, value: "~900" } : claim));
    let message = "";
    try {
      expect({ ...sheet, claims }).toBeConsistent({ severity: "warning" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^expected the claim set to be consistent/);
    if (process.env.PRINT_README_MESSAGE) console.log(message);
    expect(readme).toContain("```\n" + message + "\n```");
  });

  it("tells newsrooms how to install and register the matchers", () => {
    expect(readme).toContain("npm i -D corroborate vitest");
    expect(readme).toContain('setupFiles: ["corroborate/vitest/setup"]');
  });
});
