/**
 * How well and how fast `extract` reads articles.
 *
 * First the corpus table (test/extract/corpus/*.jsonl, scored as in
 * test/extract/corpus.ts): for each language and kind, then each category,
 * the figures and dates expected, read right, read wrong, flagged
 * uncertain, missed, and extracted for nothing, with recall, precision and
 * wrong values as a share of all candidates. `--details` lists every miss
 * and error.
 *
 * Then the speed: about 1 MB (in UTF-16 code units) of Arabic and English
 * article-like text, built from the example's five articles (shuffled
 * paragraphs) and generated sentences with figures, hedges and dates. The
 * target is well under one second for 1 MB.
 *
 *   npm run bench:extract
 *   node --import tsx bench/extract.ts [--size 1000000] [--runs 5] [--details]
 *
 * Prints the size, the candidates found, and the median and fastest of the
 * runs (after one warm-up run).
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extract } from "../src/index.js";
import type { Lexicon } from "../src/index.js";
import { formatScores, loadCorpus, scoreCorpus } from "../test/extract/corpus.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const size = option("--size", 1_000_000);
const runs = option("--runs", 5);

const corpus = loadCorpus();
const scores = scoreCorpus(corpus);
console.log(`corpus: ${corpus.length} sentences (${corpus.filter((i) => i.lang === "ar").length} Arabic, ${corpus.filter((i) => i.lang === "en").length} English)\n`);
console.log(formatScores(scores));
if (args.includes("--details")) console.log(`\n${scores.details.join("\n")}`);
console.log("");

const example = fileURLToPath(new URL("../examples/iraq-withdrawal/", import.meta.url));
const lexicon = JSON.parse(readFileSync(`${example}lexicon.json`, "utf8")) as Lexicon;
const paragraphs = readdirSync(`${example}articles`)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .flatMap((name) => readFileSync(`${example}articles/${name}`, "utf8").split("\n"))
  .filter((line) => line.trim() !== "");

/** A seeded generator (mulberry32), so every run reads the same text. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(1);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

const arabicDigits = (n: number) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const generated: Array<() => string> = [
  () => `وتحتفظ الولايات المتحدة ${pick(["بنحو", "بحوالي", "بما يقارب", "بأكثر من"])} ${Math.floor(next() * 5000)} جندي في ${pick(["العراق", "سوريا"])}.`,
  () => `وقالت المصادر إن ${pick(["مئات", "آلاف", "عشرات"])} الجنود سيغادرون بحلول ${pick(["نهاية", "أواخر", "مطلع"])} ${pick(["أيلول/سبتمبر", "كانون الثاني/يناير", "حزيران"])} ${2024 + Math.floor(next() * 4)}.`,
  () => `وشنت الفصائل ما لا يقل عن ${arabicDigits(Math.floor(next() * 200))} هجوماً منذ عام ${2019 + Math.floor(next() * 6)}، بينها ${pick(["ثلاثة آلاف", "خمسمئة", "ألفا"])} جندي.`,
  () => `About ${Math.floor(next() * 3000).toLocaleString("en-US")} US troops remain in ${pick(["Iraq", "Syria"])}, officials said on ${1 + Math.floor(next() * 28)} ${pick(["April", "September", "January"])} 2025.`,
  () => `The withdrawal is to be completed by ${pick(["the end of", "mid-", "early"])} ${2025 + Math.floor(next() * 3)}, with more than ${pick(["two thousand", "1.5 million", "hundreds of"])} troops moving between ${1000 + Math.floor(next() * 500)} and ${2000 + Math.floor(next() * 500)} positions.`,
];

const parts: string[] = [];
let length = 0;
while (length < size) {
  const part = next() < 0.6 ? pick(paragraphs) : pick(generated)();
  parts.push(part);
  length += part.length + 1;
}
const text = parts.join("\n").slice(0, size);

const time = () => {
  const start = performance.now();
  const result = extract(text, { lang: "ar", published: "2025-04-20", source: "bench", lexicon, limit: Infinity });
  return { ms: performance.now() - start, candidates: result.candidates.length };
};
time(); // warm-up
const timings: number[] = [];
let candidates = 0;
for (let i = 0; i < runs; i++) {
  const run = time();
  timings.push(run.ms);
  candidates = run.candidates;
}
timings.sort((a, b) => a - b);
const median = timings[Math.floor(timings.length / 2)]!;
console.log(`extract: ${text.length.toLocaleString("en-US")} characters, ${candidates.toLocaleString("en-US")} candidates`);
console.log(`median ${median.toFixed(0)} ms, fastest ${timings[0]!.toFixed(0)} ms over ${runs} runs (target: well under 1000 ms)`);
