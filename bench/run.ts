/**
 * The benchmarks of corroborate (`npm run bench`; not part of `npm test`).
 *
 * For each size (10k, 100k and 1M claims by default; `--sizes 10000,100000`
 * to choose) it generates a claim set (bench/generate.ts) into a temporary
 * directory, then measures, one process at a time:
 *
 * - in a fresh Node process (bench/measure.ts) with the built library:
 *   `parseClaimSet` on the JSON text, `check` on the parsed object, and a
 *   session (`createSession`, then `apply` of a one-claim `replace`);
 * - the CLI, `node dist/cli.js check FILE --format json --output /dev/null`,
 *   wall time and peak memory (`/usr/bin/time -v`), each run right after the
 *   floor, `node bench/floor.mjs FILE` (read the file and JSON.parse it);
 *
 * then `check` of one group of 100 000 claims (after groups of 10 000 and
 * 20 000, which warm the code up and show the growth), prints
 * a table and the targets, and writes bench/results.json. Timings are the
 * median of 3 runs (after a warm-up for the in-process ones) up to 100k
 * claims, 1 run for larger sizes, except the CLI and its floor: the median
 * of 3 alternating runs at every size, since the ratio of the two is a target.
 *
 *   npm run bench -- --sizes 10000,100000
 *   tsx bench/run.ts [--sizes …] [--seed 1] [--skip-big-group] [--group-sizes 10000,20000,100000]
 *                   [--out bench/results.json] [--no-time]
 *   tsx bench/run.ts --from bench/results.json     # print a saved run's table again
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeClaimSet } from "./generate.js";
import { median } from "./measure.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const MiB = 2 ** 20;
const KiB_PER_MiB = 1024;

// ---------------------------------------------------------------------------
// Children

interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** The last 64 KiB of standard error. */
  stderr: string;
  wallMs: number;
  /** When it ended (Date.now()). */
  endedAt: number;
  timedOut: boolean;
}

/**
 * Runs a command in its own process group and waits for it. With `echo`, its
 * standard error is shown as it comes (progress). After `timeoutMs`, the
 * group (the child and anything it started) is killed.
 */
function runChild(command: string, args: string[], options: { echo?: boolean; timeoutMs?: number } = {}): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      if (options.echo) process.stderr.write(chunk);
      stderr = (stderr + chunk).slice(-65536);
    });
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            try {
              process.kill(-child.pid!, "SIGKILL");
            } catch {
              // Already gone.
            }
          }, options.timeoutMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, wallMs: performance.now() - started, endedAt: Date.now(), timedOut });
    });
  });
}

/** Why a child did not give a result, in a few words. */
function failure(result: ChildResult): string {
  const seconds = (result.wallMs / 1000).toFixed(0);
  if (result.timedOut) return `timed out after ${seconds} s`;
  if (/heap out of memory|Allocation failed/i.test(result.stderr)) return `ran out of memory after ${seconds} s`;
  const last = result.stderr.trim().split("\n").slice(-3).join(" | ");
  return `exited with ${result.signal ?? `code ${result.code}`} after ${seconds} s${last ? `: ${last}` : ""}`;
}

const TIME = "/usr/bin/time";
let useTime = existsSync(TIME);

/** Runs `node ARGS` for a measurement: wall time, peak memory (KiB), exit status. */
async function timedNode(args: string[], timeoutMs: number): Promise<ChildResult & { maxRssKiB: number | null }> {
  const result = useTime
    ? await runChild(TIME, ["-v", process.execPath, ...args], { timeoutMs })
    : await runChild(process.execPath, ["--import", "./bench/maxrss.mjs", ...args], { timeoutMs });
  const match = useTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)
    : /__corroborate_bench_maxrss_kib=(\d+)/.exec(result.stderr);
  return { ...result, maxRssKiB: match ? Number(match[1]) : null };
}

// ---------------------------------------------------------------------------
// Measurements

interface Series {
  runs: number[];
  median: number;
}
const series = (runs: number[]): Series => ({ runs, median: median(runs) });

interface LibraryResult {
  claims: number;
  summary: Record<string, number>;
  parse: Series;
  check: Series;
  session: { createMs: number; patchedClaim: number; property: string; apply: Series; conflictChanges: number };
  heapUsedMiB: number;
}

interface CliResult {
  /** Wall time of `node dist/cli.js check …`, ms. */
  cli: Series;
  /** Wall time of `node bench/floor.mjs FILE`, ms. */
  floor: Series;
  /** Inside the floor process: read and JSON.parse, ms (medians). */
  floorInside: { readMs: number; parseMs: number };
  ratio: number;
  cliMaxRssMiB: number | null;
  floorMaxRssMiB: number | null;
  exitCode: number | null;
}

interface SizeResult {
  claims: number;
  fileMiB: number;
  generateMs: number;
  runs: number;
  library: LibraryResult | { error: string };
  cli: CliResult | { error: string };
}

interface GroupResult {
  size: number;
  summary?: Record<string, number>;
  check?: Series;
  conflictClaimRefs?: number;
  reportMiB?: number | null;
  error?: string;
}

const parseResults = <T>(stdout: string): T[] =>
  stdout
    .split("\n")
    .filter((line) => line.startsWith("RESULT "))
    .map((line) => JSON.parse(line.slice(7)) as T);

/** Runs of the CLI and its floor at every size: single runs of the same build vary by ±10 %. */
const CLI_RUNS = 3;
const WORKER_HEAP_MiB = Math.max(4096, Math.min(16384, Math.floor((os.totalmem() / MiB) * 0.6)));
/** Node arguments of a measure.ts worker; `heap` false keeps Node's default heap limit. */
const workerArgs = (script: string, args: string[], heap = true) => [
  "--import",
  "tsx",
  "--expose-gc",
  ...(heap ? [`--max-old-space-size=${WORKER_HEAP_MiB}`] : []),
  script,
  ...args,
];

async function measureSize(claims: number, seed: number, dir: string): Promise<SizeResult> {
  const runs = claims <= 100_000 ? 3 : 1;
  const file = join(dir, `claims-${claims}.json`);
  progress(`${label(claims)}: generating ${file}`);
  let started = performance.now();
  writeClaimSet(file, { claims, seed });
  const generateMs = performance.now() - started;
  const fileMiB = statSync(file).size / MiB;
  progress(`${label(claims)}: ${fileMiB.toFixed(1)} MiB in ${(generateMs / 1000).toFixed(1)} s`);

  // The library, in a process of its own.
  progress(`${label(claims)}: library (parseClaimSet, check, session)`);
  const libArgs = ["lib", "--file", file, "--runs", String(runs), ...(claims <= 100_000 ? ["--warmup"] : [])];
  const lib = await runChild(process.execPath, workerArgs("bench/measure.ts", libArgs), { echo: true, timeoutMs: 90 * 60_000 });
  const libResult = parseResults<LibraryResult>(lib.stdout)[0];
  const library = libResult ?? { error: failure(lib) };

  // The CLI and its floor, alternately, one process at a time.
  progress(`${label(claims)}: CLI check and floor (read + JSON.parse)`);
  const cliTimes: number[] = [];
  const floorTimes: number[] = [];
  const inside: { readMs: number; parseMs: number }[] = [];
  let cliRss = 0;
  let floorRss = 0;
  let error: string | undefined;
  let exitCode: number | null = null;
  started = performance.now();
  for (let run = 0; run < CLI_RUNS; run++) {
    const floor = await timedNode(["bench/floor.mjs", file], 30 * 60_000);
    if (floor.code !== 0) {
      error = `floor: ${failure(floor)}`;
      break;
    }
    const line = JSON.parse(floor.stdout.trim().split("\n").pop()!) as { readMs: number; parseMs: number };
    inside.push(line);
    floorTimes.push(floor.wallMs);
    floorRss = Math.max(floorRss, floor.maxRssKiB ?? 0);
    const run_ = await timedNode(["dist/cli.js", "check", file, "--format", "json", "--output", "/dev/null"], 60 * 60_000);
    // 0: no errors; 1: conflicts at or above "error" (expected here). Anything else is a failure.
    if (run_.code !== 0 && run_.code !== 1) {
      error = failure(run_);
      cliRss = Math.max(cliRss, run_.maxRssKiB ?? 0);
      break;
    }
    exitCode = run_.code;
    cliTimes.push(run_.wallMs);
    cliRss = Math.max(cliRss, run_.maxRssKiB ?? 0);
    progress(
      `${label(claims)}: run ${run + 1}/${CLI_RUNS}: CLI ${(run_.wallMs / 1000).toFixed(3)} s (${(cliRss / KiB_PER_MiB).toFixed(0)} MiB), ` +
        `floor ${(floor.wallMs / 1000).toFixed(3)} s`,
    );
  }
  let cli: CliResult | { error: string };
  if (error === undefined) {
    const cliSeries = series(cliTimes);
    const floorSeries = series(floorTimes);
    cli = {
      cli: cliSeries,
      floor: floorSeries,
      floorInside: { readMs: median(inside.map((i) => i.readMs)), parseMs: median(inside.map((i) => i.parseMs)) },
      ratio: cliSeries.median / floorSeries.median,
      cliMaxRssMiB: cliRss ? cliRss / KiB_PER_MiB : null,
      floorMaxRssMiB: floorRss ? floorRss / KiB_PER_MiB : null,
      exitCode,
    };
  } else {
    cli = { error: cliRss ? `${error} (peak ${(cliRss / KiB_PER_MiB).toFixed(0)} MiB)` : error };
  }
  rmSync(file, { force: true });
  return { claims, fileMiB, generateMs, runs, library, cli };
}

async function measureBigGroup(seed: number, sizes: number[]): Promise<GroupResult[]> {
  progress(`one group: check of groups of ${sizes.join(", ")} claims`);
  const args = ["group", "--sizes", sizes.join(","), "--seed", String(seed), "--runs", "3", "--warmup", "--budget", "60"];
  // Node's default heap limit, as a user of the library would have it; a group that needs more fails.
  const child = await runChild(process.execPath, workerArgs("bench/measure.ts", args, false), { echo: true, timeoutMs: 15 * 60_000 });
  const results = parseResults<GroupResult>(child.stdout);
  const started = new Map(
    [...child.stdout.matchAll(/^START (\d+) (\d+)$/gm)].map((match) => [Number(match[1]), Number(match[2])] as const),
  );
  for (const size of sizes.slice(results.length)) {
    // The time this size ran (from its start inside the worker), not the worker's whole life.
    const since = started.get(size);
    const error = since === undefined ? failure(child) : failure({ ...child, wallMs: child.endedAt - since });
    results.push({ size, error });
  }
  return results;
}

// ---------------------------------------------------------------------------
// Report

const label = (n: number) => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n));
const progress = (text: string) => process.stderr.write(`[bench] ${text}\n`);
const seconds = (ms: number | undefined) => (ms === undefined ? "—" : `${(ms / 1000).toFixed(3)} s`);
const ok = <T extends object>(value: T | { error: string }): value is T => !("error" in value);

interface Target {
  id: string;
  description: string;
  limit: string;
  measured: string;
  status: "PASS" | "FAIL" | "NOT MEASURED";
  /** measured / limit: above 1 fails. */
  factor: number | null;
}

function targets(results: Map<number, SizeResult>, groups: GroupResult[]): Target[] {
  const M = results.get(1_000_000);
  const K = results.get(100_000);
  const out: Target[] = [];
  const add = (id: string, description: string, limit: number, unit: string, value: number | null | undefined, why?: string) => {
    const fmt = (x: number) => (unit === "×" ? `${x.toFixed(2)}×` : unit === "%" ? `${x.toFixed(2)} %` : `${x.toFixed(unit === "s" ? 3 : 0)} ${unit}`);
    if (value === null || value === undefined) {
      out.push({ id, description, limit: fmt(limit), measured: why ?? "not measured", status: why ? "FAIL" : "NOT MEASURED", factor: null });
    } else {
      out.push({ id, description, limit: fmt(limit), measured: fmt(value), status: value <= limit ? "PASS" : "FAIL", factor: value / limit });
    }
  };
  const cli1M = M && ok(M.cli) ? M.cli : undefined;
  const lib1M = M && ok(M.library) ? M.library : undefined;
  const cli100k = K && ok(K.cli) ? K.cli : undefined;
  const lib100k = K && ok(K.library) ? K.library : undefined;
  const err = (r: SizeResult | undefined, key: "cli" | "library") => (r && !ok(r[key]) ? `failed: ${r[key].error}` : undefined);

  add("cli-floor-1M", "CLI check of 1M claims, as a multiple of read + JSON.parse (both wall time of a fresh node)", 4, "×", cli1M?.ratio, err(M, "cli"));
  add(
    "growth-check",
    "check (object input): time(1M) / time(100k)",
    12,
    "×",
    lib1M && lib100k ? lib1M.check.median / lib100k.check.median : undefined,
    err(M, "library") ?? err(K, "library"),
  );
  add(
    "growth-cli",
    "CLI check: time(1M) / time(100k)",
    12,
    "×",
    cli1M && cli100k ? cli1M.cli.median / cli100k.cli.median : undefined,
    err(M, "cli") ?? err(K, "cli"),
  );
  const big = groups.find((g) => g.size === 100_000);
  add("big-group", "check of one group of 100 000 claims", 2, "s", big?.check ? big.check.median / 1000 : undefined, big?.error ? `failed: ${big.error}` : undefined);
  add(
    "session-patch-1M",
    "session.apply of a one-claim replace on a 1M-claim session, as a share of a full check",
    1,
    "%",
    lib1M ? (lib1M.session.apply.median / lib1M.check.median) * 100 : undefined,
    err(M, "library"),
  );
  add(
    "peak-memory-1M",
    "peak resident memory of the CLI check of 1M claims (2 GB = 2048 MiB)",
    2048,
    "MiB",
    cli1M?.cliMaxRssMiB,
    M && !ok(M.cli) ? `failed: ${M.cli.error}` : undefined,
  );
  return out;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows
    .map((row, r) => {
      const line = row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
      return r === 0 ? `${line}\n${widths.map((w) => "-".repeat(w)).join("  ")}` : line;
    })
    .join("\n");
}

function render(results: SizeResult[], groups: GroupResult[], checks: Target[], machine: Record<string, unknown>): string {
  const lines: string[] = [];
  lines.push(`corroborate benchmarks — ${machine.date}`);
  lines.push(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; ${machine.os}; Node ${machine.node}; commit ${machine.commit}`);
  lines.push("");
  const header = ["", ...results.map((r) => `${label(r.claims)} claims`)];
  const cell = (r: SizeResult, f: (lib: LibraryResult) => string) => (ok(r.library) ? f(r.library) : "failed");
  const cliCell = (r: SizeResult, f: (cli: CliResult) => string) => (ok(r.cli) ? f(r.cli) : "failed");
  lines.push(
    table([
      header,
      ["file (MiB)", ...results.map((r) => r.fileMiB.toFixed(1))],
      ["runs (median of)", ...results.map((r) => String(r.runs))],
      ["check runs (median of)", ...results.map((r) => cell(r, (l) => String(l.check.runs.length)))],
      ["CLI and floor runs (median of)", ...results.map((r) => cliCell(r, (c) => String(c.cli.runs.length)))],
      ["groups / conflicts", ...results.map((r) => cell(r, (l) => `${l.summary.groups} / ${l.summary.conflicts}`))],
      ["parseClaimSet (JSON text)", ...results.map((r) => cell(r, (l) => seconds(l.parse.median)))],
      ["check (object)", ...results.map((r) => cell(r, (l) => seconds(l.check.median)))],
      ["CLI check (wall)", ...results.map((r) => cliCell(r, (c) => seconds(c.cli.median)))],
      ["floor: node read+JSON.parse (wall)", ...results.map((r) => cliCell(r, (c) => seconds(c.floor.median)))],
      ["  of which read / JSON.parse", ...results.map((r) => cliCell(r, (c) => `${seconds(c.floorInside.readMs)} / ${seconds(c.floorInside.parseMs)}`))],
      ["CLI / floor", ...results.map((r) => cliCell(r, (c) => `${c.ratio.toFixed(2)}×`))],
      ["CLI peak RSS", ...results.map((r) => cliCell(r, (c) => (c.cliMaxRssMiB === null ? "—" : `${c.cliMaxRssMiB.toFixed(0)} MiB`)))],
      ["floor peak RSS", ...results.map((r) => cliCell(r, (c) => (c.floorMaxRssMiB === null ? "—" : `${c.floorMaxRssMiB.toFixed(0)} MiB`)))],
      ["createSession", ...results.map((r) => cell(r, (l) => seconds(l.session.createMs)))],
      ["session.apply (1 replace)", ...results.map((r) => cell(r, (l) => seconds(l.session.apply.median)))],
      ["apply / check", ...results.map((r) => cell(r, (l) => `${((l.session.apply.median / l.check.median) * 100).toFixed(2)} %`))],
    ]),
  );
  for (const r of results) {
    if (!ok(r.library)) lines.push(`${label(r.claims)} library: ${r.library.error}`);
    if (!ok(r.cli)) lines.push(`${label(r.claims)} CLI: ${r.cli.error}`);
  }
  if (groups.length > 0) {
    lines.push("");
    lines.push(
      table([
        ["one group of", "check", "runs", "conflicts", "claims listed in conflicts", "report JSON"],
        ...groups.map((g) =>
          g.check
            ? [
                `${label(g.size)} claims`,
                seconds(g.check.median),
                String(g.check.runs.length),
                String(g.summary?.conflicts ?? "—"),
                String(g.conflictClaimRefs ?? "—"),
                g.reportMiB === null || g.reportMiB === undefined ? "too large" : `${g.reportMiB.toFixed(1)} MiB`,
              ]
            : [`${label(g.size)} claims`, `failed: ${g.error}`, "", "", "", ""],
        ),
      ]),
    );
  }
  lines.push("");
  lines.push(table([["target", "limit", "measured", "result"], ...checks.map((t) => [t.id, t.limit, t.measured, t.factor !== null && t.status === "FAIL" ? `FAIL (${t.factor.toFixed(2)}× the limit)` : t.status])]));
  return lines.join("\n");
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "10000,100000,1000000" },
      seed: { type: "string", default: "1" },
      out: { type: "string", default: join(root, "bench", "results.json") },
      "skip-big-group": { type: "boolean", default: false },
      "group-sizes": { type: "string", default: "10000,20000,100000" },
      "no-time": { type: "boolean", default: false },
      from: { type: "string" },
    },
    strict: true,
  });
  if (values.from !== undefined) {
    // Print the table of a saved results.json again (measures nothing).
    const saved = JSON.parse(readFileSync(values.from, "utf8")) as {
      machine: Record<string, unknown>;
      sizes: SizeResult[];
      oneGroup: GroupResult[];
    };
    const checks = targets(new Map(saved.sizes.map((r) => [r.claims, r])), saved.oneGroup);
    process.stdout.write(`${render(saved.sizes, saved.oneGroup, checks, saved.machine)}\n`);
    return;
  }
  const sizes = values.sizes.split(",").map((s) => Number(s.replaceAll("_", "")));
  if (sizes.some((n) => !Number.isSafeInteger(n) || n < 10)) throw new Error(`--sizes: whole numbers of at least 10, comma-separated (got "${values.sizes}")`);
  const seed = Number(values.seed);
  if (values["no-time"]) useTime = false;
  if (!existsSync(join(root, "dist", "cli.js"))) throw new Error("dist/cli.js is missing: run `npm run build` first (npm run bench does)");

  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    // Not a git checkout.
  }
  const cpus = os.cpus();
  const machine = {
    date: new Date().toISOString(),
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    commit,
    peakMemoryBy: useTime ? "/usr/bin/time -v (maximum resident set size)" : "process.resourceUsage().maxRSS in the child",
    workerHeapMiB: WORKER_HEAP_MiB,
  };
  progress(`${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Node ${machine.node}; sizes ${sizes.map(label).join(", ")}`);

  const dir = mkdtempSync(join(os.tmpdir(), "corroborate-bench-"));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  process.on("SIGINT", () => {
    cleanUp();
    process.exit(130);
  });
  const results: SizeResult[] = [];
  const started = performance.now();
  try {
    for (const claims of sizes) results.push(await measureSize(claims, seed, dir));
  } finally {
    cleanUp();
  }
  const groupSizes = values["group-sizes"].split(",").map((x) => Number(x.replaceAll("_", "")));
  if (groupSizes.some((n) => !Number.isSafeInteger(n) || n < 1)) throw new Error(`--group-sizes: whole numbers, comma-separated (got "${values["group-sizes"]}")`);
  const groups = values["skip-big-group"] ? [] : await measureBigGroup(seed, groupSizes.sort((a, b) => a - b));
  const checks = targets(new Map(results.map((r) => [r.claims, r])), groups);

  const text = render(results, groups, checks, machine);
  process.stdout.write(`\n${text}\n`);
  const totalMs = performance.now() - started;
  writeFileSync(
    values.out,
    `${JSON.stringify({ machine, seed, totalSeconds: Math.round(totalMs / 1000), sizes: results, oneGroup: groups, targets: checks }, null, 2)}\n`,
  );
  progress(`wrote ${values.out} (${(totalMs / 60000).toFixed(1)} min)`);
}

await main();
