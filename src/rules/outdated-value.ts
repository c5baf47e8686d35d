/**
 * outdated-value: a claim repeats an older figure although newer,
 * incompatible figures were published before its time — the classic stale
 * number copied from an earlier story.
 */
import type { CheckedClaim } from "../engine/claims.js";
import { side, topic, when } from "../engine/describe.js";
import { incompatible, moments } from "../engine/positions.js";
import type { Rule } from "../engine/rule.js";
import { comparableSets } from "./_compare.js";
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
      for (let j = 1; j < runs.length; j++) {
        for (const claim of runs[j]!) {
          // The latest figures before this claim's time disagree with it (from another document)…
          const newer = runs[j - 1]!.filter((other) => other.document !== claim.document && incompatible(other, claim));
          if (newer.length === 0) continue;
          // …and an earlier figure, which those newer figures moved away from, is the one it repeats.
          let older: CheckedClaim | undefined;
          for (let o = j - 2; o >= 0 && !older; o--) {
            older = runs[o]!
              .filter((other) => !incompatible(other, claim) && newer.every((n) => incompatible(n, other)))
              .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
          }
          if (!older) continue;
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
