/**
 * Reading NDJSON, one claim per line, from text or from bytes as they
 * arrive. Each line is read on its own: a line that is not JSON, not UTF-8
 * text or that names a key twice is an issue with its line number, and
 * leaves the claims after it in place.
 */
import type { ClaimSetIssue } from "./issues.js";
import { duplicateKeyIssues, emptyIssue, encodingIssue, syntaxIssue } from "./json-input.js";
import { asBuffer, countKeys, countMembers, countMembersInBytes } from "./json-keys.js";
import type { ReadInput } from "./parse.js";

const LINE_FEED = 0x0a;

/**
 * Reads NDJSON, a block of lines at a time (`readInput` and the
 * streaming reader share it). Blank lines are skipped; a line that cannot be
 * read is an issue and leaves an empty slot, so the claims after it keep
 * their indexes.
 * @internal
 */
export class NdjsonLines {
  private readonly claims: unknown[] = [];
  private readonly lines: number[] = [];
  private readonly issues: ClaimSetIssue[] = [];

  /** How many claims (non-blank lines) were read so far. */
  get count(): number {
    return this.claims.length;
  }

  /**
   * Reads the lines of `text` (split at line feeds), numbered from `first`,
   * and returns the number of its last line (which the next block continues
   * when `text` ends without a line feed). `members` is what `countMembers`
   * gives for the text (or its bytes). Keys written twice are looked for line
   * by line only when the claims of the block have fewer keys than that:
   * every line counts its members (a line that is not JSON, or a string that
   * starts a line with a colon, may count more, never fewer), so an equal
   * count means that no claim repeats a key.
   */
  addLines(text: string, first: number, members: number | undefined): number {
    const claimsBefore = this.claims.length;
    const issuesBefore = this.issues.length;
    let keys = 0;
    let n = first;
    for (let start = 0; ; n++) {
      const end = text.indexOf("\n", start);
      keys += this.add(text.slice(start, end === -1 ? text.length : end), n);
      if (end === -1) break;
      start = end + 1;
    }
    if (members === undefined || members !== keys) this.repeatedKeys(text, first, claimsBefore, issuesBefore);
    return n;
  }

  /** Reads line `n`, given as bytes (without its line feed) that are not UTF-8 text. */
  addNotUtf8(bytes: Uint8Array, n: number): void {
    this.unreadable(encodingIssue(bytes, `/claims/${this.claims.length}`, n), n);
  }

  /** The claims read, with the line of each. */
  result(): ReadInput {
    return { value: { claims: this.claims }, lines: this.lines, issues: this.issues, owned: true };
  }

  /** Reads line `n`, given without its line feed; returns the number of keys of its claim. */
  private add(text: string, n: number): number {
    const line = withoutReturn(text);
    if (line.trim() === "") return 0;
    let claim: unknown;
    try {
      claim = JSON.parse(line);
    } catch {
      this.unreadable(syntaxIssue(line, `/claims/${this.claims.length}`, n - 1), n);
      return 0;
    }
    this.claims.push(claim);
    this.lines.push(n);
    return countKeys(claim);
  }

  /**
   * The repeated keys of the claims read from `text` (the lines from `first`, the claims from `claimsBefore`),
   * line by line, in line order among the other issues of the block. The claims are kept: a repeated key
   * is the claim's problem, which `lenient` skips like any other.
   */
  private repeatedKeys(text: string, first: number, claimsBefore: number, issuesBefore: number): void {
    let index = claimsBefore;
    let found = false;
    for (let start = 0, n = first; start <= text.length; n++) {
      let end = text.indexOf("\n", start);
      if (end === -1) end = text.length;
      const line = withoutReturn(text.slice(start, end));
      start = end + 1;
      if (line.trim() === "") continue;
      const claim = this.claims[index];
      if (typeof claim === "object" && claim !== null) {
        for (const issue of duplicateKeyIssues(line, countKeys(claim), ["claims", index], n - 1)) {
          this.issues.push(issue);
          found = true;
        }
      }
      index++;
    }
    if (!found) return;
    // A line is either unreadable or a claim: sorting the block's issues by line (stably) puts them in line order.
    const block = this.issues.splice(issuesBefore).sort((a, b) => a.line! - b.line!);
    for (const issue of block) this.issues.push(issue);
  }

  private unreadable(issue: ClaimSetIssue, n: number): void {
    this.issues.push(issue);
    this.claims.push(undefined);
    this.lines.push(n);
  }
}

function withoutReturn(text: string): string {
  return text.charCodeAt(text.length - 1) === 0x0d ? text.slice(0, -1) : text;
}

/** Reads NDJSON text whole (`readInput`). @internal */
export function readNdjson(text: string): ReadInput {
  const reader = new NdjsonLines();
  reader.addLines(text, 1, countMembers(text));
  return reader.result();
}

/**
 * An incremental NDJSON reader: `push` chunks of UTF-8 bytes, then `end`.
 * Only whole lines are decoded, many at once; when some of them are not
 * UTF-8 text, they are decoded again one by one, and only the bad ones are
 * lost. (A line feed byte is never part of a multi-byte character, so lines
 * can be cut from bytes.)
 *
 * @example
 * const stream = new NdjsonStream();
 * for (const chunk of chunks) stream.push(chunk);
 * const { value, lines, issues } = stream.end();
 * @internal
 */
export class NdjsonStream {
  // ignoreBOM: each call decodes whole lines, and only the input's first may lose a byte order mark (see `text`).
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  private readonly reader = new NdjsonLines();
  /** The bytes of the line being read, up to the end of the last chunk (copies: callers may reuse their buffers). */
  private partial: Uint8Array[] = [];
  private partialLength = 0;
  /** The number of the next line to read, from 1. */
  private line = 1;

  /** How many claims (non-blank lines) were read so far. */
  get claims(): number {
    return this.reader.count;
  }

  /** Reads a chunk; its bytes are read or copied at once, so the caller may reuse its buffer. */
  push(chunk: Uint8Array): void {
    const last = chunk.lastIndexOf(LINE_FEED);
    if (last === -1) {
      this.keep(chunk);
      return;
    }
    let start = 0;
    if (this.partialLength > 0) {
      // The line begun in earlier chunks ends in this one.
      start = chunk.indexOf(LINE_FEED) + 1;
      this.keep(chunk.subarray(0, start));
      this.readLines(this.takePartial());
    }
    if (start <= last) this.readLines(chunk.subarray(start, last + 1));
    this.keep(chunk.subarray(last + 1));
  }

  /** Reads the last line and returns what was read. */
  end(): ReadInput {
    this.readLine(this.takePartial());
    return this.reader.count === 0 ? { value: undefined, issues: [emptyIssue()] } : this.reader.result();
  }

  /** Reads whole lines: bytes that end with a line feed. */
  private readLines(bytes: Uint8Array): void {
    const text = this.text(bytes);
    if (text !== undefined) {
      // The members are counted from the bytes where a Node Buffer's native search can, else from the text.
      const buffer = asBuffer(bytes);
      const members = buffer ? countMembersInBytes(buffer, 0, buffer.length) : countMembers(text);
      this.line = this.reader.addLines(text, this.line, members); // the line after the last line feed
      return;
    }
    // Some line is not UTF-8: each on its own.
    let start = 0;
    for (let end = bytes.indexOf(LINE_FEED); end !== -1; end = bytes.indexOf(LINE_FEED, start)) {
      this.readLine(bytes.subarray(start, end));
      this.line++;
      start = end + 1;
    }
  }

  /** Reads one line, given as bytes without its line feed. */
  private readLine(bytes: Uint8Array): void {
    const text = this.text(bytes);
    if (text === undefined) this.reader.addNotUtf8(bytes, this.line);
    else this.reader.addLines(text, this.line, countMembers(text));
  }

  /**
   * The text of bytes that begin line `this.line`, or undefined when they are not UTF-8. At the start of
   * the input, up to two byte order marks are dropped, as `readInput` drops them from the whole text (one
   * by the decoder, one more by itself).
   */
  private text(bytes: Uint8Array): string | undefined {
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      return undefined;
    }
    if (this.line === 1) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  }

  private keep(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.partial.push(new Uint8Array(bytes)); // not slice(): on a Node Buffer, a view of memory the caller reuses
    this.partialLength += bytes.length;
  }

  private takePartial(): Uint8Array {
    const parts = this.partial;
    const length = this.partialLength;
    this.partial = [];
    this.partialLength = 0;
    if (parts.length === 1) return parts[0]!;
    const all = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
      all.set(part, offset);
      offset += part.length;
    }
    return all;
  }
}
