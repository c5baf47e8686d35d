/**
 * Claims made ready for the rules: names resolved through entities, the
 * claim's time and document decided, the value read, and the group key.
 */
import type { Claim, ClaimSet, Modality } from "../model/claim-set.js";
import type { ResolvedProperty } from "../model/properties.js";
import type { ClaimSetAnalysis } from "../model/validate.js";
import { normalizeLabel } from "../normalize/index.js";
import type { DateValue, Value } from "../values/types.js";
import type { Span } from "../values/span.js";
import { daySpan, valueSpan } from "../values/span.js";

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
  /** Whom the source credits, resolved, nearest first (its `attribution`); empty when it speaks for itself. */
  citing: readonly string[];
  /** The article: `document`, else source and publication date. */
  document: string;
  /** When the value holds, as written: `asOf`, else `published` (the claim's, else its document's). */
  written: string | undefined;
  /**
   * When the value holds, in days: `asOf`, else `published`; for a plan
   * without `asOf`, from `published` on (open-ended); undefined when undated.
   */
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
 * @internal
 */
export function groupKey(subject: string, property: string, scope: Record<string, string>): string {
  const parts = Object.keys(scope)
    .sort()
    .map((name) => `${escapeKeyPart(name)}=${escapeKeyPart(scope[name]!)}`);
  return `${escapeKeyPart(subject)}/${escapeKeyPart(property)}${parts.length ? `?${parts.join("&")}` : ""}`;
}

/** The first and last day the dated claims among `claims` hold (±Infinity when none, or open-ended). @internal */
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

/** Reads every claim of a valid claim set for the rules, in document order. @internal */
export function checkedClaims(claimSet: ClaimSet, analysis: ClaimSetAnalysis): CheckedClaim[] {
  return groupedClaims(claimSet, analysis).claims;
}

/** The claims of one group, in document order. @internal */
export interface ClaimGroup {
  key: string;
  claims: CheckedClaim[];
}

/**
 * Reads every claim of a valid claim set for the rules, in document order,
 * and gathers them by group, in the order the groups first appear.
 * @internal
 */
export function groupedClaims(claimSet: ClaimSet, analysis: ClaimSetAnalysis): { claims: CheckedClaim[]; groups: ClaimGroup[] } {
  const { aliases, properties, values, times, documents } = analysis;
  const out: CheckedClaim[] = [];
  // Values and dates are shared between the claims that write them alike (see validate.ts), so their
  // spans are computed once each; so are scope names, scopes and group keys.
  const spans = new Map<object, Span | null>(); // null: computed, and none
  const spanOf = <T extends object>(of: T, make: (of: T) => Span | undefined) => {
    let span = spans.get(of);
    if (span === undefined) spans.set(of, (span = make(of) ?? null));
    return span ?? undefined;
  };
  const scopeNames = new Map<string, string>();
  const nameOf = (name: string) => {
    let key = scopeNames.get(name);
    if (key === undefined) scopeNames.set(name, (key = normalizeLabel(name)));
    return key;
  };
  // subject → property → scope entries (names and values as resolved, names in the order written) → the
  // group: claims of one group share one (never modified) scope object and one key.
  const groups = new Map<string, Map<string, ScopeNode>>();
  // Two spellings of a scope can make one key (names that normalise alike, or in another order): one group.
  const byKey = new Map<string, Gathered>();
  const claims = claimSet.claims;
  for (let index = 0; index < claims.length; index++) {
    const claim = claims[index]!;
    const value = values[index]!;
    const property = properties.get(claim.property)!;
    const subject = aliases.resolve(claim.subject);
    let byProperty = groups.get(subject);
    if (byProperty === undefined) groups.set(subject, (byProperty = new Map()));
    let root = byProperty.get(claim.property);
    if (root === undefined) byProperty.set(claim.property, (root = {}));
    let node: ScopeNode = root;
    const written = claim.scope;
    const names = written === undefined ? NO_NAMES : Object.keys(written);
    for (const name of names) {
      const next: Map<string, Map<string, ScopeNode>> = (node.next ??= new Map());
      const scopeName = nameOf(name);
      let byValue = next.get(scopeName);
      if (byValue === undefined) next.set(scopeName, (byValue = new Map()));
      const scopeValue = aliases.resolve(written![name]!);
      let child = byValue.get(scopeValue);
      if (child === undefined) byValue.set(scopeValue, (child = {}));
      node = child;
    }
    let group = node.group;
    if (group === undefined) {
      const scope: Record<string, string> = {};
      for (const name of [...names].sort()) scope[nameOf(name)] = aliases.resolve(written![name]!);
      const key = groupKey(subject, claim.property, scope);
      group = byKey.get(key);
      if (group === undefined) byKey.set(key, (group = { key, scope, claims: [] }));
      node.group = group;
    }
    const inDocument = claim.document === undefined ? undefined : documents.get(claim.document);
    // A valid claim names a source, or its document does (model/documents.ts).
    const source = aliases.resolve(claim.source ?? inDocument!.source!);
    const published = claim.published ?? inDocument?.published;
    const attribution = claim.attribution;
    const citing = attribution !== undefined && attribution.length > 0 ? attribution.map((name) => aliases.resolve(name)) : NO_NAMES;
    const origin = citing.length > 0 ? citing[citing.length - 1]! : source;
    const date = times[index];
    const modality = claim.modality ?? "asserted";
    const checked: CheckedClaim = {
      id: claim.id,
      index,
      claim,
      value,
      span: spanOf(value, valueSpan),
      key: value.type === "text" ? value.key : value.type === "boolean" ? String(value.value) : value.display,
      property,
      subject,
      scope: group.scope,
      source,
      origin,
      citing,
      // Not interned: most claims of a large set have a (source, date) of their own, and a table of them costs more than it saves.
      document: claim.document ?? `${source}@${published ?? "undated"}`,
      written: claim.asOf ?? published,
      time: date === undefined ? undefined : modality === "planned" && claim.asOf === undefined ? planSpan(date) : spanOf(date, (d) => daySpan(d.interval.start, d.interval.end)),
      modality,
      group: group.key,
    };
    out.push(checked);
    group.claims.push(checked);
  }
  return { claims: out, groups: [...byKey.values()] };
}

const NO_NAMES: string[] = [];

/**
 * The time of a plan stated without a target time (`asOf`): from when it was
 * stated, open-ended. A plan is meant to hold after it is stated, not on the
 * day it is announced, so "fewer than 1,000 in the coming months" and "about
 * 1,400" announced the same day may be two stages of one plan.
 */
function planSpan(stated: DateValue): Span {
  return { ...daySpan(stated.interval.start, stated.interval.end), hi: Infinity, hiOpen: false };
}

/** A group as the claims are read: its key and scope, and its claims so far. */
interface Gathered extends ClaimGroup {
  scope: Record<string, string>;
}

/** A node of `groupedClaims`' tree of scopes: the group of the claims whose scope ends here, and the entries that go on. */
interface ScopeNode {
  group?: Gathered;
  /** Scope name → value (both as resolved) → node. */
  next?: Map<string, Map<string, ScopeNode>>;
}

