/**
 * schemas/lexicon.schema.json (generated from `lexiconSchema`, drift-tested in
 * test/schemas.test.ts) accepts what `parseLexicon` accepts and refuses what it
 * refuses, blank words aside (a refinement JSON Schema cannot state).
 */
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { LEXICON_SCHEMA_ID, parseLexicon } from "../../src/index.js";
import { schemaFiles } from "../../src/model/json-schema.js";

const schema = schemaFiles()["lexicon.schema.json"]!;
const Ajv = Ajv2020.default; // ajv is CommonJS: its class is the default export's default
const validate = new Ajv({ strict: false }).compile(schema);
const example = JSON.parse(readFileSync(new URL("../../examples/iraq-withdrawal/lexicon.json", import.meta.url), "utf8")) as Record<string, unknown>;

describe("the lexicon's JSON Schema", () => {
  it("has the lexicon's $id, which the example lexicon names as its $schema", () => {
    expect(schema.$id).toBe(LEXICON_SCHEMA_ID);
    expect(example.$schema).toBe(LEXICON_SCHEMA_ID);
  });

  const cases: Array<[string, unknown]> = [
    ["the example's lexicon", example],
    ["an empty lexicon", {}],
    ["a property of each type", { properties: [{ id: "troop-count", type: "quantity", units: ["troops"] }, { id: "end-date", type: "date", cues: ["withdrawal"] }] }],
    ["an unknown field", { properties: [], colour: "red" }],
    ["an unknown type", { properties: [{ id: "p", type: "text" }] }],
    ["a place without an id", { places: [{ labels: ["Syria"] }] }],
    ["labels that are not a list", { actors: [{ id: "us-forces", labels: "US forces" }] }],
    ["a value that is neither number nor text", { properties: [{ id: "p", type: "quantity", values: [{ phrases: ["a few"], value: true }] }] }],
    ["not an object", ["troops"]],
    ["sources with names and kinds", { sources: [{ id: "reuters", labels: ["رويترز", "Reuters"], name: "Reuters", kind: "agency" }] }],
    ["a source without labels", { sources: [{ id: "reuters" }] }],
    ["a source with an unknown field", { sources: [{ id: "reuters", labels: ["Reuters"], reliability: 0.9 }] }],
  ];
  it.each(cases)("agrees with parseLexicon on %s", (_, lexicon) => {
    const parsed = parseLexicon(lexicon);
    expect(validate(lexicon)).toBe(parsed.ok);
  });

  it("accepts blank words, which only parseLexicon refuses", () => {
    const lexicon = { properties: [{ id: "troop-count", type: "quantity", units: ["  "] }] };
    expect(validate(lexicon)).toBe(true);
    expect(parseLexicon(lexicon).ok).toBe(false);
  });
});
