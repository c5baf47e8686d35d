/**
 * denied-claim: a claim asserts a value that another claim denies
 * (`modality: "denied"`), for the same time. Applies to every property,
 * `cardinality: "many"` included.
 */
import type { Rule } from "../engine/rule.js";
import { poolOf } from "../compare/index.js";
import { docsUrl, figures, ids, timeSpan } from "./messages.js";

/** @internal */
export const deniedClaim: Rule = {
  meta: {
    id: "denied-claim",
    description: "A claim asserts a value that another claim denies.",
    severity: "error",
    docs: docsUrl("denied-claim"),
    messages: {
      denied: "{{deniedBy:who}} denies {{deniedBy:value}} for {{topic}}, which {{asserted:each}} asserts.",
      deniedSeveral: "{{deniedBy:who}} denies {{deniedBy:value}} for {{topic}}, which {{asserted:each}} assert.",
    },
  },
  check(context) {
    const denials = context.group.claims.filter((claim) => claim.modality === "denied");
    if (denials.length === 0) return;
    const asserted = poolOf(
      context.group.claims.filter((claim) => claim.modality === "asserted"),
      denials,
    );
    for (const denial of denials) {
      const hit = asserted.meeting(denial, "agree");
      if (hit.length === 0) continue;
      const claims = [denial, ...hit];
      context.report({
        messageId: hit.length === 1 ? "denied" : "deniedSeveral",
        claims,
        data: {
          value: denial.value.display,
          deniedBy: denial.id,
          asserted: ids(hit),
          ...figures(claims),
          ...timeSpan(claims),
        },
      });
    }
  },
};
