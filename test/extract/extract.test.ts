/**
 * The claim set `extract` returns: placeholders and their markers, ids,
 * sources, lexicon matching and errors, offsets; and the `extract` command.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LexiconError, PLACEHOLDERS, check, extract, parseClaimSet, parseLexicon } from "../../src/index.js";
import { cli } from "../cli/helpers.js";
import { LEXICON, run } from "./helpers.js";

const TEXT = "وتحتفظ القوات الأمريكية بنحو 2500 جندي في العراق و900 في سوريا. وقالت إن الانسحاب سيتم بحلول نهاية 2026.";

describe("extract", () => {
  it("fills subject, property and scope from the lexicon, with offsets and the sentence as quote", () => {
    const { candidates } = run(TEXT, { document: "doc-1", published: "2025-04-20" });
    expect(candidates.map((c) => [c.claim.subject, c.claim.property, c.claim.scope, c.claim.value, c.mention.text])).toEqual([
      ["us-forces", "troop-count", { location: "iraq" }, "~2500", "نحو 2500"],
      ["us-forces", "troop-count", { location: "syria" }, "~900", "900"],
      ["?subject", "end-date", undefined, "2026-12", "بحلول نهاية 2026"],
    ]);
    const [first] = candidates;
    expect(first!.claim).toMatchObject({ source: "outlet", document: "doc-1", published: "2025-04-20", quote: "وتحتفظ القوات الأمريكية بنحو 2500 جندي في العراق و900 في سوريا." });
    expect(first!.id).toBe(`doc-1@${TEXT.indexOf("نحو")}`);
    expect(candidates[2]!.claim.modality).toBe("planned");
  });

  it("marks what is left to fill: ?-placeholders, declared properties, `unresolved` and the note", () => {
    const result = extract("نشر 2500 جندي بحلول سبتمبر 2025", { lang: "ar" });
    parseClaimSet(result.claimSet);
    expect(result.candidates.map((c) => [c.claim.subject, c.claim.property, c.claim.source, c.unresolved])).toEqual([
      [PLACEHOLDERS.subject, PLACEHOLDERS.quantity, PLACEHOLDERS.source, ["subject", "property", "source"]],
      [PLACEHOLDERS.subject, PLACEHOLDERS.date, PLACEHOLDERS.source, ["subject", "property", "source"]],
    ]);
    expect(result.claimSet.properties?.map((p) => [p.id, p.type])).toEqual([["?quantity", "quantity"], ["?date", "date"]]);
    expect(result.candidates[0]!.claim.note).toContain("to fill: subject, property, source");
    expect(result.claimSet.sources).toBeUndefined();
  });

  it("declares the source, the lexicon's entities and properties, and gives unique ids", () => {
    const result = run("جرى نشر 900 جندي. جرى نشر 900 جندي.", { source: "outlet" });
    expect(result.claimSet.sources).toEqual([{ id: "outlet" }]);
    expect(result.claimSet.entities?.map((e) => e.id)).toEqual(["us-forces", "european-forces", "syria", "iraq"]);
    const ids = result.candidates.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(["outlet@8", "outlet@26"]);
  });

  it("matches words through Arabic spelling variants (tatweel, diacritics, alef and teh marbuta forms)", () => {
    const result = run("وتحتفظ القوات الامريكية بنـحـو 2500 جُندي في العراق");
    expect(result.candidates.map((c) => [c.claim.subject, c.claim.property, c.claim.value])).toEqual([["us-forces", "troop-count", "~2500"]]);
  });

  it("states values without digits from the lexicon's value phrases", () => {
    const lexicon = { ...LEXICON, properties: [...LEXICON.properties!, { id: "troop-count", type: "quantity" as const, values: [{ phrases: ["جميع قواتها"], value: 0, cues: ["سحبت"] }] }] };
    expect(run("سحبت الولايات المتحدة جميع قواتها", { lexicon }).candidates.map((c) => c.claim.value)).toEqual([0]);
    expect(run("أبقت الولايات المتحدة جميع قواتها", { lexicon }).candidates).toEqual([]);
  });

  it("refuses a bad lexicon and bad options", () => {
    expect(() => extract("x", { lang: "ar", lexicon: { properties: [{ id: "", type: "quantity" }] } })).toThrow(LexiconError);
    expect(() => extract("x", { lang: "ar", published: "2025-13-01" })).toThrow(/published must be a date/);
    expect(() => extract("x", { lang: "fr" as "ar" })).toThrow(/lang/);
    const read = parseLexicon({ properties: [{ id: "p", type: "date", units: ["x"], values: [{ phrases: ["y"], value: "soon" }] }], extra: 1 });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.issues.map((i) => i.path)).toEqual(["/extra"]);
    const values = parseLexicon({ properties: [{ id: "p", type: "date", units: ["x"], values: [{ phrases: ["y"], value: "soon" }] }] });
    expect(!values.ok && values.issues.map((i) => i.path)).toEqual(["/properties/0/values/0/value", "/properties/0/units"]);
  });

  it("gives a claim set that check reads", () => {
    const report = check(run(TEXT, { published: "2025-04-20" }).claimSet);
    expect(report.summary.claims).toBe(3);
  });

  it("accepts the example's lexicon", () => {
    const lexicon = JSON.parse(readFileSync(fileURLToPath(new URL("../../examples/iraq-withdrawal/lexicon.json", import.meta.url)), "utf8"));
    expect(parseLexicon(lexicon).ok).toBe(true);
  });

  it("stops at `limit` and says so", () => {
    const result = extract("نحو 900 جندي. ".repeat(50), { lang: "ar", limit: 10 });
    expect(result.candidates).toHaveLength(10);
    expect(result.truncated).toBe(true);
  });
});

describe("corroborate extract", () => {
  const lexicon = JSON.stringify(LEXICON);

  it("prints a claim set that validate accepts and check reads", () => {
    const out = cli(["extract", "a.txt", "--lang", "ar", "--published", "2025-04-20", "--source", "outlet", "--lexicon", "lex.json"], { "a.txt": TEXT, "lex.json": lexicon });
    expect(out.code).toBe(0);
    expect(out.stderr).toBe("");
    expect(out.stdout).toBe(JSON.stringify(JSON.parse(out.stdout), null, 2) + "\n");
    expect(cli(["validate", "claims.json"], { "claims.json": out.stdout })).toMatchObject({ code: 0, stderr: "" });
    expect(cli(["check", "claims.json", "--fail-on", "none"], { "claims.json": out.stdout }).code).toBe(0);
  });

  it("reads standard input and writes --output", () => {
    const written: Record<string, string> = {};
    const out = cli(["extract", "-", "--lang", "en", "--output", "out.json"], {}, "About 900 US troops remain.", { written });
    expect(out.code).toBe(0);
    expect(JSON.parse(written["out.json"]!).claims[0].value).toBe("~900");
  });

  it.each([
    [["extract", "a.txt"], "--lang must be ar or en"],
    [["extract", "a.txt", "--lang", "de"], "--lang must be ar or en"],
    [["extract", "--lang", "ar"], "extract reads one article"],
    [["extract", "a.txt", "--lang", "ar", "--published", "soon"], "--published must be a date"],
    [["extract", "a.txt", "--lang", "ar", "--bogus"], "unknown option"],
    [["extract", "missing.txt", "--lang", "ar"], 'cannot read "missing.txt": no such file'],
  ])("refuses %j: exit 2, %s", (argv, message) => {
    const out = cli(argv, { "a.txt": TEXT });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain(message);
  });

  it("names the JSON pointer of a bad lexicon field, without a stack trace", () => {
    const bad = JSON.stringify({ properties: [{ id: "troop-count", type: "count", units: ["جندي"] }] });
    const out = cli(["extract", "a.txt", "--lang", "ar", "--lexicon", "lex.json"], { "a.txt": TEXT, "lex.json": bad });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^lex\.json: \/properties\/0\/type: /);
    expect(out.stderr).not.toContain("    at ");
    expect(cli(["extract", "a.txt", "--lang", "ar", "--lexicon", "lex.json"], { "a.txt": TEXT, "lex.json": "{" }).stderr).toMatch(/^lex\.json:1: not valid JSON at column 2: /);
  });
});

describe("who said it, about when, where, and whether it is a plan", () => {
  const claims = (text: string, options: Parameters<typeof run>[1] = {}) => run(text, { published: "2025-04-20", ...options }).candidates.map((c) => c.claim);

  it.each([
    ["وقالت مصادر لرويترز إن 500 جندي غادروا القاعدة.", ["reuters", "unnamed-sources"]],
    ["وبحسب البنتاغون، فإن 900 جندي ما زالوا في سوريا.", ["pentagon"]],
    ["ونقلت رويترز عن مسؤولون أن 900 جندي ما زالوا في سوريا.", ["reuters", "officials"]],
    ["According to the Pentagon, 900 troops remain in Syria.", ["pentagon"]],
    ["About 900 troops remain in Syria, officials told Reuters.", ["reuters", "officials"]],
    ["About 900 troops remain in Syria, officials said.", ["officials"]],
  ])("%s → attribution %j", (text, attribution) => {
    const lang = text.charCodeAt(0) < 0x80 ? "en" : "ar";
    expect(claims(text, { lang }).map((c) => c.attribution)).toEqual([attribution]);
  });

  it("credits no one from a later clause that says something else («لكن مصادر أكدت …»)", () => {
    expect(claims("انسحب 500 جندي من القاعدة، لكن مصادر أكدت أن الانسحاب جزئي.").map((c) => c.attribution)).toEqual([undefined]);
  });

  it("marks attribution to fill when the reporting verb names no source of the lexicon, and declares the sources it uses", () => {
    const result = run("وقال الرئيس إن 500 جندي غادروا.", { published: "2025-04-20" });
    const [c] = result.candidates;
    expect(c!.claim.attribution).toBeUndefined();
    expect(c!.unresolved).toContain("attribution");
    expect(c!.claim.note).toContain("«وقال الرئيس إن…»");
    const credited = run("وقالت مصادر لرويترز إن 500 جندي غادروا القاعدة.", { source: "outlet" });
    expect(credited.claimSet.sources).toEqual([{ id: "outlet" }, { id: "reuters", name: "Reuters", kind: "agency" }, { id: "unnamed-sources" }]);
  });

  it.each([
    ["فبحلول سبتمبر 2024، شنت الفصائل ما لا يقل عن 70 هجوما على القوات الأمريكية، بعد هجوم 7 أكتوبر 2023.", ">=70", "2024-09"],
    ["شنت الفصائل 60 هجوما منذ تشرين الأول 2023.", 60, undefined],
    ["كانت القوات متمركزة في العراق بنحو 2500 جندي من عام 2003 إلى عام 2011.", "~2500", "2003/2011"],
    ["قال المسؤولون يوم الخميس إن 500 جندي غادروا.", 500, "2025-04-17"],
    ["In 2019, 5,000 troops were stationed in Iraq.", 5000, "2019"],
    ["The 2024 elections saw 300 candidates.", 300, undefined],
  ])("%s → asOf of %j: %s", (text, value, asOf) => {
    const lang = text.charCodeAt(0) < 0x80 ? "en" : "ar";
    const found = claims(text, { lang }).find((c) => c.value === value)!;
    expect(found.asOf).toBe(asOf);
  });

  it.each([
    ["تحتفظ القوات الأمريكية بنحو 2500 جندي في العراق و900 في سوريا.", [["~2500", "iraq"], ["~900", "syria"]]],
    ["يبقى المبرر للبقاء في سوريا، التي تضم حوالي 1400 جندي، قائما.", [["~1400", "syria"]]],
    ["وفي سوريا، تحتفظ القوات الأمريكية بـ900 جندي.", [[900, "syria"]]],
    ["تنتهي المهمة في العراق في سبتمبر 2025 بناءً على اتفاق بين بغداد وسوريا.", [["2025-09", "iraq"]]],
  ])("%s → scopes %j", (text, expected) => {
    expect(claims(text).map((c) => [c.value, c.scope?.location])).toEqual(expected);
  });

  it("scopes a figure whose clause names no place like the last figure of its property, and says so", () => {
    const found = claims("خفضت القوات الأمريكية عدد جنودها في سوريا إلى 1400 جندي. وأكد البنتاغون خططه لتقليص عدد المتبقين إلى أقل من 1000 جندي، رغم الاتفاق مع العراق.");
    expect(found.map((c) => [c.value, c.scope?.location])).toEqual([[1400, "syria"], ["<1000", "syria"]]);
    expect(found[1]!.note).toContain("scope carried from «1400»");
    expect(found[1]!.modality).toBe("planned");
  });

  it("reads «هناك» as the place named last", () => {
    const found = claims("سحبت الولايات المتحدة جنودا من سوريا. وأدى ذلك إلى خفض عدد القوات الأمريكية هناك إلى 1400 جندي.");
    expect(found.map((c) => [c.value, c.scope?.location])).toEqual([[1400, "syria"]]);
  });

  it("marks figures of plans and of the future as planned, but not the value before a change", () => {
    const found = claims("أعلن البنتاغون نيته خفض عدد جنوده في سوريا من 2000 إلى 1000 جندي.");
    expect(found.map((c) => [c.value, c.modality])).toEqual([[2000, undefined], [1000, "planned"]]);
    expect(claims("غادر 500 جندي سوريا.").map((c) => c.modality)).toEqual([undefined]);
    expect(claims("سيغادر 500 جندي سوريا.").map((c) => c.modality)).toEqual(["planned"]);
  });

  it("leaves the subject to fill when the figure's own words name an actor the property does not allow", () => {
    const [c] = run("وصل 2500 جندي أميركي، انضم إليهم مئات الجنود من دول أوروبية.", { published: "2025-04-20" }).candidates.filter((x) => x.claim.value === "200..999");
    expect(c!.claim.subject).toBe("?subject");
    expect(c!.unresolved).toContain("subject");
    expect(c!.claim.note).toContain("«دول أوروبية»");
  });

  it("declares placeholder properties with cardinality many, so check compares none of them", () => {
    const result = extract("نشرت 2500 جندي في 2019 و900 في 2021.", { lang: "ar", source: "s", published: "2025-04-20" });
    expect(result.claimSet.properties?.every((p) => p.cardinality === "many")).toBe(true);
    expect(check(result.claimSet).conflicts).toEqual([]);
  });
});

describe("the published date", () => {
  it.each(["2025-Q3", "2025-H2", "2025-04~", "2025-04-01/2025-04-20", "2025-06/.."])("accepts %s, the whole date grammar, and copies it to the claims", (published) => {
    const result = extract("قتل 5 جنود أمس.", { lang: "ar", published, source: "s" });
    expect(result.candidates[0]!.claim.published).toBe(published);
    parseClaimSet(result.claimSet);
  });
  it("takes --published 2025-Q3 on the command line", () => {
    const out = cli(["extract", "a.txt", "--lang", "ar", "--published", "2025-Q3"], { "a.txt": "قتل 5 جنود الشهر الماضي." });
    expect(out.code).toBe(0);
    const claims = JSON.parse(out.stdout).claims;
    expect(claims.map((c: { value: unknown }) => c.value)).toEqual([5, "2025-06/2025-08"]);
  });
});
