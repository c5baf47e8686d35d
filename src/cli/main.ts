/**
 * The command line: parses arguments, reads input, prints results, and
 * returns the exit code. `bin.ts` is the only place that touches `process`.
 */
import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import { formatIssue } from "../model/issues.js";
import { claimSetJsonSchema } from "../model/json-schema.js";
import { safeParseClaimSet } from "../model/parse.js";
import { VERSION } from "../version.js";
import type { CliIo } from "./io.js";
import { COMMAND_USAGE, USAGE, USAGE_LINE } from "./usage.js";

/** Exit codes of DESIGN §6. */
export const EXIT = { ok: 0, conflicts: 1, invalid: 2 } as const;

class UsageError extends Error {}

type Command = (args: string[], io: CliIo) => number;

const COMMANDS: Record<string, Command> = { validate, schema };

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
  if (which !== "claim-set") throw new UsageError(`unknown schema "${which}"; available: claim-set`);
  io.stdout(JSON.stringify(claimSetJsonSchema(), null, 2) + "\n");
  return EXIT.ok;
}
