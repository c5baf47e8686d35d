import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, formatHtml, parseClaimSet } from "../../src/index.js";
import { HTML_MAX_CLAIMS } from "../../src/formatters/html.js";
import { claim, cli, spawnCli } from "./helpers.js";

const json = (value: unknown) => JSON.stringify(value);
const properties = [{ id: "troop-count", type: "quantity", temporal: "state" }];
// Two outlets, same day, incompatible figures: one conflicting-values error.
const disagreeing = json({
  properties,
  claims: [
    claim("a", { value: "~1400", source: "pentagon", published: "2025-04-20", quote: "حوالي 1,400" }),
    claim("b", { value: "~900", source: "infoplus", published: "2025-04-20", quote: "نحو 900 عنصر" }),
  ],
});
const agreeing = json({ properties, claims: [claim("a", { value: "~1400" }), claim("b", { value: 1400 })] });

describe("corroborate check --format html", () => {
  it("refuses, with a clear message and exit code 2, a claim set too large for one page (and writes nothing)", () => {
    const many = (count: number, from = 0) =>
      json({ properties, claims: Array.from({ length: count }, (_, i) => claim(`c${from + i}`, { value: 900, source: `s${i % 50}`, published: "2025-04-20", scope: { site: `site-${i % 500}` } })) });
    // Two files of half the limit and one claim more: the page would hold both.
    const files = { "a.json": many(HTML_MAX_CLAIMS / 2), "b.json": many(HTML_MAX_CLAIMS / 2 + 1, HTML_MAX_CLAIMS) };
    const written: Record<string, string> = {};
    const out = cli(["check", "a.json", "b.json", "--format", "html", "--output", "page.html"], files, undefined, { written });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(written).toEqual({});
    expect(out.stderr).toBe("corroborate: an HTML page is drawn for at most 100,000 claims, and this report has 100,001: write it as JSON, text or Markdown instead, or check the claims in smaller sets\n");
    expect(() => formatHtml({ ...check(disagreeing), summary: { ...check(disagreeing).summary, claims: HTML_MAX_CLAIMS + 1 } })).toThrow(RangeError);
    expect(() => formatHtml({ ...check(disagreeing), summary: { ...check(disagreeing).summary, claims: HTML_MAX_CLAIMS } })).not.toThrow();
  });

  it("prints the page formatHtml writes, titled with the file's name", () => {
    const out = cli(["check", "c.json", "--format", "html"], { "c.json": disagreeing });
    expect(out.stderr).toBe("");
    const claimSet = parseClaimSet(disagreeing);
    expect(out.stdout).toBe(formatHtml(check(claimSet), { claimSet, file: "c.json" }));
    expect(out.stdout).toContain("<title>c.json: corroborate report</title>");
    expect(out.stdout).toContain('<blockquote dir="auto">نحو 900 عنصر</blockquote>');
  });

  it("keeps the exit codes: 1 at or above --fail-on, 0 below it or with none", () => {
    expect(cli(["check", "c.json", "-f", "html"], { "c.json": disagreeing }).code).toBe(1);
    expect(cli(["check", "c.json", "-f", "html", "--fail-on", "none"], { "c.json": disagreeing }).code).toBe(0);
    expect(cli(["check", "c.json", "-f", "html"], { "c.json": agreeing }).code).toBe(0);
  });

  it("writes to --output, printing nothing", () => {
    const written: Record<string, string> = {};
    const out = cli(["check", "c.json", "-f", "html", "-o", "report.html"], { "c.json": disagreeing }, undefined, { written });
    expect(out.stdout).toBe("");
    expect(written["report.html"]).toMatch(/^<!doctype html>\n[\s\S]*<\/html>\n$/);
  });

  it("titles a page read from standard input without a file name", () => {
    const out = cli(["check", "-", "-f", "html"], {}, disagreeing);
    expect(out.stdout).toContain("<title>corroborate report</title>");
  });

  it("puts several files on one page, a part each, with their ids kept apart", () => {
    const out = cli(["check", "a.json", "b.json", "-f", "html"], { "a.json": disagreeing, "b.json": agreeing });
    expect(out.stdout.match(/<!doctype html>/g)).toHaveLength(1);
    expect(out.stdout).toContain("<title>a.json, b.json: corroborate report</title>");
    expect(out.stdout).toContain('<h1 dir="auto">a.json</h1>');
    expect(out.stdout).toContain('<h1 dir="auto">b.json</h1>');
    expect(out.stdout).toContain('<section id="r2-groups"');
    expect(out.code).toBe(1);
  });

  it("prints nothing on invalid input, and exits 2", () => {
    const out = cli(["check", "c.json", "-f", "html"], { "c.json": json({ properties, claims: [claim("a", { value: "lots" })] }) });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain("c.json: /claims/0/value");
  });

  it("lists html among the formats in its help", () => {
    expect(cli(["check", "--help"]).stdout).toContain("-f, --format text|json|markdown|sarif|html");
    expect(cli(["check", "c.json", "-f", "pdf"], { "c.json": agreeing }).stderr).toContain("--format must be one of text, json, markdown, sarif, html");
  });

  it("writes the example's report.html from the real executable, as npm run demo does", () => {
    const example = "examples/iraq-withdrawal/claims.json";
    const cwd = new URL("../../", import.meta.url);
    const out = spawnCli(["check", example, "--format", "html", "--fail-on", "none"], { cwd: cwd.pathname });
    expect(out.code).toBe(0);
    const claimSet = parseClaimSet(readFileSync(new URL(example, cwd), "utf8"));
    expect(out.stdout).toBe(formatHtml(check(claimSet), { claimSet, file: example }));
  });
});
