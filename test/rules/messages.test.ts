/**
 * The wording of the rules' messages, apart from what the rules find: each
 * message template of every built-in rule, written from a finding's data
 * (figures and ids), and the placeholder kinds that put data into words.
 * The rule tables (one file per rule) assert `messageId` and `data` only.
 */
import { describe, expect, it } from "vitest";
import type { Claim, Conflict, Rule } from "../../src/index.js";
import { builtinRules, check, createChecker, defineRule } from "../../src/index.js";
import { claim, claimSetOf, dated, onlyRule, P } from "./tester.js";

const DAY = "2025-04-20";

/** The messages of one rule's conflicts for some claims, by message id. */
function messages(rule: string, claims: Claim[], properties = [P.troops(), P.endDate(), P.attacks()]): Array<Pick<Conflict, "messageId" | "message">> {
  const report = check(claimSetOf({ name: rule, claims, properties }), { rules: onlyRule(rule) });
  return report.conflicts.map(({ messageId, message }) => ({ messageId, message }));
}

describe("the built-in rules' messages", () => {
  const cases: Array<[string, Claim[], Array<Pick<Conflict, "messageId" | "message">>]> = [
    [
      "conflicting-values",
      [dated("a", DAY, 900), dated("b", DAY, 2000, { source: "s2", attribution: ["pentagon"] })],
      [
        {
          messageId: "disagree",
          message: "Sources disagree on US forces: troop count on 20 April 2025: 900 (Infoplus, 20 April 2025) vs 2000 (Al-Mada citing US Department of Defense, 20 April 2025).",
        },
      ],
    ],
    [
      "conflicting-values",
      [
        claim("a", { property: "end-date", value: "2025-09", modality: "planned", published: "2025-01-05", scope: { location: "العراق" } }),
        claim("b", { property: "end-date", value: "2026-12", modality: "planned", source: "wsj", published: DAY, scope: { location: "iraq" } }),
      ],
      [
        {
          messageId: "plansDisagree",
          message: "Plans disagree on US forces: end date (location: Iraq): 2025-09 (Infoplus, 5 January 2025) vs 2026-12 (The Wall Street Journal, 20 April 2025).",
        },
      ],
    ],
    [
      "self-contradiction",
      [dated("a", DAY, "~1400", { attribution: ["pentagon"] }), dated("b", DAY, "~900")],
      [
        {
          messageId: "contradicts",
          message: "Infoplus contradicts itself on US forces: troop count on 20 April 2025: ~1400 (Infoplus citing US Department of Defense, 20 April 2025) vs ~900 (Infoplus, 20 April 2025).",
        },
      ],
    ],
    [
      "self-contradiction",
      [dated("a", DAY, 900, { document: "joint-report" }), dated("b", DAY, 2000, { document: "joint-report" })],
      [
        {
          messageId: "contradictsIn",
          message: "Infoplus contradicts itself in joint-report on US forces: troop count on 20 April 2025: 900 (Infoplus, 20 April 2025) vs 2000 (Infoplus, 20 April 2025).",
        },
      ],
    ],
    [
      "rapid-change",
      [dated("a", "2025-04-01", 900), dated("b", "2025-04-20", 2000, { source: "s2" })],
      [
        {
          messageId: "rapid",
          message: "US forces: troop count goes from 900 (Infoplus, 1 April 2025) to 2000 (Al-Mada, 20 April 2025) in 19 days; within 30 days the sources may describe the same moment.",
        },
      ],
    ],
    [
      "cumulative-decrease",
      [
        dated("a", "2025-01-10", 150, { property: "attacks" }),
        dated("b", "2025-02-10", 120, { property: "attacks", source: "s2" }),
        dated("c", "2025-02-10", "~110", { property: "attacks", source: "s3" }),
      ],
      [
        {
          messageId: "decrease",
          message: "US forces: attacks can only grow, but 120 (Al-Mada, 10 February 2025), ~110 (Shafaq News, 10 February 2025) comes after 150 (Infoplus, 10 January 2025).",
        },
      ],
    ],
    [
      "undated-conflict",
      [claim("a", { value: 900 }), dated("b", DAY, 2000, { source: "s2" })],
      [
        {
          messageId: "undated",
          message: "Claims disagree on US forces: troop count and one of them has no date, so they may describe different times: 900 (Infoplus) vs 2000 (Al-Mada, 20 April 2025).",
        },
      ],
    ],
    [
      "undated-conflict",
      [claim("a", { value: "~900" }), claim("b", { value: "~1400", source: "s2" })],
      [
        {
          messageId: "undatedSeveral",
          message: "Claims disagree on US forces: troop count and 2 of them have no date, so they may describe different times: ~900 (Infoplus) vs ~1400 (Al-Mada).",
        },
      ],
    ],
    [
      "denied-claim",
      [dated("a", DAY, 900), dated("d", DAY, 900, { source: "pentagon", modality: "denied" })],
      [{ messageId: "denied", message: "US Department of Defense denies 900 for US forces: troop count, which 900 (Infoplus, 20 April 2025) asserts." }],
    ],
    [
      "denied-claim",
      [dated("a", DAY, 900), dated("b", DAY, "~900", { source: "s3" }), dated("d", DAY, 900, { source: "s2", attribution: ["pentagon"], modality: "denied" })],
      [
        {
          messageId: "deniedSeveral",
          message:
            "Al-Mada citing US Department of Defense denies 900 for US forces: troop count, which 900 (Infoplus, 20 April 2025), ~900 (Shafaq News, 20 April 2025) assert.",
        },
      ],
    ],
    [
      "outdated-value",
      [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-02-10", 1400, { source: "s2" }),
        dated("c", "2025-03-10", 2000, { source: "s3" }),
      ],
      [
        {
          messageId: "outdated",
          message:
            "2000 (Shafaq News, 10 March 2025) repeats a figure from 10 January 2025 for US forces: troop count, though newer figures differ: 1400 (Al-Mada, 10 February 2025).",
        },
      ],
    ],
    [
      "outdated-value",
      [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-02-10", 1400, { source: "s2" }),
        dated("c", "2025-03-10", 2000, { source: "s3" }),
        dated("d", "2025-03-10", "~2000", { source: "s4" }),
      ],
      [
        {
          messageId: "outdatedSeveral",
          message:
            "2000 (Shafaq News, 10 March 2025) vs ~2000 (Rudaw, 10 March 2025) repeat figures from 10 January 2025 for US forces: troop count, though newer figures differ: 1400 (Al-Mada, 10 February 2025).",
        },
      ],
    ],
    [
      "ambiguous-scope",
      [
        dated("s", DAY, "~900", { scope: { location: "syria" }, source: "pentagon" }),
        dated("i", DAY, 2500, { scope: { location: "iraq" }, source: "pentagon" }),
        dated("u", DAY, 2500, { source: "s3" }),
      ],
      [
        {
          messageId: "ambiguous",
          message: "2500 (Shafaq News, 20 April 2025) gives no scope for US forces: troop count; it disagrees with location: Syria (~900) but matches location: Iraq.",
        },
      ],
    ],
    [
      "value-changed",
      [dated("a", "2025-01-10", 2000), dated("b", "2025-06-10", 900, { source: "s2" })],
      [{ messageId: "changedAfter", message: "US forces: troop count changed from 2000 (Infoplus, 10 January 2025) to 900 (Al-Mada, 10 June 2025), about 5 months later." }],
    ],
  ];
  for (const [rule, claims, expected] of cases) {
    it(`${rule}: ${expected.map((e) => e.messageId).join(", ")}`, () => {
      expect(messages(rule, claims)).toEqual(expected);
    });
  }

  it("every message id of every built-in rule is written by one of these cases", () => {
    const covered = new Set(cases.flatMap(([rule, , expected]) => expected.map((e) => `${rule}/${e.messageId}`)));
    const declared = builtinRules.flatMap((rule) =>
      Object.keys(rule.meta.messages)
        .filter((id) => !(rule.meta.hasSuggestions && id === "addScope")) // suggestions' wording: below
        .map((id) => `${rule.meta.id}/${id}`),
    );
    // value-changed's "changed" (one day apart) cannot happen with the default window; it is rendered below.
    expect(declared.filter((id) => !covered.has(id))).toEqual(["value-changed/changed"]);
  });

  it("a suggestion's message is written from its own data", () => {
    const report = check(
      claimSetOf({
        name: "ambiguous",
        claims: [
          dated("s", DAY, "~900", { scope: { location: "syria" }, source: "pentagon" }),
          dated("i", DAY, 2500, { scope: { location: "iraq" }, source: "pentagon" }),
          dated("u", DAY, 2500, { source: "s3" }),
        ],
      }),
      { rules: onlyRule("ambiguous-scope") },
    );
    expect(report.conflicts[0]!.suggestions!.map((s) => s.message)).toEqual(['Add the scope {"location":"iraq"} to claim u.']);
  });
});

/** A custom rule whose only message is `template`, reporting `data` about the group's claims. */
function echo(template: string, data: Record<string, unknown>, extra: Partial<Rule["meta"]> = {}): Rule {
  return defineRule({
    meta: { id: "echo", description: "echoes", severity: "info", docs: { url: "https://example.org" }, messages: { echo: template }, ...extra },
    check: (context) => context.report({ messageId: "echo", claims: context.group.claims, data }),
  });
}

function render(template: string, data: Record<string, unknown>, claims: Claim[] = [dated("a", DAY, "~900", { attribution: ["pentagon"] }), dated("b", "2025-05-02", 1400, { source: "s2" })]) {
  const set = claimSetOf({ name: "render", claims, properties: [P.troops()] });
  const checker = createChecker({ rules: { ...onlyRule("none"), ...Object.fromEntries(builtinRules.map((r) => [r.meta.id, "off" as const])) }, customRules: [echo(template, data)] });
  return checker.check(set).conflicts[0]!.message;
}

describe("placeholders", () => {
  it("{{key}} is the data as it is; {{topic}} the group; unknown names stay as written", () => {
    expect(render("{{n}} of {{topic}}; {{nothing}}", { n: 3 })).toBe("3 of US forces: troop count; {{nothing}}");
    expect(render("{{topic}}", { topic: "mine" })).toBe("mine"); // data comes first
  });

  it("each kind puts its data into words", () => {
    const table: Array<[string, Record<string, unknown>, string]> = [
      ["{{x:name}}", { x: "pentagon" }, "US Department of Defense"],
      ["{{x:name}}", { x: "syria" }, "Syria"],
      ["{{x:who}}", { x: "a" }, "Infoplus citing US Department of Defense"],
      ["{{x:side}}", { x: ["a"] }, "~900 (Infoplus citing US Department of Defense, 20 April 2025)"],
      ["{{x:sides}}", { x: ["b", "a"] }, "1400 (Al-Mada, 2 May 2025) vs ~900 (Infoplus citing US Department of Defense, 20 April 2025)"],
      ["{{x:each}}", { x: ["a", "b"] }, "~900 (Infoplus citing US Department of Defense, 20 April 2025), 1400 (Al-Mada, 2 May 2025)"],
      ["{{x:whens}}", { x: ["a", "b", "a"] }, "20 April 2025, 2 May 2025"],
      ["{{x:count}}", { x: ["a", "b"] }, "2"],
      ["[{{from:period}}]", { from: "2025-04-20" }, "[ on 20 April 2025]"],
      ["[{{from:period}}]", { from: "2025-04-20", to: "2025-05-02" }, "[ between 20 April 2025 and 2 May 2025]"],
      ["[{{from:period}}]", { from: null }, "[]"],
      ["[{{from:period}}]", {}, "[]"],
      ["{{x:days}}", { x: 0 }, "1 day"],
      ["{{x:days}}", { x: 12 }, "12 days"],
      ["{{x:days}}", { x: 400 }, "about 13 months"],
      ["{{x:duration}}", { x: "P1Y2M" }, "1 year 2 months"],
      ["{{x:scopes}}", { x: [{ location: "syria" }, { location: "iraq" }] }, "location: Syria or location: Iraq"],
      ["{{x:scoped}}", { x: [{ scope: { location: "syria" }, claims: ["a", "b"] }] }, "location: Syria (~900, 1400)"],
    ];
    for (const [template, data, words] of table) expect(render(template, data), template).toBe(words);
  });

  it("an undated claim is named without a time; whens says 'earlier' for it", () => {
    const claims = [claim("a", { value: 900 }), dated("b", DAY, 1400, { source: "s2" })];
    expect(render("{{x:side}}; {{x:whens}}", { x: ["a"] }, claims)).toBe("900 (Infoplus); earlier");
  });
});

describe("rules are held to their meta", () => {
  const set = claimSetOf({ name: "meta", claims: [dated("a", DAY, 900)] });
  const off = Object.fromEntries(builtinRules.map((r) => [r.meta.id, "off" as const]));
  const run = (rule: Rule) => createChecker({ rules: off, customRules: [rule] }).check(set);

  it("a message id the rule does not declare throws", () => {
    const rule = defineRule({ ...echo("x", {}), check: (context) => context.report({ messageId: "nope", claims: context.group.claims }) });
    expect(() => run(rule)).toThrow('rule echo has no message "nope"');
  });

  it("a suggestion from a rule without hasSuggestions throws; with it, a suggestion's unknown message id throws", () => {
    const suggesting = (meta: Partial<Rule["meta"]>, messageId: string) =>
      defineRule({
        ...echo("x", {}, meta),
        check: (context) => context.report({ messageId: "echo", claims: context.group.claims, suggestions: [{ messageId, patch: [] }] }),
      });
    expect(() => run(suggesting({}, "echo"))).toThrow("rule echo suggests fixes but its meta has no hasSuggestions");
    expect(() => run(suggesting({ hasSuggestions: true }, "fix"))).toThrow('rule echo has no message "fix"');
    expect(run(suggesting({ hasSuggestions: true }, "echo")).conflicts[0]!.suggestions).toEqual([{ message: "x", patch: [] }]);
  });

  it("data naming a claim outside the group, or a kind that does not exist, throws", () => {
    expect(() => run(echo("{{x:side}}", { x: ["zz"] }))).toThrow('names claim "zz"');
    expect(() => run(echo("{{x:nonsense}}", { x: 1 }))).toThrow('unknown placeholder kind "nonsense"');
  });
});
