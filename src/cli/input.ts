/** How commands read their input: files, standard input, claim sets, JSON; and how problems are located. */
import { formatIssue } from "../model/issues.js";
import { terminalText } from "../formatters/escape.js";
import { BytesOnce, ReadClaims } from "../model/parse.js";
import { readChunked } from "../model/ndjson-stream.js";
import { parseJsonText } from "../model/json-input.js";
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
export function readClaims(path: string, io: CliIo, progress: Progress, once = false): Uint8Array | BytesOnce | ReadClaims | string {
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

/** A progress line for reading `path` and what follows, on a terminal only. @internal */
export function progressFor(path: string, io: CliIo): Progress {
  return io.stderrIsTTY ? createProgress({ write: (text) => io.stderr(text), now: () => io.now(), total: io.fileSize(path) }) : noProgress;
}

/** @internal */
export function formatFor(path: string): "ndjson" | "auto" {
  return /\.(ndjson|jsonl)$/i.test(path) ? "ndjson" : "auto";
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
