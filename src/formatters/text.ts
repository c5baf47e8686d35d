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
import { conflictEstimates, estimateWords } from "./estimates.js";

const CODES = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, green: 32 } as const;
const SEVERITY_COLOR: Record<Severity, keyof typeof CODES> = { error: "red", warning: "yellow", info: "cyan" };


/** The summary line: `8 conflicts (3 errors, 4 warnings, 1 info) in 15 groups of 37 claims`. @internal */
export function summaryLine(report: Report): string {
  const { summary } = report;
  const parts = [plural(summary.errors, "error"), plural(summary.warnings, "warning"), plural(summary.infos, "info")];
  return `${plural(summary.conflicts, "conflict")} (${parts.join(", ")}) in ${plural(summary.groups, "group")} of ${plural(summary.claims, "claim")}`;
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
  const words = report.conflicts.length > 0 ? estimateWords(report, context.claimSet) : undefined;
  for (const [group, conflicts] of byGroup) {
    out.push(paint("bold", terminalText(group)));
    for (const conflict of conflicts) out.push(...conflictLines(conflict, paint, conflictEstimates(conflict, words!)));
    out.push("");
  }
  for (const diagnostic of report.diagnostics) {
    out.push(`  ${paint(SEVERITY_COLOR[diagnostic.severity], terminalText(diagnostic.severity).padEnd(7))}  ${terminalText(diagnostic.path)}: ${terminalText(diagnostic.message)}  ${paint("dim", terminalText(diagnostic.code))}`);
  }
  if (report.diagnostics.length > 0) out.push("");
  const line = summaryLine(report);
  out.push(report.summary.errors > 0 ? paint("red", `✖ ${line}`) : report.summary.conflicts > 0 ? paint("yellow", `⚠ ${line}`) : paint("green", `✔ ${line}`));
  return out.join("\n") + "\n";
};
