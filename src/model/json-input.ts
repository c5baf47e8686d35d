/**
 * What the readers say about JSON input they cannot take as it is: text that
 * is not JSON (with line and column), bytes that are not UTF-8 (with where),
 * and objects that name a key twice (with the pointer and line of the second
 * key). `parseJsonText` puts them together for any JSON file.
 */
import { quote } from "../internal/quote.js";
import type { ClaimSetIssue } from "./issues.js";
import { toPointer } from "./issues.js";
import type { DuplicateKey } from "./json-keys.js";
import { countKeys, countMembers, findDuplicateKeys } from "./json-keys.js";
import { findJsonSyntaxError } from "./json-text.js";
import { byteLineAndColumn, firstInvalidUtf8 } from "./utf8.js";

/** The `invalid-json` issue of text `JSON.parse` refused, at `path`; its line is counted from `lineOffset` + 1. @internal */
export function syntaxIssue(text: string, path: string, lineOffset: number): ClaimSetIssue {
  const error = findJsonSyntaxError(text);
  // JSON.parse failed, so the locator finds an error; the fallback only guards against engine differences.
  const where = error ? ` at column ${error.column}` : "";
  return {
    code: "invalid-json",
    path,
    message: `not valid JSON${where}: ${error?.message ?? "unreadable text"}`,
    line: (error?.line ?? 1) + lineOffset,
  };
}

/**
 * The `invalid-encoding` issue of bytes that are not UTF-8 text: the whole
 * input's (`path` `""`), or one NDJSON line's (`path` its claim, `line` its
 * number), with the offset of the first bad byte.
 * @internal
 */
export function encodingIssue(bytes: Uint8Array, path = "", line?: number): ClaimSetIssue {
  const offset = Math.max(firstInvalidUtf8(bytes), 0);
  const value = bytes[offset];
  const byte = value === undefined ? "" : ` (0x${value.toString(16).toUpperCase().padStart(2, "0")})`;
  const what = line === undefined ? `the file is not UTF-8 text: the byte at offset ${offset}` : `the line is not UTF-8 text: its byte ${offset + 1}`;
  return {
    code: "invalid-encoding",
    path,
    message: `${what}${byte} is not part of a UTF-8 character`,
    line: line ?? byteLineAndColumn(bytes, offset).line,
  };
}

/** The `empty-input` issue. @internal */
export function emptyIssue(): ClaimSetIssue {
  return { code: "empty-input", path: "", message: "the input is empty" };
}

/**
 * The `duplicate-key` issues of valid JSON text whose objects have fewer keys
 * (`keys`, counted on the value parsed from it) than the text has members;
 * none when they have as many. Pointers start at `base`, lines at
 * `lineOffset` + 1.
 * @internal
 */
export function duplicateKeyIssues(text: string, keys: number, base: readonly (string | number)[] = [], lineOffset = 0): ClaimSetIssue[] {
  const members = countMembers(text);
  if (members === keys) return [];
  const { found, more } = findDuplicateKeys(text);
  const issues = found.map((duplicate) => duplicateKeyIssue(duplicate, base, lineOffset));
  if (more) {
    issues.push({
      code: "duplicate-key",
      path: toPointer(base),
      message: `more keys are written twice after line ${found.at(-1)!.line + lineOffset}, too many or too deep to list`,
      line: found.at(-1)!.line + lineOffset,
    });
  }
  return issues;
}

function duplicateKeyIssue(duplicate: DuplicateKey, base: readonly (string | number)[], lineOffset: number): ClaimSetIssue {
  const key = quote(duplicate.key);
  const first = duplicate.firstLine === duplicate.line ? "" : ` (first on line ${duplicate.firstLine + lineOffset})`;
  return {
    code: "duplicate-key",
    path: toPointer([...base, ...duplicate.path]),
    message: `duplicate key ${key}: the object already has this key${first}; only one of the values could be read`,
    line: duplicate.line + lineOffset,
  };
}

/**
 * The result of `parseJsonText`: the value, or the first problem, with the
 * 1-based line and column where it is (a byte column for bytes that are not
 * UTF-8) and, for a duplicate key, the JSON pointer of the second one.
 * @internal
 */
export type JsonTextResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      code: "invalid-encoding" | "invalid-json" | "duplicate-key";
      pointer?: string;
      line: number;
      column: number;
      /** One sentence, without the line or pointer: `not valid JSON at column 12: …`, `duplicate key "rules": …`. */
      message: string;
    };

/**
 * Reads a JSON file's text or bytes as `JSON.parse` does, but refuses what it
 * would read wrong or not at all: bytes that are not UTF-8, text that is not
 * JSON, and an object with a key written twice (which `JSON.parse` reads as
 * the last value, silently). A leading byte order mark is skipped.
 *
 * @internal For the command line's own JSON files (configuration, patches,
 * reports, lexicons); claim sets go through `parseClaimSet`.
 *
 * @example
 * parseJsonText('{"rules": {}, "rules": {"value-changed": "off"}}');
 * // → { ok: false, code: "duplicate-key", pointer: "/rules", line: 1, column: 15, message: 'duplicate key "rules": …' }
 */
export function parseJsonText(input: string | Uint8Array): JsonTextResult {
  const read = readJson(input);
  if (read.ok) return read;
  const [{ code, path, line, column, message }] = read.problems;
  return { ok: false, code, ...(code === "duplicate-key" ? { pointer: path } : {}), line, column, message };
}

/**
 * Reads a JSON document's text or bytes as `parseJsonText` does, giving every
 * problem as an issue (each repeated key, not only the first) (for
 * a claim set given as text to patch).
 * @internal
 */
export function readJsonText(input: string | Uint8Array): { ok: true; value: unknown } | { ok: false; issues: ClaimSetIssue[] } {
  const read = readJson(input);
  return read.ok ? read : { ok: false, issues: read.problems.map(({ column: _, ...issue }) => issue) };
}

interface Problem extends Omit<ClaimSetIssue, "column"> {
  code: "invalid-encoding" | "invalid-json" | "duplicate-key";
  line: number;
  column: number;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function readJson(input: string | Uint8Array): { ok: true; value: unknown } | { ok: false; problems: [Problem, ...Problem[]] } {
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    try {
      text = utf8.decode(input);
    } catch {
      const { line = 1, message } = encodingIssue(input);
      const { column } = byteLineAndColumn(input, Math.max(firstInvalidUtf8(input), 0));
      return { ok: false, problems: [{ code: "invalid-encoding", path: "", message, line, column }] };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const { line = 1, message } = syntaxIssue(text, "", 0);
    return { ok: false, problems: [{ code: "invalid-json", path: "", message, line, column: findJsonSyntaxError(text)?.column ?? 1 }] };
  }
  if (countMembers(text) !== countKeys(value)) {
    const problems = findDuplicateKeys(text).found.map((duplicate): Problem => {
      const { path, message } = duplicateKeyIssue(duplicate, [], 0);
      return { code: "duplicate-key", path, message, line: duplicate.line, column: duplicate.column };
    });
    const [first, ...rest] = problems;
    if (first !== undefined) return { ok: false, problems: [first, ...rest] };
  }
  return { ok: true, value };
}
