/**
 * The rules' comparisons for a few claims, pair by pair: the same answers as
 * the sweeps over value lines, with nothing built first. Most moments hold
 * one or two claims and most comparable sets a few dozen, where building an
 * index costs more than comparing every pair; the callers use these only
 * under a bound on the number of pairs, so nothing is quadratic on big groups.
 */
import type { CheckedClaim } from "../engine/claims.js";
import type { Span } from "../values/span.js";
import { below } from "../values/span.js";
import { incompatible } from "./positions.js";
import type { Duration } from "../values/types.js";
import { allWithin } from "./times.js";
import type { DocumentRelation } from "./structures/extremes.js";

/** Up to how many pairs of claims are compared one by one rather than through an index. @internal */
export const PAIRS = 256;

/** True when the documents of two claims relate as asked. */
function related(relation: DocumentRelation, a: CheckedClaim, b: CheckedClaim): boolean {
  return relation === "any" || (relation === "same") === (a.document === b.document);
}

/** True when `claim` disagrees with some claim of `pool` whose document relates as asked. @internal */
export function hasPartner(claim: CheckedClaim, pool: readonly CheckedClaim[], relation: DocumentRelation): boolean {
  for (let p = 0; p < pool.length; p++) {
    if (incompatible(claim, pool[p]!) && related(relation, claim, pool[p]!)) return true;
  }
  return false;
}

/** The claims of `targets` that disagree with some claim of `pool` whose document relates as asked, in order. @internal */
export function partnersAmong(
  targets: readonly CheckedClaim[],
  pool: readonly CheckedClaim[],
  relation: DocumentRelation,
): CheckedClaim[] {
  const found: CheckedClaim[] = [];
  for (let t = 0; t < targets.length; t++) if (hasPartner(targets[t]!, pool, relation)) found.push(targets[t]!);
  return found;
}

/** The claims of a moment that disagree with a claim, related as asked, whose time overlaps their own; in order. @internal */
export function partnersAtSameTime(moment: readonly CheckedClaim[], relation: DocumentRelation): CheckedClaim[] {
  const found: CheckedClaim[] = [];
  for (let v = 0; v < moment.length; v++) {
    const claim = moment[v]!;
    for (let o = 0; o < moment.length; o++) {
      const other = moment[o]!;
      if (other.time!.lo <= claim.time!.hi && other.time!.hi >= claim.time!.lo && incompatible(claim, other) && related(relation, claim, other)) {
        found.push(claim);
        break;
      }
    }
  }
  return found;
}

/**
 * How the two claims of a pair apart in time relate: `"rapid"` (different
 * documents, incompatible values, and every day of both within the
 * property's window), `"changed"` (incompatible values, some days further
 * apart than the window) or `"decrease"` (the later value lies entirely
 * below the earlier one).
 * @internal
 */
export type PairKind = "rapid" | "decrease" | "changed";

/**
 * True when `later` starts after `earlier` ends and, for `"rapid"`, comes
 * from another document with an incompatible value, starting within
 * `window` after it; for `"decrease"`, has a value entirely below it.
 */
function apart(kind: PairKind, earlier: CheckedClaim, later: CheckedClaim, window: Duration): boolean {
  const end = earlier.time!.hi;
  if (!(end < later.time!.lo)) return false;
  if (kind === "decrease") return earlier.span !== undefined && later.span !== undefined && below(later.span, earlier.span);
  if (kind === "changed") return !allWithin(earlier.time!, later.time!, window) && incompatible(earlier, later);
  return earlier.document !== later.document && allWithin(earlier.time!, later.time!, window) && incompatible(earlier, later);
}

/** The earlier and the later claims of a moment's pairs apart in time that relate as `kind` says, each by index. @internal */
export function pairsApartAmong(moment: readonly CheckedClaim[], kind: PairKind): [CheckedClaim[], CheckedClaim[]] {
  const window = moment[0]!.property.window;
  const earlier: CheckedClaim[] = [];
  const later: CheckedClaim[] = [];
  for (const a of moment) {
    for (const b of moment) {
      if (apart(kind, a, b, window)) {
        earlier.push(a);
        break;
      }
    }
    for (const b of moment) {
      if (apart(kind, b, a, window)) {
        later.push(a);
        break;
      }
    }
  }
  return [earlier.sort(byIndex), later.sort(byIndex)];
}

/** True when some claim of `pool`, from another document than `claim`'s (any, for "any"), disagrees with it but overlaps span `r`. @internal */
export function bridgesAmong(claim: CheckedClaim, r: Span, pool: readonly CheckedClaim[], relation: "other" | "any" = "other"): boolean {
  for (const other of pool) {
    if (incompatible(claim, other) && related(relation, claim, other) && !below(other.span!, r) && !below(r, other.span!)) return true;
  }
  return false;
}

const byIndex = (a: CheckedClaim, b: CheckedClaim) => a.index - b.index;
