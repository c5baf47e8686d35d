import { LazyList } from "../internal/lazy-list.js";
import type { Formatter } from "./types.js";

/**
 * The report as JSON, two-space indented, ending in a newline: byte-identical
 * for the same input.
 *
 * @example
 * process.stdout.write(formatJson(check(claimSet)));
 */
export const formatJson: Formatter = (report) => JSON.stringify(report, null, 2) + "\n";

/** How many items of a list `jsonPieces` writes with one JSON.stringify call: small enough for texts that die young. */
const ITEMS_AT_ONCE = 16;

/** About how many characters `jsonPieces` gathers into one piece: small enough to die young (not in the large-object space). */
const PIECE_SIZE = 1 << 15;

/**
 * `JSON.stringify(value, null, 2) + "\n"` in pieces of about 32 K characters, for
 * writing a large report without ever holding it as one string (internal:
 * the CLI's `--format json`). The outer `depth` levels of objects and arrays
 * are written member by member; what lies deeper is stringified whole.
 * Values are plain JSON data (no `toJSON`, no cycles); a `LazyList` among
 * them is written as the array of its items, each made as it is written.
 * @internal
 */
export function* jsonPieces(value: unknown, depth = 2): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const part of members(value, "", depth)) {
    parts.push(part);
    size += part.length;
    if (size >= PIECE_SIZE) {
      yield parts.join("");
      parts = [];
      size = 0;
    }
  }
  parts.push("\n");
  yield parts.join("");
}

/** The text of `value` at indentation `indent`, as JSON.stringify with two spaces writes it, in parts. */
function* members(value: unknown, indent: string, depth: number): Generator<string> {
  const lazy = value instanceof LazyList && depth > 0; // deeper, JSON.stringify writes it through its toJSON
  const isArray = lazy || Array.isArray(value);
  if (!lazy && (depth === 0 || typeof value !== "object" || value === null || (value as { toJSON?: unknown }).toJSON !== undefined)) {
    yield indented(value, indent.length / 2);
    return;
  }
  const inner = `${indent}  `;
  const entries: Array<[string | undefined, unknown]> | undefined = lazy
    ? undefined
    : isArray
      ? (value as unknown[]).map((item) => [undefined, item])
      : Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== "function" && typeof item !== "symbol");
  const count = lazy ? (value as LazyList<unknown>).length : entries!.length;
  if (count === 0) {
    yield isArray ? "[]" : "{}";
    return;
  }
  yield isArray ? "[" : "{";
  if (isArray && depth === 1) {
    // Items written whole: several to a JSON.stringify call, which costs less per item than one each.
    const items = lazy ? undefined : (value as unknown[]);
    for (let start = 0; start < count; start += ITEMS_AT_ONCE) {
      const chunk: unknown[] = [];
      for (let i = start; i < Math.min(count, start + ITEMS_AT_ONCE); i++) chunk.push(items ? items[i] : (value as LazyList<unknown>).item(i));
      // The chunk as an array at this indentation, `[` + the items each on a new line + `\n` + indent + `]`: keep the items.
      const text = indented(chunk, indent.length / 2);
      yield `${start === 0 ? "" : ","}${text.slice(1, text.length - indent.length - 2)}`;
    }
    yield `\n${indent}]`;
    return;
  }
  for (let i = 0; i < count; i++) {
    const [key, item] = lazy ? [undefined, (value as LazyList<unknown>).item(i)] : entries![i]!;
    yield `${i === 0 ? "" : ","}\n${inner}${key === undefined ? "" : `${JSON.stringify(key)}: `}`;
    // In arrays, what JSON.stringify cannot write becomes null.
    if (isArray && (item === undefined || typeof item === "function" || typeof item === "symbol")) yield "null";
    else yield* members(item, inner, depth - 1);
  }
  yield `\n${indent}${isArray ? "]" : "}"}`;
}

/**
 * `JSON.stringify(value, null, 2)` as written `level` levels deep: the value
 * is stringified inside `level` one-element arrays, whose brackets are then
 * cut off (cheaper than re-indenting every line).
 */
function indented(value: unknown, level: number): string {
  if (level === 0) return JSON.stringify(value, null, 2);
  let nested: unknown = value;
  for (let i = 0; i < level; i++) nested = [nested];
  const text = JSON.stringify(nested, null, 2);
  const [before, after] = wrapping(level);
  return text.slice(before, text.length - after);
}

/** How many characters the arrays of `indented` add before and after the value. */
function wrapping(level: number): [number, number] {
  let cut = cuts[level];
  if (cut === undefined) {
    let nested: unknown = 0;
    for (let i = 0; i < level; i++) nested = [nested];
    const text = JSON.stringify(nested, null, 2);
    const at = text.indexOf("0");
    cuts[level] = cut = [at, text.length - at - 1];
  }
  return cut;
}

const cuts: Array<[number, number]> = [];
