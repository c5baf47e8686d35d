/**
 * rapid-change: a changing (`state`) value differs between documents whose
 * times do not overlap but lie within the property's window: either the
 * figure moved fast, or the sources describe the same moment differently.
 */
import type { Rule } from "../engine/rule.js";
import type { CheckedClaim } from "../compare/index.js";
import { startsWithin, timeRange, unique } from "../compare/index.js";
import { docsUrl, figures, ids, timeSpan } from "./messages.js";

/** @internal */
export const rapidChange: Rule = {
  meta: {
    id: "rapid-change",
    description: "A changing value differs between sources at times closer together than the property's window.",
    severity: "warning",
    docs: docsUrl("rapid-change"),
    messages: {
      rapid: "{{topic}} goes from {{before:sides}} to {{after:sides}} in {{daysBetween:days}}; within {{window:duration}} the sources may describe the same moment.",
    },
  },
  check(context) {
    if (context.group.property.temporal !== "state") return;
    const window = context.group.property.window;
    const report = (before: CheckedClaim[], after: CheckedClaim[]) => {
      const daysBetween = timeRange(after).lo - timeRange(before).hi;
      const claims = [...before, ...after]; // a claim of a chained moment may be on both sides
      context.report({
        messageId: "rapid",
        claims,
        data: {
          before: ids(before),
          after: ids(after),
          window: window.text,
          ...figures(claims),
          daysBetween,
          ...timeSpan(claims),
        },
      });
    };
    for (const set of context.compare.sets) {
      const track = context.compare.track(set);
      const runs = track.moments;
      const ranges = runs.map((run) => timeRange(run));
      let first = 0; // the earliest moment that ends within the window before moment j starts
      for (let j = 0; j < runs.length; j++) {
        // Moments are disjoint and sorted, so their ends grow: the moments within the window are a run before j.
        while (first < j && !startsWithin(ranges[first]!.hi, ranges[j]!.lo, window)) first++;
        if (first < j) {
          // Each claim counts against the latest earlier moment that holds a figure disagreeing with it.
          let byNearest: Map<number, CheckedClaim[]> | undefined;
          for (const claim of runs[j]!) {
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
        }
        // Inside a chained moment, claims whose own times do not overlap may still lie within the window.
        const [before, after] = context.compare.pairsApart(runs[j]!, "rapid");
        if (before.length > 0) report(before, after);
      }
    }
  },
};
