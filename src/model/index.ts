export * from "./claim-set.js";
export * from "./issues.js";
export * from "./properties.js";
export * from "./parse.js";
export * from "./json-schema.js";
