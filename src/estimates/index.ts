/**
 * Estimates: the best-supported value of each moment of comparable claims,
 * with a confidence, and how far each source can be trusted, learned from
 * the whole claim set. Pure: no I/O, runs in browsers. The model is written
 * down in docs/estimates.md.
 */
export { DEFAULT_ESTIMATE_SETTINGS, compareValues, estimate } from "./model.js";
export type { EstimateOptions, EstimateSettings } from "./model.js";
export { compatible, support } from "./support.js";
export type { SupportSettings } from "./support.js";
export type { CopySettings } from "./copying.js";
export { estimateValueOf } from "./values.js";
export type * from "./types.js";
