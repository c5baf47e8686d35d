/**
 * Documents (DESIGN §9): claims take their document's source and
 * publication date; documents, `partOf` and sources are checked with JSON
 * pointers, and a document's bounded date is read as the honest uncertainty
 * it is.
 */
import { describe, expect, it } from "vitest";
import type { ClaimSet } from "../../src/index.js";
import { check, safeParseClaimSet } from "../../src/index.js";

const claim = (id: string, extra: Record<string, unknown> = {}) => ({ id, subject: "us-forces", property: "troop-count", value: 900, ...extra });

function issues(input: unknown) {
  const result = safeParseClaimSet(input);
  return result.success ? [] : result.error.issues.map(({ path, code, message }) => ({ path, code, message }));
}

describe("documents", () => {
  it("a claim takes its document's source and date; its own win", () => {
    const set = {
      documents: [{ id: "article-1", source: "infoplus", title: "قوات أميركية تغادر سوريا", published: "2025-04-20" }],
      claims: [claim("a", { document: "article-1" }), claim("b", { document: "article-1", source: "al-mada", published: "2025-04-22", value: 2000 })],
    };
    expect(issues(set)).toEqual([]);
    const report = check(set, { rules: { "rapid-change": "error" } });
    const [group] = report.groups;
    const positions = group!.positions;
    expect(positions.find((p) => p.claims[0] === "a")).toMatchObject({ sources: ["infoplus"], from: "2025-04-20", to: "2025-04-20" });
    expect(positions.find((p) => p.claims[0] === "b")).toMatchObject({ sources: ["al-mada"], from: "2025-04-22" });
  });

  it("messages name a document by its title, never by its id", () => {
    const set = {
      documents: [{ id: "article-003", source: "infoplus", title: "US forces leave Syria", published: "2025-04-20" }],
      claims: [claim("a", { document: "article-003", value: "~1400", attribution: ["pentagon"] }), claim("b", { document: "article-003", value: "~900" })],
    };
    const [conflict] = check(set).conflicts.filter((c) => c.rule === "self-contradiction");
    expect(conflict!.message).toContain("in “US forces leave Syria”");
    expect(conflict!.message).not.toContain("article-003");
    expect(conflict!.data).toMatchObject({ document: "article-003" });
  });

  it("a bounded date: an article of some time after June 2025 is not compared as of one day", () => {
    const set = {
      documents: [{ id: "later", source: "outlet-000", published: "2025-06/.." }],
      claims: [claim("a", { document: "later", value: "~1400" }), claim("b", { source: "infoplus", published: "2025-09-01", value: "~900" })],
    };
    expect(check(set).conflicts.filter((c) => c.severity !== "info")).toEqual([]);
  });

  it("a claim with no source anywhere, a document named twice, a bad date or address: pointers", () => {
    expect(issues({ documents: [{ id: "d", title: "x" }], claims: [claim("a", { document: "d" })] })).toEqual([
      { path: "/claims/0/source", code: "missing-field", message: '"source" is required: its document "d" names none' },
    ]);
    expect(
      issues({
        documents: [
          { id: "d", source: "s", published: "2025-02-30" },
          { id: "d", source: "s", url: "not an address" },
        ],
        claims: [claim("a", { document: "d" })],
      }).map((issue) => issue.path),
    ).toEqual(["/documents/0/published", "/documents/1/id"]); // the second "d" is reported once, as a duplicate
  });

  it("warns of a document that is not listed, and of a document's unknown source", () => {
    const result = safeParseClaimSet({
      sources: [{ id: "infoplus" }],
      documents: [{ id: "d", source: "unknown-outlet" }],
      claims: [claim("a", { document: "d" }), claim("b", { source: "infoplus", document: "elsewhere" })],
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.warnings.map(({ code, path }) => `${code} ${path}`)).toEqual(["unknown-source /documents/0/source", "unknown-document /claims/1/document"]);
  });
});

describe("entities' partOf", () => {
  const entities = (partOf: Record<string, string[]>) => Object.entries(partOf).map(([id, wholes]) => ({ id, partOf: wholes }));

  it("names an entity, and never makes a cycle, however long", () => {
    expect(issues({ entities: entities({ erbil: ["kurdistan"] }), claims: [claim("a", { source: "s" })] })).toEqual([
      { path: "/entities/0/partOf/0", code: "unknown-entity", message: '"kurdistan" is no entity\'s id' },
    ]);
    const cycle = issues({ entities: entities({ a: ["b"], b: ["c"], c: ["a"] }), claims: [claim("x", { source: "s" })] });
    expect(cycle).toHaveLength(1);
    expect(cycle[0]).toMatchObject({ code: "containment-cycle" });
    expect(cycle[0]!.message).toContain('"a" → "b" → "c" → "a"');
    // A chain of 100 000 entities, closed into a cycle at its end: found without exhausting the stack.
    const long: Record<string, string[]> = {};
    for (let i = 0; i < 100_000; i++) long[`e${i}`] = [`e${(i + 1) % 100_000}`];
    const found = issues({ entities: entities(long), claims: [claim("x", { source: "s" })] });
    expect(found.map((issue) => issue.code)).toEqual(["containment-cycle"]);
  });

  it("is read through: a part of a part lies within the whole", () => {
    const set: ClaimSet = {
      entities: [
        { id: "iraq", labels: ["Iraq"] },
        { id: "kurdistan", labels: ["Kurdistan Region"], partOf: ["iraq"] },
        { id: "erbil", labels: ["Erbil"], partOf: ["kurdistan"] },
      ],
      claims: [claim("part", { source: "s1", published: "2025-04-20", scope: { location: "Erbil" }, value: 3000 }), claim("whole", { source: "s2", published: "2025-04-20", scope: { location: "Iraq" }, value: 2500 })],
    } as ClaimSet;
    expect(check(set).conflicts.map((c) => c.rule)).toEqual(["containment"]);
  });
});
