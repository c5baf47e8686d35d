/**
 * self-contradiction: one document states incompatible values for
 * overlapping times (or for a static property).
 */
import type { Rule } from "../engine/rule.js";
import { byDocument, timeRange } from "../compare/index.js";
import { docsUrl, figures, period, sides, topic } from "./messages.js";

export const selfContradiction: Rule = {
  meta: {
    id: "self-contradiction",
    description: "One document states incompatible values for the same time.",
    severity: "error",
    docs: docsUrl("self-contradiction"),
    messages: {
      contradicts: "{{source}} contradicts itself{{document}} on {{topic}}{{period}}: {{sides}}.",
    },
  },
  check(context) {
    for (const set of context.compare.sets) {
      const runs = context.group.property.temporal === "static" ? [set] : context.compare.moments(set);
      for (const run of runs) {
        if (run.length < 2) continue; // a claim alone meets no other
        const involved =
          context.group.property.temporal === "static" ? context.compare.partners(run, run, "same") : context.compare.partnersAtSameTime(run, "same");
        const documents = byDocument(involved);
        for (const [document, claims] of documents) {
          const source = context.name(claims[0]!.source);
          // The written document id helps find the article; the default one (source@date) would only repeat the source.
          context.report({
            messageId: "contradicts",
            claims,
            data: {
              source,
              document: claims[0]!.claim.document ? ` in ${document}` : "",
              topic: topic(context.group, context.name),
              period: context.group.property.temporal === "static" ? "" : period(timeRange(claims)),
              sides: sides(claims, context.name),
              ...figures(claims),
            },
          });
        }
      }
    }
  },
};
