/**
 * Markdown for pull-request comments and wikis: a summary table, one section
 * per error and warning with the claims' quotes side by side (one column per
 * value), and the rest — infos, the groups' positions, diagnostics — folded
 * in `<details>`. User text goes through `markdownText` (or `markdownCode`,
 * `markdownHtml` where it stands in code or raw HTML): it can open no link,
 * image, tag or table cell. The only links are the claims' http(s) addresses.
 */
import type { Claim } from "../model/claim-set.js";
import type { Conflict, Report, Severity } from "../model/report.js";
import { groupBy } from "../internal/group-by.js";
import { markdownCode, markdownHtml, markdownText, visibleJson } from "./escape.js";
import { httpUrl } from "./html/escape.js";
import { summaryLine } from "./text.js";
import type { EstimateWords } from "./estimates.js";
import { conflictEstimates, estimateWords } from "./estimates.js";
import type { Formatter } from "./types.js";
import { documentsOf, inDocument } from "../model/documents.js";
import { issueLead } from "../model/issues.js";
import { groupTitle, namesOf } from "./html/names.js";
import type { Names } from "./html/names.js";
import { dateInWords } from "../values/words.js";

const ICON: Record<Severity, string> = { error: "🔴", warning: "🟠", info: "🔵" };

/** Characters of an http(s) address that would end a Markdown link's destination or a table cell, percent-encoded. */
const DESTINATION_ESCAPES: Record<string, string> = { "(": "%28", ")": "%29", "<": "%3C", ">": "%3E", "|": "%7C", "`": "%60", "\\": "%5C", " ": "%20", '"': "%22" };

/** A claim's address as a Markdown link destination, when it is an http(s) one. */
function linkTarget(url: string | undefined): string | undefined {
  const href = httpUrl(url);
  if (href === undefined) return undefined;
  let out = "";
  for (const c of href) out += DESTINATION_ESCAPES[c] ?? c;
  return out;
}

/** The value of a claim as written. */
function written(claim: Claim): string {
  return typeof claim.value === "object" ? JSON.stringify(claim.value) : String(claim.value);
}

/** One claim in a cell: its quote (right-to-left text shown as such), who said it, and when. */
function evidence(claim: Claim, names: Names): string {
  const target = linkTarget(claim.url);
  const source = markdownText(names.name(names.resolve(claim.source ?? "")));
  const who = target === undefined ? source : `[${source}](${target})`;
  // The whole attribution chain, by name, as the messages and the HTML report give it.
  const chain = (claim.attribution ?? []).map((id) => ` citing ${markdownText(names.name(names.resolve(id)))}`).join("");
  const when = claim.asOf ?? claim.published;
  const by = `${who}${chain}${when ? `, ${markdownText(dateInWords(when))}` : ""}`;
  const quote = claim.quote ? `<q dir="auto">${markdownText(claim.quote)}</q><br>` : "";
  return `${quote}— ${by} (${markdownCode(claim.id)})`;
}

/** The claims of a conflict side by side: a column per value as written. */
function sideBySide(conflict: Conflict, claims: ReadonlyMap<string, Claim>, names: Names): string[] {
  const found = conflict.claims.map((id) => claims.get(id)).filter((claim): claim is Claim => claim !== undefined);
  if (found.length === 0) return [`Claims: ${conflict.claims.map(markdownCode).join(", ")}`, ""];
  const columns = groupBy(found, written);
  const values = [...columns.keys()];
  const rows = Math.max(...[...columns.values()].map((c) => c.length));
  // Trimmed: bold does not close after a space.
  const out = [`| ${values.map((v) => `**${markdownText(v.trim())}**`).join(" | ")} |`, `| ${values.map(() => "---").join(" | ")} |`];
  for (let row = 0; row < rows; row++) {
    out.push(`| ${values.map((v) => (columns.get(v)![row] ? evidence(columns.get(v)![row]!, names) : "")).join(" | ")} |`);
  }
  return [...out, ""];
}

function section(conflict: Conflict, claims: ReadonlyMap<string, Claim>, names: Names | undefined, words: EstimateWords): string[] {
  const estimates = conflictEstimates(conflict, words).map((line) => `**Estimate:** ${markdownText(line)}`);
  const out = [
    `### ${ICON[conflict.severity]} ${markdownCode(conflict.rule)}: ${markdownText(names ? groupTitle(conflict, names) : conflict.group)}`,
    "",
    markdownText(conflict.message),
    "",
    ...estimates.flatMap((line) => [line, ""]),
    ...sideBySide(conflict, claims, names ?? namesOf(undefined)),
  ];
  for (const suggestion of conflict.suggestions ?? []) {
    out.push(
      `<details><summary>Suggestion: ${markdownHtml(suggestion.message)}</summary>`,
      "",
      "```json",
      visibleJson(suggestion.patch),
      "```",
      "</details>",
      "",
    );
  }
  return out;
}

function summaryTable(report: Report): string[] {
  const { summary } = report;
  const rules = new Map<string, Record<Severity, number>>();
  for (const conflict of report.conflicts) {
    const counts = rules.get(conflict.rule) ?? { error: 0, warning: 0, info: 0 };
    counts[conflict.severity]++;
    rules.set(conflict.rule, counts);
  }
  const out = [
    "| | errors | warnings | infos |",
    "| --- | ---: | ---: | ---: |",
    `| **all rules** | ${summary.errors} | ${summary.warnings} | ${summary.infos} |`,
  ];
  for (const [rule, counts] of [...rules].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out.push(`| ${markdownCode(rule)} | ${counts.error} | ${counts.warning} | ${counts.info} |`);
  }
  return [...out, ""];
}

function positions(report: Report): string[] {
  if (report.groups.length === 0) return [];
  const out = ["<details><summary>Groups and positions</summary>", "", "| group | positions (strongest first) |", "| --- | --- |"];
  for (const group of report.groups) {
    const listed = group.positions.map((p) => {
      const origins = `${p.origins.length} origin${p.origins.length === 1 ? "" : "s"}`;
      return `${markdownText(p.display)}${p.modality === "planned" ? " (planned)" : ""}: ${origins}`;
    });
    out.push(`| ${markdownText(group.key)} | ${listed.join("; ")} |`);
  }
  return [...out, "", "</details>", ""];
}

/**
 * Formats a report as Markdown for a pull-request comment; pass the claim set
 * to show the quotes side by side.
 *
 * @example
 * fs.writeFileSync("report.md", formatMarkdown(check(claimSet), { claimSet }));
 */
export const formatMarkdown: Formatter = (report, context = {}) => {
  const documents = documentsOf(context.claimSet ?? {});
  const names = context.claimSet ? namesOf(context.claimSet) : undefined;
  const claims = new Map<string, Claim>((context.claimSet?.claims ?? []).map((claim) => [claim.id, inDocument(claim, documents)]));
  const out = [`## corroborate${context.file ? `: ${markdownText(context.file)}` : ""}`, "", summaryLine(report), ""];
  if (report.conflicts.length > 0) out.push(...summaryTable(report));
  const [prominent, minor] = [
    report.conflicts.filter((c) => c.severity !== "info"),
    report.conflicts.filter((c) => c.severity === "info"),
  ];
  const words = estimateWords(report, context.claimSet);
  for (const conflict of prominent) out.push(...section(conflict, claims, names, words));
  if (minor.length > 0) {
    out.push(`<details><summary>${minor.length} info${minor.length === 1 ? "" : "s"} (the timeline)</summary>`, "");
    for (const conflict of minor) out.push(...section(conflict, claims, names, words));
    out.push("</details>", "");
  }
  out.push(...positions(report));
  if (report.diagnostics.length > 0) {
    out.push(`<details><summary>${report.diagnostics.length} diagnostic${report.diagnostics.length === 1 ? "" : "s"}</summary>`, "");
    for (const d of report.diagnostics) out.push(`- ${markdownText(d.severity)}: ${issueLead(d, markdownCode)}${markdownText(d.message)} (${markdownText(d.code)})`);
    out.push("", "</details>", "");
  }
  return out.join("\n");
};
