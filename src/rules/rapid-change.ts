/**
 * rapid-change: a changing (`state`) value differs between documents whose
 * times do not overlap but lie within the property's window: either the
 * figure moved fast, or the sources describe the same moment differently.
 */
import type { Rule } from "../engine/rule.js";
import type { CheckedClaim, Duration } from "../compare/index.js";
import { allWithin, timeRange, unique } from "../compare/index.js";
import { docsUrl, figures, ids, timeSpan } from "./messages.js";

/** @internal */
/**
 * The first of the moments before `j` whose first day lies within `window`
 * before `last` (the last day of a later claim's time): a binary search over
 * their first days, which grow.
 */
function firstWithin(starts: readonly number[], j: number, last: number, window: Duration): number {
  let [lo, hi] = [0, j];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (allWithin({ lo: starts[mid]! }, { hi: last }, window)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** @internal */
export const rapidChange: Rule = {
  meta: {
    id: "rapid-change",
    description: "A changing value differs between sources at times closer together than the property's window.",
    severity: "warning",
    docs: docsUrl("rapid-change"),
    messages: {
      rapid: "{{topic}} goes from {{before:sides}} to {{after:sides}} in {{daysBetween:days}}; within {{window:duration}} the sources may describe the same moment.",
      rapidWithin: "{{topic}} goes from {{before:sides}} to {{after:sides}} within {{daysSpan:days}}; within {{window:duration}} the sources may describe the same moment.",
    },
  },
  check(context) {
    if (context.group.property.temporal !== "state") return;
    const window = context.group.property.window;
    const report = (before: CheckedClaim[], after: CheckedClaim[]) => {
      const [earlier, later] = [timeRange(before), timeRange(after)];
      const claims = [...before, ...after]; // a claim of a chained moment may be on both sides
      // "In 19 days" only between days; between longer times, no finer than "within" the days they span.
      const days = claims.every((claim) => claim.time!.lo === claim.time!.hi);
      context.report({
        messageId: days ? "rapid" : "rapidWithin",
        claims,
        data: {
          before: ids(before),
          after: ids(after),
          window: window.text,
          ...figures(claims),
          daysBetween: later.lo - earlier.hi,
          daysSpan: later.hi - earlier.lo,
          ...timeSpan(claims),
        },
      });
    };
    for (const set of context.compare.sets) {
      const track = context.compare.track(set);
      const runs = track.moments;
      const starts = runs.map((run) => timeRange(run).lo); // moments are disjoint and sorted: their first days grow
      for (let j = 0; j < runs.length; j++) {
        // Each claim counts against the latest earlier moment that holds a figure disagreeing with it, among the
        // moments every day of which lies within the window of every day of the claim's time.
        let byNearest: Map<number, CheckedClaim[]> | undefined;
        for (const claim of runs[j]!) {
          const first = firstWithin(starts, j, claim.time!.hi, window);
          if (first >= j) continue;
          const nearest = track.lastDisagreeing(first, j - 1, claim);
          if (nearest < 0) continue;
          byNearest ??= new Map();
          const later = byNearest.get(nearest);
          if (later) later.push(claim);
          else byNearest.set(nearest, [claim]);
        }
        if (byNearest) {
          const before: CheckedClaim[] = [];
          const after: CheckedClaim[] = [];
          for (const [nearest, later] of byNearest) {
            for (const claim of track.partners(nearest, later)) before.push(claim);
            for (const claim of later) after.push(claim);
          }
          report(unique(before), unique(after));
        }
        // Inside a chained moment, claims whose own times do not overlap may still lie within the window.
        const [before, after] = context.compare.pairsApart(runs[j]!, "rapid");
        if (before.length > 0) report(before, after);
      }
    }
  },
};
