import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM and CommonJS, each with its own declarations (.d.ts / .d.cts).
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "neutral",
    treeshake: true,
  },
  {
    // The executable: ESM only; the shebang in src/cli/bin.ts is kept.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    platform: "node",
  },
]);
