/**
 * cumulative-decrease: a cumulative value (attacks since a date) cannot go
 * down, yet a later claim gives less than an earlier one.
 */
import type { Rule } from "../engine/rule.js";
import type { CheckedClaim, Span } from "../compare/index.js";
import { below, timeRange } from "../compare/index.js";
import { docsUrl, figures, ids, timeSpan } from "./messages.js";

/** True when `a` starts above `b` (an excluded start is above an included one at the same number). */
const higherStart = (a: Span, b: Span) => a.lo > b.lo || (a.lo === b.lo && a.loOpen && !b.loOpen);

/** @internal */
export const cumulativeDecrease: Rule = {
  meta: {
    id: "cumulative-decrease",
    description: "A cumulative value is lower at a later time than at an earlier one.",
    severity: "error",
    docs: docsUrl("cumulative-decrease"),
    messages: {
      decrease: "{{topic}} can only grow, yet it falls from {{earlier:sides}} to {{lower:each}}.",
    },
  },
  check(context) {
    if (context.group.property.temporal !== "cumulative") return;
    const report = (earlier: CheckedClaim[], lower: CheckedClaim[]) => {
      const claims = [...earlier, ...lower];
      context.report({
        messageId: "decrease",
        claims,
        data: {
          earlier: ids(earlier),
          lower: ids(lower),
          ...figures(claims),
          daysBetween: timeRange(lower).lo - timeRange(earlier).hi,
          ...timeSpan(claims),
        },
      });
    };
    for (const set of context.compare.sets) {
      // Sweep in time order, keeping the earlier claims with the highest lower bound: on a tie, every claim
      // of the latest moment that gives it (so that the report does not depend on the order claims are
      // written in, and a figure repeated day after day is not listed again with every later decrease).
      let highest: CheckedClaim[] = [];
      let highestRun: readonly CheckedClaim[] | undefined;
      for (const run of context.compare.moments(set)) {
        const top = highest[0];
        const lower = top ? run.filter((claim) => claim.span && below(claim.span, top.span!)) : [];
        if (lower.length > 0) report(highest, lower);
        // Inside a chained moment, a claim whose time ends before another's starts is earlier too.
        const [earlierInRun, lowerInRun] = context.compare.pairsApart(run, "decrease");
        if (lowerInRun.length > 0) report(earlierInRun, lowerInRun);
        for (const claim of run) {
          if (!claim.span) continue;
          const current = highest[0]?.span;
          const tie = current !== undefined && claim.span.lo === current.lo && claim.span.loOpen === current.loOpen;
          if (tie && highestRun === run) highest.push(claim);
          else if (tie || !current || higherStart(claim.span, current)) {
            highest = [claim];
            highestRun = run;
          }
        }
      }
    }
  },
};
