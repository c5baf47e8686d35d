/**
 * undated-conflict: incompatible values where at least one claim has no
 * time at all, so nobody can tell whether they describe the same moment.
 * (For static properties time does not matter: conflicting-values reports.)
 */
import type { Rule } from "../engine/rule.js";
import { unique } from "../compare/index.js";
import { docsUrl, figures, ids } from "./messages.js";

/** @internal */
export const undatedConflict: Rule = {
  meta: {
    id: "undated-conflict",
    description: "Claims disagree and at least one of them has no date, so they may describe different times.",
    severity: "warning",
    docs: docsUrl("undated-conflict"),
    messages: {
      undated: "Claims disagree on {{topic}} and one of them has no date, so they may describe different times: {{sides:sides}}.",
      undatedSeveral: "Claims disagree on {{topic}} and {{undatedClaims:count}} of them have no date, so they may describe different times: {{sides:sides}}.",
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
        messageId: involvedUndated.length === 1 ? "undated" : "undatedSeveral",
        claims,
        data: {
          sides: ids(claims),
          undatedClaims: ids(involvedUndated),
          ...figures(claims),
        },
      });
    }
  },
};
