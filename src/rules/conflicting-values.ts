/**
 * conflicting-values: claims from different documents have incompatible
 * values and their times overlap (or the property is static).
 */
import type { Rule } from "../engine/rule.js";
import { docsUrl, figures, ids, olderFigures, timeSpan } from "./messages.js";

/** @internal */
export const conflictingValues: Rule = {
  meta: {
    id: "conflicting-values",
    description: "Claims from different documents have incompatible values for the same time.",
    severity: "error",
    docs: docsUrl("conflicting-values"),
    messages: {
      disagree: "Sources disagree on {{topic}}{{from:period}}: {{sides:sides}}.",
      plansDisagree: "Plans disagree on {{topic}}{{from:period}}: {{sides:sides}}.",
      disagreeStale:
        "Sources disagree on {{topic}}{{from:period}}: {{sides:sides}}. The figure of {{stale:values}} is older: {{firstSeen:who}} gave it {{firstSeen:when}}, before {{newer:dated}}.",
    },
  },
  check(context) {
    for (const set of context.compare.sets) {
      const runs = context.group.property.temporal === "static" ? [set] : context.compare.sameTimes(set);
      for (const run of runs) {
        if (run.length < 2) continue; // a claim alone meets no other
        const involved =
          context.group.property.temporal === "static" ? context.compare.partners(run, run, "other") : context.compare.partnersAtSameTime(run, "other");
        if (involved.length < 2) continue;
        const stale = olderFigures(involved, context.compare.stale(set));
        context.report({
          messageId: stale ? "disagreeStale" : involved[0]!.modality === "planned" ? "plansDisagree" : "disagree",
          claims: involved,
          data: {
            sides: ids(involved),
            ...stale,
            ...figures(involved),
            ...(context.group.property.temporal === "static" ? {} : timeSpan(involved)),
          },
        });
      }
    }
  },
};
