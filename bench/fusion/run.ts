/**
 * The Population fusion benchmark: corroborate's estimates against the gold,
 * side by side with the classic algorithms on the same items.
 *
 *   npm run bench:fusion -- <folder> [--sweep] [--json FILE]
 *
 * `<folder>` holds the Population files (see population.ts). `--sweep` also
 * prints the accuracy as each setting of the model varies, on both halves of
 * the gold. Nothing is written unless `--json` is given.
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { DEFAULT_ESTIMATE_SETTINGS, estimate, type EstimateItem, type EstimateSettings, type SourcePrior } from "../../src/estimates/index.js";
import { accu, averageLog, crh, factsOf, type Facts, investment, majority, pooledInvestment, sums, truthFinder, twoEstimates } from "./baselines.js";
import { itemKey, itemsOf } from "./items.js";
import { builtinRules, check } from "../../src/index.js";
import { type GoldValue, readPopulation } from "./population.js";

/** Per item key, the values an algorithm answers (several when tied). */
type Answers = Map<string, number[]>;

function answersOfBeliefs(items: readonly EstimateItem[], g: Facts, belief: Float64Array): Answers {
  const answers: Answers = new Map();
  for (let i = 0; i < g.items; i++) {
    let best = -Infinity;
    for (let f = g.itemStart[i]!; f < g.itemStart[i + 1]!; f++) if (belief[f]! > best) best = belief[f]!;
    const tied: number[] = [];
    const tolerance = Math.abs(best) * 1e-9;
    for (let f = g.itemStart[i]!; f < g.itemStart[i + 1]!; f++) if (best - belief[f]! <= tolerance) tied.push(g.factNumber[f]!);
    answers.set(items[i]!.key, tied);
  }
  return answers;
}

function answersOfModel(items: readonly EstimateItem[], sources?: readonly SourcePrior[], settings?: Partial<EstimateSettings>): Answers {
  const result = estimate(items, { ...(sources ? { sources } : {}), ...(settings ? { settings } : {}) });
  const answers: Answers = new Map();
  for (const item of result.items) {
    const e = item.estimates.find((x) => x.modality === "asserted");
    if (!e) continue;
    // The estimate, and any candidate exactly as probable (a tie the canonical order settled).
    const tied = e.ranking.filter((r) => r.probability === e.confidence);
    answers.set(
      item.key,
      tied.flatMap((r) => (r.value.kind === "number" && r.value.amount !== undefined ? [r.value.amount] : [])),
    );
  }
  return answers;
}

/** The model's own answer only: ties settled by the canonical order, as the report will show it. */
function answersOfModelAsShown(items: readonly EstimateItem[], sources?: readonly SourcePrior[]): Answers {
  const result = estimate(items, sources ? { sources } : {});
  const answers: Answers = new Map();
  for (const item of result.items) {
    const e = item.estimates.find((x) => x.modality === "asserted");
    if (e && e.value.kind === "number" && e.value.amount !== undefined) answers.set(item.key, [e.value.amount]);
  }
  return answers;
}

/**
 * The report's own answer: `check()` on the claim set, each group's estimate
 * of each year (the moment the year's claims make) as the report shows it.
 */
function answersOfCheck(claimSet: Parameters<typeof check>[0]): Answers {
  const report = check(claimSet, { rules: Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, "off" as const])) });
  const answers: Answers = new Map();
  for (const group of report.groups) {
    for (const e of group.estimates ?? []) {
      if (e.modality !== "asserted" || e.from === null || e.value.type !== "quantity" || e.value.amount === undefined) continue;
      answers.set(itemKey(group.subject, group.property, e.from.slice(0, 4)), [e.value.amount]);
    }
  }
  return answers;
}

/** Accuracy with ties split: an item answered by k tied values, one of them right, counts 1/k. */
function accuracy(answers: Answers, gold: readonly GoldValue[]): number {
  if (gold.length === 0) return NaN;
  let right = 0;
  for (const g of gold) {
    const a = answers.get(itemKey(g.subject, "population", g.asOf));
    if (a && a.includes(g.value)) right += 1 / a.length;
  }
  return right / gold.length;
}

/** A fixed split of the gold into two halves, by a hash of the item (not of its order in the file). */
function half(g: GoldValue): 0 | 1 {
  let h = 2166136261;
  for (const ch of `${g.subject}@${g.asOf}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) % 2 === 0 ? 0 : 1;
}

function timed<T>(f: () => T): { value: T; seconds: number } {
  const t0 = performance.now();
  const value = f();
  return { value, seconds: (performance.now() - t0) / 1000 };
}

function main(argv: string[]): void {
  const args = argv.filter((a) => !a.startsWith("--"));
  const dir = args[0];
  if (!dir) {
    process.stderr.write("usage: npm run bench:fusion -- <population folder> [--sweep] [--json FILE]\n");
    process.exitCode = 2;
    return;
  }
  const jsonAt = argv.indexOf("--json");
  const jsonFile = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;

  const read = timed(() => readPopulation(dir));
  const data = read.value;
  const converted = timed(() => itemsOf(data.claimSet));
  const items = converted.value.items;
  const exact = data.gold.filter((g) => !g.variant);
  const halves = [data.gold.filter((g) => half(g) === 0), data.gold.filter((g) => half(g) === 1)];

  const out: string[] = [];
  const sources = new Set(data.claimSet.claims.map((c) => c.source)).size;
  out.push(`Population (Pasternack & Roth 2010): ${data.claimSet.claims.length} claims, ${sources} sources, ${items.length} items (city, year)`);
  out.push(`read ${read.seconds.toFixed(2)} s, converted to items ${converted.seconds.toFixed(2)} s; ${data.skipped} lines skipped, ${converted.value.unreadable} values unreadable`);
  out.push(
    `gold: ${data.goldLines} lines; ${data.exactMatches} name an item as written, ${data.variantMatches.length} through a spelling variant, ${data.unmatched.length} none`,
  );
  for (const v of data.variantMatches) out.push(`  variant: "${v.gold}" → "${v.claims}"`);
  for (const u of data.unmatched) out.push(`  unmatched: ${u}`);
  out.push("");

  const facts = timed(() => factsOf(items));
  const methods: [string, () => Answers][] = [
    ["corroborate, source kinds", () => answersOfModel(items, data.claimSet.sources)],
    ["corroborate, as shown", () => answersOfModelAsShown(items, data.claimSet.sources)],
    ["corroborate, no kinds", () => answersOfModel(items)],
    ["corroborate, check() report", () => answersOfCheck(data.claimSet)],
    ["majority vote", () => answersOfBeliefs(items, facts.value, majority(facts.value))],
    ["Sums", () => answersOfBeliefs(items, facts.value, sums(facts.value))],
    ["Average-Log", () => answersOfBeliefs(items, facts.value, averageLog(facts.value))],
    ["Investment", () => answersOfBeliefs(items, facts.value, investment(facts.value))],
    ["PooledInvestment", () => answersOfBeliefs(items, facts.value, pooledInvestment(facts.value))],
    ["TruthFinder", () => answersOfBeliefs(items, facts.value, truthFinder(facts.value))],
    ["TruthFinder, ρ = 0.5", () => answersOfBeliefs(items, facts.value, truthFinder(facts.value, 20, 0.5))],
    ["2-Estimates", () => answersOfBeliefs(items, facts.value, twoEstimates(facts.value))],
    ["Accu (no copying)", () => answersOfBeliefs(items, facts.value, accu(facts.value))],
    ["CRH (weighted median)", () => answersOfBeliefs(items, facts.value, crh(facts.value))],
  ];
  const rows: { method: string; exact: number; all: number; halfA: number; halfB: number; seconds: number }[] = [];
  for (const [name, run] of methods) {
    const r = timed(run);
    rows.push({
      method: name,
      exact: accuracy(r.value, exact),
      all: accuracy(r.value, data.gold),
      halfA: accuracy(r.value, halves[0]!),
      halfB: accuracy(r.value, halves[1]!),
      seconds: r.seconds,
    });
  }
  out.push(`accuracy: exact match of the item's answer with the gold; ties split (k tied answers, one right: 1/k)`);
  out.push(`baselines share a fact graph built in ${facts.value.items} items, ${facts.seconds.toFixed(2)} s (not in their times)`);
  out.push("");
  const header = ["method", `gold as named (${exact.length})`, `all matched (${data.gold.length})`, `half A (${halves[0]!.length})`, `half B (${halves[1]!.length})`, "time"];
  out.push(table([header, ...rows.map((r) => [r.method, r.exact.toFixed(3), r.all.toFixed(3), r.halfA.toFixed(3), r.halfB.toFixed(3), `${r.seconds.toFixed(2)} s`])]));

  let sweep: { setting: string; value: number; exact: number; halfA: number; halfB: number }[] = [];
  if (argv.includes("--sweep")) {
    out.push("");
    out.push("corroborate as one setting varies (the others at their defaults):");
    sweep = sweepSettings(items, data.claimSet.sources, exact, halves as [GoldValue[], GoldValue[]]);
    out.push(
      table([
        ["setting", "value", `as named (${exact.length})`, "half A", "half B"],
        ...sweep.map((r) => [r.setting, String(r.value), r.exact.toFixed(3), r.halfA.toFixed(3), r.halfB.toFixed(3)]),
      ]),
    );
  }
  process.stdout.write(`${out.join("\n")}\n`);
  if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ rows, sweep, settings: DEFAULT_ESTIMATE_SETTINGS }, null, 2)}\n`);
}

/** The values each setting takes in the sweep, around its default. */
const SWEEP: Partial<Record<keyof EstimateSettings, number[]>> = {
  defaultTrust: [0.6, 0.7, 0.8, 0.9],
  priorWeight: [1, 2, 3, 4, 6],
  falseValues: [10, 30, 100, 300],
  falseValuesWeight: [0, 1, 10, 100],
  iterations: [3, 5, 10, 20, 50],
  nearSupport: [0, 0.125, 0.25, 0.5],
  nearScale: [0.003, 0.01, 0.03],
  copyPrior: [0.05, 0.2, 0.5],
  copyRate: [0.5, 0.8, 0.95],
  copyMinShared: [1, 2, 3],
};

function sweepSettings(items: readonly EstimateItem[], sources: readonly SourcePrior[], exact: readonly GoldValue[], halves: [GoldValue[], GoldValue[]]) {
  const rows: { setting: string; value: number; exact: number; halfA: number; halfB: number }[] = [];
  for (const [setting, values] of Object.entries(SWEEP)) {
    for (const value of values!) {
      const answers = answersOfModel(items, sources, { [setting]: value });
      rows.push({ setting, value, exact: accuracy(answers, exact), halfA: accuracy(answers, halves[0]), halfB: accuracy(answers, halves[1]) });
    }
  }
  const off = answersOfModel(items, sources, { copyDetection: false });
  rows.push({ setting: "copyDetection (off)", value: 0, exact: accuracy(off, exact), halfA: accuracy(off, halves[0]), halfB: accuracy(off, halves[1]) });
  return rows;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((x, c) => (c === 0 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join("  ");
  return [line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

main(process.argv.slice(2));
