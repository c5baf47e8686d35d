/**
 * Claims made ready for the rules: names resolved through entities, the
 * claim's time and document decided, the value read, and the group key.
 */
import type { Claim, ClaimSet, Modality } from "../model/claim-set.js";
import type { ResolvedProperty } from "../model/properties.js";
import type { ClaimSetAnalysis } from "../model/validate.js";
import { normalizeLabel } from "../normalize/index.js";
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
const escapeKeyPart = (s: string) =>
  /[%/?&=]/.test(s) ? s.replace(/[%/?&=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : s;

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

/** The first and last day the dated claims among `claims` hold (±Infinity when none, or open-ended). */
export function timeRange(claims: readonly CheckedClaim[]): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const claim of claims) {
    if (!claim.time) continue;
    if (claim.time.lo < lo) lo = claim.time.lo;
    if (claim.time.hi > hi) hi = claim.time.hi;
  }
  return { lo, hi };
}

/** Reads every claim of a valid claim set for the rules, in document order. */
export function checkedClaims(claimSet: ClaimSet, analysis: ClaimSetAnalysis): CheckedClaim[] {
  const { aliases, properties, values, times } = analysis;
  const out: CheckedClaim[] = [];
  // Values and dates are shared between the claims that write them alike (see validate.ts), so their
  // spans are computed once each; so are scope names and group keys.
  const spans = new WeakMap<object, Span | undefined>();
  const spanOf = <T extends object>(of: T, make: (of: T) => Span | undefined) => {
    if (!spans.has(of)) spans.set(of, make(of));
    return spans.get(of);
  };
  const scopeNames = new Map<string, string>();
  const groupKeys = new Map<string, string>();
  const scopes = new Map<string, Record<string, string>>();
  const documents = new Map<string, Map<string, string>>(); // source → published → document
  claimSet.claims.forEach((claim, index) => {
    const value = values[index]!;
    const property = properties.get(claim.property)!;
    const subject = aliases.resolve(claim.subject);
    let scope: Record<string, string> = {};
    let scopeText = "";
    for (const name of Object.keys(claim.scope ?? {}).sort()) {
      let key = scopeNames.get(name);
      if (key === undefined) scopeNames.set(name, (key = normalizeLabel(name)));
      const resolved = aliases.resolve(claim.scope![name]!);
      scope[key] = resolved;
      scopeText += `\u0000${key}\u0000${resolved}`;
    }
    // Claims of one scope share one (never modified) scope object.
    const shared = scopes.get(scopeText);
    if (shared === undefined) scopes.set(scopeText, scope);
    else scope = shared;
    const source = aliases.resolve(claim.source);
    const attribution = claim.attribution ?? [];
    const origin = attribution.length > 0 ? aliases.resolve(attribution[attribution.length - 1]!) : source;
    const date = times[index];
    const time = date === undefined ? undefined : spanOf(date, (d) => daySpan(d.interval.start, d.interval.end));
    const memo = `${subject}\u0000${claim.property}${scopeText}`;
    let group = groupKeys.get(memo);
    if (group === undefined) groupKeys.set(memo, (group = groupKey(subject, claim.property, scope)));
    out.push({
      id: claim.id,
      index,
      claim,
      value,
      span: spanOf(value, valueSpan),
      key: value.type === "text" ? value.key : value.type === "boolean" ? String(value.value) : value.display,
      property,
      subject,
      scope,
      source,
      origin,
      document: claim.document ?? documentOf(documents, source, claim.published ?? "undated"),
      time,
      modality: claim.modality ?? "asserted",
      group,
    });
  });
  return out;
}

/** The default document of a claim, `source@published`, one string per pair. */
function documentOf(documents: Map<string, Map<string, string>>, source: string, published: string): string {
  let bySource = documents.get(source);
  if (bySource === undefined) documents.set(source, (bySource = new Map()));
  let document = bySource.get(published);
  if (document === undefined) bySource.set(published, (document = `${source}@${published}`));
  return document;
}
