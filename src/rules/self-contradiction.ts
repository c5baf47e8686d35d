/**
 * self-contradiction: one document states incompatible values for
 * overlapping times (or for a static property).
 */
import type { Rule } from "../engine/rule.js";
import { byDocument } from "../compare/index.js";
import { docsUrl, figures, ids, olderFigures, timeSpan } from "./messages.js";

/** @internal */
export const selfContradiction: Rule = {
  meta: {
    id: "self-contradiction",
    description: "One document states incompatible values for the same time.",
    severity: "error",
    docs: docsUrl("self-contradiction"),
    messages: {
      contradicts: "{{source:name}} gives conflicting figures for {{topic}}{{from:period}}{{document:in}}: {{sides:own}}.",
      contradictsStale:
        "{{source:name}} gives conflicting figures for {{topic}}{{from:period}}{{document:in}}: {{sides:own}}. The figure of {{stale:values}} is older: {{firstSeen:who}} gave it {{firstSeen:when}}, before {{newer:dated}}.",
      citesConflicting: "{{source:name}} cites sources that disagree on {{topic}}{{from:period}}{{document:in}}: {{sides:own}}.",
    },
  },
  check(context) {
    for (const set of context.compare.sets) {
      const runs = context.group.property.temporal === "static" ? [set] : context.compare.sameTimes(set);
      for (const run of runs) {
        if (run.length < 2) continue; // a claim alone meets no other
        const involved =
          context.group.property.temporal === "static" ? context.compare.partners(run, run, "same") : context.compare.partnersAtSameTime(run, "same");
        const documents = byDocument(involved);
        for (const [document, claims] of documents) {
          // The written document names the article; the default one (source@date) would only repeat the source.
          const written = claims[0]!.claim.document !== undefined;
          const stale = olderFigures(claims, context.compare.stale(set));
          // A document that gives two figures, each credited to another origin, reports a dispute; one that states a
          // figure itself (or credits two figures to one origin) contradicts itself.
          const dispute = claims.every((claim) => claim.citing.length > 0) && new Set(claims.map((claim) => claim.origin)).size > 1;
          context.report({
            messageId: stale ? "contradictsStale" : dispute ? "citesConflicting" : "contradicts",
            claims,
            data: {
              source: claims[0]!.source,
              ...(written ? { document } : {}),
              sides: ids(claims),
              ...stale,
              ...figures(claims),
              ...(context.group.property.temporal === "static" ? {} : timeSpan(claims)),
            },
          });
        }
      }
    }
  },
};
