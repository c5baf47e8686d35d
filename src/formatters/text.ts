/**
 * The terminal format: conflicts by group, most severe first, then a summary
 * line. Colour only when asked (the CLI asks on a TTY without NO_COLOR).
 * Every piece of user text goes through `terminalText`: the only control
 * codes written are the line breaks and colours of the format itself.
 */
import type { Conflict, Report, Severity } from "../model/report.js";
import type { Formatter } from "./types.js";
import { plural } from "../internal/plural.js";
import { groupBy } from "../internal/group-by.js";
import { terminalText } from "./escape.js";
import { issueLead } from "../model/issues.js";
import { groupTitle, namesOf } from "./html/names.js";
import type { Names } from "./html/names.js";
import { conflictEstimates, estimateWords } from "./estimates.js";

const CODES = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, green: 32 } as const;
const SEVERITY_COLOR: Record<Severity, keyof typeof CODES> = { error: "red", warning: "yellow", info: "cyan" };

/**
 * The summary line: `2 conflicts (1 error, 1 warning) and 4 timeline notes in
 * 15 groups of 37 claims`. Errors and warnings are conflicts; infos (a figure
 * that changed, a stale repeat) are notes on the timeline, counted apart and
 * left out when there are none. With `lenient`, the claims skipped as invalid
 * are counted at the end (`; 2 invalid claims skipped`).
 * @internal
 */
export function summaryLine(report: Report): string {
  const { summary } = report;
  const conflicts = summary.errors + summary.warnings;
  const notes = summary.infos > 0 ? ` and ${plural(summary.infos, "timeline note")}` : "";
  const skipped = skippedClaims(report);
  return (
    `${plural(conflicts, "conflict")} (${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")})${notes}` +
    ` in ${plural(summary.groups, "group")} of ${plural(summary.claims, "claim")}` +
    (skipped > 0 ? `; ${plural(skipped, "invalid claim")} skipped` : "")
  );
}

/** How many claims `lenient` skipped: the claims its `skipped-claim:` diagnostics point into (a claim may have several). */
function skippedClaims(report: Report): number {
  const claims = new Set<string>();
  for (const diagnostic of report.diagnostics) {
    if (!diagnostic.code.startsWith("skipped-claim:")) continue;
    const [, section, index] = diagnostic.path.split("/", 3);
    claims.add(section === "claims" && index !== undefined ? index : diagnostic.path);
  }
  return claims.size;
}

/** One conflict, as a few indented lines; `estimates` are the estimates it disputes, in words. @internal */
export function conflictLines(conflict: Conflict, paint: (color: keyof typeof CODES, text: string) => string, estimates: readonly string[] = []): string[] {
  const lines = [
    `  ${paint(SEVERITY_COLOR[conflict.severity], terminalText(conflict.severity).padEnd(7))}  ${terminalText(conflict.message)}  ${paint("dim", terminalText(conflict.rule))}`,
    `           ${paint("dim", `claims: ${conflict.claims.map(terminalText).join(", ")}`)}`,
  ];
  for (const estimate of estimates) lines.push(`           estimate: ${terminalText(estimate)}`);
  for (const suggestion of conflict.suggestions ?? []) lines.push(`           ${paint("green", `suggestion: ${terminalText(suggestion.message)}`)}`);
  return lines;
}

/** A group's heading: what it is about in words (given the claim set's names), then its key, dimmed, for searching the report and the claims. */
function heading(key: string, conflict: Conflict, names: Names | undefined, paint: (color: keyof typeof CODES, text: string) => string): string {
  const words = names ? groupTitle(conflict, names) : key;
  return words === key ? paint("bold", terminalText(key)) : `${paint("bold", terminalText(words))}  ${paint("dim", terminalText(key))}`;
}

/**
 * Formats a report for a terminal.
 *
 * @example
 * console.log(formatText(check(claimSet), { color: process.stdout.isTTY }));
 */
export const formatText: Formatter = (report, context = {}) => {
  const paint = (color: keyof typeof CODES, text: string) =>
    context.color ? `\u001b[${CODES[color]}m${text}\u001b[0m` : text;
  const out: string[] = [];
  if (context.file) out.push(paint("bold", terminalText(context.file)), "");
  const byGroup = groupBy(report.conflicts, (conflict) => conflict.group);
  // Without the claim set there are no names to say it in words: the key, as the report has it.
  const names = context.claimSet ? namesOf(context.claimSet) : undefined;
  const words = report.conflicts.length > 0 ? estimateWords(report, context.claimSet) : undefined;
  for (const [group, conflicts] of byGroup) {
    out.push(heading(group, conflicts[0]!, names, paint));
    for (const conflict of conflicts) out.push(...conflictLines(conflict, paint, conflictEstimates(conflict, words!)));
    out.push("");
  }
  for (const diagnostic of report.diagnostics) {
    // Where a reader looks: a sheet's row and column, an NDJSON line, else the JSON pointer.
    out.push(`  ${paint(SEVERITY_COLOR[diagnostic.severity], terminalText(diagnostic.severity).padEnd(7))}  ${issueLead(diagnostic, terminalText)}${terminalText(diagnostic.message)}  ${paint("dim", terminalText(diagnostic.code))}`);
  }
  if (report.diagnostics.length > 0) out.push("");
  const line = summaryLine(report);
  out.push(report.summary.errors > 0 ? paint("red", `✖ ${line}`) : report.summary.conflicts > 0 ? paint("yellow", `⚠ ${line}`) : paint("green", `✔ ${line}`));
  return out.join("\n") + "\n";
};
