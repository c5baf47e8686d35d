/**
 * value-changed: the timeline. A changing (`state`) value differs between
 * times further apart than the property's window: not a contradiction, a
 * change worth seeing.
 */
import type { Rule } from "../engine/rule.js";
import { timeRange, unique, withinWindow } from "../compare/index.js";
import { docsUrl, figures, ids, timeSpan } from "./messages.js";

/** @internal */
export const valueChanged: Rule = {
  meta: {
    id: "value-changed",
    description: "A changing value differs between times further apart than the property's window.",
    severity: "info",
    docs: docsUrl("value-changed"),
    messages: {
      changed: "{{topic}} changed from {{before:sides}} to {{after:sides}}.",
      changedAfter: "{{topic}} changed from {{before:sides}} to {{after:sides}}, {{daysBetween:days}} later.",
    },
  },
  check(context) {
    if (context.group.property.temporal !== "state") return;
    for (const set of context.compare.sets) {
      const runs = context.compare.moments(set);
      for (let i = 1; i < runs.length; i++) {
        const [earlier, later] = [runs[i - 1]!, runs[i]!];
        if (withinWindow(earlier, later)) continue; // rapid-change's, when the documents differ
        const before = context.compare.partners(earlier, later, "any");
        const after = context.compare.partners(later, before, "any");
        if (before.length === 0 || after.length === 0) continue;
        const daysBetween = timeRange(after).lo - timeRange(before).hi;
        context.report({
          messageId: daysBetween > 1 ? "changedAfter" : "changed",
          claims: unique([...before, ...after]),
          data: {
            before: ids(before),
            after: ids(after),
            ...figures([...before, ...after]),
            daysBetween,
            ...timeSpan([...before, ...after]),
          },
        });
      }
    }
  },
};
