import { describe, expect, it } from "vitest";
import { check, formatMarkdown, formatText } from "../../src/index.js";
import type { ClaimSet } from "../../src/index.js";
import { renderMarkdown } from "./markdown-render.js";
import { MESSAGE, placeCases, reportAt } from "./diagnostic-places.js";

const claimSet: ClaimSet = {
  properties: [{ id: "troop-count", type: "quantity" }],
  claims: [
    { id: "a", subject: "us-forces", property: "troop-count", value: "~1400", source: "pentagon", published: "2025-04-20", quote: "about 1,400 | a pipe\nand a line", url: "https://example.org/a b" },
    { id: "b", subject: "us-forces", property: "troop-count", value: "<1000", source: "infoplus", published: "2025-04-20", quote: "نحو 900 عنصر" },
    { id: "c", subject: "us-forces", property: "troop-count", value: 2000, source: "pentagon", published: "2024-01-01" },
  ],
};
const report = check(claimSet);
const markdown = formatMarkdown(report, { claimSet, file: "story.json" });

describe("formatMarkdown", () => {
  it("opens with the summary and a table of counts by rule", () => {
    expect(markdown.startsWith("## corroborate: story.json\n\n")).toBe(true);
    expect(markdown).toContain("| **all rules** | 1 | 0 | 1 |");
    expect(markdown).toContain("| `conflicting-values` | 1 | 0 | 0 |");
  });

  it("puts the quotes side by side, a column per value, escaped for tables and HTML", () => {
    expect(markdown).toContain("| **~1400** | **&lt;1000** |");
    expect(markdown).toContain('<q dir="auto">about 1,400 \\| a pipe and a line</q>');
    expect(markdown).toContain('<q dir="auto">نحو 900 عنصر</q>');
    expect(markdown).toContain("[pentagon](https://example.org/a%20b)");
  });

  it("folds the infos (the timeline) and the positions", () => {
    expect(markdown).toMatch(/<details><summary>1 info \(the timeline\)<\/summary>[\s\S]*value-changed[\s\S]*<\/details>/);
    expect(markdown).toContain("<details><summary>Groups and positions</summary>");
  });

  it("works without the claim set, listing claim ids", () => {
    expect(formatMarkdown(report)).toContain("Claims: `a`, `b`");
  });

  it("is deterministic, and says so when there is nothing to report", () => {
    expect(formatMarkdown(report, { claimSet })).toBe(formatMarkdown(report, { claimSet }));
    const clean = check({ claims: [claimSet.claims[0]!] });
    expect(formatMarkdown(clean)).toContain("0 conflicts (0 errors, 0 warnings) in 1 group of 1 claim");
    expect(formatText(clean)).toContain("✔ 0 conflicts");
  });
});

describe("formatMarkdown names what the claim set names", () => {
  const named: ClaimSet = {
    sources: [
      { id: "infoplus", name: "Infoplus" },
      { id: "nyt", name: "The New York Times" },
      { id: "officials", name: "unnamed US officials" },
    ],
    entities: [
      { id: "us-forces", labels: ["US forces"] },
      { id: "syria", labels: ["Syria"] },
    ],
    properties: [{ id: "troop-count", type: "quantity", label: "troops in the country" }],
    claims: [
      { id: "a", subject: "us-forces", property: "troop-count", scope: { location: "syria" }, value: "~1400", source: "infoplus", attribution: ["nyt", "officials"], published: "2025-04-20" },
      { id: "b", subject: "us-forces", property: "troop-count", scope: { location: "syria" }, value: "~900", source: "nyt", published: "2025-04-20" },
    ],
  };
  const page = formatMarkdown(check(named), { claimSet: named });

  it("gives the whole attribution chain by name, as the messages do", () => {
    expect(page).toContain("— Infoplus citing The New York Times citing unnamed US officials, 20 April 2025 (`a`)");
    expect(check(named).conflicts[0]!.message).toContain("Infoplus citing The New York Times citing unnamed US officials");
  });

  it("heads each conflict with its group in words", () => {
    expect(page).toContain(": US forces: troops in the country (location: Syria)\n");
  });
});

describe("formatMarkdown locates each diagnostic where a reader looks for it", () => {
  const itemOf = (place: Parameters<typeof reportAt>[0]) => formatMarkdown(reportAt(place)).split("\n").find((line) => line.includes(MESSAGE));

  it.each(
    placeCases({
      "a claim sheet's row and column": "- error: row 5, column `value`: cannot read it (invalid-value)",
      "a sheet's scope column": "- error: row 5, column `scope.location`: cannot read it (invalid-value)",
      "a sheet's row alone": "- error: row 5: cannot read it (invalid-value)",
      "an NDJSON line, then the pointer": "- error: line 12: `/claims/11/value`: cannot read it (invalid-value)",
      "a JSON pointer": "- error: `/claims/3/value`: cannot read it (invalid-value)",
      "the whole document": "- error: cannot read it (invalid-value)",
    }),
  )("%s", (_, place, expected) => {
    expect(itemOf(place)).toBe(expected);
  });

  it("keeps markup in a column's name as text", () => {
    const item = itemOf({ path: "/claims/0/scope/x", row: 2, column: "scope.[x](https://inj.example) `<b>` | *y*" })!;
    expect(item).toBe("- error: row 2, column <code>scope.\\[x\\](https\\://inj.example) \\`&lt;b&gt;\\` \\| \\*y\\*</code>: cannot read it (invalid-value)");
    expect(renderMarkdown(item)).toBe("<ul>\n<li>error: row 2, column <code>scope.[x](https://inj.example) `&lt;b&gt;` | *y*</code>: cannot read it (invalid-value)</li>\n</ul>");
  });
});
