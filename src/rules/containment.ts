/**
 * containment: claims about a part and about its whole (entities' `partOf`)
 * that cannot both be true. A count for a part cannot exceed the same count
 * for its whole at the same time (properties with `nesting: "sum"`, the
 * default for quantities); a presence or a deadline for a part cannot end
 * later than its whole's (`nesting: "within"`): advisers who stay in Erbil
 * until the end of 2026 while forces leave the Kurdistan Region, which
 * contains Erbil, by the end of September 2026.
 */
import type { Rule } from "../engine/rule.js";
import type { CheckedClaim, GroupView } from "../compare/index.js";
import { partsAbove, unique } from "../compare/index.js";
import { docsUrl, figures, ids, timeSpan } from "./messages.js";

/** The scope name in which `part`'s scope lies within `whole`'s, all others equal; undefined when it does not. */
function within(part: GroupView, whole: GroupView, isPartOf: (part: string, whole: string) => boolean): string | undefined {
  const names = Object.keys(part.scope);
  if (names.length !== Object.keys(whole.scope).length) return undefined;
  let found: string | undefined;
  for (const name of names) {
    const [mine, theirs] = [part.scope[name], whole.scope[name]];
    if (theirs === undefined) return undefined;
    if (mine === theirs) continue;
    if (found !== undefined || !isPartOf(mine!, theirs)) return undefined;
    found = name;
  }
  return found;
}

/** @internal */
export const containment: Rule = {
  meta: {
    id: "containment",
    description: "A count for a part exceeds its whole's, or a part's presence or deadline ends later than its whole's.",
    severity: "warning",
    docs: docsUrl("containment"),
    messages: {
      moreThanWhole:
        "{{topic}}{{from:period}} is {{part:sides}}, more than {{whole:sides}} for {{container:name}}, which contains {{contained:name}}.",
      laterThanWhole: "{{topic}} is {{part:sides}}, later than {{whole:sides}} for {{container:name}}, which contains {{contained:name}}.",
      plannedLaterThanWhole:
        "{{topic}} is planned for {{part:sides}}, later than {{whole:sides}} planned for {{container:name}}, which contains {{contained:name}}.",
    },
  },
  check(context) {
    const { group } = context;
    const nesting = group.property.nesting;
    if (nesting === "none" || group.property.cardinality === "many" || Object.keys(group.scope).length === 0) return;
    for (const whole of context.related) {
      const name = within(group, whole, context.isPartOf);
      if (name === undefined) continue;
      for (const modality of ["asserted", "planned"] as const) {
        const parts = group.claims.filter((claim) => claim.modality === modality && claim.span);
        const wholes = whole.claims.filter((claim) => claim.modality === modality && claim.span);
        if (parts.length === 0 || wholes.length === 0) continue;
        // Dates (a deadline, an end of presence) hold whatever their article's time; counts at the same time.
        for (const [above, below] of partsAbove(parts, wholes, group.property.temporal === "static" || nesting === "within")) {
          const claims: CheckedClaim[] = unique([...above, ...below]);
          context.report({
            messageId: nesting === "sum" ? "moreThanWhole" : modality === "planned" ? "plannedLaterThanWhole" : "laterThanWhole",
            claims,
            data: {
              part: ids(above),
              whole: ids(below),
              wholeScope: [whole.scope],
              contained: group.scope[name],
              container: whole.scope[name],
              ...figures(claims),
              ...(nesting === "sum" && group.property.temporal !== "static" ? timeSpan(claims) : {}),
            },
          });
        }
      }
    }
  },
};
