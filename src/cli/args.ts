/** What every command shares: exit codes, usage errors and option parsing. */
import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import { closest } from "../internal/closest.js";

/** Exit codes of DESIGN §6. @internal */
export const EXIT = { ok: 0, conflicts: 1, invalid: 2 } as const;

/** Bad usage: printed as one line and a hint to the command's help, exit code 2. @internal */
export class UsageError extends Error {}

/**
 * Parses a command's options strictly; an unknown or malformed option is a
 * {@link UsageError} in our words, with the nearest option for a typo.
 * @internal
 */
export function parseOptions<O extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true } as const);
  } catch (error) {
    throw new UsageError(optionProblem(error, options));
  }
}

/** The text between the first pair of single quotes in `message`, if any. */
function quotedPart(message: string): string | undefined {
  const start = message.indexOf("'");
  const end = start === -1 ? -1 : message.indexOf("'", start + 1);
  return end === -1 ? undefined : message.slice(start + 1, end);
}

/**
 * node:util's parse error as a sentence of ours: it names the option
 * (`'--fromat'`, `'-f, --format <value>'`) between quotes, and its code
 * says what is wrong.
 * @internal
 */
export function optionProblem(error: unknown, options: NonNullable<ParseArgsConfig["options"]>): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  let option = quotedPart(message) ?? "";
  // "-f, --format <value>" → "--format"
  const comma = option.indexOf(", ");
  if (comma !== -1) option = option.slice(comma + 2);
  const space = option.indexOf(" ");
  if (space !== -1) option = option.slice(0, space);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const name = option.startsWith("--") ? option.slice(2) : option.slice(1);
    const equals = name.indexOf("=");
    const nearest = closest(equals === -1 ? name : name.slice(0, equals), Object.keys(options));
    return `unknown option ${JSON.stringify(option)}${nearest === undefined ? "" : `; did you mean "--${nearest}"?`}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return message.includes("argument missing") ? `${option} needs a value` : `${option} takes no value`;
  }
  return option === "" ? "these options cannot be read" : `cannot read the option ${JSON.stringify(option)}`;
}

/**
 * Whether the last of `--color` and `--no-color` given was `--color`
 * (`undefined` when neither was): the later one wins, as in git.
 * @internal
 */
export function colorOption(tokens: ReadonlyArray<{ kind: string; name?: string }> | undefined): boolean | undefined {
  let wanted: boolean | undefined;
  for (const token of tokens ?? []) {
    if (token.kind !== "option") continue;
    if (token.name === "color") wanted = true;
    else if (token.name === "no-color") wanted = false;
  }
  return wanted;
}
