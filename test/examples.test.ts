import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, safeParseClaimSet } from "../src/index.js";

const dir = new URL("../examples/iraq-withdrawal/", import.meta.url);
const text = readFileSync(new URL("claims.json", dir), "utf8");
const articles = readdirSync(new URL("articles/", dir))
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(new URL(`articles/${name}`, dir), "utf8"));

describe("the iraq-withdrawal example", () => {
  it("is a valid claim set with no warnings", () => {
    const result = safeParseClaimSet(text);
    expect(result.success && result.warnings).toEqual([]);
  });

  it("ships the five articles", () => {
    expect(articles).toHaveLength(5);
  });

  it("quotes every claim verbatim from one of the articles", () => {
    const { claims } = JSON.parse(text) as { claims: Array<{ id: string; quote?: string }> };
    const unquoted = claims.filter((claim) => !claim.quote || !articles.some((article) => article.includes(claim.quote!)));
    expect(unquoted.map((claim) => claim.id)).toEqual([]);
  });

  it("finds what a careful reader of the articles finds (see the example's README)", () => {
    const findings = check(text).conflicts.map(({ rule, severity, claims }) => ({ rule, severity, claims }));
    expect(findings).toEqual([
      // 1. September 2025 (Infoplus, article 004) vs end of 2026 (article 002, WSJ) for the coalition mission.
      {
        rule: "conflicting-values",
        severity: "error",
        claims: ["infoplus-coalition-end-2025-09", "outlet-002-coalition-end-2026", "outlet-004-coalition-end-2025-09"],
      },
      // 2. Infoplus: about 1,400 in Syria, and about 900, on the same day.
      {
        rule: "self-contradiction",
        severity: "error",
        claims: ["infoplus-syria-1400", "infoplus-syria-1400-nyt", "infoplus-syria-900"],
      },
      // 3. Infoplus: the Pentagon's target is about 1,400, and below 1,000.
      {
        rule: "self-contradiction",
        severity: "error",
        claims: ["infoplus-syria-1400-planned", "infoplus-syria-below-1000-planned"],
      },
      // 5. Iraq: >2500 until 2011, zero from 2012.
      { rule: "rapid-change", severity: "warning", claims: ["draw-iraq-zero-2012-2013", "outlet-002-iraq-over-2500-2003-2011"] },
      // 5. Article 002's undated ~2,500 in Iraq against the zero period.
      { rule: "undated-conflict", severity: "warning", claims: ["draw-iraq-zero-2012-2013", "outlet-002-iraq-2500"] },
      // 4. Undated articles 000 (~1,400) and 002 (~900) on Syria, against the dated figures.
      {
        rule: "undated-conflict",
        severity: "warning",
        claims: [
          "infoplus-syria-1400",
          "infoplus-syria-1400-nyt",
          "infoplus-syria-2000-before",
          "infoplus-syria-2000-before-nyt",
          "infoplus-syria-900",
          "outlet-000-syria-1400",
          "outlet-002-syria-900",
        ],
      },
      // 5. Iraq: 0 → 2,500 by about January 2021.
      { rule: "value-changed", severity: "info", claims: ["draw-iraq-zero-2012-2013", "outlet-002-iraq-2500-trump-cut"] },
    ]);
  });

  it("names the sources, figures and dates in its messages", () => {
    const [mission, syria] = check(text).conflicts;
    expect(mission!.message).toContain("2025-09");
    expect(mission!.message).toContain("2026-12");
    expect(mission!.message).toContain("The Wall Street Journal");
    expect(syria!.message).toContain("~1400");
    expect(syria!.message).toContain("~900");
    expect(syria!.message).toContain("20 April 2025");
  });
});

describe("the README", () => {
  it("quotes the example's summary as the checker prints it", async () => {
    const { summaryLine } = await import("../src/formatters/text.js");
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(readme).toContain(`✖ ${summaryLine(check(text))}`);
  });
});
