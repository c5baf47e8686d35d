/**
 * Reading a large JSON claim set from its bytes without ever holding its
 * whole text: the top-level members are found by a scan of the bytes (JSON's
 * structure is ASCII; UTF-8 never hides a quote or a bracket inside a
 * character), and each member — the `claims` list in batches of about 32 KiB
 * — is decoded and parsed on its own. A two-byte JavaScript string of a 250 MB
 * file takes 500 MB; this way only one small batch is text at a time, and it
 * dies young.
 *
 * The result is the value `JSON.parse` gives for the whole text. Anything out
 * of the ordinary (not an object with a `claims` list, a syntax error, bytes
 * that are not UTF-8, a `__proto__` member, a second byte order mark, a key
 * written twice in any object) gives `undefined`, and the caller reads the
 * text whole, which words every problem.
 */
import { asBuffer, countKeys, countMembers, countMembersInBytes, findDuplicateKeys } from "./json-keys.js";
// Byte values of JSON's structural characters.
import { BACKSLASH, CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, OPEN_BRACE, OPEN_BRACKET, QUOTE } from "./json-keys.js";

/** About how many bytes of claims are parsed at once: small enough for texts that die young (not in the large-object space). */
const BATCH_BYTES = 1 << 15;


/** Thrown inside the scan when the bytes are not the simple case; never escapes this module. */
class NotSimple extends Error {}

/**
 * The value of a JSON document whose top level is an object with a `claims`
 * list, read member by member; `undefined` when the bytes are anything else
 * (`readInput` then reads the text whole). `onClaims` is given each
 * batch of claims as it is parsed and may return the number of keys of their
 * objects, counted as it walks them (or -1): the duplicate-key check then
 * needs no walk of its own.
 *
 * @example
 * readClaimSetBytes(new TextEncoder().encode('{"claims": [{"id": "a"}]}')); // → { claims: [{ id: "a" }] }
 * @internal
 */
export function readClaimSetBytes(
  bytes: Uint8Array,
  batchBytes = BATCH_BYTES,
  onClaims?: (claims: readonly unknown[]) => number,
): Record<string, unknown> | undefined {
  try {
    return new Reader(bytes, batchBytes, onClaims).document();
  } catch (error) {
    // A syntax error (JSON.parse), bytes that are not UTF-8 (TextDecoder) or the scan giving up.
    if (error instanceof NotSimple || error instanceof SyntaxError || error instanceof TypeError) return undefined;
    throw error;
  }
}

class Reader {
  // ignoreBOM: a byte order mark inside the text is a character (which JSON refuses), never skipped.
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  /** The bytes as a Node Buffer (no copy), whose native `indexOf` counts members fastest; undefined elsewhere. */
  private readonly buffer: Uint8Array | undefined;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly batchBytes: number,
    /** Given each batch of claims as it is parsed, while they are still in the cache; gives their keys, or -1. */
    private readonly onClaims?: (claims: readonly unknown[]) => number,
  ) {
    this.buffer = asBuffer(bytes);
  }

  document(): Record<string, unknown> | undefined {
    const { bytes } = this;
    let i = 0;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
    i = this.space(i);
    if (bytes[i] !== OPEN_BRACE) throw new NotSimple();
    const result: Record<string, unknown> = {};
    let sawClaims = false;
    i = this.space(i + 1);
    if (bytes[i] === CLOSE_BRACE) throw new NotSimple(); // `{}`: no claims
    for (;;) {
      if (bytes[i] !== QUOTE) throw new NotSimple();
      const keyEnd = this.string(i);
      const key: unknown = JSON.parse(this.text(i, keyEnd));
      if (typeof key !== "string" || key === "__proto__" || Object.hasOwn(result, key)) throw new NotSimple();
      i = this.space(keyEnd);
      if (bytes[i] !== COLON) throw new NotSimple();
      i = this.space(i + 1);
      let value: unknown;
      if (key === "claims" && bytes[i] === OPEN_BRACKET) {
        [value, i] = this.claims(i);
        sawClaims = true;
      } else {
        const end = this.value(i);
        const text = this.text(i, end);
        value = JSON.parse(text);
        noDuplicateKeys(text, value, -1);
        i = end;
      }
      result[key] = value;
      i = this.space(i);
      if (bytes[i] === COMMA) {
        i = this.space(i + 1);
        continue;
      }
      if (bytes[i] !== CLOSE_BRACE) throw new NotSimple();
      break;
    }
    if (this.space(i + 1) !== bytes.length) throw new NotSimple();
    return sawClaims && Array.isArray(result.claims) ? result : undefined;
  }

  /**
   * The claims list starting at `start` (its `[`), parsed in batches; and where it ends.
   *
   * A batch is cut, without reading it byte by byte, where a claim seems to end: a `}`, `,`, `{` found
   * past the batch's size. The bytes alone cannot tell whether that is inside a string or a nested list,
   * but JSON.parse can: cut there, the batch has an unclosed string or bracket and fails to parse. Then,
   * and for the last batch, the claims are followed byte by byte to a true boundary.
   */
  private claims(start: number): [unknown[], number] {
    const { bytes } = this;
    const claims: unknown[] = [];
    let i = this.space(start + 1);
    if (bytes[i] === CLOSE_BRACKET) return [claims, i + 1];
    for (;;) {
      const cut = this.cut(i + this.batchBytes);
      const fast = cut === -1 ? undefined : this.batch(i, cut);
      if (fast !== undefined) {
        this.take(fast, i, cut, claims);
        i = this.space(cut + 1);
        continue;
      }
      const [end, last] = this.boundary(i);
      const text = `[${this.text(i, end)}]`;
      this.take([JSON.parse(text) as unknown[], text], i, end, claims);
      if (last) return [claims, end + 1];
      i = this.space(end + 1);
    }
  }

  /** Checks a batch of claims, parsed from `text` (the bytes from `start` to `end`), and adds them to `claims`. */
  private take([items, text]: [unknown[], string], start: number, end: number, claims: unknown[]): void {
    const members = this.buffer ? countMembersInBytes(this.buffer, start, end) : countMembers(text);
    noDuplicateKeys(text, items, this.onClaims ? this.onClaims(items) : -1, members);
    for (const item of items) claims.push(item);
  }

  /** The items of the batch from `start` to `end` (a comma), and their text; undefined when it is not a list of whole values. */
  private batch(start: number, end: number): [unknown[], string] | undefined {
    const text = `[${this.text(start, end)}]`;
    try {
      return [JSON.parse(text) as unknown[], text];
    } catch (error) {
      if (error instanceof SyntaxError) return undefined;
      throw error;
    }
  }

  /**
   * The comma of the first `}`, `,`, `{` (spaces allowed between them) whose `{` lies in the batch's
   * size from `from`, or -1: a search of bounded length, so reading stays linear whatever the claims are.
   */
  private cut(from: number): number {
    const { bytes } = this;
    const until = Math.min(bytes.length, from + this.batchBytes);
    for (let at = from; at < until; ) {
      const open = bytes.indexOf(OPEN_BRACE, at);
      if (open === -1 || open >= until) return -1;
      let j = open - 1;
      while (j > from && isSpace(bytes[j]!)) j--;
      if (bytes[j] === COMMA) {
        const comma = j--;
        while (j > from && isSpace(bytes[j]!)) j--;
        if (bytes[j] === CLOSE_BRACE) return comma;
      }
      at = open + 1;
    }
    return -1;
  }

  /**
   * Follows the claims from `start` value by value to the first comma at least a batch's size on, or to
   * the list's `]`: where the batch ends, and whether it is the last.
   */
  private boundary(start: number): [number, boolean] {
    const { bytes } = this;
    for (let i = start; ; ) {
      i = this.space(this.value(this.space(i)));
      if (bytes[i] === COMMA) {
        if (i - start >= this.batchBytes) return [i, false];
        i++;
        continue;
      }
      if (bytes[i] !== CLOSE_BRACKET) throw new NotSimple();
      return [i, true];
    }
  }

  /** Where the JSON value starting at `start` ends: strings and nesting followed, scalars up to a delimiter. */
  private value(start: number): number {
    const { bytes } = this;
    const first = bytes[start];
    if (first === QUOTE) return this.string(start);
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0;
      for (let i = start; i < bytes.length; i++) {
        const b = bytes[i]!;
        if (b === QUOTE) i = this.string(i) - 1;
        else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
        else if ((b === CLOSE_BRACE || b === CLOSE_BRACKET) && --depth === 0) return i + 1;
      }
      throw new NotSimple();
    }
    let i = start;
    while (i < bytes.length) {
      const b = bytes[i]!;
      if (b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET || isSpace(b)) break;
      i++;
    }
    if (i === start) throw new NotSimple();
    return i;
  }

  /** Where the string whose opening quote is at `start` ends (after its closing quote). */
  private string(start: number): number {
    const { bytes } = this;
    // Short strings (keys, ids) byte by byte; past that, the next quote is found natively.
    const near = Math.min(bytes.length, start + 1 + SHORT_STRING);
    for (let i = start + 1; i < near; i++) {
      const b = bytes[i]!;
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) return i + 1;
    }
    let from = near;
    for (;;) {
      const quote = bytes.indexOf(QUOTE, from);
      if (quote === -1) throw new NotSimple();
      // A quote is escaped when an odd run of backslashes comes before it.
      let slashes = 0;
      while (quote - slashes - 1 > start && bytes[quote - slashes - 1] === BACKSLASH) slashes++;
      if (slashes % 2 === 0) return quote + 1;
      from = quote + 1;
    }
  }

  /** The first byte at or after `i` that is not JSON whitespace. */
  private space(i: number): number {
    const { bytes } = this;
    while (i < bytes.length && isSpace(bytes[i]!)) i++;
    return i;
  }

  private text(start: number, end: number): string {
    return this.decoder.decode(this.bytes.subarray(start, end));
  }
}

/**
 * Gives up (for the whole text to be read, which names the keys) when an object in `value`, parsed from
 * `text`, has a key written twice. `keys`, the keys of its objects when the caller counted them (or -1),
 * is compared with the members of the text (`members`, when counted already); only when they differ, or
 * that count cannot tell, is the text scanned for the second key.
 */
function noDuplicateKeys(text: string, value: unknown, keys: number, members = countMembers(text)): void {
  if (members !== undefined && members === (keys < 0 ? countKeys(value) : keys)) return;
  if (findDuplicateKeys(text).found.length > 0) throw new NotSimple();
}

/** How many bytes of a string are read one by one before the closing quote is searched for natively. */
const SHORT_STRING = 16;

/** JSON's whitespace: space, tab, line feed, carriage return. */
function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}
