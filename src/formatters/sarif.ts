/**
 * SARIF 2.1.0 (OASIS), for code-scanning services and editors, shaped as
 * GitHub code scanning takes it: one run, whose driver lists the rules that
 * ran, each with its help (from docs/rules, embedded at build time); one
 * result per conflict, fingerprinted by the conflict's stable id. A
 * result's locations are the claims of its conflict in the input file when
 * the context names the file (at their lines when it also has the claim
 * set), each also naming the conflict's group as a logical location;
 * without a file, one location names the group alone. (SARIF 2.1.0 puts
 * logical locations inside locations, not directly on a result.)
 * Suggestions are RFC 6902 patches on the claim set, not text replacements,
 * so they travel in the result's properties rather than as SARIF `fixes`.
 * A run holds at most 25,000 results, as GitHub code scanning takes no more:
 * beyond that, the errors are kept before the warnings and the warnings
 * before the notes, each in the report's order, and the run says how many
 * were left out (an `invocations` entry with a notification, and
 * `resultsLeftOut` in its properties). Nothing time- or machine-dependent is
 * written: an invocation, when there is one, says only that.
 * Messages are plain text, but SARIF reads `[text](target)` in them as a
 * link: user text in them has its brackets escaped (`sarifText`).
 */
import type { Conflict, Report, Severity } from "../model/report.js";
import type { Rule } from "../engine/rule.js";
import { claimLines } from "../model/json-text.js";
import { readInput } from "../model/parse.js";
import type { ParseOptions } from "../model/parse.js";
import { builtinRules } from "../rules/index.js";
import type { FormatContext } from "./types.js";
import { wellFormed } from "../internal/well-formed.js";
import { markdownText, sarifText } from "./escape.js";
import { RULE_HELP } from "./rule-help.generated.js";
import { groupDigits } from "../values/words.js";
import { VERSION } from "../version.js";
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

/**
 * A rule's `name`, unless it would be its id but for case (`containment`):
 * SARIF wants a name that differs from the id, or none (SARIF1001).
 */
function nameOf(id: string): { name?: string } {
  const name = pascalCase(id);
  return name.toLowerCase() === id.toLowerCase() ? {} : { name };
}

/**
 * A rule's help: its page's, embedded, for a built-in rule; for another
 * rule, its description and where its documentation is.
 */
function helpOf(rule: Rule): { text: string; markdown: string } {
  const { meta } = rule;
  if (builtinRules.includes(rule) && Object.hasOwn(RULE_HELP, meta.id)) return RULE_HELP[meta.id]!;
  return { text: `${meta.description} More about this rule: ${meta.docs.url}`, markdown: `${markdownText(meta.description)}\n\nMore about this rule: ${meta.docs.url}` };
}

/** A SARIF reportingDescriptor for a rule. */
function descriptor(rule: Rule) {
  const { meta } = rule;
  const full = meta.hasSuggestions
    ? `${meta.description} Its findings may carry suggested fixes: JSON Patches (RFC 6902) on the claim set.`
    : meta.description;
  return {
    id: meta.id,
    ...nameOf(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: full },
    help: helpOf(rule),
    helpUri: meta.docs.url,
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: ["fact-checking"] },
  };
}

/** A rule a conflict names but the context does not list: only its id is known. */
function bareDescriptor(id: string) {
  const text = `Reported by the rule ${id}, which was not given to the SARIF formatter with its description.`;
  return { id, ...nameOf(id), help: { text, markdown: markdownText(text) }, properties: { tags: ["fact-checking"] } };
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

/** A claim as the formatter finds it: its value, its source (its own or its document's) and its line. */
interface FoundClaim {
  value: unknown;
  source: unknown;
  line: number | undefined;
}

/** What the location of a claim says about it. */
function claimMessage(id: string, claim: FoundClaim | undefined): string {
  if (claim === undefined) return `claim ${sarifText(id)}`;
  const value = typeof claim.value === "object" && claim.value !== null ? JSON.stringify(claim.value) : String(claim.value);
  const by = typeof claim.source === "string" ? ` (source: ${claim.source})` : "";
  return sarifText(`claim ${id}: ${value}${by}`);
}

/** The most locations a result lists, and the most related locations; GitHub code scanning refuses more. */
const MAX_LOCATIONS = 1000;

/** The most results a run holds; GitHub code scanning refuses a run with more. */
const MAX_RESULTS = 25_000;

/** The order in which results are kept when there are more than MAX_RESULTS. */
const KEPT_FIRST: readonly Severity[] = ["error", "warning", "info"];

/**
 * Which conflicts of the parts become results: all of them up to `max`;
 * beyond, the errors first, then the warnings, then the infos, each in the
 * parts' order (which stays the order of the results). The kept conflicts
 * by part, and how many were left out.
 */
function keptConflicts(parts: ReadonlyArray<{ report: Report }>, max: number): { kept: ReadonlyArray<readonly Conflict[]>; leftOut: number } {
  const all = parts.map(({ report }) => report.conflicts);
  const total = all.reduce((sum, conflicts) => sum + conflicts.length, 0);
  if (total <= max) return { kept: all, leftOut: 0 };
  const counts = new Map<Severity, number>();
  for (const conflicts of all) for (const { severity } of conflicts) counts.set(severity, (counts.get(severity) ?? 0) + 1);
  // How many of each severity are kept: the most important fill the room first.
  const room = new Map<Severity, number>();
  let left = max;
  for (const severity of KEPT_FIRST) {
    const keep = Math.min(counts.get(severity) ?? 0, left);
    room.set(severity, keep);
    left -= keep;
  }
  const kept = all.map((conflicts) =>
    conflicts.filter((conflict) => {
      const free = room.get(conflict.severity) ?? 0;
      if (free === 0) return false;
      room.set(conflict.severity, free - 1);
      return true;
    }),
  );
  return { kept, leftOut: total - kept.reduce((sum, conflicts) => sum + conflicts.length, 0) };
}

/** How a count of claims reads in a result's message. */
function claimCount(count: number): string {
  return `${groupDigits(count)} claim${count === 1 ? "" : "s"}`;
}

/**
 * What `formatSarif` takes besides the report: a {@link FormatContext}
 * whose `claimSet` may be given in any form `check` takes (JSON or NDJSON
 * text, UTF-8 bytes, an object). From text or bytes, the claims' lines are
 * found without `claimLines`.
 */
export interface SarifContext extends Omit<FormatContext, "claimSet"> {
  /** The checked claim set, as `check` was given it or as `parseClaimSet` returned it. */
  claimSet?: unknown;
  /** How to read `claimSet` given as text or bytes, as `check`'s option says (`"csv"` or `"tsv"` for a claim sheet; default `"auto"`). */
  format?: ParseOptions["format"];
  /** A CSV sheet's delimiter, as `check`'s option says. */
  delimiter?: ParseOptions["delimiter"];
}

/** The claims of a context by id, each with its line when known. */
function claimsById(context: SarifContext): Map<string, FoundClaim> {
  let { claimSet: input } = context;
  let lines = context.claimLines;
  if (input instanceof Uint8Array) input = new TextDecoder().decode(input);
  if (typeof input === "string") {
    const text = input;
    const read = readInput(text, context.format ?? "auto", context.delimiter);
    input = read.value;
    if (lines === undefined) {
      // A sheet's claims are at the lines their rows start on.
      lines = read.sheet?.lines ?? read.lines ?? claimLines(text, "json");
      if (lines.length === 0) lines = claimLines(text, "ndjson"); // a single claim, read as NDJSON
    }
  }
  const byId = new Map<string, FoundClaim>();
  const claims = isObject(input) && Array.isArray(input.claims) ? (input.claims as unknown[]) : [];
  const documents = new Map<string, unknown>();
  if (isObject(input) && Array.isArray(input.documents)) {
    for (const document of input.documents as unknown[]) if (isObject(document) && typeof document.id === "string") documents.set(document.id, document.source);
  }
  claims.forEach((claim, index) => {
    if (!isObject(claim) || typeof claim.id !== "string" || byId.has(claim.id)) return;
    const line = lines?.[index];
    // A claim in a document may take its source from there (DESIGN §9).
    const source = claim.source ?? (typeof claim.document === "string" ? documents.get(claim.document) : undefined);
    byId.set(claim.id, { value: claim.value, source, line: line !== undefined && Number.isInteger(line) && line >= 1 ? line : undefined });
  });
  return byId;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Formats a report as SARIF 2.1.0 JSON (two-space indented, ending in a
 * newline), as GitHub code scanning takes it: every rule with its help,
 * each result with the stable conflict id as its fingerprint
 * (`primaryLocationLineHash`) and at most 1,000 locations, and at most
 * 25,000 results (errors kept first, then warnings, then notes; the run
 * says how many were left out, in a tool notification and in its
 * properties' `resultsLeftOut`). Pass `file` and
 * `claimSet` (as `check` was given it: text, bytes or an object; with
 * `format: "csv"` or `"tsv"` for a claim sheet) to point each result at its
 * claims' lines; `rules` lists the rules that ran (the built-in ones by
 * default).
 *
 * @example
 * const text = fs.readFileSync("claims.json", "utf8");
 * const sarif = formatSarif(check(text), { file: "claims.json", claimSet: text });
 */
export const formatSarif = (report: Report, context: SarifContext = {}): string =>
  JSON.stringify(sarifLogOf([{ report, context }]), null, 2) + "\n";

/**
 * One SARIF log of several reports (the CLI's files): one run, whose
 * artifacts are the files, so that a code-scanning upload is one analysis
 * (GitHub refuses several runs of one tool in one category). The rules are
 * those of the first context. Its properties hold the report's summary and
 * diagnostics, or with several reports, those of each file.
 * @internal
 */
export function sarifLogOf(parts: ReadonlyArray<{ report: Report; context: SarifContext }>) {
  const rules: Array<ReturnType<typeof descriptor> | ReturnType<typeof bareDescriptor>> = [];
  const ruleIndex = new Map<string, number>();
  for (const rule of parts[0]?.context.rules ?? builtinRules) {
    if (ruleIndex.has(rule.meta.id)) continue;
    ruleIndex.set(rule.meta.id, rules.length);
    rules.push(descriptor(rule));
  }
  for (const { report } of parts) {
    for (const conflict of report.conflicts) {
      if (ruleIndex.has(conflict.rule)) continue;
      ruleIndex.set(conflict.rule, rules.length);
      rules.push(bareDescriptor(conflict.rule));
    }
  }

  const artifacts: Array<{ location: { uri: string }; roles: string[] }> = [];
  const artifactIndex = new Map<string, number>();
  const { kept, leftOut } = keptConflicts(parts, MAX_RESULTS);
  const results = parts.flatMap(({ report, context }, part) => {
    const uri = context.file === undefined ? undefined : pathToUri(context.file);
    if (uri !== undefined && !artifactIndex.has(uri)) {
      artifactIndex.set(uri, artifacts.length);
      artifacts.push({ location: { uri }, roles: ["analysisTarget"] });
    }
    const index = uri === undefined ? undefined : artifactIndex.get(uri)!;
    const byId = claimsById(context);

    /** The location of a claim in the file, also naming the group. */
    const claimLocation = (conflict: Conflict, id: string) => {
      const found = byId.get(id);
      const region = found?.line !== undefined ? { region: { startLine: found.line } } : {};
      return {
        physicalLocation: { artifactLocation: { uri: uri!, index: index! }, ...region },
        logicalLocations: [{ name: conflict.group, fullyQualifiedName: conflict.group, kind: "object" }],
        message: { text: claimMessage(id, found) },
      };
    };

    /**
     * One location per claim in the file (at most MAX_LOCATIONS, then as many
     * related locations; the message counts the rest); without a file, the group alone.
     */
    const locate = (conflict: Conflict) => {
      if (uri === undefined) {
        return { locations: [{ logicalLocations: [{ name: conflict.group, fullyQualifiedName: conflict.group, kind: "object" }] }], relatedLocations: undefined, note: "" };
      }
      const { claims } = conflict;
      const locations = claims.slice(0, MAX_LOCATIONS).map((id) => claimLocation(conflict, id));
      if (claims.length <= MAX_LOCATIONS) return { locations, relatedLocations: undefined, note: "" };
      const related = claims.slice(MAX_LOCATIONS, 2 * MAX_LOCATIONS).map((id, i) => ({ id: i, ...claimLocation(conflict, id) }));
      const rest = claims.length - MAX_LOCATIONS - related.length;
      const note =
        ` (${claimCount(claims.length)}: the first ${claimCount(MAX_LOCATIONS)} are located here, the next ${claimCount(related.length)} as related locations` +
        (rest > 0 ? `, and ${groupDigits(rest)} more ${rest === 1 ? "is" : "are"} listed only in the result's properties)` : ")");
      return { locations, relatedLocations: related, note };
    };

    return kept[part]!.map((conflict) => {
      const { locations, relatedLocations, note } = locate(conflict);
      return {
        ruleId: conflict.rule,
        ruleIndex: ruleIndex.get(conflict.rule)!,
        level: LEVEL[conflict.severity],
        message: { text: sarifText(conflict.message) + note },
        locations,
        ...(relatedLocations !== undefined ? { relatedLocations } : {}),
        // The stable id, under the name GitHub code scanning tracks alerts by (it computes one from the text otherwise).
        partialFingerprints: { primaryLocationLineHash: conflict.id, [FINGERPRINT]: conflict.id },
        properties: {
          claims: conflict.claims,
          data: conflict.data,
          ...(conflict.suggestions !== undefined ? { suggestions: conflict.suggestions } : {}),
          ...estimateProperties(report, conflict),
        },
      };
    });
  });

  const properties = {
    ...(parts.length === 1
      ? { summary: parts[0]!.report.summary, diagnostics: parts[0]!.report.diagnostics }
      : {
          files: parts.map(({ report, context }) => ({
            ...(context.file === undefined ? {} : { uri: pathToUri(context.file) }),
            summary: report.summary,
            diagnostics: report.diagnostics,
          })),
        }),
    ...(leftOut > 0 ? { resultsLeftOut: leftOut } : {}),
  };
  // Said as a notification of the tool's run, SARIF's place for what the tool itself has to say, not as a result (which would take a place).
  const invocations =
    leftOut > 0
      ? [
          {
            executionSuccessful: true,
            toolExecutionNotifications: [
              {
                level: "warning",
                message: {
                  text:
                    `${groupDigits(leftOut)} result${leftOut === 1 ? "" : "s"} left out: GitHub code scanning accepts at most ` +
                    `${groupDigits(MAX_RESULTS)} per run; the errors were kept first, then the warnings, then the notes; see the JSON report for all`,
                },
              },
            ],
          },
        ]
      : undefined;
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "corroborate",
            version: parts[0]?.report.tool.version ?? VERSION,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        ...(invocations !== undefined ? { invocations } : {}),
        ...(artifacts.length > 0 ? { artifacts } : {}),
        results,
        properties,
      },
    ],
  };
  return log;
}
