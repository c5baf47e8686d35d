import type { Claim, ClaimSet } from "../model/claim-set.js";
import type { AliasResolver } from "./aliases.js";

/**
 * What a claim set says of the things it names (the checker's rules and the
 * HTML report): readable names for resolved ids, how a spelling resolves,
 * documents' titles, and which entity lies within which.
 * @internal
 */
export interface Names {
  /** The readable name of a resolved id. */
  name(id: string): string;
  /** The id a label or spelling resolves to. */
  resolve(label: string): string;
  /** A document's title, when the claim set gives one. */
  title(document: string): string | undefined;
  /** How a property is named: its `label`, else its id with dashes as spaces. */
  property(id: string): string;
  /** True when entity `part` lies within entity `whole` through `partOf`, directly or through entities between (resolved ids). */
  isPartOf(part: string, whole: string): boolean;
}

/**
 * Readable names for resolved ids (the checker's messages and the
 * HTML report name things alike): a source's `name`, else an entity's first
 * label, else the id itself.
 * @internal
 */
export function readableNames(claimSet: Pick<ClaimSet, "entities" | "sources" | "documents" | "properties">, aliases: AliasResolver): Names {
  const names = new Map<string, string>();
  for (const entity of claimSet.entities ?? []) names.set(entity.id, entity.labels?.[0] ?? entity.id);
  for (const source of claimSet.sources ?? []) names.set(aliases.resolve(source.id), source.name ?? source.id);
  const titles = new Map<string, string>();
  for (const document of claimSet.documents ?? []) if (document.title !== undefined && !titles.has(document.id)) titles.set(document.id, document.title);
  const labels = new Map<string, string>();
  for (const property of claimSet.properties ?? []) if (property.label !== undefined) labels.set(property.id, property.label);
  return {
    name: (id) => names.get(id) ?? id,
    resolve: (label) => aliases.resolve(label),
    title: (document) => titles.get(document),
    property: (id) => labels.get(id) ?? propertyInWords(id),
    isPartOf: containment(claimSet, aliases),
  };
}

/** A property id in words: dashes as spaces. @internal */
export function propertyInWords(id: string): string {
  return id.replaceAll("-", " ");
}

/**
 * What a group of claims is about, in words: `US forces: troop count
 * (location: Syria)`, names and the property's label as `names` gives them.
 * @internal
 */
export function topicInWords(subject: string, property: string, scope: Readonly<Record<string, string>>, names: Pick<Names, "name">): string {
  const entries = Object.entries(scope).map(([key, value]) => `${key}: ${names.name(value)}`);
  return `${names.name(subject)}: ${property}${entries.length > 0 ? ` (${entries.join(", ")})` : ""}`;
}

/**
 * Whether one entity lies within another, through entities' `partOf`
 * (transitively): each entity's wholes are gathered once, when first asked.
 */
function containment(claimSet: Pick<ClaimSet, "entities">, aliases: AliasResolver): (part: string, whole: string) => boolean {
  const direct = new Map<string, string[]>();
  for (const entity of claimSet.entities ?? []) {
    if (entity.partOf?.length) direct.set(entity.id, [...(direct.get(entity.id) ?? []), ...entity.partOf.map((id) => aliases.resolve(id))]);
  }
  if (direct.size === 0) return () => false;
  const wholes = new Map<string, Set<string>>();
  const wholesOf = (part: string): Set<string> => {
    let found = wholes.get(part);
    if (found) return found;
    found = new Set<string>();
    const todo = [...(direct.get(part) ?? [])];
    while (todo.length > 0) {
      const next = todo.pop()!;
      if (found.has(next) || next === part) continue;
      found.add(next);
      todo.push(...(direct.get(next) ?? []));
    }
    wholes.set(part, found);
    return found;
  };
  return (part, whole) => wholesOf(part).has(whole);
}

/**
 * `names`, where an id nothing names (no source or entity) reads as the
 * first spelling of it that `claims` wrote (a subject, source, cited source
 * or scope value; "Bogotá" rather than "bogota"), else as the id. The claims
 * are read only once a name is missing.
 * @internal
 */
export function withWrittenSpellings(names: Names, claims: () => Iterable<Claim>): Names {
  let written: Map<string, string> | undefined;
  const name = (id: string) => {
    const known = names.name(id);
    if (known !== id) return known;
    written ??= writtenSpellings(claims(), names.resolve);
    return written.get(id) ?? id;
  };
  return { ...names, name };
}

/** Resolved id → the first spelling of it the claims wrote, in their order. */
function writtenSpellings(claims: Iterable<Claim>, resolve: (label: string) => string): Map<string, string> {
  const written = new Map<string, string>();
  const note = (spelling: string) => {
    const id = resolve(spelling);
    if (!written.has(id)) written.set(id, spelling);
  };
  for (const claim of claims) {
    note(claim.subject);
    if (claim.source !== undefined) note(claim.source);
    for (const cited of claim.attribution ?? []) note(cited);
    for (const value of Object.values(claim.scope ?? {})) note(value);
  }
  return written;
}
