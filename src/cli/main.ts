/**
 * The command line: parses arguments, reads input, prints results, and
 * returns the exit code. `bin.ts` is the only place that touches `process`.
 */
import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import { formatIssue } from "../model/issues.js";
import { checkDetailed } from "../engine/check.js";
import { formatters } from "../formatters/index.js";
import type { ClaimSet } from "../model/claim-set.js";
import { ClaimSetError } from "../model/issues.js";
import { schemaFiles } from "../model/json-schema.js";
import type { Config, Report } from "../model/report.js";
import { configSchema } from "../model/report.js";
import { describeShapeIssues } from "../model/shape-issues.js";
import { builtinRules } from "../rules/index.js";
import { safeParseClaimSet } from "../model/parse.js";
import { VERSION } from "../version.js";
import type { CliIo } from "./io.js";
import { COMMAND_USAGE, USAGE, USAGE_LINE } from "./usage.js";

/** Exit codes of DESIGN §6. */
export const EXIT = { ok: 0, conflicts: 1, invalid: 2 } as const;

class UsageError extends Error {}

type Command = (args: string[], io: CliIo) => number;

const COMMANDS: Record<string, Command> = { check: checkCommand, validate, schema };

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
    const code = (error as { code?: string }).code;
    const why =
      code === "ENOENT" ? "no such file" :
      code === "EISDIR" ? "it is a directory" :
      code === "EACCES" || code === "EPERM" ? "permission denied" :
      code === "ERR_FS_FILE_TOO_LARGE" ? "the file is too large to read" :
      "it cannot be read";
    return `cannot read ${path === "-" ? "standard input" : JSON.stringify(path)}: ${why}`;
  }
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
    const input = read(path, io);
    if (typeof input === "string") {
      io.stderr(`corroborate: ${input}\n${USAGE_LINE.validate}`);
      code = EXIT.invalid;
      continue;
    }
    const result = safeParseClaimSet(input, { format: formatFor(path) });
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

const FORMATS = ["text", "json", "markdown"] as const;
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
  if (format === "sarif" || format === "html") throw new UsageError(`--format ${format} is not available in this version`);
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
  const failOn = values["fail-on"] as string;
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}`);
  const config = values.config === undefined ? {} : readConfig(values.config, io);
  if (config === undefined) return EXIT.invalid;

  let invalid = false;
  const outputs: Array<{ name: string; report: Report; claimSet: ClaimSet }> = [];
  for (const path of positionals) {
    const name = path === "-" ? "<stdin>" : path;
    const input = read(path, io);
    if (typeof input === "string") {
      io.stderr(`corroborate: ${input}\n${USAGE_LINE.check}`);
      invalid = true;
      continue;
    }
    try {
      const { report, claimSet } = checkDetailed(input, { ...config, format: formatFor(path), lenient: values.lenient });
      outputs.push({ name, report, claimSet });
    } catch (error) {
      if (!(error instanceof ClaimSetError)) throw error;
      io.stderr(error.issues.map((issue) => located(name, issue)).join(""));
      invalid = true;
    }
  }

  const formatter = formatters[format as (typeof FORMATS)[number]];
  const color = format === "text" && values.output === undefined && io.color;
  const text =
    format === "json" && outputs.length > 1
      ? JSON.stringify(outputs.map(({ report }) => report), null, 2) + "\n"
      : outputs
          .map(({ name, report, claimSet }) =>
            formatter(report, { claimSet, color, ...(outputs.length > 1 || positionals.length > 1 ? { file: name } : {}) }),
          )
          .join("\n");
  if (outputs.length > 0) {
    if (values.output === undefined) io.stdout(text);
    else io.writeFile(values.output, text);
  }
  if (invalid) return EXIT.invalid;
  if (failOn === "none") return EXIT.ok;
  const threshold = RANK[failOn as keyof typeof RANK];
  const failing = outputs.some(({ report }) => report.conflicts.some((conflict) => RANK[conflict.severity] <= threshold));
  return failing ? EXIT.conflicts : EXIT.ok;
}
