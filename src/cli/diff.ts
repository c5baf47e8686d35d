/** `corroborate diff <before> <after>`: compares two reports of check --format json. */
import { diffReports, summarizeDiff } from "../engine/diff.js";
import type { Report } from "../model/report.js";
import { reportSchema } from "../model/report.js";
import { describeShapeIssues } from "../model/shape-issues.js";
import { EXIT, UsageError, parseOptions } from "./args.js";
import { located, readJsonFile } from "./input.js";
import type { CliIo } from "./io.js";
import { USAGE_LINE } from "./usage.js";

/** Reads a report written by `check --format json`; problems are printed with their pointers. */
function readReport(path: string, io: CliIo): Report | undefined {
  const read = readJsonFile(path, io, USAGE_LINE.diff);
  if (read === undefined) return undefined;
  const parsed = reportSchema.safeParse(read.value);
  if (!parsed.success) {
    const name = path === "-" ? "<stdin>" : path;
    io.stderr(describeShapeIssues(parsed.error.issues, read.value).map((issue) => located(name, issue)).join(""));
    return undefined;
  }
  return parsed.data;
}

const DIFF_FORMATS = ["text", "json"] as const;

/** `corroborate diff before.json after.json`: new, resolved and changed conflicts, or the RFC 6902 patch. @internal */
export function diffCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(args, { format: { type: "string", short: "f", default: "text" } });
  if (positionals.length !== 2) throw new UsageError("diff needs two reports: the earlier one, then the later one");
  const format = values.format as string;
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${DIFF_FORMATS.join(", ")}`);
  if (positionals[0] === "-" && positionals[1] === "-") throw new UsageError("only one of the reports can be standard input");
  const before = readReport(positionals[0]!, io);
  const after = readReport(positionals[1]!, io);
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
