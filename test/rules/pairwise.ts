/**
 * Pairwise readings of the rules whose built-in versions avoid comparing
 * pairs: each is a custom rule that reports the same claim lists as its
 * built-in counterpart should, computed the slow, obvious way.
 */
import type { CheckedClaim, GroupView, Rule } from "../../src/index.js";
import { defineRule } from "../../src/index.js";
import { incompatible, moments } from "../../src/compare/positions.js";
import { overlaps } from "../../src/values/span.js";
import { comparableSets, withinWindow } from "../../src/compare/partners.js";
import { ValueHistory } from "../../src/compare/history.js";
import { addDuration } from "../../src/values/duration.js";

/** Claims whose times overlap (or whose property is static, or which are undated) may describe the same moment. */
export function sameTime(a: CheckedClaim, b: CheckedClaim): boolean {
  if (a.property.temporal === "static" || !a.time || !b.time) return true;
  return overlaps(a.time, b.time);
}

type Reading = (group: GroupView, related: readonly GroupView[], report: (claims: CheckedClaim[]) => void) => void;

/** A custom rule `pairwise-<id>` that reports the claim lists `read` finds. */
function pairwise(id: string, read: Reading): Rule {
  return defineRule({
    meta: {
      id: `pairwise-${id}`,
      description: `The pairwise reading of ${id}.`,
      severity: "warning",
      docs: { url: "https://example.org/pairwise" },
      messages: { found: "found" },
    },
    check(context) {
      read(context.group, context.related, (claims) => context.report({ messageId: "found", claims }));
    },
  });
}

const isStatic = (group: GroupView) => group.property.temporal === "static";
const atSameTime = (group: GroupView, a: CheckedClaim, b: CheckedClaim) => isStatic(group) || overlaps(a.time!, b.time!);
const runsOf = (group: GroupView, set: CheckedClaim[]) => (isStatic(group) ? [set] : moments(set));

/** Claims from different documents with incompatible values at overlapping times. */
const conflictingValues = pairwise("conflicting-values", (group, _, report) => {
  for (const set of comparableSets(group)) {
    for (const run of runsOf(group, set)) {
      const involved = run.filter((c) => run.some((o) => o.document !== c.document && atSameTime(group, c, o) && incompatible(c, o)));
      if (involved.length >= 2) report(involved);
    }
  }
});

/** One document with incompatible values at overlapping times, one list per document. */
const selfContradiction = pairwise("self-contradiction", (group, _, report) => {
  for (const set of comparableSets(group)) {
    for (const run of runsOf(group, set)) {
      const involved = run.filter((c) => run.some((o) => o.document === c.document && atSameTime(group, c, o) && incompatible(c, o)));
      for (const document of new Set(involved.map((c) => c.document))) report(involved.filter((c) => c.document === document));
    }
  }
});

/**
 * For each moment, each claim against the nearest earlier moment within the
 * window holding a partner (another document, an incompatible value); and
 * inside a chained moment, the pairs apart in time within the window.
 */
const rapidChange = pairwise("rapid-change", (group, _, report) => {
  if (group.property.temporal !== "state") return;
  const partners = (a: CheckedClaim, b: CheckedClaim) => a.document !== b.document && incompatible(a, b);
  for (const set of comparableSets(group)) {
    const runs = moments(set);
    runs.forEach((later, j) => {
      let first = j;
      while (first > 0 && withinWindow(runs[first - 1]!, later)) first--;
      const before = new Set<CheckedClaim>();
      const after: CheckedClaim[] = [];
      for (const b of later) {
        let nearest: CheckedClaim[] | undefined;
        for (let i = j - 1; i >= first && !nearest; i--) if (runs[i]!.some((a) => partners(a, b))) nearest = runs[i];
        if (!nearest) continue;
        after.push(b);
        for (const a of nearest) if (partners(a, b)) before.add(a);
      }
      if (after.length > 0) report([...before, ...after]);
      const apart = new Set<CheckedClaim>();
      for (const a of later) {
        for (const b of later) {
          const inWindow = Number.isFinite(a.time!.hi) && b.time!.lo <= addDuration(a.time!.hi, group.property.window, 1);
          if (a.time!.hi < b.time!.lo && inWindow && partners(a, b)) apart.add(a).add(b);
        }
      }
      if (apart.size > 0) report([...apart]);
    });
  }
});

/** Each claim checked against every claim of the previous moment. */
const outdatedValue = pairwise("outdated-value", (group, _, report) => {
  if (group.property.temporal !== "state") return;
  for (const set of comparableSets(group)) {
    const runs = moments(set);
    const history = new ValueHistory();
    for (let j = 1; j < runs.length; j++) {
      if (j >= 2) for (const earlier of runs[j - 2]!) history.add(earlier);
      const stale: CheckedClaim[] = [];
      const newer = new Set<CheckedClaim>();
      for (const claim of runs[j]!) {
        const differing = runs[j - 1]!.filter((other) => other.document !== claim.document && incompatible(other, claim));
        const repeated = history.compatible(claim);
        if (differing.length === 0 || !repeated || !differing.every((n) => incompatible(n, repeated))) continue;
        stale.push(claim);
        for (const other of differing) newer.add(other);
      }
      if (stale.length > 0) report([...stale, ...newer]);
    }
  }
});

/** Each denial against every asserted claim. */
const deniedClaim = pairwise("denied-claim", (group, _, report) => {
  const asserted = group.claims.filter((claim) => claim.modality === "asserted");
  for (const denial of group.claims) {
    if (denial.modality !== "denied") continue;
    const hit = asserted.filter((claim) => !incompatible(claim, denial) && sameTime(claim, denial));
    if (hit.length > 0) report([denial, ...hit]);
  }
});

/** Each unscoped claim against every claim of every scoped group. */
const ambiguousScope = pairwise("ambiguous-scope", (group, related, report) => {
  if (Object.keys(group.scope).length > 0 || group.property.cardinality === "many") return;
  for (const claim of group.claims) {
    if (claim.modality === "denied") continue;
    let agrees = false;
    const against: CheckedClaim[] = [];
    for (const scoped of related) {
      const others = scoped.claims.filter((other) => other.modality === claim.modality && sameTime(claim, other));
      const disagreeing = others.filter((other) => incompatible(claim, other));
      against.push(...disagreeing);
      if (disagreeing.length === 0 && others.length > 0) agrees = true;
    }
    if (agrees && against.length > 0) report([claim, ...against]);
  }
});

/** The pairwise readings, by the id of the built-in rule they read. */
export const PAIRWISE: Record<string, Rule> = {
  "conflicting-values": conflictingValues,
  "self-contradiction": selfContradiction,
  "rapid-change": rapidChange,
  "outdated-value": outdatedValue,
  "denied-claim": deniedClaim,
  "ambiguous-scope": ambiguousScope,
};

/** Times that chain into moments in every way: days, months, a quarter, approximate, ranges and open ends. */
export const TIMES = [
  "2025-04-01",
  "2025-04-02",
  "2025-04-03",
  "2025-04-05",
  "2025-04-10",
  "2025-04-20",
  "2025-05-01",
  "2025-05-15",
  "2025-06-30",
  "2025-04",
  "2025-05",
  "2025-Q2",
  "2025-04~",
  "2025-04-10/2025-05-05",
  "2025-03-20/2025-04-02",
  "../2025-04-02",
  "2025-04-20/..",
];
