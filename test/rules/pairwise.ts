/**
 * Pairwise readings of the rules whose built-in versions avoid comparing
 * pairs: each is a custom rule that reports the same claim lists as its
 * built-in counterpart should, computed the slow, obvious way.
 */
import type { CheckedClaim, GroupView, Rule } from "../../src/index.js";
import { defineRule } from "../../src/index.js";
import { incompatible, moments as overlapRuns } from "../../src/compare/positions.js";
import { overlaps } from "../../src/values/span.js";
import { comparableSets } from "../../src/compare/partners.js";
import { ValueHistory } from "../../src/compare/history.js";
import { addDuration } from "../../src/values/duration.js";

const days = (claim: CheckedClaim) => `${claim.time!.lo}/${claim.time!.hi}`;

/** A time whose days all lie within the window of each other (the slow way: every pair of its ends). */
const isSharp = (c: CheckedClaim) =>
  c.time !== undefined && Number.isFinite(c.time.lo) && Number.isFinite(c.time.hi) && c.time.hi <= addDuration(c.time.lo, c.property.window, 1);

const isBounded = (c: CheckedClaim) => Number.isFinite(c.time!.lo) && Number.isFinite(c.time!.hi);

/** Dated claims that can be placed: sharp, or overlapping no claim but those of the same bounded period (compared with every other claim). */
function placedOf(set: readonly CheckedClaim[]): CheckedClaim[] {
  const dated = set.filter((c) => c.time !== undefined);
  return dated.filter((c) => isSharp(c) || dated.every((o) => o === c || (isBounded(c) && days(o) === days(c)) || !overlaps(o.time!, c.time!)));
}

/** The timeline: runs of placed claims whose times overlap. */
const moments = (set: readonly CheckedClaim[]) => overlapRuns(placedOf(set));

/** The runs compared as of one time: the moments, and each period of the claims that cannot be placed. */
function sameTimes(set: readonly CheckedClaim[]): CheckedClaim[][] {
  const placed = new Set(placedOf(set));
  const byPeriod = new Map<string, CheckedClaim[]>();
  for (const c of set) if (c.time !== undefined && !placed.has(c) && isBounded(c)) byPeriod.set(days(c), [...(byPeriod.get(days(c)) ?? []), c]);
  return [...moments(set), ...[...byPeriod.values()].filter((run) => run.length > 1)];
}

/** Every day of the earlier claims' times within the window of every day of the later ones'. */
function withinWindow(earlier: readonly CheckedClaim[], later: readonly CheckedClaim[]): boolean {
  const lo = Math.min(...earlier.map((c) => c.time!.lo));
  const hi = Math.max(...later.map((c) => c.time!.hi));
  return Number.isFinite(lo) && Number.isFinite(hi) && hi <= addDuration(lo, earlier[0]!.property.window, 1);
}

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
const runsOf = (group: GroupView, set: CheckedClaim[]) => (isStatic(group) ? [set] : sameTimes(set));

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
      const before = new Set<CheckedClaim>();
      const after: CheckedClaim[] = [];
      for (const b of later) {
        let first = j;
        while (first > 0 && withinWindow(runs[first - 1]!, [b])) first--;
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
          const inWindow = withinWindow([a], [b]);
          if (a.time!.hi < b.time!.lo && inWindow && partners(a, b)) apart.add(a).add(b);
        }
      }
      if (apart.size > 0) report([...apart]);
    });
  }
});

/**
 * Each claim checked against every claim of the previous moment (from any
 * document) and the whole earlier history; reported when it contradicts no
 * claim of its own time and some newer figure comes from another document.
 */
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
        const differing = runs[j - 1]!.filter((other) => incompatible(other, claim));
        const repeated = history.compatible(claim);
        if (differing.length === 0 || !repeated || !differing.every((n) => incompatible(n, repeated))) continue;
        if (runs[j]!.some((other) => overlaps(other.time!, claim.time!) && incompatible(other, claim))) continue;
        const elsewhere = differing.filter((other) => other.document !== claim.document);
        if (elsewhere.length === 0) continue;
        stale.push(claim);
        for (const other of elsewhere) newer.add(other);
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
