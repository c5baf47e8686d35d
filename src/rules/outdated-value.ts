/**
 * outdated-value: a claim repeats an older figure although newer,
 * incompatible figures were published before its time — the classic stale
 * number copied from an earlier story.
 */
import type { Rule } from "../engine/rule.js";
import type { CheckedClaim } from "../compare/index.js";
import { ValueHistory, unique } from "../compare/index.js";
import { docsUrl, figures, ids, timeSpan } from "./messages.js";

/** @internal */
export const outdatedValue: Rule = {
  meta: {
    id: "outdated-value",
    description: "A claim repeats an older figure while newer, incompatible figures exist for its time.",
    severity: "warning",
    docs: docsUrl("outdated-value"),
    messages: {
      outdated: "{{stale:side}} repeats a figure from {{repeated:whens}} for {{topic}}, though newer figures differ: {{newer:each}}.",
      outdatedSeveral: "{{stale:sides}} repeat figures from {{repeated:whens}} for {{topic}}, though newer figures differ: {{newer:each}}.",
    },
  },
  check(context) {
    if (context.group.property.temporal !== "state") return;
    for (const set of context.compare.sets) {
      const track = context.compare.track(set);
      const runs = track.moments;
      const history = new ValueHistory(); // every figure of the moments before the previous one
      for (let j = 1; j < runs.length; j++) {
        if (j >= 2) for (const earlier of runs[j - 2]!) history.add(earlier);
        // One warning per moment: every claim of it that repeats an older figure, and the newer figures.
        const repeats = new Map<CheckedClaim, CheckedClaim>(); // stale claim → the older claim it repeats
        for (const claim of runs[j]!) {
          // Only claims that disagree with a figure of the previous moment (the newer figures) can be outdated…
          if (track.lastDisagreeing(j - 1, j - 1, claim) < 0) continue;
          // …and an earlier figure is the one it repeats, if the newer figures all moved away from it: none of
          // them (from another document) both disagrees with the claim and agrees with the earlier figure.
          const repeated = history.compatible(claim);
          if (!repeated) continue;
          // (A text value repeats its own key: no newer figure can disagree with the claim and agree with it.)
          if (repeated.span && track.bridges(j - 1, claim, repeated.span)) continue;
          repeats.set(claim, repeated);
        }
        if (repeats.size === 0) continue;
        const stale = unique([...repeats.keys()]);
        const newest = unique(track.partners(j - 1, stale));
        const claims = [...stale, ...newest];
        const repeated = unique([...repeats.values()]);
        context.report({
          messageId: stale.length === 1 ? "outdated" : "outdatedSeveral",
          claims,
          data: {
            stale: ids(stale),
            repeats: repeats.get(stale[0]!)!.id,
            repeated: ids(repeated),
            newer: ids(newest),
            ...figures(claims), // the stale figure first, as in the message
            ...timeSpan(claims),
          },
        });
      }
    }
  },
};
