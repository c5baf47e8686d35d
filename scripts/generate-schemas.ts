/**
 * Writes the JSON Schemas in schemas/ from the zod model.
 * `npm run schemas` after changing src/model; test/schemas.test.ts fails while they differ.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { schemaFiles } from "../src/model/json-schema.js";

for (const [name, schema] of Object.entries(schemaFiles())) {
  const path = fileURLToPath(new URL(`../schemas/${name}`, import.meta.url));
  writeFileSync(path, JSON.stringify(schema, null, 2) + "\n");
  console.log(`wrote schemas/${name}`);
}
