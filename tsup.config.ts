import { defineConfig } from "tsup";
import type { Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * `corroborate/vitest` reaches the library only through its public entry
 * (`src/vitest/*` import `../index.js`): that import becomes the package's own
 * `corroborate`, so the subpath shares the built main entry (one copy of the
 * code, one `ClaimSetError`) instead of bundling a second one. Any other way out
 * of `src/vitest/` is a build error. The setup module imports `./index.js` as is.
 */
const libraryAsPackage: Plugin = {
  name: "corroborate-as-package",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!/[\\/]src[\\/]vitest[\\/][^\\/]+$/.test(args.importer)) return undefined;
      if (args.path === "../index.js") return { path: "corroborate", external: true };
      // The setup module registers the matchers of dist/vitest/index.js, not a copy of them.
      if (args.path === "./index.js" && /[\\/]setup\.ts$/.test(args.importer)) return { path: "./index.js", external: true };
      if (args.path.startsWith("./")) return undefined;
      return { errors: [{ text: `src/vitest may import the library only as "../index.js" (the public entry), not "${args.path}"` }] };
    });
  },
};

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
  {
    // corroborate/vitest and corroborate/vitest/setup: ESM only, with declarations;
    // vitest (an optional peer) and the library itself stay imports.
    entry: { "vitest/index": "src/vitest/index.ts", "vitest/setup": "src/vitest/setup.ts" },
    format: ["esm"],
    dts: true,
    sourcemap: true,
    target: "node20",
    platform: "node",
    external: ["vitest", "corroborate"],
    esbuildPlugins: [libraryAsPackage],
  },
]);
