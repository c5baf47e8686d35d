/**
 * The checker around the rules: configuration, custom rules, determinism,
 * claim-order independence, stable ids, the summary, groups' positions and
 * lenient reading.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim, ClaimSet, Conflict, Report, Rule } from "../../src/index.js";
import {
  builtinRules,
  check,
  ClaimSetError,
  createChecker,
  createSession,
  defineRule,
  parseValue,
  reportSchema,
  valuesCompatible,
} from "../../src/index.js";
import type { Case } from "./tester.js";
import { claim, claimSetOf, dated, DEFAULT_SEVERITY, onlyRule, P, RULE_IDS } from "./tester.js";

// ---------------------------------------------------------------- fixtures

const DAY = "2025-04-20";

/** A claim set on which every built-in rule reports at least once, each on its own subject. */
function kitchenSink(): ClaimSet {
  const c: Claim[] = [
    // conflicting-values
    dated("cv-a", DAY, "~900", { subject: "cv" }),
    dated("cv-b", DAY, "~1400", { subject: "cv", source: "s2", attribution: ["pentagon"] }),
    // self-contradiction
    dated("sc-a", DAY, 900, { subject: "sc" }),
    dated("sc-b", DAY, 2000, { subject: "sc" }),
    // rapid-change
    dated("rc-a", "2025-04-01", 900, { subject: "rc" }),
    dated("rc-b", "2025-04-15", 2000, { subject: "rc", source: "s2" }),
    // cumulative-decrease
    claim("cd-a", { subject: "cd", property: "attacks", value: 100, published: "2025-01-10" }),
    claim("cd-b", { subject: "cd", property: "attacks", value: 80, published: "2025-02-10", source: "s2" }),
    // undated-conflict
    claim("uc-a", { subject: "uc", value: 900 }),
    dated("uc-b", DAY, 2000, { subject: "uc", source: "s2" }),
    // denied-claim
    dated("dc-a", DAY, 900, { subject: "dc" }),
    dated("dc-b", DAY, 900, { subject: "dc", source: "pentagon", modality: "denied" }),
    // outdated-value (also a timeline)
    dated("ov-a", "2025-01-10", 2000, { subject: "ov" }),
    dated("ov-b", "2025-03-10", 1400, { subject: "ov", source: "s2" }),
    dated("ov-c", "2025-04-05", 2000, { subject: "ov", source: "s3" }),
    // ambiguous-scope
    dated("as-s", DAY, 900, { subject: "as", scope: { location: "سوريا" } }),
    dated("as-i", DAY, 2500, { subject: "as", scope: { location: "Iraq" }, source: "s2" }),
    dated("as-u", DAY, 900, { subject: "as", source: "s3" }),
    // value-changed
    dated("vc-a", "2025-01-10", 2000, { subject: "vc" }),
    dated("vc-b", "2025-06-10", 900, { subject: "vc", source: "s2" }),
    // a static date property
    claim("ed-a", { subject: "coalition", property: "end-date", value: "2025-09", modality: "planned" }),
    claim("ed-b", { subject: "coalition", property: "end-date", value: "2026-12", modality: "planned", source: "wsj" }),
    // containment: more troops in Ain al-Asad than in Iraq, which contains it
    dated("ct-part", DAY, 3000, { subject: "ct", scope: { location: "ain-al-asad" }, source: "s3" }),
    dated("ct-whole", DAY, 2500, { subject: "ct", scope: { location: "iraq" }, source: "s4" }),
  ];
  const set = claimSetOf({ name: "kitchen sink", claims: c, properties: [P.troops(), P.attacks(), P.endDate()] });
  set.entities = set.entities!.map((entity) => (entity.id === "ain-al-asad" ? { ...entity, partOf: ["iraq"] } : entity));
  return set;
}

/** Two earlier sources give the same cumulative figure, a later one less. */
const cumulativeTie = (): ClaimSet =>
  claimSetOf({
    name: "cumulative tie",
    properties: [P.attacks()],
    claims: [
      claim("a", { property: "attacks", value: 100, published: "2025-01-10" }),
      claim("b", { property: "attacks", value: 100, published: "2025-01-10", source: "s2" }),
      claim("c", { property: "attacks", value: 80, published: "2025-02-10", source: "s3" }),
    ],
  });

/** Aliases in two scripts, hedged values, aggregation across documents. */
const aliased = (): ClaimSet =>
  claimSetOf({
    name: "aliased",
    claims: [
      dated("a", DAY, "~900", { subject: "US forces", scope: { location: "سوريا" } }),
      dated("b", DAY, "~1400", { subject: "القوات الأمريكية", scope: { location: "Syria" }, source: "s2", attribution: ["pentagon"] }),
      dated("c", DAY, "<1000", { subject: "القوات الأميركية", scope: { location: "سورية" }, source: "s3" }),
      dated("d", "2025-03", "~2000", { scope: { location: "Syria" }, source: "s2", attribution: ["pentagon"] }),
      claim("e", { value: "~2000", scope: { location: "Syria" }, source: "s4" }),
      dated("f", DAY, 900, { source: "s5" }),
      dated("g", DAY, 2500, { scope: { location: "Iraq" }, source: "s4" }),
      dated("h", "2025-05-01", 1400, { scope: { location: "Syria" }, source: "s1" }),
      dated("i", DAY, 2000, { scope: { location: "Syria" }, modality: "denied", source: "s4" }),
    ],
  });

const example = (): ClaimSet =>
  JSON.parse(readFileSync(new URL("../../examples/iraq-withdrawal/claims.json", import.meta.url), "utf8")) as ClaimSet;

/** What must not depend on the order of claims. */
const essence = (report: Report) => ({
  conflicts: report.conflicts
    .map((c) => `${c.id} ${c.rule} ${c.severity} ${c.group} [${c.claims.join(",")}]`)
    .sort(),
  groups: report.groups.map((g) => g.key).sort(),
});

const byRule = (report: Report, rule: string): Conflict[] => report.conflicts.filter((c) => c.rule === rule);

// ---------------------------------------------------------------- configuration

describe("configuration", () => {
  it("by default every built-in rule runs at its default severity (DESIGN §4)", () => {
    const report = check(kitchenSink());
    expect(new Set(report.conflicts.map((c) => c.rule))).toEqual(new Set(RULE_IDS));
    for (const conflict of report.conflicts) expect(conflict.severity, conflict.rule).toBe(DEFAULT_SEVERITY[conflict.rule]);
  });

  it("the built-in rules are exactly the nine of DESIGN §4 and containment (§9), with the default severities of the contract", () => {
    expect(builtinRules.map((r) => r.meta.id).sort()).toEqual([...RULE_IDS].sort());
    for (const rule of builtinRules) expect(rule.meta.severity, rule.meta.id).toBe(DEFAULT_SEVERITY[rule.meta.id]);
  });

  it('"off" disables a rule and leaves the others', () => {
    const all = check(kitchenSink());
    const report = check(kitchenSink(), { rules: { "value-changed": "off" } });
    expect(byRule(report, "value-changed")).toEqual([]);
    expect(report.conflicts).toEqual(all.conflicts.filter((c) => c.rule !== "value-changed"));
  });

  it("severities can be changed", () => {
    const report = check(kitchenSink(), { rules: { "value-changed": "off", "rapid-change": "error", "conflicting-values": "info" } });
    expect(byRule(report, "rapid-change").length).toBeGreaterThan(0);
    for (const c of byRule(report, "rapid-change")) expect(c.severity).toBe("error");
    for (const c of byRule(report, "conflicting-values")) expect(c.severity).toBe("info");
    for (const c of byRule(report, "self-contradiction")) expect(c.severity).toBe("error");
    expect(byRule(report, "value-changed")).toEqual([]);
  });

  it("every rule off: no conflicts, but groups and positions still", () => {
    const report = check(kitchenSink(), { rules: Object.fromEntries(RULE_IDS.map((id) => [id, "off" as const])) });
    expect(report.conflicts).toEqual([]);
    expect(report.summary).toMatchObject({ conflicts: 0, errors: 0, warnings: 0, infos: 0 });
    expect(report.groups.length).toBeGreaterThan(0);
  });

  it("an unknown rule id throws, naming it", () => {
    expect(() => check(kitchenSink(), { rules: { "no-such-rule": "error" } })).toThrow(/no-such-rule/);
    expect(() => createChecker({ rules: { "conflicting-value": "off" } })).toThrow(/conflicting-value/);
  });

  it("an unknown setting throws", () => {
    expect(() => check(kitchenSink(), { rules: { "value-changed": "fatal" as never } })).toThrow(/value-changed/);
  });

  it("a checker is reusable and configured once", () => {
    const checker = createChecker({ rules: { "value-changed": "off" } });
    const a = checker.check(kitchenSink());
    const b = checker.check(kitchenSink());
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).toBe(JSON.stringify(check(kitchenSink(), { rules: { "value-changed": "off" } })));
    expect([...checker.rules.keys()].sort()).toEqual([...RULE_IDS].sort());
  });

  it("accepts JSON text and NDJSON text as well as objects", () => {
    const set = kitchenSink();
    const fromObject = check(set);
    expect(JSON.stringify(check(JSON.stringify(set)))).toBe(JSON.stringify(fromObject));
    const ndjson = claimSetOf({ name: "nd", claims: [dated("a", DAY, 900), dated("b", DAY, 2000, { source: "s2" })], sources: [], entities: [] })
      .claims.map((c) => JSON.stringify(c))
      .join("\n");
    const report = check(ndjson, { rules: onlyRule("conflicting-values") });
    expect(report.conflicts.map((c) => c.claims)).toEqual([["a", "b"]]);
  });

  it("shared property definitions in options apply", () => {
    const set = claimSetOf({ name: "window", claims: [dated("a", "2025-04-01", 900), dated("b", "2025-04-11", 2000, { source: "s2" })] });
    expect(byRule(check(set), "rapid-change")).toHaveLength(1);
    const report = check(set, { properties: [P.troops({ window: "P7D" })] });
    expect(byRule(report, "rapid-change")).toEqual([]);
    expect(byRule(report, "value-changed")).toHaveLength(1);
  });
});

// ---------------------------------------------------------------- custom rules

describe("custom rules (createChecker + defineRule)", () => {
  const singleOrigin = defineRule({
    meta: {
      id: "single-origin",
      description: "a figure only one origin gives",
      severity: "info",
      docs: { url: "https://example.org/rules/single-origin" },
      messages: { single: "Only {{origin}} gives {{value}} ({{missing}}).", fix: "Find a second source for {{id}}." },
      hasSuggestions: true,
    },
    check(context) {
      for (const c of context.group.claims) {
        if (context.group.claims.every((other) => other.origin === c.origin)) {
          context.report({
            messageId: "single",
            claims: [c],
            data: { origin: context.name(c.origin), value: c.value.display, related: context.related.length, nested: { list: [1, 2] } },
            suggestions: [{ messageId: "fix", data: { id: c.id }, patch: [{ op: "test", path: `/claims/${c.index}/id`, value: c.id }] }],
          });
        }
      }
    },
  });
  const set = () =>
    claimSetOf({
      name: "custom",
      claims: [
        dated("a", DAY, 900, { attribution: ["pentagon"] }),
        dated("b", DAY, 900, { source: "s2", attribution: ["pentagon"] }),
        dated("c", DAY, 2500, { scope: { location: "Iraq" }, source: "s3" }),
      ],
    });

  it("runs after the built-in rules, with its default severity, filled messages and suggestions", () => {
    const allBuiltinsOff = Object.fromEntries(RULE_IDS.map((id) => [id, "off" as const]));
    const checker = createChecker({ customRules: [singleOrigin], rules: allBuiltinsOff });
    expect(checker.rules.get("single-origin")).toBe(singleOrigin);
    expect(checker.rules.size).toBe(RULE_IDS.length + 1);
    const report = checker.check(set());
    const mine = byRule(report, "single-origin");
    expect(mine.map((c) => c.claims)).toEqual(expect.arrayContaining([["a"], ["b"], ["c"]]));
    expect(mine).toHaveLength(3);
    const a = mine.find((c) => c.claims[0] === "a")!;
    expect(a.severity).toBe("info");
    expect(a.message).toBe("Only US Department of Defense gives 900 ({{missing}}).");
    expect(a.data).toEqual({ origin: "US Department of Defense", value: "900", related: 1, nested: { list: [1, 2] } });
    expect(a.suggestions).toEqual([{ message: "Find a second source for a.", patch: [{ op: "test", path: "/claims/0/id", value: "a" }] }]);
    expect(a.group).toBe("us-forces/troop-count");
    expect(mine.find((c) => c.claims[0] === "c")!.scope).toEqual({ location: "iraq" });
  });

  it("is configured like a built-in rule", () => {
    const error = createChecker({ customRules: [singleOrigin], rules: { "single-origin": "error" } }).check(set());
    expect(byRule(error, "single-origin").every((c) => c.severity === "error")).toBe(true);
    expect(error.summary.errors).toBe(error.conflicts.filter((c) => c.severity === "error").length);
    const off = createChecker({ customRules: [singleOrigin], rules: { "single-origin": "off" } }).check(set());
    expect(byRule(off, "single-origin")).toEqual([]);
    expect(() => check(set(), { rules: { "single-origin": "error" } })).toThrow(/single-origin/);
  });

  it("defineRule checks the rule's meta", () => {
    const meta = singleOrigin.meta;
    expect(() => defineRule({ ...singleOrigin, meta: { ...meta, id: "Single Origin" } })).toThrow(TypeError);
    expect(() => defineRule({ ...singleOrigin, meta: { ...meta, severity: "fatal" as never } })).toThrow(TypeError);
    expect(() => defineRule({ meta, check: undefined as unknown as Rule["check"] })).toThrow(TypeError);
    expect(defineRule(singleOrigin)).toBe(singleOrigin);
  });

  it("a custom rule cannot take a built-in rule's id", () => {
    const clash = defineRule({ ...singleOrigin, meta: { ...singleOrigin.meta, id: "conflicting-values" } });
    expect(() => createChecker({ customRules: [clash] })).toThrow(/conflicting-values/);
  });

  it("a finding with an unknown message id is an error of the rule", () => {
    const broken = defineRule({
      meta: { ...singleOrigin.meta, id: "broken" },
      check: (context) => context.report({ messageId: "nope", claims: [context.group.claims[0]!] }),
    });
    expect(() => createChecker({ customRules: [broken] }).check(set())).toThrow(/nope/);
  });
});

// ---------------------------------------------------------------- determinism and order

describe("determinism", () => {
  const sets: Array<[string, () => ClaimSet]> = [
    ["kitchen sink", kitchenSink],
    ["aliased", aliased],
    ["cumulative tie", cumulativeTie],
    ["the Iraq example", example],
  ];

  it.each(sets)("%s: the same input twice gives the identical report", (_, make) => {
    expect(JSON.stringify(check(make()))).toBe(JSON.stringify(check(make())));
  });

  it.each(sets)("%s: the report matches its schema and its own summary", (_, make) => {
    const set = make();
    const report = check(set);
    expect(reportSchema.safeParse(report).success).toBe(true);
    const count = (s: string) => report.conflicts.filter((c) => c.severity === s).length;
    expect(report.summary).toEqual({
      claims: set.claims.length,
      groups: report.groups.length,
      conflicts: report.conflicts.length,
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
    });
    expect(report.summary.errors + report.summary.warnings + report.summary.infos).toBe(report.summary.conflicts);
    // every conflict is filed under a group of the report, with that group's subject, property and scope
    const groups = new Map(report.groups.map((g) => [g.key, g]));
    expect(groups.size).toBe(report.groups.length);
    const ids = new Set(set.claims.map((c) => c.id));
    for (const c of report.conflicts) {
      const group = groups.get(c.group);
      expect(group, c.group).toBeDefined();
      expect({ subject: c.subject, property: c.property, scope: c.scope }).toEqual({
        subject: group!.subject,
        property: group!.property,
        scope: group!.scope,
      });
      expect(c.claims).toEqual([...new Set(c.claims)].sort());
      for (const id of c.claims) expect(ids.has(id), id).toBe(true);
    }
    // conflict ids are unique
    expect(new Set(report.conflicts.map((c) => c.id)).size).toBe(report.conflicts.length);
  });

  it.each(sets)("%s: shuffling the claims changes no conflict id, rule, claim list or group key", (_, make) => {
    const set = make();
    const expected = essence(check(set));
    fc.assert(
      fc.property(fc.shuffledSubarray(set.claims, { minLength: set.claims.length, maxLength: set.claims.length }), (claims) => {
        expect(essence(check({ ...set, claims }))).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it("summary counts by severity with configured severities", () => {
    const report = check(kitchenSink(), { rules: { "rapid-change": "error", "value-changed": "warning", "denied-claim": "info" } });
    const count = (s: string) => report.conflicts.filter((c) => c.severity === s).length;
    expect([report.summary.errors, report.summary.warnings, report.summary.infos]).toEqual([count("error"), count("warning"), count("info")]);
    expect(count("info")).toBe(byRule(report, "denied-claim").length);
  });
});

describe("stable conflict ids", () => {
  it("adding an unrelated claim (at the front, shifting every index) changes no id", () => {
    const set = kitchenSink();
    const before = check(set);
    const more: ClaimSet = {
      ...set,
      claims: [
        dated("zz-other", DAY, 5, { subject: "elsewhere" }),
        ...set.claims,
        dated("zz-agree", DAY, "800..2100", { subject: "cv", source: "s5" }),
      ],
    };
    const after = check(more);
    const key = (c: Conflict) => `${c.id} ${c.rule} ${c.claims.join(",")}`;
    const afterKeys = new Set(after.conflicts.map(key));
    for (const c of before.conflicts) expect(afterKeys.has(key(c)), key(c)).toBe(true);
  });

  it("the id depends on the rule and the claim ids, not on values or messages", () => {
    const pair = (x: Claim["value"], y: Claim["value"]) =>
      claimSetOf({ name: "pair", claims: [dated("a", DAY, x), dated("b", DAY, y, { source: "s2" })] });
    const one = byRule(check(pair(900, 2000)), "conflicting-values");
    const two = byRule(check(pair("~1400", "<1000")), "conflicting-values");
    expect(one).toHaveLength(1);
    expect(two).toHaveLength(1);
    expect(one[0]!.id).toBe(two[0]!.id);
    expect(one[0]!.message).not.toBe(two[0]!.message);
    const self = claimSetOf({ name: "self", claims: [dated("a", DAY, 900), dated("b", DAY, 2000)] });
    const sc = byRule(check(self), "self-contradiction");
    expect(sc).toHaveLength(1);
    expect(sc[0]!.id).not.toBe(one[0]!.id);
  });

  it("the id does not change when the claims are renamed in another group", () => {
    const set = kitchenSink();
    const renamed: ClaimSet = { ...set, claims: set.claims.map((c) => (c.subject === "vc" ? { ...c, id: `${c.id}-x` } : c)) };
    const a = check(set).conflicts.filter((c) => c.subject !== "vc").map((c) => c.id);
    const b = check(renamed).conflicts.filter((c) => c.subject !== "vc").map((c) => c.id);
    expect(b).toEqual(a);
    const vcA = check(set).conflicts.filter((c) => c.subject === "vc").map((c) => c.id);
    const vcB = check(renamed).conflicts.filter((c) => c.subject === "vc").map((c) => c.id);
    expect(vcB).not.toEqual(vcA);
  });
});

// ---------------------------------------------------------------- positions

describe("groups and positions", () => {
  const rawValue = (set: ClaimSet, id: string) => set.claims.find((c) => c.id === id)!.value;

  it("a position's claims agree pairwise; every asserted or planned claim is in exactly one position", () => {
    for (const [make, pairwise] of [[kitchenSink, true], [aliased, true], [example, false]] as const) {
      const set = make();
      const report = check(set);
      const seen = new Map<string, number>();
      for (const group of report.groups) {
        for (const position of group.positions) {
          expect(position.claims).toEqual([...new Set(position.claims)].sort());
          expect(position.origins).toEqual([...new Set(position.origins)].sort());
          expect(position.sources).toEqual([...new Set(position.sources)].sort());
          expect(position.origins.length).toBeGreaterThan(0);
          const type = position.value.type;
          for (const x of position.claims) {
            seen.set(x, (seen.get(x) ?? 0) + 1);
            for (const y of position.claims) {
              const vx = parseValue(rawValue(set, x), type);
              const vy = parseValue(rawValue(set, y), type);
              // text values need the claim set's aliases, and the example sets its own tolerances: skip those
              if (!pairwise || type === "text") continue;
              expect(vx.ok && vy.ok).toBe(true);
              if (!vx.ok || !vy.ok) continue;
              expect(valuesCompatible(vx.value, vy.value), `${x} ~ ${y}`).toBe(true);
            }
          }
        }
      }
      for (const c of set.claims) {
        if (c.modality === "denied") continue;
        expect(seen.get(c.id), c.id).toBe(1);
      }
    }
  });

  it("agreeing values form one position; strongest (most probable by the estimates) first", () => {
    const set = claimSetOf({
      name: "positions",
      claims: [
        // three claims, but all from one origin (the Pentagon, cited by three outlets)
        dated("p1", DAY, 2000, { attribution: ["pentagon"] }),
        dated("p2", DAY, "~2000", { source: "s2", attribution: ["Pentagon"] }),
        dated("p3", DAY, "1900..2100", { source: "s3", attribution: ["s5", "pentagon"] }),
        // two claims from two independent origins
        dated("q1", DAY, 900, { source: "s4" }),
        dated("q2", DAY, "<1000", { source: "s5" }),
        // a plan: its own position
        dated("r1", "2024-09", 0, { source: "wsj", modality: "planned" }),
      ],
    });
    const [group, ...rest] = check(set).groups;
    expect(rest).toEqual([]);
    const positions = group!.positions;
    // Two independent origins outweigh one cited three times: 900 is the estimate, 2000 unlikely; the plan,
    // alone among plans, is as likely as its origin is trusted, so it comes before the unlikely 2000.
    expect(positions.map((p) => p.claims)).toEqual([["q1", "q2"], ["r1"], ["p1", "p2", "p3"]]);
    // in time order: the plan was stated first
    expect(group!.estimates!.map((e) => [e.display, e.modality])).toEqual([["0", "planned"], ["900", "asserted"]]);
    expect(positions[0]!.origins).toEqual(["s4", "s5"]);
    expect(positions[2]!.origins).toEqual(["pentagon"]);
    expect(positions[2]!.sources).toEqual(["s1", "s2", "s3"]);
    expect(positions.map((p) => p.modality)).toEqual(["asserted", "planned", "asserted"]);
    expect(positions[0]!.from).toBe(DAY);
    // A plan without a target time holds from when it was stated, open-ended.
    expect(positions[1]!.from).toBe("2024-09-01");
    expect(positions[1]!.to).toBe(null);
  });

  it("random claims: positions partition the claims, agree inside, list distinct origins, strongest first", () => {
    const VALUES = ["900", "~900", "<1000", "1000", ">=1000", ">90", "2000", "800..2100", "~1400", "(900..1000]"];
    const claimArb = fc.record({
      value: fc.constantFrom(...VALUES),
      source: fc.constantFrom("s1", "s2", "s3", "s4"),
      attribution: fc.constantFrom(undefined, ["pentagon"], ["s1"], ["wsj", "Pentagon"]),
      modality: fc.constantFrom("asserted" as const, "planned" as const, "denied" as const),
      published: fc.constantFrom(undefined, "2025-01-10", DAY),
    });
    fc.assert(
      fc.property(fc.array(claimArb, { minLength: 1, maxLength: 9 }), (specs) => {
        const claims = specs.map((x, i) => {
          const over: Partial<Claim> = { source: x.source, modality: x.modality, value: x.value };
          if (x.attribution) over.attribution = [...x.attribution];
          if (x.published) over.published = x.published;
          return claim(`c${i}`, over);
        });
        const report = check(claimSetOf({ name: "random", claims, properties: [P.troops()] }));
        const byId = new Map(claims.map((c) => [c.id, c]));
        const read = (id: string) => {
          const r = parseValue(byId.get(id)!.value, "quantity");
          if (!r.ok) throw new Error(r.message);
          return r.value;
        };
        const seen: string[] = [];
        for (const group of report.groups) {
          // Strongest first: the first position states the value of the most confident estimate (a probability no other value beats).
          const stated = (group.estimates ?? []).filter((e) => e.modality !== "denied");
          if (group.positions.length > 1 && stated.length > 0) {
            const top = Math.max(...stated.map((e) => e.confidence));
            const displays = new Set(group.positions[0]!.claims.map((id) => read(id).display));
            const best = stated.filter((e) => e.confidence >= top - 1e-4 && e.modality === group.positions[0]!.modality);
            expect(best.some((e) => displays.has(e.display)), JSON.stringify({ estimates: group.estimates, positions: group.positions })).toBe(true);
          }
          for (const position of group.positions) {
            seen.push(...position.claims);
            const origins = position.claims.map((id) => {
              const c = byId.get(id)!;
              return (c.attribution?.at(-1) ?? c.source)!.toLowerCase();
            });
            expect(position.origins).toEqual([...new Set(origins)].sort());
            for (const id of position.claims) expect(byId.get(id)!.modality ?? "asserted").toBe(position.modality);
            for (const x of position.claims) for (const y of position.claims) expect(valuesCompatible(read(x), read(y)), `${x} ~ ${y}`).toBe(true);
            expect(valuesCompatible(position.value, read(position.claims[0]!)) || position.claims.some((id) => valuesCompatible(position.value, read(id)))).toBe(true);
          }
        }
        expect(seen.sort()).toEqual(claims.filter((c) => c.modality !== "denied").map((c) => c.id).sort());
      }),
      { numRuns: 300 },
    );
  });

  it("quantities that overlap pairwise but not all together are split (agreement is not transitive)", () => {
    const set = claimSetOf({
      name: "chain",
      claims: [dated("a", DAY, "1050..1200"), dated("b", DAY, "~1000", { source: "s2" }), dated("c", DAY, 900, { source: "s3" })],
    });
    const positions = check(set).groups[0]!.positions;
    expect(positions).toHaveLength(2);
    for (const p of positions) {
      const vals = p.claims.map((id) => parseValue(rawValue(set, id), "quantity"));
      for (const x of vals) for (const y of vals) if (x.ok && y.ok) expect(valuesCompatible(x.value, y.value)).toBe(true);
    }
    expect(positions.flatMap((p) => p.claims).sort()).toEqual(["a", "b", "c"]);
  });

  it("a group per (subject, property, scope) after alias resolution", () => {
    const report = check(aliased());
    expect(report.groups.map((g) => g.key).sort()).toEqual([
      "us-forces/troop-count",
      "us-forces/troop-count?location=iraq",
      "us-forces/troop-count?location=syria",
    ]);
    const syria = report.groups.find((g) => g.key === "us-forces/troop-count?location=syria")!;
    expect(syria.scope).toEqual({ location: "syria" });
    expect(syria.subject).toBe("us-forces");
  });

  it("with equal origins, the more recent position comes first", () => {
    const set = claimSetOf({
      name: "recent",
      claims: [dated("old", "2024-01-10", 2000), dated("new", "2025-01-10", 900, { source: "s2" })],
    });
    expect(check(set).groups[0]!.positions.map((p) => p.claims)).toEqual([["new"], ["old"]]);
  });
});

// ---------------------------------------------------------------- lenient

describe("lenient", () => {
  const withBadClaim = (): ClaimSet =>
    claimSetOf({
      name: "lenient",
      properties: [P.troops()],
      claims: [
        dated("s", DAY, 900, { scope: { location: "Syria" } }),
        dated("bad", DAY, "about nine hundred" as never, { source: "s2" }),
        dated("i", DAY, 2500, { scope: { location: "Iraq" }, source: "s2" }),
        dated("u", DAY, 900, { source: "unlisted-outlet" }),
        dated("v", DAY, "2500..2600", { scope: { location: "Iraq" }, source: "s3" }),
      ],
    } satisfies Case);

  it("without lenient, an invalid claim set throws ClaimSetError with the claim's pointer", () => {
    let thrown: unknown;
    try {
      check(withBadClaim());
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ClaimSetError);
    expect((thrown as ClaimSetError).issues.map((i) => i.path)).toContain("/claims/1/value");
  });

  it("with lenient, the invalid claim is skipped and listed with its pointer; the rest is checked", () => {
    const report = check(withBadClaim(), { lenient: true });
    expect(report.summary.claims).toBe(4);
    const skipped = report.diagnostics.filter((d) => d.path.startsWith("/claims/1"));
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped[0]!.path).toBe("/claims/1/value");
    expect(skipped[0]!.message).toMatch(/about nine hundred/);
    for (const conflict of report.conflicts) expect(conflict.claims).not.toContain("bad");
    expect(report.groups.flatMap((g) => g.positions.flatMap((p) => p.claims)).sort()).toEqual(["i", "s", "u", "v"]);
  });

  it("with lenient, pointers of later claims keep their original index (warnings and suggestions)", () => {
    const report = check(withBadClaim(), { lenient: true });
    expect(report.diagnostics.map((d) => d.path)).toContain("/claims/3/source");
    const ambiguous = byRule(report, "ambiguous-scope");
    expect(ambiguous).toHaveLength(1);
    expect(ambiguous[0]!.claims).toEqual(["i", "u", "v"]);
    expect(ambiguous[0]!.suggestions?.map((s) => s.patch)).toEqual([
      [{ op: "add", path: "/claims/3/scope", value: { location: "syria" } }],
    ]);
  });

  it("lenient on a valid claim set changes nothing", () => {
    expect(JSON.stringify(check(kitchenSink(), { lenient: true }))).toBe(JSON.stringify(check(kitchenSink())));
  });

  it("lenient cannot skip problems outside claims", () => {
    const set = withBadClaim();
    set.sources = [...(set.sources ?? []), { id: "s1", name: "duplicate" }];
    expect(() => check(set, { lenient: true })).toThrow(ClaimSetError);
  });
});

describe("grouping by scope", () => {
  /** The groups of a claim set of the given scopes (one claim each), as key → claim ids. */
  const groupsOf = (scopes: Array<Record<string, string> | undefined>) =>
    check(
      claimSetOf({
        name: "grouping",
        claims: scopes.map((scope, i) => claim(`c${i}`, scope === undefined ? {} : { scope })),
      }),
    ).groups.map((group) => [group.key, group.positions.flatMap((position) => position.claims).sort()]);

  const cases: Array<{ name: string; scopes: Array<Record<string, string> | undefined>; groups: Array<[string, string[]]> }> = [
    {
      name: "scope names in any order make one group",
      scopes: [{ location: "syria", site: "tanf" }, { site: "tanf", location: "syria" }],
      groups: [["us-forces/troop-count?location=syria&site=tanf", ["c0", "c1"]]],
    },
    {
      name: "names that normalise alike, and spellings of one entity, make one group",
      scopes: [{ location: "Syria" }, { Location: "سوريا" }, { LOCATION: "syria" }],
      groups: [["us-forces/troop-count?location=syria", ["c0", "c1", "c2"]]],
    },
    {
      name: "a scope that is a part of another is a group of its own, and so is no scope",
      scopes: [{ location: "syria" }, { location: "syria", site: "tanf" }, undefined, {}],
      groups: [
        ["us-forces/troop-count", ["c2", "c3"]],
        ["us-forces/troop-count?location=syria", ["c0"]],
        ["us-forces/troop-count?location=syria&site=tanf", ["c1"]],
      ],
    },
    {
      name: "the same value under two names is two groups",
      scopes: [{ location: "syria" }, { site: "syria" }],
      groups: [
        ["us-forces/troop-count?location=syria", ["c0"]],
        ["us-forces/troop-count?site=syria", ["c1"]],
      ],
    },
  ];
  for (const { name, scopes, groups } of cases) {
    it(name, () => {
      expect(groupsOf(scopes)).toEqual(groups);
    });
  }
});

describe("names in messages", () => {
  // Two outlets disagree the same day: one conflicting-values message naming the subject, scope and sources.
  const pair = (a: Partial<Claim>, b: Partial<Claim> = {}, extra: Partial<ClaimSet> = {}): ClaimSet =>
    ({
      ...extra,
      claims: [
        dated("a", DAY, "~900", { source: "Al-Mada", scope: { location: "Ain al-Asad" }, ...a }),
        dated("b", DAY, "~1400", { source: "Infoplus", scope: { location: "Ain al-Asad" }, ...b }),
      ],
    }) as ClaimSet;
  const message = (claimSet: ClaimSet) => {
    const conflicts = check(claimSet).conflicts.filter((conflict) => conflict.rule === "conflicting-values");
    expect(conflicts).toHaveLength(1);
    return conflicts[0]!.message;
  };

  it.each([
    { name: "a subject nothing names: as written, not normalised", set: pair({ subject: "Bogotá" }, { subject: "bogota" }), has: ["Bogotá: troop count"], not: ["bogota: troop"] },
    { name: "an Arabic subject keeps its hamza", set: pair({ subject: "الأسد" }, { subject: "الأسد" }), has: ["الأسد: troop count"], not: ["الاسد"] },
    { name: "a source nothing names: as written", set: pair({}), has: ["(Al-Mada)", "(Infoplus)", "on 20 April 2025"], not: ["al-mada", "infoplus"] },
    { name: "a cited source: as written", set: pair({ attribution: ["US Department of Defense"] }), has: ["Al-Mada citing US Department of Defense"], not: ["us department of defense"] },
    { name: "a scope value: as written", set: pair({}), has: ["(location: Ain al-Asad)"], not: ["ain al-asad"] },
    {
      name: "an entity's label and a source's name still come first",
      set: pair({ subject: "القوات الأمريكية", source: "almada" }, { subject: "US FORCES" }, { entities: [{ id: "us-forces", labels: ["US forces", "القوات الأمريكية"] }], sources: [{ id: "almada", name: "Al-Mada newspaper" }] }),
      has: ["US forces: troop count", "(Al-Mada newspaper)"],
      not: ["القوات الأمريكية:", "US FORCES"],
    },
    { name: "two spellings in one group: the first claim's", set: pair({ subject: "Camp Victory" }, { subject: "camp victory" }), has: ["Camp Victory: troop count"], not: ["camp victory:"] },
  ])("$name", ({ set, has, not }) => {
    const text = message(set);
    for (const part of has) expect(text).toContain(part);
    for (const part of not) expect(text).not.toContain(part);
  });

  it("stay what a whole check says after a session patch changes the first claim's spelling", () => {
    const session = createSession(pair({ subject: "Bogotá" }, { subject: "bogota" }));
    session.apply([{ op: "replace", path: "/claims/0/subject", value: "BOGOTÁ" }]);
    expect(session.report).toStrictEqual(check(session.claimSet));
    expect(message(session.claimSet)).toContain("BOGOTÁ: troop count");
  });
});
