/**
 * SARIF as GitHub code scanning takes it: rule help embedded from
 * docs/rules (and kept equal to the pages), the conflict id as
 * `primaryLocationLineHash`, at most 1,000 locations and 1,000 related
 * locations per result, at most 25,000 results per run (errors kept first),
 * one run for several files, and a claim set given to formatSarif in any
 * form check takes.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { Conflict, Report } from "../../src/index.js";
import { builtinRules, check, claimLines, formatSarif, parseClaimSet } from "../../src/index.js";
import { sarifLogOf } from "../../src/formatters/sarif.js";
import { RULE_HELP } from "../../src/formatters/rule-help.generated.js";
import { helpOfPage, ruleHelpSource } from "../../scripts/rule-help.js";

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
addFormats.default(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(root("test/fixtures/sarif/sarif-schema-2.1.0.json"), "utf8")) as object);

const EXAMPLE = "examples/iraq-withdrawal/claims.json";
const exampleText = readFileSync(root(EXAMPLE), "utf8");

interface Location {
  id?: number;
  physicalLocation?: { artifactLocation: { uri: string; index: number }; region?: { startLine: number } };
  message?: { text: string };
}
interface Result {
  ruleId: string;
  level: string;
  message: { text: string };
  locations: Location[];
  relatedLocations?: Location[];
  partialFingerprints: Record<string, string>;
  properties: { claims: string[] };
}
interface Run {
  invocations?: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string; message: { text: string } }> }>;
  tool: { driver: { rules: Array<{ id: string; help: { text: string; markdown: string }; helpUri?: string }> } };
  artifacts?: Array<{ location: { uri: string } }>;
  automationDetails?: unknown;
  results: Result[];
  properties: Record<string, unknown>;
}

/** Parses a log, checks it against the SARIF 2.1.0 schema, and returns its one run. */
function onlyRun(text: string): Run {
  const log = JSON.parse(text) as { runs: Run[] };
  expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
  expect(log.runs).toHaveLength(1);
  return log.runs[0]!;
}

describe("rule help from docs/rules", () => {
  it("is the help the pages give today (npm run rule-help writes it)", () => {
    const committed = readFileSync(root("src/formatters/rule-help.generated.ts"), "utf8");
    expect(committed, "src/formatters/rule-help.generated.ts is out of date: run npm run rule-help").toBe(ruleHelpSource());
  });

  it("covers every built-in rule that has a page, in text and Markdown", () => {
    for (const { meta } of builtinRules) {
      let page: string | undefined;
      try {
        page = readFileSync(root(`docs/rules/${meta.id}.md`), "utf8");
      } catch {
        expect(Object.hasOwn(RULE_HELP, meta.id), meta.id).toBe(false);
        continue;
      }
      const help = RULE_HELP[meta.id]!;
      // the conditions are there, the examples are not; the page is linked
      expect(help.markdown).toContain("## When it is reported");
      expect(help.markdown).not.toContain("## Example");
      expect(help.markdown).not.toContain("<!--");
      expect(help.markdown).toContain(`](${meta.docs.url})`);
      expect(help.text).toContain(meta.docs.url);
      // links between pages are absolute: a code-scanning page has no docs/rules/ beside it
      expect(help.markdown).not.toMatch(/\]\((?!https:\/\/)/);
      // the text is plain: no emphasis, code or link marks
      expect(help.text).not.toMatch(/\*\*|`|\]\(/);
      // the page's opening paragraph is there (link targets aside)
      const prose = (text: string) => text.replace(/\]\([^)]*\)/g, "]").replace(/\s+/g, " ");
      expect(prose(help.markdown)).toContain(prose(page.split("\n\n")[2]!));
    }
  });

  it("reads a page: sections kept and left out, links made absolute, text made plain", () => {
    const page = [
      "# some-rule",
      "",
      "**Default severity:** warning",
      "",
      "Claims **disagree** about `troop-count`,",
      "see [`other-rule`](other-rule.md).",
      "",
      "## When it is reported",
      "",
      "- one condition,",
      "  continued on a second line;",
      "- another ([more](https://example.org/x)).",
      "",
      "## Example",
      "",
      "<!-- example: triggers -->",
      "```json",
      "{}",
      "```",
      "",
      "## Configure",
      "",
      "<!-- config -->",
      "```json",
      '{ "rules": { "some-rule": "off" } }',
      "```",
      "",
      "## Related rules",
      "",
      "- [`other-rule`](other-rule.md#limits): the same, elsewhere.",
    ].join("\n");
    const help = helpOfPage(page, "https://docs.example/rules/some-rule.md");
    expect(help.markdown).toBe(
      [
        "Claims **disagree** about `troop-count`,",
        "see [`other-rule`](https://docs.example/rules/other-rule.md).",
        "",
        "## When it is reported",
        "",
        "- one condition,",
        "  continued on a second line;",
        "- another ([more](https://example.org/x)).",
        "",
        "## Configure",
        "",
        "```json",
        '{ "rules": { "some-rule": "off" } }',
        "```",
        "",
        "## Related rules",
        "",
        "- [`other-rule`](https://docs.example/rules/other-rule.md#limits): the same, elsewhere.",
        "",
        "[Examples and near misses](https://docs.example/rules/some-rule.md)",
      ].join("\n"),
    );
    expect(help.text.split("\n\n")).toEqual([
      "Claims disagree about troop-count, see other-rule (https://docs.example/rules/other-rule.md).",
      "When it is reported:",
      "- one condition, continued on a second line;\n- another (more (https://example.org/x)).",
      "Configure:",
      '{ "rules": { "some-rule": "off" } }',
      "Related rules:",
      "- other-rule (https://docs.example/rules/other-rule.md#limits): the same, elsewhere.",
      "Examples that trigger the rule and near misses that do not: https://docs.example/rules/some-rule.md",
    ]);
  });
});

describe("results as GitHub code scanning tracks them", () => {
  it("fingerprint each result by its conflict's stable id, the same whatever the claims' order", () => {
    const report = check(exampleText);
    const run = onlyRun(formatSarif(report, { file: EXAMPLE, claimSet: exampleText }));
    expect(run.results.map((result) => result.partialFingerprints.primaryLocationLineHash)).toEqual(report.conflicts.map((conflict) => conflict.id));
    const reversed = JSON.parse(exampleText) as { claims: unknown[] };
    reversed.claims.reverse();
    const again = onlyRun(formatSarif(check(reversed), { file: EXAMPLE, claimSet: reversed }));
    expect(again.results.map((result) => result.partialFingerprints.primaryLocationLineHash).sort()).toEqual(
      run.results.map((result) => result.partialFingerprints.primaryLocationLineHash).sort(),
    );
  });

  /** `n` claims of one group at one moment from different outlets, half about 900, half about 1,400: one conflict naming all. */
  function crowd(n: number): string {
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = `c${String(i).padStart(5, "0")}`;
      lines.push(JSON.stringify({ id, subject: "us-forces", property: "troop-count", value: i % 2 ? "~900" : "~1400", source: `outlet-${i}`, published: "2025-04-20" }));
    }
    return lines.join("\n") + "\n";
  }

  it.each([
    { claims: 1000, located: 1000, related: 0, note: undefined },
    {
      claims: 2001,
      located: 1000,
      related: 1000,
      note: " (2,001 claims: the first 1,000 claims are located here, the next 1,000 claims as related locations, and 1 more is listed only in the result's properties)",
    },
    { claims: 1001, located: 1000, related: 1, note: " (1,001 claims: the first 1,000 claims are located here, the next 1 claim as related locations)" },
    {
      claims: 2500,
      located: 1000,
      related: 1000,
      note: " (2,500 claims: the first 1,000 claims are located here, the next 1,000 claims as related locations, and 500 more are listed only in the result's properties)",
    },
  ])("a conflict of $claims claims has $located locations and $related related locations", ({ claims, located, related, note }) => {
    const text = crowd(claims);
    const report = check(text, { rules: { "value-changed": "off" } });
    const [conflict] = report.conflicts.filter((c) => c.rule === "conflicting-values");
    expect(conflict!.claims).toHaveLength(claims);
    const run = onlyRun(formatSarif({ ...report, conflicts: [conflict!] }, { file: "crowd.ndjson", claimSet: text }));
    const [result] = run.results;
    expect(result!.locations).toHaveLength(located);
    expect(result!.relatedLocations ?? []).toHaveLength(related);
    expect(result!.message.text).toBe(conflict!.message + (note ?? ""));
    // every claim is still in the properties; locations and related locations name the first 2,000, in order, at their lines
    expect(result!.properties.claims).toEqual(conflict!.claims);
    const shown = [...result!.locations, ...(result!.relatedLocations ?? [])];
    expect(shown.map((location) => location.message!.text.split(":")[0])).toEqual(conflict!.claims.slice(0, 2000).map((id) => `claim ${id}`));
    expect(shown.map((location) => location.physicalLocation!.region!.startLine)).toEqual(
      conflict!.claims.slice(0, 2000).map((id) => Number(id.slice(1)) + 1),
    );
    expect((result!.relatedLocations ?? []).map((location) => location.id)).toEqual([...Array(related).keys()]);
  });
});

describe("formatSarif's claim set, in any form check takes", () => {
  const expected = formatSarif(check(exampleText), { file: EXAMPLE, claimSet: parseClaimSet(exampleText), claimLines: claimLines(exampleText, "json") });

  it.each([
    ["JSON text", exampleText],
    ["UTF-8 bytes", new TextEncoder().encode(exampleText)],
    ["JSON text with a byte order mark", `\uFEFF${exampleText}`],
  ])("%s: the same log as the parsed claim set with its lines", (_, claimSet) => {
    expect(formatSarif(check(exampleText), { file: EXAMPLE, claimSet })).toBe(expected);
  });

  it("an object as written (no lines: regions need the text)", () => {
    const object = JSON.parse(exampleText) as object;
    const withObject = onlyRun(formatSarif(check(object), { file: EXAMPLE, claimSet: object }));
    const withParsed = onlyRun(formatSarif(check(object), { file: EXAMPLE, claimSet: parseClaimSet(object) }));
    expect(withObject).toEqual(withParsed);
    expect(withObject.results[0]!.locations[0]!.physicalLocation!.region).toBeUndefined();
    expect(withObject.results[0]!.locations[0]!.message!.text).toMatch(/^claim [^:]+: .+ \(source: [^)]+\)$/);
  });

  it("NDJSON text, with lenient's skipped claims still counted in the lines", () => {
    const lines = [
      { id: "a", subject: "us-forces", property: "troop-count", value: "~1400", source: "pentagon", published: "2025-04-20" },
      { id: "bad", subject: "us-forces", property: "troop-count", value: 900, source: "x", published: "2025-02-30" },
      { id: "b", subject: "us-forces", property: "troop-count", value: "~900", source: "infoplus", published: "2025-04-20" },
    ];
    const text = `${lines.map((line) => JSON.stringify(line)).join("\n\n")}\n`;
    const report = check(text, { lenient: true });
    const run = onlyRun(formatSarif(report, { file: "claims.ndjson", claimSet: text }));
    expect(run.results[0]!.locations.map((location) => location.physicalLocation!.region!.startLine)).toEqual([1, 5]);
  });

  it("a claim sheet, read with check's format: results at the lines the claims' rows start on", () => {
    const sheet = [
      "id,subject,property,value,source,published,quote",
      'a,us-forces,troop-count,~1400,pentagon,2025-04-20,"two',
      'lines"',
      "b,us-forces,troop-count,~900,infoplus,2025-04-20,",
    ].join("\r\n");
    const report = check(sheet, { format: "csv" });
    const lines = (claimSet: unknown, format?: "csv") =>
      onlyRun(formatSarif(report, { file: "claims.csv", claimSet, ...(format ? { format } : {}) })).results[0]!.locations.map((location) => location.physicalLocation!.region?.startLine);
    expect(lines(sheet, "csv")).toEqual([2, 4]);
    expect(lines(new TextEncoder().encode(sheet), "csv")).toEqual([2, 4]);
    expect(lines(sheet)).toEqual([undefined, undefined]); // read as JSON, it is not a claim set: no lines, no crash
  });

  it("no claim set, or one that cannot be read: locations without lines, never a crash", () => {
    const report = check(exampleText);
    for (const claimSet of [undefined, "{ not json", new Uint8Array([0xff, 0xfe]), 42, { claims: "none" }, { claims: [null, 7, { id: 3 }] }]) {
      const run = onlyRun(formatSarif(report, { file: EXAMPLE, claimSet }));
      for (const result of run.results) {
        expect(result.locations.map((location) => location.message!.text)).toEqual(result.properties.claims.map((id) => `claim ${id}`));
      }
    }
  });

  it("a claim that takes its source from its document names that source", () => {
    const claimSet = {
      documents: [{ id: "article-1", source: "outlet-1", published: "2025-04-20" }, { id: "article-2", source: "outlet-2", published: "2025-04-20" }],
      claims: [
        { id: "a", subject: "us-forces", property: "troop-count", value: "~900", document: "article-1" },
        { id: "b", subject: "us-forces", property: "troop-count", value: "~1400", document: "article-2" },
      ],
    };
    const run = onlyRun(formatSarif(check(claimSet), { file: "claims.json", claimSet }));
    expect(run.results[0]!.locations.map((location) => location.message!.text)).toEqual(["claim a: ~900 (source: outlet-1)", "claim b: ~1400 (source: outlet-2)"]);
  });
});

describe("several files", () => {
  const other = JSON.stringify(
    {
      claims: [
        { id: "x", subject: "us-forces", property: "troop-count", value: "~900", source: "s1", published: "2025-04-20" },
        { id: "y", subject: "us-forces", property: "troop-count", value: 2500, source: "s2", published: "2025-04-20" },
      ],
    },
    null,
    2,
  );
  const parts: Array<{ report: Report; context: { file: string; claimSet: string } }> = [
    { report: check(exampleText), context: { file: EXAMPLE, claimSet: exampleText } },
    { report: check(other), context: { file: "other.json", claimSet: other } },
  ];

  it("make one run (one analysis for code scanning) whose artifacts are the files", () => {
    const run = onlyRun(JSON.stringify(sarifLogOf(parts)));
    expect(run.automationDetails).toBeUndefined(); // upload-sarif's category names it
    expect(run.artifacts!.map((artifact) => artifact.location.uri)).toEqual([EXAMPLE, "other.json"]);
    const alone = parts.map(({ report, context }) => onlyRun(formatSarif(report, context)));
    expect(run.results.length).toBe(alone[0]!.results.length + alone[1]!.results.length);
    // each file's results as formatted alone, but for the artifact index of their file
    const reindexed = alone.flatMap((part, index) =>
      part.results.map((result) => ({
        ...result,
        locations: result.locations.map((location) => ({ ...location, physicalLocation: { ...location.physicalLocation!, artifactLocation: { uri: location.physicalLocation!.artifactLocation.uri, index } } })),
      })),
    );
    expect(run.results).toEqual(reindexed);
    expect(run.properties).toEqual({
      files: parts.map(({ report, context }) => ({ uri: context.file, summary: report.summary, diagnostics: report.diagnostics })),
    });
    expect(run.tool.driver.rules).toEqual(alone[0]!.tool.driver.rules);
  });

  it("one file keeps its summary and diagnostics as the run's properties", () => {
    const run = onlyRun(JSON.stringify(sarifLogOf(parts.slice(0, 1))));
    expect(run.properties).toEqual({ summary: parts[0]!.report.summary, diagnostics: parts[0]!.report.diagnostics });
  });
});

describe("at most 25,000 results per run, as code scanning takes", () => {
  const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

  /** A conflict of its own group, numbered: the report's order is the numbers' order. */
  const conflict = (n: number, severity: Conflict["severity"]): Conflict => ({
    id: `id-${String(n).padStart(6, "0")}`,
    rule: "conflicting-values",
    messageId: "differ",
    severity,
    group: `g-${n}`,
    subject: "s",
    property: "p",
    scope: {},
    claims: [`a-${n}`, `b-${n}`],
    message: `conflict ${n}`,
    data: {},
  });

  /** A report of these conflicts (in this order, as a synthetic report may have them), its summary counting them. */
  const reportOf = (conflicts: Conflict[]): Report => {
    const count = (severity: Conflict["severity"]) => conflicts.filter((c) => c.severity === severity).length;
    const empty = check({ claims: [] });
    return { ...empty, summary: { ...empty.summary, conflicts: conflicts.length, errors: count("error"), warnings: count("warning"), infos: count("info") }, conflicts };
  };

  /** `count` conflicts numbered from `from`, of severities in turn. */
  const many = (from: number, count: number, severities: ReadonlyArray<Conflict["severity"]>) =>
    Array.from({ length: count }, (_, i) => conflict(from + i, severities[i % severities.length]!));

  it("keeps every result, and says nothing more, at 25,000", () => {
    const report = reportOf(many(0, 25_000, ["info", "warning", "error"]));
    const run = JSON.parse(formatSarif(report)).runs[0] as Run;
    expect(run.results).toHaveLength(25_000);
    expect(run.results.map((result) => result.partialFingerprints.primaryLocationLineHash)).toEqual(report.conflicts.map((c) => c.id));
    expect(run.invocations).toBeUndefined();
    expect(run.properties).toEqual({ summary: report.summary, diagnostics: [] });
  });

  it("beyond, keeps the errors, then the warnings, then the notes, each in the report's order, and says how many it left out", () => {
    // Notes first in the report, then warnings and errors interleaved: 20,000 notes, 9,601 warnings, 2,400 errors.
    const conflicts = [...many(0, 20_000, ["info"]), ...many(20_000, 12_001, ["warning", "warning", "warning", "warning", "error"])];
    const errors = conflicts.filter((c) => c.severity === "error");
    const warnings = conflicts.filter((c) => c.severity === "warning");
    expect([errors.length, warnings.length]).toEqual([2_400, 9_601]);
    const report = reportOf(conflicts);
    const run = onlyRun(formatSarif(report));
    expect(run.results).toHaveLength(25_000);
    // Every error and warning, and the first 12,999 notes; the results in the report's order.
    const keptNotes = conflicts.filter((c) => c.severity === "info").slice(0, 12_999);
    const kept = new Set([...errors, ...warnings, ...keptNotes]);
    const expected = conflicts.filter((c) => kept.has(c));
    expect(run.results.map((result) => result.partialFingerprints.primaryLocationLineHash)).toEqual(expected.map((c) => c.id));
    expect(run.results.map((result) => result.level)).toEqual(expected.map((c) => LEVEL[c.severity]));
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: "warning",
            message: {
              text: "7,001 results left out: GitHub code scanning accepts at most 25,000 per run; the errors were kept first, then the warnings, then the notes; see the JSON report for all",
            },
          },
        ],
      },
    ]);
    expect(run.properties).toEqual({ summary: report.summary, diagnostics: [], resultsLeftOut: 7_001 });
  });

  it("leaves out warnings too when the errors fill the run, and counts one left out in the singular", () => {
    const conflicts = [...many(0, 3, ["warning"]), ...many(3, 24_998, ["error"])];
    const run = JSON.parse(formatSarif(reportOf(conflicts))).runs[0] as Run;
    expect(run.results.map((result) => result.partialFingerprints.primaryLocationLineHash)).toEqual([
      ...conflicts.slice(0, 2).map((c) => c.id),
      ...conflicts.slice(3).map((c) => c.id),
    ]);
    expect(run.invocations![0]!.toolExecutionNotifications[0]!.message.text).toMatch(/^1 result left out: /);
    expect(run.properties.resultsLeftOut).toBe(1);
  });

  it("counts the files of one run together, keeping the errors of a later file before the notes of an earlier one", () => {
    const first = reportOf(many(0, 20_000, ["info"]));
    const second = reportOf(many(20_000, 6_000, ["error"]));
    const run = sarifLogOf([
      { report: first, context: { file: "a.json" } },
      { report: second, context: { file: "b.json" } },
    ]).runs[0]!;
    expect(run.results).toHaveLength(25_000);
    expect(run.results.slice(0, 19_000).every((result) => result.level === "note")).toBe(true);
    expect(run.results.slice(19_000).map((result) => result.partialFingerprints.primaryLocationLineHash)).toEqual(second.conflicts.map((c) => c.id));
    expect(run.properties).toMatchObject({ resultsLeftOut: 1_000 });
    expect(run.invocations![0]!.toolExecutionNotifications[0]!.message.text).toMatch(/^1,000 results left out: /);
  });

  it("writes the same bytes each time", () => {
    const report = reportOf(many(0, 25_001, ["info", "error"]));
    expect(formatSarif(report)).toBe(formatSarif(report));
  });
});
