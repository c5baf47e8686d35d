/**
 * The JSON Schemas in schemas/ are generated from the zod model and committed
 * (editors and other languages read them from the package). They must not
 * drift from the model: regenerate them with `npm run schemas`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { claimSetJsonSchema } from "../src/index.js";
import { schemaFiles } from "../src/model/json-schema.js";
import { CLAIM_SET_VALIDATOR_TYPES, claimSetValidatorSource } from "../scripts/claim-set-validator.js";

const dir = fileURLToPath(new URL("../schemas/", import.meta.url));
const files = Object.entries(schemaFiles());

describe("committed JSON Schemas", () => {
  it("lists at least the claim-set schema", () => {
    expect(files.map(([name]) => name)).toContain("claim-set.schema.json");
    expect(schemaFiles()["claim-set.schema.json"]).toStrictEqual(claimSetJsonSchema());
  });

  it.each(files)("schemas/%s matches the zod model byte for byte", (name, schema) => {
    const path = `${dir}${name}`;
    const hint = `schemas/${name} is out of date with src/model: run \`npm run schemas\` and commit the result`;
    expect(existsSync(path), `schemas/${name} is missing: run \`npm run schemas\``).toBe(true);
    const committed = readFileSync(path, "utf8");
    const generated = JSON.stringify(schema, null, 2) + "\n";
    // Compare as data first for a readable diff, then byte for byte (key order, indentation, final newline).
    expect(JSON.parse(committed), hint).toStrictEqual(JSON.parse(generated));
    expect(committed === generated, hint).toBe(true);
  });

  it("has no schema file the model does not generate", () => {
    const generated = new Set(files.map(([name]) => name));
    const stale = readdirSync(dir).filter((name) => name.endsWith(".json") && !generated.has(name));
    expect(stale, "schemas/ holds files schemaFiles() no longer generates: delete them or run `npm run schemas`").toEqual([]);
  });
});

describe("the compiled claim-set validator", () => {
  it.each([
    ["src/model/claim-set-validator.generated.js", claimSetValidatorSource],
    ["src/model/claim-set-validator.generated.d.ts", () => CLAIM_SET_VALIDATOR_TYPES],
  ])("%s matches the claim-set schema byte for byte", (file, generate) => {
    const committed = readFileSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), "utf8");
    expect(committed === generate(), `${file} is out of date with src/model: run \`npm run schemas\` and commit the result`).toBe(true);
  });
});
