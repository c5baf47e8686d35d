/**
 * How long the estimation model takes: on the Population items (when a
 * folder is given) and on synthetic claim sets generated in-process.
 *
 *   npx tsx bench/fusion/time.ts [--population <folder>] [--sizes 100000,1000000] [--runs 3]
 *
 * Times are wall time of `estimate()` alone (the items already built), the
 * median of `--runs` runs after one warm-up run on a small set, and the
 * median CPU time of the process over those runs (garbage collection on
 * other threads included); heap is `process.memoryUsage().heapUsed` right
 * after the last run. Run it on an otherwise idle machine.
 */
import { performance } from "node:perf_hooks";
import { estimate, type EstimateItem } from "../../src/estimates/index.js";
import { itemsOf } from "./items.js";
import { readPopulation } from "./population.js";
import { synthetic } from "./synthetic.js";

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(label: string, items: readonly EstimateItem[], claims: number, runs: number, sources?: Parameters<typeof estimate>[1]): string {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    estimate(items, sources);
    times.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
  }
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  const m = median(times);
  return [
    label.padEnd(34),
    String(claims).padStart(9),
    String(items.length).padStart(8),
    `${m.toFixed(3)} s`.padStart(10),
    `${((m / claims) * 1e6).toFixed(2)} µs`.padStart(11),
    `${median(cpu).toFixed(3)} s`.padStart(10),
    `${times.map((t) => t.toFixed(2)).join(", ")}`.padStart(22),
    `${heap.toFixed(0)} MiB`.padStart(9),
  ].join("  ");
}

function main(argv: string[]): void {
  const runs = Number(option(argv, "--runs") ?? 3);
  const sizes = (option(argv, "--sizes") ?? "100000,1000000").split(",").map(Number);
  const folder = option(argv, "--population");
  const lines: string[] = [];
  lines.push(`node ${process.version}; median of ${runs} runs after a warm-up`);
  lines.push(
    ["input".padEnd(34), "claims".padStart(9), "items".padStart(8), "median".padStart(10), "per claim".padStart(11), "CPU".padStart(10), "runs (s)".padStart(22), "heap".padStart(9)].join("  "),
  );
  estimate(synthetic({ items: 2000, sources: 100, seed: 99, claimsPerItem: 5 }).items); // warm-up
  if (folder) {
    const data = readPopulation(folder);
    const { items } = itemsOf(data.claimSet);
    lines.push(measure("Population, source kinds", items, data.claimSet.claims.length, runs, { sources: data.claimSet.sources }));
    lines.push(measure("Population, no kinds", items, data.claimSet.claims.length, runs));
  }
  for (const size of sizes) {
    // Ten claims per moment on average, as in the checker's benchmark claim sets; a source per hundred claims.
    const data = synthetic({ items: Math.round(size / 10), sources: Math.max(50, Math.round(size / 100)), seed: 1, claimsPerItem: 10, copiers: 0.1 });
    lines.push(measure(`synthetic, ${size} claims`, data.items, data.claims, runs));
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

main(process.argv.slice(2));
