/**
 * The committed JSON Schema and the zod model must accept the same documents:
 * editors and other languages validate with the schema, corroborate with zod.
 * `parseClaimSet` adds whole-document checks, so it may only be stricter.
 */
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectSameOutcome } from "./same-outcome.js";
import { check, ClaimSetError, safeParseClaimSet } from "../../src/index.js";
import { claimSetShape } from "../../src/model/claim-set.js";
import { reservedKeyIssues } from "../../src/model/validate.js";
import hasClaimSetShape from "../../src/model/claim-set-validator.generated.js";
import type { Json } from "./arbitraries.js";
import { anyDocument, claimSetDocument, mutatedDocument, nearMissDocument, nested, objectFrom } from "./arbitraries.js";

type SchemaNode = Record<string, unknown>;

const schemaText = readFileSync(new URL("../../schemas/claim-set.schema.json", import.meta.url), "utf8");
const schema = JSON.parse(schemaText) as SchemaNode;

// Both packages are CommonJS whose `module.exports` is also its own `.default`; under NodeNext,
// TypeScript types the default import as the whole module, so reach `.default` explicitly.
const Ajv = Ajv2020.default;
const addFormatsPlugin = addFormats.default;

function compile() {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormatsPlugin(ajv);
  return ajv.compile(schema);
}

const validate = compile();

const ajvAccepts = (doc: unknown): boolean => validate(doc) === true;
const zodAccepts = (doc: unknown): boolean =>
  claimSetShape.safeParse(doc).success && reservedKeyIssues(doc).length === 0;

const plainClaim = { id: "a", subject: "us-forces", property: "troop-count", value: 900, source: "s1" };

/** True when a number in the document is infinite. */
const hasInfinity = (doc: unknown): boolean => /<-?Infinity>/.test(show(doc));

/** JSON text of a document for failure messages (Infinity shown as such). */
const show = (doc: unknown): string =>
  JSON.stringify(doc, (_key, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? `<${value}>` : value));

/** What `safeParseClaimSet` is given for a parsed document: a string document is passed as its JSON text. */
const asInput = (doc: Json): { input: unknown; options?: { format: "json" } } =>
  typeof doc === "string" ? { input: JSON.stringify(doc), options: { format: "json" } } : { input: doc };

function expectParity(doc: Json): void {
  const ajv = ajvAccepts(doc);
  const zod = zodAccepts(doc);
  // The compiled validator that reads large claim sets must agree with both.
  // (It knows the reserved scope names; infinite numbers, which JSON text cannot hold, are refused separately.)
  if (hasClaimSetShape(doc) !== claimSetShape.safeParse(doc).success && !hasInfinity(doc) && reservedKeyIssues(doc).length === 0) {
    throw new Error(`the compiled validator and zod disagree on ${show(doc)}: validator ${hasClaimSetShape(doc) ? "accepts" : "rejects"}`);
  }
  if (ajv !== zod) {
    const zodIssues = claimSetShape.safeParse(doc).error?.issues ?? [];
    throw new Error(
      `schema and zod disagree on ${show(doc)}\n` +
        `ajv: ${ajv ? "accepts" : `rejects: ${JSON.stringify(validate.errors)}`}\n` +
        `zod+reservedKeyIssues: ${zod ? "accepts" : `rejects: ${JSON.stringify(zodIssues)} ${JSON.stringify(reservedKeyIssues(doc))}`}`,
    );
  }
}

describe("schemas/claim-set.schema.json", () => {
  it("compiles with ajv (draft 2020-12) in strict mode", () => {
    expect(() => compile()).not.toThrow();
    expect(typeof validate).toBe("function");
  });

  it("has $id, title and description", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(/^https:\/\/.+claim-set\.schema\.json$/);
    expect(schema.title).toEqual(expect.stringMatching(/\S/));
    expect(schema.description).toEqual(expect.stringMatching(/\S/));
  });

  const defs = (schema.$defs ?? {}) as Record<string, SchemaNode>;
  /** A property's description, or that of the definition it refers to (editors show either on hover). */
  const descriptionOf = (node: SchemaNode): unknown => {
    if (typeof node.description === "string") return node.description;
    const ref = node.$ref;
    if (typeof ref === "string" && ref.startsWith("#/$defs/")) return defs[ref.slice("#/$defs/".length)]?.description;
    return undefined;
  };

  it.each(["Claim", "Source", "Entity", "Property"])("gives every property of %s a description (hover help)", (name) => {
    const def = defs[name];
    expect(def, `$defs/${name} is missing`).toBeDefined();
    const properties = (def!.properties ?? {}) as Record<string, SchemaNode>;
    expect(Object.keys(properties).length).toBeGreaterThan(0);
    const undescribed = Object.entries(properties)
      .filter(([, node]) => typeof descriptionOf(node) !== "string" || !/\S/.test(descriptionOf(node) as string))
      .map(([key]) => key);
    expect(undescribed, `properties of ${name} without a description`).toEqual([]);
  });

  it("gives every top-level property a description", () => {
    const properties = schema.properties as Record<string, SchemaNode>;
    const undescribed = Object.entries(properties)
      .filter(([, node]) => typeof descriptionOf(node) !== "string")
      .map(([key]) => key);
    expect(undescribed).toEqual([]);
  });
});

describe("ajv and zod accept the same documents", () => {
  // Hand-picked documents near the edges of each rule, on both sides.
  const C = { id: "a", subject: "s", property: "p", value: 900, source: "x" };
  const withScope = (key: string): Json => ({ claims: [{ ...C, scope: objectFrom([[key, "x"]]) }] });
  const examples: Array<[string, Json, boolean]> = [
    ["minimal", { claims: [] }, true],
    ["a full claim", { claims: [{ ...C, scope: { location: "syria" }, published: "2025-09", asOf: "2025-09/2026-12", attribution: ["y"], modality: "planned", quote: "", url: "", note: "", document: "" }] }, true],
    ["reliability 0 and 1", { sources: [{ id: "x", reliability: 0 }, { id: "y", reliability: 1 }], claims: [] }, true],
    ["reliability above 1", { sources: [{ id: "x", reliability: 1.0000001 }], claims: [] }, false],
    ["reliability below 0", { sources: [{ id: "x", reliability: -0.1 }], claims: [] }, false],
    ["reliability Infinity (JSON 1e400)", { sources: [{ id: "x", reliability: Infinity }], claims: [] }, false],
    ["value Infinity (JSON 1e400)", { claims: [{ ...C, value: Infinity }] }, false],
    ["value -Infinity", { claims: [{ ...C, value: -Infinity }] }, false],
    ["tolerance Infinity", { properties: [{ id: "p", tolerance: Infinity }], claims: [] }, false],
    ["quantity object with Infinity", { claims: [{ ...C, value: { amount: Infinity } }] }, false],
    ["blank id", { claims: [{ ...C, id: " \n" }] }, false],
    ["id of U+200B (not whitespace)", { claims: [{ ...C, id: "\u200b" }] }, true],
    ["id of U+FEFF (whitespace)", { claims: [{ ...C, id: "\ufeff" }] }, false],
    ["lone surrogate id", { claims: [{ ...C, id: "\ud800" }] }, true],
    ["scope __proto__", withScope("__proto__"), false],
    ["scope constructor", withScope("constructor"), false],
    ["scope prototype", withScope("prototype"), false],
    ["scope empty name", withScope(""), false],
    ["scope blank name", withScope(" "), false],
    ["scope toString", withScope("toString"), true],
    ["scope __proto__ with a space", withScope("__proto__ "), true],
    ["scope blank value", { claims: [{ ...C, scope: { a: " " } }] }, false],
    ["scope as a list", { claims: [{ ...C, scope: [] }] }, false],
    ["__proto__ key at top level", objectFrom([["__proto__", {}], ["claims", []]]), false],
    ["__proto__ key in a claim", { claims: [objectFrom([...Object.entries(C), ["__proto__", {}]])] }, false],
    ["__proto__ key in a quantity", { claims: [{ ...C, value: objectFrom([["amount", 1], ["__proto__", {}]]) }] }, false],
    ["empty quantity object (shape only)", { claims: [{ ...C, value: {} }] }, true],
    ["date with newline", { claims: [{ ...C, published: "2025-09\n" }] }, false],
    ["impossible date (shape only)", { claims: [{ ...C, published: "2025-02-30" }] }, true],
    ["date quarter lowercase", { claims: [{ ...C, asOf: "2026-q4" }] }, true],
    ["open interval", { claims: [{ ...C, asOf: "../2026-09" }] }, true],
    ["both ends open", { claims: [{ ...C, asOf: "../.." }] }, true],
    ["duration P (no part)", { properties: [{ id: "p", window: "P" }], claims: [] }, false],
    ["duration with hours", { properties: [{ id: "p", window: "PT1H" }], claims: [] }, false],
    ["negative tolerance", { properties: [{ id: "p", tolerance: -0.1 }], claims: [] }, false],
    ["tolerance -0", { properties: [{ id: "p", tolerance: -0 }], claims: [] }, true],
    ["unknown type", { properties: [{ id: "p", type: "number" }], claims: [] }, false],
    ["bad modality", { claims: [{ ...C, modality: "maybe" }] }, false],
    ["claims missing", {}, false],
    ["top-level list", [], false],
    ["top-level null", null, false],
    ["top-level string", "{\"claims\":[]}", false],
    ["deep nesting in note", { claims: [{ ...C, note: nested(5000) }] }, false],
    ["deep nesting in value", { claims: [{ ...C, value: nested(5000, "object") }] }, false],
  ];

  it.each(examples)("%s", (_name, doc, accepted) => {
    expect(zodAccepts(doc), "zod + reservedKeyIssues").toBe(accepted);
    expect(ajvAccepts(doc), `ajv: ${JSON.stringify(validate.errors)}`).toBe(accepted);
  });

  it("the generators produce both accepted and rejected documents", () => {
    const sample = fc.sample(anyDocument, { numRuns: 2000, seed: 42 });
    const accepted = sample.filter(ajvAccepts).length;
    expect(accepted).toBeGreaterThan(sample.length * 0.15);
    expect(sample.length - accepted).toBeGreaterThan(sample.length * 0.15);
    // Mostly-valid documents mostly pass the shape check; mutated ones mostly do not.
    const valid = fc.sample(claimSetDocument, { numRuns: 500, seed: 7 });
    expect(valid.filter(ajvAccepts).length).toBeGreaterThan(valid.length * 0.5);
    const mutated = fc.sample(mutatedDocument, { numRuns: 500, seed: 7 });
    expect(mutated.filter((doc) => !ajvAccepts(doc)).length).toBeGreaterThan(mutated.length * 0.5);
    // Near misses land on both sides of the line.
    const near = fc.sample(nearMissDocument, { numRuns: 500, seed: 7 });
    const nearAccepted = near.filter(ajvAccepts).length;
    expect(nearAccepted).toBeGreaterThan(near.length * 0.1);
    expect(near.length - nearAccepted).toBeGreaterThan(near.length * 0.3);
  });

  it("on generated documents: ajv accepts ⇔ claimSetShape accepts and no reserved scope name", () => {
    fc.assert(fc.property(anyDocument, expectParity), { numRuns: 1500 });
  });

  it("on mutated documents: ajv accepts ⇔ claimSetShape accepts and no reserved scope name", () => {
    fc.assert(fc.property(mutatedDocument, expectParity), { numRuns: 800 });
  });

  it("on documents with one near miss: ajv accepts ⇔ claimSetShape accepts and no reserved scope name", () => {
    // One field just outside (or just inside) its rule, the rest well shaped: where a missing
    // bound, pattern or enum in either model shows.
    fc.assert(fc.property(nearMissDocument, expectParity), { numRuns: 3000 });
  });

  it("checks a claim set as batches of its claims plus the rest, as a large claim set is read: the same answer as whole", () => {
    // readInput checks each batch of a large claim set's claims (as a claim set of them alone) as it parses them,
    // then the rest with no claims.
    const split = (doc: Json): boolean => {
      if (typeof doc !== "object" || doc === null || Array.isArray(doc) || !Array.isArray(doc.claims)) return hasClaimSetShape(doc);
      const claims = doc.claims;
      const batches = Array.from({ length: Math.ceil(claims.length / 3) }, (_, i) => claims.slice(3 * i, 3 * i + 3));
      return batches.every((batch) => hasClaimSetShape({ claims: batch })) && hasClaimSetShape({ ...doc, claims: [] });
    };
    for (const documents of [anyDocument, mutatedDocument, nearMissDocument]) {
      fc.assert(
        fc.property(documents, (doc) => {
          expect(split(doc)).toBe(hasClaimSetShape(doc));
        }),
        { numRuns: 1000 },
      );
    }
  });

  it("text goes through the compiled validator, objects through zod: both read the same claim set", () => {
    // JSON text of mostly valid and near-miss documents; Infinity cannot be written in JSON.
    const docs = fc.oneof(claimSetDocument, nearMissDocument).filter((doc) => !hasInfinity(doc));
    fc.assert(
      fc.property(docs, (doc) => {
        const text = JSON.stringify(doc);
        const fromText = safeParseClaimSet(text, { format: "json" });
        const fromObject = safeParseClaimSet(JSON.parse(text), { format: "json" }); // the same data (-0 is written 0)
        expectSameOutcome(fromText, fromObject);
      }),
      { numRuns: 1500 },
    );
  });

  it("check reads an object without copying it, with the same report as from its text", () => {
    const docs = fc.oneof(claimSetDocument, nearMissDocument).filter((doc) => !hasInfinity(doc));
    const outcome = (input: unknown) => {
      try {
        return { report: check(input, { format: "json" }) };
      } catch (error) {
        if (error instanceof ClaimSetError) return { issues: error.issues };
        throw error;
      }
    };
    fc.assert(
      fc.property(docs, (doc) => {
        const text = JSON.stringify(doc);
        expect(outcome(JSON.parse(text))).toStrictEqual(outcome(text));
      }),
      { numRuns: 800 },
    );
  });

  it.each([
    ["a Date as a value", { claims: [{ ...plainClaim, value: new Date(0) }] }],
    ["an undefined field", { claims: [{ ...plainClaim, quote: undefined }] }],
    ["NaN as a value", { claims: [{ ...plainClaim, value: NaN }] }],
    ["a claim made by a class", { claims: [Object.assign(new (class Claim {})(), plainClaim)] }],
    ["a sparse list of claims", { claims: [plainClaim, , plainClaim] }],
    ["a Map of scopes", { claims: [{ ...plainClaim, scope: new Map([["location", "syria"]]) }] }],
  ])("check of an object that JSON could not hold (%s) reads it through zod, as parseClaimSet does", (_name, doc) => {
    const parsed = safeParseClaimSet(doc);
    let thrown: unknown;
    try {
      check(doc);
    } catch (error) {
      thrown = error;
    }
    if (parsed.success) expect(thrown).toBeUndefined();
    else expect((thrown as ClaimSetError).issues).toStrictEqual(parsed.error.issues);
  });

  it("check of a cyclic object ends (the plain-data walk stops at the model's depth)", () => {
    const scope: Record<string, unknown> = { location: "syria" };
    scope.self = scope;
    expect(() => check({ claims: [{ ...plainClaim, scope }] })).toThrow(ClaimSetError);
  });

  it("parseClaimSet is never looser than the schema: success implies ajv accepts", () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const { input, options } = asInput(doc);
        const result = safeParseClaimSet(input, options);
        if (result.success && !ajvAccepts(doc)) {
          throw new Error(`parseClaimSet accepts ${show(doc)} but ajv rejects it: ${JSON.stringify(validate.errors)}`);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
