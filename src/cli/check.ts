/** `corroborate check <file…|->`: checks claim sets and prints (or writes) the report. */
import { checkDetailed } from "../engine/check.js";
import { formatters } from "../formatters/index.js";
import { sarifLogOf } from "../formatters/sarif.js";
import { formatHtmlReports, TooLargeForPage } from "../formatters/html.js";
import { jsonPieces } from "../formatters/json.js";
import { claimLines } from "../model/json-text.js";
import type { ClaimSet } from "../model/claim-set.js";
import { fieldsAt } from "../model/claim-set.js";
import { ClaimSetError, toPointer } from "../model/issues.js";
import { closest } from "../internal/closest.js";
import type { Config, Report } from "../model/report.js";
import { configSchema } from "../model/report.js";
import { describeShapeIssues } from "../model/shape-issues.js";
import { BytesOnce, ReadClaims } from "../model/parse.js";
import { builtinRules } from "../rules/index.js";
import { EXIT, UsageError, colorOption, parseOptions } from "./args.js";
import { fileOf, formatFor, inputFormatOption, located, progressFor, readClaims, readContext, readJsonFile } from "./input.js";
import type { CliIo } from "./io.js";
import { outputIsNoInput, writeOutput } from "./output.js";
import { USAGE_LINE } from "./usage.js";

/**
 * The line of each checked claim in the input text, for SARIF locations:
 * NDJSON lines (known already when read line by line), or where each
 * element of `claims` starts in JSON.
 */
function linesOf(input: Uint8Array | ReadClaims, indexes: readonly number[] | undefined): number[] {
  let lines: number[];
  if (input instanceof ReadClaims) {
    lines = input.read.lines ?? [];
  } else {
    const text = new TextDecoder().decode(input);
    lines = claimLines(text, "json");
    if (lines.length === 0) lines = claimLines(text, "ndjson"); // auto-detected NDJSON, or a single claim
  }
  return indexes ? indexes.map((i) => lines[i]!) : lines;
}


/** The groups a report's conflicts are in, made from deferred groups (the text and SARIF formats show their estimates). */
function conflictedGroups(report: Report, group: (index: number) => Report["groups"][number], keys: readonly string[]): Report["groups"] {
  const wanted = new Set(report.conflicts.map((conflict) => conflict.group));
  const out: Report["groups"] = [];
  keys.forEach((key, i) => {
    if (wanted.has(key)) out.push(group(i));
  });
  return out;
}

const FORMATS = ["text", "json", "markdown", "sarif", "html"] as const;
const FAIL_ON = ["error", "warning", "info", "none"] as const;
const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The fields a `--config` file may have at a path, for "did you mean" hints. */
function configFields(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return Object.keys(configSchema.shape);
  return path[0] === "properties" ? fieldsAt(path) : [];
}

/** Reads and validates a `--config` file; problems are printed and returned as `undefined`. */
function readConfig(path: string, io: CliIo): Config | undefined {
  const read = readJsonFile(path, io);
  if (read === undefined) return undefined;
  const value = read.value;
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) {
    io.stderr(describeShapeIssues(parsed.error.issues, value, configFields).map((issue) => located(path, issue)).join(""));
    return undefined;
  }
  const known = builtinRules.map((rule) => rule.meta.id);
  const unknown = Object.keys(parsed.data.rules ?? {}).filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    const hint = (id: string) => {
      const nearest = closest(id, known);
      return nearest === undefined ? `the rules are ${known.join(", ")}` : `did you mean "${nearest}"?`;
    };
    io.stderr(unknown.map((id) => `${path}: ${toPointer(["rules", id])}: unknown rule ${JSON.stringify(id)}; ${hint(id)}\n`).join(""));
    return undefined;
  }
  return parsed.data;
}

/** Runs `check`; returns the exit code. @internal */
export function checkCommand(args: string[], io: CliIo): number {
  const { values, positionals, tokens } = parseOptions(args, {
    format: { type: "string", short: "f", default: "text" },
    output: { type: "string", short: "o" },
    "fail-on": { type: "string", default: "error" },
    config: { type: "string", short: "c" },
    lenient: { type: "boolean", default: false },
    color: { type: "boolean" },
    "no-color": { type: "boolean" },
    "input-format": { type: "string" },
    context: { type: "string" },
  });
  if (positionals.length === 0) throw new UsageError("check needs at least one file (or - for standard input)");
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
  const inputFormat = inputFormatOption(values["input-format"]);
  const failOn = values["fail-on"] as string;
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}`);
  // "-" is standard output, as for input.
  const output = values.output === "-" ? undefined : values.output;
  const others = [...(values.config === undefined ? [] : [values.config]), ...(values.context === undefined ? [] : [values.context])];
  if (output !== undefined && !outputIsNoInput(io, output, [...positionals, ...others])) return EXIT.invalid;
  const config = values.config === undefined ? {} : readConfig(values.config, io);
  if (config === undefined) return EXIT.invalid;
  const context = values.context === undefined ? undefined : readContext(values.context, io);
  if (values.context !== undefined && context === undefined) return EXIT.invalid;

  let invalid = false;
  // `json` is what --format json writes: the report, with its groups made as they are written.
  const outputs: Array<{ name: string; report: Report; json: unknown; claimSet: ClaimSet; claimLines?: readonly number[] }> = [];
  for (const path of positionals) {
    const name = path === "-" ? "<stdin>" : path;
    const progress = progressFor(path, io);
    // SARIF locates claims in the text afterwards; otherwise a whole file's bytes go once they are read.
    const inputAs = formatFor(path, inputFormat);
    const input = readClaims(path, io, progress, format !== "sarif", inputAs);
    if (typeof input === "string") {
      progress.done();
      io.stderr(`corroborate: ${input}\n${USAGE_LINE.check}`);
      invalid = true;
      continue;
    }
    try {
      progress.phase("checking");
      const { report, claimSet, indexes, groups, groupKeys, sheetLines } = checkDetailed(
        input,
        { ...config, format: inputAs, lenient: values.lenient, ...(context ? { context: context.context } : {}) },
        // Groups are made only when written: by json as it writes them; text and sarif show only the estimates of groups with conflicts.
        { onGroup: (done, total) => progress.step(done, total, "groups"), deferGroups: format !== "markdown" && format !== "html" },
      );
      const json = groups ? { ...report, groups } : report;
      const shown = groups && groupKeys && format !== "json" ? { ...report, groups: conflictedGroups(report, groups.item, groupKeys) } : report;
      // A sheet's claims are located by the line their row starts on (a quoted cell may hold line breaks: rows are not lines).
      const lines = sheetLines ? { claimLines: sheetLines } : input instanceof BytesOnce ? {} : { claimLines: linesOf(input, indexes) };
      outputs.push({ name, report: shown, json, claimSet, ...lines });
    } catch (error) {
      progress.done();
      if (!(error instanceof ClaimSetError)) throw error;
      io.stderr(error.issues.map((issue) => located(fileOf(issue, name, context), issue)).join(""));
      invalid = true;
    } finally {
      progress.done();
    }
  }

  const formatter = formatters[format as (typeof FORMATS)[number]];
  // --color and --no-color decide; otherwise the terminal and the environment do, for standard output only.
  const color = format === "text" && (colorOption(tokens) ?? (output === undefined && io.color));
  const several = outputs.length > 1 || positionals.length > 1;
  let text: string | Iterable<string>;
  if (format === "json") {
    // Written piece by piece: the report of a million claims is larger than the claim set.
    text = outputs.length > 1 ? jsonPieces(outputs.map(({ json }) => json), 3) : jsonPieces(outputs[0]?.json);
  } else if (format === "sarif") {
    // One SARIF log with one run, whose artifacts are the files. Written in pieces: its results (log → runs → run → results) one by one.
    const parts = outputs.map(({ name, report, claimSet, claimLines }) => ({
      report,
      context: { claimSet, file: name === "<stdin>" ? "stdin.json" : name, ...(claimLines ? { claimLines } : {}) },
    }));
    text = parts.length === 0 ? "" : jsonPieces(sarifLogOf(parts), 4);
  } else if (format === "html") {
    // One page; with several files, a part per file. The file's name titles the page.
    try {
      text = formatHtmlReports(outputs.map(({ name, report, claimSet }) => ({ report, context: { claimSet, ...(name === "<stdin>" ? {} : { file: name }) } })));
    } catch (error) {
      if (!(error instanceof TooLargeForPage)) throw error;
      io.stderr(`corroborate: ${error.message}\n`); // nothing is written
      return EXIT.invalid;
    }
  } else {
    text = outputs
      .map(({ name, report, claimSet }) => formatter(report, { claimSet, color, ...(several ? { file: name } : {}) }))
      .join("\n");
  }
  if (outputs.length > 0) {
    if (output !== undefined) {
      if (!writeOutput(io, output, text)) return EXIT.invalid;
    } else if (typeof text === "string") io.stdout(text);
    else for (const piece of text) io.stdout(piece);
  }
  if (invalid) return EXIT.invalid;
  if (failOn === "none") return EXIT.ok;
  const threshold = RANK[failOn as keyof typeof RANK];
  const failing = outputs.some(({ report }) => report.conflicts.some((conflict) => RANK[conflict.severity] <= threshold));
  return failing ? EXIT.conflicts : EXIT.ok;
}
