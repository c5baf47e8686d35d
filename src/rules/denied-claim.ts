/**
 * denied-claim: a claim asserts a value that another claim denies
 * (`modality: "denied"`), for the same time. Applies to every property,
 * `cardinality: "many"` included.
 */
import { side, topic, who } from "../engine/describe.js";
import { incompatible } from "../engine/positions.js";
import type { Rule } from "../engine/rule.js";
import { sameTime } from "./_compare.js";
import { docsUrl } from "./_docs.js";
import { figures, timeSpan } from "./_figures.js";

export const deniedClaim: Rule = {
  meta: {
    id: "denied-claim",
    description: "A claim asserts a value that another claim denies.",
    severity: "error",
    docs: docsUrl("denied-claim"),
    messages: {
      denied: "{{denier}} denies {{value}} for {{topic}}, which {{asserted}}.",
    },
  },
  check(context) {
    const asserted = context.group.claims.filter((claim) => claim.modality === "asserted");
    for (const denial of context.group.claims) {
      if (denial.modality !== "denied") continue;
      const hit = asserted.filter((claim) => !incompatible(claim, denial) && sameTime(claim, denial));
      if (hit.length === 0) continue;
      const claims = [denial, ...hit];
      context.report({
        messageId: "denied",
        claims,
        data: {
          denier: who(denial, context.name),
          value: denial.value.display,
          topic: topic(context.group, context.name),
          asserted: `${hit.map((claim) => side([claim], context.name)).join(", ")} ${hit.length === 1 ? "asserts" : "assert"}`,
          deniedBy: denial.id,
          ...figures(claims),
          ...timeSpan(claims),
        },
      });
    }
  },
};
