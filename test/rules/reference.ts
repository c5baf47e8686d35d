/**
 * Reference readings of the timeline rules (rapid-change, value-changed) on
 * claims dated on distinct single days, where every day is its own moment.
 * rapid-change takes, for each claim of a day, the nearest earlier day
 * within the window that holds a claim from another document disagreeing
 * with it, and lists those claims; value-changed compares consecutive days
 * further apart than the window (any documents).
 */
import fc from "fast-check";
import { expect } from "vitest";
import type { Claim } from "../../src/index.js";
import { parseQuantity, quantitiesCompatible } from "../../src/index.js";
import { dated, P, runRule } from "./tester.js";

/** Days 10 apart, then a gap of 40 days, then 31: both kinds of neighbours for P30D. */
export const TIMELINE_DAYS = ["2025-01-01", "2025-01-11", "2025-01-21", "2025-03-02", "2025-04-02"];
const VALUES = ["900", "~900", "<1000", "1000", ">=1000", ">90", "2000", "800..2100", "~1400"];

/** A claim's figure as read (the claims of these readings are always valid). */
export function readFigure(c: Claim) {
  const r = parseQuantity(c.value);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/** The document of a claim as the engine defaults it: its own, else source and publication day. */
export const documentOf = (c: Claim): string => c.document ?? `${c.source}@${c.published}`;

/** Claims published on one day with figures from `values`, random sources among `sources`, documents and modalities. */
export function sameDayClaims(day: string, values: readonly string[], sources: readonly string[]): fc.Arbitrary<Claim[]> {
  const spec = fc.record({
    value: fc.constantFrom(...values),
    source: fc.constantFrom(...sources),
    document: fc.constantFrom(undefined, "d1", "d2"),
    modality: fc.constantFrom("asserted" as const, "planned" as const),
  });
  return fc
    .array(spec, { minLength: 1, maxLength: 8 })
    .map((specs) =>
      // A plan holds at its target time (asOf): without one it is open-ended after its statement, and never "one day".
      specs.map((x, i) =>
        dated(`c${i}`, day, x.value, {
          source: x.source,
          modality: x.modality,
          ...(x.modality === "planned" ? { asOf: day } : {}),
          ...(x.document ? { document: x.document } : {}),
        }),
      ),
    );
}

/** Runs `rule` alone on `claims` and expects exactly the `expected` claim lists (ids joined by commas), in any order. */
export function expectClaimLists(rule: string, claims: Claim[], expected: string[]): void {
  const report = runRule(rule, { name: "random", claims, properties: [P.troops()] });
  expect(report.conflicts.map((c) => c.claims.join(",")).sort()).toEqual([...expected].sort());
}

/**
 * The stale claims of day-dated claims, by definition (compare/staleness.ts):
 * a claim of day i whose day i - 1 holds a figure disagreeing with it, that
 * agrees with a figure of the days before (the first claim, by day then id, of
 * the lowest run of overlapping earlier figures that meets it), which every
 * disagreeing figure of day i - 1 disagrees with too.
 */
export function staleIds(claims: readonly Claim[]): Set<string> {
  const agree = (x: Claim, y: Claim) => quantitiesCompatible(readFigure(x), readFigure(y));
  const days = [...new Set(claims.map((c) => c.published!))].sort();
  const stale = new Set<string>();
  for (let i = 2; i < days.length; i++) {
    const earlier = claims.filter((c) => c.published! < days[i - 1]!);
    // Runs: earlier figures joined by overlap, transitively.
    const runs: Claim[][] = [];
    for (const c of earlier) {
      const touching = runs.filter((run) => run.some((o) => agree(o, c)));
      const merged = [c, ...touching.flat()];
      for (const run of touching) runs.splice(runs.indexOf(run), 1);
      runs.push(merged);
    }
    const low = (run: Claim[]) => Math.min(...run.map((c) => readFigure(c).interval.min ?? -Infinity));
    runs.sort((a, b) => low(a) - low(b));
    for (const c of claims.filter((x) => x.published === days[i])) {
      const newer = claims.filter((x) => x.published === days[i - 1] && !agree(x, c));
      if (newer.length === 0) continue;
      // The lowest run that overlaps the claim's figure (a run's union overlaps it exactly when one of its figures
      // does): its first claim.
      const run = runs.find((r) => r.some((o) => agree(o, c)));
      if (run === undefined) continue;
      const first = [...run].sort((a, b) => a.published!.localeCompare(b.published!) || (a.id < b.id ? -1 : 1))[0]!;
      if (newer.every((x) => !agree(x, first))) stale.add(c.id);
    }
  }
  return stale;
}

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

export function timelineProperty(rule: "rapid-change" | "value-changed"): void {
  const claimArb = fc.record({
    value: fc.constantFrom(...VALUES),
    day: fc.nat({ max: TIMELINE_DAYS.length - 1 }),
    source: fc.constantFrom("s1", "s2", "s3"),
    document: fc.constantFrom(undefined, undefined, "d1"),
  });
  fc.assert(
    fc.property(fc.array(claimArb, { minLength: 2, maxLength: 9 }), (specs) => {
      const claims = specs.map((x, i) =>
        dated(`c${i}`, TIMELINE_DAYS[x.day]!, x.value, { source: x.source, ...(x.document ? { document: x.document } : {}) }),
      );
      const read = readFigure;
      const doc = documentOf;
      const days = [...new Set(claims.map((c) => c.published!))].sort();
      const expected: string[] = [];
      for (let i = 1; i < days.length; i++) {
        const partners = (x: Claim, y: Claim) => (rule === "value-changed" || doc(x) !== doc(y)) && !quantitiesCompatible(read(x), read(y));
        const later = claims.filter((c) => c.published === days[i]);
        const before: Claim[] = [];
        const after: Claim[] = [];
        if (rule === "rapid-change") {
          const withinWindow = days.slice(0, i).filter((d) => dayNumber(days[i]!) - dayNumber(d) <= 30);
          for (const y of later) {
            const partnersOn = (d: string) => claims.filter((x) => x.published === d && partners(x, y));
            const nearest = withinWindow.filter((d) => partnersOn(d).length > 0).pop();
            if (nearest === undefined) continue;
            after.push(y);
            before.push(...partnersOn(nearest));
          }
        } else if (dayNumber(days[i]!) - dayNumber(days[i - 1]!) > 30) {
          // A figure that only repeats an older one is no change of the value when another rule names it: it
          // disagrees with a figure of its own day (a contradiction), or the newer figures of the day before it that
          // it ignores include one from another document (outdated-value).
          const stale = staleIds(claims);
          const agree = (x: Claim, y: Claim) => quantitiesCompatible(read(x), read(y));
          const named = (c: Claim) => {
            if (!stale.has(c.id)) return false;
            const previous = days[days.indexOf(c.published!) - 1];
            return claims.some((x) => x !== c && !agree(x, c) && (x.published === c.published || (x.published === previous && doc(x) !== doc(c))));
          };
          const earlier = claims.filter((c) => c.published === days[i - 1] && !named(c));
          const current = later.filter((c) => !named(c));
          before.push(...earlier.filter((x) => current.some((y) => partners(x, y))));
          after.push(...current.filter((y) => before.some((x) => partners(x, y))));
        }
        if (before.length > 0 && after.length > 0) expected.push([...new Set([...before, ...after])].map((c) => c.id).sort().join(","));
      }
      expectClaimLists(rule, claims, expected);
    }),
    { numRuns: 300 },
  );
}
