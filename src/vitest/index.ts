/**
 * `corroborate/vitest`: Vitest matchers for claim sets and reports.
 *
 * @example
 * // vitest.config.ts: test: { setupFiles: ["corroborate/vitest/setup"] }
 * expect(claimSet).toBeConsistent();
 * expect(claimSet).toHaveConflict({ rule: "conflicting-values", property: "end-date" });
 * expect(claimSet).toHaveClaimsAgreeing(["pentagon-syria-1400", "nyt-syria-1400"]);
 *
 * @example
 * // Or register them yourself:
 * import { expect } from "vitest";
 * import { matchers } from "corroborate/vitest";
 * expect.extend(matchers);
 */
import type { ConflictPattern, ConsistencyOptions } from "./matchers.js";

export { matchers, toBeConsistent, toHaveClaimsAgreeing, toHaveConflict } from "./matchers.js";
export type {
  ConflictPattern,
  ConflictSeverity,
  ConsistencyOptions,
  MatcherContext,
  MatcherResult,
  RuleSeverity,
} from "./matchers.js";

// (matchers.ts imports vitest's types, which the augmentation needs in the program.)
declare module "vitest" {
  interface Matchers<T = any> {
    /**
     * Passes when the claim set (or report) has no conflict at or above
     * `severity` (default `error`). A claim set is checked with `check`, with
     * `rules` if given.
     *
     * @example
     * expect(claimSet).toBeConsistent();
     * expect(claimSet).toBeConsistent({ severity: "warning", rules: { "value-changed": "off" } });
     */
    toBeConsistent(options?: ConsistencyOptions): T;
    /**
     * Passes when some conflict matches every field of the pattern; `claims`
     * must all be among the conflict's claims, `message` is text it contains
     * or a regular expression it matches.
     *
     * @example
     * expect(claimSet).toHaveConflict({ rule: "conflicting-values", property: "end-date", claims: ["a", "b"] });
     */
    toHaveConflict(pattern: ConflictPattern): T;
    /**
     * Passes when some group has a position that holds all these claims:
     * they are about the same thing and their values agree.
     *
     * @example
     * expect(claimSet).toHaveClaimsAgreeing(["pentagon-syria-1400", "nyt-syria-1400"]);
     */
    toHaveClaimsAgreeing(ids: readonly string[]): T;
  }
}
