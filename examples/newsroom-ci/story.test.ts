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

  it("the deadline conflict is known and tracked", () => {
    // Tracked on the desk's board: the story says "between September 2025 and the end of 2026".
    expect(sheet).toHaveConflict({
      rule: "conflicting-values",
      severity: "error",
      subject: "international coalition mission",
      property: "end-date",
      scope: { location: "Iraq" },
      claims: ["infoplus-coalition-end-2025-09", "wsj-coalition-end-2026"],
      message: /September 2025 .* vs December 2026/,
    });
  });
});
