/**
 * rapid-change: a changing (`state`) value differs between documents whose
 * times do not overlap but lie within the property's window: either the
 * figure moved fast, or the sources describe the same moment differently.
 */
import { days, durationInWords, sides, topic } from "../engine/describe.js";
import { moments } from "../engine/positions.js";
import type { Rule } from "../engine/rule.js";
import type { CheckedClaim } from "../engine/claims.js";
import { comparableSets, pairsApart, rapid, timeRange, unique, withinWindow, withPartner } from "./_compare.js";
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
    const report = (before: CheckedClaim[], after: CheckedClaim[]) => {
      const daysBetween = timeRange(after).lo - timeRange(before).hi;
      context.report({
        messageId: "rapid",
        claims: unique([...before, ...after]),
        data: {
          topic: topic(context.group, context.name),
          before: sides(before, context.name),
          after: sides(after, context.name),
          days: days(Math.max(daysBetween, 1)),
          window: durationInWords(context.group.property.window),
          ...figures([...before, ...after]),
          daysBetween,
          ...timeSpan([...before, ...after]),
        },
      });
    };
    for (const set of comparableSets(context.group)) {
      const runs = moments(set);
      for (let j = 0; j < runs.length; j++) {
        const later = runs[j]!;
        // Every earlier moment that ends within the window before this one starts (moments are disjoint
        // and sorted, so their ends grow: scan back until one is too far).
        const earlier: CheckedClaim[] = [];
        for (let i = j - 1; i >= 0 && withinWindow(runs[i]!, later); i--) earlier.push(...runs[i]!);
        if (earlier.length > 0) {
          const before = withPartner(earlier, later, "other");
          const after = withPartner(later, before, "other");
          if (before.length > 0 && after.length > 0) report(before, after);
        }
        // Inside a chained moment, claims whose own times do not overlap may still lie within the window.
        const [before, after] = pairsApart(later, rapid);
        if (before.length > 0) report(before, after);
      }
    }
  },
};
