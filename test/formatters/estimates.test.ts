/**
 * The estimates where people look: text and Markdown name the estimate a
 * conflict disputes and who backs it; SARIF carries it in the result's
 * properties; the HTML page draws the estimate line and lists each source's
 * trust. User text in them is data: escaped like the rest.
 */
import { describe, expect, it } from "vitest";
import type { Claim, ClaimSet } from "../../src/index.js";
import { check, formatHtml, formatMarkdown, formatSarif, formatText } from "../../src/index.js";

const said = (id: string, source: string, value: Claim["value"], more: Partial<Claim> = {}): Claim => ({
  id,
  subject: "us-forces",
  property: "troop-count",
  scope: { location: "Syria" },
  value,
  source,
  asOf: "2025-09-30",
  ...more,
});

/** Three independent origins give about 1,400; a blog gives about 900. */
const disputed = (dodName = "US Department of Defense"): ClaimSet => ({
  sources: [
    { id: "dod", name: dodName, kind: "official", reliability: 0.95 },
    { id: "ap", name: "AP" },
    { id: "afp", name: "AFP" },
    { id: "blog", name: "A blog" },
  ],
  properties: [{ id: "troop-count", type: "quantity", unit: "troops" }],
  claims: [said("dod-1400", "dod", "~1400"), said("ap-1400", "ap", "~1400"), said("afp-1400", "afp", "~1400"), said("blog-900", "blog", "~900")],
});

const LINE = /estimate: most likely about 1,400 troops \(confidence \d+ %\) — 3 independent origins including US Department of Defense; 1 claim against/;

describe("text", () => {
  it("names the estimate a conflict disputes, with its support", () => {
    const set = disputed();
    const text = formatText(check(set), { claimSet: set });
    expect(text).toMatch(LINE);
    // one line per conflict that disputes it, right under the conflict's claims
    const lines = text.split("\n");
    const at = lines.findIndex((line) => LINE.test(line));
    expect(lines[at - 1]).toContain("claims:");
  });

  it("without the claim set, counts the origins of the positions that back it", () => {
    const report = check(disputed());
    expect(formatText(report)).toMatch(/estimate: most likely about 1,400 \(confidence \d+ %\) — 3 independent origins including dod; 1 claim against/);
  });

  it("a conflict that disputes no estimate (a change over time) gets no estimate line", () => {
    const set: ClaimSet = {
      properties: [{ id: "troop-count", type: "quantity" }],
      claims: [said("a", "dod", 900, { asOf: "2025-01-10" }), said("b", "dod", 1400, { asOf: "2025-06-10" })],
    };
    const report = check(set);
    expect(report.conflicts.length).toBeGreaterThan(0);
    expect(formatText(report, { claimSet: set })).not.toContain("estimate:");
  });

  it("user text in the estimate is data: control codes are neutralised", () => {
    const set = disputed("US \u001b[31mDoD\u0007");
    const text = formatText(check(set), { claimSet: set });
    const line = text.split("\n").find((l) => l.includes("estimate:"))!;
    expect(line).toBeDefined();
    expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});

describe("markdown", () => {
  it("names the estimate under the conflict's message", () => {
    const set = disputed();
    const markdown = formatMarkdown(check(set), { claimSet: set });
    const line = markdown.split("\n").find((l) => l.startsWith("**Estimate:**"));
    expect(line).toBeDefined();
    expect(line).toContain("most likely about 1,400 troops");
    expect(line).toContain("3 independent origins including US Department of Defense");
  });

  it("escapes a source name that would be markup", () => {
    const set = disputed("[click](https://evil.example) <b>DoD</b>");
    const markdown = formatMarkdown(check(set), { claimSet: set });
    const line = markdown.split("\n").find((l) => l.startsWith("**Estimate:**"))!;
    expect(line).not.toContain("](https://evil.example)");
    expect(line).not.toContain("<b>");
  });
});

describe("sarif", () => {
  it("carries the disputed estimate in the result's properties", () => {
    const report = check(disputed());
    const log = JSON.parse(formatSarif(report)) as { runs: Array<{ results: Array<{ properties: { estimates?: unknown[] } }> }> };
    const withEstimates = log.runs[0]!.results.filter((result) => result.properties.estimates !== undefined);
    expect(withEstimates.length).toBeGreaterThan(0);
    const group = report.groups.find((g) => g.key === "us-forces/troop-count?location=syria")!;
    expect(withEstimates[0]!.properties.estimates).toEqual(group.estimates);
  });
});

describe("html", () => {
  it("draws the estimate line in the timeline, lists the estimates, and gives each source's trust", () => {
    const set = disputed();
    const report = check(set);
    const html = formatHtml(report, set);
    expect(html).toContain('<g class="estimate asserted">');
    expect(html).toMatch(/<title>Estimate, on 30 September 2025: most likely about 1,400 troops/);
    expect(html).toContain('<ul class="estimates" aria-label="Estimates">');
    expect(html).toContain("dashed line: the estimate");
    const sources = html.slice(html.indexOf('<section id="sources"'), html.indexOf("</section>", html.indexOf('<section id="sources"')));
    expect(sources).toContain("<th scope=\"col\">Trust</th>");
    for (const source of report.sources!) expect(sources).toContain(`${Math.round(source.trust * 100)} %`);
    // most trusted first
    expect(sources.indexOf("US Department of Defense")).toBeLessThan(sources.indexOf("A blog"));
  });

  it("escapes names in the trust table and the estimates", () => {
    const set = disputed('<img src=x onerror="alert(1)">');
    const html = formatHtml(check(set), set);
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x");
  });
});

describe("the estimate line names a named source before unnamed ones", () => {
  it("in the example, the Department of Defense, though unnamed US officials are trusted more", async () => {
    const { readFileSync } = await import("node:fs");
    const { check: checkClaims, formatText: text } = await import("../../src/index.js");
    const example = JSON.parse(readFileSync(new URL("../../examples/iraq-withdrawal/claims.json", import.meta.url), "utf8"));
    const report = checkClaims(example);
    const trust = new Map((report.sources ?? []).map((source) => [source.id, source.trust]));
    const unnamed = example.sources.find((source: { kind?: string }) => source.kind === "unnamed").id;
    expect(trust.get(unnamed)).toBeGreaterThan(trust.get("pentagon") ?? 1); // the case this guards
    expect(text(report, { claimSet: example })).toContain("2 independent origins including US Department of Defense");
  });
});
