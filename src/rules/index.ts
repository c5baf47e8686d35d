/** The built-in rules, by id (DESIGN §4). */
import type { Rule } from "../engine/rule.js";
import { ambiguousScope } from "./ambiguous-scope.js";
import { conflictingValues } from "./conflicting-values.js";
import { containment } from "./containment.js";
import { cumulativeDecrease } from "./cumulative-decrease.js";
import { deniedClaim } from "./denied-claim.js";
import { outdatedValue } from "./outdated-value.js";
import { rapidChange } from "./rapid-change.js";
import { selfContradiction } from "./self-contradiction.js";
import { undatedConflict } from "./undated-conflict.js";
import { valueChanged } from "./value-changed.js";

/**
 * Every built-in rule, in the order of DESIGN §4.
 *
 * @example
 * for (const rule of builtinRules) console.log(rule.meta.id, rule.meta.severity, rule.meta.docs.url);
 */
export const builtinRules: readonly Rule[] = [
  conflictingValues,
  selfContradiction,
  rapidChange,
  cumulativeDecrease,
  undatedConflict,
  deniedClaim,
  outdatedValue,
  ambiguousScope,
  containment,
  valueChanged,
];

export {
  ambiguousScope,
  conflictingValues,
  containment,
  cumulativeDecrease,
  deniedClaim,
  outdatedValue,
  rapidChange,
  selfContradiction,
  undatedConflict,
  valueChanged,
};
