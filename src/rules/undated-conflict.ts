/**
 * undated-conflict: a claim with no time at all gives a figure that no dated
 * claim agrees with, so it fits no known moment; or, where no claim is
 * dated, claims disagree and nobody can tell whether they describe the same
 * moment. One finding per undated claim, against the dated figure nearest
 * its own: never the same pairs again, never every claim of the group.
 * (For static properties time does not matter: conflicting-values reports.)
 */
import type { Rule } from "../engine/rule.js";
import type { CheckedClaim } from "../compare/index.js";
import { figureIndex, unique } from "../compare/index.js";
import { docsUrl, figures, ids } from "./messages.js";

/** @internal */
export const undatedConflict: Rule = {
  meta: {
    id: "undated-conflict",
    description: "An undated claim gives a figure no dated claim agrees with, or undated claims disagree with each other.",
    severity: "warning",
    docs: docsUrl("undated-conflict"),
    messages: {
      undated: "{{undatedClaims:side}} has no date, and no dated figure for {{topic}} agrees with it; the nearest is {{nearest:side}}.",
      undatedAll: "Claims disagree on {{topic}} and none of them has a date, so they may describe different times: {{sides:sides}}.",
    },
  },
  check(context) {
    if (context.group.property.temporal === "static") return;
    for (const set of context.compare.sets) {
      const { undated, placed, unplaced } = context.compare.placement(set);
      if (undated.length === 0) continue;
      const dated = [...placed, ...unplaced];
      if (dated.length === 0) {
        const claims = context.compare.partners(undated, undated, "any");
        if (claims.length > 0) context.report({ messageId: "undatedAll", claims, data: { sides: ids(claims), undatedClaims: ids(claims), ...figures(claims) } });
        continue;
      }
      // An undated claim that agrees with some dated claim may describe that claim's time: nothing to say.
      const index = figureIndex(dated);
      for (const claim of undated) {
        if (index.agrees(claim)) continue;
        const position: readonly CheckedClaim[] = index.nearest(claim);
        const claims = unique([claim, ...position]);
        context.report({
          messageId: "undated",
          claims,
          data: { undatedClaims: [claim.id], nearest: ids(position), ...figures([claim, ...position]) },
        });
      }
    }
  },
};
