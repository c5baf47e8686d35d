// An editorial test: CI runs it on every change to the story's claim sheet and
// fails, saying why, when the claims stop adding up.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// Registers the matchers and brings their types; with `setupFiles: ["corroborate/vitest/setup"]`
// in vitest.config.ts the matchers are registered for every test file (see README.md).
import "corroborate/vitest/setup";

const sheet = JSON.parse(readFileSync(new URL("./claims.json", import.meta.url), "utf8"));

/** The claim sheet with only the claims about one property. */
const about = (property: string) => ({
  ...sheet,
  claims: sheet.claims.filter((claim: { property: string }) => claim.property === property),
});

describe("story: the US drawdown in Syria and Iraq", () => {
  it("the story's figures are consistent", () => {
    // Not even a warning (a rapid change, a stale figure) on the troop counts; the cut is a timeline note (info).
    expect(about("troop-count")).toBeConsistent({ severity: "warning" });
  });

  it("the Pentagon and The New York Times agree on the troops in Syria", () => {
    expect(sheet).toHaveClaimsAgreeing(["pentagon-syria-1400", "nyt-syria-1400"]);
  });

  it("the March figure is the count before the cut, not a contradiction", () => {
    expect(sheet).not.toHaveClaimsAgreeing(["pentagon-syria-2000-march", "pentagon-syria-1400"]);
    expect(sheet).toHaveConflict({ rule: "value-changed", property: "troop-count", claims: ["nyt-syria-1400", "pentagon-syria-1400", "pentagon-syria-2000-march"] });
  });

  it("September 2025 and the end of 2026 are two deadlines, not one in dispute", () => {
    // The coalition's mission ends in September 2025; the forces leave Iraq by the end of 2026 (the roadmap's
    // second phase keeps them in the Kurdistan Region into 2026). Written as one subject, they would be an error.
    expect(sheet).not.toHaveConflict({ property: "end-date" });
    const asOneDeadline = {
      ...sheet,
      claims: sheet.claims.map((claim: { id: string }) => (claim.id === "wsj-forces-out-2026" ? { ...claim, subject: "international coalition mission" } : claim)),
    };
    expect(asOneDeadline).toHaveConflict({
      rule: "conflicting-values",
      severity: "error",
      subject: "international coalition mission",
      property: "end-date",
      scope: { location: "Iraq" },
      claims: ["infoplus-coalition-end-2025-09", "wsj-forces-out-2026"],
      message: /September 2025 .* vs December 2026/,
    });
  });
});
