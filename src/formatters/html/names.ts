/**
 * Readable names, as the checker's messages give them: a source's `name`,
 * else an entity's first label, else the first spelling a claim wrote (in
 * the messages, the group's first claim's; here, the claim set's first, as
 * the page names things across groups), else the id. Report ids (subjects,
 * scope values, sources) are resolved through the claim set's entities, so
 * claims' own spellings are resolved the same way before they are looked up.
 */
import type { ClaimSet } from "../../model/claim-set.js";
import type { Group } from "../../model/report.js";
import { createAliasResolver } from "../../normalize/index.js";
import { readableNames } from "../../normalize/names.js";

/** Names for the ids of a report, from its claim set. */
export interface Names {
  /** The readable name of a resolved id. */
  name(id: string): string;
  /** The id a label or spelling resolves to. */
  resolve(label: string): string;
}

/** The names a claim set gives; without one, ids stand for themselves. */
export function namesOf(claimSet: ClaimSet | undefined): Names {
  if (claimSet === undefined) return { name: (id) => id, resolve: (label) => label };
  const aliases = createAliasResolver(claimSet.entities ?? []);
  const resolve = (label: string) => aliases.resolve(label);
  const named = readableNames(claimSet, aliases);
  let written: Map<string, string> | undefined;
  const name = (id: string) => {
    const known = named(id);
    if (known !== id) return known;
    written ??= writtenSpellings(claimSet, resolve);
    return written.get(id) ?? id;
  };
  return { name, resolve };
}

/** Resolved id → the first spelling of it a claim wrote (subject, source, cited sources, scope values), in document order. */
function writtenSpellings(claimSet: ClaimSet, resolve: (label: string) => string): Map<string, string> {
  const written = new Map<string, string>();
  const note = (spelling: unknown) => {
    if (typeof spelling !== "string") return;
    const id = resolve(spelling);
    if (!written.has(id)) written.set(id, spelling);
  };
  for (const claim of claimSet.claims) {
    note(claim.subject);
    note(claim.source);
    for (const cited of claim.attribution ?? []) note(cited);
    for (const value of Object.values(claim.scope ?? {})) note(value);
  }
  return written;
}

/** What a group is about: `US forces: troop count (location: Syria)`. */
export function groupTitle(group: Pick<Group, "subject" | "property" | "scope">, names: Names): string {
  const scope = Object.entries(group.scope).map(([key, value]) => `${key}: ${names.name(value)}`);
  return `${names.name(group.subject)}: ${group.property.replaceAll("-", " ")}${scope.length ? ` (${scope.join(", ")})` : ""}`;
}
