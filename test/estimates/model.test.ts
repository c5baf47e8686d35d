/** The estimation model on small classic cases: which value wins, with what confidence, and what trust is learned. */
import { describe, expect, it } from "vitest";
import { estimate, type EstimateItem, type Estimates } from "../../src/estimates/index.js";
import { claim, d, item, q, t, b } from "./helpers.js";

/** The first estimate of the item with `key`. */
function first(result: Estimates, key: string) {
  const found = result.items.find((i) => i.key === key)?.estimates[0];
  if (!found) throw new Error(`no estimate for ${key}`);
  return found;
}

function trustOf(result: Estimates, id: string): number {
  const found = result.sources.find((s) => s.id === id);
  if (!found) throw new Error(`no source ${id}`);
  return found.trust;
}

/** Items where `agree` all give the true figure and `dissent` gives another, so trust can be learned. */
function record(prefix: string, agree: string[], dissent: string[], count: number): EstimateItem[] {
  return Array.from({ length: count }, (_, i) =>
    item(`${prefix}${i}`, [
      ...agree.map((s) => claim(`${prefix}${i}-${s}`, s, q(1000 + i))),
      ...dissent.map((s) => claim(`${prefix}${i}-${s}`, s, q(5000 + i))),
    ]),
  );
}

describe("estimate: which value wins", () => {
  it("follows the majority among sources nothing distinguishes", () => {
    const r = estimate([item("m", [claim("a", "A", q(900)), claim("b", "B", q(900)), claim("c", "C", q(900)), claim("d", "D", q(1400))])]);
    const e = first(r, "m");
    expect(e).toMatchObject({ modality: "asserted", display: "900", claims: ["a", "b", "c"], against: ["d"] });
    expect(e.confidence).toBeGreaterThan(0.9);
    expect(e.ranking.map((x) => x.display)).toEqual(["900", "1400"]);
  });

  it("gives a lone claim the confidence of its source's trust", () => {
    const r = estimate([item("one", [claim("a", "A", q(900))])], { sources: [{ id: "A", reliability: 0.9 }] });
    expect(first(r, "one").confidence).toBeCloseTo(0.9, 6); // votes are rounded to 2^-24
    expect(trustOf(r, "A")).toBeCloseTo(0.9, 10); // nobody else spoke: nothing learned
  });

  it.each([
    ["the right side is the smaller figure", 1000, 5000],
    ["the right side is the larger figure", 5000, 1000],
  ])("settles a one-against-one with the trust learned on other items (%s)", (_, right, wrong) => {
    // A agrees with B and C on six items; D never does. Then A and D disagree alone.
    const items = [...record("r", ["A", "B", "C"], ["D"], 6), item("duel", [claim("x", "A", q(right)), claim("y", "D", q(wrong))])];
    const r = estimate(items);
    expect(first(r, "duel").display).toBe(String(right));
    expect(trustOf(r, "A")).toBeGreaterThan(trustOf(r, "D"));
  });

  it("starts from `reliability`: one trusted source outweighs two distrusted ones", () => {
    const items = [item("p", [claim("x", "X", q(10)), claim("y", "Y", q(20)), claim("z", "Z", q(20))])];
    const sources = [
      { id: "X", reliability: 0.95 },
      { id: "Y", reliability: 0.1 },
      { id: "Z", reliability: 0.1 },
    ];
    expect(first(estimate(items, { sources }), "p").display).toBe("10");
    expect(first(estimate(items), "p").display).toBe("20");
  });

  it("counts outlets relaying one origin once", () => {
    const relayed = [
      claim("r1", "outlet1", q(900), { origin: "pentagon" }),
      claim("r2", "outlet2", q(900), { origin: "pentagon" }),
      claim("r3", "outlet3", q(900), { origin: "pentagon" }),
      claim("i1", "ministry", q(1400)),
      claim("i2", "monitor", q(1400)),
    ];
    const r = estimate([item("relay", relayed)]);
    expect(first(r, "relay").display).toBe("1400");
    // The same outlets, each on its own word: three independent origins.
    const independent = relayed.map((c) => (c.origin === "pentagon" ? { ...c, origin: c.source } : c));
    expect(first(estimate([item("relay", independent)]), "relay").display).toBe("900");
  });

  it("takes a denial as evidence against the value it denies", () => {
    const claims = [claim("a", "A", q(900)), claim("b", "B", q(1400))];
    expect(first(estimate([item("x", claims)]), "x").display).toBe("900"); // a tie: the canonical order
    const r = estimate([item("x", [...claims, claim("c", "C", q(900), { modality: "denied" })])]);
    expect(first(r, "x")).toMatchObject({ display: "1400", claims: ["b", "c"], against: ["a"] });
  });

  it("estimates what is denied when an item only has denials", () => {
    const r = estimate([item("n", [claim("a", "A", q(900), { modality: "denied" }), claim("b", "B", q(900), { modality: "denied" })])]);
    const e = first(r, "n");
    expect(e).toMatchObject({ modality: "denied", display: "900", claims: ["a", "b"], against: [] });
    expect(e.confidence).toBeGreaterThan(0.9); // that 900 is false
  });

  it("compares plans only with plans", () => {
    const r = estimate([
      item("w", [
        claim("a", "A", d("2025-09")),
        claim("b", "B", d("2025-09")),
        claim("p", "P", d("2026-12"), { modality: "planned" }),
      ], { type: "date", temporal: "static" }),
    ]);
    const estimates = r.items[0]!.estimates;
    expect(estimates.map((e) => [e.modality, e.display, e.against])).toEqual([
      ["asserted", "2025-09", []],
      ["planned", "2026-12", []],
    ]);
  });

  it("lets a hedged figure support its amount more than the rest of its interval", () => {
    const r = estimate([item("h", [claim("a", "A", q("~1400")), claim("b", "B", q(1400)), claim("c", "C", q(1500))])]);
    const ranking = first(r, "h").ranking;
    const p = (display: string) => ranking.find((x) => x.display === display)!.probability;
    expect(p("1400")).toBeGreaterThan(p("1500"));
    // "About 1,400" is compatible with every claim, so it is the estimate, supported by all three.
    expect(first(r, "h")).toMatchObject({ display: "~1400", claims: ["a", "b", "c"], against: [] });
  });

  it("names a bound only when no figure lies inside it", () => {
    const inside = estimate([item("b", [claim("a", "A", q(">=2000")), claim("b", "B", q(2400))])]);
    expect(first(inside, "b").ranking.map((x) => x.display)).toEqual(["2400"]);
    const apart = estimate([item("b", [claim("a", "A", q(">=2000")), claim("b", "B", q(900)), claim("c", "C", q(">2500"))])]);
    // ">2500" implies ">=2000": both bounds support it fully, so it is the estimate.
    expect(first(apart, "b")).toMatchObject({ display: ">=2000", claims: ["a", "c"], against: ["b"] });
    expect(first(apart, "b").ranking.map((x) => x.display)).toEqual([">=2000", ">2500", "900"]);
  });

  it("lets similar figures support each other, and not a wild one", () => {
    const base = [claim("a", "A", q(478403)), claim("b", "B", q(470000))];
    /** How much more probable 478403 is than 470000. */
    const odds = (claims: typeof base) => {
      const ranking = first(estimate([item("v", claims)]), "v").ranking;
      const p = (display: string) => ranking.find((x) => x.display === display)!.probability;
      return p("478403") / p("470000");
    };
    const alone = odds(base);
    expect(alone).toBe(1); // a tie
    expect(odds([...base, claim("c", "C", q(478404))])).toBeGreaterThan(1.5); // a near figure supports it
    expect(odds([...base, claim("c", "C", q(89152658754))])).toBeCloseTo(alone, 6); // a wild one supports neither
    const vandal = first(estimate([item("v", [...base, claim("c", "C", q(89152658754))])]), "v");
    expect(vandal.display).not.toBe("89152658754");
  });

  it("discounts sources that repeat another's errors", () => {
    // S errs on six items and C1, C2 repeat its errors, outvoted there by four
    // independent sources; on twenty items all agree. Then S, C1 and C2 say Y
    // against T1 alone.
    const items: EstimateItem[] = [
      ...record("err", ["T1", "T2", "T3", "T4"], ["S", "C1", "C2"], 6),
      ...record("ok", ["T1", "T2", "T3", "T4", "S", "C1", "C2"], [], 20),
      item("test", [claim("t", "T1", q(10)), claim("s", "S", q(20)), claim("c1", "C1", q(20)), claim("c2", "C2", q(20))]),
    ];
    expect(first(estimate(items), "test").display).toBe("10");
    expect(first(estimate(items, { settings: { copyDetection: false } }), "test").display).toBe("20");
  });

  it("reads booleans as a domain of two values", () => {
    const r = estimate([item("y", [claim("a", "A", b(true)), claim("b", "B", b(true)), claim("c", "C", b(false))], { type: "boolean" })]);
    expect(first(r, "y")).toMatchObject({ display: "true", against: ["c"] });
  });

  it("compares text by key", () => {
    const r = estimate([item("k", [claim("a", "A", t("Kyiv")), claim("b", "B", t(" Kyiv")), claim("c", "C", t("Kiev"))], { type: "text" })]);
    expect(first(r, "k")).toMatchObject({ display: "Kyiv", claims: ["a", "b"], against: ["c"] });
  });

  it("keeps a cumulative series from decreasing, and lets a state figure fall", () => {
    const moments = (temporal: "cumulative" | "state") => [
      item("t1", [claim("a1", "A", q(100)), claim("b1", "B", q(80))], { temporal, series: "attacks", time: 1 }),
      item("t2", [claim("a2", "A", q(90)), claim("b2", "B", q(120))], { temporal, series: "attacks", time: 2 }),
    ];
    const sources = [
      { id: "A", reliability: 0.9 },
      { id: "B", reliability: 0.6 },
    ];
    const state = estimate(moments("state"), { sources });
    expect([first(state, "t1").display, first(state, "t2").display]).toEqual(["100", "90"]);
    const cumulative = estimate(moments("cumulative"), { sources });
    const [x, y] = [first(cumulative, "t1").value, first(cumulative, "t2").value];
    if (x.kind !== "number" || y.kind !== "number") throw new Error("numbers expected");
    expect(y.amount!).toBeGreaterThanOrEqual(x.amount!);
  });
});

describe("estimate: sources", () => {
  it("lists every source and origin, sorted, with its claims, agreements, contradictions and relays", () => {
    const r = estimate([
      item("x", [
        claim("a", "A", q(900)),
        claim("b", "B", q(900)),
        claim("c", "C", q(1400)),
        claim("r", "R", q(900), { origin: "A" }),
      ]),
      item("y", [claim("c2", "C", q(5))]),
    ]);
    expect(r.sources.map(({ id, claims, agreed, contradicted, relayed }) => ({ id, claims, agreed, contradicted, relayed }))).toEqual([
      { id: "A", claims: 2, agreed: 2, contradicted: 0, relayed: 0 },
      { id: "B", claims: 1, agreed: 1, contradicted: 0, relayed: 0 },
      { id: "C", claims: 2, agreed: 0, contradicted: 1, relayed: 0 },
      { id: "R", claims: 0, agreed: 0, contradicted: 0, relayed: 1 },
    ]);
    expect(trustOf(r, "R")).toBe(0.8); // only relays: its prior
    expect(trustOf(r, "A")).toBeGreaterThan(trustOf(r, "C"));
  });

  it("learns a shared starting trust for sources of one kind", () => {
    // Anonymous sources are always outvoted; a new one is then trusted less than an unknown source.
    const items = [
      ...Array.from({ length: 8 }, (_, i) => record(`k${i}`, ["R1", "R2", "R3"], [`anon${i}`], 1)).flat(),
      item("new", [claim("n", "anonNew", q(7))]),
    ];
    const sources = [...Array.from({ length: 8 }, (_, i) => `anon${i}`), "anonNew"].map((id) => ({ id, kind: "anonymous" }));
    const r = estimate(items, { sources });
    expect(trustOf(r, "anonNew")).toBeLessThan(0.5);
    expect(trustOf(estimate(items), "anonNew")).toBe(0.8);
    expect(first(r, "new").confidence).toBeLessThan(first(estimate(items), "new").confidence);
  });

  it("returns the items in their order, each with its key", () => {
    const r = estimate([item("z", [claim("1", "A", q(1))]), item("a", [claim("2", "A", q(2))])]);
    expect(r.items.map((i) => i.key)).toEqual(["z", "a"]);
  });

  it("returns nothing for nothing", () => {
    expect(estimate([])).toEqual({ items: [], sources: [] });
    expect(estimate([item("e", [])])).toEqual({ items: [{ key: "e", estimates: [] }], sources: [] });
  });
});
