/**
 * outdated-value: a claim repeats an older figure although newer,
 * incompatible figures were published before its time — the classic stale
 * number copied from an earlier story.
 */
import { side, topic, when } from "../engine/describe.js";
import { incompatible, moments } from "../engine/positions.js";
import type { Rule } from "../engine/rule.js";
import { comparableSets, withPartner } from "./_compare.js";
import { ValueHistory } from "./_history.js";
import { docsUrl } from "./_docs.js";
import { figures, timeSpan } from "./_figures.js";

export const outdatedValue: Rule = {
  meta: {
    id: "outdated-value",
    description: "A claim repeats an older figure while newer, incompatible figures exist for its time.",
    severity: "warning",
    docs: docsUrl("outdated-value"),
    messages: {
      outdated:
        "{{claim}} repeats a figure from {{olderWhen}} for {{topic}}, though newer figures differ: {{newer}}.",
    },
  },
  check(context) {
    if (context.group.property.temporal !== "state") return;
    for (const set of comparableSets(context.group)) {
      const runs = moments(set);
      const history = new ValueHistory(); // every figure of the moments before the previous one
      for (let j = 1; j < runs.length; j++) {
        if (j >= 2) for (const earlier of runs[j - 2]!) history.add(earlier);
        // Only claims that disagree with a figure of the previous moment can be outdated.
        for (const claim of withPartner(runs[j]!, runs[j - 1]!, "other")) {
          // The latest figures before this claim's time disagree with it (from another document)…
          const newer = runs[j - 1]!.filter((other) => other.document !== claim.document && incompatible(other, claim));
          // …and an earlier figure, which those newer figures moved away from, is the one it repeats.
          const older = history.compatible(claim);
          if (!older || !newer.every((n) => incompatible(n, older))) continue;
          const claims = [claim, ...newer];
          context.report({
            messageId: "outdated",
            claims,
            data: {
              claim: side([claim], context.name),
              olderWhen: when(older) ?? "earlier",
              topic: topic(context.group, context.name),
              newer: newer.map((other) => side([other], context.name)).join(", "),
              repeats: older.id,
              ...figures(claims),
              ...timeSpan(claims),
            },
          });
        }
      }
    }
  },
};
