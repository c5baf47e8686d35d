/**
 * JSON Schemas generated from the zod model, for editors (hover help,
 * completion) and for validating claim sets in other languages.
 */
import * as z from "zod";
import { claimSetShape } from "./claim-set.js";
import { configSchema, reportSchema } from "./report.js";
import { lexiconSchema } from "../extract/lexicon.js";

/**
 * The `$id` of the claim-set schema: the package's own file on the npm CDN.
 *
 * @example
 * const claimSet = { $schema: CLAIM_SET_SCHEMA_ID, claims: [] };
 */
export const CLAIM_SET_SCHEMA_ID = "https://unpkg.com/corroborate/schemas/claim-set.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a claim set. It checks the shape;
 * `parseClaimSet` also checks what a schema cannot say: unique ids, values read
 * against their property's type, real calendar dates.
 *
 * @example
 * import { claimSetJsonSchema } from "corroborate";
 * fs.writeFileSync("claim-set.schema.json", JSON.stringify(claimSetJsonSchema(), null, 2));
 */
export function claimSetJsonSchema(): Record<string, unknown> {
  return withId(z.toJSONSchema(claimSetShape, { target: "draft-2020-12", io: "input" }), CLAIM_SET_SCHEMA_ID);
}

/**
 * The `$id` of the report schema.
 *
 * @example
 * const ajv = new Ajv2020(); ajv.addSchema(reportJsonSchema()); ajv.validate(REPORT_SCHEMA_ID, report);
 */
export const REPORT_SCHEMA_ID = "https://unpkg.com/corroborate/schemas/report.schema.json";

/**
 * The JSON Schema (draft 2020-12) of the report that `check` returns and
 * `corroborate check --format json` prints.
 *
 * @example
 * fs.writeFileSync("report.schema.json", JSON.stringify(reportJsonSchema(), null, 2));
 */
export function reportJsonSchema(): Record<string, unknown> {
  return withId(z.toJSONSchema(reportSchema, { target: "draft-2020-12", io: "output" }), REPORT_SCHEMA_ID);
}

/**
 * The JSON Schema of a `--config` file: `rules` and `properties`.
 *
 * @example
 * const config = { $schema: CONFIG_SCHEMA_ID, rules: { "value-changed": "off" } };
 */
export const CONFIG_SCHEMA_ID = "https://unpkg.com/corroborate/schemas/config.schema.json";

function configJsonSchema(): Record<string, unknown> {
  return withId(z.toJSONSchema(configSchema, { target: "draft-2020-12", io: "input" }), CONFIG_SCHEMA_ID);
}

/**
 * The `$id` of the schema of an extraction lexicon (docs/extract.md).
 *
 * @example
 * const lexicon = { $schema: LEXICON_SCHEMA_ID, properties: [{ id: "troop-count", type: "quantity", units: ["troops"] }] };
 */
export const LEXICON_SCHEMA_ID = "https://unpkg.com/corroborate/schemas/lexicon.schema.json";

/** The lexicon's shape; `parseLexicon` also refuses blank words, which the schema cannot say. */
function lexiconJsonSchema(): Record<string, unknown> {
  return withId(z.toJSONSchema(lexiconSchema, { target: "draft-2020-12", io: "input" }), LEXICON_SCHEMA_ID);
}

function withId(generated: unknown, id: string): Record<string, unknown> {
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return { $schema, $id: id, ...rest };
}

/** The committed schema files, by file name in `schemas/`. @internal */
export function schemaFiles(): Record<string, Record<string, unknown>> {
  return {
    "claim-set.schema.json": claimSetJsonSchema(),
    "report.schema.json": reportJsonSchema(),
    "config.schema.json": configJsonSchema(),
    "lexicon.schema.json": lexiconJsonSchema(),
  };
}
