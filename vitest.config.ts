import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Property-based tests run many cases; give slow CI machines room.
    testTimeout: 30_000,
  },
});
