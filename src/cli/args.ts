/** What every command shares: exit codes, usage errors and option parsing. */
import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";

/** Exit codes of DESIGN §6. @internal */
export const EXIT = { ok: 0, conflicts: 1, invalid: 2 } as const;

/** Bad usage: printed with the command's usage, exit code 2. @internal */
export class UsageError extends Error {}

/** Parses a command's options strictly; an unknown or malformed option is a {@link UsageError}. @internal */
export function parseOptions<O extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true } as const);
  } catch (error) {
    // node:util's messages name the option; keep only their first sentence.
    const message = error instanceof Error ? error.message.split(/\.\s/)[0]!.replace(/^Unknown option/, "unknown option") : "bad option";
    throw new UsageError(message);
  }
}
