/**
 * A claim set's sections given apart from its claims (`context`), and the
 * warning for subjects spelled two ways without `entities`.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClaimSet } from "../../src/index.js";
import { check, formatIssue, parseClaimSet, safeParseClaimSet } from "../../src/index.js";

const example = JSON.parse(readFileSync(new URL("../../examples/iraq-withdrawal/claims.json", import.meta.url), "utf8")) as ClaimSet;
const ndjson = example.claims.map((claim) => JSON.stringify(claim)).join("\n");
const { sources, entities, properties, documents } = example;

describe("context: sections for claims that come without them", () => {
  it("gives the example's claims, read as NDJSON, their aliases back: 16 groups, not 22", () => {
    expect(check(ndjson, { format: "ndjson" }).summary.groups).toBe(22);
    const withContext = check(ndjson, { format: "ndjson", context: { sources, entities, properties, documents } });
    expect(withContext.summary.groups).toBe(16);
    expect(JSON.stringify(withContext)).toBe(JSON.stringify(check(example)));
  });

  it("adds only the sections the input lacks; one in both is an error", () => {
    const result = safeParseClaimSet({ entities, claims: example.claims }, { context: { entities, sources } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map(formatIssue)).toEqual(['/entities: "entities" is given both in the claim set and in its context; give each section in one place']);
    expect(parseClaimSet({ entities, claims: example.claims }, { context: { sources } }).sources).toEqual(sources);
  });

  it("names what is no section", () => {
    const result = safeParseClaimSet({ claims: [] }, { context: { claims: [] } as never });
    expect(result.success ? [] : result.error.issues.map(formatIssue)).toEqual(['a context holds sources, entities, properties, documents; "claims" is not one of them']);
  });

  it("checks the context's sections as the claim set's own", () => {
    const result = safeParseClaimSet({ claims: [] }, { context: { entities: [{ id: "" }] } });
    expect(result.success ? [] : result.error.issues.map(formatIssue)).toEqual(["/entities/0/id: must not be empty"]);
  });
});

const claim = (id: string, subject: string, scope?: Record<string, string>) => ({ id, subject, property: "troop-count", value: 900, source: "s", ...(scope ? { scope } : {}) });
const warningsOf = (claimSet: object) => {
  const result = safeParseClaimSet(claimSet);
  if (!result.success) throw result.error;
  return result.warnings.filter((warning) => warning.code === "similar-spelling").map(formatIssue);
};

describe("subjects spelled two ways without entities", () => {
  it.each([
    {
      name: "a hyphen and a space",
      subjects: ["us-forces", "US forces", "us forces"],
      warnings: ['/claims/1/subject: subject "US forces" differs from "us-forces" (/claims/0/subject) only in spacing or punctuation, so they are checked as two; list both as labels of one entity under "entities"'],
    },
    {
      name: "dots",
      subjects: ["US forces", "U.S. forces"],
      warnings: ['/claims/1/subject: subject "U.S. forces" differs from "US forces" (/claims/0/subject) only in spacing or punctuation, so they are checked as two; list both as labels of one entity under "entities"'],
    },
    {
      name: "an Arabic name with and without its space",
      subjects: ["عين الأسد", "عين-الاسد"],
      warnings: ['/claims/1/subject: subject "عين-الاسد" differs from "عين الأسد" (/claims/0/subject) only in spacing or punctuation, so they are checked as two; list both as labels of one entity under "entities"'],
    },
    { name: "distinct subjects", subjects: ["us-forces", "uk-forces", "syria", "iraq", "Erbil", "Arbil"], warnings: [] },
    { name: "spellings that normalise alike already", subjects: ["US Forces", " us  forces", "ÜS forces"], warnings: [] },
  ])("$name", ({ subjects, warnings }) => {
    expect(warningsOf({ claims: subjects.map((subject, i) => claim(`c${i}`, subject)) })).toEqual(warnings);
  });

  it("looks at scope values too, scope by scope", () => {
    const claims = [claim("a", "x", { location: "al-Anbar" }), claim("b", "x", { location: "Al Anbar" }), claim("c", "x", { region: "Al Anbar" })];
    expect(warningsOf({ claims })).toEqual([
      '/claims/1/scope/location: scope "location" value "Al Anbar" differs from "al-Anbar" (/claims/0/scope/location) only in spacing or punctuation, so they are checked as two; list both as labels of one entity under "entities"',
    ]);
  });

  it("says nothing when the claim set has entities", () => {
    expect(warningsOf({ entities: [], claims: [claim("a", "us-forces"), claim("b", "US forces")] })).toEqual([]);
  });

  it("never fires for subjects whose letters and digits differ", () => {
    const letters = fc.string({ unit: fc.constantFrom("a", "b", "c", "1", "é", "ع"), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.uniqueArray(letters, { minLength: 1, maxLength: 6, selector: (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase() }), fc.constantFrom("", " ", "-", "."), (subjects, separator) => {
        const claims = subjects.map((subject, i) => claim(`c${i}`, `${separator}${subject}`));
        expect(warningsOf({ claims })).toEqual([]);
      }),
    );
  });
});
