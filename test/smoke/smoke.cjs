// Plain Node, no test runner: the built CommonJS entry works through require().
const assert = require("node:assert/strict");
const corroborate = require("corroborate");

assert.equal(typeof corroborate.parseClaimSet, "function");
const result = corroborate.safeParseClaimSet('{"claims":[{"id":"a","subject":"s","property":"p","value":"2025-02-30","source":"x"}]}');
assert.equal(result.success, false);
assert.match(result.error.issues[0].message, /February 2025 has 28 days/);
assert.ok(result.error instanceof corroborate.ClaimSetError);
assert.equal(corroborate.parseDate("2026-Q4").value.interval.end, "2026-12-31");
assert.equal(corroborate.VERSION, require("corroborate/package.json").version);
const report = corroborate.check('{"id":"a","subject":"s","property":"p","value":2,"source":"x","published":"2025-01-01"}\n{"id":"b","subject":"s","property":"p","value":9,"source":"y","published":"2025-01-01"}');
assert.equal(report.summary.errors, 1);
assert.match(corroborate.formatText(report), /conflicting-values/);
console.log("smoke (CJS): ok");
