/**
 * `corroborate extract <file|-> --lang ar|en …`: prints the candidate claims
 * of an article as a claim set, for an editor to review, then `check`.
 */
import { extract } from "../extract/extract.js";
import { parseLexicon } from "../extract/lexicon.js";
import type { Lexicon } from "../extract/lexicon.js";
import type { CliIo } from "./io.js";
import { readJsonFile } from "./input.js";
import { outputIsNoInput, writeOutput } from "./output.js";
import { parseOptions } from "./args.js";
import { USAGE_LINE } from "./usage.js";

const INVALID = 2;

function usage(io: CliIo, message: string): number {
  io.stderr(`corroborate: ${message}\n${USAGE_LINE.extract}`);
  return INVALID;
}

function readText(path: string, io: CliIo): string | { error: string } {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" || code === "EPERM" ? "permission denied" : "it cannot be read";
    return { error: `cannot read ${path === "-" ? "standard input" : JSON.stringify(path)}: ${why}` };
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { error: `${path === "-" ? "<stdin>" : path}: the file is not UTF-8 text` };
  }
}

/** Runs `extract`; returns the exit code. @internal */
export function extractCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions(args, {
    lang: { type: "string", short: "l" },
    published: { type: "string" },
    reference: { type: "string" },
    source: { type: "string", short: "s" },
    document: { type: "string", short: "d" },
    lexicon: { type: "string" },
    output: { type: "string", short: "o" },
  });
  if (positionals.length !== 1) return usage(io, "extract reads one article (a file, or - for standard input)");
  if (values.lang !== "ar" && values.lang !== "en") return usage(io, "--lang must be ar or en");

  let lexicon: Lexicon | undefined;
  if (values.lexicon !== undefined) {
    const file = readJsonFile(values.lexicon, io);
    if (file === undefined) return INVALID;
    const json = file.value;
    const read = parseLexicon(json);
    if (!read.ok) {
      io.stderr(read.issues.map((issue) => `${values.lexicon}: ${issue.path || "/"}: ${issue.message}\n`).join(""));
      return INVALID;
    }
    lexicon = read.lexicon;
  }

  if (values.output !== undefined && values.output !== "-" && !outputIsNoInput(io, values.output, [positionals[0]!, ...(values.lexicon === undefined ? [] : [values.lexicon])])) return INVALID;
  const text = readText(positionals[0]!, io);
  if (typeof text !== "string") {
    io.stderr(`corroborate: ${text.error}\n`);
    return INVALID;
  }
  let result;
  try {
    result = extract(text, {
      lang: values.lang,
      ...(values.published !== undefined ? { published: values.published } : {}),
      ...(values.reference !== undefined ? { reference: values.reference } : {}),
      ...(values.source !== undefined ? { source: values.source } : {}),
      ...(values.document !== undefined ? { document: values.document } : {}),
      ...(lexicon !== undefined ? { lexicon } : {}),
    });
  } catch (error) {
    // Bad --published or --reference: the message starts with the option's name.
    if (error instanceof TypeError) return usage(io, `--${error.message}`);
    throw error;
  }
  const output = JSON.stringify(result.claimSet, null, 2) + "\n";
  if (result.truncated) io.stderr(`corroborate: stopped after ${result.candidates.length} candidates\n`);
  if (values.output === undefined || values.output === "-") {
    io.stdout(output);
    return 0;
  }
  return writeOutput(io, values.output, output) ? 0 : INVALID;
}
