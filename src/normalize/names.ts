import type { ClaimSet } from "../model/claim-set.js";
import type { AliasResolver } from "./aliases.js";

/**
 * Readable names for resolved ids (internal: the checker's messages and the
 * HTML report name things alike): a source's `name`, else an entity's first
 * label, else the id itself.
 */
export function readableNames(claimSet: Pick<ClaimSet, "entities" | "sources">, aliases: AliasResolver): (id: string) => string {
  const names = new Map<string, string>();
  for (const entity of claimSet.entities ?? []) names.set(entity.id, entity.labels?.[0] ?? entity.id);
  for (const source of claimSet.sources ?? []) names.set(aliases.resolve(source.id), source.name ?? source.id);
  return (id) => names.get(id) ?? id;
}
