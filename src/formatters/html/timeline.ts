/**
 * What a group's timeline chart shows, before any drawing: one mark per
 * claim, with when it holds (`asOf`, else `published`, in days), its value
 * as read against its property, its position, its source and the conflicts
 * that name it. Every value type can be drawn: quantities and dates on a
 * scale, booleans and text as one row per value.
 */
import type { ClaimInDocument } from "../../model/documents.js";
import type { PropertyDefinition } from "../../model/claim-set.js";
import { resolveProperty, valueSettings } from "../../model/properties.js";
import type { Conflict, Group, ReportEstimate } from "../../model/report.js";
import { dayNumberFromIso } from "../../values/days.js";
import { dayRange, parseDate, parseValue } from "../../values/index.js";
import type { Value } from "../../values/types.js";
import type { ClaimWords } from "./evidence.js";

/** A run of numbers or days; `null` is an open end. @internal */
export interface Interval {
  lo: number | null;
  hi: number | null;
}

/** A conflict as the page numbers it. @internal */
export interface NumberedConflict {
  conflict: Conflict;
  /** 1-based, in the order of the page's conflicts section. */
  number: number;
}

/** One claim on the chart. @internal */
export interface TimelineMark {
  claim: ClaimInDocument;
  /** The index of the claim's position in the group (strongest first); undefined for a denial. */
  position: number | undefined;
  modality: "asserted" | "planned" | "denied";
  /** The index of the claim's source in `Timeline.sources`. */
  source: number;
  /** When the value holds, in days; undefined when undated. */
  time: Interval | undefined;
  value: Value;
  /** Where the value lies on the value axis, and the point its marker marks. */
  span: Interval;
  at: number;
  /** The conflicts that name the claim, in page order. */
  conflicts: NumberedConflict[];
}

/** A group's chart, as data. @internal */
export interface Timeline {
  /** `quantity` and `date` values lie on a scale; `category` values (booleans, text) on a row each. */
  axis: "quantity" | "date" | "category";
  unit: string | undefined;
  /** The rows of a `category` axis, as the values display. */
  categories: string[];
  /** In claim-set order. */
  marks: TimelineMark[];
  /** Resolved source ids, in order of first appearance. */
  sources: string[];
  /** Where each position's value lies on the value axis (its label goes there). */
  positions: number[];
  /** Claims of the group the chart cannot draw: missing from the claim set, or unreadable. */
  missing: string[];
  /** The group's estimates (most likely value per moment), as the chart draws them. */
  estimates: TimelineEstimate[];
}

/** An estimate on the chart: a line at its value across its moment. @internal */
export interface TimelineEstimate {
  estimate: ReportEstimate;
  /** The moment, in days; undefined when undated (drawn across the undated lane). */
  time: Interval | undefined;
  /** Where the value lies on the value axis. */
  at: number;
}

/**
 * The timeline of `group`: the claims of its positions, and the denials its
 * conflicts name (a denial holds no position). `properties` are the claim
 * set's definitions, for reading values as the checker did.
 * @internal
 */
export function timelineOf(
  group: Group,
  words: ClaimWords,
  properties: readonly PropertyDefinition[] | undefined,
  conflicts: readonly NumberedConflict[],
): Timeline {
  const positionOf = new Map<string, number>();
  group.positions.forEach((position, i) => {
    for (const id of position.claims) positionOf.set(id, i);
  });
  const named = new Map<string, NumberedConflict[]>();
  for (const numbered of conflicts) {
    for (const id of numbered.conflict.claims) {
      const list = named.get(id);
      if (list) list.push(numbered);
      else named.set(id, [numbered]);
    }
  }
  const denials = [...named.keys()].filter((id) => !positionOf.has(id) && words.claims.get(id)?.modality === "denied");
  const ids = [...positionOf.keys(), ...denials];
  const missing = ids.filter((id) => !words.claims.has(id));
  const claims = ids.filter((id) => words.claims.has(id)).sort((a, b) => words.order.get(a)! - words.order.get(b)!);

  const definition = properties?.find((property) => property.id === group.property);
  const type = group.positions[0]?.value.type ?? definition?.type ?? "text";
  const property = resolveProperty(definition ?? { id: group.property }, type, definition !== undefined);
  const settings = valueSettings(property);
  const axis = type === "quantity" || type === "date" ? type : "category";
  const categories: string[] = [];
  const rows = new Map<string, number>();
  const sources = new Map<string, number>();
  const marks: TimelineMark[] = [];
  for (const id of claims) {
    const claim = words.claims.get(id)!;
    const read = parseValue(claim.value, type, settings, (label) => words.names.resolve(label));
    if (!read.ok) {
      missing.push(id);
      continue;
    }
    const source = words.names.resolve(claim.source);
    if (!sources.has(source)) sources.set(source, sources.size);
    const [span, at] = placeValue(read.value, rows, categories);
    marks.push({
      claim,
      position: positionOf.get(id),
      modality: claim.modality ?? "asserted",
      source: sources.get(source)!,
      time: timeOf(claim),
      value: read.value,
      span,
      at,
      conflicts: named.get(id) ?? [],
    });
  }
  const positions = group.positions.map((position) => placeValue(position.value, rows, categories)[1]);
  // Only a chart with marks has a frame to draw estimates in; a denied value is not drawn as the most likely one.
  const estimates = (marks.length === 0 ? [] : (group.estimates ?? []))
    .filter((estimate) => estimate.modality !== "denied")
    .map((estimate) => ({ estimate, time: estimateTime(estimate), at: placeValue(estimate.value, rows, categories)[1] }));
  return { axis, unit: property.unit, categories, marks, sources: [...sources.keys()], positions, missing, estimates };
}

/** An estimate's moment in days; undefined when undated. */
function estimateTime(estimate: ReportEstimate): Interval | undefined {
  if (estimate.from === null && estimate.to === null) return undefined;
  const day = (iso: string | null) => {
    const n = iso === null ? NaN : dayNumberFromIso(iso);
    return Number.isFinite(n) ? n : null; // a report read back may carry anything: an unreadable day is an open end
  };
  return { lo: day(estimate.from), hi: day(estimate.to) };
}

/** When a claim's value holds, in days: `asOf`, else `published`; undefined when undated. */
function timeOf(claim: ClaimInDocument): Interval | undefined {
  const written = claim.asOf ?? claim.published;
  if (written === undefined) return undefined;
  const read = parseDate(written);
  if (!read.ok) return undefined;
  const [lo, hi] = dayRange(read.value);
  return { lo, hi };
}

/**
 * A value's span on its axis and the point its marker marks. Booleans and
 * text get a row each, by comparison key (aliases share a row), labelled as
 * first written.
 */
function placeValue(value: Value, rows: Map<string, number>, categories: string[]): [Interval, number] {
  if (value.type === "quantity") {
    const { min, max } = value.interval;
    const at = value.amount ?? (min !== null && max !== null ? (min + max) / 2 : (min ?? max ?? 0));
    return [{ lo: min, hi: max }, at];
  }
  if (value.type === "date") {
    const [lo, hi] = dayRange(value);
    return [{ lo, hi }, lo !== null && hi !== null ? Math.floor((lo + hi) / 2) : (lo ?? hi ?? 0)];
  }
  const key = value.type === "text" ? value.key : value.display;
  let row = rows.get(key);
  if (row === undefined) {
    rows.set(key, (row = categories.length));
    categories.push(value.display);
  }
  return [{ lo: row, hi: row }, row];
}
