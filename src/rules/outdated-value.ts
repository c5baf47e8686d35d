/**
 * outdated-value: a claim repeats an older figure although newer,
 * incompatible figures were published before its time — the classic stale
 * number copied from an earlier story.
 */
import type { Rule } from "../engine/rule.js";
import { unique } from "../compare/index.js";
import { canonicalOrder, docsUrl, figures, ids, timeSpan } from "./messages.js";

/** @internal */
export const outdatedValue: Rule = {
  meta: {
    id: "outdated-value",
    description: "A claim repeats an older figure while newer, incompatible figures exist for its time.",
    severity: "warning",
    docs: docsUrl("outdated-value"),
    messages: {
      outdated: "{{stale:side}} repeats an older figure for {{topic}}: {{repeats:who}} gave it {{repeats:when}}, and newer figures differ: {{newer:dated}}.",
      outdatedSeveral: "{{stale:each}} repeat older figures for {{topic}}, first given {{repeated:whens}}, and newer figures differ: {{newer:dated}}.",
    },
  },
  check(context) {
    if (context.group.property.temporal !== "state") return;
    for (const set of context.compare.sets) {
      const stale = context.compare.stale(set);
      if (stale.size === 0) continue;
      // One warning per moment: every claim of it that repeats an older figure, and the newer figures it ignores.
      for (const run of context.compare.moments(set)) {
        const repeats = run.filter((claim) => stale.has(claim));
        if (repeats.length === 0) continue;
        // A stale figure that also contradicts a figure of its own time is reported by the contradiction, which says it is older.
        // Here, only other documents' newer figures count: a document that tells its own timeline (1,400 in March,
        // 2,000 again in April) is not repeating a stale figure.
        const contradicted = new Set(context.compare.partnersAtSameTime(run, "any"));
        const reported = unique(repeats.filter((claim) => !contradicted.has(claim) && stale.ignoresOtherDocuments(claim)));
        if (reported.length === 0) continue;
        const newer = stale.newer(reported, "other");
        const repeated = unique(reported.map((claim) => stale.get(claim)!.firstSeen));
        const claims = [...reported, ...newer];
        context.report({
          messageId: reported.length === 1 ? "outdated" : "outdatedSeveral",
          claims,
          data: {
            stale: ids(reported),
            repeats: stale.get([...reported].sort(canonicalOrder)[0]!)!.firstSeen.id,
            repeated: ids(repeated),
            newer: ids(newer),
            ...figures(claims),
            ...timeSpan(claims),
          },
        });
      }
    }
  },
};
