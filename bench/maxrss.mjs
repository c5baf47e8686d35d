// Preloaded (`node --import ./bench/maxrss.mjs …`) when /usr/bin/time is not
// available: on exit, reports the process's peak resident set size on stderr.
import { writeSync } from "node:fs";

process.on("exit", () => {
  writeSync(2, `\n__corroborate_bench_maxrss_kib=${process.resourceUsage().maxRSS}\n`);
});
