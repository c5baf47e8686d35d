/**
 * Problems with user input are values with JSON pointers, not exceptions with
 * stack traces: `ClaimSetError` carries every problem found, so a user fixes a
 * claim sheet in one pass.
 */

/** One problem with a claim set, located by JSON pointer. */
export interface ClaimSetIssue {
  /** A stable, machine-readable kind: `invalid-json`, `invalid-value`, `duplicate-id`, `unknown-field`… */
  code: string;
  /** RFC 6901 JSON pointer to the offending field, `""` for the whole document. */
  path: string;
  /** One sentence a journalist understands. */
  message: string;
  /** 1-based line of the input text, when known (NDJSON input, JSON syntax errors). */
  line?: number;
  /** For a claim sheet (CSV, TSV): the row, numbered as spreadsheets do (the header is row 1). */
  row?: number;
  /** For a claim sheet: the column, by the claim field it holds (`value`, `scope.location`). */
  column?: string;
}

/**
 * The claim a pointer leads into, and the rest of the pointer: `/claims/3/value`
 * gives `{ index: 3, rest: "/value" }`; a pointer outside `claims` gives
 * undefined.
 * @internal
 */
export function claimPointer(path: string): { index: number; rest: string } | undefined {
  const match = /^\/claims\/(\d+)(?=\/|$)/.exec(path);
  return match ? { index: Number(match[1]), rest: path.slice(match[0].length) } : undefined;
}

/**
 * Thrown by `parseClaimSet` when the input is not a valid claim set; `issues`
 * lists every problem found, in document order.
 *
 * @example
 * try {
 *   parseClaimSet(text);
 * } catch (error) {
 *   if (error instanceof ClaimSetError) for (const issue of error.issues) console.error(formatIssue(issue));
 * }
 */
export class ClaimSetError extends Error {
  override readonly name = "ClaimSetError";
  readonly issues: readonly ClaimSetIssue[];

  constructor(issues: readonly ClaimSetIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(first ? `invalid claim set: ${formatIssue(first)}${more}` : "invalid claim set");
    this.issues = issues;
  }
}

/**
 * Formats an issue as `/pointer: message` (just the message for the whole
 * document), prefixed with `line N:` when the line is known; an issue of a
 * claim sheet as `row N, column C: message`.
 *
 * @example
 * formatIssue({ code: "invalid-value", path: "/claims/3/value", message: 'cannot read "x" as a quantity' });
 * // → '/claims/3/value: cannot read "x" as a quantity'
 * formatIssue({ code: "invalid-value", path: "/claims/3/value", row: 5, column: "value", message: 'cannot read "x" as a quantity' });
 * // → 'row 5, column value: cannot read "x" as a quantity'
 */
export function formatIssue(issue: ClaimSetIssue): string {
  return `${issueLead(issue)}${issue.message}`;
}

/**
 * `issueLocation` followed by `: `, ready to go before the message; `""`
 * for the whole document.
 * @internal
 */
export function issueLead(issue: Pick<ClaimSetIssue, "path" | "line" | "row" | "column">, code?: (text: string) => string): string {
  const where = issueLocation(issue, code);
  return where === "" ? "" : `${where}: `;
}

/**
 * Where an issue (or a report's diagnostic) is, as a reader looks for it: in
 * a claim sheet its row and column (`row 5, column value`); else its line
 * when known and its JSON pointer (`line 12: /claims/11/value`); `""` for
 * the whole document. The column and the pointer can hold the input's own
 * text: each goes through `code`, which a formatter gives to escape it and
 * mark it as code; the rest is plain words and digits.
 *
 * @example
 * issueLocation({ path: "/claims/3/value", row: 5, column: "value" }); // → "row 5, column value"
 * issueLocation({ path: "/claims/11/value", line: 12 }, (text) => `<code>${escapeHtml(text)}</code>`); // → "line 12: <code>/claims/11/value</code>"
 * @internal
 */
export function issueLocation(issue: Pick<ClaimSetIssue, "path" | "line" | "row" | "column">, code: (text: string) => string = (text) => text): string {
  if (issue.row !== undefined) return `row ${issue.row}${issue.column === undefined ? "" : `, column ${code(issue.column)}`}`;
  const pointer = issue.path === "" ? "" : code(issue.path);
  if (issue.line === undefined) return pointer;
  return pointer === "" ? `line ${issue.line}` : `line ${issue.line}: ${pointer}`;
}

/**
 * Builds an RFC 6901 JSON pointer from path segments.
 *
 * @example
 * toPointer(["claims", 3, "scope", "a/b"]); // → "/claims/3/scope/a~1b"
 */
export function toPointer(path: readonly PropertyKey[]): string {
  let pointer = "";
  for (const segment of path) {
    pointer += "/" + String(segment).replaceAll("~", "~0").replaceAll("/", "~1");
  }
  return pointer;
}
