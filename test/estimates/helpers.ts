/** Small builders for estimation tests: values as written, claims and items. */
import { parseDate } from "../../src/values/date.js";
import { parseBoolean, parseQuantity, parseText } from "../../src/values/index.js";
import { estimateValueOf, type EstimateClaim, type EstimateItem, type EstimateValue, type Modality, type Temporal, type ValueKind } from "../../src/estimates/index.js";

/** A quantity as written (`900`, `"~1400"`, `">=70"`, `"2000..2500"`). */
export function q(raw: number | string): EstimateValue {
  const read = parseQuantity(raw);
  if (!read.ok) throw new Error(read.message);
  return estimateValueOf(read.value);
}

/** A date as written (`"2025-09"`, `"2026-Q4"`, `"../2026-09"`). */
export function d(raw: string): EstimateValue {
  const read = parseDate(raw);
  if (!read.ok) throw new Error(read.message);
  return estimateValueOf(read.value);
}

/** Text, compared by its trimmed form. */
export function t(raw: string): EstimateValue {
  const read = parseText(raw);
  if (!read.ok) throw new Error(read.message);
  return estimateValueOf(read.value);
}

/** A boolean. */
export function b(raw: boolean): EstimateValue {
  const read = parseBoolean(raw);
  if (!read.ok) throw new Error(read.message);
  return estimateValueOf(read.value);
}

/** A claim: `source` says `value`; `origin` defaults to the source. */
export function claim(id: string, source: string, value: EstimateValue, more: { origin?: string; modality?: Modality; document?: string } = {}): EstimateClaim {
  return {
    id,
    source,
    origin: more.origin ?? source,
    document: more.document ?? `${source}/${id}`,
    value,
    modality: more.modality ?? "asserted",
  };
}

/** An item of the given claims. */
export function item(key: string, claims: EstimateClaim[], more: { type?: ValueKind; temporal?: Temporal; series?: string; time?: number; property?: string } = {}): EstimateItem {
  const first = claims[0]?.value;
  const type = more.type ?? (first?.kind === "key" ? "text" : "quantity");
  return {
    key,
    type,
    temporal: more.temporal ?? "state",
    claims,
    ...(more.series !== undefined ? { series: more.series } : {}),
    ...(more.time !== undefined ? { time: more.time } : {}),
    ...(more.property !== undefined ? { property: more.property } : {}),
  };
}
