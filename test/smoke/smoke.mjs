// Plain Node, no test runner: the built ESM entry and the executable work as users get them.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import * as corroborate from "corroborate";

const claims = { claims: [{ id: "a", subject: "us-forces", property: "troop-count", value: "~900", source: "infoplus" }] };
assert.deepEqual(corroborate.parseClaimSet(JSON.stringify(claims)), claims);
const bad = corroborate.safeParseClaimSet({
  properties: [{ id: "troop-count", type: "quantity" }],
  claims: [{ ...claims.claims[0], value: "about nine hundred" }],
});
assert.equal(bad.success, false);
assert.ok(bad.error instanceof corroborate.ClaimSetError);
assert.equal(bad.error.issues[0].path, "/claims/0/value");
assert.deepEqual(corroborate.parseQuantity("~1400").value.interval, { min: 1260, max: 1540, minExclusive: false, maxExclusive: false });
assert.equal(corroborate.normalizeLabel("قاعدة عَيْن الأسد"), "قاعده عين الاسد");

const require = createRequire(import.meta.url);
const pkg = require("corroborate/package.json");
assert.equal(corroborate.VERSION, pkg.version);
const schema = require("corroborate/schemas/claim-set.schema.json");
assert.equal(schema.$id, corroborate.CLAIM_SET_SCHEMA_ID);

const bin = new URL("../../dist/cli.js", import.meta.url).pathname;
assert.equal(execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" }), `${pkg.version}\n`);
const invalid = spawnSync(process.execPath, [bin, "validate", "-"], { input: '{"claims":[{"id":1}]}', encoding: "utf8" });
assert.equal(invalid.status, 2);
assert.match(invalid.stderr, /^<stdin>: \/claims\/0\/id: must be text, not 1$/m);
console.log("smoke (ESM): ok");
