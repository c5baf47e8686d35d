/**
 * SARIF 2.1.0 (OASIS), for code-scanning services and editors: one run whose
 * driver lists the rules that ran, one result per conflict. A result's
 * locations are the claims of its conflict in the input file when the context
 * names the file (at their lines when it also has the claim set and
 * `claimLines`), each also naming the conflict's group as a logical location;
 * without a file, one location names the group alone. (SARIF 2.1.0 puts
 * logical locations inside locations, not directly on a result.)
 * Suggestions are RFC 6902 patches on the claim set, not text replacements,
 * so they travel in the result's properties rather than as SARIF `fixes`.
 * Nothing time- or machine-dependent is written (no `invocations`).
 * Messages are plain text, but SARIF reads `[text](target)` in them as a
 * link: user text in them has its brackets escaped (`sarifText`).
 */
import type { Claim } from "../model/claim-set.js";
import type { Conflict, Severity } from "../model/report.js";
import type { Rule } from "../engine/rule.js";
import { builtinRules } from "../rules/index.js";
import type { Formatter } from "./types.js";
import { wellFormed } from "../internal/well-formed.js";
import { sarifText } from "./escape.js";
import { estimateProperties } from "./estimates.js";

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://www.npmjs.com/package/corroborate";
const FINGERPRINT = "corroborate/conflict-id";
const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** `conflicting-values` → `ConflictingValues`; `acme/single-source` → `AcmeSingleSource`. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== "")
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

/** A SARIF reportingDescriptor for a rule. */
function descriptor(rule: Rule) {
  const { meta } = rule;
  const full = meta.hasSuggestions
    ? `${meta.description} Its findings may carry suggested fixes: JSON Patches (RFC 6902) on the claim set.`
    : meta.description;
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: full },
    helpUri: meta.docs.url,
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: ["fact-checking"] },
  };
}

/** A rule a conflict names but the context does not list: only its id is known. */
function bareDescriptor(id: string) {
  return { id, name: pascalCase(id), properties: { tags: ["fact-checking"] } };
}

const PATH_SAFE: Record<string, string> = { "%40": "@", "%2B": "+", "%2C": ",", "%3B": ";", "%3D": "=", "%24": "$", "%26": "&", "%3A": ":" };

/** A path segment as URI text: percent-encoded except for characters safe in a path. */
function encodeSegment(segment: string, keepColon: boolean): string {
  return encodeURIComponent(wellFormed(segment)).replace(/%(?:40|2B|2C|3B|3D|24|26|3A)/g, (escape) =>
    escape === "%3A" && !keepColon ? escape : PATH_SAFE[escape]!,
  );
}

/**
 * A file path as a SARIF URI: forward slashes; a relative path stays relative
 * (percent-encoded where a URI needs it); an absolute one becomes a `file:` URI.
 * @internal
 */
export function pathToUri(path: string): string {
  const slashed = path.replace(/\\/g, "/");
  const encode = (rest: string, keepColonFirst: boolean) =>
    rest
      .split("/")
      .map((segment, i) => encodeSegment(segment, keepColonFirst || i > 0))
      .join("/");
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${slashed.slice(0, 2)}${encode(slashed.slice(2), true)}`;
  if (slashed.startsWith("//")) return `file:${encode(slashed, true)}`;
  if (slashed.startsWith("/")) return `file://${encode(slashed, true)}`;
  // In a relative reference, a colon in the first segment would read as a scheme.
  return encode(slashed, false);
}

/** What the location of a claim says about it. */
function claimMessage(id: string, claim: Claim | undefined): string {
  if (claim === undefined) return `claim ${sarifText(id)}`;
  const value = typeof claim.value === "object" && claim.value !== null ? JSON.stringify(claim.value) : String(claim.value);
  return sarifText(`claim ${id}: ${value} (source: ${claim.source})`);
}

/**
 * Formats a report as SARIF 2.1.0 JSON (two-space indented, ending in a
 * newline). Pass `file`, `claimSet` and `claimLines` (see `claimLines`) to
 * point each result at its claims' lines; `rules` lists the rules that ran
 * (the built-in ones by default).
 *
 * @example
 * const text = fs.readFileSync("claims.json", "utf8");
 * const claimSet = parseClaimSet(text);
 * const sarif = formatSarif(check(claimSet), { file: "claims.json", claimSet, claimLines: claimLines(text, "json") });
 */
export const formatSarif: Formatter = (report, context = {}) => JSON.stringify(sarifLog(report, context), null, 2) + "\n";

/**
 * The SARIF log of `formatSarif` as a value (the CLI merges the logs
 * of several files and writes the result in pieces).
 * @internal
 */
export function sarifLog(report: Parameters<Formatter>[0], context: NonNullable<Parameters<Formatter>[1]> = {}) {
  const rules: Array<ReturnType<typeof descriptor> | ReturnType<typeof bareDescriptor>> = [];
  const ruleIndex = new Map<string, number>();
  for (const rule of context.rules ?? builtinRules) {
    if (ruleIndex.has(rule.meta.id)) continue;
    ruleIndex.set(rule.meta.id, rules.length);
    rules.push(descriptor(rule));
  }
  for (const conflict of report.conflicts) {
    if (ruleIndex.has(conflict.rule)) continue;
    ruleIndex.set(conflict.rule, rules.length);
    rules.push(bareDescriptor(conflict.rule));
  }

  const uri = context.file === undefined ? undefined : pathToUri(context.file);
  const byId = new Map<string, { claim: Claim; index: number }>();
  context.claimSet?.claims.forEach((claim, index) => {
    if (!byId.has(claim.id)) byId.set(claim.id, { claim, index });
  });
  const lines = context.claimLines ?? [];

  /** One location per claim in the file, each also naming the group; without a file, the group alone. */
  const locations = (conflict: Conflict) => {
    const logicalLocations = [{ name: conflict.group, fullyQualifiedName: conflict.group, kind: "object" }];
    if (uri === undefined) return [{ logicalLocations }];
    return conflict.claims.map((id) => {
      const found = byId.get(id);
      const line = found === undefined ? undefined : lines[found.index];
      const region = line !== undefined && Number.isInteger(line) && line >= 1 ? { region: { startLine: line } } : {};
      return {
        physicalLocation: { artifactLocation: { uri, index: 0 }, ...region },
        logicalLocations,
        message: { text: claimMessage(id, found?.claim) },
      };
    });
  };

  const results = report.conflicts.map((conflict) => ({
    ruleId: conflict.rule,
    ruleIndex: ruleIndex.get(conflict.rule)!,
    level: LEVEL[conflict.severity],
    message: { text: sarifText(conflict.message) },
    locations: locations(conflict),
    partialFingerprints: { [FINGERPRINT]: conflict.id },
    properties: {
      claims: conflict.claims,
      data: conflict.data,
      ...(conflict.suggestions !== undefined ? { suggestions: conflict.suggestions } : {}),
      ...estimateProperties(report, conflict),
    },
  }));

  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "corroborate",
            version: report.tool.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        ...(uri !== undefined ? { artifacts: [{ location: { uri }, roles: ["analysisTarget"] }] } : {}),
        results,
        properties: { summary: report.summary, diagnostics: report.diagnostics },
      },
    ],
  };
  return log;
}
