/**
 * Duplicate keys in JSON text. `JSON.parse` keeps the last of two members
 * with the same name and drops the other without a word; corroborate refuses
 * such input instead, naming the second key. On a valid file of a million
 * claims this must cost next to nothing, so it takes two steps: the members
 * the text holds are counted (one `:` outside strings each, found by native
 * search), and compared with the keys of the objects parsed from it (which
 * the readers walk anyway). Only when the two differ, or the quick count
 * cannot tell, does a precise scan follow the text token by token to every
 * second key.
 */

// Character codes of JSON's structural characters (the same as their bytes in UTF-8), shared with json-bytes.ts.
/** @internal */
export const QUOTE = 0x22;
/** @internal */
export const BACKSLASH = 0x5c;
/** @internal */
export const COMMA = 0x2c;
/** @internal */
export const COLON = 0x3a;
/** @internal */
export const OPEN_BRACE = 0x7b;
/** @internal */
export const CLOSE_BRACE = 0x7d;
/** @internal */
export const OPEN_BRACKET = 0x5b;
/** @internal */
export const CLOSE_BRACKET = 0x5d;
const LINE_FEED = 0x0a;

/** JSON's whitespace: space, tab, line feed, carriage return. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** How many backslashes come right before `at` (not reaching below `from`). */
function backslashesBefore(text: string, at: number, from = 0): number {
  let n = 0;
  while (at - n - 1 >= from && text.charCodeAt(at - n - 1) === BACKSLASH) n++;
  return n;
}

/**
 * The number of object members in valid JSON text (or in a comma-separated
 * run of JSON values, such as a batch of claims), or `undefined` when this
 * quick count cannot tell (the caller then scans precisely).
 *
 * Each member has exactly one `:` outside strings, and only whitespace
 * between it and its key's closing quote. A `:` inside a string is told apart
 * by the character before it (whitespace skipped):
 * - not a quote: inside a string;
 * - a quote after an odd run of backslashes: an escaped quote, inside a
 *   string (a closing quote always follows an even run: the only escape
 *   that ends in a backslash is `\\`);
 * - any other quote either closes a key (a member) or opens the string the
 *   `:` is in. An opening quote follows `[`, `{`, `,`, `:` or nothing
 *   (whitespace skipped); a closing quote follows the key's last character,
 *   or its opening quote when it is blank. So any other character there
 *   means a key; nothing there means an opening quote; and one of those four
 *   is both (`{"a,": 1}`, `["a", ":"]`): the count gives up.
 *
 * @example
 * countMembers('{"a": "b:c", "d": [{"e": 1}]}'); // → 3
 * countMembers('["x", ": y"]'); // → undefined (a string that starts with a colon)
 * @internal
 */
export function countMembers(text: string): number | undefined {
  let members = 0;
  for (let colon = text.indexOf(":"); colon !== -1; colon = text.indexOf(":", colon + 1)) {
    let j = colon - 1;
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
    if (j < 0 || text.charCodeAt(j) !== QUOTE) continue;
    if (text.charCodeAt(j - 1) === BACKSLASH && backslashesBefore(text, j) % 2 === 1) continue;
    let k = j - 1;
    while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
    if (k < 0) continue; // the text starts with the string the colon is in
    const before = text.charCodeAt(k);
    if (before === OPEN_BRACKET || before === OPEN_BRACE || before === COMMA || before === COLON) return undefined;
    members++;
  }
  return members;
}

/**
 * `countMembers` of the JSON text that `bytes` hold from `start` (where a
 * value starts) to `end`, read from the UTF-8 bytes themselves: JSON's
 * structure is ASCII, and UTF-8 never hides an ASCII byte inside a
 * character. On a Node Buffer, whose `indexOf` is native, this is about
 * twice as fast as searching the decoded text.
 *
 * @example
 * countMembersInBytes(new TextEncoder().encode('[{"a": ":"}]'), 0, 12); // → 1
 * @internal
 */
export function countMembersInBytes(bytes: Uint8Array, start: number, end: number): number | undefined {
  let members = 0;
  for (let colon = bytes.indexOf(COLON, start); colon !== -1 && colon < end; colon = bytes.indexOf(COLON, colon + 1)) {
    let j = colon - 1;
    while (j >= start && isSpace(bytes[j]!)) j--;
    if (j < start || bytes[j] !== QUOTE) continue;
    if (bytes[j - 1] === BACKSLASH) {
      let run = 1;
      while (j - run - 1 >= start && bytes[j - run - 1] === BACKSLASH) run++;
      if (run % 2 === 1) continue;
    }
    let k = j - 1;
    while (k >= start && isSpace(bytes[k]!)) k--;
    if (k < start) continue;
    const before = bytes[k];
    if (before === OPEN_BRACKET || before === OPEN_BRACE || before === COMMA || before === COLON) return undefined;
    members++;
  }
  return members;
}

/**
 * A Node Buffer over the same memory as `bytes` (no copy), for
 * `countMembersInBytes`: its `indexOf` is native; undefined where there is
 * no Buffer (browsers), where searching the decoded text is faster.
 * @internal
 */
export function asBuffer(bytes: Uint8Array): Uint8Array | undefined {
  const NodeBuffer = (globalThis as { Buffer?: { from(data: ArrayBufferLike, offset: number, length: number): Uint8Array } }).Buffer;
  return NodeBuffer?.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The number of keys of every object in a parsed JSON value: arrays and
 * objects at any depth, without recursion. Own keys only, so an object with a
 * duplicate member has one key fewer than its text had members.
 *
 * @example
 * countKeys(JSON.parse('{"a": 1, "b": [{"c": 2}, {}]}')); // → 3
 * @internal
 */
export function countKeys(root: unknown): number {
  // for…in allocates nothing, but visits inherited enumerable keys too (a polluted Object.prototype):
  // then the own keys are listed.
  const own = inheritedKeys();
  let keys = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === "object" && item !== null) stack.push(item);
      }
    } else if (own) {
      for (const name of Object.keys(value)) {
        keys++;
        const item: unknown = (value as Record<string, unknown>)[name];
        if (typeof item === "object" && item !== null) stack.push(item);
      }
    } else {
      for (const name in value) {
        keys++;
        const item: unknown = (value as Record<string, unknown>)[name];
        if (typeof item === "object" && item !== null) stack.push(item);
      }
    }
  }
  return keys;
}

/**
 * Whether objects have inherited enumerable keys (only with a polluted
 * `Object.prototype`): `for…in` then visits more keys than an object's own.
 * @internal
 */
export function inheritedKeys(): boolean {
  for (const _ in {}) return true;
  return false;
}

/** A member whose key an earlier member of the same object already has. @internal */
export interface DuplicateKey {
  /** The key, as `JSON.parse` reads it. */
  key: string;
  /** The path of the second member from the root: keys and array indexes. */
  path: (string | number)[];
  /** Where the second key's opening quote is: offset in the text, 1-based line (counted by `\n`) and column. */
  offset: number;
  line: number;
  column: number;
  /** The 1-based line of the first member with that key. */
  firstLine: number;
}

/** What `findDuplicateKeys` finds. @internal */
export interface DuplicateKeys {
  /** The repeated members, in text order. */
  found: DuplicateKey[];
  /**
   * Whether more repeats follow the last one found: listing each with its
   * path would have taken far more than the text itself (deep in the text,
   * or under long keys), which a reader must not let input make it do.
   */
  more: boolean;
}

/** What a path segment costs to list: its length and a separator (an array index, up to ten digits). */
const cost = (segment: string | number) => 1 + (typeof segment === "number" ? 10 : segment.length);

/**
 * Every member of valid JSON text whose key an earlier member of the same
 * object has, in text order (a key written three times gives two). One pass,
 * no recursion: any nesting depth is safe. The paths found take at most
 * about four times the text's length (`more` says when some were left out;
 * the first is always found). Text that is not valid JSON gives no error,
 * only what its tokens seem to say.
 *
 * @example
 * findDuplicateKeys('{"claims": [{"value": 900, "value": 1400}]}').found[0]?.path; // → ["claims", 0, "value"]
 * @internal
 */
export function findDuplicateKeys(text: string): DuplicateKeys {
  const found: DuplicateKey[] = [];
  /** One entry per open container: for an object, the line of each key seen; for an array, undefined. */
  const seen: (Map<string, number> | undefined)[] = [];
  /** One entry per open container: the current key or index. */
  const path: (string | number)[] = [];
  /** What listing `path` costs (see `cost`), and what the paths found so far cost. */
  let pathCost = 0;
  let spent = 0;
  const budget = 4 * text.length + 65_536;
  let expectKey = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const top = seen.length - 1;
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      const keys = seen[top];
      if (expectKey && keys !== undefined) {
        const key = readKey(text, i, end);
        const first = keys.get(key);
        pathCost += cost(key) - cost(path[top]!);
        path[top] = key;
        if (first === undefined) {
          keys.set(key, line);
        } else {
          spent += pathCost;
          if (found.length > 0 && spent > budget) return { found, more: true };
          found.push({ key, path: path.slice(), offset: i, line, column: i - lineStart + 1, firstLine: first });
        }
        expectKey = false;
      }
      i = end;
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      const segment = code === OPEN_BRACE ? "" : 0;
      seen.push(code === OPEN_BRACE ? new Map() : undefined);
      path.push(segment);
      pathCost += cost(segment);
      expectKey = code === OPEN_BRACE;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      seen.pop();
      if (path.length > 0) pathCost -= cost(path.pop()!);
      expectKey = false;
    } else if (code === COMMA && top >= 0) {
      if (seen[top] === undefined) path[top] = (path[top] as number) + 1;
      else expectKey = true;
    } else if (code === LINE_FEED) {
      line++;
      lineStart = i + 1;
    }
    i++;
  }
  return { found, more: false };
}

/** Where the string whose opening quote is at `start` ends (after its closing quote; the text's end if unclosed). */
function stringEnd(text: string, start: number): number {
  for (let from = start + 1; ; ) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return text.length;
    if (backslashesBefore(text, quote, start + 1) % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** The key written from `start` (its opening quote) to `end`, as `JSON.parse` reads it. */
function readKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  if (!raw.includes("\\")) return raw;
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return raw; // only for text that is not valid JSON
  }
}
