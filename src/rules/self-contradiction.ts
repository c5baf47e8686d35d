/**
 * self-contradiction: one document states incompatible values for
 * overlapping times (or for a static property).
 */
import type { Rule } from "../engine/rule.js";
import { byDocument, timeRange } from "../compare/index.js";
import { docsUrl, figures, ids, timeSpan } from "./messages.js";

/** @internal */
export const selfContradiction: Rule = {
  meta: {
    id: "self-contradiction",
    description: "One document states incompatible values for the same time.",
    severity: "error",
    docs: docsUrl("self-contradiction"),
    messages: {
      contradicts: "{{source:name}} contradicts itself on {{topic}}{{from:period}}: {{sides:sides}}.",
      contradictsIn: "{{source:name}} contradicts itself in {{document}} on {{topic}}{{from:period}}: {{sides:sides}}.",
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
          // The written document id helps find the article; the default one (source@date) would only repeat the source.
          const written = claims[0]!.claim.document !== undefined;
          context.report({
            messageId: written ? "contradictsIn" : "contradicts",
            claims,
            data: {
              source: claims[0]!.source,
              ...(written ? { document } : {}),
              sides: ids(claims),
              ...figures(claims),
              ...(context.group.property.temporal === "static" ? {} : timeSpan(claims)),
            },
          });
        }
      }
    }
  },
};
