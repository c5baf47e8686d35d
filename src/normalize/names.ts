import type { Claim, ClaimSet } from "../model/claim-set.js";
import type { AliasResolver } from "./aliases.js";

/** Names for resolved ids, and how a spelling resolves (the checker's rules and the HTML report). @internal */
export interface Names {
  /** The readable name of a resolved id. */
  name(id: string): string;
  /** The id a label or spelling resolves to. */
  resolve(label: string): string;
}

/**
 * Readable names for resolved ids (the checker's messages and the
 * HTML report name things alike): a source's `name`, else an entity's first
 * label, else the id itself.
 * @internal
 */
export function readableNames(claimSet: Pick<ClaimSet, "entities" | "sources">, aliases: AliasResolver): Names {
  const names = new Map<string, string>();
  for (const entity of claimSet.entities ?? []) names.set(entity.id, entity.labels?.[0] ?? entity.id);
  for (const source of claimSet.sources ?? []) names.set(aliases.resolve(source.id), source.name ?? source.id);
  return { name: (id) => names.get(id) ?? id, resolve: (label) => aliases.resolve(label) };
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
  return { name, resolve: names.resolve };
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
    note(claim.source);
    for (const cited of claim.attribution ?? []) note(cited);
    for (const value of Object.values(claim.scope ?? {})) note(value);
  }
  return written;
}
