/** `corroborate validate <file…|->`: checks that claim sets are well formed. */
import { safeParseClaimSet } from "../model/parse.js";
import { EXIT, UsageError, parseOptions } from "./args.js";
import { fileOf, formatFor, inputFormatOption, located, progressFor, readClaims, readContext } from "./input.js";
import type { CliIo } from "./io.js";
import { USAGE_LINE } from "./usage.js";

/** Runs `validate`; returns the exit code. @internal */
export function validateCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(args, {
    quiet: { type: "boolean", short: "q" },
    "input-format": { type: "string" },
    context: { type: "string" },
  });
  if (positionals.length === 0) throw new UsageError("validate needs at least one file (or - for standard input)");
  const inputFormat = inputFormatOption(values["input-format"]);
  const context = values.context === undefined ? undefined : readContext(values.context, io);
  if (values.context !== undefined && context === undefined) return EXIT.invalid;
  let code: number = EXIT.ok;
  for (const path of positionals) {
    const name = path === "-" ? "<stdin>" : path;
    const progress = progressFor(path, io);
    const inputAs = formatFor(path, inputFormat);
    const input = readClaims(path, io, progress, true, inputAs);
    if (typeof input === "string") {
      progress.done();
      io.stderr(`corroborate: ${input}\n${USAGE_LINE.validate}`);
      code = EXIT.invalid;
      continue;
    }
    let result: ReturnType<typeof safeParseClaimSet>;
    try {
      progress.phase("validating");
      result = safeParseClaimSet(input, { format: inputAs, ...(context ? { context: context.context } : {}) });
    } finally {
      progress.done();
    }
    if (!result.success) {
      io.stderr(result.error.issues.map((issue) => located(fileOf(issue, name, context), issue)).join(""));
      code = EXIT.invalid;
      continue;
    }
    if (result.warnings.length > 0) {
      io.stderr(result.warnings.map((issue) => located(fileOf(issue, name, context), { ...issue, message: `warning: ${issue.message}` })).join(""));
    }
    if (!values.quiet) {
      const { claims } = result.data;
      io.stdout(`${name}: valid claim set, ${claims.length} claim${claims.length === 1 ? "" : "s"}\n`);
    }
  }
  return code;
}
