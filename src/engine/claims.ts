/**
 * Claims made ready for the rules: names resolved through entities, the
 * claim's time and document decided, the value read, and the group key.
 */
import type { Claim, ClaimSet, Modality } from "../model/claim-set.js";
import type { ResolvedProperty } from "../model/properties.js";
import type { ClaimSetAnalysis } from "../model/validate.js";
import { normalizeLabel } from "../normalize/index.js";
import { parseDate } from "../values/index.js";
import type { Value } from "../values/types.js";
import type { Span } from "./span.js";
import { daySpan, valueSpan } from "./span.js";

/** A claim as the rules see it. */
export interface CheckedClaim {
  id: string;
  /** Position in the claim set's `claims`. */
  index: number;
  /** The claim as written. */
  claim: Claim;
  value: Value;
  /** The value as a span of numbers or days; undefined for text and booleans. */
  span: Span | undefined;
  /** Text and boolean values compare by this key. */
  key: string;
  property: ResolvedProperty;
  /** Subject, scope values and sources resolved through entities. */
  subject: string;
  scope: Record<string, string>;
  source: string;
  /** The last attribution, or the source: who the figure really comes from. */
  origin: string;
  /** The article: `document`, else source and publication date. */
  document: string;
  /** When the value holds (`asOf`, else `published`), in days; undefined when undated. */
  time: Span | undefined;
  modality: Modality;
  group: string;
}

// Keys are readable but unambiguous: the separators are escaped inside names.
const escapeKeyPart = (s: string) => s.replace(/[%/?&=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The key of a group: `subject/property`, then `?name=value&…` for a scope,
 * names sorted.
 */
export function groupKey(subject: string, property: string, scope: Record<string, string>): string {
  const parts = Object.keys(scope)
    .sort()
    .map((name) => `${escapeKeyPart(name)}=${escapeKeyPart(scope[name]!)}`);
  return `${escapeKeyPart(subject)}/${escapeKeyPart(property)}${parts.length ? `?${parts.join("&")}` : ""}`;
}

/** Reads every claim of a valid claim set for the rules, in document order. */
export function checkedClaims(claimSet: ClaimSet, analysis: ClaimSetAnalysis): CheckedClaim[] {
  const { aliases, properties, values } = analysis;
  const out: CheckedClaim[] = [];
  claimSet.claims.forEach((claim, index) => {
    const value = values[index]!;
    const property = properties.get(claim.property)!;
    const subject = aliases.resolve(claim.subject);
    const scope: Record<string, string> = {};
    for (const name of Object.keys(claim.scope ?? {}).sort()) {
      scope[normalizeLabel(name)] = aliases.resolve(claim.scope![name]!);
    }
    const source = aliases.resolve(claim.source);
    const attribution = claim.attribution ?? [];
    const origin = attribution.length > 0 ? aliases.resolve(attribution[attribution.length - 1]!) : source;
    const when = claim.asOf ?? claim.published;
    const read = when === undefined ? undefined : parseDate(when);
    const time = read?.ok ? daySpan(read.value.interval.start, read.value.interval.end) : undefined;
    out.push({
      id: claim.id,
      index,
      claim,
      value,
      span: valueSpan(value),
      key: value.type === "text" ? value.key : value.type === "boolean" ? String(value.value) : value.display,
      property,
      subject,
      scope,
      source,
      origin,
      document: claim.document ?? `${source}@${claim.published ?? "undated"}`,
      time,
      modality: claim.modality ?? "asserted",
      group: groupKey(subject, claim.property, scope),
    });
  });
  return out;
}
