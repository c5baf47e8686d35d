import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXAMPLE_REPORT, renderExample, repositoryPath } from "../../scripts/example-report.js";

describe("examples/iraq-withdrawal/report.html", () => {
  const { html, report } = renderExample();

  it("is what formatHtml writes now (npm run demo writes it again)", () => {
    // Compared whole: a change to the formatter, the checker or the claims shows here first.
    const committed = readFileSync(repositoryPath(EXAMPLE_REPORT), "utf8");
    expect(committed === html, "examples/iraq-withdrawal/report.html is out of date: run npm run demo").toBe(true);
  });

  it("has a chart per group and every conflict, in a page small enough to e-mail", () => {
    expect(html.match(/<svg class="timeline"/g)).toHaveLength(report.groups.length);
    expect(html.match(/<article class="conflict/g)).toHaveLength(report.conflicts.length);
    expect(html.length).toBeLessThan(400_000);
  });
});
