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

// No source maps in the package: they were two thirds of its unpacked size (4.8 of 7.3 MB), for
// code that is shipped unminified and readable as it is.
export default defineConfig([
  {
    // The library as ESM and the executable, in one build: the engine they share is one chunk,
    // not a copy in each. The shebang in src/cli/bin.ts is kept.
    entry: { index: "src/index.ts", cli: "src/cli/bin.ts" },
    format: ["esm"],
    dts: { entry: { index: "src/index.ts" } },
    splitting: true,
    clean: true,
    target: "node20",
    platform: "node",
  },
  {
    // The library for require(): CommonJS, with its own declarations (.d.cts). Built for no platform
    // in particular, so that a Node built-in reached from the library (which runs in browsers) fails the build.
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: true,
    target: "node20",
    platform: "neutral",
    treeshake: true,
  },
  {
    // corroborate/vitest and corroborate/vitest/setup: ESM only, with declarations;
    // vitest (an optional peer) and the library itself stay imports.
    entry: { "vitest/index": "src/vitest/index.ts", "vitest/setup": "src/vitest/setup.ts" },
    format: ["esm"],
    dts: true,
    target: "node20",
    platform: "node",
    external: ["vitest", "corroborate"],
    esbuildPlugins: [libraryAsPackage],
  },
]);
