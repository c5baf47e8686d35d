/**
 * Estimates in the report (DESIGN §9): each group's `estimates`, the
 * report's `sources`, positions ordered by the same evidence; the report
 * reads the same whatever the order of claims or the names of sources, and
 * a session's report after patches is the report a full check gives.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim, ClaimSet, Group, Report } from "../../src/index.js";
import { check, createSession, reportSchema } from "../../src/index.js";
import { claimSet as arbitraryClaimSet } from "./claim-sets.js";
import { applyAndCompare, json } from "./session-compare.js";

const example = (): ClaimSet =>
  JSON.parse(readFileSync(new URL("../../examples/iraq-withdrawal/claims.json", import.meta.url), "utf8")) as ClaimSet;

const TROOPS = [{ id: "troop-count", type: "quantity" as const }];

/** A claim of `source` giving `value` as of `asOf`. */
const said = (id: string, source: string, value: Claim["value"], asOf = "2025-04-20", more: Partial<Claim> = {}): Claim => ({
  id,
  subject: "us-forces",
  property: "troop-count",
  value,
  source,
  asOf,
  ...more,
});

const groupOf = (report: Report, key = "us-forces/troop-count"): Group => report.groups.find((group) => group.key === key)!;

describe("the report carries estimates and sources", () => {
  it("the example: every single-valued group has estimates in time order, each valid, and every source a trust", () => {
    const report = check(example());
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.sources?.length).toBeGreaterThan(0);
    for (const source of report.sources!) {
      expect(source.trust).toBeGreaterThanOrEqual(0);
      expect(source.trust).toBeLessThanOrEqual(1);
      expect(source.agreed + source.contradicted).toBeLessThanOrEqual(source.claims);
    }
    expect(report.sources!.map((s) => s.id)).toEqual(report.sources!.map((s) => s.id).sort());
    for (const group of report.groups) {
      const estimates = group.estimates ?? [];
      for (const estimate of estimates) {
        expect(estimate.confidence).toBeGreaterThan(0);
        expect(estimate.confidence).toBeLessThanOrEqual(1);
        expect(estimate.claims).toEqual([...estimate.claims].sort());
        expect(estimate.against).toEqual([...estimate.against].sort());
        // an asserted or planned estimate is a value one of its supporting claims states
        if (estimate.modality !== "denied") expect(group.positions.some((p) => p.claims.some((id) => estimate.claims.includes(id)))).toBe(true);
      }
      const starts = estimates.map((e) => e.from ?? "\uffff");
      expect(starts).toEqual([...starts].sort());
    }
    expect(report.groups.some((group) => (group.estimates ?? []).length > 0)).toBe(true);
  });

  it("positions follow the evidence: a trusted origin's figure before two untrusted ones agreeing", () => {
    const set: ClaimSet = {
      properties: TROOPS,
      sources: [{ id: "dod", reliability: 0.99 }, { id: "a", reliability: 0.1 }, { id: "b", reliability: 0.1 }],
      claims: [said("x-dod", "dod", 900), said("x-a", "a", 1400), said("x-b", "b", 1400)],
    };
    const group = groupOf(check(set));
    expect(group.positions.map((p) => p.display)).toEqual(["900", "1400"]); // by origins alone, 1400 (two) would come first
    expect(group.estimates).toHaveLength(1);
    expect(group.estimates![0]).toMatchObject({ display: "900", claims: ["x-dod"], against: ["x-a", "x-b"], modality: "asserted", from: "2025-04-20", to: "2025-04-20" });
    expect(group.estimates![0]!.confidence).toBeGreaterThan(0.5);
  });

  it.each([
    ["ids in one order", ["p", "q"]],
    ["ids in the other", ["q", "p"]],
  ])("equally supported positions go to the more recent, then the more specific and smaller value, never by claim id (%s)", (_, [first, second]) => {
    const tie: ClaimSet = { properties: TROOPS, claims: [said(first!, "a", 1400), said(second!, "b", 900)] };
    expect(groupOf(check(tie)).positions.map((p) => p.display)).toEqual(["900", "1400"]);
    const recent: ClaimSet = { properties: TROOPS, claims: [said(first!, "a", 900, "2025-04-20"), said(second!, "b", 1400, "2025-04-21")] };
    // two moments, each estimate certain of its own figure: the later one first
    expect(groupOf(check(recent)).positions.map((p) => p.display)).toEqual(["1400", "900"]);
  });

  it("a property with several true values has no estimates; a group of denials alone names the value most likely false", () => {
    const set: ClaimSet = {
      properties: [...TROOPS, { id: "bases", type: "text", cardinality: "many" }],
      claims: [
        { id: "b1", subject: "us-forces", property: "bases", value: "Erbil", source: "a" },
        { id: "b2", subject: "us-forces", property: "bases", value: "Baghdad", source: "b" },
        said("d1", "a", 5000, "2025-04-20", { modality: "denied" }),
      ],
    };
    const report = check(set);
    expect(groupOf(report, "us-forces/bases").estimates).toBeUndefined();
    expect(groupOf(report).estimates).toEqual([expect.objectContaining({ display: "5000", modality: "denied", claims: ["d1"], against: [] })]);
  });

  it("a relay counts for the origin it cites: two outlets relaying one origin are one voice", () => {
    const set: ClaimSet = {
      properties: TROOPS,
      claims: [
        said("r1", "outlet-1", 1400, "2025-04-20", { attribution: ["dod"] }),
        said("r2", "outlet-2", 1400, "2025-04-20", { attribution: ["dod"] }),
        said("i1", "other", 900),
      ],
    };
    const report = check(set);
    const byId = new Map(report.sources!.map((s) => [s.id, s]));
    expect(byId.get("dod")).toMatchObject({ claims: 2 });
    expect(byId.get("dod")!.relayed).toBeUndefined();
    expect(byId.get("outlet-1")).toMatchObject({ claims: 0, relayed: 1 });
    // one origin against one: neither figure is better supported than the other by numbers
    const estimate = groupOf(report).estimates![0]!;
    const solo: ClaimSet = { properties: TROOPS, claims: [said("r1", "dod", 1400), said("i1", "other", 900)] };
    expect(groupOf(check(solo)).estimates![0]!.confidence).toBe(estimate.confidence);
  });
});

/** Every source label of a claim set renamed through `rename` (claims, attributions, declared sources). */
function renamed(set: ClaimSet, rename: (name: string) => string): ClaimSet {
  return {
    ...set,
    ...(set.sources ? { sources: set.sources.map((source) => ({ ...source, id: rename(source.id) })) } : {}),
    claims: set.claims.map((claim) => ({
      ...claim,
      ...(claim.source !== undefined ? { source: rename(claim.source) } : {}),
      ...(claim.attribution ? { attribution: claim.attribution.map(rename) } : {}),
    })),
  };
}

/** The groups and sources of a report with source names mapped through `back` (lists of names sorted again). */
function evidenceView(report: Report, back: (name: string) => string) {
  const names = (list: readonly string[]) => list.map(back).sort();
  return {
    groups: report.groups.map((group) => ({
      ...group,
      positions: group.positions.map((p) => ({ ...p, sources: names(p.sources), origins: names(p.origins) })),
    })),
    sources: (report.sources ?? []).map((s) => ({ ...s, id: back(s.id) })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/** A small claim set whose sources are plain ids (no entities), some with a reliability. */
const plainSet = fc
  .record({
    claims: fc.array(
      fc.record({
        subject: fc.constantFrom("us-forces", "coalition"),
        source: fc.constantFrom("s1", "s2", "s3", "s4", "s5"),
        value: fc.constantFrom<Claim["value"]>(900, "~900", "~1400", 1400, 2000, "<1000", "2000..2500", ">=70"),
        asOf: fc.constantFrom<string | undefined>(undefined, "2025-04-20", "2025-04-20", "2025-04", "2025-06-10", "2025-Q2"),
        attribution: fc.constantFrom<string[] | undefined>(undefined, undefined, undefined, ["s5"], ["s4"]),
        modality: fc.constantFrom<Claim["modality"]>(undefined, undefined, undefined, undefined, "planned", "denied"),
      }),
      { minLength: 1, maxLength: 14 },
    ),
    reliable: fc.subarray(["s1", "s2", "s3", "s4", "s5"]),
  })
  .map(({ claims, reliable }): ClaimSet => ({
    properties: TROOPS,
    sources: reliable.map((id, i) => ({ id, reliability: [0.9, 0.3, 0.6, 0.75, 0.5][i]! })),
    claims: claims.map((claim, i) => {
      const out: Record<string, unknown> = { id: `c${i}`, property: "troop-count" };
      for (const [key, value] of Object.entries(claim)) if (value !== undefined) out[key] = value;
      return out as Claim;
    }),
  }));

describe("order and names do not matter", () => {
  it("shuffling the claims gives the same groups (positions and estimates) and sources, byte for byte", () => {
    fc.assert(
      fc.property(
        // An undeclared property takes its type from its first claim: leave it out, or order would decide validity.
        fc.oneof(plainSet, arbitraryClaimSet.map((set) => ({ ...set, claims: set.claims.filter((claim) => claim.property !== "figure") }))),
        fc.infiniteStream(fc.nat()),
        (set, seeds) => {
          const shuffled = set.claims.map((claim) => ({ claim, key: seeds.next().value as number })).sort((a, b) => a.key - b.key).map(({ claim }) => claim);
          const a = check(set);
          const b = check({ ...set, claims: shuffled });
          expect(json(b.groups)).toBe(json(a.groups));
          expect(json(b.sources)).toBe(json(a.sources));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("renaming the sources (and shuffling) changes nothing but the names", () => {
    fc.assert(
      fc.property(plainSet, fc.shuffledSubarray(["k", "a", "z", "m", "b"], { minLength: 5, maxLength: 5 }), fc.boolean(), (set, targets, reverse) => {
        const original = ["s1", "s2", "s3", "s4", "s5"];
        const to = new Map(original.map((name, i) => [name, targets[i]!]));
        const from = new Map(original.map((name, i) => [targets[i]!, name]));
        const other = renamed(set, (name) => to.get(name)!);
        if (reverse) other.claims.reverse();
        expect(evidenceView(check(other), (name) => from.get(name)!)).toEqual(evidenceView(check(set), (name) => name));
      }),
      { numRuns: 150 },
    );
  });
});

describe("sessions: estimates are learned over the whole claim set", () => {
  /** Group x: s1 and s2 against s3; group y: s3 against s4. What x says of s3's trust moves y's estimate. */
  const linked = (): ClaimSet => ({
    properties: TROOPS,
    claims: [
      said("x1", "s1", 100, "2025-04-20", { subject: "x" }),
      said("x2", "s2", 100, "2025-04-20", { subject: "x" }),
      said("x3", "s3", 500, "2025-04-20", { subject: "x" }),
      said("y3", "s3", 7, "2025-04-20", { subject: "y" }),
      said("y4", "s4", 9, "2025-04-20", { subject: "y" }),
    ],
  });

  it("a patch to one group moves another group's estimate, and the session's report is a full check's, byte for byte", () => {
    const session = createSession(linked());
    const before = groupOf(session.report, "y/troop-count");
    expect(applyAndCompare(session, [{ op: "replace", path: "/claims/0/value", value: 500 }])).toBe(true);
    const after = groupOf(session.report, "y/troop-count");
    expect(json(after.estimates)).not.toBe(json(before.estimates)); // the claim patched is in group x
    expect(applyAndCompare(session, [{ op: "replace", path: "/claims/1/value", value: 500 }])).toBe(true);
    expect(applyAndCompare(session, [{ op: "remove", path: "/claims/2" }])).toBe(true);
    expect(applyAndCompare(session, [{ op: "add", path: "/claims/-", value: said("y5", "s5", 9, "2025-04-20", { subject: "y" }) }])).toBe(true);
  });

  it("a report read only after later patches is still the report of its own claim set", () => {
    const set = linked();
    const session = createSession(set);
    const first = session.report; // not read yet
    session.apply([{ op: "replace", path: "/claims/0/value", value: 500 }]);
    const second = session.report;
    session.apply([{ op: "replace", path: "/claims/4/value", value: 7 }]);
    expect(json(first)).toBe(json(check(set)));
    expect(json(second)).toBe(json(check({ ...set, claims: set.claims.map((c, i) => (i === 0 ? { ...c, value: 500 } : c)) })));
    expect(first.groups).toBe(first.groups); // made once
    expect(Object.isFrozen(first.groups[0])).toBe(true);
  });
});
