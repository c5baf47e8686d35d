/**
 * The conflicts of the page, most severe first: each with its number (the
 * one the charts badge), its message, the claims side by side, one column
 * per position with their quotes and sources, and its suggestions.
 */
import type { Conflict, Report, Severity } from "../../model/report.js";
import { plural } from "../../internal/plural.js";
import { conflictAnchor, positionLabel } from "./figure.js";
import { escapeHtml, link } from "./escape.js";
import { whenHeld, whoSaidHtml, writtenValue } from "./evidence.js";
import type { ClaimWords } from "./evidence.js";
import { groupTitle } from "./names.js";
import { positionClass } from "./palette.js";
import type { NumberedConflict } from "./timeline.js";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_WORD: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };

/** The conflicts, most severe first (the report's order within a severity), numbered from 1. @internal */
export function numberConflicts(conflicts: readonly Conflict[]): NumberedConflict[] {
  return conflicts
    .map((conflict, i) => ({ conflict, i }))
    .sort((a, b) => RANK[a.conflict.severity] - RANK[b.conflict.severity] || a.i - b.i)
    .map(({ conflict }, i) => ({ conflict, number: i + 1 }));
}

/** Where things are on the page: each group's section id, and each claim's group and position. @internal */
export interface PageIndex {
  groupIds: ReadonlyMap<string, string>;
  positions: ReadonlyMap<string, { group: Report["groups"][number]; position: number }>;
  /** Rule id → documentation address. */
  ruleDocs: ReadonlyMap<string, string>;
  /** Prefix of the page's ids for this report. */
  prefix: string;
}

/** One column of a conflict: the claims of one position (or of one written value, outside any position). */
interface Column {
  heading: string;
  className: string;
  claims: string[];
}

function columns(conflict: Conflict, index: PageIndex, words: ClaimWords): Column[] {
  const byKey = new Map<string, Column>();
  for (const id of conflict.claims) {
    const found = index.positions.get(id);
    let key: string;
    let column: Omit<Column, "claims">;
    if (found !== undefined) {
      const { group, position } = found;
      const label = escapeHtml(positionLabel(group.positions[position]!));
      const same = group.key === conflict.group;
      key = `${group.key}\u0000${position}`;
      column = same
        ? { heading: label, className: positionClass(position) }
        : { heading: `${label} <span class="muted">in <bdi>${escapeHtml(groupTitle(group, words.names))}</bdi></span>`, className: "other" };
    } else {
      const claim = words.claims.get(id);
      const value = claim === undefined ? "" : writtenValue(claim);
      key = `\u0000${claim?.modality ?? ""}\u0000${value}`;
      column = { heading: claim === undefined ? "not in the claim set" : `${escapeHtml(value)} <i>${escapeHtml(claim.modality ?? "asserted")}</i>`, className: "other" };
    }
    const existing = byKey.get(key);
    if (existing) existing.claims.push(id);
    else byKey.set(key, { ...column, claims: [id] });
  }
  return [...byKey.values()];
}

/** A claim as evidence: its quote, then who said it and when, its value as written, its id. */
function evidence(id: string, words: ClaimWords): string {
  const claim = words.claims.get(id);
  if (claim === undefined) return `<p class="evidence"><code>${escapeHtml(id)}</code></p>`;
  const quote = claim.quote ? `<blockquote dir="auto">${escapeHtml(claim.quote)}</blockquote>` : "";
  const caption = `${whoSaidHtml(claim, words)}, ${escapeHtml(whenHeld(claim))} · ${escapeHtml(writtenValue(claim))} · <code>${escapeHtml(id)}</code>`;
  return `<figure class="evidence">${quote}<figcaption>${caption}</figcaption></figure>`;
}

function article({ conflict, number }: NumberedConflict, index: PageIndex, words: ClaimWords): string {
  const groupId = index.groupIds.get(conflict.group);
  const title = escapeHtml(groupTitle(conflict, words.names));
  const target = groupId === undefined ? `<bdi>${title}</bdi>` : `<a href="#${groupId}"><bdi>${title}</bdi></a>`;
  const sides = columns(conflict, index, words).map(
    (column) => `<section class="side ${column.className}"><h4>${column.heading}</h4>${column.claims.map((id) => evidence(id, words)).join("")}</section>`,
  );
  const rule = link(index.ruleDocs.get(conflict.rule), `<code>${escapeHtml(conflict.rule)}</code>`);
  const suggestions = (conflict.suggestions ?? []).map(
    (suggestion) =>
      `<details class="suggestion"><summary>Suggestion: <span dir="auto">${escapeHtml(suggestion.message)}</span></summary><pre><code>${escapeHtml(JSON.stringify(suggestion.patch, null, 2))}</code></pre></details>`,
  );
  return [
    `<article class="conflict sev-${conflict.severity}" id="${conflictAnchor(conflict, index.prefix)}">`,
    `<h3><span class="severity"><span class="number">${number}</span>${SEVERITY_WORD[conflict.severity]}</span> ${target}</h3>`,
    `<p class="message" dir="auto">${escapeHtml(conflict.message)}</p>`,
    `<div class="sides">${sides.join("")}</div>`,
    ...suggestions,
    `<p class="meta">rule ${rule} · ${plural(conflict.claims.length, "claim")} · id <code>${escapeHtml(conflict.id)}</code></p>`,
    "</article>",
  ].join("\n");
}

/** The conflicts section. @internal */
export function conflictsSection(numbered: readonly NumberedConflict[], index: PageIndex, words: ClaimWords): string {
  const body = numbered.length === 0 ? `<p class="none">No conflicts: the claims can all be true.</p>` : numbered.map((n) => article(n, index, words)).join("\n");
  return `<section id="${index.prefix}conflicts" aria-labelledby="${index.prefix}conflicts-title"><h2 id="${index.prefix}conflicts-title">Conflicts <span class="count">${numbered.length}</span></h2>\n${body}\n</section>`;
}
