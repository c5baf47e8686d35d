/**
 * The command line: parses arguments, reads input, prints results, and
 * returns the exit code. One file per command; `process.ts` wires it to the
 * real process.
 */
import { applyCommand } from "./apply.js";
import { EXIT, UsageError } from "./args.js";
import { checkCommand } from "./check.js";
import { completionCommand } from "./completion.js";
import { diffCommand } from "./diff.js";
import { exportCommand } from "./export.js";
import { extractCommand } from "./extract.js";
import type { CliIo } from "./io.js";
import { OutputError } from "./io.js";
import { whyNotWritten } from "./output.js";
import { terminalLines } from "../formatters/escape.js";
import { schemaCommand } from "./schema.js";
import { COMMAND_USAGE, USAGE, usageHint } from "./usage.js";
import { validateCommand } from "./validate.js";
import { closest } from "../internal/closest.js";
import { VERSION } from "../version.js";

export { EXIT } from "./args.js";

type Command = (args: string[], io: CliIo) => number;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  validate: validateCommand,
  schema: schemaCommand,
  diff: diffCommand,
  apply: applyCommand,
  extract: extractCommand,
  completion: completionCommand,
  export: exportCommand,
};

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code.
 *
 * @example
 * const code = run(["validate", "claims.json"], nodeIo());
 * @internal
 */
export function run(argv: readonly string[], rawIo: CliIo): number {
  // Messages quote the input (file names, ids, values): no control code or bidirectional control in them reaches the terminal.
  const io: CliIo = { ...rawIo, stderr: (text) => rawIo.stderr(terminalLines(text)) };
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
    if (command === undefined) {
      const nearest = name.startsWith("-") ? undefined : closest(name, Object.keys(COMMANDS));
      const what = name.startsWith("-") ? `unknown option ${JSON.stringify(name)}` : `unknown command ${JSON.stringify(name)}`;
      throw new UsageError(`${what}${nearest === undefined ? "" : `; did you mean "${nearest}"?`}`);
    }
    if (rest.includes("-h") || rest.includes("--help")) {
      io.stdout(COMMAND_USAGE[name]!);
      return EXIT.ok;
    }
    return command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // One line and where to read more; the whole help would bury the line.
      io.stderr(`corroborate: ${error.message}\n${usageHint(name !== undefined && Object.hasOwn(COMMANDS, name) ? name : undefined)}`);
      return EXIT.invalid;
    }
    if (error instanceof OutputError) {
      // Standard error may still work (a closed pipe on standard output); if not, the exit code says it.
      io.stderr(`corroborate: cannot write to ${error.stream}: ${whyNotWritten(error)}\n`);
      return EXIT.invalid;
    }
    // A bug, not bad input: say so plainly, without a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`corroborate: internal error: ${message}\nPlease report this with the input that caused it.\n`);
    return EXIT.invalid;
  }
}
