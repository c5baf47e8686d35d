/**
 * The rules' fast comparisons, both the pair-by-pair paths for a few claims
 * and the sweeps and indexes for many, against straightforward pairwise
 * definitions, on random claims: chained moments (days, months, quarters,
 * open-ended times), hedged values with open bounds, text values, several
 * documents; and the value history against a plain sorted list of runs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/index.js";
import type { CheckedClaim } from "../../src/engine/claims.js";
import { incompatible, moments } from "../../src/compare/positions.js";
import type { Span } from "../../src/values/span.js";
import { below, daySpan, overlaps, valueSpan } from "../../src/values/span.js";
import { resolveProperty } from "../../src/model/properties.js";
import type { ResolvedProperty } from "../../src/model/properties.js";
import { parseDate } from "../../src/values/date.js";
import { addDuration } from "../../src/values/duration.js";
import { parseValue } from "../../src/values/index.js";
import {
  pairsApart,
  pairsApartBySweep,
  partnersAtSameTimeBySweep,
  partnersBySweep,
  withPartner,
  withPartnerAtSameTime,
} from "../../src/compare/partners.js";
import type { DocumentRelation } from "../../src/compare/partners.js";
import { ValueHistory } from "../../src/compare/history.js";
import { compareMoments } from "../../src/compare/moment-comparisons.js";
import { ClaimPool, poolOf } from "../../src/compare/pool.js";
import { Timeline } from "../../src/compare/timeline.js";
import { SortedValues } from "../../src/compare/structures/sorted-values.js";
import { range, ValueLine } from "../../src/compare/structures/value-line.js";
import { sameTime, TIMES } from "./pairwise.js";

const QUANTITIES = ["900", "~900", "<1000", "1000", ">=1000", ">90", "90", "2000", "800..2100", "~1400", "(5..10]", "[5..10)", "5", "10", "<5", ">=10"];
const TEXTS = ["Smith", "Jones", "Brown"];
const DOCUMENTS = ["d1", "d2", "d3", "d4"];
const WINDOWS = ["P2D", "P7D", "P30D", "P1M", "P1Y"];

interface Spec {
  value: string;
  time: string | undefined;
  document: string;
}

function property(type: "quantity" | "text", window = "P30D", temporal: "state" | "static" = "state"): ResolvedProperty {
  return resolveProperty({ id: type === "quantity" ? "troop-count" : "commander", type, temporal, window });
}

/** A claim as the rules see it, built directly from a value, a time and a document. */
function checked(spec: Spec, index: number, prop: ResolvedProperty): CheckedClaim {
  const read = parseValue(spec.value, prop.type);
  if (!read.ok) throw new Error(read.message);
  const value = read.value;
  let time;
  if (spec.time !== undefined) {
    const date = parseDate(spec.time);
    if (!date.ok) throw new Error(date.message);
    time = daySpan(date.value.interval.start, date.value.interval.end);
  }
  return {
    id: `c${index}`,
    index,
    claim: { id: `c${index}` } as Claim,
    value,
    span: valueSpan(value),
    key: value.type === "text" ? value.key : value.display,
    property: prop,
    subject: "us-forces",
    scope: {},
    source: spec.document,
    origin: spec.document,
    citing: [],
    written: spec.time,
    document: spec.document,
    time,
    modality: "asserted",
    group: "g",
  };
}

const spec = (type: "quantity" | "text", dated: "dated" | "maybe undated") =>
  fc.record({
    value: fc.constantFrom(...(type === "quantity" ? QUANTITIES : TEXTS)),
    time: dated === "dated" ? fc.constantFrom(...TIMES) : fc.constantFrom(undefined, ...TIMES),
    document: fc.constantFrom(...DOCUMENTS),
  });

/** Random claims of one type (a group's values are all of one type). */
const claimsOf = (dated: "dated" | "maybe undated", maxLength = 14) =>
  fc
    .constantFrom<"quantity" | "text">("quantity", "quantity", "text")
    .chain((type) => fc.tuple(fc.constant(type), fc.array(spec(type, dated), { minLength: 1, maxLength })));

const ids = (claims: Iterable<CheckedClaim>) => [...claims].map((claim) => claim.id).sort();

/** The ids of claims as listed. */
const inOrder = (claims: readonly CheckedClaim[]) => claims.map((claim) => claim.id);

/** The ids of claims in index order, as the rules list them. */
const byIndex = (claims: Iterable<CheckedClaim>) => [...claims].sort((a, b) => a.index - b.index).map((claim) => claim.id);

const relates = (relation: DocumentRelation, a: CheckedClaim, b: CheckedClaim) =>
  relation === "any" || (relation === "same") === (a.document === b.document);

/** The earlier and later claims of the pairs apart in time that `related` accepts, pair by pair. */
function pairwiseApart(moment: readonly CheckedClaim[], related: (a: CheckedClaim, b: CheckedClaim) => boolean) {
  const before = new Set<CheckedClaim>();
  const after = new Set<CheckedClaim>();
  for (const a of moment) {
    for (const b of moment) {
      if (a.time!.hi < b.time!.lo && related(a, b)) {
        before.add(a);
        after.add(b);
      }
    }
  }
  return [byIndex(before), byIndex(after)];
}

describe("withPartner", () => {
  for (const [name, find] of [
    ["withPartner", withPartner],
    ["partnersBySweep", partnersBySweep],
  ] as const) {
    it(`${name}: the targets with a disagreeing partner in the pool, as pair by pair`, () => {
      fc.assert(
        fc.property(
          claimsOf("maybe undated", 40),
          fc.array(fc.nat(), { maxLength: 20 }),
          fc.boolean(),
          fc.constantFrom<DocumentRelation>("other", "any", "same"),
          ([type, specs], picks, itself, relation) => {
            const prop = property(type);
            const claims = specs.map((s, i) => checked(s, i, prop));
            const targets = itself ? claims : picks.map((k) => claims[k % claims.length]!);
            const pool = itself ? claims : claims.filter((_, i) => !picks.includes(i));
            const expected = targets.filter((claim) => pool.some((other) => relates(relation, claim, other) && incompatible(claim, other)));
            expect(find(targets, pool, relation)).toEqual(expected);
          },
        ),
        { numRuns: 400 },
      );
    });
  }
});

describe("withPartnerAtSameTime", () => {
  for (const [name, find] of [
    ["withPartnerAtSameTime", withPartnerAtSameTime],
    ["partnersAtSameTimeBySweep", partnersAtSameTimeBySweep],
  ] as const) {
    it(`${name}: the claims with a disagreeing partner at an overlapping time, as pair by pair`, () => {
      fc.assert(
        fc.property(claimsOf("dated", 40), fc.constantFrom<DocumentRelation>("other", "any", "same"), ([type, specs], relation) => {
          const prop = property(type);
          for (const moment of moments(specs.map((s, i) => checked(s, i, prop)))) {
            const expected = moment.filter((claim) =>
              moment.some((other) => overlaps(other.time!, claim.time!) && relates(relation, claim, other) && incompatible(claim, other)),
            );
            expect(find(moment, relation)).toEqual(expected);
          }
        }),
        { numRuns: 400 },
      );
    });
  }
});

describe("pairsApart", () => {
  for (const [name, apart] of [
    ["pairsApart", pairsApart],
    ["pairsApartBySweep", pairsApartBySweep],
  ] as const) {
    it(`${name} "rapid": other documents, incompatible values, every day of both times within the window, as pair by pair`, () => {
      fc.assert(
        fc.property(claimsOf("dated", 40), fc.constantFrom(...WINDOWS), ([type, specs], window) => {
          const prop = property(type, window);
          const rapid = (a: CheckedClaim, b: CheckedClaim) =>
            a.document !== b.document &&
            Number.isFinite(a.time!.lo) &&
            Number.isFinite(b.time!.hi) &&
            b.time!.hi <= addDuration(a.time!.lo, prop.window, 1) &&
            incompatible(a, b);
          for (const moment of moments(specs.map((s, i) => checked(s, i, prop)))) {
            expect(apart(moment, "rapid").map(inOrder)).toEqual(pairwiseApart(moment, rapid));
          }
        }),
        { numRuns: 400 },
      );
    });

    it(`${name} "decrease": the later value entirely below the earlier one, as pair by pair`, () => {
      fc.assert(
        fc.property(fc.array(spec("quantity", "dated"), { minLength: 1, maxLength: 40 }), (specs) => {
          const prop = property("quantity");
          const decrease = (a: CheckedClaim, b: CheckedClaim) => below(b.span!, a.span!);
          for (const moment of moments(specs.map((s, i) => checked(s, i, prop)))) {
            expect(apart(moment, "decrease").map(inOrder)).toEqual(pairwiseApart(moment, decrease));
          }
        }),
        { numRuns: 400 },
      );
    });
  }
});

describe("SortedValues", () => {
  it("bridges: a value of another document incompatible with one value and compatible with a span, as one by one", () => {
    fc.assert(
      fc.property(fc.array(spec("quantity", "dated"), { minLength: 1, maxLength: 16 }), fc.nat(), fc.nat(), (specs, i, j) => {
        const prop = property("quantity");
        const claims = specs.map((s, k) => checked(s, k, prop));
        const [v, r] = [i % claims.length, j % claims.length];
        const [value, other] = [claims[v]!, claims[r]!];
        const expected = claims.some((o) => o.document !== value.document && incompatible(o, value) && !incompatible(o, other));
        expect(new SortedValues(ValueLine.of(claims), range(0, claims.length)).bridges(v, other.span!)).toBe(expected);
      }),
      { numRuns: 600 },
    );
  });
});

describe("ClaimPool", () => {
  for (const [name, make] of [
    ["ClaimPool", (pool: CheckedClaim[], targets: CheckedClaim[]) => new ClaimPool(pool, targets)],
    ["poolOf", poolOf],
  ] as const) {
    it(`${name}: meets, meetsDisagreement and meeting, as one by one (undated claims and static properties too)`, () => {
      fc.assert(
        fc.property(
          claimsOf("maybe undated"),
          fc.array(fc.nat(), { maxLength: 8 }),
          fc.constantFrom<"state" | "static">("state", "static"),
          ([type, specs], picks, temporal) => {
            const prop = property(type, "P30D", temporal);
            const claims = specs.map((s, i) => checked(s, i, prop));
            const targets = [...new Set(picks.map((k) => claims[k % claims.length]!))];
            const pool = claims.filter((claim) => !targets.includes(claim));
            const index = make(pool, targets);
            const meeting = (claim: CheckedClaim) => pool.filter((other) => sameTime(claim, other));
            for (const claim of targets) {
              expect(index.meets(claim)).toBe(meeting(claim).length > 0);
              expect(index.meetsDisagreement(claim)).toBe(meeting(claim).some((other) => incompatible(claim, other)));
              expect(inOrder(index.meeting(claim, "agree"))).toEqual(byIndex(meeting(claim).filter((other) => !incompatible(claim, other))));
              expect(inOrder(index.meeting(claim, "disagree"))).toEqual(byIndex(meeting(claim).filter((other) => incompatible(claim, other))));
            }
          },
        ),
        { numRuns: 400 },
      );
    });
  }
});

/** The history as a sorted list of disjoint runs, merged on each addition (a run remembers its earliest claim). */
class RunList {
  private runs: Array<Span & { claim: CheckedClaim }> = [];
  add(claim: CheckedClaim): void {
    const touching = this.runs.filter((run) => overlaps(run, claim.span!));
    const merged = { ...claim.span!, claim };
    for (const run of touching) {
      if (run.lo < merged.lo || (run.lo === merged.lo && !run.loOpen)) [merged.lo, merged.loOpen] = [run.lo, run.loOpen];
      if (run.hi > merged.hi || (run.hi === merged.hi && !run.hiOpen)) [merged.hi, merged.hiOpen] = [run.hi, run.hiOpen];
      if (run.claim.index < merged.claim.index) merged.claim = run.claim;
    }
    this.runs = [...this.runs.filter((run) => !touching.includes(run)), merged].sort((a, b) => a.lo - b.lo || Number(a.loOpen) - Number(b.loOpen));
  }
  compatible(claim: CheckedClaim): CheckedClaim | undefined {
    const first = this.runs.find((run) => !below(run, claim.span!));
    return first && overlaps(first, claim.span!) ? first.claim : undefined;
  }
}

describe("ValueHistory", () => {
  it("answers as a sorted list of runs merged on each addition", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ value: fc.constantFrom(...QUANTITIES), add: fc.boolean() }), { maxLength: 30 }), (steps) => {
        const prop = property("quantity");
        const [history, reference] = [new ValueHistory(), new RunList()];
        steps.forEach(({ value, add }, i) => {
          const claim = checked({ value, time: undefined, document: "d1" }, i, prop);
          if (add) {
            history.add(claim);
            reference.add(claim);
          }
          expect(history.compatible(claim)?.id).toBe(reference.compatible(claim)?.id);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe("compareMoments", () => {
  for (const [name, make] of [
    ["compareMoments", (set: readonly CheckedClaim[]) => compareMoments(moments(set))],
    ["Timeline", (set: readonly CheckedClaim[]) => new Timeline(moments(set))],
  ] as const) {
    it(`${name}: the last disagreeing moment, partners and bridges, as claim by claim`, () => {
      fc.assert(
        fc.property(claimsOf("dated", 30), fc.nat(), fc.nat(), fc.nat(), fc.nat(), ([type, specs], a, b, c, d) => {
          const prop = property(type);
          const claims = specs.map((s, i) => checked(s, i, prop));
          const track = make(claims);
          const runs = track.moments;
          const partner = (x: CheckedClaim, y: CheckedClaim) => x.document !== y.document && incompatible(x, y);
          const [from, to] = [a % runs.length, (a % runs.length) + (b % (runs.length - (a % runs.length)))];
          const k = c % runs.length;
          for (const claim of claims) {
            let last = -1;
            for (let m = from; m <= to; m++) if (runs[m]!.some((other) => partner(claim, other))) last = m;
            expect(track.lastDisagreeing(from, to, claim)).toBe(last);
            if (claim.span) {
              const r = claims[d % claims.length]!.span!;
              const bridging = runs[k]!.some((other) => partner(claim, other) && overlaps(other.span!, r));
              expect(track.bridges(k, claim, r)).toBe(bridging);
            }
          }
          const some = claims.filter((_, i) => (d >> i % 16) & 1);
          expect(ids(track.partners(k, some))).toEqual(ids(runs[k]!.filter((claim) => some.some((other) => partner(claim, other)))));
        }),
        { numRuns: 400 },
      );
    });
  }
});
