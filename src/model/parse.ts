/**
 * `parseClaimSet`: from JSON, NDJSON, CSV or TSV text (or an already parsed
 * value) to a typed, checked claim set, or every problem with a JSON pointer
 * (a row and column for sheets).
 */
import type { ClaimDocument, ClaimSet, Entity, PropertyDefinition, Source } from "./claim-set.js";
import { claimSetShape, fieldsAt } from "./claim-set.js";
import type { ClaimSetIssue } from "./issues.js";
import { ClaimSetError, claimPointer } from "./issues.js";
import { readClaimSetBytes } from "./json-bytes.js";
import { duplicateKeyIssues, emptyIssue, encodingIssue, syntaxIssue } from "./json-input.js";
import { countKeys, inheritedKeys } from "./json-keys.js";
import { NdjsonStream, readNdjson } from "./ndjson.js";
import type { SheetCells, SheetDelimiter } from "./sheet.js";
import { locateInSheet, readSheet } from "./sheet.js";
import hasClaimSetShape from "./claim-set-validator.generated.js";
import { CLAIM_VALUE_PATH, describeShapeIssues } from "./shape-issues.js";
import type { ClaimSetAnalysis } from "./validate.js";
import { checkDocument, reservedKeyIssues, sortIssues } from "./validate.js";

/** Options of `parseClaimSet`. */
export interface ParseOptions {
  /**
   * How to read text input: a JSON claim set, NDJSON (one claim per line), a
   * claim sheet (`"csv"` or `"tsv"`: a header row naming claim fields, one
   * claim per row; see the README's "Claim sheets"), or `"auto"` (default):
   * JSON unless the text is several lines of JSON objects, or a single object
   * that is a claim rather than a claim set. Sheets are never guessed.
   */
  format?: "auto" | "json" | "ndjson" | "csv" | "tsv";
  /**
   * The delimiter of a CSV sheet, `","` or `";"`; by default, the one under
   * which the header row's cells name claim fields.
   */
  delimiter?: "," | ";";
  /** Property definitions shared from code (see `defineProperty`); the claim set's own replace them. */
  properties?: readonly PropertyDefinition[];
  /**
   * Sections for input that cannot hold them (NDJSON, sheets), or that holds
   * others: `sources`, `entities` (aliases), `properties` and `documents`. A
   * section given both here and in the input is an error (`duplicate-section`).
   */
  context?: ClaimSetContext;
}

/** The sections a claim set's claims rely on, given apart from them (`ParseOptions.context`, the CLI's `--context`). */
export interface ClaimSetContext {
  sources?: readonly Source[];
  entities?: readonly Entity[];
  properties?: readonly PropertyDefinition[];
  documents?: readonly ClaimDocument[];
}

/** The sections a context may give. @internal */
export const CONTEXT_SECTIONS = ["sources", "entities", "properties", "documents"] as const;

/** The result of `safeParseClaimSet`. */
export type SafeParseResult =
  | { success: true; data: ClaimSet; warnings: ClaimSetIssue[] }
  | { success: false; error: ClaimSetError };

/** Parsed input, with the line of each claim when it came from NDJSON. @internal */
export interface ReadInput {
  value: unknown;
  /** True when `value` was parsed here from text, so nothing outside holds it and it may be kept as read. */
  owned?: boolean;
  lines?: number[];
  issues: ClaimSetIssue[];
  /**
   * True when every claim was found to be plain JSON data of a claim's shape
   * as it was read (a large claim set, read batch by batch): the shape check
   * then only looks at the rest.
   */
  claimsShaped?: boolean;
  /**
   * The JSON text `value` was parsed from, when its duplicate keys are not
   * looked for yet: `analyzeRead` does, with the keys its walk of the value
   * counts (see json-keys.ts).
   */
  text?: string;
  /** For a claim sheet: the row of each claim and the column of each field, which issues are located by. */
  sheet?: SheetCells;
}

const CLAIM_SET_KEYS = ["$schema", "sources", "entities", "properties", "claims"];

const decoder = new TextDecoder("utf-8", { fatal: true });

/** From how many bytes on a JSON claim set is read member by member (see json-bytes.ts). */
const MEMBER_BY_MEMBER = 1 << 20;

/**
 * Input read already, by the CLI's streaming NDJSON reader (not
 * exported from the package); `readInput` takes it as it is.
 * @internal
 */
export class ReadClaims {
  constructor(readonly read: ReadInput) {}
}

/**
 * Bytes that only reading needs (the CLI's whole-file input). They
 * are let go as soon as they are decoded, so that a large file's bytes are
 * not held through the check by the callers that pass them along.
 * @internal
 */
export class BytesOnce {
  #bytes: Uint8Array | undefined;
  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }
  /** The bytes, the first time; afterwards nothing. */
  take(): Uint8Array {
    const bytes = this.#bytes;
    if (bytes === undefined) throw new TypeError("these bytes were read already");
    this.#bytes = undefined;
    return bytes;
  }
}

/** What reading gives for blank input. @internal */
export function emptyInput(): ReadInput {
  return { value: undefined, issues: [emptyIssue()] };
}

/**
 * Turns text (or bytes) into a value; other input is taken as already parsed
 * (the streaming reader's tests compare with it).
 * @internal
 */
export function readInput(input: unknown, format: ParseOptions["format"] = "auto", delimiter?: SheetDelimiter): ReadInput {
  let text: string;
  if (input instanceof BytesOnce) input = input.take();
  const sheet = format === "csv" || format === "tsv";
  if (typeof input === "string") {
    text = input;
  } else if (input instanceof Uint8Array) {
    if (format !== "ndjson" && !sheet && input.length >= MEMBER_BY_MEMBER) {
      // A large claim set: read member by member, never as one string (the text whole only when that fails).
      // Each batch of claims is shape-checked as it is parsed, while it is still in the cache: as a claim set
      // of those claims alone (the schema checks each against its Claim definition).
      // The walk also counts the claims' keys, for the reader's duplicate-key check (see json-keys.ts).
      let shaped = true;
      const exact = !inheritedKeys();
      const value = readClaimSetBytes(input, undefined, (claims) => {
        if (!shaped) return -1;
        let keys = 0;
        for (const claim of claims) {
          const own = plainJsonKeys(claim, CLAIM_DEPTH);
          if (own < 0) {
            shaped = false;
            return -1;
          }
          keys += own;
        }
        shaped = hasClaimSetShape({ claims });
        return exact ? keys : -1;
      });
      if (value !== undefined) return { value, issues: [], owned: true, claimsShaped: shaped };
    }
    try {
      text = decoder.decode(input);
    } catch {
      if (sheet) {
        // Spreadsheets also save "CSV" in a legacy code page (Windows-1252); which one cannot be known.
        const issue = encodingIssue(input);
        return { value: undefined, issues: [{ ...issue, message: `${issue.message}; save the sheet as CSV UTF-8` }] };
      }
      return readNotUtf8(input, format);
    }
    input = undefined; // only the text is needed from here on
  } else if (input instanceof ReadClaims) {
    return input.read;
  } else {
    return { value: input, issues: [] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return emptyInput();
  if (format === "ndjson") return readNdjson(text);
  if (sheet) return { ...readSheet(text, format, delimiter), owned: true };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    if (format === "auto" && looksLikeNdjson(text)) return readNdjson(text);
    return { value: undefined, issues: [syntaxIssue(text, "", 0)] };
  }
  if (format === "auto" && looksLikeClaim(value)) {
    const issues = duplicateKeyIssues(text, countKeys(value), ["claims", 0]);
    return { value: { claims: [value] }, lines: [firstLine(text)], issues, owned: true };
  }
  return { value, issues: [], owned: true, text };
}

/**
 * Reads bytes that are not UTF-8 text: as NDJSON, line by line (only the bad
 * lines are lost), when they are NDJSON, or would be read as NDJSON were their
 * bad bytes replaced; otherwise, the whole input is refused, saying where.
 */
function readNotUtf8(bytes: Uint8Array, format: ParseOptions["format"]): ReadInput {
  let ndjson = format === "ndjson";
  if (format !== "json" && !ndjson) {
    let text = new TextDecoder().decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    ndjson = !parses(text) && looksLikeNdjson(text);
  }
  if (!ndjson) return { value: undefined, issues: [encodingIssue(bytes)] };
  const stream = new NdjsonStream();
  stream.push(bytes);
  return stream.end();
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function looksLikeClaim(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return !keys.some((key) => CLAIM_SET_KEYS.includes(key)) && (keys.includes("subject") || keys.includes("value"));
}

/** Several non-blank lines, the first of which is a JSON object on its own. */
function looksLikeNdjson(text: string): boolean {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  if (lines.length < 2) return false;
  try {
    const first: unknown = JSON.parse(lines[0]!);
    return typeof first === "object" && first !== null && !Array.isArray(first);
  } catch {
    return false;
  }
}

function firstLine(text: string): number {
  let line = 1;
  for (let i = 0; i < text.length && /\s/.test(text[i]!); i++) if (text[i] === "\n") line++;
  return line;
}

/**
 * The shape check, or `undefined` when the input is too large for zod to
 * describe (a RangeError). A value `known` to be plain JSON data that passes
 * the compiled JSON Schema validator (see `analyzeRead`) is taken as read:
 * zod, whose model has no defaults or transforms, would only rebuild an equal
 * copy of it. Anything else goes through zod, which also words every issue.
 */
function shapeOf(value: unknown, known: boolean): ReturnType<typeof claimSetShape.safeParse> | undefined {
  if (known) return { success: true, data: value as ClaimSet };
  try {
    return claimSetShape.safeParse(value);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Deeper than any claim set the model allows (document, claims, claim, value, interval…). */
const PLAIN_DEPTH = 8;
/** The same limit below a claim, two levels down (document, claims). */
const CLAIM_DEPTH = PLAIN_DEPTH - 2;

/** The shape check of a claim set whose claims are known to be plain and well shaped: everything but them. */
function restHasShape(value: Record<string, unknown>): boolean {
  const rest = { ...value, claims: [] };
  return plainJsonKeys(rest) >= 0 && hasClaimSetShape(rest);
}

/**
 * The number of keys the objects in the value have (those `for…in` visits,
 * see `inheritedKeys`), or -1 when the value is not data that JSON text
 * could hold, as the schema validator assumes: plain objects and arrays (not
 * nested `maxDepth` deep or more: deeper than any claim set, by default),
 * strings, finite numbers (JSON such as `1e400` parses to Infinity, which zod
 * refuses and JSON Schema cannot describe), booleans and null. The keys are
 * counted for the duplicate-key check, which compares them with the members
 * of the text (see json-keys.ts).
 */
function plainJsonKeys(root: unknown, maxDepth = PLAIN_DEPTH): number {
  if (typeof root !== "object" || root === null) return isPlainScalar(root) ? 0 : -1;
  // Two stacks rather than one of pairs, and no list of each object's values: a walk over a million
  // claims allocates nothing per value. Only objects and arrays are stacked; scalars are tested in place.
  const stack: object[] = [root];
  const depths: number[] = [0];
  let keys = 0;
  while (stack.length > 0) {
    const value = stack.pop()!;
    const depth = depths.pop()!;
    if (depth >= maxDepth) return -1;
    if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Array.prototype) return -1;
      // Indexes, not for…of: the holes of a sparse array read as undefined, which is refused.
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === "object" && item !== null) {
          stack.push(item);
          depths.push(depth + 1);
        } else if (!isPlainScalar(item)) return -1;
      }
    } else {
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return -1;
      // for…in visits inherited enumerable keys too: only with a polluted Object.prototype, and their
      // values are tested like the rest, so the walk can only be stricter for it.
      for (const key in value) {
        keys++;
        const item: unknown = (value as Record<string, unknown>)[key];
        if (typeof item === "object" && item !== null) {
          stack.push(item);
          depths.push(depth + 1);
        } else if (!isPlainScalar(item)) return -1;
      }
    }
  }
  return keys;
}

/** True for the scalars JSON text can hold: strings, finite numbers, booleans and null. */
function isPlainScalar(value: unknown): boolean {
  return typeof value === "string" || typeof value === "boolean" || value === null || (typeof value === "number" && Number.isFinite(value));
}

/** Adds the NDJSON line of the claim an issue is about. */
function withLine(issue: ClaimSetIssue, lines: readonly number[] | undefined): ClaimSetIssue {
  if (lines === undefined || issue.line !== undefined) return issue;
  const claim = claimPointer(issue.path);
  const line = claim ? lines[claim.index] : undefined;
  return line === undefined ? issue : { ...issue, line };
}

/**
 * Reads and checks a claim set, returning the claim set and what the checker
 * needs (`check` uses it to avoid reading values twice). With
 * `borrow`, a valid object given as input may come back as the claim set
 * itself rather than a copy (`check` only reads it; `parseClaimSet` and
 * sessions, which hand out or freeze the claim set, always copy).
 * @internal
 */
export function analyzeClaimSet(
  input: unknown,
  options: ParseOptions = {},
  borrow = false,
):
  | { success: true; data: ClaimSet; warnings: ClaimSetIssue[]; analysis: ClaimSetAnalysis; sheet?: SheetCells }
  | { success: false; error: ClaimSetError; document?: unknown; sheet?: SheetCells } {
  return analyzeRead(readInput(input, options.format, options.delimiter), options, borrow);
}

/**
 * The input with the sections of `context` added: a section that the input
 * has too, and a name that is no section, are issues. The value is a new
 * object (not owned: the context's items are the caller's).
 */
function withContext(read: ReadInput, context: ClaimSetContext): ReadInput {
  const value = read.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return read;
  const issues: ClaimSetIssue[] = [];
  const merged: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of Object.keys(context)) {
    const section = context[key as keyof ClaimSetContext];
    if (section === undefined) continue;
    if (!(CONTEXT_SECTIONS as readonly string[]).includes(key)) {
      issues.push({ code: "invalid-context", path: "", message: `a context holds ${CONTEXT_SECTIONS.join(", ")}; ${JSON.stringify(key)} is not one of them` });
    } else if (Object.hasOwn(merged, key)) {
      issues.push({ code: "duplicate-section", path: `/${key}`, message: `"${key}" is given both in the claim set and in its context; give each section in one place` });
    } else {
      merged[key] = section;
    }
  }
  // The input's repeated keys are found in its text now: the merged value's keys are not the text's.
  const duplicates = read.text === undefined ? [] : duplicateKeyIssues(read.text, countKeys(value));
  const { text: _text, owned: _owned, ...rest } = read;
  return { ...rest, value: merged, issues: [...read.issues, ...duplicates, ...issues] };
}

/**
 * Checks input already read (the CLI's streaming NDJSON reader
 * reads claims line by line and comes in here).
 * @internal
 */
export function analyzeRead(
  read: ReadInput,
  options: ParseOptions = {},
  borrow = false,
):
  | { success: true; data: ClaimSet; warnings: ClaimSetIssue[]; analysis: ClaimSetAnalysis; sheet?: SheetCells }
  | { success: false; error: ClaimSetError; document?: unknown; sheet?: SheetCells } {
  if (read.value === undefined && read.issues.length > 0 && read.lines === undefined) {
    return { success: false, error: new ClaimSetError(read.issues) };
  }
  if (options.context !== undefined) read = withContext(read, options.context);
  const sheet = read.sheet;
  const located = (issue: ClaimSetIssue) => (sheet === undefined ? withLine(issue, read.lines) : locateInSheet(issue, sheet));
  // A value that may be kept as it is (parsed here from text, or only read by `check`) is walked once, to
  // know that it is plain JSON data (then the compiled validator checks its shape) and to count its keys
  // (then the duplicate-key check needs no walk of its own). With `claimsShaped`, only the rest is walked.
  let keys = -1;
  let known = false;
  if (read.owned === true || borrow) {
    if (read.claimsShaped) {
      known = restHasShape(read.value as Record<string, unknown>);
    } else {
      keys = plainJsonKeys(read.value);
      known = keys >= 0 && hasClaimSetShape(read.value);
    }
  }
  const duplicates = read.text === undefined ? [] : duplicateKeyIssues(read.text, keys >= 0 && !inheritedKeys() ? keys : countKeys(read.value));
  const shape = shapeOf(read.value, known);
  if (shape === undefined) {
    // zod spreads its issue lists into push(...): lists of 100 000+ bad items overflow the stack.
    const issue = { code: "too-large", path: "", message: "the claim set has a list too long to check (100 000 or more items with problems in one list)" };
    return { success: false, error: new ClaimSetError([...duplicates, issue].map(located)), document: read.value };
  }
  // An NDJSON line that is not JSON is already reported; its empty slot needs no second message.
  const unreadable = new Set(read.issues.map((issue) => issue.path));
  const fromReading = new Set(read.issues);
  const shapeIssues = [
    ...read.issues,
    ...(shape.success ? [] : describeShapeIssues(shape.error.issues, read.value, fieldsAt)),
    ...reservedKeyIssues(read.value),
  ].filter((issue) => fromReading.has(issue) || !unreadable.has(issue.path));
  const checked = checkDocument(read.value, shapeIssues, options.properties);
  const precise = new Set(checked.issues.map((issue) => issue.path));
  // Duplicate keys are not given to checkDocument: the field they name is there, and is checked as read.
  const issues = sortIssues([
    ...duplicates,
    ...shapeIssues.filter((issue) => !(CLAIM_VALUE_PATH.test(issue.path) && precise.has(issue.path))),
    ...checked.issues,
  ], read.value).map(located);
  if (issues.length > 0 || !shape.success) {
    return { success: false, error: new ClaimSetError(issues), document: read.value, ...(sheet === undefined ? {} : { sheet }) };
  }
  const warnings = checked.warnings.map(located);
  return { success: true, data: shape.data, warnings, analysis: checked.analysis, ...(sheet === undefined ? {} : { sheet }) };
}

/**
 * Reads a claim set without throwing: `{ success: true, data, warnings }` or
 * `{ success: false, error }` whose `error.issues` name every problem.
 *
 * @example
 * const result = safeParseClaimSet(text);
 * if (!result.success) for (const issue of result.error.issues) console.error(`${issue.path}: ${issue.message}`);
 */
export function safeParseClaimSet(input: unknown, options?: ParseOptions): SafeParseResult {
  const result = analyzeClaimSet(input, options);
  return result.success
    ? { success: true, data: result.data, warnings: result.warnings }
    : { success: false, error: result.error };
}

/**
 * Reads a claim set from JSON or NDJSON text, bytes, or a parsed value, and
 * checks it. Throws `ClaimSetError` listing every problem, each with the JSON
 * pointer of the offending field.
 *
 * @example
 * const claimSet = parseClaimSet('{"claims":[{"id":"a","subject":"us-forces","property":"troop-count","value":"~900","source":"infoplus"}]}');
 * claimSet.claims[0].value; // → "~900"
 */
export function parseClaimSet(input: unknown, options?: ParseOptions): ClaimSet {
  const result = analyzeClaimSet(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
