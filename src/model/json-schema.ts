/**
 * JSON Schemas generated from the zod model, for editors (hover help,
 * completion) and for validating claim sets in other languages.
 */
import * as z from "zod";
import { claimSetShape } from "./claim-set.js";

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
  const generated = z.toJSONSchema(claimSetShape, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: CLAIM_SET_SCHEMA_ID, ...rest };
}

/** The committed schema files, by file name in `schemas/`. */
export function schemaFiles(): Record<string, Record<string, unknown>> {
  return { "claim-set.schema.json": claimSetJsonSchema() };
}
