/** `corroborate diff <before> <after>`: compares two reports of check --format json. */
import { diffReports, summarizeDiff } from "../engine/diff.js";
import type { Report } from "../model/report.js";
import { reportSchema } from "../model/report.js";
import { describeShapeIssues } from "../model/shape-issues.js";
import { EXIT, UsageError, parseOptions } from "./args.js";
import { parseJsonText } from "../model/json-input.js";
import { readInput } from "../model/parse.js";
import { located, read } from "./input.js";
import type { CliIo } from "./io.js";
import { USAGE_LINE } from "./usage.js";

/** What a file given to `diff` holds: a report, a claim set (the usual mistake), or nothing readable (said already). */
type ReadReport = { report: Report } | { claimSet: true } | undefined;

/** True when `value` is a claim set rather than a report: claims and no conflicts. */
function isClaimSet(value: unknown): boolean {
  return typeof value === "object" && value !== null && Array.isArray((value as { claims?: unknown }).claims) && !("conflicts" in value);
}

/**
 * Reads a report written by `check --format json`; problems are printed with
 * their pointers. A claim set (JSON or NDJSON) is told apart from a broken
 * report, so that the message can say what diff wants instead.
 */
function readReport(path: string, io: CliIo): ReadReport {
  const name = path === "-" ? "<stdin>" : path;
  const bytes = read(path, io);
  if (typeof bytes === "string") {
    io.stderr(`corroborate: ${bytes}\n${USAGE_LINE.diff}`);
    return undefined;
  }
  const parsed = parseJsonText(bytes);
  if (!parsed.ok) {
    if (isClaimSet(readInput(bytes, "auto").value)) return { claimSet: true }; // NDJSON claims
    io.stderr(`${name}:${parsed.line}: ${parsed.pointer === undefined ? "" : `${parsed.pointer}: `}${parsed.message}\n`);
    return undefined;
  }
  const report = reportSchema.safeParse(parsed.value);
  if (report.success) return { report: report.data };
  if (isClaimSet(parsed.value) || isClaimSet(readInput(bytes, "auto").value)) return { claimSet: true }; // a single claim reads as one
  io.stderr(describeShapeIssues(report.error.issues, parsed.value).map((issue) => located(name, issue)).join(""));
  return undefined;
}

/** `claims.json` → `claims.report.json`: where the report of a claim set could go. */
function reportName(path: string): string {
  for (const extension of [".json", ".ndjson", ".jsonl"]) {
    if (path.endsWith(extension)) return `${path.slice(0, -extension.length)}.report.json`;
  }
  return `${path}.report.json`;
}

/** The lines for claim sets given to diff: what diff compares, and how to make it. */
function claimSetsGiven(paths: readonly string[], io: CliIo): void {
  const what = paths.length === 2 ? "these are claim sets" : `${paths[0] === "-" ? "standard input" : JSON.stringify(paths[0])} is a claim set`;
  const make = paths
    .filter((path) => path !== "-")
    .map((path) => `  corroborate check ${JSON.stringify(path)} --format json --output ${JSON.stringify(reportName(path))}\n`)
    .join("");
  io.stderr(`corroborate: ${what}; diff compares reports from check --format json\n${make === "" ? "" : `Write the reports first, then diff them:\n${make}`}`);
}

const DIFF_FORMATS = ["text", "json"] as const;

/** `corroborate diff before.json after.json`: new, resolved and changed conflicts, or the RFC 6902 patch. @internal */
export function diffCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(args, { format: { type: "string", short: "f", default: "text" } });
  if (positionals.length !== 2) throw new UsageError("diff needs two reports: the earlier one, then the later one");
  const format = values.format as string;
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${DIFF_FORMATS.join(", ")}`);
  if (positionals[0] === "-" && positionals[1] === "-") throw new UsageError("only one of the reports can be standard input");
  const files = [readReport(positionals[0]!, io), readReport(positionals[1]!, io)];
  const claimSets = positionals.filter((_, i) => files[i] !== undefined && "claimSet" in files[i]!);
  if (claimSets.length > 0) claimSetsGiven(claimSets, io);
  const [before, after] = files.map((file) => (file !== undefined && "report" in file ? file.report : undefined));
  if (before === undefined || after === undefined) return EXIT.invalid;

  if (format === "json") {
    io.stdout(JSON.stringify(diffReports(before, after), null, 2) + "\n");
    return EXIT.ok;
  }
  const { added, resolved, changed } = summarizeDiff(before, after);
  const line = (mark: string, conflict: Report["conflicts"][number]) => `${mark} ${conflict.severity} ${conflict.rule}: ${conflict.message}\n`;
  io.stdout(
    `${added.length} new, ${resolved.length} resolved, ${changed.length} changed\n` +
      added.map((conflict) => line("+", conflict)).join("") +
      resolved.map((conflict) => line("-", conflict)).join("") +
      changed.map(({ after: conflict }) => line("~", conflict)).join(""),
  );
  return EXIT.ok;
}
