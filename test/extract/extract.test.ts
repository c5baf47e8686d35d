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
    expect(result.claimSet.entities?.map((e) => e.id)).toEqual(["us-forces", "syria", "iraq"]);
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
    expect(cli(["extract", "a.txt", "--lang", "ar", "--lexicon", "lex.json"], { "a.txt": TEXT, "lex.json": "{" }).stderr).toBe("lex.json: not valid JSON\n");
  });
});
