import type { Rule } from "../engine/rule.js";
import type { ClaimSet } from "../model/claim-set.js";
import type { Report } from "../model/report.js";

/** What a formatter may use besides the report. */
export interface FormatContext {
  /** The checked claim set, for quotes, sources' names and URLs. */
  claimSet?: ClaimSet;
  /** Use ANSI colours (text format; a terminal that wants them). */
  color?: boolean;
  /** The input's name, for headings; the SARIF format uses it as the artifact's path. */
  file?: string;
  /**
   * The 1-based line where each claim of `claimSet` starts, by index (see
   * `claimLines`): the SARIF format points results at them.
   */
  claimLines?: readonly number[];
  /** The rules that ran (built-in and custom), for the SARIF format's rule list; default: the built-in rules. */
  rules?: readonly Rule[];
}

/** A formatter: a pure function from a report to text, ESLint-style. */
export type Formatter = (report: Report, context?: FormatContext) => string;
