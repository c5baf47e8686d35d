// The floor of `corroborate check FILE`: what any tool must do to check a JSON
// claim set — read the file and JSON.parse it — and nothing else. `run.ts`
// spawns it (like the CLI: a fresh Node process) right before each CLI run.
// Prints one JSON line: the time of each step inside the process and its peak memory.
import { readFileSync } from "node:fs";

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node bench/floor.mjs FILE\n");
  process.exit(2);
}
const t0 = performance.now();
const text = readFileSync(file, "utf8");
const t1 = performance.now();
const data = JSON.parse(text);
const t2 = performance.now();
process.stdout.write(
  `${JSON.stringify({
    readMs: t1 - t0,
    parseMs: t2 - t1,
    totalMs: t2 - t0,
    maxRssKiB: process.resourceUsage().maxRSS,
    claims: Array.isArray(data?.claims) ? data.claims.length : null,
  })}\n`,
);
