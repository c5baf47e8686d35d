/**
 * The example workflow (examples/code-scanning/claims.yml) runs: its check
 * command, given two claim sheets, writes the file its upload step names,
 * and that log is what GitHub code scanning takes (the checks GitHub's
 * SARIF rules make that a schema cannot: one run, help on every rule,
 * results with files and lines, fingerprints, at most 1,000 locations,
 * relative paths).
 */
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const workflow = read("examples/code-scanning/claims.yml");
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
addFormats.default(ajv);
const validateSarif = ajv.compile(JSON.parse(read("test/fixtures/sarif/sarif-schema-2.1.0.json")) as object);

/** The value of `key:` on its own line of the workflow. */
const field = (key: string) => workflow.split("\n").find((line) => line.trim().startsWith(`${key}:`))?.split(`${key}:`)[1]?.trim();

describe("the code-scanning example workflow", () => {
  it("may upload, and uploads the file its check writes", () => {
    expect(workflow).toContain("security-events: write");
    expect(workflow).toContain("uses: github/codeql-action/upload-sarif@");
    const command = workflow.split("\n").find((line) => line.includes("corroborate check"))!;
    expect(command).toContain("--format sarif");
    expect(command).toContain(`--output ${field("sarif_file")}`);
    expect(field("category")).toBeTruthy();
  });

  it("writes a log that GitHub code scanning takes", () => {
    const command = workflow.split("\n").find((line) => line.includes("corroborate check"))!;
    const args = command.slice(command.indexOf("corroborate check") + "corroborate ".length).trim().split(/\s+/);
    // The shell expands claims/*.json; here, to two sheets.
    const sheets = { "claims/iraq.json": read("examples/iraq-withdrawal/claims.json"), "claims/story.json": read("examples/newsroom-ci/claims.json") };
    const expanded = args.flatMap((arg) => (arg === "claims/*.json" ? Object.keys(sheets) : [arg]));
    const written: Record<string, string> = {};
    const out = cli(expanded, sheets, undefined, { written });
    expect(out).toEqual({ code: 0, stdout: "", stderr: "" });
    const log = JSON.parse(written[field("sarif_file")!]!);
    expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);

    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.artifacts.map((artifact: { location: { uri: string } }) => artifact.location.uri)).toEqual(Object.keys(sheets));
    for (const rule of run.tool.driver.rules) {
      expect(rule.help.text, rule.id).toBeTruthy();
      expect(rule.help.markdown, rule.id).toBeTruthy();
      expect(rule.helpUri, rule.id).toMatch(/^https:\/\//);
    }
    expect(run.results.length).toBeGreaterThan(0);
    const files = new Set<number>();
    for (const result of run.results) {
      expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]+$/);
      expect(result.locations.length).toBeGreaterThan(0);
      expect(result.locations.length).toBeLessThanOrEqual(1000);
      for (const location of result.locations) {
        const { artifactLocation, region } = location.physicalLocation;
        expect(Object.keys(sheets)).toContain(artifactLocation.uri);
        expect(run.artifacts[artifactLocation.index].location.uri).toBe(artifactLocation.uri);
        expect(region.startLine).toBeGreaterThanOrEqual(1);
        files.add(artifactLocation.index);
      }
    }
    expect([...files].sort()).toEqual([0, 1]); // both sheets have findings
  });
});
