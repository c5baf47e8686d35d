/**
 * The bundled example's HTML report, as `npm run demo` writes it to
 * examples/iraq-withdrawal/report.html (the CLI titles the page with the
 * path it was given).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { check, formatHtml, parseClaimSet } from "../src/index.js";
import type { ClaimSet, Report } from "../src/index.js";

/** The example's claim set, as `npm run demo` names it. */
export const EXAMPLE_CLAIMS = "examples/iraq-withdrawal/claims.json";
/** Where `npm run demo` writes its HTML report. */
export const EXAMPLE_REPORT = "examples/iraq-withdrawal/report.html";

/** The absolute path of a file of the repository. */
export const repositoryPath = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

/** The example's claim set, its report, and the report as HTML. */
export function renderExample(): { claimSet: ClaimSet; report: Report; html: string } {
  const claimSet = parseClaimSet(readFileSync(repositoryPath(EXAMPLE_CLAIMS), "utf8"));
  const report = check(claimSet);
  return { claimSet, report, html: formatHtml(report, { claimSet, file: EXAMPLE_CLAIMS }) };
}
