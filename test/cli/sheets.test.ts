/**
 * Claim sheets on the command line: check and validate read .csv and .tsv
 * (or --input-format), locate problems by row and column, take --context;
 * export writes claim sets back as sheets, NDJSON or JSON.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const exampleText = readFileSync(new URL("../../examples/iraq-withdrawal/claims.json", import.meta.url), "utf8");
const example = JSON.parse(exampleText) as Record<string, unknown> & { claims: unknown[] };

const SHEET = [
  "id,subject,property,scope.location,value,source,published",
  'ledger-1400,us-forces,troop-count,syria,"1,400",ledger,2025-04-20',
  "courier-900,US-FORCES,troop-count,Syria,~900,courier,2025-04-20",
].join("\r\n");

describe("check and validate read claim sheets", () => {
  it("checks a .csv file", () => {
    const out = cli(["check", "claims.csv", "--format", "json"], { "claims.csv": SHEET });
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout) as { summary: { claims: number; groups: number }; conflicts: Array<{ claims: string[] }> };
    expect(report.summary).toMatchObject({ claims: 2, groups: 1 });
    expect(report.conflicts.map((conflict) => conflict.claims)).toEqual([["courier-900", "ledger-1400"]]);
  });

  it("reads standard input as a sheet with --input-format, a .tsv by its name", () => {
    expect(cli(["validate", "-", "--input-format", "csv"], {}, SHEET)).toEqual({ code: 0, stdout: "<stdin>: valid claim set, 2 claims\n", stderr: "" });
    expect(cli(["validate", "claims.tsv"], { "claims.tsv": SHEET.replaceAll(",", "\t").replace('"1\t400"', "1400") }).code).toBe(0);
    expect(cli(["validate", "-", "--input-format", "xlsx"], {}, SHEET)).toMatchObject({ code: 2, stderr: expect.stringContaining("--input-format must be one of json, ndjson, csv, tsv") });
  });

  it("names each problem by file, row and column, exit 2", () => {
    const bad = `${SHEET}\r\nthird,us-forces,troop-count,syria,about nine hundred,ledger,2025-02-30\r\n`;
    const out = cli(["validate", "claims.csv"], { "claims.csv": bad });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      'claims.csv: row 4, column value: cannot read "about nine hundred" as a quantity; write a number such as 900, "~900", ">=900" or "900..1000" (property "troop-count" is not declared, so it takes its type, quantity, from its first value at row 2, column value; declare it under "properties" to choose)\n' +
        'claims.csv: row 4, column published: cannot read "2025-02-30" as a date: February 2025 has 28 days\n',
    );
    expect(cli(["check", "claims.csv"], { "claims.csv": bad }).stderr).toBe(out.stderr);
  });

  it("skips a bad row with --lenient and checks the rest", () => {
    const bad = `${SHEET}\r\nthird,us-forces,troop-count,syria,"oops,ledger\r\n`;
    const out = cli(["check", "claims.csv", "--lenient", "--format", "json"], { "claims.csv": bad });
    const report = JSON.parse(out.stdout) as { summary: { claims: number }; diagnostics: Array<{ code: string; row: number }> };
    expect(report.summary.claims).toBe(2);
    expect(report.diagnostics.map(({ code, row }) => ({ code, row }))).toEqual([{ code: "skipped-claim:invalid-sheet", row: 4 }]);
  });

  it("names a skipped row's row and column in the text report with --lenient, as validate does", () => {
    const bad = `${SHEET}\r\nthird,us-forces,troop-count,syria,about nine hundred,ledger,2025-04-20\r\n`;
    const out = cli(["check", "claims.csv", "--lenient"], { "claims.csv": bad });
    expect(out.code).toBe(1);
    const diagnostic = out.stdout.split("\n").find((line) => line.includes("skipped-claim:invalid-value"));
    expect(diagnostic).toMatch(/^ {2}error {4}row 4, column value: cannot read "about nine hundred" as a quantity; /);
    expect(diagnostic).not.toContain("/claims/2");
    expect(out.stdout).toContain("; 1 invalid claim skipped\n");
  });

  it("points SARIF results at the line each claim's row starts on, after cells with line breaks and skipped rows", () => {
    const sheet = [
      "id,subject,property,scope.location,value,source,published,quote",
      'ledger-1400,us-forces,troop-count,syria,"1,400",ledger,2025-04-20,"first line',
      'second line"',
      "bad,us-forces,troop-count,syria,nine hundred,ledger,2025-04-20,",
      "courier-900,us-forces,troop-count,syria,~900,courier,2025-04-20,",
    ].join("\r\n");
    const out = cli(["check", "claims.csv", "--lenient", "--format", "sarif"], { "claims.csv": sheet });
    expect(out.code).toBe(1);
    const sarif = JSON.parse(out.stdout) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }>; relatedLocations?: Array<{ physicalLocation: { region?: { startLine: number } } }> }> }>;
    };
    const [result] = sarif.runs[0]!.results;
    const lines = [...result!.locations, ...(result!.relatedLocations ?? [])].map((location) => location.physicalLocation.region?.startLine);
    expect(result!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("claims.csv");
    expect(new Set(lines)).toEqual(new Set([2, 5]));
  });

  it("warns on two spellings of one subject without entities, and not with a --context that has them", () => {
    const out = cli(["validate", "claims.csv"], { "claims.csv": SHEET.replace("US-FORCES", "US forces") });
    expect(out.stderr).toBe('claims.csv: row 3, column subject: warning: subject "US forces" differs from "us-forces" (row 2, column subject) only in spacing or punctuation, so they are checked as two; list both as labels of one entity under "entities"\n');
    const context = JSON.stringify({ entities: [{ id: "us-forces", labels: ["US forces"] }] });
    expect(cli(["validate", "claims.csv", "--context", "context.json"], { "claims.csv": SHEET.replace("US-FORCES", "US forces"), "context.json": context }).stderr).toBe("");
  });
});

describe("--context", () => {
  const { claims, $schema: _schema, ...sections } = example;
  const ndjson = claims.map((claim) => JSON.stringify(claim)).join("\n");
  const groupsOf = (stdout: string) => (JSON.parse(stdout) as { summary: { groups: number } }).summary.groups;

  it("gives NDJSON claims the example's aliases: 16 groups, as the JSON file, instead of 22", () => {
    const files = { "claims.ndjson": ndjson, "context.json": JSON.stringify(sections), "claims.json": exampleText };
    expect(groupsOf(cli(["check", "claims.ndjson", "--format", "json", "--fail-on", "none"], files).stdout)).toBe(22);
    const withContext = cli(["check", "claims.ndjson", "--context", "context.json", "--format", "json", "--fail-on", "none"], files);
    expect(groupsOf(withContext.stdout)).toBe(16);
    expect(withContext.stdout).toBe(cli(["check", "claims.json", "--format", "json", "--fail-on", "none"], files).stdout);
  });

  it("refuses a section given in both the input and the context, and names the context's own problems by its file", () => {
    const files = { "claims.json": exampleText, "context.json": JSON.stringify({ entities: [] }), "bad-context.json": JSON.stringify({ entities: [{ id: "" }] }), "claims.ndjson": ndjson };
    expect(cli(["validate", "claims.json", "--context", "context.json"], files)).toMatchObject({
      code: 2,
      stderr: 'claims.json: /entities: "entities" is given both in the claim set and in its context; give each section in one place\n',
    });
    expect(cli(["validate", "claims.ndjson", "--context", "bad-context.json"], files)).toMatchObject({ code: 2, stderr: "bad-context.json: /entities/0/id: must not be empty\n" });
  });

  it("refuses a context that is not an object of sections", () => {
    const files = { "claims.ndjson": ndjson, "list.json": "[]", "claims-too.json": JSON.stringify({ claims: [] }) };
    expect(cli(["check", "claims.ndjson", "--context", "list.json"], files)).toMatchObject({ code: 2, stderr: "list.json: a context file is a JSON object with sources, entities, properties, documents\n" });
    expect(cli(["check", "claims.ndjson", "--context", "claims-too.json"], files)).toMatchObject({
      code: 2,
      stderr: "claims-too.json: /claims: a context file holds sources, entities, properties, documents; claims belong in the input\n",
    });
  });
});

describe("corroborate export", () => {
  it("writes the example as a sheet and its sections as a context, which check reads back to the same report", () => {
    const written: Record<string, string> = {};
    const out = cli(["export", "claims.json", "--to", "csv", "--output", "claims.csv", "--context-output", "context.json"], { "claims.json": exampleText }, undefined, { written });
    expect(out).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(written["claims.csv"]!.split("\r\n")[0]).toBe("id,subject,property,scope.location,value,source,asOf,document,attribution,modality,quote,note");
    const files = { ...written, "claims.json": exampleText };
    const fromSheet = cli(["check", "claims.csv", "--context", "context.json", "--format", "json"], files);
    expect(fromSheet.stdout).toBe(cli(["check", "claims.json", "--format", "json"], files).stdout);
    expect(fromSheet.code).toBe(1);
  });

  it("matches the example sheet and context shipped in examples/", () => {
    const written: Record<string, string> = {};
    cli(["export", "claims.json", "--to", "csv", "--output", "claims.csv", "--context-output", "context.json"], { "claims.json": exampleText }, undefined, { written });
    const shipped = (name: string) => readFileSync(new URL(`../../examples/iraq-withdrawal/${name}`, import.meta.url), "utf8");
    expect(written["claims.csv"]).toBe(shipped("claims.csv"));
    expect(written["context.json"]).toBe(shipped("context.json"));
  });

  it("turns a sheet and its context back into one JSON claim set", () => {
    const written: Record<string, string> = {};
    cli(["export", "claims.json", "--to", "tsv", "--output", "claims.tsv", "--context-output", "context.json"], { "claims.json": exampleText }, undefined, { written });
    const out = cli(["export", "claims.tsv", "--context", "context.json", "--to", "json"], written);
    expect(out.code).toBe(0);
    const { $schema: _schema, ...withoutSchema } = example;
    const back = JSON.parse(out.stdout) as { claims: Array<Record<string, unknown>> };
    // Numbers come back as the text that wrote them, which reads the same.
    const asText = (claims: unknown[]) => claims.map((claim) => ({ ...(claim as object), value: String((claim as { value: unknown }).value) }));
    expect({ ...back, claims: asText(back.claims) }).toEqual({ ...withoutSchema, claims: asText(example.claims) });
  });

  it("refuses to drop sections a sheet or NDJSON cannot hold", () => {
    for (const to of ["csv", "ndjson"]) {
      const out = cli(["export", "claims.json", "--to", to], { "claims.json": exampleText });
      expect(out.code).toBe(2);
      expect(out.stdout).toBe("");
      expect(out.stderr).toContain("has sources, entities, properties, documents, which");
      expect(out.stderr).toContain("give --context-output FILE");
    }
  });

  it("writes NDJSON, one claim per line", () => {
    const doc = JSON.stringify({ claims: [{ id: "a", subject: "x", property: "p", value: 1, source: "s" }, { id: "b", subject: "x", property: "p", value: "~2", source: "s" }] });
    expect(cli(["export", "-", "--to", "ndjson"], {}, doc)).toEqual({
      code: 0,
      stdout: '{"id":"a","subject":"x","property":"p","value":1,"source":"s"}\n{"id":"b","subject":"x","property":"p","value":"~2","source":"s"}\n',
      stderr: "",
    });
  });

  it("guards formula text and names claims a sheet cannot hold", () => {
    const doc = JSON.stringify({ claims: [{ id: "a", subject: "=HYPERLINK(\"http://x\")", property: "p", value: -5, source: "s" }] });
    expect(cli(["export", "-", "--to", "csv"], {}, doc).stdout).toBe('id,subject,property,value,source\r\na,"\'=HYPERLINK(""http://x"")",p,-5,s\r\n');
    const unit = JSON.stringify({ claims: [{ id: "a", subject: "x", property: "p", value: { amount: 5, unit: "troops" }, source: "s" }] });
    expect(cli(["export", "claims.json", "--to", "csv"], { "claims.json": unit })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'claims.json: /claims/0: claim "a": its value has a unit, which a sheet\'s value cell cannot hold (put the unit on the property)\n' +
        "corroborate: a claim sheet cannot hold these claims as they are; fix them, or --to json or ndjson (nothing was written)\n",
    });
  });

  it("refuses an invalid claim set, and bad usage", () => {
    expect(cli(["export", "bad.csv", "--to", "json"], { "bad.csv": "id,subject,property,value\na,x,p,1\n" })).toMatchObject({ code: 2, stderr: expect.stringContaining("bad.csv: row 2, column source:") });
    expect(cli(["export", "claims.json"], { "claims.json": exampleText })).toMatchObject({ code: 2, stderr: expect.stringContaining("--to must be one of csv, tsv, ndjson, json") });
    expect(cli(["export", "claims.json", "--to", "csv", "--output", "claims.json"], { "claims.json": exampleText })).toMatchObject({ code: 2, stderr: expect.stringContaining("is one of the input files") });
    expect(cli(["export", "claims.json", "--to", "csv", "-o", "out.csv", "--context-output", "out.csv"], { "claims.json": exampleText })).toMatchObject({ code: 2, stderr: expect.stringContaining("--output and --context-output must be two files") });
  });
});
