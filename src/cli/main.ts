/**
 * The command line: parses arguments, reads input, prints results, and
 * returns the exit code. `bin.ts` is the only place that touches `process`.
 */
import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import { formatIssue } from "../model/issues.js";
import { checkDetailed } from "../engine/check.js";
import { formatters } from "../formatters/index.js";
import { sarifLog } from "../formatters/sarif.js";
import { formatHtmlReports, TooLargeForPage } from "../formatters/html.js";
import { jsonPieces } from "../formatters/json.js";
import { claimLines } from "../model/json-text.js";
import type { ClaimSet } from "../model/claim-set.js";
import { ClaimSetError } from "../model/issues.js";
import { schemaFiles } from "../model/json-schema.js";
import type { Config, Report } from "../model/report.js";
import { configSchema, reportSchema } from "../model/report.js";
import { describeShapeIssues } from "../model/shape-issues.js";
import { builtinRules } from "../rules/index.js";
import { BytesOnce, ReadClaims, safeParseClaimSet } from "../model/parse.js";
import { readChunked } from "../model/ndjson-stream.js";
import { VERSION } from "../version.js";
import { diffReports, summarizeDiff } from "../engine/diff.js";
import { applyClaimSetPatch } from "../engine/patch.js";
import { findJsonSyntaxError } from "../model/json-text.js";
import type { CliIo } from "./io.js";
import type { Progress } from "./progress.js";
import { createProgress, noProgress } from "./progress.js";
import { COMMAND_USAGE, USAGE, USAGE_LINE } from "./usage.js";
import { extractCommand } from "./extract.js";

/** Exit codes of DESIGN §6. */
export const EXIT = { ok: 0, conflicts: 1, invalid: 2 } as const;

class UsageError extends Error {}

type Command = (args: string[], io: CliIo) => number;

const COMMANDS: Record<string, Command> = { check: checkCommand, validate, schema, diff: diffCommand, apply: applyCommand, extract: extractCommand };

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code.
 *
 * @example
 * const code = run(["validate", "claims.json"], nodeIo());
 */
export function run(argv: readonly string[], io: CliIo): number {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === "-h" || name === "--help" || name === "help") {
      (name === undefined ? io.stderr : io.stdout)(USAGE);
      return name === undefined ? EXIT.invalid : EXIT.ok;
    }
    if (name === "-v" || name === "--version") {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (command === undefined) throw new UsageError(`unknown command "${name}"`);
    if (rest.includes("-h") || rest.includes("--help")) {
      io.stdout(COMMAND_USAGE[name]!);
      return EXIT.ok;
    }
    return command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`corroborate: ${error.message}\n\n${name && COMMAND_USAGE[name] && Object.hasOwn(COMMANDS, name) ? COMMAND_USAGE[name] : USAGE}`);
      return EXIT.invalid;
    }
    // A bug, not bad input: say so plainly, without a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`corroborate: internal error: ${message}\nPlease report this with the input that caused it.\n`);
    return EXIT.invalid;
  }
}

function parse<O extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true } as const);
  } catch (error) {
    // node:util's messages name the option; keep only their first sentence.
    const message = error instanceof Error ? error.message.split(/\.\s/)[0]!.replace(/^Unknown option/, "unknown option") : "bad option";
    throw new UsageError(message);
  }
}

/** Reads a file or standard input, turning system errors into a sentence. */
function read(path: string, io: CliIo): Uint8Array | string {
  try {
    return io.readFile(path);
  } catch (error) {
    return cannotRead(path, error);
  }
}

/** Why a file or standard input cannot be read, as a sentence. */
function cannotRead(path: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  const why =
    code === "ENOENT" ? "no such file" :
    code === "EISDIR" ? "it is a directory" :
    code === "EACCES" || code === "EPERM" ? "permission denied" :
    code === "ERR_FS_FILE_TOO_LARGE" ? "the file is too large to read" :
    "it cannot be read";
  return `cannot read ${path === "-" ? "standard input" : JSON.stringify(path)}: ${why}`;
}

/**
 * Reads the claims of `check` and `validate`. NDJSON (an .ndjson or .jsonl
 * file, or standard input that starts as NDJSON) is read line by line as it
 * arrives, so its text is never held whole; anything else as bytes, handed
 * over `once` (to be let go as soon as they are decoded) when nothing needs
 * them afterwards. Gives why the input cannot be read instead.
 */
function readClaims(path: string, io: CliIo, progress: Progress, once = false): Uint8Array | BytesOnce | ReadClaims | string {
  const format = formatFor(path);
  const whole = (bytes: Uint8Array | string) => (once && typeof bytes !== "string" ? new BytesOnce(bytes) : bytes);
  if (path !== "-" && format !== "ndjson") return whole(read(path, io));
  try {
    const input = readChunked(io.readChunks(path), format, (bytes, claims) => progress.reading(bytes, claims));
    return input instanceof Uint8Array ? whole(input) : new ReadClaims(input);
  } catch (error) {
    // A system error (with its code) from reading; anything else is a bug.
    if (typeof (error as { code?: unknown }).code !== "string") throw error;
    return cannotRead(path, error);
  }
}

/** A progress line for reading `path` and what follows, on a terminal only. */
function progressFor(path: string, io: CliIo): Progress {
  return io.stderrIsTTY ? createProgress({ write: (text) => io.stderr(text), now: () => io.now(), total: io.fileSize(path) }) : noProgress;
}

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

function formatFor(path: string): "ndjson" | "auto" {
  return /\.(ndjson|jsonl)$/i.test(path) ? "ndjson" : "auto";
}

function validate(args: string[], io: CliIo): number {
  const { values, positionals } = parse(args, { quiet: { type: "boolean", short: "q" } });
  if (positionals.length === 0) throw new UsageError("validate needs at least one file (or - for standard input)");
  let code: number = EXIT.ok;
  for (const path of positionals) {
    const name = path === "-" ? "<stdin>" : path;
    const progress = progressFor(path, io);
    const input = readClaims(path, io, progress, true);
    if (typeof input === "string") {
      progress.done();
      io.stderr(`corroborate: ${input}\n${USAGE_LINE.validate}`);
      code = EXIT.invalid;
      continue;
    }
    let result: ReturnType<typeof safeParseClaimSet>;
    try {
      progress.phase("validating");
      result = safeParseClaimSet(input, { format: formatFor(path) });
    } finally {
      progress.done();
    }
    if (!result.success) {
      io.stderr(result.error.issues.map((issue) => located(name, issue)).join(""));
      code = EXIT.invalid;
      continue;
    }
    if (result.warnings.length > 0) {
      io.stderr(result.warnings.map((issue) => located(name, { ...issue, message: `warning: ${issue.message}` })).join(""));
    }
    if (!values.quiet) {
      const { claims } = result.data;
      io.stdout(`${name}: valid claim set, ${claims.length} claim${claims.length === 1 ? "" : "s"}\n`);
    }
  }
  return code;
}

/** `file: /pointer: message`, or `file:line: /pointer: message` when the line is known. */
function located(name: string, issue: Parameters<typeof formatIssue>[0]): string {
  const { line, ...rest } = issue;
  return `${name}${line === undefined ? "" : `:${line}`}: ${formatIssue(rest)}\n`;
}

function schema(args: string[], io: CliIo): number {
  const { positionals } = parse(args, {});
  const [which = "claim-set", ...extra] = positionals;
  if (extra.length > 0) throw new UsageError("schema takes one name");
  const schemas = schemaFiles();
  const file = `${which}.schema.json`;
  if (!Object.hasOwn(schemas, file)) {
    const names = Object.keys(schemas).map((name) => name.replace(".schema.json", ""));
    throw new UsageError(`unknown schema "${which}"; available: ${names.join(", ")}`);
  }
  io.stdout(JSON.stringify(schemas[file], null, 2) + "\n");
  return EXIT.ok;
}

const FORMATS = ["text", "json", "markdown", "sarif", "html"] as const;
const FAIL_ON = ["error", "warning", "info", "none"] as const;
const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Reads and validates a `--config` file; problems are printed and returned as `undefined`. */
function readConfig(path: string, io: CliIo): Config | undefined {
  const bytes = read(path, io);
  if (typeof bytes === "string") {
    io.stderr(`corroborate: ${bytes}\n`);
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    io.stderr(`${path}: not valid JSON\n`);
    return undefined;
  }
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) {
    io.stderr(describeShapeIssues(parsed.error.issues, value).map((issue) => located(path, issue)).join(""));
    return undefined;
  }
  const known = new Set(builtinRules.map((rule) => rule.meta.id));
  const unknown = Object.keys(parsed.data.rules ?? {}).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    io.stderr(unknown.map((id) => `${path}: /rules/${id}: unknown rule; the rules are ${[...known].join(", ")}\n`).join(""));
    return undefined;
  }
  return parsed.data;
}

function checkCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parse(args, {
    format: { type: "string", short: "f", default: "text" },
    output: { type: "string", short: "o" },
    "fail-on": { type: "string", default: "error" },
    config: { type: "string", short: "c" },
    lenient: { type: "boolean", default: false },
  });
  if (positionals.length === 0) throw new UsageError("check needs at least one file (or - for standard input)");
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
  const failOn = values["fail-on"] as string;
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}`);
  const config = values.config === undefined ? {} : readConfig(values.config, io);
  if (config === undefined) return EXIT.invalid;

  let invalid = false;
  // `json` is what --format json writes: the report, with its groups made as they are written.
  const outputs: Array<{ name: string; report: Report; json: unknown; claimSet: ClaimSet; claimLines?: number[] }> = [];
  for (const path of positionals) {
    const name = path === "-" ? "<stdin>" : path;
    const progress = progressFor(path, io);
    // SARIF locates claims in the text afterwards; otherwise a whole file's bytes go once they are read.
    const input = readClaims(path, io, progress, format !== "sarif");
    if (typeof input === "string") {
      progress.done();
      io.stderr(`corroborate: ${input}\n${USAGE_LINE.check}`);
      invalid = true;
      continue;
    }
    try {
      progress.phase("checking");
      const { report, claimSet, indexes, groups } = checkDetailed(
        input,
        { ...config, format: formatFor(path), lenient: values.lenient },
        // Groups are made only when written: by json as it writes them; text and sarif never show them.
        { onGroup: (done, total) => progress.step(done, total, "groups"), deferGroups: format !== "markdown" && format !== "html" },
      );
      const json = groups ? { ...report, groups } : report;
      outputs.push({ name, report, json, claimSet, ...(input instanceof BytesOnce ? {} : { claimLines: linesOf(input, indexes) }) });
    } catch (error) {
      progress.done();
      if (!(error instanceof ClaimSetError)) throw error;
      io.stderr(error.issues.map((issue) => located(name, issue)).join(""));
      invalid = true;
    } finally {
      progress.done();
    }
  }

  const formatter = formatters[format as (typeof FORMATS)[number]];
  const color = format === "text" && values.output === undefined && io.color;
  const several = outputs.length > 1 || positionals.length > 1;
  let text: string | Iterable<string>;
  if (format === "json") {
    // Written piece by piece: the report of a million claims is larger than the claim set.
    text = outputs.length > 1 ? jsonPieces(outputs.map(({ json }) => json), 3) : jsonPieces(outputs[0]?.json);
  } else if (format === "sarif") {
    // One SARIF log; each file is a run of its own. Written in pieces: its results (log → runs → run → results) one by one.
    const logs = outputs.map(({ name, report, claimSet, claimLines }) =>
      sarifLog(report, { claimSet, file: name === "<stdin>" ? "stdin.json" : name, ...(claimLines ? { claimLines } : {}) }),
    );
    text = logs.length === 0 ? "" : jsonPieces({ ...logs[0], runs: logs.flatMap((log) => log.runs) }, 4);
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
    if (values.output !== undefined) io.writeFile(values.output, text);
    else if (typeof text === "string") io.stdout(text);
    else for (const piece of text) io.stdout(piece);
  }
  if (invalid) return EXIT.invalid;
  if (failOn === "none") return EXIT.ok;
  const threshold = RANK[failOn as keyof typeof RANK];
  const failing = outputs.some(({ report }) => report.conflicts.some((conflict) => RANK[conflict.severity] <= threshold));
  return failing ? EXIT.conflicts : EXIT.ok;
}

// ---------------------------------------------------------------- diff and apply

/**
 * Reads a JSON file for `diff` and `apply`; problems are printed (with the
 * file's name, and line and column for syntax errors) and give `undefined`.
 */
function readJsonFile(path: string, io: CliIo, usage: string): { value: unknown } | undefined {
  const name = path === "-" ? "<stdin>" : path;
  const bytes = read(path, io);
  if (typeof bytes === "string") {
    io.stderr(`corroborate: ${bytes}\n${usage}`);
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    io.stderr(`${name}: the file is not UTF-8 text\n`);
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { value: JSON.parse(text) };
  } catch {
    const error = findJsonSyntaxError(text);
    io.stderr(error ? `${name}:${error.line}: not valid JSON at column ${error.column}: ${error.message}\n` : `${name}: not valid JSON\n`);
    return undefined;
  }
}

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

/** `corroborate diff before.json after.json`: new, resolved and changed conflicts, or the RFC 6902 patch. */
function diffCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parse(args, { format: { type: "string", short: "f", default: "text" } });
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

/** `corroborate apply claims.json patch.json`: applies an RFC 6902 patch through the safe facade, writing atomically. */
function applyCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parse(args, { output: { type: "string", short: "o" } });
  if (positionals.length !== 2) throw new UsageError("apply needs a claim set and a patch");
  const [claimsPath, patchPath] = positionals as [string, string];
  if (claimsPath === "-" && patchPath === "-") throw new UsageError("only one of the files can be standard input");
  if (formatFor(claimsPath) === "ndjson") {
    io.stderr(`corroborate: apply patches JSON claim sets; ${JSON.stringify(claimsPath)} is NDJSON\n${USAGE_LINE.apply}`);
    return EXIT.invalid;
  }
  const claims = readJsonFile(claimsPath, io, USAGE_LINE.apply);
  const patch = readJsonFile(patchPath, io, USAGE_LINE.apply);
  if (claims === undefined || patch === undefined) return EXIT.invalid;

  const claimsName = claimsPath === "-" ? "<stdin>" : claimsPath;
  const result = applyClaimSetPatch(claims.value, patch.value);
  if (!result.ok) {
    const name = result.target === "patch" ? (patchPath === "-" ? "<stdin>" : patchPath) : claimsName;
    io.stderr(result.issues.map((issue) => located(name, issue)).join(""));
    return EXIT.invalid;
  }
  if (result.warnings.length > 0) {
    io.stderr(result.warnings.map((issue) => located(claimsName, { ...issue, message: `warning: ${issue.message}` })).join(""));
  }
  const text = JSON.stringify(result.document, null, 2) + "\n";
  const output = values.output ?? (claimsPath === "-" ? undefined : claimsPath);
  if (output === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  try {
    io.replaceFile(output, text);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === "ENOENT" ? "no such directory" :
      code === "EISDIR" ? "it is a directory" :
      code === "EACCES" || code === "EPERM" || code === "EROFS" ? "permission denied" :
      "it cannot be written";
    io.stderr(`corroborate: cannot write ${JSON.stringify(output)}: ${why}; nothing was changed\n`);
    return EXIT.invalid;
  }
  const operations = (patch.value as unknown[]).length;
  const count = result.document.claims.length;
  io.stdout(`${output}: applied ${operations} operation${operations === 1 ? "" : "s"}; ${count} claim${count === 1 ? "" : "s"}\n`);
  return EXIT.ok;
}
