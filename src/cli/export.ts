/**
 * `corroborate export <file|-> --to csv|tsv|ndjson|json`: writes a claim set
 * in another form, such as a claim sheet for a spreadsheet, or a whole JSON
 * claim set from a sheet and its context.
 */
import type { ClaimSet } from "../model/claim-set.js";
import { CONTEXT_SECTIONS, safeParseClaimSet } from "../model/parse.js";
import { writeSheet } from "../model/sheet.js";
import { EXIT, UsageError, parseOptions } from "./args.js";
import { fileOf, formatFor, inputFormatOption, located, readClaims, readContext } from "./input.js";
import type { CliIo } from "./io.js";
import { noProgress } from "./progress.js";
import { outputIsNoInput, writeOutput } from "./output.js";
import { USAGE_LINE } from "./usage.js";

const TARGETS = ["csv", "tsv", "ndjson", "json"] as const;

/** Runs `export`; returns the exit code. @internal */
export function exportCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(args, {
    to: { type: "string", short: "t" },
    output: { type: "string", short: "o" },
    "input-format": { type: "string" },
    context: { type: "string" },
    "context-output": { type: "string" },
  });
  if (positionals.length !== 1) throw new UsageError("export takes one file (or - for standard input)");
  const to = values.to;
  if (to === undefined || !(TARGETS as readonly string[]).includes(to)) throw new UsageError(`--to must be one of ${TARGETS.join(", ")}`);
  const inputFormat = inputFormatOption(values["input-format"]);
  const path = positionals[0]!;
  const name = path === "-" ? "<stdin>" : path;
  const output = values.output === "-" ? undefined : values.output;
  const contextOutput = values["context-output"];
  if (contextOutput !== undefined && contextOutput === values.output) throw new UsageError("--output and --context-output must be two files");
  const inputs = [path, ...(values.context === undefined ? [] : [values.context])];
  for (const target of [output, contextOutput]) if (target !== undefined && !outputIsNoInput(io, target, inputs)) return EXIT.invalid;
  const context = values.context === undefined ? undefined : readContext(values.context, io);
  if (values.context !== undefined && context === undefined) return EXIT.invalid;

  const inputAs = formatFor(path, inputFormat);
  const input = readClaims(path, io, noProgress, true, inputAs);
  if (typeof input === "string") {
    io.stderr(`corroborate: ${input}\n${USAGE_LINE.export}`);
    return EXIT.invalid;
  }
  const result = safeParseClaimSet(input, { format: inputAs, ...(context ? { context: context.context } : {}) });
  if (!result.success) {
    io.stderr(result.error.issues.map((issue) => located(fileOf(issue, name, context), issue)).join(""));
    return EXIT.invalid;
  }
  const claimSet = result.data;

  let text: string;
  if (to === "json") {
    text = `${JSON.stringify(claimSet, null, 2)}\n`;
  } else {
    // A sheet or NDJSON holds claims only: the other sections go to --context-output, never silently away.
    const sections = CONTEXT_SECTIONS.filter((section) => claimSet[section] !== undefined);
    if (sections.length > 0 && contextOutput === undefined) {
      io.stderr(
        `corroborate: ${name} has ${sections.join(", ")}, which ${to === "ndjson" ? "NDJSON" : "a claim sheet"} cannot hold; ` +
          `give --context-output FILE to write them there (for check --context FILE), or --to json (nothing was written)\n`,
      );
      return EXIT.invalid;
    }
    if (to === "ndjson") {
      text = claimSet.claims.map((claim) => `${JSON.stringify(claim)}\n`).join("");
    } else {
      const sheet = writeSheet(claimSet.claims, to as "csv" | "tsv");
      if (!sheet.ok) {
        const lines = sheet.problems.map(({ index, message }) => located(name, { code: "not-in-sheet", path: `/claims/${index}`, message: `claim ${JSON.stringify(claimSet.claims[index]!.id)}: ${message}` }));
        io.stderr(`${lines.join("")}corroborate: a claim sheet cannot hold these claims as they are; fix them, or --to json or ndjson (nothing was written)\n`);
        return EXIT.invalid;
      }
      text = sheet.text;
    }
    if (sections.length > 0 && !writeOutput(io, contextOutput!, `${JSON.stringify(contextOf(claimSet), null, 2)}\n`)) return EXIT.invalid;
  }
  if (output === undefined) io.stdout(text);
  else if (!writeOutput(io, output, text)) return EXIT.invalid;
  if (result.warnings.length > 0) {
    io.stderr(result.warnings.map((issue) => located(fileOf(issue, name, context), { ...issue, message: `warning: ${issue.message}` })).join(""));
  }
  return EXIT.ok;
}

/** The sections of a claim set besides its claims, as a `--context` file holds them. */
function contextOf(claimSet: ClaimSet): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  for (const section of CONTEXT_SECTIONS) if (claimSet[section] !== undefined) context[section] = claimSet[section];
  return context;
}
