import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Examples import the package as its users do; here those imports are the source.
    alias: [
      { find: /^corroborate\/vitest\/setup$/, replacement: source("./src/vitest/setup.ts") },
      { find: /^corroborate\/vitest$/, replacement: source("./src/vitest/index.ts") },
      { find: /^corroborate$/, replacement: source("./src/index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts", "examples/**/*.test.ts"],
    // Property-based tests run many cases; give slow CI machines room.
    testTimeout: 30_000,
  },
});
