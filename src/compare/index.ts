/**
 * The comparison engine, as the rules see it: which claims may be compared,
 * the moments they form in time, which claims disagree with which (at the
 * same time, apart in time, across groups), and the histories of a
 * group's figures. Rules import from here only; the data structures that
 * make it fast (structures/) stay behind it.
 */
export type { CheckedClaim } from "../engine/claims.js";
export type { Span } from "../values/span.js";
export { below, overlaps } from "../values/span.js";
export type { DocumentRelation, PairKind } from "./partners.js";
export { startsWithin, timeRange, unique, withinWindow } from "./partners.js";
export { agreeingSets, incompatible } from "./positions.js";
export type { MomentComparisons } from "./moment-comparisons.js";
export { GroupComparison } from "./comparison.js";
export type { Placement } from "./times.js";
export type { StaleFigures, Staleness } from "./staleness.js";
export { allWithin, samePeriod, sharp } from "./times.js";
export type { Duration } from "../values/types.js";
export { ValueHistory } from "./history.js";
export type { Pool } from "./pool.js";
export { poolOf } from "./pool.js";
export { byDocument, byModality } from "./sets.js";
export { partsAbove } from "./containment.js";
export type { GroupView } from "../engine/rule.js";
export type { FigureIndex } from "./figures.js";
export { figureIndex } from "./figures.js";
