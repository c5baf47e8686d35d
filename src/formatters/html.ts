/**
 * A self-contained HTML page: the conflicts first, most severe first, with
 * the claims' quotes side by side; then a timeline chart per group (inline
 * SVG); then the diagnostics. No script, no external font, style or image:
 * the page works offline and as an e-mail attachment. Right-to-left quotes
 * and names are isolated (`dir="auto"`, `<bdi>`); every chart has a title,
 * a description and a table of its claims. The same report and claim set
 * always give the same bytes.
 */
import type { ClaimSet } from "../model/claim-set.js";
import type { Report } from "../model/report.js";
import { issueLocation } from "../model/issues.js";
import { builtinRules } from "../rules/index.js";
import { groupBy } from "../internal/group-by.js";
import { plural } from "../internal/plural.js";
import { conflictsSection, numberConflicts } from "./html/conflicts.js";
import type { PageIndex } from "./html/conflicts.js";
import { escapeHtml, httpUrl } from "./html/escape.js";
import { claimWords } from "./html/evidence.js";
import type { ClaimWords } from "./html/evidence.js";
import { groupSection } from "./html/figure.js";
import { namesOf } from "./html/names.js";
import { STYLE } from "./html/style.js";
import { tableHtml } from "./html/table.js";
import type { NumberedConflict } from "./html/timeline.js";
import { summaryLine } from "./text.js";
import { estimateWords } from "./estimates.js";
import type { FormatContext } from "./types.js";

/** A claim set is told from a context by its `claims` array. */
function contextOf(context: FormatContext | ClaimSet | undefined): FormatContext {
  if (context === undefined) return {};
  return Array.isArray((context as ClaimSet).claims) ? { claimSet: context as ClaimSet } : (context as FormatContext);
}

function pageIndex(report: Report, context: FormatContext, prefix: string): PageIndex {
  const groupIds = new Map<string, string>();
  const positions = new Map<string, { group: Report["groups"][number]; position: number }>();
  report.groups.forEach((group, i) => {
    groupIds.set(group.key, `${prefix}group-${i + 1}`);
    group.positions.forEach((position, p) => {
      for (const id of position.claims) positions.set(id, { group, position: p });
    });
  });
  const ruleDocs = new Map<string, string>();
  for (const rule of context.rules ?? builtinRules) {
    const url = httpUrl(rule.meta.docs?.url);
    if (url !== undefined && !ruleDocs.has(rule.meta.id)) ruleDocs.set(rule.meta.id, url);
  }
  return { groupIds, positions, ruleDocs, prefix };
}

function header(report: Report, context: FormatContext, prefix: string): string {
  const { summary } = report;
  const counts = (["error", "warning", "info"] as const).map(
    (severity) => `<li class="sev-${severity}">${plural(summary[`${severity}s`], severity)}</li>`,
  );
  const nav = [
    [`${prefix}conflicts`, plural(summary.conflicts, "conflict")],
    [`${prefix}groups`, plural(summary.groups, "timeline")],
    [`${prefix}sources`, plural(report.sources?.length ?? 0, "source")],
    [`${prefix}diagnostics`, plural(report.diagnostics.length, "diagnostic")],
  ].map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`);
  return [
    `<header>`,
    `<p class="eyebrow">corroborate report</p>`,
    `<h1 dir="auto">${escapeHtml(context.file ?? "Claims checked")}</h1>`,
    `<p class="summary">${escapeHtml(summaryLine(report))}</p>`,
    `<ul class="counts">${counts.join("")}</ul>`,
    `<nav aria-label="Sections"><ul>${nav.join("")}</ul></nav>`,
    `</header>`,
  ].join("\n");
}

function groupsSection(report: Report, context: FormatContext, index: PageIndex, words: ClaimWords, numbered: readonly NumberedConflict[]): string {
  const { prefix } = index;
  const intro = context.claimSet
    ? `<p>One chart per subject, property and scope: when each claim's value holds across (its <code>asOf</code>, else its publication date), the value up. Each position (claims that agree) has a colour, each source a marker shape.</p>`
    : `<p>Pass the claim set to the formatter to draw a timeline per group; here are the positions the report gives.</p>`;
  const byGroup = groupBy(numbered, ({ conflict }) => conflict.group);
  const estimates = estimateWords(report, context.claimSet, true);
  const sections = report.groups.map((group) =>
    groupSection(group, index.groupIds.get(group.key)!, words, context.claimSet, byGroup.get(group.key) ?? [], prefix, estimates),
  );
  return `<section id="${prefix}groups" aria-labelledby="${prefix}groups-title"><h2 id="${prefix}groups-title">Timelines <span class="count">${report.groups.length}</span></h2>\n${intro}\n${sections.join("\n")}\n</section>`;
}

/** Every source's trust, as the estimates learned it, and the claims it rests on: one row per source, most trusted first. */
function sourcesSection(report: Report, words: ClaimWords, prefix: string): string {
  const sources = [...(report.sources ?? [])].sort((a, b) => b.trust - a.trust || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = sources.map((source) => [
    `<bdi>${escapeHtml(words.names.name(source.id))}</bdi>`,
    `${Math.round(source.trust * 100)} %`,
    String(source.claims),
    String(source.agreed),
    String(source.contradicted),
    String(source.relayed ?? 0),
  ]);
  const intro = `<p>How far each source can be trusted: the share of its claims likely right, learned from how often other origins agree with it (a claim nobody else speaks to counts at its starting trust). Relayed claims count for the origin they cite.</p>`;
  const body = rows.length
    ? tableHtml([{ name: "Source", anyDirection: true }, "Trust", "Claims", "Agreed", "Contradicted", "Relayed"], rows)
    : `<p class="none">None: no claim was estimated.</p>`;
  return `<section id="${prefix}sources" aria-labelledby="${prefix}sources-title"><h2 id="${prefix}sources-title">Sources <span class="count">${sources.length}</span></h2>\n${rows.length ? intro : ""}\n${body}\n</section>`;
}

function diagnosticsSection(report: Report, prefix: string): string {
  const rows = report.diagnostics.map((d) => [
    d.severity,
    issueLocation(d, (text) => `<code>${escapeHtml(text)}</code>`),
    escapeHtml(d.message),
    `<code>${escapeHtml(d.code)}</code>`,
  ]);
  const body = rows.length
    ? tableHtml(["Severity", "Where", { name: "Problem", anyDirection: true }, "Code"], rows, (i) => `sev-${report.diagnostics[i]!.severity}`)
    : `<p class="none">None: the claim set raised no problems.</p>`;
  return `<section id="${prefix}diagnostics" aria-labelledby="${prefix}diagnostics-title"><h2 id="${prefix}diagnostics-title">Diagnostics <span class="count">${report.diagnostics.length}</span></h2>\n${body}\n</section>`;
}

/** One report's part of the page; `prefix` keeps its ids apart from other parts'. */
function reportHtml(report: Report, context: FormatContext, prefix: string): string {
  const words = claimWords(context.claimSet, namesOf(context.claimSet));
  const index = pageIndex(report, context, prefix);
  const numbered = numberConflicts(report.conflicts);
  return [
    header(report, context, prefix),
    `<main>`,
    conflictsSection(numbered, index, words),
    groupsSection(report, context, index, words, numbered),
    sourcesSection(report, words, prefix),
    diagnosticsSection(report, prefix),
    `</main>`,
  ].join("\n");
}

/**
 * The most claims one page is drawn for. A page lists every conflict and
 * draws every group: at 100 000 claims it is about 200 MB (which browsers
 * open slowly) and takes about 1.7 GB to write; ten times that would not fit
 * in one string, nor in Node's default heap.
 * @internal
 */
export const HTML_MAX_CLAIMS = 100_000;

/** The RangeError of a report with more than HTML_MAX_CLAIMS claims (the CLI tells it from a bug). @internal */
export class TooLargeForPage extends RangeError {}

/**
 * The page of one or more reports (the CLI's several files): each report a
 * part of its own, its ids prefixed `r1-`, `r2-`… when there are several.
 * Throws a RangeError, before writing anything, for more than
 * HTML_MAX_CLAIMS claims. Internal: the public API is `formatHtml`.
 * @internal
 */
export function formatHtmlReports(parts: ReadonlyArray<{ report: Report; context?: FormatContext | ClaimSet }>): string {
  const claims = parts.reduce((sum, part) => sum + part.report.summary.claims, 0);
  if (claims > HTML_MAX_CLAIMS) {
    throw new TooLargeForPage(
      `an HTML page is drawn for at most ${HTML_MAX_CLAIMS.toLocaleString("en-US")} claims, and this report has ${claims.toLocaleString("en-US")}: ` +
        "write it as JSON, text or Markdown instead, or check the claims in smaller sets",
    );
  }
  const contexts = parts.map((part) => contextOf(part.context));
  const files = contexts.map((context) => context.file).filter((file): file is string => file !== undefined);
  const title = files.length > 0 ? `${files.join(", ")}: corroborate report` : "corroborate report";
  const bodies = parts.map((part, i) =>
    parts.length === 1 ? reportHtml(part.report, contexts[i]!, "") : `<div class="part" id="r${i + 1}">\n${reportHtml(part.report, contexts[i]!, `r${i + 1}-`)}\n</div>`,
  );
  const version = parts[0]?.report.tool.version;
  return [
    "<!doctype html>",
    `<html lang="en">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    ...(version === undefined ? [] : [`<meta name="generator" content="corroborate ${escapeHtml(version)}">`]),
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    `<div class="page">`,
    ...bodies,
    `<footer>Written by corroborate${version === undefined ? "" : ` ${escapeHtml(version)}`}.</footer>`,
    "</div>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/**
 * Formats a report as a self-contained HTML page: conflicts with their quotes
 * side by side, a timeline chart per group, diagnostics. Pass the claim set
 * (or a context with `claimSet`) for the quotes and the charts; without it,
 * the page lists conflicts, positions and diagnostics. No scripts and no
 * external resources: it opens offline and as an e-mail attachment. Throws a
 * RangeError for a report of more than 100 000 claims: a page of all their
 * conflicts and groups would be too large to write or to open.
 *
 * @example
 * fs.writeFileSync("report.html", formatHtml(check(claimSet), claimSet));
 */
export function formatHtml(report: Report, context?: FormatContext | ClaimSet): string {
  return formatHtmlReports([{ report, context }]);
}
