/**
 * denied-claim: a claim asserts a value that another claim denies
 * (`modality: "denied"`), for the same time. Applies to every property,
 * `cardinality: "many"` included.
 */
import type { Rule } from "../engine/rule.js";
import { poolOf } from "../compare/index.js";
import { docsUrl, figures, side, timeSpan, topic, who } from "./messages.js";

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
