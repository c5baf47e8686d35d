/**
 * Reading claims as they arrive, in byte chunks split anywhere: NDJSON line
 * by line (`NdjsonStream`, from ndjson.ts: only the line being read and the
 * chunk at hand are held, never the whole input), anything else gathered for
 * `readInput`. The result is what `parseClaimSet` reads from the same bytes.
 */
import { NdjsonStream } from "./ndjson.js";
import type { ReadInput } from "./parse.js";

export { NdjsonStream };

/**
 * Whether input that starts with `prefix` is NDJSON as `readInput` reads it
 * in `"auto"` format: `true` when its first non-blank line is a JSON object
 * on its own and more text follows, `false` when that line is something
 * else, `undefined` when the prefix is too short to tell.
 *
 * @example
 * startsNdjson(new TextEncoder().encode('{"id":"a"}\n{"i')); // → true
 * startsNdjson(new TextEncoder().encode('{\n  "claims": [')); // → false
 * @internal
 */
export function startsNdjson(prefix: Uint8Array): boolean | undefined {
  // Invalid bytes become U+FFFD here, as `readInput` decodes input that is not UTF-8 to choose its format.
  let text = new TextDecoder().decode(prefix, { stream: true });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let start = 0;
  for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() === "") continue;
    if (!isObject(line)) return false;
    return text.slice(start).trim() === "" ? undefined : true;
  }
  return undefined;
}

function isObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Reads claims from chunks of bytes: NDJSON line by line, as it arrives;
 * anything else is gathered into one array of bytes for `readInput`. With
 * `"auto"`, up to `peekLimit` bytes are looked at first (`startsNdjson`);
 * input undecided by then is gathered too, which `readInput` reads the same.
 * `onChunk` hears of the bytes read so far and the NDJSON claims among them.
 *
 * @example
 * const bytes = new TextEncoder().encode('{"id":"a"}\n{"id":"b"}\n');
 * readChunked([bytes.subarray(0, 5), bytes.subarray(5)], "auto"); // → { value: { claims: [{ id: "a" }, { id: "b" }] }, lines: [1, 2], … }
 * @internal
 */
export function readChunked(
  chunks: Iterable<Uint8Array>,
  format: "auto" | "ndjson",
  onChunk: (bytes: number, claims: number) => void = () => {},
  peekLimit = 1 << 20,
): ReadInput | Uint8Array {
  const iterator = chunks[Symbol.iterator]();
  let bytes = 0;
  const kept: Uint8Array[] = [];
  let ndjson = format === "ndjson" ? true : undefined;
  while (ndjson === undefined && bytes < peekLimit) {
    const next = iterator.next();
    if (next.done) break;
    kept.push(copy(next.value));
    bytes += next.value.length;
    onChunk(bytes, 0);
    kept.splice(0, kept.length, concat(kept, bytes));
    ndjson = startsNdjson(kept[0]!);
  }
  if (ndjson !== true) {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      kept.push(copy(next.value));
      bytes += next.value.length;
      onChunk(bytes, 0);
    }
    return concat(kept, bytes);
  }
  const stream = new NdjsonStream();
  for (const chunk of kept) stream.push(chunk);
  kept.length = 0;
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    stream.push(next.value);
    bytes += next.value.length;
    onChunk(bytes, stream.claims);
  }
  return stream.end();
}

/**
 * A copy of bytes the caller may reuse. Not `slice()`: on a Node Buffer (the
 * CLI reads into one, reused) that gives a view of the same memory.
 */
function copy(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return all;
}
