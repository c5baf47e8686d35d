/**
 * The command line on hostile argv and files: it exits 0, 1 or 2 only, never
 * prints a stack trace, "[object Object]" or "undefined:", and never reaches
 * its "internal error" fallback (which, by its own comment, means a bug).
 * Mostly in-process through `run()`; a handful of real processes too.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, diffReports } from "../../src/index.js";
import { cli, spawnCli, tempFiles } from "../cli/helpers.js";
import type { Outcome } from "../cli/helpers.js";
import {
  asText,
  damagedText,
  hostileJson,
  hostileString,
  mutatedClaimSet,
  scale,
  validClaimSet,
  fuzzFile,
} from "./arbitraries.js";

// Nothing below may change a shared prototype either.
fuzzFile();

const STACK = /\n\s+at /;

/** What a user must never see. */
function expectClean(outcome: Outcome, what: string): void {
  expect([0, 1, 2], `${what}: exit code`).toContain(outcome.code);
  for (const [stream, text] of [["stdout", outcome.stdout], ["stderr", outcome.stderr]] as const) {
    expect(STACK.test(text), `${what}: a stack frame on ${stream}:\n${text.slice(0, 2000)}`).toBe(false);
    expect(text, `${what}: ${stream}`).not.toContain("[object Object]");
    expect(text, `${what}: ${stream}`).not.toContain("undefined:");
    expect(text, `${what}: ${stream}`).not.toContain("internal error");
    expect(text, `${what}: ${stream}`).not.toMatch(/Unexpected token|in JSON at position/);
  }
}

const FILES = ["a.json", "b.json", "c.ndjson", "d.jsonl", "config.json", "patch.json", "report.json", "-"] as const;

/** File contents: claim sets valid, broken and damaged; reports; patches; configs; junk text and bytes. */
const content: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { weight: 3, arbitrary: validClaimSet.chain(asText) },
  { weight: 3, arbitrary: mutatedClaimSet.chain(asText) },
  { weight: 2, arbitrary: validClaimSet.chain(asText).chain(damagedText) },
  { weight: 2, arbitrary: validClaimSet.map((doc) => JSON.stringify(check(doc, { rules: { "value-changed": "info" } }))) },
  {
    weight: 1,
    arbitrary: fc.tuple(validClaimSet, validClaimSet).map(([a, b]) => JSON.stringify(diffReports(check(a), check(b)))),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.record(
          {
            op: fc.constantFrom("add", "remove", "replace", "move", "copy", "test", "bogus"),
            path: fc.constantFrom("/claims/0/value", "/claims/-", "/claims/0", "", "/__proto__/x", "/claims/9", "/sources"),
            from: fc.constantFrom("/claims/0", "/claims/1/value", "/constructor"),
            value: fc.oneof(hostileJson, fc.constantFrom(900, "~1400", { id: "n", subject: "s", property: "p", value: 1, source: "x" })),
          },
          { requiredKeys: ["op", "path"] },
        ),
        { maxLength: 4 },
      )
      .map((patch) => JSON.stringify(patch)),
  },
  {
    weight: 1,
    arbitrary: fc
      .record(
        {
          rules: fc.dictionary(fc.constantFrom("conflicting-values", "value-changed", "rapid-change", "nope", "__proto__"), fc.constantFrom("off", "info", "warning", "error", "loud")),
          properties: fc.constantFrom([], [{ id: "troop-count", type: "quantity" }], [{ id: "end-date", type: "date", tolerance: 3 }], "x"),
          $schema: fc.string(),
          extra: hostileJson,
        },
        { requiredKeys: [] },
      )
      .map((config) => JSON.stringify(config)),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  { weight: 1, arbitrary: fc.constantFrom("", "\ufeff", "\n\n", "{", "[", "null", "[]", '{"claims":null}', "\ufeff{\"claims\":[]}") },
);

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FILES) },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      "--format", "-f", "json", "text", "markdown", "sarif", "html", "--output", "-o", "out.txt", "--fail-on", "error", "warning",
      "info", "none", "--config", "-c", "--lenient", "--quiet", "-q", "--", "--format=json", "--format=", "--fail-on=bogus",
      "-fjson", "-fsarif", "--unknown", "-x", "-h", "--help", "-v", "--version", "claim-set", "report", "config", "missing.json",
      "--output=", "-o-", "--lenient=true", "---", "-",
    ),
  },
  { weight: 1, arbitrary: hostileString.filter((s) => !s.includes("[object Object]") && !s.includes("undefined")) },
);

const command = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("check", "validate", "diff", "apply", "schema") },
  { weight: 1, arbitrary: fc.constantFrom("help", "-h", "--help", "-v", "--version", "Check", "", "__proto__", "constructor", "toString") },
  { weight: 1, arbitrary: word },
);

const argv = fc.tuple(command, fc.array(word, { maxLength: 7 })).map(([name, rest]) => [name, ...rest]);

const files = fc.record(Object.fromEntries(FILES.filter((name) => name !== "-").map((name) => [name, content])) as Record<string, fc.Arbitrary<string | Uint8Array>>, {
  requiredKeys: [],
});

describe("the CLI in-process", () => {
  it("exits 0, 1 or 2 with clean output on any argv and files", () => {
    fc.assert(
      fc.property(argv, files, fc.option(content, { nil: undefined }), (args, fileMap, stdin) => {
        const input = stdin === undefined ? undefined : typeof stdin === "string" ? stdin : new TextDecoder().decode(stdin);
        const outcome = cli(args, fileMap as Record<string, string | Uint8Array>, input, { written: {} });
        expectClean(outcome, JSON.stringify(args));
      }),
      { numRuns: scale(400) },
    );
  });

  it("reads every kind of file with every command, and agrees with itself", () => {
    fc.assert(
      fc.property(
        content,
        content,
        fc.constantFrom("a.json", "c.ndjson", "d.jsonl"),
        fc.constantFrom<readonly string[]>(["-f", "text"], ["-f", "json"], ["-f", "markdown"], ["-f", "sarif"], ["--lenient", "-f", "sarif"], ["--fail-on", "none"]),
        (first, second, name, flags) => {
          const fileMap = { [name]: first, "b.json": second };
          const validate = cli(["validate", name], fileMap);
          expectClean(validate, `validate ${name}`);
          const checked = cli(["check", name, ...flags], fileMap);
          expectClean(checked, `check ${name} ${flags.join(" ")}`);
          // A file that validates is one check reads; one that does not is one check rejects (unless lenient).
          if (!flags.includes("--lenient")) expect(checked.code === 2, `check ${name}: ${checked.stderr}`).toBe(validate.code === 2);
          const both = cli(["check", name, "b.json", "-f", "json"], fileMap);
          expectClean(both, "check two files");
          expectClean(cli(["diff", name, "b.json"], fileMap), "diff");
          expectClean(cli(["diff", name, "b.json", "-f", "json"], fileMap), "diff -f json");
          const written: Record<string, string> = {};
          const applied = cli(["apply", "a.json", "b.json"], { "a.json": first, "b.json": second }, undefined, { written });
          expectClean(applied, "apply");
          if (applied.code !== 0) expect(written).toEqual({});
          expectClean(cli(["check", name, "--config", "b.json"], fileMap), "check --config");
        },
      ),
      { numRuns: scale(200) },
    );
  });

  it("reads standard input like a file", () => {
    fc.assert(
      fc.property(content, (stdin) => {
        const text = typeof stdin === "string" ? stdin : new TextDecoder().decode(stdin);
        for (const args of [["validate", "-"], ["check", "-", "-f", "sarif"], ["diff", "-", "report.json"], ["apply", "a.json", "-"], ["check", "a.json", "-c", "-"]]) {
          expectClean(cli(args, { "report.json": text, "a.json": text }, text, { written: {} }), args.join(" "));
        }
      }),
      { numRuns: scale(100) },
    );
  });

  it("check --format markdown on a valid claim set whose url holds a lone surrogate (JSON \"\\ud800\") is not an internal error", () => {
    const text =
      '{"claims":[{"id":"a","subject":"s","property":"p","value":900,"source":"x","published":"2025-01-01","url":"https://example.org/\\ud800"},' +
      '{"id":"b","subject":"s","property":"p","value":1400,"source":"y","published":"2025-01-01"}]}';
    expect(cli(["validate", "c.json"], { "c.json": text }).code).toBe(0);
    const outcome = cli(["check", "c.json", "-f", "markdown"], { "c.json": text });
    expectClean(outcome, "check -f markdown");
    expect(outcome.code).toBe(1);
  });

  it("diff of two equal reports whose data nests deeply is not an internal error", () => {
    const report = check({
      claims: [
        { id: "a", subject: "s", property: "p", value: 900, source: "x", published: "2025-01-01" },
        { id: "b", subject: "s", property: "p", value: 1400, source: "y", published: "2025-01-01" },
      ],
    });
    const text = JSON.stringify(report).replace('"data":{', `"data":{"deep":${"[".repeat(20_000)}${"]".repeat(20_000)},`);
    for (const format of ["text", "json"]) {
      const outcome = cli(["diff", "a.json", "b.json", "-f", format], { "a.json": text, "b.json": text });
      expectClean(outcome, `diff -f ${format}`);
      expect(outcome.code).toBe(0);
    }
  });

  it("validate and check of a 260 KB claim set whose attribution lists 130 000 numbers are not an internal error", () => {
    const text = `{"claims":[{"id":"a","subject":"s","property":"p","value":1,"source":"x","attribution":[${Array(130_000).fill("1").join(",")}]}]}`;
    for (const args of [["validate", "c.json"], ["check", "c.json"], ["check", "c.json", "--lenient"]]) {
      const outcome = cli(args, { "c.json": text });
      expectClean(outcome, args.join(" "));
      expect(outcome.code).toBe(2);
    }
  });

  it("check --format sarif points results at the claims' lines even when a number is 1000+ characters long (valid JSON)", () => {
    const claims = (value: string) =>
      '{\n  "claims": [\n' +
      '    {"id":"a","subject":"s","property":"p","value":900,"source":"x","published":"2025-01-01"},\n' +
      `    {"id":"b","subject":"s","property":"p","value":${value},"source":"y","published":"2025-01-01"}\n  ]\n}\n`;
    const lines = (text: string) => {
      const outcome = cli(["check", "c.json", "-f", "sarif"], { "c.json": text });
      expectClean(outcome, "check -f sarif");
      const log = JSON.parse(outcome.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation?: { region?: { startLine: number } } }> }> }> };
      return log.runs[0]!.results.map((result) => result.locations.map((location) => location.physicalLocation?.region?.startLine));
    };
    expect(lines(claims("1400"))).toEqual([[3, 4]]);
    // 1400.000…0 is the number 1400: the same claim set, the same lines.
    expect(lines(claims(`1400.${"0".repeat(1200)}`))).toEqual([[3, 4]]);
  });
});

describe("the CLI as a real process", () => {
  it("never prints a stack trace on hostile files", () => {
    const dir = tempFiles({
      "bytes.json": Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28, 0x0a]),
      "nul.json": '{"claims":[{"id":"a\u0000","subject":"s","property":"p","value":1,"source":"x"}]}\u0000',
      "deep.json": "[".repeat(500_000),
      "deepvalid.json": `{"claims":[],"$schema":${"[".repeat(100_000)}${"]".repeat(100_000)}}`,
      "proto.json": '{"__proto__":{"polluted":1},"claims":[{"id":"a","subject":"s","property":"p","value":1,"source":"x","constructor":{"prototype":{}}}]}',
      "bom.ndjson": '\ufeff{"id":"a","subject":"s","property":"p","value":1,"source":"x"}\nnot json\n',
      "patch.json": '[{"op":"add","path":"/__proto__/polluted","value":1},{"op":"copy","from":"/constructor","path":"/claims/0/x"}]',
      "report.json": "{\"tool\":{\"name\":\"corroborate\",\"version\":\"0\"}}",
    });
    mkdirSync(join(dir, "folder.json"));
    // Absolute paths, no cwd: the child finds tsx from this repository.
    const at = (name: string) => join(dir, name);
    const runs: string[][] = [
      ["validate", ...["bytes.json", "nul.json", "deep.json", "deepvalid.json", "proto.json", "bom.ndjson", "folder.json", "missing.json"].map(at)],
      ["check", ...["bytes.json", "nul.json", "deep.json", "deepvalid.json", "proto.json", "bom.ndjson", "folder.json"].map(at), "-f", "sarif", "--lenient"],
      ["apply", at("proto.json"), at("patch.json"), "-o", at("out.json")],
      ["diff", at("report.json"), at("deep.json")],
      ["check", at("proto.json"), "--config", at("deep.json")],
    ];
    for (const args of runs) {
      const outcome = spawnCli(args);
      expectClean(outcome, args.join(" "));
      expect(outcome.code, `${args.join(" ")}: ${outcome.stderr}`).toBe(2);
    }
    expectClean(spawnCli(["check", "-", "--format", "markdown"], { input: Buffer.from([0xef, 0xbb, 0xbf, 0x5b, 0xff]) }), "check - (bytes)");
  });
});
