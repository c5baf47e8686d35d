/**
 * A group's timeline as inline SVG: time across (each claim's `asOf`, else
 * `published`, as a span), value up (quantities and dates as spans on their
 * scale, booleans and text as rows). One colour per position, one marker
 * shape per source, planned values dashed with hollow markers, denials
 * struck through, open ends faded with an arrow, claims in a conflict
 * outlined and badged with the conflict's number; undated claims in a lane
 * of their own at the right. The SVG scales with its viewBox; all it says
 * is also in the figure's legend and table.
 */
import type { Severity } from "../../model/report.js";
import { escapeHtml } from "./escape.js";
import { BAR, FONT, LANE_GAP, Room, TOP, WIDTH, byClaimId, frameOf, placeMarks, textWidth } from "./layout.js";
import type { Box, Frame, Placed } from "./layout.js";
import { PAGE, SEVERITY_COLORS, positionColor } from "./palette.js";
import type { Timeline, TimelineEstimate, TimelineMark } from "./timeline.js";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What the page tells the chart: a prefix for its ids, and words. @internal */
export interface ChartText {
  /** A prefix for the SVG's element ids, unique in the page. */
  id: string;
  title: string;
  description: string;
  /** The value axis's title: `troop count (troops)`. */
  valueTitle: string;
  /** A mark's tooltip. */
  tooltip(mark: TimelineMark): string;
  /** A position as the chart labels it: `~1400`, `<1000 planned`. */
  positionLabel(position: number): string;
  /** An estimate's tooltip. */
  estimateLabel(estimate: TimelineEstimate): string;
}

/** The marker shapes, one per source in order of appearance (cycled), centred on 0,0. @internal */
export const MARKER_SHAPES = [
  "M5 0A5 5 0 1 1 -5 0A5 5 0 1 1 5 0Z", // circle
  "M-4.5 -4.5H4.5V4.5H-4.5Z", // square
  "M0 -6L5.5 4H-5.5Z", // triangle
  "M0 -6.5L6 0L0 6.5L-6 0Z", // diamond
  "M0 6L5.5 -4H-5.5Z", // triangle down
  "M-1.8 -6H1.8V-1.8H6V1.8H1.8V6H-1.8V1.8H-6V-1.8H-1.8Z", // plus
  "M0 -5.5L5.2 -1.7L3.2 4.5H-3.2L-5.2 -1.7Z", // pentagon
  "M-5.5 -2.6L-2.6 -5.5L0 -2.9L2.6 -5.5L5.5 -2.6L2.9 0L5.5 2.6L2.6 5.5L0 2.9L-2.6 5.5L-5.5 2.6L-2.9 0Z", // cross
] as const;

/** The marker shape of the source at `index`. @internal */
export function markerShape(index: number): string {
  return MARKER_SHAPES[index % MARKER_SHAPES.length]!;
}

/** The most severe conflict naming a mark, if any. @internal */
export function worstSeverity(mark: TimelineMark): Severity | undefined {
  let worst: Severity | undefined;
  for (const { conflict } of mark.conflicts) if (worst === undefined || RANK[conflict.severity] < RANK[worst]) worst = conflict.severity;
  return worst;
}

/** One decimal: short, deterministic coordinates. */
const r = (n: number) => String(Math.round(n * 10) / 10);

/** The colour a mark is drawn in: its position's, or the text colour for a denial. */
const colorOf = (mark: TimelineMark) => (mark.position === undefined ? PAGE.text : positionColor(mark.position));

/** Where an open-ended span fades to: its open value end first, else its open time end. */
function fadeOf(p: Placed): "up" | "down" | "left" | "right" | undefined {
  return p.open.top ? "up" : p.open.bottom ? "down" : p.open.right ? "right" : p.open.left ? "left" : undefined;
}

const FADES = { up: [0, 1, 0, 0], down: [0, 0, 0, 1], right: [0, 0, 1, 0], left: [1, 0, 0, 0] } as const;

/** Gradients for open-ended spans: the position's tint fading out towards the open end. */
function defs(placed: readonly Placed[], id: string): string[] {
  const needed = new Map<string, [string, keyof typeof FADES, number]>();
  for (const p of placed) {
    const fade = fadeOf(p);
    if (fade !== undefined) needed.set(`${id}-fade-${fade}-${colorOf(p.mark).slice(1)}`, [colorOf(p.mark), fade, p.mark.modality === "asserted" ? 0.28 : 0.1]);
  }
  if (needed.size === 0) return [];
  const gradients = [...needed].map(([gid, [color, fade, opacity]]) => {
    const [x1, y1, x2, y2] = FADES[fade];
    return `<linearGradient id="${gid}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"><stop offset="0" stop-color="${color}" stop-opacity="${opacity}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></linearGradient>`;
  });
  return ["<defs>", ...gradients, "</defs>"];
}

function valueAxisSvg(frame: Frame, title: string, room: Room): string[] {
  const right = frame.dated ? frame.plotRight : frame.lane.x + frame.lane.width;
  const out = [`<g class="axis" fill="${PAGE.muted}">`];
  for (const tick of frame.valueTicks) {
    const at = frame.y(tick.at);
    out.push(`<line x1="${frame.left}" x2="${r(right)}" y1="${r(at)}" y2="${r(at)}" stroke="${PAGE.grid}"/>`);
    out.push(`<text x="${frame.left - 6}" y="${r(at)}" dy="0.32em" text-anchor="end">${escapeHtml(tick.label)}</text>`);
  }
  room.occupy({ x: 0, y: 0, w: frame.left - 2, h: frame.height });
  out.push(`<text x="${frame.left}" y="${TOP - 14}" fill="${PAGE.text}" font-weight="600">${escapeHtml(title)}</text>`, "</g>");
  room.occupy({ x: frame.left, y: TOP - 28, w: textWidth(title, true), h: 18 });
  return out;
}

function timeAxisSvg(frame: Frame): string[] {
  const { left, plotRight, plotBottom: bottom } = frame;
  const out = [`<g class="axis" fill="${PAGE.muted}">`, `<line x1="${left}" x2="${r(plotRight)}" y1="${bottom}" y2="${bottom}" stroke="${PAGE.line}"/>`];
  for (const tick of frame.timeTicks) {
    const at = frame.x(tick.at);
    const half = textWidth(tick.label) / 2;
    if (at - half < 0 || at + half > WIDTH) continue;
    out.push(`<line x1="${r(at)}" x2="${r(at)}" y1="${bottom}" y2="${bottom + 5}" stroke="${PAGE.line}"/>`);
    out.push(`<text x="${r(at)}" y="${bottom + 18}" text-anchor="middle">${escapeHtml(tick.label)}</text>`);
  }
  out.push(`<text x="${r((left + plotRight) / 2)}" y="${bottom + 38}" text-anchor="middle" fill="${PAGE.text}">when it holds: as of, else published</text>`, "</g>");
  return out;
}

function laneSvg(frame: Frame): string[] {
  const { lane, plotBottom: bottom } = frame;
  const middle = r(lane.x + lane.width / 2);
  return [
    `<g class="lane">`,
    `<rect x="${r(lane.x)}" y="${TOP}" width="${r(lane.width)}" height="${bottom - TOP}" fill="${PAGE.panel}" stroke="${PAGE.line}" stroke-dasharray="3 3"/>`,
    `<text x="${middle}" y="${bottom + 18}" text-anchor="middle" fill="${PAGE.text}">undated</text>`,
    ...(frame.dated ? [] : [`<text x="${middle}" y="${bottom + 38}" text-anchor="middle" fill="${PAGE.muted}">no claim says when its value holds</text>`]),
    "</g>",
  ];
}

/** A small arrowhead at (x, y) pointing `to`: an open end. */
function arrow(x: number, y: number, to: "left" | "right" | "up" | "down", color: string): string {
  const d = { up: "M-4 3L0 -3L4 3Z", down: "M-4 -3L0 3L4 -3Z", left: "M3 -4L-3 0L3 4Z", right: "M-3 -4L3 0L-3 4Z" }[to];
  return `<path d="${d}" transform="translate(${r(x)} ${r(y)})" fill="${color}"/>`;
}

/** The edges of a box that are not open, as a path. */
function closedEdges(p: Placed): string {
  const { x, y, w, h } = p.box;
  const edges = [
    [!p.open.top, `M${r(x)} ${r(y)}H${r(x + w)}`],
    [!p.open.right, `M${r(x + w)} ${r(y)}V${r(y + h)}`],
    [!p.open.bottom, `M${r(x)} ${r(y + h)}H${r(x + w)}`],
    [!p.open.left, `M${r(x)} ${r(y)}V${r(y + h)}`],
  ] as const;
  return edges.filter(([closed]) => closed).map(([, d]) => d).join("");
}

function markSvg(p: Placed, text: ChartText): string {
  const { mark, box } = p;
  const color = colorOf(mark);
  const severity = worstSeverity(mark);
  const asserted = mark.modality === "asserted";
  const out = [`<g class="mark ${mark.modality}" data-claim="${escapeHtml(mark.claim.id)}"${severity ? ` data-conflict="${severity}"` : ""}>`];
  if (severity === "error" || severity === "warning") {
    const dash = severity === "warning" ? ` stroke-dasharray="5 2"` : "";
    out.push(`<rect x="${r(box.x - 3)}" y="${r(box.y - 3)}" width="${r(box.w + 6)}" height="${r(box.h + 6)}" rx="3" fill="none" stroke="${SEVERITY_COLORS[severity].color}" stroke-width="2"${dash}/>`);
  }
  const fade = fadeOf(p);
  const fill = fade ? `url(#${text.id}-fade-${fade}-${color.slice(1)})` : color;
  const opacity = fade ? "" : ` fill-opacity="${asserted ? 0.22 : 0.07}"`;
  const dash = asserted ? "" : ` stroke-dasharray="${mark.modality === "denied" ? "1.5 2" : "4 2"}"`;
  out.push(`<rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.w)}" height="${r(box.h)}" fill="${fill}"${opacity}/>`);
  out.push(`<path d="${closedEdges(p)}" fill="none" stroke="${color}" stroke-width="1.5"${dash}/>`);
  if (mark.modality === "denied") out.push(`<path d="M${r(box.x)} ${r(box.y + box.h)}L${r(box.x + box.w)} ${r(box.y)}" stroke="${color}" stroke-width="1.5"/>`);
  if (p.open.top) out.push(arrow(p.cx, box.y + 4, "up", color));
  if (p.open.bottom) out.push(arrow(p.cx, box.y + box.h - 4, "down", color));
  if (p.open.left) out.push(arrow(box.x + 4, p.cy, "left", color));
  if (p.open.right) out.push(arrow(box.x + box.w - 4, p.cy, "right", color));
  const marker = asserted ? `fill="${color}" stroke="${PAGE.background}" stroke-width="1"` : `fill="${PAGE.background}" stroke="${color}" stroke-width="1.5"`;
  out.push(`<path d="${markerShape(mark.source)}" transform="translate(${r(p.cx)} ${r(p.cy)})" ${marker}/>`);
  out.push(`<title>${escapeHtml(text.tooltip(mark))}</title>`, "</g>");
  return out.join("");
}

/**
 * The numbers of the conflicts naming marks, in a badge above them: one per
 * run of side-by-side marks that share the same conflicts, moved up until
 * it is free.
 */
function badgesSvg(placed: readonly Placed[], room: Room): string[] {
  const shared = new Map<string, Placed[]>();
  for (const p of placed) {
    if (p.mark.conflicts.length === 0) continue;
    const key = `${p.run}|${p.mark.conflicts.map((c) => c.number).join(",")}`;
    const members = shared.get(key);
    if (members) members.push(p);
    else shared.set(key, [p]);
  }
  // Within a run, only marks that (nearly) meet up and down share a badge.
  const clusters: Array<[string, Placed[]]> = [];
  for (const [key, members] of shared) {
    let last: Placed[] | undefined;
    let bottom = -Infinity;
    for (const p of [...members].sort((a, b) => a.box.y - b.box.y)) {
      if (last && p.box.y <= bottom + 20) last.push(p);
      else clusters.push([key, (last = [p])]);
      bottom = Math.max(bottom, p.box.y + p.box.h);
    }
  }
  return clusters.map(([key, members]) => {
    const label = key.slice(key.indexOf("|") + 1).replaceAll(",", ", ");
    const severity = members.map((p) => worstSeverity(p.mark)!).sort((a, b) => RANK[a] - RANK[b])[0]!;
    const w = 10 + textWidth(label, true) * 0.9;
    const cx = members.reduce((sum, p) => sum + p.cx, 0) / members.length;
    const top = Math.min(...members.map((p) => p.box.y));
    const right = Math.max(...members.map((p) => p.box.x + p.box.w));
    const h = 17;
    // Above the marks; inside the top of a tall span (one open at the top reaches the chart's top); beside it.
    const candidates = [
      ...[0, 1, 2, 3, 4, 5].map((i) => top - 24 - i * 19).filter((y) => y >= 2).map((y) => ({ x: cx - w / 2, y, w, h })),
      { x: cx - w / 2, y: top + 12, w, h },
      { x: right + 4, y: top, w, h },
    ];
    const box = room.place(candidates);
    const { color, tint } = SEVERITY_COLORS[severity];
    return `<g class="badge"><rect x="${r(box.x)}" y="${r(box.y)}" width="${r(w)}" height="${h}" rx="8.5" fill="${tint}" stroke="${color}"/><text x="${r(box.x + w / 2)}" y="${r(box.y + 12.5)}" text-anchor="middle" font-size="12" font-weight="700" fill="${color}">${label}</text></g>`;
  });
}

/**
 * Each position's label beside its rightmost dated mark (its rightmost
 * undated one when it has no dated mark): right of it, left, above or
 * below, wherever it is free.
 */
function labelsSvg(placed: readonly Placed[], timeline: Timeline, text: ChartText, room: Room, frame: Frame): string[] {
  const chosen = new Map<number, Placed>();
  const right = (p: Placed) => (p.mark.time === undefined ? -Infinity : p.box.x + p.box.w);
  for (const p of placed) {
    if (p.mark.position === undefined) continue;
    const best = chosen.get(p.mark.position);
    if (best === undefined || right(p) > right(best)) chosen.set(p.mark.position, p);
  }
  // Labels go beside the whole run of side-by-side bars, not inside it.
  const runs = new Map<number, { left: number; right: number }>();
  for (const p of placed) {
    const run = runs.get(p.run) ?? { left: Infinity, right: -Infinity };
    runs.set(p.run, { left: Math.min(run.left, p.box.x), right: Math.max(run.right, p.box.x + p.box.w) });
  }
  return [...chosen]
    .sort(([a], [b]) => a - b)
    .map(([position, p]) => {
      const label = text.positionLabel(position);
      const [w, h] = [textWidth(label, true) + 4, 17];
      const run = runs.get(p.run)!;
      // At the position's own value, where the mark reaches it.
      const value = timeline.axis === "date" ? frame.y(timeline.positions[position]! + 0.5) : frame.y(timeline.positions[position]!);
      const cy = Math.min(Math.max(value, p.box.y), p.box.y + p.box.h);
      const beside = [0, -17, 17, -34, 34];
      // Nearest first: beside the run on either side, then a line higher or lower, then above or below it.
      const candidates = [
        ...beside.flatMap((dy) => [
          { x: run.right + 6, y: cy - h / 2 + dy, w, h, anchor: "start" },
          { x: run.left - 6 - w, y: cy - h / 2 + dy, w, h, anchor: "end" },
        ]),
        { x: p.cx - w / 2, y: p.box.y - h - 4, w, h, anchor: "middle" },
        { x: p.cx - w / 2, y: p.box.y + p.box.h + 4, w, h, anchor: "middle" },
      ];
      const limit = p.mark.time === undefined || frame.lane.width === 0 ? WIDTH : frame.plotRight + LANE_GAP - 2;
      const box = room.place(candidates, limit);
      const x = box.anchor === "start" ? box.x + 2 : box.anchor === "end" ? box.x + box.w - 2 : box.x + box.w / 2;
      const anchor = box.anchor === "start" ? "" : ` text-anchor="${box.anchor}"`;
      return `<text class="label" x="${r(x)}" y="${r(box.y + 12.5)}"${anchor} fill="${colorOf(p.mark)}" font-weight="700" stroke="${PAGE.background}" stroke-width="3" paint-order="stroke">${escapeHtml(label)}</text>`;
    });
}

/** What badges and labels must not cover: bars whole, and the markers of wider spans. */
function markRoom(placed: readonly Placed[], room: Room): void {
  const grow = (b: Box, by: number): Box => ({ x: b.x - by, y: b.y - by, w: b.w + 2 * by, h: b.h + 2 * by });
  for (const p of placed) {
    room.occupy(p.box.w <= BAR ? grow(p.box, 3) : { x: p.cx - 7, y: p.cy - 7, w: 14, h: 14 });
  }
}

/**
 * The estimates: a dashed line at the most likely value across each moment
 * (across the undated lane for undated claims; at least a bar wide), drawn
 * over the marks, with the estimate in words as its tooltip.
 */
function estimatesSvg(timeline: Timeline, frame: Frame, text: ChartText): string[] {
  const day = timeline.axis === "date" ? 0.5 : 0;
  const out: string[] = [];
  for (const shown of timeline.estimates) {
    const { time } = shown;
    let x0: number;
    let x1: number;
    if (time === undefined) {
      if (frame.lane.width === 0) continue;
      [x0, x1] = [frame.lane.x + 4, frame.lane.x + frame.lane.width - 4];
    } else {
      if (!frame.dated) continue;
      x0 = time.lo === null ? frame.left : frame.x(time.lo);
      x1 = time.hi === null ? frame.plotRight : frame.x(time.hi + 1);
      if (x1 - x0 < 2 * BAR) [x0, x1] = [(x0 + x1) / 2 - BAR, (x0 + x1) / 2 + BAR];
    }
    const at = r(frame.y(shown.at + day));
    const planned = shown.estimate.modality === "planned";
    out.push(
      `<g class="estimate ${shown.estimate.modality}"><line x1="${r(x0)}" x2="${r(x1)}" y1="${at}" y2="${at}" stroke="${PAGE.background}" stroke-width="5" stroke-linecap="round"/>` +
        `<line x1="${r(x0)}" x2="${r(x1)}" y1="${at}" y2="${at}" stroke="${PAGE.text}" stroke-width="2.5" stroke-dasharray="${planned ? "2 3" : "7 3"}"/>` +
        `<title>${escapeHtml(text.estimateLabel(shown))}</title></g>`,
    );
  }
  return out;
}

/**
 * The chart of a timeline: an `<svg>` with `role="img"`, its `<title>` and
 * `<desc>`, and one `<g data-claim="…">` per mark.
 * @internal
 */
export function timelineSvg(timeline: Timeline, text: ChartText): string {
  const frame = frameOf(timeline);
  const placed = placeMarks(timeline, frame);
  const room = new Room();
  markRoom(placed, room);
  const axes = [...valueAxisSvg(frame, text.valueTitle, room), ...(frame.dated ? timeAxisSvg(frame) : [])];
  room.occupy({ x: 0, y: frame.plotBottom + 1, w: WIDTH, h: 60 }); // the time axis
  const badges = badgesSvg(placed, room);
  const labels = labelsSvg(placed, timeline, text, room, frame);
  const ids = { title: `${text.id}-title`, desc: `${text.id}-desc` };
  // Wide spans first, so that bars and markers drawn later stay visible on top of them.
  const order = [...placed].sort((a, b) => b.box.w * b.box.h - a.box.w * a.box.h || byClaimId(a.mark, b.mark));
  return [
    `<svg class="timeline" viewBox="0 0 ${WIDTH} ${frame.height}" role="img" aria-labelledby="${ids.title} ${ids.desc}" font-size="${FONT}">`,
    `<title id="${ids.title}">${escapeHtml(text.title)}</title>`,
    `<desc id="${ids.desc}">${escapeHtml(text.description)}</desc>`,
    ...defs(placed, text.id),
    ...axes,
    ...(frame.lane.width > 0 ? laneSvg(frame) : []),
    ...order.map((p) => markSvg(p, text)),
    ...estimatesSvg(timeline, frame, text),
    ...badges,
    ...labels,
    "</svg>",
  ].join("\n");
}
