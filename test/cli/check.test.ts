import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, claimLines, formatSarif, parseClaimSet, reportSchema } from "../../src/index.js";
import { sarifLogOf } from "../../src/formatters/sarif.js";
import { claim, cli, spawnCli } from "./helpers.js";

const json = (value: unknown) => JSON.stringify(value);
const properties = [{ id: "troop-count", type: "quantity", temporal: "state" }];
// Two outlets, same day, incompatible figures: one conflicting-values error.
const disagreeing = json({
  properties,
  claims: [
    claim("a", { value: "~1400", source: "pentagon", published: "2025-04-20" }),
    claim("b", { value: "~900", source: "infoplus", published: "2025-04-20" }),
  ],
});
// The same figure six months apart: one value-changed info, nothing worse.
const changing = json({
  properties,
  claims: [
    claim("a", { value: 2000, source: "pentagon", published: "2024-12-01" }),
    claim("b", { value: 1400, source: "pentagon", published: "2025-06-01" }),
  ],
});
const agreeing = json({ properties, claims: [claim("a", { value: "~1400" }), claim("b", { value: 1400 })] });

describe("corroborate check", () => {
  it("exits 1 on an error-level conflict and prints it in text", () => {
    const out = cli(["check", "c.json"], { "c.json": disagreeing });
    expect(out.code).toBe(1);
    expect(out.stderr).toBe("");
    expect(out.stdout).toContain("conflicting-values");
    expect(out.stdout).toContain("about 900 (infoplus) vs about 1,400 (pentagon)");
    expect(out.stdout).toMatch(/✖ 1 conflict \(1 error, 0 warnings\) in 1 group of 2 claims\n$/);
    expect(out.stdout).not.toContain("\u001b["); // no colour unless asked
  });

  it("colours only when the terminal wants it", () => {
    expect(cli(["check", "c.json"], { "c.json": disagreeing }, undefined, { color: true }).stdout).toContain("\u001b[31m");
    expect(cli(["check", "c.json", "-f", "json"], { "c.json": disagreeing }, undefined, { color: true }).stdout).not.toContain("\u001b[");
  });

  it("exits 0 when nothing reaches --fail-on, 1 when something does", () => {
    expect(cli(["check", "c.json"], { "c.json": agreeing }).code).toBe(0);
    expect(cli(["check", "c.json"], { "c.json": changing }).code).toBe(0);
    expect(cli(["check", "c.json", "--fail-on", "info"], { "c.json": changing }).code).toBe(1);
    expect(cli(["check", "c.json", "--fail-on", "warning"], { "c.json": changing }).code).toBe(0);
    expect(cli(["check", "c.json", "--fail-on", "none"], { "c.json": disagreeing }).code).toBe(0);
  });

  it("--format json prints a report that matches the report schema, byte-identical on every run", () => {
    const first = cli(["check", "c.json", "--format", "json"], { "c.json": disagreeing });
    const second = cli(["check", "c.json", "--format", "json"], { "c.json": disagreeing });
    expect(first.stdout).toBe(second.stdout);
    const report = reportSchema.parse(JSON.parse(first.stdout));
    expect(report.conflicts.map((c) => c.rule)).toEqual(["conflicting-values"]);
  });

  it("--format markdown shows the summary table and each conflict's quotes", () => {
    const withQuotes = json({
      properties,
      claims: [
        claim("a", { value: "~1400", source: "pentagon", published: "2025-04-20", quote: "حوالي 1,400" }),
        claim("b", { value: "~900", source: "infoplus", published: "2025-04-20", quote: "نحو 900 عنصر" }),
      ],
    });
    const out = cli(["check", "c.json", "-f", "markdown"], { "c.json": withQuotes });
    expect(out.stdout).toContain("| | errors | warnings | infos |");
    expect(out.stdout).toContain("| **~1400** | **~900** |");
    expect(out.stdout).toContain('<q dir="auto">نحو 900 عنصر</q>');
  });

  it("--output writes the report to a file instead of stdout", () => {
    const written: Record<string, string> = {};
    const out = cli(["check", "c.json", "-f", "json", "-o", "report.json"], { "c.json": disagreeing }, undefined, { written });
    expect(out.stdout).toBe("");
    expect(JSON.parse(written["report.json"]!).summary.errors).toBe(1);
  });

  it("--config turns rules off and changes severities", () => {
    const off = json({ rules: { "conflicting-values": "off" } });
    expect(cli(["check", "c.json", "-c", "cfg.json"], { "c.json": disagreeing, "cfg.json": off }).code).toBe(0);
    const louder = json({ rules: { "value-changed": "error" } });
    expect(cli(["check", "c.json", "-c", "cfg.json"], { "c.json": changing, "cfg.json": louder }).code).toBe(1);
  });

  it("rejects a bad config with its pointer, exit 2", () => {
    const bad = json({ rules: { "conflicting-values": "loud", "no-such-rule": "off" } });
    const out = cli(["check", "c.json", "-c", "cfg.json"], { "c.json": disagreeing, "cfg.json": bad });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("cfg.json: /rules/conflicting-values: must be one of");
  });

  it("invalid input exits 2 with pointers; --lenient checks the rest and lists what it skipped", () => {
    const text = json({ properties, claims: [...JSON.parse(disagreeing).claims, claim("c", { value: "about nine hundred" })] });
    const strict = cli(["check", "c.json"], { "c.json": text });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toMatch(/^c\.json: \/claims\/2\/value: cannot read "about nine hundred" as a quantity/);
    const lenient = cli(["check", "c.json", "--lenient", "-f", "json"], { "c.json": text });
    expect(lenient.code).toBe(1);
    const report = JSON.parse(lenient.stdout);
    expect(report.summary.claims).toBe(2);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ path: "/claims/2/value", severity: "error", code: "skipped-claim:invalid-value" }),
    ]);
  });

  it("reads NDJSON and standard input", () => {
    const lines = JSON.parse(disagreeing).claims.map((c: unknown) => json(c)).join("\n");
    expect(cli(["check", "-"], {}, lines).code).toBe(1);
  });

  it("checks several files each on its own; json gives an array", () => {
    const out = cli(["check", "a.json", "b.json", "-f", "json"], { "a.json": disagreeing, "b.json": agreeing });
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout).map((r: { summary: { conflicts: number } }) => r.summary.conflicts)).toEqual([1, 0]);
  });

  it.each([
    [["check"], /check needs at least one file/],
    [["check", "c.json", "--format", "yaml"], /--format must be one of text, json, markdown/],
    [["check", "c.json", "--fail-on", "sometimes"], /--fail-on must be one of/],
  ])("%j is a usage error (exit 2)", (argv, message) => {
    const out = cli(argv, { "c.json": disagreeing });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
  });

  it("runs as a real process: exit 1 on the bundled example, a JSON report, nothing on stderr", () => {
    const out = spawnCli(["check", "examples/iraq-withdrawal/claims.json", "--format", "json"]);
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout).tool.name).toBe("corroborate");
    expect(out.stderr).toBe("");
  });

  it("prints the report and config schemas", () => {
    for (const name of ["report", "config"]) {
      const committed = readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), "utf8");
      expect(cli(["schema", name]).stdout).toBe(committed);
    }
  });
});

describe("corroborate check --format sarif", () => {
  it("prints a SARIF 2.1.0 log whose locations point at the claims' lines", async () => {
    const { default: Ajv2020 } = await import("ajv/dist/2020.js");
    const { default: addFormats } = await import("ajv-formats");
    const schema = JSON.parse(readFileSync(new URL("../fixtures/sarif/sarif-schema-2.1.0.json", import.meta.url), "utf8"));
    const ajv = new (Ajv2020 as unknown as typeof import("ajv/dist/2020.js").default)({ strict: false, allErrors: true });
    (addFormats as unknown as (a: unknown) => void)(ajv);
    const validate = ajv.compile(schema);
    const pretty = JSON.stringify(JSON.parse(disagreeing), null, 2);
    const out = cli(["check", "story.json", "-f", "sarif"], { "story.json": pretty });
    expect(out.code).toBe(1);
    const log = JSON.parse(out.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const [result] = log.runs[0].results;
    expect(result.ruleId).toBe("conflicting-values");
    const lines = pretty.split("\n");
    for (const location of result.locations) {
      expect(location.physicalLocation.artifactLocation.uri).toBe("story.json");
      const line = lines[location.physicalLocation.region.startLine - 1]!;
      expect(line.trim()).toBe("{");
    }
  });

  it("prints what formatSarif gives for one file, and for several one log with one run for them all, byte for byte", () => {
    const iraq = readFileSync(new URL("../../examples/iraq-withdrawal/claims.json", import.meta.url), "utf8");
    const pretty = JSON.stringify(JSON.parse(disagreeing), null, 2);
    const part = (file: string, text: string) => ({ report: check(text), context: { file, claimSet: parseClaimSet(text), claimLines: claimLines(text, "json") } });
    const one = cli(["check", "iraq.json", "-f", "sarif"], { "iraq.json": iraq });
    expect(one.stdout).toBe(formatSarif(part("iraq.json", iraq).report, part("iraq.json", iraq).context));
    expect(one.stdout).toBe(formatSarif(check(iraq), { file: "iraq.json", claimSet: iraq }));
    const both = cli(["check", "iraq.json", "story.json", "-f", "sarif"], { "iraq.json": iraq, "story.json": pretty });
    expect(both.stdout).toBe(JSON.stringify(sarifLogOf([part("iraq.json", iraq), part("story.json", pretty)]), null, 2) + "\n");
    expect(JSON.parse(both.stdout).runs).toHaveLength(1);
  });

  it("with --lenient, lines still point at the claims that were checked", () => {
    const text = [
      json(claim("a", { value: "~1400", source: "pentagon", published: "2025-04-20" })),
      json(claim("bad", { published: "2025-02-30" })),
      json(claim("b", { value: "~900", source: "infoplus", published: "2025-04-20" })),
    ].join("\n");
    const out = cli(["check", "claims.ndjson", "-f", "sarif", "--lenient"], { "claims.ndjson": text });
    const [result] = JSON.parse(out.stdout).runs[0].results;
    expect(result.locations.map((l: { physicalLocation: { region: { startLine: number } } }) => l.physicalLocation.region.startLine)).toEqual([1, 3]);
  });
});
