/**
 * The SARIF formatter: every output validates against the SARIF 2.1.0 JSON
 * Schema (test/fixtures/sarif), results point at the lines where their
 * claims start, rule indexes and levels agree with the driver's rules, and
 * the same input gives the same text.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { ClaimSet, FormatContext, Report, Rule } from "../../src/index.js";
import { builtinRules, check, claimLines, defineRule, formatSarif, parseClaimSet } from "../../src/index.js";
import { formatters } from "../../src/formatters/index.js";
import { pathToUri } from "../../src/formatters/sarif.js";
import { RULE_HELP } from "../../src/formatters/rule-help.generated.js";

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// CommonJS modules: under NodeNext the default import is `module.exports`, whose `.default` is the class (and the plugin).
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
addFormats.default(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(root("test/fixtures/sarif/sarif-schema-2.1.0.json"), "utf8")) as object);

interface LogicalLocation {
  name: string;
  fullyQualifiedName: string;
  kind: string;
}
interface SarifLocation {
  physicalLocation?: { artifactLocation: { uri: string; index?: number }; region?: { startLine: number } };
  logicalLocations: LogicalLocation[];
  message?: { text: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  properties: { claims: string[]; data: Record<string, unknown>; suggestions?: unknown[] };
}
interface SarifRule {
  id: string;
  name?: string;
  help: { text: string; markdown: string };
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  helpUri?: string;
  defaultConfiguration?: { level: string };
  properties: { tags: string[] };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    artifacts?: Array<{ location: { uri: string } }>;
    results: SarifResult[];
    invocations?: unknown;
  }>;
}

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

/** Formats, checks the text's shape and the schema, and returns the parsed log. */
function sarif(report: Report, context?: FormatContext): SarifLog {
  const text = formatSarif(report, context);
  expect(text.endsWith("}\n")).toBe(true);
  const log = JSON.parse(text) as SarifLog;
  expect(JSON.stringify(log, null, 2) + "\n").toBe(text);
  const valid = validateSarif(log);
  expect(valid ? [] : validateSarif.errors).toEqual([]);
  expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
  expect(log.version).toBe("2.1.0");
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0]!;
  expect(run.invocations).toBeUndefined();
  expect(run.tool.driver).toMatchObject({ name: "corroborate", version: report.tool.version, informationUri: "https://www.npmjs.com/package/corroborate" });
  // every result names its rule by id and index, at the level of its conflict
  expect(run.results).toHaveLength(report.conflicts.length);
  run.results.forEach((result, i) => {
    const conflict = report.conflicts[i]!;
    expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(result.ruleId).toBe(conflict.rule);
    expect(result.level).toBe(LEVEL[conflict.severity]);
    expect(result.message.text).toBe(conflict.message);
    expect(result.partialFingerprints).toEqual({ primaryLocationLineHash: conflict.id, "corroborate/conflict-id": conflict.id });
    // every location names the conflict's group
    expect(result.locations.length).toBeGreaterThan(0);
    for (const location of result.locations) {
      expect(location.logicalLocations).toEqual([{ name: conflict.group, fullyQualifiedName: conflict.group, kind: "object" }]);
    }
    expect(result.properties.claims).toEqual(conflict.claims);
    expect(result.properties.data).toEqual(JSON.parse(JSON.stringify(conflict.data)));
  });
  expect(new Set(run.tool.driver.rules.map((rule) => rule.id)).size).toBe(run.tool.driver.rules.length);
  // every rule has help, in text and Markdown (GitHub code scanning shows it beside each alert)
  for (const rule of run.tool.driver.rules) {
    expect(rule.help.text.length, rule.id).toBeGreaterThan(0);
    expect(rule.help.markdown.length, rule.id).toBeGreaterThan(0);
  }
  return log;
}

/** Checks that each location's line is where its claim starts: the first `"id"` from that line on is the claim's. */
function expectLinesOfClaims(text: string, result: SarifResult): void {
  const lines = text.split("\n");
  expect(result.locations.map((location) => location.message?.text.split(":")[0])).toEqual(
    result.properties.claims.map((id) => `claim ${id}`),
  );
  result.locations.forEach((location, i) => {
    const line = location.physicalLocation?.region?.startLine;
    expect(line, `claim ${result.properties.claims[i]}`).toBeTypeOf("number");
    expect(lines[line! - 1]!.trimStart().startsWith("{")).toBe(true);
    const from = lines.slice(line! - 1).join("\n");
    const id = /"id"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(from)?.[1];
    expect(JSON.parse(id!)).toBe(result.properties.claims[i]);
  });
}

const EXAMPLE = "examples/iraq-withdrawal/claims.json";

describe("the SARIF schema check", () => {
  it("rejects what SARIF 2.1.0 does not allow, so passing it means something", () => {
    const log = JSON.parse(formatSarif(check({ claims: [] }))) as SarifLog;
    expect(validateSarif(log)).toBe(true);
    expect(validateSarif({ ...log, version: "2.0.0" })).toBe(false);
    const run = log.runs[0]!;
    const withResult = (result: object) => ({ ...log, runs: [{ ...run, results: [result] }] });
    const result = { ruleId: "x", message: { text: "m" }, locations: [{ logicalLocations: [{ name: "g" }] }] };
    expect(validateSarif(withResult(result))).toBe(true);
    expect(validateSarif(withResult({ ...result, level: "info" }))).toBe(false); // SARIF says "note"
    expect(validateSarif(withResult({ ...result, logicalLocations: [{ name: "g" }] }))).toBe(false); // only inside locations
    expect(validateSarif(withResult({ ...result, ruleIndex: -2 }))).toBe(false);
  });
});

describe("formatSarif", () => {
  it("is registered as the sarif formatter", () => {
    expect(formatters.sarif).toBe(formatSarif);
  });

  it("points each result of the bundled example at the lines where its claims start", () => {
    const text = readFileSync(root(EXAMPLE), "utf8");
    const claimSet = parseClaimSet(text);
    const report = check(claimSet);
    expect(report.conflicts.length).toBeGreaterThan(0);
    const log = sarif(report, { file: EXAMPLE, claimSet, claimLines: claimLines(text, "json") });
    const run = log.runs[0]!;
    expect(run.artifacts).toEqual([{ location: { uri: EXAMPLE }, roles: ["analysisTarget"] }]);
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(builtinRules.map((rule) => rule.meta.id));
    for (const result of run.results) {
      expect(result.locations).toHaveLength(result.properties.claims.length);
      for (const location of result.locations) {
        expect(location.physicalLocation?.artifactLocation).toEqual({ uri: EXAMPLE, index: 0 });
      }
      expectLinesOfClaims(text, result);
    }
  });

  it("describes every built-in rule in the driver", () => {
    const rules = sarif(check({ claims: [] })).runs[0]!.tool.driver.rules;
    expect(rules).toHaveLength(builtinRules.length);
    builtinRules.forEach(({ meta }, i) => {
      expect(rules[i]).toEqual({
        id: meta.id,
        // a name only where it differs from the id (SARIF1001): not for a one-word id
        ...(meta.id.includes("-") ? { name: meta.id.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase()) } : {}),
        shortDescription: { text: meta.description },
        fullDescription: { text: expect.stringContaining(meta.description) },
        help: Object.hasOwn(RULE_HELP, meta.id)
          ? RULE_HELP[meta.id]
          : { text: `${meta.description} More about this rule: ${meta.docs.url}`, markdown: expect.stringContaining(meta.docs.url) },
        helpUri: meta.docs.url,
        defaultConfiguration: { level: LEVEL[meta.severity] },
        properties: { tags: ["fact-checking"] },
      });
    });
    expect(rules.find((rule) => rule.id === "conflicting-values")?.name).toBe("ConflictingValues");
    expect(rules.find((rule) => rule.id === "containment")).not.toHaveProperty("name");
  });

  it("gives an empty result list for a report without conflicts, with or without a file", () => {
    const claimSet = parseClaimSet({ claims: [{ id: "a", subject: "us-forces", property: "troop-count", value: 900, source: "s1" }] });
    const report = check(claimSet);
    expect(report.conflicts).toEqual([]);
    expect(sarif(report).runs[0]!.results).toEqual([]);
    expect(sarif(report).runs[0]!.artifacts).toBeUndefined();
    const withFile = sarif(report, { file: "claims.json", claimSet, claimLines: [1] }).runs[0]!;
    expect(withFile.results).toEqual([]);
    expect(withFile.artifacts).toEqual([{ location: { uri: "claims.json" }, roles: ["analysisTarget"] }]);
  });

  it("points at NDJSON lines, blank lines included", () => {
    const claims = [
      { id: "a", subject: "us-forces", property: "troop-count", value: "~900", source: "s1", published: "2025-04-20" },
      { id: "b", subject: "us-forces", property: "troop-count", value: "~1400", source: "s2", published: "2025-04-20" },
      { id: "c", subject: "us-forces", property: "troop-count", value: 2500, source: "s3", published: "2025-04-20" },
    ];
    const text = `\n${JSON.stringify(claims[0])}\n\n  \n${JSON.stringify(claims[1])}\r\n${JSON.stringify(claims[2])}\n`;
    const claimSet = parseClaimSet(text, { format: "ndjson" });
    const report = check(text, { format: "ndjson" });
    expect(report.conflicts.length).toBeGreaterThan(0);
    const lines = claimLines(text, "ndjson");
    expect(lines).toEqual([2, 5, 6]);
    const run = sarif(report, { file: "data\\claims.ndjson", claimSet, claimLines: lines }).runs[0]!;
    const lineOf = { a: 2, b: 5, c: 6 } as Record<string, number>;
    for (const result of run.results) {
      expect(result.locations.map((l) => l.physicalLocation?.artifactLocation.uri)).toEqual(result.properties.claims.map(() => "data/claims.ndjson"));
      expect(result.locations.map((l) => l.physicalLocation?.region?.startLine)).toEqual(result.properties.claims.map((id) => lineOf[id]));
      expectLinesOfClaims(text, result);
    }
  });

  it("carries ambiguous-scope suggestions (JSON Patches) in the result's properties", () => {
    const claimSet: ClaimSet = {
      claims: [
        { id: "s", subject: "us-forces", property: "troop-count", scope: { location: "syria" }, value: "~900", source: "s1", published: "2025-04-20" },
        { id: "i", subject: "us-forces", property: "troop-count", scope: { location: "iraq" }, value: 2500, source: "s2", published: "2025-04-20" },
        { id: "u", subject: "us-forces", property: "troop-count", value: "~900", source: "s3", published: "2025-04-20" },
      ],
    } as ClaimSet;
    const text = JSON.stringify(claimSet, null, 2);
    const report = check(text);
    const conflict = report.conflicts.find((c) => c.rule === "ambiguous-scope");
    expect(conflict?.suggestions?.length).toBeGreaterThan(0);
    const run = sarif(report, { file: "claims.json", claimSet: parseClaimSet(text), claimLines: claimLines(text, "json") }).runs[0]!;
    const result = run.results.find((r) => r.ruleId === "ambiguous-scope")!;
    expect(result.level).toBe("warning");
    expect(result.properties.suggestions).toEqual(conflict!.suggestions);
    expect(result.properties.suggestions).toContainEqual({
      message: expect.any(String),
      patch: [{ op: "add", path: "/claims/2/scope", value: { location: "syria" } }],
    });
    expectLinesOfClaims(text, result);
    // results without suggestions have none in their properties
    for (const r of run.results.filter((r) => r.ruleId !== "ambiguous-scope")) expect(r.properties).not.toHaveProperty("suggestions");
  });

  it("lists custom rules in the driver, and rules only the report names", () => {
    const single: Rule = defineRule({
      meta: {
        id: "acme/single-source",
        description: "A figure only one origin gives.",
        severity: "info",
        docs: { url: "https://example.org/rules/single-source" },
        messages: { single: "Only {{origin}} gives {{value}}." },
      },
      check(context) {
        if (context.group.claims.length === 1) {
          const [claim] = context.group.claims;
          context.report({ messageId: "single", claims: [claim!], data: { origin: claim!.origin, value: claim!.value.display } });
        }
      },
    });
    const claimSet = parseClaimSet({
      claims: [
        { id: "a", subject: "us-forces", property: "troop-count", value: 900, source: "s1", published: "2025-04-20" },
        { id: "b", subject: "us-forces", property: "troop-count", value: 2500, source: "s2", published: "2025-04-20" },
        { id: "c", subject: "us-forces", property: "base-count", value: 3, source: "s2" },
      ],
    });
    const report = check(claimSet, { customRules: [single], rules: { "conflicting-values": "warning" } });
    expect(report.conflicts.map((c) => c.rule).sort()).toEqual(["acme/single-source", "conflicting-values"]);
    const rules = [...builtinRules, single];
    const run = sarif(report, { claimSet, rules }).runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
    expect(run.tool.driver.rules.at(-1)).toEqual({
      id: "acme/single-source",
      name: "AcmeSingleSource",
      shortDescription: { text: "A figure only one origin gives." },
      fullDescription: { text: "A figure only one origin gives." },
      help: {
        text: "A figure only one origin gives. More about this rule: https://example.org/rules/single-source",
        markdown: "A figure only one origin gives.\n\nMore about this rule: https://example.org/rules/single-source",
      },
      helpUri: "https://example.org/rules/single-source",
      defaultConfiguration: { level: "note" },
      properties: { tags: ["fact-checking"] },
    });
    // the configured severity sets the result's level; the rule keeps its default
    const conflicting = run.results.find((r) => r.ruleId === "conflicting-values")!;
    expect(conflicting.level).toBe("warning");
    expect(run.tool.driver.rules[conflicting.ruleIndex]!.defaultConfiguration?.level).toBe("error");
    expect(run.results.find((r) => r.ruleId === "acme/single-source")!.level).toBe("note");
    // without a file: only the group, as a logical location
    for (const result of run.results) {
      expect(result.locations).toHaveLength(1);
      expect(Object.keys(result.locations[0]!)).toEqual(["logicalLocations"]);
    }
    expect(run.artifacts).toBeUndefined();

    // a rule the context does not list still gets a descriptor, so ruleIndex stays valid
    const bare = sarif(report, { claimSet }).runs[0]!;
    expect(bare.tool.driver.rules.map((r) => r.id)).toEqual([...builtinRules.map((r) => r.meta.id), "acme/single-source"]);
    expect(bare.tool.driver.rules.at(-1)).toEqual({
      id: "acme/single-source",
      name: "AcmeSingleSource",
      help: { text: expect.stringContaining("acme/single-source"), markdown: expect.stringContaining("acme/single-source") },
      properties: { tags: ["fact-checking"] },
    });
  });

  it("gives locations without regions when lines or the claim set are unknown", () => {
    const text = readFileSync(root(EXAMPLE), "utf8");
    const claimSet = parseClaimSet(text);
    const report = check(claimSet);
    for (const context of [{ file: EXAMPLE, claimSet }, { file: EXAMPLE }, { file: EXAMPLE, claimLines: claimLines(text, "json") }]) {
      const run = sarif(report, context).runs[0]!;
      for (const result of run.results) {
        expect(result.locations).toHaveLength(result.properties.claims.length);
        for (const location of result.locations) {
          expect(location.physicalLocation).toEqual({ artifactLocation: { uri: EXAMPLE, index: 0 } });
        }
      }
    }
  });

  it("is deterministic: the same input gives the same text", () => {
    const text = readFileSync(root(EXAMPLE), "utf8");
    const context = () => {
      const claimSet = parseClaimSet(text);
      return { file: EXAMPLE, claimSet, claimLines: claimLines(text, "json"), rules: builtinRules };
    };
    const first = formatSarif(check(text), context());
    expect(formatSarif(check(text), context())).toBe(first);
    expect(formatSarif(JSON.parse(JSON.stringify(check(text))) as Report, context())).toBe(first);
  });
});

describe("file paths as SARIF URIs", () => {
  it.each([
    ["claims.json", "claims.json"],
    ["examples/iraq-withdrawal/claims.json", "examples/iraq-withdrawal/claims.json"],
    ["data\\2025\\claims.json", "data/2025/claims.json"],
    ["./my claims#1.json", "./my%20claims%231.json"],
    ["c:claims.json", "c%3Aclaims.json"],
    ["data/a:b.json", "data/a:b.json"],
    ["مطالبات.json", "%D9%85%D8%B7%D8%A7%D9%84%D8%A8%D8%A7%D8%AA.json"],
    ["/home/me/claims.json", "file:///home/me/claims.json"],
    ["C:\\Users\\me\\claims.json", "file:///C:/Users/me/claims.json"],
    ["\\\\server\\share\\claims.json", "file://server/share/claims.json"],
  ])("%s → %s", (path, uri) => {
    expect(pathToUri(path)).toBe(uri);
    const report = check({ claims: [] });
    expect(sarif(report, { file: path }).runs[0]!.artifacts).toEqual([{ location: { uri }, roles: ["analysisTarget"] }]);
  });
});
