/**
 * The sizes the README gives for a browser bundle are near what a bundle
 * of the library weighs now (within 15 %: a figure to plan with, not a
 * budget), and the library bundles for browsers at all: a Node built-in
 * reached from it fails the build.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundleSizes } from "../../scripts/bundle-size.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The README's figures: `check` alone and the whole library, minified and gzipped, in kB. */
function quoted(): number[] {
  const sentence = /`check` alone adds about (\d+) kB minified, (\d+) kB gzipped[\s\S]*?included, about (\d+) kB minified, (\d+) kB gzipped/.exec(readme);
  expect(sentence, "the README's sentence on bundle sizes").not.toBeNull();
  return sentence!.slice(1).map(Number);
}

describe("the browser bundle", () => {
  it("weighs what the README says", { timeout: 120_000 }, async () => {
    const sizes = await bundleSizes();
    const measured = [sizes.check.minified, sizes.check.gzipped, sizes.all.minified, sizes.all.gzipped].map((bytes) => bytes / 1000);
    quoted().forEach((kB, i) => {
      expect(Math.abs(measured[i]! - kB) / measured[i]!, `README says ${kB} kB; measured ${measured[i]!.toFixed(1)} kB (npm run size)`).toBeLessThan(0.15);
    });
  });
});
