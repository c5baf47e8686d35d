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
import type { Names } from "../../normalize/names.js";
import { propertyInWords, readableNames, topicInWords, withWrittenSpellings } from "../../normalize/names.js";

export type { Names };

/** The names a claim set gives (an id nothing names as the claim set first spelled it); without one, ids stand for themselves. @internal */
export function namesOf(claimSet: ClaimSet | undefined): Names {
  if (claimSet === undefined) {
    return { name: (id) => id, resolve: (label) => label, title: () => undefined, property: propertyInWords, isPartOf: () => false };
  }
  return withWrittenSpellings(readableNames(claimSet, createAliasResolver(claimSet.entities ?? [])), () => claimSet.claims);
}

/** What a group is about: `US forces: troop count (location: Syria)`. @internal */
export function groupTitle(group: Pick<Group, "subject" | "property" | "scope">, names: Names): string {
  return topicInWords(group.subject, names.property(group.property), group.scope, names);
}
