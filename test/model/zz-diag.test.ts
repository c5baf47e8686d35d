import fc from "fast-check";
import { it } from "vitest";
import { claimSetShape } from "../../src/model/claim-set.js";
import { claimSetDocument } from "./arbitraries.js";
it("diag", () => {
  const counts = new Map<string, number>();
  let ok = 0;
  for (const d of fc.sample(claimSetDocument, { numRuns: 500, seed: 7 })) {
    const r = claimSetShape.safeParse(d);
    if (r.success) { ok++; continue; }
    for (const i of r.error.issues) { const k = i.code + " " + i.path.filter(p => typeof p === "string").join("/"); counts.set(k, (counts.get(k) ?? 0) + 1); }
  }
  console.log(ok, [...counts].sort((a, b) => b[1] - a[1]).slice(0, 20));
});
