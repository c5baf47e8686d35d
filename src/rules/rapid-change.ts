/**
 * rapid-change: a changing (`state`) value differs between documents whose
 * times do not overlap but lie within the property's window: either the
 * figure moved fast, or the sources describe the same moment differently.
 */
import { days, durationInWords, sides, topic } from "../engine/describe.js";
import { moments } from "../engine/positions.js";
import type { Rule } from "../engine/rule.js";
import { comparableSets, timeRange, unique, withinWindow, withPartner } from "./_compare.js";
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
    for (const set of comparableSets(context.group)) {
      const runs = moments(set);
      for (let i = 1; i < runs.length; i++) {
        const [earlier, later] = [runs[i - 1]!, runs[i]!];
        if (!withinWindow(earlier, later)) continue;
        const before = withPartner(earlier, later, "other");
        const after = withPartner(later, before, "other");
        if (before.length === 0 || after.length === 0) continue;
        const daysBetween = timeRange(after).lo - timeRange(before).hi;
        context.report({
          messageId: "rapid",
          claims: unique([...before, ...after]),
          data: {
            topic: topic(context.group, context.name),
            before: sides(before, context.name),
            after: sides(after, context.name),
            days: days(daysBetween),
            window: durationInWords(context.group.property.window),
            ...figures([...before, ...after]),
            daysBetween,
            ...timeSpan([...before, ...after]),
          },
        });
      }
    }
  },
};
