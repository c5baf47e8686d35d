/**
 * rapid-change: a changing (`state`) value differs between documents whose
 * times do not overlap but lie within the property's window: either the
 * figure moved fast, or the sources describe the same moment differently.
 */
import { days, durationInWords, sides, topic } from "../engine/describe.js";
import type { Rule } from "../engine/rule.js";
import type { CheckedClaim } from "../engine/claims.js";
import { comparableSets, pairsApart, startsWithin, timeRange, unique } from "./_compare.js";
import { extremesOf } from "./_extremes.js";
import { MomentTree } from "./_moment-tree.js";
import { timeline } from "./_timeline.js";
import { docsUrl } from "./_docs.js";
import { figures, timeSpan } from "./_figures.js";

export const rapidChange: Rule = {
  meta: {
    id: "rapid-change",
    description: "A changing value differs between sources at times closer together than the property's window.",
    severity: "warning",
    docs: docsUrl("rapid-change"),
    messages: {
      rapid: "{{topic}} goes from {{before}} to {{after}} in {{days}}; within {{window}} the sources may describe the same moment.",
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
          topic: topic(context.group, context.name),
          before: sides(before, context.name),
          after: sides(after, context.name),
          days: days(Math.max(daysBetween, 1)),
          window: durationInWords(window),
          ...figures(claims),
          daysBetween,
          ...timeSpan(claims),
        },
      });
    };
    for (const set of comparableSets(context.group)) {
      const track = timeline(set);
      const { moments: runs, line, starts } = track;
      const ranges = runs.map((run) => timeRange(run));
      const tree = new MomentTree(line, starts);
      let first = 0; // the earliest moment that ends within the window before moment j starts
      for (let j = 0; j < runs.length; j++) {
        // Moments are disjoint and sorted, so their ends grow: the moments within the window are a run before j.
        while (first < j && !startsWithin(ranges[first]!.hi, ranges[j]!.lo, window)) first++;
        if (first < j) {
          // Each claim counts against the latest earlier moment that holds a figure disagreeing with it.
          const byNearest = new Map<number, number[]>();
          for (let v = starts[j]!; v < starts[j + 1]!; v++) {
            const nearest = tree.lastDisagreeing(first, j - 1, v);
            if (nearest < 0) continue;
            const later = byNearest.get(nearest);
            if (later) later.push(v);
            else byNearest.set(nearest, [v]);
          }
          if (byNearest.size > 0) {
            const before: CheckedClaim[] = [];
            const after: CheckedClaim[] = [];
            for (const [nearest, later] of byNearest) {
              for (const v of track.sortedValues(nearest).partnersOf(extremesOf(line, later))) before.push(line.claims[v]!);
              for (const v of later) after.push(line.claims[v]!);
            }
            report(unique(before), unique(after));
          }
        }
        // Inside a chained moment, claims whose own times do not overlap may still lie within the window.
        const [before, after] = pairsApart(runs[j]!, "rapid");
        if (before.length > 0) report(before, after);
      }
    }
  },
};
