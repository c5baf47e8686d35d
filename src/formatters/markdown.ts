/**
 * Markdown for pull-request comments and wikis: a summary table, then one
 * section per conflict with the claims' quotes side by side.
 */
import type { Claim } from "../model/claim-set.js";
import type { Conflict } from "../model/report.js";
import { summaryLine } from "./text.js";
import type { Formatter } from "./types.js";

const ICON = { error: "🔴", warning: "🟠", info: "🔵" } as const;

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/**
 * Formats a report as Markdown; pass the claim set to show quotes and links.
 *
 * @example
 * fs.writeFileSync("report.md", formatMarkdown(check(claimSet), { claimSet }));
 */
export const formatMarkdown: Formatter = (report, context = {}) => {
  const claims = new Map<string, Claim>((context.claimSet?.claims ?? []).map((claim) => [claim.id, claim]));
  const out: string[] = [`# corroborate report${context.file ? `: ${cell(context.file)}` : ""}`, "", summaryLine(report), ""];
  if (report.conflicts.length > 0) {
    out.push("| | rule | about | message |", "| --- | --- | --- | --- |");
    for (const conflict of report.conflicts) {
      out.push(`| ${ICON[conflict.severity]} ${conflict.severity} | \`${conflict.rule}\` | ${cell(conflict.group)} | ${cell(conflict.message)} |`);
    }
    out.push("");
  }
  for (const conflict of report.conflicts) out.push(...section(conflict, claims));
  if (report.diagnostics.length > 0) {
    out.push("## Diagnostics", "");
    for (const d of report.diagnostics) out.push(`- ${d.severity}: \`${d.path}\` ${d.message} (${d.code})`);
    out.push("");
  }
  return out.join("\n");
};

function section(conflict: Conflict, claims: ReadonlyMap<string, Claim>): string[] {
  const out = [`## ${ICON[conflict.severity]} ${conflict.rule}: ${cell(conflict.group)}`, "", conflict.message, ""];
  out.push("| claim | source | value | when | quote |", "| --- | --- | --- | --- | --- |");
  for (const id of conflict.claims) {
    const claim = claims.get(id);
    const value = claim === undefined ? "" : typeof claim.value === "object" ? JSON.stringify(claim.value) : String(claim.value);
    const quote = claim?.quote ? `<span dir="auto">${cell(claim.quote)}</span>` : "";
    const source = claim ? (claim.url ? `[${cell(claim.source)}](${claim.url})` : cell(claim.source)) : "";
    out.push(`| \`${id}\` | ${source} | ${cell(value)} | ${cell(claim?.asOf ?? claim?.published ?? "")} | ${quote} |`);
  }
  out.push("");
  for (const suggestion of conflict.suggestions ?? []) {
    out.push(`> Suggestion: ${suggestion.message}`, "", "```json", JSON.stringify(suggestion.patch), "```", "");
  }
  return out;
}
