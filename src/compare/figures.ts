/**
 * The figures of some claims, indexed for two questions about a claim from
 * elsewhere: does any of them agree with it, and which agrees-together set
 * of them lies nearest its value? Each in O(log n) after an O(n log n) start.
 */
import type { CheckedClaim } from "../engine/claims.js";
import type { Span } from "../values/span.js";
import { below, distance } from "../values/span.js";
import { boundary } from "../internal/boundary.js";
import { groupBy } from "../internal/group-by.js";

/** @internal */
export interface FigureIndex {
  /** True when some indexed claim's value agrees with (overlaps, or has the key of) `claim`'s. */
  agrees(claim: CheckedClaim): boolean;
  /**
   * The indexed claims that state the value nearest `claim`'s: the nearest
   * span below or above it (the nearer, then the later, then by id), and
   * every claim that writes that value alike; for text, the latest claim's
   * value.
   */
  nearest(claim: CheckedClaim): CheckedClaim[];
}

/** True when `a` should win a tie against `b`: later in time, then (for determinism) by id. */
function later(a: CheckedClaim, b: CheckedClaim): boolean {
  const [ta, tb] = [a.time?.hi ?? -Infinity, b.time?.hi ?? -Infinity];
  return ta > tb || (ta === tb && a.id < b.id);
}

/** Indexes the figures of `claims` (see FigureIndex). @internal */
export function figureIndex(claims: readonly CheckedClaim[]): FigureIndex {
  const byDisplay = groupBy(claims, (claim) => claim.value.display);
  const keys = new Set(claims.filter((claim) => !claim.span).map((claim) => claim.key));
  let latest: CheckedClaim | undefined;
  for (const claim of claims) if (!latest || later(claim, latest)) latest = claim;
  // Spans by start (closed before open at one number): the spans not above a value are a prefix.
  const spans = claims.filter((claim) => claim.span).sort((a, b) => a.span!.lo - b.span!.lo || Number(a.span!.loOpen) - Number(b.span!.loOpen));
  // The prefix's highest end (closed before open at one number; then the later claim).
  const highest: CheckedClaim[] = [];
  for (const claim of spans) {
    const top = highest[highest.length - 1];
    const beats =
      !top ||
      claim.span!.hi > top.span!.hi ||
      (claim.span!.hi === top.span!.hi && (Number(top.span!.hiOpen) - Number(claim.span!.hiOpen) > 0 || (claim.span!.hiOpen === top.span!.hiOpen && later(claim, top))));
    highest.push(beats ? claim : top!);
  }
  const notAbove = (span: Span) => boundary(0, spans.length, (i) => !below(span, spans[i]!.span!));
  const alike = (claim: CheckedClaim) => byDisplay.get(claim.value.display)!;
  return {
    agrees(claim) {
      if (!claim.span) return keys.has(claim.key);
      const prefix = notAbove(claim.span);
      return prefix > 0 && !below(highest[prefix - 1]!.span!, claim.span);
    },
    nearest(claim) {
      if (!claim.span || spans.length === 0) return latest ? alike(latest) : [];
      const prefix = notAbove(claim.span);
      const under = prefix > 0 ? highest[prefix - 1] : undefined;
      const over = prefix < spans.length ? spans[prefix] : undefined;
      if (!under || !over) return alike((under ?? over)!);
      const [du, dov] = [distance(under.span!, claim.span), distance(claim.span, over.span!)];
      return alike(du < dov || (du === dov && later(under, over)) ? under : over);
    },
  };
}
