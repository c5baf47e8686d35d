#!/usr/bin/env bash
# The packed package, as a newsroom installs it: `npm pack` the built dist/ into
# a temporary directory, check the ESM-only `corroborate/vitest` subpaths with
# attw, install the tarball and Vitest into a fresh ESM project, run an
# editorial test that uses `setupFiles: ["corroborate/vitest/setup"]`, type-check
# it, and import and require `corroborate` from plain Node.
#
# Run by `npm run test:package` after `npm run build`; needs the npm registry
# (for vitest). Set KEEP_TARBALL_PROJECT=1 to keep the temporary project.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="$root/node_modules/.bin"
work="$(mktemp -d "${TMPDIR:-/tmp}/corroborate-tarball.XXXXXX")"
cleanup() {
  if [[ "${KEEP_TARBALL_PROJECT:-}" == 1 ]]; then echo "tarball: project kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

step() { printf '\ntarball: %s\n' "$*"; }

for file in dist/index.js dist/index.cjs dist/vitest/index.js dist/vitest/index.d.ts dist/vitest/setup.js dist/vitest/setup.d.ts; do
  if [[ ! -f "$root/$file" ]]; then
    echo "tarball: $file is missing; run npm run build first" >&2
    exit 1
  fi
done

step "npm pack (the dist/ just built; no prepack rebuild)"
tarball_name="$(cd "$root" && npm pack --ignore-scripts --silent --pack-destination "$work" | tail -n 1)"
tarball="$work/$tarball_name"
contents="$(tar -tzf "$tarball")"
for file in dist/vitest/index.js dist/vitest/index.d.ts dist/vitest/setup.js dist/vitest/setup.d.ts; do
  grep -qx "package/$file" <<<"$contents" || { echo "tarball: $file is not in $tarball_name" >&2; exit 1; }
done
if grep -q '\.map$' <<<"$contents"; then echo "tarball: source maps are packed (tsup.config.ts builds none)" >&2; exit 1; fi
# The executable imports the ES module build's engine rather than bundling a copy of it: one ES module file
# of dist/ has the engine (marked by a message of its configure()).
copies="$(grep -l 'two rules have the id' "$root"/dist/*.js | wc -l)"
if [[ "$copies" -ne 1 ]]; then echo "tarball: the engine is in $copies ES module files of dist/, not 1" >&2; exit 1; fi
echo "$tarball_name"

# The main entry is checked by `attw --pack .` in test:package (every profile).
# corroborate/vitest is ESM-only by design (Vitest is ESM-only): under node10
# resolution a subpath export cannot resolve at all, and from CommonJS under
# node16 it resolves to ESM (cjs-resolves-to-esm). Every other rule still applies.
step "attw: corroborate/vitest and corroborate/vitest/setup (ESM only)"
"$bin/attw" "$tarball" --format table-flipped --no-color --profile node16 --ignore-rules cjs-resolves-to-esm \
  --entrypoints ./vitest ./vitest/setup

step "a fresh project with the tarball and vitest"
project="$work/project"
mkdir "$project"
cd "$project"
npm init -y >/dev/null
npm pkg set type=module
npm install "$tarball" vitest@4.1.11 --no-audit --no-fund --prefer-offline --loglevel=error

cat >claims.json <<'JSON'
{
  "sources": [
    { "id": "pentagon", "name": "US Department of Defense", "kind": "official" },
    { "id": "ledger", "name": "The Ledger", "kind": "outlet" },
    { "id": "courier", "name": "The Courier", "kind": "outlet" }
  ],
  "entities": [
    { "id": "us-forces", "labels": ["US forces"] },
    { "id": "syria", "labels": ["Syria"] }
  ],
  "properties": [{ "id": "troop-count", "type": "quantity", "unit": "troops", "temporal": "state" }],
  "claims": [
    { "id": "pentagon-1400", "subject": "us-forces", "property": "troop-count", "scope": { "location": "Syria" },
      "value": "~1400", "source": "pentagon", "published": "2025-04-20" },
    { "id": "ledger-1400", "subject": "US forces", "property": "troop-count", "scope": { "location": "syria" },
      "value": "1,400", "source": "ledger", "published": "2025-04-20" },
    { "id": "courier-900", "subject": "us-forces", "property": "troop-count", "scope": { "location": "Syria" },
      "value": "~900", "source": "courier", "published": "2025-04-20" }
  ]
}
JSON

cat >vitest.config.ts <<'TS'
import { defineConfig } from "vitest/config";

export default defineConfig({ test: { setupFiles: ["corroborate/vitest/setup"] } });
TS

# The matchers' types: one line anywhere in the project's program.
cat >corroborate.d.ts <<'TS'
/// <reference types="corroborate/vitest" />
TS

cat >story.test.ts <<'TS'
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check } from "corroborate";

const story = readFileSync(new URL("./claims.json", import.meta.url), "utf8");
const agreeing = JSON.parse(story);
agreeing.claims = agreeing.claims.filter((claim: { id: string }) => claim.id !== "courier-900");

describe("a story checked with corroborate/vitest from the packed tarball", () => {
  it("passes toBeConsistent without the outlier", () => {
    expect(agreeing).toBeConsistent();
  });

  it("has the outlier's conflict (.not.toBeConsistent), as the text formatter prints it", () => {
    expect(story).not.toBeConsistent();
    expect(() => expect(story).toBeConsistent()).toThrow(/error {4}Sources disagree on US forces: troop count .*conflicting-values/);
    expect(() => expect(story).toBeConsistent()).toThrow(/claims: courier-900, ledger-1400, pentagon-1400/);
  });

  it("finds the conflict and the agreement, in a claim set and in a report", () => {
    expect(story).toHaveConflict({ rule: "conflicting-values", subject: "US forces", scope: { location: "Syria" }, claims: ["courier-900"] });
    expect(check(story)).toHaveClaimsAgreeing(["pentagon-1400", "ledger-1400"]);
    expect(story).not.toHaveClaimsAgreeing(["pentagon-1400", "courier-900"]);
    // @ts-expect-error: the matchers are typed (no such severity)
    expect(() => expect(story).toBeConsistent({ severity: "fatal" })).toThrow(TypeError);
  });
});
TS

cat >tsconfig.json <<'JSON'
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "strict": true,
    "skipLibCheck": true,
    "noEmit": true,
    "types": []
  },
  "include": ["*.ts"]
}
JSON

step "npx vitest run (setupFiles: corroborate/vitest/setup)"
npx vitest run --reporter=verbose

step "type check (the matchers' types from corroborate/vitest)"
# @types/node comes from the repository: only vitest is installed in the project.
node "$root/node_modules/typescript/bin/tsc" -p . --typeRoots "$root/node_modules/@types" --types node

step "plain Node: import and require corroborate, import corroborate/vitest"
node --input-type=module -e '
import assert from "node:assert/strict";
import { check, ClaimSetError } from "corroborate";
import { matchers } from "corroborate/vitest";
import { readFileSync } from "node:fs";
const report = check(readFileSync("claims.json", "utf8"));
assert.deepEqual(report.conflicts.map((conflict) => conflict.rule), ["conflicting-values"]);
assert.deepEqual(Object.keys(matchers).sort(), ["toBeConsistent", "toHaveClaimsAgreeing", "toHaveConflict"]);
const result = matchers.toBeConsistent.call({ isNot: false }, report);
assert.equal(result.pass, false);
assert.match(result.message(), /claims: courier-900, ledger-1400, pentagon-1400/);
assert.throws(() => matchers.toBeConsistent.call({ isNot: false }, "{"), ClaimSetError); // one ClaimSetError: the subpath uses the main entry
console.log("import: ok");
'
node -e '
const assert = require("node:assert/strict");
const corroborate = require("corroborate");
const report = corroborate.check(require("fs").readFileSync("claims.json", "utf8"));
assert.equal(report.summary.errors, 1);
assert.equal(corroborate.VERSION, require("corroborate/package.json").version);
assert.throws(() => require("corroborate/vitest"), { code: "ERR_PACKAGE_PATH_NOT_EXPORTED" }); // ESM only
console.log("require: ok");
'

step "ok"
