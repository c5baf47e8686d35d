/**
 * Extraction measured on the project's own corpus of news-style sentences
 * (test/extract/corpus/*.jsonl, format in corpus.ts): recall, precision and
 * wrong values, by language and kind, and by category. `npm run
 * bench:extract` prints the same table.
 *
 * The thresholds are set well above the targets for outside corpora (85 %
 * of numbers, 60 % of dates, under 2 % wrong values), because the rules
 * were written with these sentences in view: a drop below them means a
 * family of forms broke, not noise.
 */
import { describe, expect, it } from "vitest";
import { corpusProblems, formatScores, loadCorpus, rates, scoreCorpus } from "./corpus.js";

const items = loadCorpus();
const scores = scoreCorpus(items);

describe("the extraction corpus", () => {
  it("has at least 300 sentences in each language, well formed", () => {
    expect(corpusProblems(items)).toEqual([]);
    expect(items.filter((i) => i.lang === "ar").length).toBeGreaterThanOrEqual(300);
    expect(items.filter((i) => i.lang === "en").length).toBeGreaterThanOrEqual(300);
  });

  it("reads figures and dates with high recall and precision, and almost never a wrong value", () => {
    console.log(formatScores(scores));
    for (const [group, tally] of scores.total) {
      const { recall, precision, wrongRate } = rates(tally);
      expect(recall, `${group} recall`).toBeGreaterThanOrEqual(0.95);
      expect(precision, `${group} precision`).toBeGreaterThanOrEqual(0.95);
      expect(wrongRate, `${group} wrong values`).toBeLessThanOrEqual(0.01);
    }
  });

  it("keeps every family of forms (category) above 80 % recall", () => {
    const weak = [...scores.byCategory].filter(([, t]) => t.expected >= 5 && rates(t).recall < 0.8).map(([k, t]) => `${k}: ${t.correct}/${t.expected}`);
    expect(weak).toEqual([]);
  });

  it("fails when a value is wrong (the scorer itself)", () => {
    const item = items.find((i) => i.id === "en-w-003")!; // a casualty count and a weekday, both read right
    const broken = scoreCorpus([{ ...item, figures: item.figures.map((f) => ({ ...f, value: 7 })), dates: item.dates.map((d) => ({ ...d, value: "1900" })) }]);
    for (const tally of broken.total.values()) expect(tally.wrong).toBeGreaterThan(0);
    const missing = scoreCorpus([{ ...item, text: item.text.replace(/[0-9٠-٩]/g, "x") }]);
    expect([...missing.total.values()].some((t) => t.missed > 0)).toBe(true);
  });
});
