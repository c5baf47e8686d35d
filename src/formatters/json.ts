import type { Formatter } from "./types.js";

/**
 * The report as JSON, two-space indented, ending in a newline: byte-identical
 * for the same input.
 *
 * @example
 * process.stdout.write(formatJson(check(claimSet)));
 */
export const formatJson: Formatter = (report) => JSON.stringify(report, null, 2) + "\n";
