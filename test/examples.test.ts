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

  it("finds what a careful reader of the articles finds, and nothing else (see the example's README)", () => {
    const findings = check(text).conflicts.map(({ rule, messageId, severity, claims }) => ({ rule, messageId, severity, claims }));
    expect(findings).toEqual([
      // 1. Infoplus, 20 April 2025: about 1,400 US troops in Syria (the Pentagon; the New York Times) and, in its own
      //    words, about 900 — the figure article 002 gave around September 2024, before the drawdown from about 2,000.
      {
        rule: "self-contradiction",
        messageId: "contradictsStale",
        severity: "error",
        claims: ["infoplus-syria-1400", "infoplus-syria-1400-nyt", "infoplus-syria-900"],
      },
      // 2. Advisers stay in Erbil until the end of 2026 (Infoplus; article 002 citing the WSJ), but forces leave the
      //    Kurdistan Region, which contains Erbil, by the end of September 2026 (Infoplus).
      {
        rule: "containment",
        messageId: "plannedLaterThanWhole",
        severity: "warning",
        claims: ["infoplus-erbil-end-2026", "infoplus-kurdistan-end-2026-09", "outlet-002-erbil-end-2026"],
      },
      // Timeline notes, by group. Iraq: more than 2,500 from 2003 to 2011, none in 2012 and 2013, 2,500 again around January 2021.
      { rule: "value-changed", messageId: "changed", severity: "info", claims: ["draw-iraq-zero-2012-2013", "outlet-002-iraq-over-2500-2003-2011"] },
      { rule: "value-changed", messageId: "changed", severity: "info", claims: ["draw-iraq-zero-2012-2013", "outlet-002-iraq-2500-trump-cut"] },
      // Syria: about 900 around September 2024, about 2,000 in March 2025, about 1,400 on 20 April 2025.
      { rule: "value-changed", messageId: "changed", severity: "info", claims: ["infoplus-syria-2000-before", "infoplus-syria-2000-before-nyt", "outlet-002-syria-900"] },
      {
        rule: "value-changed",
        messageId: "changed",
        severity: "info",
        claims: ["infoplus-syria-1400", "infoplus-syria-1400-nyt", "infoplus-syria-2000-before", "infoplus-syria-2000-before-nyt"],
      },
    ]);
  });

  it("names the sources, figures and dates in its messages as a journalist writes them", () => {
    const [syria, erbil] = check(text).conflicts;
    expect(syria!.message).toBe(
      "Infoplus gives conflicting figures for US forces: troop count (location: Syria) on 20 April 2025 in “قوات أميركية تغادر سوريا وتعيد تموضعها في العراق رغم الاتفاقات الموقعة مع بغداد”: " +
        "about 900 troops (its own figure) and about 1,400 troops (citing US Department of Defense, and citing The New York Times citing unnamed US officials). " +
        "The figure of about 900 troops is older: the unnamed outlet of article 002 gave it around September 2024, before about 2,000 troops " +
        "(Infoplus citing US Department of Defense, and citing The New York Times citing unnamed US officials, March 2025).",
    );
    expect(erbil!.message).toContain("later than September 2026");
    expect(erbil!.message).toContain("planned for Kurdistan Region, which contains Erbil");
  });
});

describe("the example's README", () => {
  const readme = readFileSync(new URL("README.md", dir), "utf8");

  it("quotes the report's summary and every finding's message as the checker writes them", async () => {
    const { summaryLine } = await import("../src/formatters/text.js");
    const report = check(text);
    expect(readme).toContain(`✖ ${summaryLine(report)}`);
    const unquoted = report.conflicts.filter((conflict) => !readme.includes(`> ${conflict.message}\n`));
    expect(unquoted.map(({ rule, claims }) => ({ rule, claims }))).toEqual([]);
  });
});

describe("the example's notes", () => {
  // Quotations in «» may be wrapped across lines; "..." or "…" marks a cut.
  const spaced = (words: string) => words.replace(/\s+/g, " ").trim();
  const lines = articles.flatMap((article) => article.split("\n").map(spaced));

  it.each(["README.md", "MODELLING.md"])("%s quotes the articles verbatim", (name) => {
    const notes = readFileSync(new URL(name, dir), "utf8");
    const quotes = [...notes.matchAll(/«([^»]+)»/g)].map(([, quote]) => quote!);
    expect(quotes.length).toBeGreaterThan(10);
    const unquoted = quotes.filter((quote) => {
      const pieces = quote.split(/\.\.\.|…/).map(spaced);
      return !lines.some((line) => pieces.every((piece) => line.includes(piece)));
    });
    expect(unquoted).toEqual([]);
  });
});

describe("the README", () => {
  it("quotes the example's summary as the checker prints it", async () => {
    const { summaryLine } = await import("../src/formatters/text.js");
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(readme).toContain(`✖ ${summaryLine(check(text))}`);
  });
});
