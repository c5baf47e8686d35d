/**
 * A claim set's claims as the model's items: one item per subject, property,
 * scope and `asOf` (a moment), values read with the checker's parsers. A
 * stand-in for the checker's grouping, enough for fusion benchmarks whose
 * moments are stated outright (a year, a day).
 */
import { estimateValueOf, type EstimateClaim, type EstimateItem, type Modality, type Temporal } from "../../src/estimates/index.js";
import { dayRange, parseDate } from "../../src/values/date.js";
import { parseValue } from "../../src/values/index.js";
import { normalizeLabel } from "../../src/normalize/label.js";
import type { ValueType } from "../../src/values/types.js";

/** The part of the claim-set model (DESIGN §1) the benchmarks use. */
export interface BenchClaimSet {
  sources?: { id: string; reliability?: number; kind?: string }[];
  properties?: { id: string; type: ValueType; temporal?: Temporal }[];
  claims: {
    id: string;
    subject: string;
    property: string;
    value: unknown;
    source: string;
    asOf?: string;
    scope?: Record<string, string>;
    attribution?: string[];
    modality?: Modality;
    document?: string;
  }[];
}

/** The key of the item a claim belongs to. */
export function itemKey(subject: string, property: string, asOf: string | undefined, scope?: Record<string, string>): string {
  const scoped = scope ? Object.keys(scope).sort().map((k) => `${k}=${scope[k]}`).join("&") : "";
  return `${subject}/${property}${scoped ? `?${scoped}` : ""}@${asOf ?? ""}`;
}

/** Groups the claims into items; claims whose value cannot be read are counted, not kept. */
export function itemsOf(set: BenchClaimSet): { items: EstimateItem[]; unreadable: number } {
  const properties = new Map((set.properties ?? []).map((p) => [p.id, p]));
  const items = new Map<string, EstimateItem & { claims: EstimateClaim[] }>();
  let unreadable = 0;
  for (const c of set.claims) {
    const property = properties.get(c.property);
    const type: ValueType = property?.type ?? (typeof c.value === "number" ? "quantity" : typeof c.value === "boolean" ? "boolean" : "text");
    // Text is keyed as the checker keys it (a claim set without entities): "COULOURIS" and "Coulouris" are one value.
    const read = parseValue(c.value, type, undefined, normalizeLabel);
    if (!read.ok) {
      unreadable++;
      continue;
    }
    const key = itemKey(c.subject, c.property, c.asOf, c.scope);
    let item = items.get(key);
    if (item === undefined) {
      const asOf = c.asOf === undefined ? undefined : parseDate(c.asOf);
      const time = asOf?.ok ? dayRange(asOf.value)[0] ?? undefined : undefined;
      item = {
        key,
        type,
        temporal: property?.temporal ?? (type === "quantity" ? "state" : "static"),
        property: c.property,
        series: itemKey(c.subject, c.property, undefined, c.scope),
        ...(time !== undefined ? { time } : {}),
        claims: [],
      };
      items.set(key, item);
    }
    const origin = c.attribution && c.attribution.length > 0 ? c.attribution[c.attribution.length - 1]! : c.source;
    item.claims.push({
      id: c.id,
      source: c.source,
      origin,
      document: c.document ?? `${c.source}@${c.asOf ?? ""}`,
      value: estimateValueOf(read.value),
      modality: c.modality ?? "asserted",
    });
  }
  return { items: [...items.values()], unreadable };
}
