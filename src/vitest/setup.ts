/**
 * `corroborate/vitest/setup`: registers corroborate's matchers with Vitest's
 * `expect`. List it under `setupFiles`, or import it at the top of a test file.
 *
 * @example
 * // vitest.config.ts
 * import { defineConfig } from "vitest/config";
 * export default defineConfig({ test: { setupFiles: ["corroborate/vitest/setup"] } });
 */
import { expect } from "vitest";
import { matchers } from "./index.js";

expect.extend(matchers);

// Re-exported so that importing the setup module also brings the matchers' types.
export * from "./index.js";
