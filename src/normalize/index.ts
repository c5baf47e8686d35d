/**
 * Normalisation of labels and resolution of entity aliases: how corroborate
 * decides that two spellings (Latin or Arabic, with or without diacritics)
 * name the same thing.
 *
 * @example
 * import { normalizeLabel, createAliasResolver } from "./normalize/index.js";
 * normalizeLabel("الأنبار") === normalizeLabel("الانبار"); // true
 * createAliasResolver([{ id: "victory-base", labels: ["النصر"] }]).resolve("النّصر"); // "victory-base"
 *
 * @module
 */

export { normalizeLabel } from "./label.js";
export { createAliasResolver } from "./aliases.js";
export type { AliasConflict, AliasResolver, EntityLike } from "./aliases.js";
