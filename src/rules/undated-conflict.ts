/**
 * undated-conflict: incompatible values where at least one claim has no
 * time at all, so nobody can tell whether they describe the same moment.
 * (For static properties time does not matter: conflicting-values reports.)
 */
import type { Rule } from "../engine/rule.js";
import { unique } from "../compare/index.js";
import { docsUrl, figures, sides, topic } from "./messages.js";

export const undatedConflict: Rule = {
  meta: {
    id: "undated-conflict",
    description: "Claims disagree and at least one of them has no date, so they may describe different times.",
    severity: "warning",
    docs: docsUrl("undated-conflict"),
    messages: {
      undated: "Claims disagree on {{topic}} and {{undated}} no date, so they may describe different times: {{sides}}.",
    },
  },
  check(context) {
    if (context.group.property.temporal === "static") return;
    for (const set of context.compare.sets) {
      const undated = set.filter((claim) => claim.time === undefined);
      if (undated.length === 0) continue;
      const involvedUndated = context.compare.partners(undated, set, "any");
      if (involvedUndated.length === 0) continue;
      const partners = context.compare.partners(set, involvedUndated, "any");
      const claims = unique([...involvedUndated, ...partners]);
      context.report({
        messageId: "undated",
        claims,
        data: {
          topic: topic(context.group, context.name),
          undated: involvedUndated.length === 1 ? "one of them has" : `${involvedUndated.length} of them have`,
          sides: sides(claims, context.name),
          undatedClaims: involvedUndated.map((claim) => claim.id),
          ...figures(claims),
        },
      });
    }
  },
};
