/**
 * Writes the JSON Schemas in schemas/ from the zod model, and the standalone
 * claim-set validator compiled from the claim-set schema.
 * `npm run schemas` after changing src/model; test/schemas.test.ts fails while they differ.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { schemaFiles } from "../src/model/json-schema.js";
import { CLAIM_SET_VALIDATOR_TYPES, claimSetValidatorSource } from "./claim-set-validator.js";

const write = (relative: string, text: string) => {
  writeFileSync(fileURLToPath(new URL(`../${relative}`, import.meta.url)), text);
  console.log(`wrote ${relative}`);
};

for (const [name, schema] of Object.entries(schemaFiles())) write(`schemas/${name}`, JSON.stringify(schema, null, 2) + "\n");
write("src/model/claim-set-validator.generated.js", claimSetValidatorSource());
write("src/model/claim-set-validator.generated.d.ts", CLAIM_SET_VALIDATOR_TYPES);
