import fc from "fast-check";
import { it } from "vitest";
import { safeParseClaimSet } from "../../src/index.js";
import { anyDocument, wellShapedDocument } from "./arbitraries.js";
it("diag", () => {
  for (const arb of [anyDocument, wellShapedDocument]) {
  const counts = new Map<string, number>();
  let ok = 0;
  for (const d of fc.sample(arb, { numRuns: 1000, seed: 7 })) {
    const r = safeParseClaimSet(d);
    if (r.success) { ok++; continue; }
    for (const i of r.error.issues) { const k = i.code + " " + i.path.replace(/\d+/g, "#"); counts.set(k, (counts.get(k) ?? 0) + 1); }
  }
  console.log(ok, [...counts].sort((a, b) => b[1] - a[1]).slice(0, 25));
  }
});
