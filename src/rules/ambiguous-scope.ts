/**
 * ambiguous-scope: a claim without scope disagrees with scoped claims of the
 * same subject and property, but agrees with one of the scopes — it probably
 * means that scope. The suggestion adds it.
 */
import type { CheckedClaim } from "../engine/claims.js";
import { side, topic } from "../engine/describe.js";
import { incompatible } from "../engine/positions.js";
import type { GroupView, Rule } from "../engine/rule.js";
import { sameTime } from "./_compare.js";
import { docsUrl } from "./_docs.js";
import { figures } from "./_figures.js";

const comparable = (a: CheckedClaim, b: CheckedClaim) =>
  a.modality !== "denied" && a.modality === b.modality && sameTime(a, b);

function describeScope(group: GroupView, name: (id: string) => string): string {
  return Object.entries(group.scope)
    .map(([key, value]) => `${key}: ${name(value)}`)
    .join(", ");
}

export const ambiguousScope: Rule = {
  meta: {
    id: "ambiguous-scope",
    description: "A claim without scope disagrees with scoped claims and agrees with one scope: it probably means that scope.",
    severity: "warning",
    docs: docsUrl("ambiguous-scope"),
    hasSuggestions: true,
    messages: {
      ambiguous: "{{claim}} gives no scope for {{topic}}; it disagrees with {{disagrees}} but matches {{agrees}}.",
      addScope: "Add the scope {{scope}} to claim {{id}}.",
    },
  },
  check(context) {
    const { group, related } = context;
    if (Object.keys(group.scope).length > 0 || related.length === 0 || group.property.cardinality === "many") return;
    for (const claim of group.claims) {
      if (claim.modality === "denied") continue;
      const agree: GroupView[] = [];
      const disagree: Array<[GroupView, CheckedClaim[]]> = [];
      for (const scoped of related) {
        const others = scoped.claims.filter((other) => comparable(claim, other));
        const against = others.filter((other) => incompatible(claim, other));
        if (against.length > 0) disagree.push([scoped, against]);
        else if (others.length > 0) agree.push(scoped);
      }
      if (agree.length === 0 || disagree.length === 0) continue;
      const against = disagree.flatMap(([, claims]) => claims);
      context.report({
        messageId: "ambiguous",
        claims: [claim, ...against],
        data: {
          claim: side([claim], context.name),
          topic: topic(group, context.name),
          disagrees: disagree.map(([scoped, claims]) => `${describeScope(scoped, context.name)} (${claims.map((c) => c.value.display).join(", ")})`).join("; "),
          agrees: agree.map((scoped) => describeScope(scoped, context.name)).join(" or "),
          scopes: agree.map((scoped) => scoped.scope),
          ...figures([claim, ...against]),
        },
        suggestions: agree.map((scoped) => ({
          messageId: "addScope",
          data: { scope: JSON.stringify(scoped.scope), id: claim.id },
          patch: [{ op: "add", path: `/claims/${claim.index}/scope`, value: { ...scoped.scope } }],
        })),
      });
    }
  },
};
