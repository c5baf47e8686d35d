// Nothing but the setup module registers the matchers in this file.
import { describe, expect, it } from "vitest";
import "../../src/vitest/setup.js";
import * as setup from "../../src/vitest/setup.js";
import * as entry from "../../src/vitest/index.js";

const claims = {
  claims: [
    { id: "a", subject: "s", property: "p", value: 2, source: "x", published: "2025-01-01" },
    { id: "b", subject: "s", property: "p", value: 9, source: "y", published: "2025-01-01" },
  ],
};

describe("corroborate/vitest/setup", () => {
  it("registers the three matchers with expect", () => {
    expect(claims).not.toBeConsistent();
    expect(claims).toHaveConflict({ rule: "conflicting-values", claims: ["a", "b"] });
    expect(claims).not.toHaveClaimsAgreeing(["a", "b"]);
    expect(() => expect(claims).toBeConsistent()).toThrow(/claims: a, b/);
  });

  it("exports what corroborate/vitest exports", () => {
    expect(Object.keys(setup).sort()).toEqual(Object.keys(entry).sort());
    expect(Object.keys(entry.matchers).sort()).toEqual(["toBeConsistent", "toHaveClaimsAgreeing", "toHaveConflict"]);
  });
});
