/**
 * A group's section of the page: its title, the timeline chart with a
 * legend, and the claims as a table (the chart's full text alternative).
 * Without the claim set there is no chart: the positions are listed instead.
 */
import type { Group, Position } from "../../model/report.js";
import type { ClaimSet } from "../../model/claim-set.js";
import { dateInWords } from "../../values/words.js";
import { plural } from "../../internal/plural.js";
import { markerShape, timelineSvg, worstSeverity } from "./chart.js";
import { escapeHtml } from "./escape.js";
import { whenHeld, whoSaid, whoSaidHtml, writtenValue } from "./evidence.js";
import type { ClaimWords } from "./evidence.js";
import { groupTitle } from "./names.js";
import { tableHtml } from "./table.js";
import type { EstimateWords } from "../estimates.js";
import { estimateInWords } from "../estimates.js";
import { PAGE, SEVERITY_COLORS, positionClass, positionColor } from "./palette.js";
import { timelineOf } from "./timeline.js";
import type { NumberedConflict, Timeline, TimelineMark } from "./timeline.js";

/** The most claims a group's chart draws; a larger group gets its table only. @internal */
export const MAX_DRAWN = 1000;

/** Letters, digits, `_` and `-`: safe in an id and in a link's fragment as they are. */
const safeInId = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c === "_" || c === "-";

/** The anchor of a conflict: its stable id (anything else `_`), after the report's prefix. @internal */
export function conflictAnchor(conflict: NumberedConflict["conflict"], prefix: string): string {
  let safe = "";
  for (const c of conflict.id) safe += safeInId(c) ? c : "_";
  return `${prefix}conflict-${safe}`;
}

/** Links to conflicts by their numbers: `2, 6`. @internal */
export function conflictLinks(conflicts: readonly NumberedConflict[], prefix: string): string {
  return conflicts.map(({ conflict, number }) => `<a href="#${conflictAnchor(conflict, prefix)}">${number}</a>`).join(", ");
}

/** `~1400`, `<1000 planned`: a position as the chart labels it. @internal */
export function positionLabel(position: Position): string {
  return position.modality === "planned" ? `${position.display} planned` : position.display;
}

/** When a position's claims hold, in words: `20 April 2025`, `1 January 2012 to 31 December 2013`; nothing when undated. */
function heldWhen(position: Position): string {
  if (position.from === null && position.to === null) return "";
  if (position.from === position.to) return dateInWords(position.from!);
  return `${position.from === null ? "…" : dateInWords(position.from)} to ${position.to === null ? "…" : dateInWords(position.to)}`;
}

/** A small legend key: `<svg>` drawing `body`, hidden from assistive technology (the text beside it says it). */
const key = (viewBox: string, body: string) => `<svg class="key" viewBox="${viewBox}" aria-hidden="true" focusable="false">${body}</svg>`;

/** The swatch of a position: filled, or hollow and dashed when planned. */
function swatch(index: number, planned: boolean): string {
  const color = positionColor(index);
  const style = planned ? `fill="${color}" fill-opacity="0.07" stroke-dasharray="4 2"` : `fill="${color}" fill-opacity="0.22"`;
  return key("0 0 18 12", `<rect x="1" y="1" width="16" height="10" ${style} stroke="${color}" stroke-width="1.5"/>`);
}

function legend(group: Group, timeline: Timeline, words: ClaimWords): string {
  const positions = group.positions.map((position, i) => {
    const count = `${plural(position.claims.length, "claim")}, ${plural(position.origins.length, "origin")}`;
    return `<li>${swatch(i, position.modality === "planned")}<b class="pos ${positionClass(i)}">${escapeHtml(position.display)}</b>${position.modality === "planned" ? " <i>planned</i>" : ""} <span class="muted">${count}</span></li>`;
  });
  const sources = timeline.sources.map(
    (source, i) => `<li>${key("-7 -7 14 14", `<path d="${markerShape(i)}" fill="${PAGE.text}"/>`)}<bdi>${escapeHtml(words.names.name(source))}</bdi></li>`,
  );
  const notes: string[] = [];
  const severities = new Set(timeline.marks.map(worstSeverity));
  for (const severity of ["error", "warning"] as const) {
    if (!severities.has(severity)) continue;
    const { color, tint } = SEVERITY_COLORS[severity];
    const dash = severity === "warning" ? ` stroke-dasharray="5 2"` : "";
    notes.push(`<li>${key("0 0 18 14", `<rect x="1" y="1" width="16" height="12" rx="3" fill="${tint}" stroke="${color}" stroke-width="2"${dash}/>`)}outlined, with its number: part of ${severity === "error" ? "an error" : "a warning"}</li>`);
  }
  if (severities.has("info")) notes.push(`<li>${key("0 0 18 14", `<rect x="1" y="1" width="16" height="12" rx="6" fill="${SEVERITY_COLORS.info.tint}" stroke="${SEVERITY_COLORS.info.color}"/>`)}numbered only: part of an info (a change over time)</li>`);
  if (timeline.estimates.length > 0) {
    notes.push(`<li>${key("0 0 18 12", `<line x1="1" y1="6" x2="17" y2="6" stroke="${PAGE.text}" stroke-width="2.5" stroke-dasharray="7 3"/>`)}dashed line: the estimate (the most likely value)</li>`);
  }
  if (timeline.marks.some((m) => m.modality === "denied")) notes.push(`<li>${key("0 0 18 12", `<rect x="1" y="1" width="16" height="10" fill="${PAGE.background}" stroke="${PAGE.text}" stroke-dasharray="1.5 2"/><line x1="1" y1="11" x2="17" y2="1" stroke="${PAGE.text}"/>`)}struck through: denied</li>`);
  if (timeline.marks.some((m) => m.span.lo === null || m.span.hi === null || m.time?.lo === null || m.time?.hi === null)) {
    notes.push(`<li>${key("-7 -7 14 14", `<path d="M-5 4L0 -4L5 4Z" fill="${PAGE.text}"/>`)}arrow: open-ended (more than, less than, from, until)</li>`);
  }
  const list = (label: string, items: string[]) => (items.length ? `<ul class="legend" aria-label="${label}">${items.join("")}</ul>` : "");
  return `<figcaption>${list("Positions", positions)}${list("Sources", sources)}${list("Key", notes)}</figcaption>`;
}

/** What the chart shows, in a sentence or two: the SVG's `<desc>`. */
function description(group: Group, timeline: Timeline): string {
  const undated = new Set(timeline.marks.filter((m) => m.time === undefined).map((m) => m.claim.id));
  const positions = group.positions.map((position) => {
    const when = heldWhen(position);
    const without = position.claims.filter((id) => undated.has(id)).length;
    return `${positionLabel(position)}: ${plural(position.claims.length, "claim")}${when ? `, ${when}` : ""}${without ? ` (${without} undated)` : ""}`;
  });
  const conflicted = timeline.marks.filter((m) => m.conflicts.length > 0).length;
  const drawn = timeline.estimates.length;
  return `${plural(timeline.marks.length, "claim")} over time. ${positions.join("; ")}.${conflicted ? ` ${plural(conflicted, "claim")} in conflicts, outlined and numbered.` : ""}${drawn ? ` The most likely value is drawn as a dashed line (${plural(drawn, "estimate")}, listed below the chart).` : ""}`;
}

function tooltip(mark: TimelineMark, words: ClaimWords): string {
  const { claim } = mark;
  const modality = mark.modality === "asserted" ? "" : ` (${mark.modality})`;
  const conflicts = mark.conflicts.length ? `; conflict ${mark.conflicts.map((c) => c.number).join(", ")}` : "";
  return `${writtenValue(claim)}${modality}: ${whoSaid(claim, words)}, ${whenHeld(claim)}${conflicts} (${claim.id})`;
}

/** The claims of the chart as a table, folded: value, position, time, source, conflicts and quote. */
function claimTable(group: Group, timeline: Timeline, words: ClaimWords, prefix: string): string {
  const rows = timeline.marks.map((mark) => {
    const { claim } = mark;
    const position = mark.position === undefined ? "" : `<span class="pos ${positionClass(mark.position)}">${escapeHtml(positionLabel(group.positions[mark.position]!))}</span>`;
    const value = `${escapeHtml(writtenValue(claim))}${mark.modality === "asserted" ? "" : ` <i>${mark.modality}</i>`}`;
    return [`<code>${escapeHtml(claim.id)}</code>`, value, position, escapeHtml(whenHeld(claim)), whoSaidHtml(claim, words), conflictLinks(mark.conflicts, prefix), escapeHtml(claim.quote ?? "")];
  });
  const table = tableHtml(["Claim", "Value", "Position", "Holds", "Source", "Conflicts", { name: "Quote", anyDirection: true }], rows);
  const missing = timeline.missing.length ? `<p class="muted">Not drawn (not in the claim set): ${timeline.missing.map((id) => `<code>${escapeHtml(id)}</code>`).join(", ")}</p>` : "";
  return `<details class="data"><summary>The ${plural(timeline.marks.length, "claim")} as a table</summary>${table}${missing}</details>`;
}

/** The group's estimates in words, one item each (nothing for a group without estimates). */
function estimateList(group: Group, words: EstimateWords): string {
  const estimates = group.estimates ?? [];
  if (estimates.length === 0) return "";
  const items = estimates.map((estimate) => `<li dir="auto">${escapeHtml(estimateInWords(estimate, group, words, true))}</li>`);
  return `<ul class="estimates" aria-label="Estimates">${items.join("")}</ul>`;
}

/** Without the claim set: the positions, as the report has them. */
function positionTable(group: Group): string {
  const rows = group.positions.map((position, i) => [
    `<span class="pos ${positionClass(i)}">${escapeHtml(positionLabel(position))}</span>`,
    escapeHtml(heldWhen(position) || "undated"),
    position.claims.map((id) => `<code>${escapeHtml(id)}</code>`).join(", "),
    position.origins.map((id) => `<bdi>${escapeHtml(id)}</bdi>`).join(", "),
  ]);
  return tableHtml(["Position", "Holds", "Claims", "Origins"], rows);
}

/**
 * A group's `<section>` (id `group-N` after `prefix`): title, what the
 * property is, the chart (or the positions) and the claims.
 * @internal
 */
export function groupSection(
  group: Group,
  id: string,
  words: ClaimWords,
  claimSet: ClaimSet | undefined,
  conflicts: readonly NumberedConflict[],
  prefix: string,
  estimateWords: EstimateWords,
): string {
  const title = groupTitle(group, words.names);
  const estimates = estimateList(group, estimateWords);
  const definition = claimSet?.properties?.find((property) => property.id === group.property);
  const about = [
    definition?.description ? `<span dir="auto">${escapeHtml(definition.description)}</span>` : "",
    `<code>${escapeHtml(group.key)}</code>`,
    conflicts.length ? `conflicts ${conflictLinks(conflicts, prefix)}` : "no conflicts",
  ].filter(Boolean);
  const head = `<section class="group" id="${id}" aria-labelledby="${id}-title"><h3 id="${id}-title" dir="auto">${escapeHtml(title)}</h3><p class="meta">${about.join(" · ")}</p>`;
  if (claimSet === undefined) return `${head}${estimates}${positionTable(group)}</section>`;
  const timeline = timelineOf(group, words, claimSet.properties, conflicts);
  if (timeline.marks.length > MAX_DRAWN) {
    const note = `<p class="muted">${plural(timeline.marks.length, "claim")}: more than a chart can show legibly (${MAX_DRAWN}); the table lists them.</p>`;
    return `${head}${estimates}${note}${claimTable(group, timeline, words, prefix)}</section>`;
  }
  const property = group.property.replaceAll("-", " ");
  const unit = timeline.unit ?? definition?.unit;
  const svg = timelineSvg(timeline, {
    id: `${id}-chart`,
    title: `Timeline: ${title}`,
    description: description(group, timeline),
    valueTitle: timeline.axis === "quantity" && unit ? `${property} (${unit})` : property,
    tooltip: (mark) => tooltip(mark, words),
    positionLabel: (position) => positionLabel(group.positions[position]!),
    estimateLabel: (shown) => `Estimate, ${estimateInWords(shown.estimate, group, estimateWords, true)}`,
  });
  return `${head}<figure class="chart">${svg}${legend(group, timeline, words)}</figure>${estimates}${claimTable(group, timeline, words, prefix)}</section>`;
}
