/** How commands read their input: files, standard input, claim sets, JSON; and how problems are located. */
import { formatIssue } from "../model/issues.js";
import { terminalText } from "../formatters/escape.js";
import { BytesOnce, ReadClaims } from "../model/parse.js";
import { readChunked } from "../model/ndjson-stream.js";
import { parseJsonText } from "../model/json-input.js";
import type { ClaimSetContext } from "../model/parse.js";
import { CONTEXT_SECTIONS } from "../model/parse.js";
import { UsageError } from "./args.js";
import type { CliIo } from "./io.js";
import type { Progress } from "./progress.js";
import { createProgress, noProgress } from "./progress.js";

/** Reads a file or standard input, turning system errors into a sentence. @internal */
export function read(path: string, io: CliIo): Uint8Array | string {
  try {
    return io.readFile(path);
  } catch (error) {
    return cannotRead(path, error);
  }
}

/** Why a file or standard input cannot be read, as a sentence. @internal */
export function cannotRead(path: string, error: unknown): string {
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
 * @internal
 */
export function readClaims(
  path: string,
  io: CliIo,
  progress: Progress,
  once = false,
  format: InputFormat = formatFor(path),
): Uint8Array | BytesOnce | ReadClaims | string {
  const whole = (bytes: Uint8Array | string) => (once && typeof bytes !== "string" ? new BytesOnce(bytes) : bytes);
  // Sheets and JSON are read whole; NDJSON (and standard input that may be NDJSON) line by line.
  if ((path !== "-" && format !== "ndjson") || format === "csv" || format === "tsv" || format === "json") return whole(read(path, io));
  try {
    const input = readChunked(io.readChunks(path), format, (bytes, claims) => progress.reading(bytes, claims));
    return input instanceof Uint8Array ? whole(input) : new ReadClaims(input);
  } catch (error) {
    // A system error (with its code) from reading; anything else is a bug.
    if (typeof (error as { code?: unknown }).code !== "string") throw error;
    return cannotRead(path, error);
  }
}

/** A progress line for reading `path` and what follows, on a terminal only. @internal */
export function progressFor(path: string, io: CliIo): Progress {
  return io.stderrIsTTY ? createProgress({ write: (text) => io.stderr(text), now: () => io.now(), total: io.fileSize(path) }) : noProgress;
}

/** How a command's input is read, by `--input-format` or the file's name. @internal */
export type InputFormat = "ndjson" | "csv" | "tsv" | "json" | "auto";

/** The `--input-format` names. @internal */
export const INPUT_FORMATS = ["json", "ndjson", "csv", "tsv"] as const;

/**
 * How to read `path`: as `forced` (`--input-format`) when given, else by its
 * name: .ndjson and .jsonl are NDJSON, .csv and .tsv claim sheets, anything
 * else (standard input too) JSON or NDJSON as its text shows.
 * @internal
 */
export function formatFor(path: string, forced?: string): InputFormat {
  if (forced !== undefined) return forced as InputFormat;
  const name = path.toLowerCase();
  if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) return "ndjson";
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".tsv")) return "tsv";
  return "auto";
}

/** `file: /pointer: message`, or `file:line: /pointer: message` when the line is known. @internal */
export function located(name: string, issue: Parameters<typeof formatIssue>[0]): string {
  const { line, ...rest } = issue;
  // One line per issue: a line break in a name or message is shown as \n, never as a line of its own.
  return `${terminalText(name)}${line === undefined ? "" : `:${line}`}: ${terminalText(formatIssue(rest))}\n`;
}

/**
 * Reads a JSON file (`diff` and `apply`'s inputs, a `--config`, a lexicon);
 * problems are printed, with the file's name, line and pointer (not UTF-8, a
 * syntax error, a repeated key), and give `undefined`.
 * @internal
 */
export function readJsonFile(path: string, io: CliIo, usage = ""): { value: unknown } | undefined {
  const name = path === "-" ? "<stdin>" : path;
  const bytes = read(path, io);
  if (typeof bytes === "string") {
    io.stderr(`corroborate: ${bytes}\n${usage}`);
    return undefined;
  }
  const parsed = parseJsonText(bytes);
  if (parsed.ok) return { value: parsed.value };
  io.stderr(`${terminalText(name)}:${parsed.line}: ${terminalText(`${parsed.pointer === undefined ? "" : `${parsed.pointer}: `}${parsed.message}`)}\n`);
  return undefined;
}

/** Checks an `--input-format` value; a bad one is a usage error. @internal */
export function inputFormatOption(value: string | undefined): InputFormat | undefined {
  if (value === undefined) return undefined;
  if (!(INPUT_FORMATS as readonly string[]).includes(value)) throw new UsageError(`--input-format must be one of ${INPUT_FORMATS.join(", ")}`);
  return value as InputFormat;
}

/** A `--context` file read: its sections, and which of them it gave (issues about them are the file's). @internal */
export interface ReadContext {
  path: string;
  context: ClaimSetContext;
  sections: ReadonlySet<string>;
}

/**
 * Reads a `--context` file: a JSON object with any of `sources`, `entities`,
 * `properties` and `documents` (and `$schema`, for editors). Problems are
 * printed with the file's name and give `undefined`; the sections' own
 * problems are found when the claims are read with them.
 * @internal
 */
export function readContext(path: string, io: CliIo): ReadContext | undefined {
  const read = readJsonFile(path, io);
  if (read === undefined) return undefined;
  const value = read.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    io.stderr(`${path}: a context file is a JSON object with ${CONTEXT_SECTIONS.join(", ")}\n`);
    return undefined;
  }
  const context: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, section] of Object.entries(value)) {
    if (key === "$schema") continue;
    if ((CONTEXT_SECTIONS as readonly string[]).includes(key)) context[key] = section;
    else problems.push(`${path}: /${key}: a context file holds ${CONTEXT_SECTIONS.join(", ")}${key === "claims" ? "; claims belong in the input" : ""}\n`);
  }
  if (problems.length > 0) {
    io.stderr(problems.join(""));
    return undefined;
  }
  return { path, context: context as ClaimSetContext, sections: new Set(Object.keys(context)) };
}

/**
 * The file an issue is about: the `--context` file for the sections it
 * gave, the input otherwise.
 * @internal
 */
export function fileOf(issue: { path: string; code: string }, name: string, context: ReadContext | undefined): string {
  if (context === undefined || issue.code === "duplicate-section") return name;
  const section = issue.path.split("/", 2)[1] ?? "";
  return context.sections.has(section) ? context.path : name;
}
