import type { ClaimSet } from "../model/claim-set.js";
import type { Report } from "../model/report.js";

/** What a formatter may use besides the report. */
export interface FormatContext {
  /** The checked claim set, for quotes, sources' names and URLs. */
  claimSet?: ClaimSet;
  /** Use ANSI colours (text format; a terminal that wants them). */
  color?: boolean;
  /** The input's name, for headings. */
  file?: string;
}

/** A formatter: a pure function from a report to text, ESLint-style. */
export type Formatter = (report: Report, context?: FormatContext) => string;
