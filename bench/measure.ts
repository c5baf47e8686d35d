/**
 * The in-process measurements of one benchmark size, run by `run.ts` in a
 * fresh Node process each (so one size's garbage and JIT state never weigh on
 * another's): it loads the built library (dist/), times it, and prints one
 * line `RESULT {json}` on stdout per result. Progress goes to stderr.
 *
 *   node --import tsx --expose-gc bench/measure.ts lib --file claims.json --runs 3 --warmup
 *   node --import tsx --expose-gc bench/measure.ts group --sizes 10000,100000 --runs 3 --budget 60
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { generateClaimSet } from "./generate.js";

type Library = typeof import("../src/index.js");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

async function loadLibrary(): Promise<Library> {
  const entry = join(root, "dist", "index.js");
  if (!existsSync(entry)) throw new Error("dist/index.js is missing: run `npm run build` first (npm run bench does)");
  return (await import(pathToFileURL(entry).href)) as Library;
}

const log = (text: string) => process.stderr.write(`  ${text}\n`);

/** Collects garbage (when exposed) so that one run does not pay for the previous one's. */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Runs `fn` `runs` times (after one unrecorded run if `warmup`); returns the
 * times in ms. Once `budgetMs` is spent, no further run starts (a slow case is
 * then measured fewer times rather than for ever).
 */
function time<T>(
  label: string,
  runs: number,
  warmup: boolean,
  fn: (run: number) => T,
  after?: (result: T) => void,
  budgetMs = Infinity,
): number[] {
  const times: number[] = [];
  let spent = 0;
  for (let run = warmup ? -1 : 0; run < runs; run++) {
    if (spent > budgetMs && times.length > 0) {
      log(`${label}: ${runs - times.length} run(s) left out (over the ${(budgetMs / 1000).toFixed(0)} s budget)`);
      break;
    }
    collect();
    const started = performance.now();
    const result = fn(run);
    const ms = performance.now() - started;
    spent += ms;
    if (run >= 0) times.push(ms);
    log(`${label} ${run < 0 ? "warm-up" : `run ${run + 1}/${runs}`}: ${(ms / 1000).toFixed(3)} s`);
    after?.(result);
  }
  return times;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const series = (runs: number[]) => ({ runs, median: median(runs) });

async function measureLibrary(file: string, runs: number, warmup: boolean) {
  const lib = await loadLibrary();
  const text = readFileSync(file, "utf8");

  // parse + validate: JSON text in, typed claim set out.
  const parse = time("parseClaimSet", runs, warmup, () => lib.parseClaimSet(text));

  // check: an object (already JSON.parse'd) in, report out. Three runs at every size: the growth target is a
  // ratio of two of these medians, and a single run at 1M varies by ±10 %, as much as the target's margin.
  const claimSet = JSON.parse(text) as { claims: { property: string; value: unknown }[] };
  let summary: unknown;
  const check = time("check", Math.max(runs, 3), warmup, () => lib.check(claimSet), (report) => (summary = report.summary));

  // Session: check once, then a one-claim correction (replace one claim's value).
  collect();
  const started = performance.now();
  const session = lib.createSession(claimSet);
  const createMs = performance.now() - started;
  log(`createSession: ${(createMs / 1000).toFixed(3)} s`);
  const index = Math.floor(claimSet.claims.length / 2);
  const claim = claimSet.claims[index]!;
  const values = claim.property === "withdrawal-deadline" ? ["2027-11", "2027-12"] : ["~1230", "~1240"];
  let changes = 0;
  // A patch is cheap: at least five runs at every size, so that the median is not the first, cold one.
  const apply = time(
    "session.apply (one replace)",
    Math.max(runs, 5),
    warmup,
    (run) => session.apply([{ op: "replace", path: `/claims/${index}/value`, value: values[(run + 2) % 2] }]),
    (update) => (changes += update.added.length + update.removed.length + update.changed.length),
  );
  return {
    claims: claimSet.claims.length,
    summary,
    parse: series(parse),
    check: series(check),
    session: {
      createMs,
      patchedClaim: index,
      property: claim.property,
      apply: series(apply),
      conflictChanges: changes,
    },
    heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20,
  };
}

async function measureGroup(size: number, seed: number, runs: number, warmup: boolean, budgetMs: number) {
  const lib = await loadLibrary();
  const claimSet = generateClaimSet({ claims: size, seed, bigGroups: 1, bigGroupSize: size });
  let report: ReturnType<Library["check"]> | undefined;
  // Only small groups get a warm-up run: larger ones come after them in the same process, already warm.
  const check = time(`check (one group of ${size})`, runs, warmup && size <= 10_000, () => lib.check(claimSet), (r) => (report = r), budgetMs);
  let claimRefs = 0;
  for (const conflict of report!.conflicts) claimRefs += conflict.claims.length;
  let reportMiB: number | null = null;
  try {
    reportMiB = JSON.stringify(report).length / 2 ** 20;
  } catch {
    // Too large for one string: that says enough.
  }
  return { size, summary: report!.summary, check: series(check), conflictClaimRefs: claimRefs, reportMiB };
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      file: { type: "string" },
      sizes: { type: "string" },
      budget: { type: "string", default: "Infinity" },
      seed: { type: "string", default: "1" },
      runs: { type: "string", default: "3" },
      warmup: { type: "boolean", default: false },
    },
  });
  const runs = Number(values.runs);
  const emit = (result: unknown) => process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
  if (positionals[0] === "lib" && values.file) {
    emit(await measureLibrary(values.file, runs, values.warmup));
  } else if (positionals[0] === "group" && values.sizes) {
    // Smaller groups first: they warm the code up, and their results stand even if a larger one never finishes.
    for (const size of values.sizes.split(",").map(Number)) {
      // Lets run.ts tell how long the size that never finished ran.
      process.stdout.write(`START ${size} ${Date.now()}\n`);
      emit(await measureGroup(size, Number(values.seed), runs, values.warmup, Number(values.budget) * 1000));
    }
  } else {
    throw new Error("usage: measure.ts lib --file FILE | group --sizes N,M [--seed S] [--runs R] [--warmup] [--budget SECONDS]");
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
