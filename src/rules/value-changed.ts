/**
 * value-changed: the timeline. A changing (`state`) value differs between
 * times further apart than the property's window: not a contradiction, a
 * change worth seeing.
 */
import type { Rule } from "../engine/rule.js";
import type { CheckedClaim } from "../compare/index.js";
import { timeRange, unique, withinWindow } from "../compare/index.js";
import { days, docsUrl, figures, ids, timeSpan } from "./messages.js";

/** @internal */
export const valueChanged: Rule = {
  meta: {
    id: "value-changed",
    description: "A changing value differs between times further apart than the property's window.",
    severity: "info",
    docs: docsUrl("value-changed"),
    messages: {
      changed: "{{topic}} changed from {{before:either}} to {{after:either}}.",
      changedAfter: "{{topic}} changed from {{before:either}} to {{after:either}}, {{daysBetween:days}} later.",
    },
  },
  check(context) {
    if (context.group.property.temporal !== "state") return;
    const report = (before: CheckedClaim[], after: CheckedClaim[]) => {
      const [earliest, latest] = [timeRange(before), timeRange(after)];
      const daysBetween = latest.lo - earliest.hi;
      // Say how long it took only when the times allow one answer ("2005" to "2006" may be a day or two years).
      const sure = days(Math.max(daysBetween, 1)) === days(latest.hi - earliest.lo);
      const claims = unique([...before, ...after]);
      context.report({
        messageId: sure && daysBetween > 1 ? "changedAfter" : "changed",
        claims,
        data: {
          before: ids(before),
          after: ids(after),
          ...figures([...before, ...after]),
          daysBetween,
          ...timeSpan(claims),
        },
      });
    };
    for (const set of context.compare.sets) {
      const runs = context.compare.moments(set);
      for (let i = 0; i < runs.length; i++) {
        // Inside a chained moment, claims apart in time further than the window are a change too.
        const [earlierInRun, laterInRun] = context.compare.pairsApart(runs[i]!, "changed");
        if (earlierInRun.length > 0) report(earlierInRun, laterInRun);
        if (i === 0) continue;
        const [earlier, later] = [runs[i - 1]!, runs[i]!];
        if (withinWindow(earlier, later)) continue; // rapid-change's, when the documents differ
        // A figure that only repeats an older one is no change of the value when another rule names it: outdated-value
        // (newer figures from other documents) or a contradiction at its own time. A document returning to its own
        // older figure is named by no other rule: that is a change on the timeline.
        const stale = context.compare.stale(set);
        const named = (moment: readonly CheckedClaim[]) => {
          if (stale.size === 0) return () => false;
          const contradicted = new Set(context.compare.partnersAtSameTime(moment, "any"));
          return (claim: CheckedClaim) => stale.has(claim) && (contradicted.has(claim) || stale.ignoresOtherDocuments(claim));
        };
        const [namedBefore, namedAfter] = [named(earlier), named(later)];
        const [from, to] = stale.size === 0 ? [earlier, later] : [earlier.filter((c) => !namedBefore(c)), later.filter((c) => !namedAfter(c))];
        const before = context.compare.partners(from, to, "any");
        const after = context.compare.partners(to, before, "any");
        if (before.length > 0 && after.length > 0) report(before, after);
      }
    }
  },
};
