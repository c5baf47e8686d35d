/**
 * `npm run demo`: checks the bundled example with the CLI from the source
 * (no build, so no build log), prints the report, writes it as an HTML page
 * and says where. The CLI's exit code 1 (the example has errors) is the
 * demo working, not failing.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { EXAMPLE_CLAIMS, EXAMPLE_REPORT } from "./example-report.js";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Runs `corroborate …` from src/ in the repository; stops the demo when it cannot run. */
function corroborate(...args: string[]): void {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/bin.ts", ...args, "--fail-on", "none"], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`corroborate ${args.join(" ")} did not finish (exit code ${run.status ?? run.signal})`);
    process.exit(1);
  }
}

corroborate("check", EXAMPLE_CLAIMS);
corroborate("check", EXAMPLE_CLAIMS, "--format", "html", "--output", EXAMPLE_REPORT);
console.log(`\nThe same report as a page: ${EXAMPLE_REPORT} (open it in a browser)`);
