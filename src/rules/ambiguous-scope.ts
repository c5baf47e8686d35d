/**
 * ambiguous-scope: a claim without scope disagrees with scoped claims of the
 * same subject and property, but agrees with one of the scopes — it probably
 * means that scope. The suggestion adds it.
 */
import type { GroupView, Rule } from "../engine/rule.js";
import type { CheckedClaim, Pool } from "../compare/index.js";
import { byModality, poolOf } from "../compare/index.js";
import { docsUrl, figures, ids } from "./messages.js";

/** Adds `item` to the list of `key`. */
function append<K, T>(lists: Map<K, T[]>, key: K, item: T): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

/** @internal */
export const ambiguousScope: Rule = {
  meta: {
    id: "ambiguous-scope",
    description: "A claim without scope disagrees with scoped claims and agrees with one scope: it probably means that scope.",
    severity: "warning",
    docs: docsUrl("ambiguous-scope"),
    hasSuggestions: true,
    messages: {
      ambiguous: "{{claim:side}} gives no scope for {{topic}}; it disagrees with {{disagrees:scoped}} but matches {{scopes:scopes}}.",
      addScope: "Add the scope {{scope}} to claim {{id}}.",
    },
  },
  check(context) {
    const { group, related } = context;
    if (Object.keys(group.scope).length > 0 || related.length === 0 || group.property.cardinality === "many") return;
    const claims = group.claims.filter((claim) => claim.modality !== "denied");
    const modalities = byModality(claims);
    // For each claim, in the order of the related groups: the scopes it agrees with, and those it disagrees with.
    const agrees = new Map<CheckedClaim, GroupView[]>();
    const disagrees = new Map<CheckedClaim, Array<[GroupView, Pool]>>();
    for (const scoped of related) {
      for (const [modality, mine] of modalities) {
        const theirs = scoped.claims.filter((other) => other.modality === modality);
        if (theirs.length === 0) continue;
        const pool = poolOf(theirs, mine);
        for (const claim of mine) {
          if (pool.meetsDisagreement(claim)) append(disagrees, claim, [scoped, pool]);
          else if (pool.meets(claim)) append(agrees, claim, scoped);
        }
      }
    }
    for (const claim of claims) {
      const agree = agrees.get(claim) ?? [];
      const disagreeWith = disagrees.get(claim) ?? [];
      if (agree.length === 0 || disagreeWith.length === 0) continue;
      const disagree = disagreeWith.map(([scoped, pool]): [GroupView, CheckedClaim[]] => [
        scoped,
        pool.meeting(claim, "disagree"),
      ]);
      const against = disagree.flatMap(([, claims]) => claims);
      context.report({
        messageId: "ambiguous",
        claims: [claim, ...against],
        data: {
          claim: [claim.id],
          disagrees: disagree.map(([scoped, claims]) => ({ scope: scoped.scope, claims: ids(claims) })),
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
