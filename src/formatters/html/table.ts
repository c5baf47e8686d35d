/**
 * Tables of the page, in a box that scrolls sideways when wide. Each cell
 * names its column (`data-label`), so that narrow screens can show a row as
 * a small card of labelled lines instead (see the stylesheet).
 */

/** A column: its heading, and whether its cells are text of any direction (quotes, messages). @internal */
export type Column = string | { name: string; anyDirection: true };

/** A table of `rows` of HTML cells under `columns`; `rowClass` classes a row. @internal */
export function tableHtml(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, rowClass?: (row: number) => string): string {
  const names = columns.map((column) => (typeof column === "string" ? column : column.name));
  const head = names.map((name) => `<th scope="col">${name}</th>`).join("");
  const body = rows.map((cells, i) => {
    const tds = cells.map((cell, c) => `<td data-label="${names[c]}"${typeof columns[c] === "string" ? "" : ' dir="auto"'}>${cell}</td>`);
    return `<tr${rowClass ? ` class="${rowClass(i)}"` : ""}>${tds.join("")}</tr>`;
  });
  return `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${body.join("")}</tbody></table></div>`;
}
