/**
 * The wording of the rules' messages, apart from what the rules find: each
 * message template of every built-in rule, written from a finding's data
 * (figures and ids), and the placeholder kinds that put data into words.
 * The rule tables (one file per rule) assert `messageId` and `data` only.
 */
import { describe, expect, it } from "vitest";
import type { Claim, Conflict, Rule } from "../../src/index.js";
import { builtinRules, check, createChecker, defineRule } from "../../src/index.js";
import { ENTITIES, claim, claimSetOf, dated, onlyRule, P } from "./tester.js";

const DAY = "2025-04-20";

/** The messages of one rule's conflicts for some claims, by message id. */
/** Ain al-Asad lies in Iraq: containment has a part and a whole to compare. */
const NESTED = ENTITIES.map((entity) => (entity.id === "ain-al-asad" ? { ...entity, partOf: ["iraq"] } : entity));
const PROPERTIES = [P.troops(), P.endDate(), P.attacks(), P.endDate({ id: "presence-end", nesting: "within" })];

function messages(rule: string, claims: Claim[], properties = PROPERTIES): Array<Pick<Conflict, "messageId" | "message">> {
  const report = check(claimSetOf({ name: rule, claims, properties, entities: NESTED }), { rules: onlyRule(rule) });
  return report.conflicts.map(({ messageId, message }) => ({ messageId, message }));
}

describe("the built-in rules' messages", () => {
  const cases: Array<[string, Claim[]]> = [
    ["conflicting-values", [dated("a", DAY, 900), dated("b", DAY, 2000, { source: "s2", attribution: ["pentagon"] })]],
    [
      "conflicting-values",
      [
        claim("a", { property: "end-date", value: "2025-09", modality: "planned", published: "2025-01-05", scope: { location: "العراق" } }),
        claim("b", { property: "end-date", value: "2026-12", modality: "planned", source: "wsj", published: DAY, scope: { location: "iraq" } }),
      ],
    ],
    [
      "conflicting-values",
      [
        dated("old", "2024-10-01", 900, { source: "s3" }),
        dated("newer", "2025-03-01", 2000, { source: "s4" }),
        dated("a", DAY, 1400, { attribution: ["pentagon"] }),
        dated("b", DAY, 900, { source: "s2" }),
      ],
    ],
    ["self-contradiction", [dated("a", DAY, "~1400", { attribution: ["pentagon"] }), dated("b", DAY, "~900")]],
    ["self-contradiction", [dated("a", DAY, 900, { document: "joint-report" }), dated("b", DAY, 2000, { document: "joint-report" })]],
    ["self-contradiction", [dated("a", DAY, 2500, { attribution: ["pentagon"] }), dated("b", DAY, "~2000", { attribution: ["wsj", "s3"] })]],
    [
      "self-contradiction",
      [
        dated("old", "2024-10-01", "~900", { source: "s3" }),
        claim("newer", { asOf: "2025-03", published: DAY, value: "~2000", attribution: ["pentagon"] }),
        dated("a", DAY, "~1400", { attribution: ["pentagon"] }),
        dated("b", DAY, "~900"),
      ],
    ],
    ["rapid-change", [dated("a", "2025-04-01", 900), dated("b", "2025-04-20", 2000, { source: "s2" })]],
    ["rapid-change", [claim("a", { asOf: "2025-04-01/2025-04-07", value: 900 }), claim("b", { asOf: "2025-04-15/2025-04-20", value: 2000, source: "s2" })]],
    [
      "cumulative-decrease",
      [
        dated("a", "2025-01-10", 150, { property: "attacks" }),
        dated("b", "2025-02-10", 120, { property: "attacks", source: "s2" }),
        dated("c", "2025-02-10", "~110", { property: "attacks", source: "s3" }),
      ],
    ],
    ["undated-conflict", [claim("a", { value: 900 }), dated("b", DAY, 2000, { source: "s2" })]],
    ["undated-conflict", [claim("a", { value: "~900" }), claim("b", { value: "~1400", source: "s2" })]],
    ["denied-claim", [dated("a", DAY, 900), dated("d", DAY, 900, { source: "pentagon", modality: "denied" })]],
    ["denied-claim", [dated("a", DAY, 900), dated("b", DAY, "~900", { source: "s3" }), dated("d", DAY, 900, { source: "s2", attribution: ["pentagon"], modality: "denied" })]],
    ["outdated-value", [dated("a", "2025-01-10", 2000), dated("b", "2025-02-10", 1400, { source: "s2" }), dated("c", "2025-03-10", 2000, { source: "s3" })]],
    [
      "outdated-value",
      [
        dated("a", "2025-01-10", 2000),
        dated("b", "2025-02-10", 1400, { source: "s2" }),
        dated("c", "2025-03-10", 2000, { source: "s3" }),
        dated("d", "2025-03-10", "~2000", { source: "s4" }),
      ],
    ],
    [
      "ambiguous-scope",
      [
        dated("s", DAY, "~900", { scope: { location: "syria" }, source: "pentagon" }),
        dated("i", DAY, 2500, { scope: { location: "iraq" }, source: "pentagon" }),
        dated("u", DAY, 2500, { source: "s3" }),
      ],
    ],
    ["value-changed", [dated("a", "2025-01-10", 2000), dated("b", "2025-06-10", 900, { source: "s2" })]],
    ["value-changed", [dated("a", "2005", 40000), dated("b", "2006", 46000, { source: "s2" })]],
    ["containment", [dated("p", DAY, 3000, { scope: { location: "ain-al-asad" } }), dated("w", DAY, 2500, { scope: { location: "iraq" }, source: "s2" })]],
    [
      "containment",
      [
        claim("p", { property: "presence-end", value: "2026-03", scope: { location: "ain-al-asad" } }),
        claim("w", { property: "presence-end", value: "2025-09", scope: { location: "iraq" }, source: "s2" }),
      ],
    ],
    [
      "containment",
      [
        claim("p", { property: "presence-end", value: "2026-12", modality: "planned", published: DAY, scope: { location: "ain-al-asad" } }),
        claim("w", { property: "presence-end", value: "2026-09", modality: "planned", published: DAY, scope: { location: "iraq" }, source: "s2" }),
      ],
    ],
  ];
  // Read, one by one, as a journalist would: each names who says what, and when, once.
  const expected: Array<Array<Pick<Conflict, "messageId" | "message">>> = [
    [
      { messageId: "disagree", message: "Sources disagree on US forces: troop count on 20 April 2025: 900 (Infoplus) vs 2,000 (Al-Mada citing US Department of Defense)." },
    ],
    [
      { messageId: "plansDisagree", message: "Plans disagree on US forces: end date (location: Iraq): September 2025 (Infoplus, stated 5 January 2025) vs December 2026 (The Wall Street Journal, stated 20 April 2025)." },
    ],
    [
      { messageId: "disagreeStale", message: "Sources disagree on US forces: troop count on 20 April 2025: 900 (Al-Mada) vs 1,400 (Infoplus citing US Department of Defense). The figure of 900 is older: Shafaq News gave it on 1 October 2024, before 2,000 (Rudaw, 1 March 2025)." },
    ],
    [
      { messageId: "contradicts", message: "Infoplus gives conflicting figures for US forces: troop count on 20 April 2025: about 900 (its own figure) and about 1,400 (citing US Department of Defense)." },
    ],
    [
      { messageId: "contradicts", message: "Infoplus gives conflicting figures for US forces: troop count on 20 April 2025: 900 and 2,000." },
    ],
    [
      { messageId: "citesConflicting", message: "Infoplus cites sources that disagree on US forces: troop count on 20 April 2025: about 2,000 (citing The Wall Street Journal citing Shafaq News) and 2,500 (citing US Department of Defense)." },
    ],
    [
      { messageId: "contradictsStale", message: "Infoplus gives conflicting figures for US forces: troop count on 20 April 2025: about 900 (its own figure) and about 1,400 (citing US Department of Defense). The figure of about 900 is older: Shafaq News gave it on 1 October 2024, before about 2,000 (Infoplus citing US Department of Defense, March 2025)." },
    ],
    [
      { messageId: "rapid", message: "US forces: troop count goes from 900 (Infoplus, 1 April 2025) to 2,000 (Al-Mada, 20 April 2025) in 19 days; within 30 days the sources may describe the same moment." },
    ],
    [
      { messageId: "rapidWithin", message: "US forces: troop count goes from 900 (Infoplus, 1 April 2025 to 7 April 2025) to 2,000 (Al-Mada, 15 April 2025 to 20 April 2025) within 19 days; within 30 days the sources may describe the same moment." },
    ],
    [
      { messageId: "decrease", message: "US forces: attacks can only grow, yet it falls from 150 (Infoplus, 10 January 2025) to about 110 (Shafaq News, 10 February 2025), 120 (Al-Mada, 10 February 2025)." },
    ],
    [
      { messageId: "undated", message: "900 (Infoplus) has no date, and no dated figure for US forces: troop count agrees with it; the nearest is 2,000 (Al-Mada, 20 April 2025)." },
    ],
    [
      { messageId: "undatedAll", message: "Claims disagree on US forces: troop count and none of them has a date, so they may describe different times: about 900 (Infoplus) vs about 1,400 (Al-Mada)." },
    ],
    [
      { messageId: "denied", message: "US Department of Defense denies 900 for US forces: troop count, which 900 (Infoplus) asserts." },
    ],
    [
      { messageId: "deniedSeveral", message: "Al-Mada citing US Department of Defense denies 900 for US forces: troop count, which about 900 (Shafaq News), 900 (Infoplus) assert." },
    ],
    [
      { messageId: "outdated", message: "2,000 (Shafaq News, 10 March 2025) repeats an older figure for US forces: troop count: Infoplus gave it on 10 January 2025, and newer figures differ: 1,400 (Al-Mada, 10 February 2025)." },
    ],
    [
      { messageId: "outdatedSeveral", message: "About 2,000 (Rudaw, 10 March 2025), 2,000 (Shafaq News, 10 March 2025) repeat older figures for US forces: troop count, first given on 10 January 2025, and newer figures differ: 1,400 (Al-Mada, 10 February 2025)." },
    ],
    [
      { messageId: "ambiguous", message: "2,500 (Shafaq News) gives no scope for US forces: troop count; it disagrees with location: Syria (about 900) but matches location: Iraq." },
    ],
    [
      { messageId: "changedAfter", message: "US forces: troop count changed from 2,000 (Infoplus, 10 January 2025) to 900 (Al-Mada, 10 June 2025), about 5 months later." },
    ],
    [
      { messageId: "changed", message: "US forces: troop count changed from 40,000 (Infoplus, 2005) to 46,000 (Al-Mada, 2006)." },
    ],
    [
      { messageId: "moreThanWhole", message: "US forces: troop count (location: Ain al-Asad) on 20 April 2025 is 3,000 (Infoplus), more than 2,500 (Al-Mada) for Iraq, which contains Ain al-Asad." },
    ],
    [
      { messageId: "laterThanWhole", message: "US forces: presence end (location: Ain al-Asad) is March 2026 (Infoplus), later than September 2025 (Al-Mada) for Iraq, which contains Ain al-Asad." },
    ],
    [
      { messageId: "plannedLaterThanWhole", message: "US forces: presence end (location: Ain al-Asad) is planned for December 2026 (Infoplus), later than September 2026 (Al-Mada) planned for Iraq, which contains Ain al-Asad." },
    ],
  ];

  cases.forEach(([rule, claims], i) => {
    it(`${rule} (case ${i + 1}): ${expected[i]!.map((e) => e.messageId).join(", ")}`, () => {
      expect(messages(rule, claims)).toEqual(expected[i]);
    });
  });

  it("every message id of every built-in rule is written by one of these cases", () => {
    const covered = new Set(cases.flatMap(([rule], i) => expected[i]!.map((e) => `${rule}/${e.messageId}`)));
    const declared = builtinRules.flatMap((rule) =>
      Object.keys(rule.meta.messages)
        .filter((id) => !(rule.meta.hasSuggestions && id === "addScope")) // suggestions' wording: below
        .map((id) => `${rule.meta.id}/${id}`),
    );
    expect(declared.filter((id) => !covered.has(id))).toEqual([]);
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
      ["{{x:value}}", { x: "a" }, "About 900"],
      ["The figure of {{x:value}}", { x: "a" }, "The figure of about 900"],
      ["{{x:values}}", { x: ["b", "a", "b"] }, "About 900 and 1,400"],
      ["{{x:when}}", { x: "a" }, "on 20 April 2025"],
      ["{{x:whens}}", { x: ["a", "b", "a"] }, "on 20 April 2025, on 2 May 2025"],
      ["{{x:side}}", { x: ["a"] }, "About 900 (Infoplus citing US Department of Defense, 20 April 2025)"],
      ["{{x:sides}}", { x: ["b", "a"] }, "About 900 (Infoplus citing US Department of Defense, 20 April 2025) vs 1,400 (Al-Mada, 2 May 2025)"],
      ["{{x:either}}", { x: ["b", "a"] }, "about 900 (Infoplus citing US Department of Defense, 20 April 2025) or 1,400 (Al-Mada, 2 May 2025)"],
      ["{{x:each}}", { x: ["b", "a"] }, "1,400 (Al-Mada, 2 May 2025), about 900 (Infoplus citing US Department of Defense, 20 April 2025)"],
      ["{{x:dated}}", { x: ["b"] }, "1,400 (Al-Mada, 2 May 2025)"],
      ["[{{x:own}}]", { x: ["a"] }, "[about 900 (citing US Department of Defense, 20 April 2025)]"],
      ["{{x:count}}", { x: ["a", "b"] }, "2"],
      ["[{{x:in}}]", { x: "report-7" }, "[]"], // a document without a title is not named: its id is not for readers
      ["[{{from:period}}]", { from: "2025-04-20" }, "[ on 20 April 2025]"],
      ["[{{from:period}}]", { from: "2025-04-20", to: "2025-05-02" }, "[ between 20 April 2025 and 2 May 2025]"],
      ["[{{from:period}}]", { from: "2024-03-01", to: "2024-03-31" }, "[ in March 2024]"],
      ["[{{from:period}}]", { from: "2024-02-01", to: "2024-02-29" }, "[ in February 2024]"],
      ["[{{from:period}}]", { from: "2024-01-01", to: "2024-12-31" }, "[ in 2024]"],
      ["[{{from:period}}]", { from: "2003-01-01", to: "2011-12-31" }, "[ between 2003 and 2011]"],
      ["[{{from:period}}]", { from: "2025-07-01", to: "2025-09-30" }, "[ in Q3 2025]"],
      ["[{{from:period}}]", { from: "2024-03-01", to: "2024-05-31" }, "[ between March 2024 and May 2024]"],
      ["[{{from:period}}]", { from: "2024-03-02", to: "2024-03-31" }, "[ between 2 March 2024 and 31 March 2024]"],
      ["[{{from:period}}]", { from: null }, "[]"],
      ["[{{from:period}}]", {}, "[]"],
      ["{{x:days}}", { x: 0 }, "1 day"],
      ["{{x:days}}", { x: 12 }, "12 days"],
      ["{{x:days}}", { x: 400 }, "about 13 months"],
      ["{{x:duration}}", { x: "P1Y2M" }, "1 year 2 months"],
      ["{{x:scopes}}", { x: [{ location: "syria" }, { location: "iraq" }] }, "location: Syria or location: Iraq"],
      ["{{x:scoped}}", { x: [{ scope: { location: "syria" }, claims: ["b", "a"] }] }, "location: Syria (about 900, 1,400)"],
    ];
    for (const [template, data, words] of table) expect(render(template, data), template).toBe(words);
  });

  it("names at most five sources of a side and six figures of a list, and counts the rest (one more is named, not counted)", () => {
    // n claims of 900 on one day, each from its own source.
    const sameFigure = (n: number) => Array.from({ length: n }, (_, i) => dated(`c${i}`, DAY, 900, { source: `source-${i}` }));
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);
    const six = render("{{x:side}}", { x: ids(6) }, sameFigure(6));
    expect(six).toBe("900 (source-0; source-1; source-2; source-3; source-4; source-5)");
    expect(render("{{x:side}}", { x: ids(9) }, sameFigure(9))).toBe("900 (source-0; source-1; source-2; source-3; source-4; and 4 other sources)");
    // n claims of n figures (100, 200…), one source.
    const figures = (n: number) => Array.from({ length: n }, (_, i) => dated(`c${i}`, DAY, 100 * (i + 1)));
    const named = (n: number, between: string) => Array.from({ length: n }, (_, i) => `${(100 * (i + 1)).toLocaleString("en-US")} (Infoplus)`).join(between);
    expect(render("[{{x:sides}}]", { x: ids(7) }, figures(7))).toBe(`[${named(7, " vs ")}]`);
    expect(render("[{{x:sides}}]", { x: ids(10) }, figures(10))).toBe(`[${named(6, " vs ")} vs 4 other figures]`);
    expect(render("[{{x:either}}]", { x: ids(10) }, figures(10))).toBe(`[${named(6, " or ")} or 4 other figures]`);
    expect(render("[{{x:each}}]", { x: ids(10) }, figures(10))).toBe(`[${named(6, ", ")}, and 4 other claims]`);
    expect(render("[{{x:dated}}]", { x: ids(10) }, figures(10))).toBe(`[${named(6, ", ").replaceAll("(Infoplus)", "(Infoplus, 20 April 2025)")}, and 4 other figures]`);
  });

  it("an undated claim is named without a time; when says so", () => {
    const claims = [claim("a", { value: 900 }), dated("b", DAY, 1400, { source: "s2" })];
    expect(render("{{x:side}}; {{x:whens}}", { x: ["a"] }, claims)).toBe("900 (Infoplus); at no stated time");
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
