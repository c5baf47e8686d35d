/**
 * Where a timeline's marks go, in the chart's own units (its viewBox): the
 * scales, each mark's box and marker, narrow marks that meet set side by
 * side, and free places for badges and labels.
 */
import { dayTicks, numberTicks } from "./axes.js";
import type { Tick } from "./axes.js";
import type { Interval, Timeline, TimelineMark } from "./timeline.js";

/** The viewBox's width; every chart has it. Small enough that its text stays readable on a phone. @internal */
export const WIDTH = 480;
/** The size of the chart's text, in its units. @internal */
export const FONT = 13;
/** @internal */
export const TOP = 30;
const BOTTOM = 46;
const RIGHT = 14;
/** Width of the undated lane, and the gap before it. */
const LANE = 60;
/** @internal */
export const LANE_GAP = 18;
/** Marks narrower than this are drawn as bars this wide, side by side when they meet. @internal */
export const BAR = 8;
const SLOT = 14;
/** Room kept right of the latest dated mark for the positions' labels. */
const LABEL_ROOM = 80;

/** About how wide `text` is drawn at the chart's font size (generous: system fonts differ). @internal */
export function textWidth(text: string, bold = false): number {
  return text.length * FONT * (bold ? 0.68 : 0.62);
}

/** A rectangle in chart units. @internal */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A mark where it is drawn. @internal */
export interface Placed {
  mark: TimelineMark;
  box: Box;
  /** The marker's centre. */
  cx: number;
  cy: number;
  /** Which ends are open: drawn with an arrow, and not closed by a line. */
  open: { left: boolean; right: boolean; top: boolean; bottom: boolean };
  /** Marks drawn side by side share a run; badges are per run. */
  run: number;
}

/** The frame of a chart: its size, plot area, lane, scales and ticks. @internal */
export interface Frame {
  height: number;
  left: number;
  /** The right edge of the dated plot area. */
  plotRight: number;
  plotBottom: number;
  /** The undated lane's left edge and width (0 when there is none). */
  lane: { x: number; width: number };
  /** Whether any claim is dated (and so the chart has a time axis). */
  dated: boolean;
  x: (day: number) => number;
  y: (value: number) => number;
  timeTicks: Tick[];
  valueTicks: Tick[];
}

const linear = (d0: number, d1: number, r0: number, r1: number) => (v: number) =>
  d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) * (r1 - r0)) / (d1 - d0);

const finite = (values: Array<number | null>) => values.filter((v): v is number => v !== null && Number.isFinite(v));

/** The first and last day of the dated marks' bounded ends, and whether any is open at the start. */
function timeDomain(marks: readonly TimelineMark[]): { lo: number; hi: number; openStart: boolean } {
  const times = marks.flatMap((m) => (m.time ? [m.time] : []));
  const ends = finite(times.flatMap((t) => [t.lo, t.hi === null ? null : t.hi + 1]));
  if (ends.length === 0) return { lo: 0, hi: 1, openStart: false };
  return { lo: Math.min(...ends), hi: Math.max(...ends), openStart: times.some((t) => t.lo === null) };
}

/** The value axis's domain and ticks. Quantities start at zero when that costs at most half the height. */
function valueDomain(timeline: Timeline, height: number): { lo: number; hi: number; ticks: Tick[] } {
  const { marks, axis } = timeline;
  if (axis === "category") {
    const ticks = timeline.categories.map((label, at) => ({ at, label: label.length > 18 ? `${label.slice(0, 17)}…` : label }));
    return { lo: Math.max(1, ticks.length) - 0.5, hi: -0.5, ticks };
  }
  const day = axis === "date" ? 1 : 0;
  const values = finite(marks.flatMap((m) => [m.span.lo, m.span.hi === null ? null : m.span.hi + day, m.at]));
  let [lo, hi] = values.length ? [Math.min(...values), Math.max(...values)] : [0, 1];
  const openTop = marks.some((m) => m.span.hi === null);
  const openBottom = marks.some((m) => m.span.lo === null);
  if (axis === "quantity") {
    // Room beyond the data, so that no mark sits on the plot's edge; more on open sides.
    const room = Math.max(hi - lo, Math.abs(hi) * 0.5, 2);
    const zero = lo >= 0 && (lo <= hi / 2 || openBottom);
    hi += room * (openTop ? 0.15 : 0.06);
    lo = zero ? 0 : lo - room * (openBottom ? 0.15 : 0.06);
    return numberTicks(lo, hi, Math.floor(height / 36));
  }
  // At least four months up the axis, so that a month is not the whole plot.
  const widen = Math.max(0, 120 - (hi - lo)) / 2;
  [lo, hi] = [lo - widen, hi + widen];
  const pad = (hi - lo) * 0.06;
  const open = (hi - lo) * 0.1;
  [lo, hi] = [lo - pad - (openBottom ? open : 0), hi + pad + (openTop ? open : 0)];
  return { lo, hi, ticks: dayTicks(lo, hi, Math.floor(height / 28)) };
}

/** The frame of a timeline's chart. @internal */
export function frameOf(timeline: Timeline): Frame {
  const { marks, axis } = timeline;
  const height = axis === "category" ? Math.max(170, TOP + BOTTOM + 44 * timeline.categories.length) : 260;
  const plotBottom = height - BOTTOM;
  const values = valueDomain(timeline, plotBottom - TOP);
  // The value axis's labels decide the left margin.
  const left = Math.round(Math.min(150, Math.max(36, ...values.ticks.map((tick) => textWidth(tick.label))) + 12));
  const dated = marks.some((m) => m.time !== undefined);
  const undated = marks.some((m) => m.time === undefined);
  const laneWidth = !undated ? 0 : dated ? LANE : WIDTH - left - RIGHT;
  const plotRight = WIDTH - RIGHT - (laneWidth === 0 ? 0 : dated ? laneWidth + LANE_GAP : laneWidth);
  // The data's days fill the plot less a margin on each side: more at the start when a span is
  // open there, and at the end room for the positions' labels.
  const days = timeDomain(marks);
  const start = left + (days.openStart ? 36 : 10);
  const end = plotRight - (plotRight - left > 300 ? LABEL_ROOM : 10);
  // At least two months across, so that a single day is a bar, not the whole plot.
  const widen = Math.max(0, 60 - (days.hi - days.lo)) / 2;
  const [d0, d1] = [days.lo - widen, days.hi + widen];
  const x = linear(d0, d1, start, end);
  const day = (px: number) => d0 + ((px - start) * (d1 - d0)) / (end - start);
  return {
    height,
    left,
    plotRight,
    plotBottom,
    lane: { x: WIDTH - RIGHT - laneWidth, width: laneWidth },
    dated,
    x,
    y: linear(values.lo, values.hi, plotBottom, TOP),
    timeTicks: dated ? dayTicks(Math.ceil(day(left)), Math.floor(day(plotRight)), Math.floor((plotRight - left) / 84)) : [],
    valueTicks: values.ticks,
  };
}

/**
 * Every mark's box and marker. A claim's time runs across, its value up (a
 * date value's last day included); open ends reach the plot's edge. Marks
 * narrower than a bar become bars, side by side where they meet (strongest
 * position first); undated marks share the lane the same way.
 * @internal
 */
export function placeMarks(timeline: Timeline, frame: Frame): Placed[] {
  const { x, y, left, plotRight, plotBottom } = frame;
  const day = timeline.axis === "date" ? 1 : 0;
  const band = timeline.axis === "category" ? Math.min(9, (plotBottom - TOP) / timeline.categories.length / 4) : 0;
  const placed: Placed[] = timeline.marks.map((mark, i) => {
    const top = mark.span.hi === null ? TOP : y(mark.span.hi + day) - band;
    const bottom = mark.span.lo === null ? plotBottom : y(mark.span.lo) + band;
    const [y0, y1] = bottom - top < 3 ? [(top + bottom) / 2 - 1.5, (top + bottom) / 2 + 1.5] : [top, bottom];
    const time: Interval | undefined = mark.time;
    const x0 = time === undefined ? 0 : time.lo === null ? left : x(time.lo);
    const x1 = time === undefined ? 0 : time.hi === null ? plotRight : x(time.hi + 1);
    return {
      mark,
      box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 },
      cx: (x0 + x1) / 2,
      cy: Math.min(Math.max(y(mark.at + day / 2), y0), y1),
      open: { left: time?.lo === null, right: time?.hi === null, top: mark.span.hi === null, bottom: mark.span.lo === null },
      run: i,
    };
  });
  const narrow = placed.filter((p) => p.mark.time !== undefined && p.box.w < BAR);
  const runs = runsOf(narrow);
  spread(runs, (run) => run.reduce((sum, p) => sum + p.cx, 0) / run.length, SLOT);
  const lane = placed.filter((p) => p.mark.time === undefined);
  const { lane: area } = frame;
  spread([lane], () => area.x + area.width / 2, Math.min(SLOT, (area.width - BAR) / Math.max(1, lane.length - 1)));
  [...runs, lane].forEach((run, i) => {
    for (const p of run) {
      p.box = { ...p.box, x: p.cx - BAR / 2, w: BAR };
      p.run = placed.length + i;
    }
  });
  const wide = placed.filter((p) => p.mark.time !== undefined && !narrow.includes(p));
  // Spans that cover the same box are one run (one badge for the conflicts they share).
  const boxes = new Map<string, number>();
  for (const p of wide) {
    const key = [p.box.x, p.box.y, p.box.w, p.box.h].map(Math.round).join(",");
    p.run = boxes.get(key) ?? p.run;
    boxes.set(key, p.run);
  }
  separateMarkers(wide);
  return placed;
}

/** Runs of marks whose centres lie within a slot of the run's first, left to right. */
function runsOf(marks: Placed[]): Placed[][] {
  const runs: Placed[][] = [];
  for (const p of [...marks].sort((a, b) => a.cx - b.cx)) {
    const last = runs[runs.length - 1];
    if (last && p.cx - last[0]!.cx < SLOT) last.push(p);
    else runs.push([p]);
  }
  return runs;
}

/** Claim ids in code-unit order: the same everywhere, whatever the locale. @internal */
export const byClaimId = (a: TimelineMark, b: TimelineMark) => (a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0);

/** Sets each run's marks side by side, `slot` apart, around `centre(run)`: strongest position first. */
function spread(runs: Placed[][], centre: (run: Placed[]) => number, slot: number): void {
  for (const run of runs) {
    run.sort((a, b) => (a.mark.position ?? Infinity) - (b.mark.position ?? Infinity) || byClaimId(a.mark, b.mark));
    const mid = centre(run);
    run.forEach((p, i) => (p.cx = mid + (i - (run.length - 1) / 2) * slot));
  }
}

/** Markers of wide spans that would sit on one another move right, one slot apart. */
function separateMarkers(wide: Placed[]): void {
  const taken = new Map<string, number>();
  for (const p of wide) {
    const key = `${Math.round(p.cx / 6)},${Math.round(p.cy / 6)}`;
    const count = taken.get(key) ?? 0;
    taken.set(key, count + 1);
    p.cx += count * SLOT;
  }
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Room for badges and labels: the first candidate box that lies inside
 * `0..right` and overlaps nothing placed so far (marks included) is taken.
 * @internal
 */
export class Room {
  private readonly taken: Box[] = [];

  /** Marks the boxes as taken. */
  occupy(...boxes: Box[]): void {
    this.taken.push(...boxes);
  }

  /** The first free candidate inside `0..right`; else the first inside; else the first. Taken from then on. */
  place<B extends Box>(candidates: readonly B[], right = WIDTH): B {
    const inside = (b: Box) => b.x >= 0 && b.x + b.w <= right && b.y >= 0;
    const box = candidates.find((b) => inside(b) && !this.taken.some((t) => overlaps(t, b))) ?? candidates.find(inside) ?? candidates[0]!;
    this.taken.push(box);
    return box;
  }
}
