/**
 * Alias resolution: maps every spelling of an entity (its id and its labels,
 * compared after {@link normalizeLabel}) to the entity's id.
 */

import { quote } from "../internal/quote.js";
import { normalizeLabel } from "./label.js";

/**
 * The part of a claim set's entity that alias resolution reads.
 *
 * @example
 * const entity: EntityLike = { id: "victory-base", labels: ["Victory", "قاعدة النصر"] };
 */
export interface EntityLike {
  /** The canonical name that every label resolves to, as written. */
  id: string;
  /** Other names of the entity, in any language or spelling. */
  labels?: readonly string[];
}

/**
 * A problem found while building an {@link AliasResolver}.
 *
 * @example
 * const conflict: AliasConflict = {
 *   path: "/entities/2/labels/0",
 *   message: '"Victory" is already a label of entity "victory-base" (/entities/1); a label can name only one entity',
 * };
 */
export interface AliasConflict {
  /** JSON pointer, relative to the claim set root, to the later, offending entry. */
  path: string;
  /** A sentence a journalist can act on. */
  message: string;
}

/**
 * Resolves labels to entity ids; built by {@link createAliasResolver}.
 *
 * @example
 * const aliases: AliasResolver = createAliasResolver([{ id: "ain-al-asad", labels: ["عين الأسد"] }]);
 * aliases.resolve("عين الاسد"); // "ain-al-asad"
 */
export interface AliasResolver {
  /** The entity id a label or id resolves to, or the normalised label itself when no entity matches. */
  resolve(label: string): string;
  /** The entity id when the label matches an entity, else undefined. */
  lookup(label: string): string | undefined;
  /** Problems found while building: two entities with the same (normalised) id, or one label (or id) claimed by two different entities. */
  readonly conflicts: readonly AliasConflict[];
}

/** Who first claimed a normalised key. */
interface Claim {
  /** Index of the entity in the input array. */
  entity: number;
  /** That entity's id, as written. */
  id: string;
  /** The key's spelling as written by the first claimant. */
  written: string;
  /** Whether the first claimant wrote it as its id (else as a label). */
  asId: boolean;
}


/**
 * Builds a resolver from a claim set's `entities`.
 *
 * Each entity's `id` and every one of its `labels` become keys, compared after
 * {@link normalizeLabel}; each key resolves to the entity's `id` exactly as
 * written. The first entity to claim a key keeps it. A later entity whose id
 * is already another entity's id is reported and ignored as a whole; a later
 * label (or id) already claimed by another entity is reported and skipped.
 * Repeating a label within one entity, or repeating its own id as a label, is
 * not a conflict. Labels that normalise to the empty string are ignored.
 *
 * Building takes time linear in the total length of ids and labels;
 * `resolve` and `lookup` take time linear in the length of their argument.
 *
 * @param entities - The claim set's `entities`, in document order (their
 *   indexes are used in conflict pointers).
 * @returns A resolver; its `conflicts` lists problems in document order.
 *
 * @example
 * const aliases = createAliasResolver([
 *   { id: "victory-base", labels: ["Victory", "Camp Victory", "النصر", "قاعدة النصر", "فكتوريا"] },
 * ]);
 * aliases.resolve("  النّصر ");    // "victory-base"
 * aliases.resolve("camp VICTORY"); // "victory-base"
 * aliases.resolve("Ain al-Asad");  // "ain al-asad" (no entity: the normalised label)
 * aliases.lookup("Ain al-Asad");   // undefined
 * aliases.conflicts;               // []
 */
export function createAliasResolver(entities: readonly EntityLike[]): AliasResolver {
  const claims = new Map<string, Claim>();
  const conflicts: AliasConflict[] = [];

  entities.forEach((entity, index) => {
    const id = entity.id;
    const idKey = normalizeLabel(id);
    const previous = idKey === "" ? undefined : claims.get(idKey);

    if (previous !== undefined && previous.entity !== index) {
      const path = `/entities/${index}/id`;
      const where = `(/entities/${previous.entity})`;
      if (previous.asId) {
        const same =
          previous.written === id
            ? `Entity id ${quote(id)} is already used by entity ${where}`
            : `Entity id ${quote(id)} matches the id ${quote(previous.written)} of entity ${where} (ids are compared ignoring case, accents and spacing)`;
        conflicts.push({ path, message: `${same}; each entity needs its own id` });
        return; // the whole later entity is ignored
      }
      conflicts.push({
        path,
        message: `Entity id ${describeTaken(id, previous, where)}; a label can name only one entity`,
      });
    } else if (idKey !== "") {
      claims.set(idKey, { entity: index, id, written: id, asId: true });
    }

    const labels = entity.labels ?? [];
    labels.forEach((label, labelIndex) => {
      const key = normalizeLabel(label);
      if (key === "") return;
      const taken = claims.get(key);
      if (taken === undefined) {
        claims.set(key, { entity: index, id, written: label, asId: false });
        return;
      }
      if (taken.entity === index) return;
      conflicts.push({
        path: `/entities/${index}/labels/${labelIndex}`,
        message: `${describeTaken(label, taken, `(/entities/${taken.entity})`)}; a label can name only one entity`,
      });
    });
  });

  Object.freeze(conflicts);

  // Claim sets repeat the same few names thousands of times; normalising (Unicode NFC/NFD) is the costly part.
  const resolved = new Map<string, string>();
  return {
    resolve(label: string): string {
      let id = resolved.get(label);
      if (id === undefined) {
        const key = normalizeLabel(label);
        id = claims.get(key)?.id ?? key;
        resolved.set(label, id);
      }
      return id;
    },
    lookup(label: string): string | undefined {
      return claims.get(normalizeLabel(label))?.id;
    },
    conflicts,
  };
}

/**
 * `"Victory" is already a label of entity "victory-base" (/entities/1)`, or
 * `"victory" matches "Victory", already a label of …` when spelled differently.
 */
function describeTaken(written: string, taken: Claim, where: string): string {
  const role = taken.asId ? "the id" : "a label";
  const owner = `of entity ${quote(taken.id)} ${where}`;
  return taken.written === written
    ? `${quote(written)} is already ${role} ${owner}`
    : `${quote(written)} matches ${quote(taken.written)}, already ${role} ${owner}`;
}
