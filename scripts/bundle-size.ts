/**
 * How much corroborate adds to a web page: `check` alone, and the whole
 * library, bundled for browsers from src/ with its dependencies, minified,
 * then gzipped. `npm run size` prints it; the README quotes it, and
 * test/package/bundle-size.test.ts keeps the quote near the measure.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "tsup";

const INDEX = fileURLToPath(new URL("../src/index.ts", import.meta.url));

/** Bytes of a browser bundle of `code` (an entry module importing the library), minified and gzipped. */
async function measure(code: string): Promise<{ minified: number; gzipped: number }> {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-size-"));
  try {
    writeFileSync(join(dir, "entry.ts"), code);
    await build({
      entry: { bundle: join(dir, "entry.ts") },
      outDir: dir,
      format: ["esm"],
      platform: "browser", // a Node built-in in the library fails the build
      target: "es2022",
      minify: true,
      noExternal: [/.*/],
      silent: true,
      config: false,
      splitting: false,
      sourcemap: false,
      dts: false,
    });
    const bundle = readFileSync(join(dir, "bundle.js"));
    return { minified: bundle.length, gzipped: gzipSync(bundle, { level: 9 }).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The sizes the README quotes. */
export async function bundleSizes(): Promise<{ check: { minified: number; gzipped: number }; all: { minified: number; gzipped: number } }> {
  return {
    check: await measure(`import { check } from ${JSON.stringify(INDEX)};\n(globalThis as { check?: unknown }).check = check;\n`),
    all: await measure(`import * as corroborate from ${JSON.stringify(INDEX)};\n(globalThis as { corroborate?: unknown }).corroborate = corroborate;\n`),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const sizes = await bundleSizes();
  console.log(`check alone:     ${kb(sizes.check.minified)} minified, ${kb(sizes.check.gzipped)} gzipped`);
  console.log(`the whole library: ${kb(sizes.all.minified)} minified, ${kb(sizes.all.gzipped)} gzipped`);
}
