/**
 * Claim sheets (DESIGN §9): claims read from CSV or TSV, the form newsrooms
 * keep in spreadsheets. A header row names the claim fields, one column
 * each; `scope.<name>` columns fill `scope`; `attribution` is `;`-separated;
 * an empty cell is an absent field. Each row becomes the claim a JSON claim
 * set would hold, so the rest of reading (shapes, values, ids) is shared, and
 * its problems are located by row and column instead of JSON pointer.
 *
 * RFC 4180 itself (quotes, doubled quotes, line breaks inside quoted cells,
 * CRLF) is Papa Parse's: small, dependency-free, maintained, and the same
 * code in Node, Deno, Bun and browsers.
 */
import Papa from "papaparse";
import type { ParseError } from "papaparse";
import { quote } from "../internal/quote.js";
import { inferValueType } from "../values/index.js";
import type { ClaimSetIssue } from "./issues.js";
import { claimPointer } from "./issues.js";
import { closest } from "../internal/closest.js";

/** The kinds of sheet: comma- (or semicolon-) separated, or tab-separated. @internal */
export type SheetFormat = "csv" | "tsv";

/** The delimiters a CSV sheet may use: `,`, or `;` as spreadsheets write it where the decimal mark is a comma. @internal */
export type SheetDelimiter = "," | ";" | "\t";

/** The claim fields a column may name, in the order `export` writes them (scope columns after `property`). @internal */
export const SHEET_FIELDS = [
  "id",
  "subject",
  "property",
  "value",
  "source",
  "published",
  "asOf",
  "document",
  "attribution",
  "modality",
  "quote",
  "url",
  "note",
] as const;

const REQUIRED = ["id", "subject", "property", "value"];
const SCOPE_PREFIX = "scope.";

/** Where each claim of a sheet came from: its row, and the column of each field. @internal */
export interface SheetCells {
  /** The row of each claim (1 is the header, as spreadsheets number them). */
  rows: number[];
  /** The line of the text each claim's row starts on (1-based; a quoted cell may hold line breaks, so rows and lines differ). */
  lines: number[];
  /** A field's pointer below its claim (`/value`, `/scope/location`) → its column's name. */
  columns: Map<string, string>;
}

/** A sheet read into claims, with its problems located by row and column. @internal */
export interface ReadSheet {
  value: { claims: unknown[] } | undefined;
  issues: ClaimSetIssue[];
  sheet: SheetCells;
}

/**
 * The sheet's records (rows of cells), the line each starts on, and the
 * problems Papa Parse found, each with the index of its record.
 */
function parseRecords(text: string, delimiter: string): { records: string[][]; starts: number[]; errors: ParseError[] } {
  const records: string[][] = [];
  const starts: number[] = [];
  const errors: ParseError[] = [];
  let offset = 0; // where the next record starts
  let line = 1; // the line it starts on
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    header: false,
    // One record at a time, to learn where each starts (`cursor`: the offset after it).
    step: (result) => {
      const index = records.length;
      records.push(result.data);
      starts.push(line);
      for (const error of result.errors) errors.push({ ...error, row: index });
      const end = Math.min(result.meta.cursor, text.length);
      line += lineBreaks(text, offset, end);
      offset = end;
    },
  });
  return { records, starts, errors };
}

/** How many line breaks (CRLF, LF or CR) `text` has from `from` to `to`. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) count++;
    else if (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a) count++;
  }
  return count;
}

/** A column of the header: a claim field, or one scope name. */
interface Column {
  field: (typeof SHEET_FIELDS)[number] | "scope";
  /** The scope name, for `scope.<name>` columns. */
  scope?: string;
  /** How messages name it: the field (`value`), or `scope.<name>`. */
  name: string;
}

/**
 * Reads a sheet's text (without a byte order mark). `delimiter` forces one;
 * otherwise TSV uses tabs, and CSV whichever of `,` and `;` makes the most
 * header cells into column names (`,` on a tie).
 * @internal
 */
export function readSheet(text: string, format: SheetFormat, delimiter?: SheetDelimiter): ReadSheet {
  const chosen = delimiter ?? (format === "tsv" ? "\t" : guessDelimiter(text));
  const { records, starts, errors } = parseRecords(text, chosen);
  const sheet: SheetCells = { rows: [], lines: [], columns: new Map() };
  const header = records[0] ?? [];
  const headerErrors = errors.filter((error) => error.row === 0);
  if (headerErrors.length > 0) {
    return { value: undefined, issues: [{ code: "invalid-sheet", path: "", row: 1, message: `the header row is not readable: ${quoteError(headerErrors[0]!)}` }], sheet };
  }
  const { columns, issues } = readHeader(header);
  if (issues.length > 0) return { value: undefined, issues, sheet };
  for (const column of columns) {
    if (column === undefined || column === null) continue;
    sheet.columns.set(column.field === "scope" ? `/scope/${escapePointer(column.scope!)}` : `/${column.field}`, column.name);
  }

  const rowErrors = new Map<number, ParseError>();
  for (const error of errors) if (!rowErrors.has(error.row!)) rowErrors.set(error.row!, error);
  const claims: unknown[] = [];
  const rowIssues: ClaimSetIssue[] = [];
  for (let r = 1; r < records.length; r++) {
    const cells = records[r]!;
    const row = r + 1;
    const error = rowErrors.get(r);
    // A blank row, or one of spaces only (a CRLF file whose header ends in LF leaves a "\r" in each row).
    if (error === undefined && cells.every((cell) => cell.trim() === "")) continue;
    const path = `/claims/${claims.length}`;
    sheet.rows.push(row);
    sheet.lines.push(starts[r]!);
    if (error !== undefined) {
      rowIssues.push({ code: "invalid-sheet", path, row, message: quoteError(error) });
      claims.push(undefined);
      continue;
    }
    const claim: Record<string, unknown> = {};
    let scope: Record<string, string> | undefined;
    let stray: number | undefined;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]!;
      if (cell === "") continue;
      const column = columns[c];
      if (column === null) continue; // an editor's own column
      if (column === undefined) {
        stray ??= c;
        continue;
      }
      const text = unescapeCell(cell);
      // An own property even for "__proto__", as JSON.parse makes it, so that the reserved name is reported, not lost.
      if (column.field === "scope") Object.defineProperty((scope ??= {}), column.scope!, { value: text, enumerable: true, writable: true, configurable: true });
      else if (column.field === "attribution") claim.attribution = splitNames(text);
      else if (column.field === "value") claim.value = cellValue(text);
      else claim[column.field] = text;
    }
    if (scope !== undefined) claim.scope = scope;
    if (stray !== undefined) {
      const more = stray >= header.length;
      rowIssues.push({
        code: "invalid-sheet",
        path,
        row,
        message: more
          ? `the row has ${cells.length} cells but the header names ${header.length} columns` +
            (chosen === "," ? `; a cell holding the delimiter, such as "1,400", must be quoted` : "")
          : `cell ${stray + 1} has text but its column has no name in the header`,
      });
      claims.push(undefined);
      continue;
    }
    claims.push(claim);
  }
  figuresAsNumbers(claims);
  return { value: { claims }, issues: rowIssues, sheet };
}

/** Four ASCII digits and nothing else: `"1400"`. */
function isFourDigits(text: string): boolean {
  if (text.length !== 4) return false;
  for (let i = 0; i < 4; i++) if (text.charCodeAt(i) < 48 || text.charCodeAt(i) > 57) return false;
  return true;
}

/**
 * A cell of four digits is a year in the value grammar's strings, and an
 * undeclared property takes its type from its first value: a sheet's
 * troop counts starting with 2000 would be read as dates. A sheet has no
 * types, so its columns decide: the four-digit cells of a property that
 * also has a figure only a quantity can be (`900`, `~1,400`, `>=70`) are
 * numbers. A property whose figures are all four digits stays as JSON
 * strings read it (years) unless declared.
 */
function figuresAsNumbers(claims: unknown[]): void {
  const quantities = new Set<unknown>();
  for (const claim of claims) {
    const { property, value } = (claim ?? {}) as { property?: unknown; value?: unknown };
    if (typeof value === "string" && inferValueType(value) === "quantity") quantities.add(property);
  }
  if (quantities.size === 0) return;
  for (const claim of claims) {
    const row = (claim ?? {}) as { property?: unknown; value?: unknown };
    if (typeof row.value === "string" && isFourDigits(row.value) && quantities.has(row.property)) row.value = Number(row.value);
  }
}

/** The header's columns (`undefined` for a blank header cell, `null` for a `#` column), or why it cannot be read. */
function readHeader(header: readonly string[]): { columns: Array<Column | null | undefined>; issues: ClaimSetIssue[] } {
  const issues: ClaimSetIssue[] = [];
  // undefined: a blank name, whose cells must be empty; null: a # column, never read.
  const columns: Array<Column | null | undefined> = [];
  const seen = new Map<string, number>();
  const headerIssue = (column: string | undefined, message: string) =>
    issues.push({ code: "invalid-header", path: "", row: 1, ...(column === undefined ? {} : { column }), message });
  header.forEach((written, c) => {
    const name = written.trim();
    if (name === "" || name.startsWith("#")) {
      columns.push(name === "" ? undefined : null);
      return;
    }
    let column: Column | undefined;
    if (isScopeName(name)) {
      const scope = name.slice(SCOPE_PREFIX.length).trim();
      if (scope === "") headerIssue(undefined, `column ${c + 1} is named "${name}": name the scope's qualifier, as in scope.location`);
      else column = { field: "scope", scope, name: `${SCOPE_PREFIX}${scope}` };
    } else {
      const field = fieldNamed(name);
      if (field !== undefined) column = { field, name: field };
      else {
        const hint = name.length === 5 && name.toLowerCase() === "scope" ? "; name the scope's qualifier, as in scope.location" : didYouMean(name);
        headerIssue(undefined, `column ${c + 1}: unknown column ${quote(name)}${hint} (columns name claim fields: ${SHEET_FIELDS.join(", ")}, scope.<name>; a column whose name starts with # is not read)`);
      }
    }
    if (column !== undefined) {
      const first = seen.get(column.name);
      if (first !== undefined) headerIssue(undefined, `columns ${first + 1} and ${c + 1} are both ${quote(column.name)}`);
      else seen.set(column.name, c);
    }
    columns.push(column);
  });
  for (const field of REQUIRED) {
    if (!seen.has(field)) headerIssue(undefined, `the header has no ${quote(field)} column; a claim sheet needs ${REQUIRED.join(", ")}`);
  }
  return { columns, issues };
}

/** Whether a header cell names a scope column: `scope.` in any case. */
function isScopeName(name: string): boolean {
  return name.slice(0, SCOPE_PREFIX.length).toLowerCase() === SCOPE_PREFIX;
}

/** The claim field a header cell names, in any case; never lowercases a long cell, which names none. */
function fieldNamed(name: string): (typeof SHEET_FIELDS)[number] | undefined {
  if (name.length > 16) return undefined;
  const lower = name.toLowerCase();
  return SHEET_FIELDS.find((known) => known.toLowerCase() === lower);
}

function didYouMean(name: string): string {
  const hint = closest(name, SHEET_FIELDS);
  return hint === undefined ? "" : `; did you mean "${hint}"?`;
}

/**
 * The delimiter of a CSV sheet: the one of `,` and `;` under which more cells
 * of the first row are column names. European spreadsheets write `;` where
 * the decimal mark is a comma.
 */
function guessDelimiter(text: string): SheetDelimiter {
  const known = (delimiter: SheetDelimiter): number => {
    const first = Papa.parse<string[]>(text, { delimiter, quoteChar: '"', preview: 1, header: false }).data[0] ?? [];
    let count = 0;
    for (const cell of first) {
      const name = cell.trim();
      if (isScopeName(name) || fieldNamed(name) !== undefined) count++;
    }
    return count;
  };
  return known(";") > known(",") ? ";" : ",";
}

/** A value cell: TRUE and FALSE (as spreadsheets write booleans, in any case) are booleans; anything else is read as the JSON value string would be. */
function cellValue(text: string): string | boolean {
  const lower = text.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  return text;
}

/** The names of an `attribution` cell: `;`-separated, each trimmed; empty ones (a trailing `;`) are not names. */
function splitNames(text: string): string[] {
  const names: string[] = [];
  for (const part of text.split(";")) {
    const name = part.trim();
    if (name !== "") names.push(name);
  }
  return names;
}

/** Characters a spreadsheet reads as the start of a formula, and the apostrophe that guards them. */
function isFormulaStart(c: string | undefined): boolean {
  return c === "=" || c === "+" || c === "-" || c === "@" || c === "\t" || c === "\r" || c === "'";
}

/**
 * A cell as its claim holds it: a leading apostrophe that guards a formula
 * character (`'=…`, `'-…`, `''…`), as spreadsheets and `export` write text
 * that must not run as a formula, is dropped.
 * @internal
 */
export function unescapeCell(cell: string): string {
  return cell[0] === "'" && isFormulaStart(cell[1]) ? cell.slice(1) : cell;
}

/**
 * A cell as `export` writes it: text that a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is
 * guarded by a leading apostrophe, and so is text that starts with one;
 * plain numbers (`-5`, `-1,400.5`) are left as they are. `unescapeCell`
 * reads it back.
 * @internal
 */
export function escapeCell(text: string): string {
  return isFormulaStart(text[0]) && !isPlainNumber(text) ? `'${text}` : text;
}

/** `-` or `+`, then digits, `,` and `.` only, with a digit: a number, never a formula. */
function isPlainNumber(text: string): boolean {
  let digits = 0;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 44 && c !== 46) return false;
  }
  return (text[0] === "-" || text[0] === "+") && digits > 0;
}

function quoteError(error: ParseError): string {
  switch (error.code) {
    case "MissingQuotes":
      return "a quoted cell is never closed: a \" opens it and no \" ends it, so the rest of the file is read into it";
    case "InvalidQuotes":
      return "a quoted cell goes on after its closing quote; write a \" inside a quoted cell as \"\" (the rows up to the next quote may be read into this one)";
    default:
      return error.message;
  }
}

function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

function unescapePointer(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** The column of a field's pointer below its claim: the sheet's, or the field's own name when the sheet has no such column. */
function columnOf(rest: string, sheet: SheetCells): string | undefined {
  if (rest === "") return undefined;
  const segments = rest.split("/");
  const key = segments[1] === "scope" && segments.length > 2 ? `/scope/${segments[2]}` : `/${segments[1]}`;
  return sheet.columns.get(key) ?? (key.startsWith("/scope/") ? `${SCOPE_PREFIX}${unescapePointer(key.slice(7))}` : key.slice(1));
}

/**
 * An issue of a claim read from a sheet, located by row and column; the
 * claims its message points at (`/claims/3`) are named by their rows.
 * @internal
 */
export function locateInSheet(issue: ClaimSetIssue, sheet: SheetCells): ClaimSetIssue {
  const message = rowsInMessage(issue.message, sheet);
  if (issue.row !== undefined) return message === issue.message ? issue : { ...issue, message };
  const claim = claimPointer(issue.path);
  const row = claim ? sheet.rows[claim.index] : undefined;
  if (claim === undefined || row === undefined) return message === issue.message ? issue : { ...issue, message };
  const column = columnOf(claim.rest, sheet);
  return { ...issue, message, row, ...(column === undefined ? {} : { column }) };
}

/** `… already used by /claims/3` → `… already used by row 5`; `/claims/3/value` → `row 5, column value`. */
function rowsInMessage(message: string, sheet: SheetCells): string {
  const marker = "/claims/";
  let at = message.indexOf(marker);
  if (at < 0) return message;
  let out = "";
  let from = 0;
  while (at >= 0) {
    let end = at + marker.length;
    while (end < message.length && message.charCodeAt(end) >= 48 && message.charCodeAt(end) <= 57) end++;
    const row = end > at + marker.length ? sheet.rows[Number(message.slice(at + marker.length, end))] : undefined;
    if (row === undefined) {
      out += message.slice(from, end);
    } else {
      let restEnd = end;
      if (message[end] === "/") while (restEnd < message.length && isPointerCharacter(message.charCodeAt(restEnd))) restEnd++;
      const column = columnOf(message.slice(end, restEnd), sheet);
      out += `${message.slice(from, at)}row ${row}${column === undefined ? "" : `, column ${column}`}`;
      end = restEnd;
    }
    from = end;
    at = message.indexOf(marker, end);
  }
  return out + message.slice(from);
}

/** Letters, digits, `/`, `~`, `_` and `-`: what pointers in messages are written with. */
function isPointerCharacter(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 126 || c === 95 || c === 45;
}

/** A claim as a sheet's row holds it: each column's cell. */
type Claimish = Readonly<Record<string, unknown>> & { scope?: Readonly<Record<string, string>> };

/**
 * A quantity object in the value grammar (`{ "amount": 1400, "approx": true }`
 * is `~1400`), or `undefined` when it has a unit, which the grammar cannot say.
 */
function quantityText(value: Readonly<Record<string, unknown>>, numberCell: (n: number) => string): string | undefined {
  if (value.unit !== undefined) return undefined;
  const { amount, min, max } = value as { amount?: number; min?: number; max?: number };
  if (amount !== undefined) return value.approx === true ? `~${String(amount)}` : numberCell(amount);
  const minExclusive = value.minExclusive === true;
  const maxExclusive = value.maxExclusive === true;
  if (max === undefined) return `${minExclusive ? ">" : ">="}${String(min)}`;
  if (min === undefined) return `${maxExclusive ? "<" : "<="}${String(max)}`;
  if (!minExclusive && !maxExclusive) return `${String(min)}..${String(max)}`;
  return `${minExclusive ? "(" : "["}${String(min)}..${String(max)}${maxExclusive ? ")" : "]"}`;
}

/**
 * A number as a cell: as JSON writes it, except 1000 to 9999 grouped
 * (`1,400`) when `group`, since four digits alone read as a year unless
 * their column has other figures (see `figuresAsNumbers`).
 */
function numberText(n: number, group: boolean): string {
  return group && Number.isInteger(n) && n >= 1000 && n <= 9999 ? `${Math.trunc(n / 1000)},${String(n % 1000).padStart(3, "0")}` : String(n);
}

/** A claim's value as its cell, or why a sheet cannot hold it; `group` as for `numberText`. */
function valueCell(value: unknown, group = false): { cell: string } | { problem: string } {
  const numberCell = (n: number) => numberText(n, group);
  if (typeof value === "number") return { cell: numberCell(value) };
  if (typeof value === "boolean") return { cell: String(value) };
  if (typeof value === "string") {
    const lower = value.toLowerCase();
    return lower === "true" || lower === "false" ? { problem: `its value is the text ${quote(value)}, which a sheet reads as a boolean` } : { cell: value };
  }
  const text = typeof value === "object" && value !== null ? quantityText(value as Record<string, unknown>, numberCell) : undefined;
  return text === undefined ? { problem: "its value has a unit, which a sheet's value cell cannot hold (put the unit on the property)" } : { cell: text };
}

/**
 * Writes claims as a sheet (RFC 4180: CRLF line ends, cells quoted when
 * they hold the delimiter, a quote, a line break or edge spaces): a header
 * of the columns the claims use (`id`, `subject`, `property`, their
 * `scope.<name>` columns, `value`, then the other fields in a fixed order),
 * then a row per claim. Claims whose fields a sheet cannot hold (a value
 * with a unit, the text "true", an attribution name with a `;` or edge
 * spaces) are returned as problems instead, each with the claim's index.
 * @internal
 */
export function writeSheet(
  claims: readonly Claimish[],
  format: SheetFormat,
): { ok: true; text: string } | { ok: false; problems: Array<{ index: number; message: string }> } {
  const problems: Array<{ index: number; message: string }> = [];
  const scopes = new Set<string>();
  const used = new Set<string>();
  claims.forEach((claim, index) => {
    for (const field of SHEET_FIELDS) if (claim[field] !== undefined) used.add(field);
    for (const name of Object.keys(claim.scope ?? {})) {
      if (name.trim() !== name) problems.push({ index, message: `its scope name ${quote(name)} starts or ends with a space, which a header cell loses` });
      scopes.add(name);
    }
    const value = valueCell(claim.value);
    if ("problem" in value) problems.push({ index, message: value.problem });
    for (const name of (claim.attribution as readonly string[] | undefined) ?? []) {
      if (name.includes(";") || name.trim() !== name) {
        problems.push({ index, message: `its attribution name ${quote(name)} holds a ";" or edge spaces, which an attribution cell cannot keep apart` });
      }
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  // Properties with a figure only a quantity can be: their four-digit numbers read back as numbers, as written.
  const figures = new Set<unknown>();
  for (const claim of claims) {
    const value = valueCell(claim.value);
    if ("cell" in value && inferValueType(value.cell) === "quantity") figures.add(claim.property);
  }
  const scopeNames = [...scopes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const fields = SHEET_FIELDS.filter((field) => REQUIRED.includes(field) || used.has(field));
  const header = [...fields.slice(0, 3), ...scopeNames.map((name) => `${SCOPE_PREFIX}${name}`), ...fields.slice(3)];
  const rows = claims.map((claim) => [
    ...fields.slice(0, 3).map((field) => cellOf(claim[field])),
    ...scopeNames.map((name) => cellOf(claim.scope?.[name])),
    ...fields.slice(3).map((field) => {
      const raw = claim[field];
      if (field === "value") return escapeCell((valueCell(raw, !figures.has(claim.property)) as { cell: string }).cell);
      if (field === "attribution") return escapeCell(((raw as readonly string[] | undefined) ?? []).join("; "));
      return cellOf(raw);
    }),
  ]);
  const text = Papa.unparse({ fields: header, data: rows }, { delimiter: format === "tsv" ? "\t" : ",", newline: "\r\n", quotes: false, escapeFormulae: false });
  return { ok: true, text: `${text}\r\n` };
}

function cellOf(raw: unknown): string {
  return typeof raw === "string" ? escapeCell(raw) : "";
}
