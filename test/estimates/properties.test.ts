/**
 * Property tests of the model: estimates do not depend on the order of
 * claims and items nor on the names of sources; an agreeing independent
 * origin never lowers a value's confidence; a relay of an origin changes
 * nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimate, type EstimateClaim, type EstimateItem, type Estimates } from "../../src/estimates/index.js";
import { claim, item, q, t } from "./helpers.js";

const SOURCES = ["pentagon", "reuters", "ap", "sana", "infoplus", "monitor"];
const NUMBERS = [900, 1000, 1400, 1500, "~1400", "~900", ">=2000", "<1000", "2000..2500", 478403, 478404];
const TEXTS = ["Kyiv", "Kiev", "Lviv"];

interface ClaimSpec {
  source: number;
  /** -1: its own word; else the index of the origin it relays. */
  origin: number;
  value: number;
  modality: "asserted" | "asserted " | "planned" | "denied";
}

const claimSpec: fc.Arbitrary<ClaimSpec> = fc.record({
  source: fc.nat(SOURCES.length - 1),
  origin: fc.oneof({ weight: 4, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.nat(SOURCES.length - 1) }),
  value: fc.nat(20),
  modality: fc.constantFrom("asserted", "asserted ", "planned", "denied"),
});

const itemSpec = fc.record({ text: fc.boolean(), claims: fc.array(claimSpec, { minLength: 1, maxLength: 6 }) });

/** Small claim sets: up to eight moments of up to six claims from six sources. */
const claimSets = fc.array(itemSpec, { minLength: 1, maxLength: 8 }).map((specs) =>
  specs.map((spec, i): EstimateItem => {
    const claims = spec.claims.map((c, k): EstimateClaim => {
      const source = SOURCES[c.source]!;
      const value = spec.text ? t(TEXTS[c.value % TEXTS.length]!) : q(NUMBERS[c.value % NUMBERS.length]!);
      const modality = c.modality === "asserted " ? "asserted" : c.modality;
      return claim(`c${i}-${k}`, source, value, { origin: c.origin < 0 ? source : SOURCES[c.origin]!, modality });
    });
    return item(`m${i}`, claims, { type: spec.text ? "text" : "quantity" });
  }),
);

/** A seeded permutation of a list (fast-check drives the seed). */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let a = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    const j = a % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The result with its items in key order (the model returns them in input order). */
function byKey(result: Estimates): Estimates {
  return { items: [...result.items].sort((a, b) => (a.key < b.key ? -1 : 1)), sources: result.sources };
}

function rename(items: EstimateItem[], names: Map<string, string>): EstimateItem[] {
  return items.map((it) => ({
    ...it,
    claims: it.claims.map((c) => ({ ...c, source: names.get(c.source)!, origin: names.get(c.origin)!, document: `${names.get(c.source)}/${c.id}` })),
  }));
}

describe("estimate: properties", () => {
  it("does not depend on the order of items or of their claims", () => {
    fc.assert(
      fc.property(claimSets, fc.integer(), (items, seed) => {
        const reordered = shuffled(items, seed).map((it, i) => ({ ...it, claims: shuffled(it.claims, seed + i + 1) }));
        expect(byKey(estimate(reordered))).toEqual(byKey(estimate(items)));
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the names of sources", () => {
    fc.assert(
      fc.property(claimSets, fc.integer(), (items, seed) => {
        // A renaming that also reverses the sources' order.
        const names = new Map(SOURCES.map((s, i) => [s, `z${String(SOURCES.length - i).padStart(2, "0")}-${s.split("").reverse().join("")}`]));
        const renamed = estimate(shuffled(rename(items, names), seed));
        const original = estimate(items);
        expect(byKey(renamed).items).toEqual(byKey(original).items);
        const back = new Map([...names].map(([a, z]) => [z, a]));
        const sources = renamed.sources.map((s) => ({ ...s, id: back.get(s.id)! })).sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(sources).toEqual(original.sources);
      }),
      { numRuns: 300 },
    );
  });

  it("never lowers a value's confidence when an independent origin agrees with it", () => {
    fc.assert(
      fc.property(claimSets, fc.nat(), (items, pick) => {
        const before = estimate(items);
        const i = pick % items.length;
        const e = before.items[i]!.estimates.find((x) => x.modality === "asserted");
        if (!e) return;
        const added = items.map((it, k) => (k === i ? { ...it, claims: [...it.claims, claim("new", "newcomer", e.value)] } : it));
        const after = estimate(added).items[i]!.estimates.find((x) => x.modality === "asserted")!;
        const p = (ranking: typeof e.ranking) => ranking.find((r) => r.display === e.display)!.probability;
        expect(p(after.ranking)).toBeGreaterThanOrEqual(p(e.ranking) - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("changes no estimate and no trust when a relay repeats an origin's claim", () => {
    fc.assert(
      fc.property(claimSets, fc.nat(), fc.nat(), (items, pickItem, pickClaim) => {
        const i = pickItem % items.length;
        const copied = items[i]!.claims[pickClaim % items[i]!.claims.length]!;
        const relay = { ...copied, id: "relay", source: "relayer", document: "relayer/relay" };
        const added = items.map((it, k) => (k === i ? { ...it, claims: [...it.claims, relay] } : it));
        const before = estimate(items);
        const after = estimate(added);
        const numbers = (r: Estimates) => r.items.map((x) => x.estimates.map((e) => ({ display: e.display, confidence: e.confidence, ranking: e.ranking })));
        expect(numbers(after)).toEqual(numbers(before));
        const trust = (r: Estimates) => new Map(r.sources.filter((s) => s.id !== "relayer").map((s) => [s.id, s.trust]));
        expect(trust(after)).toEqual(trust(before));
        expect(after.sources.find((s) => s.id === "relayer")).toMatchObject({ relayed: 1, claims: 0 });
      }),
      { numRuns: 300 },
    );
  });

  it("gives every claim of a moment to the estimate's support or against it, with confidences in [0, 1]", () => {
    fc.assert(
      fc.property(claimSets, (items) => {
        const result = estimate(items);
        result.items.forEach((it, i) => {
          for (const e of it.estimates) {
            expect(e.confidence).toBeGreaterThanOrEqual(0);
            expect(e.confidence).toBeLessThanOrEqual(1);
            const ids = items[i]!.claims.filter((c) => (e.modality === "planned") === (c.modality === "planned")).map((c) => c.id);
            expect([...e.claims, ...e.against].sort()).toEqual([...ids].sort());
          }
        });
        for (const s of result.sources) {
          expect(s.trust).toBeGreaterThan(0);
          expect(s.trust).toBeLessThan(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
