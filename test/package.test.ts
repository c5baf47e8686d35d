import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { VERSION } from "../src/index.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as Record<string, unknown>;

describe("package.json", () => {
  it("has the version the library reports", () => {
    expect(VERSION).toBe(pkg.version);
  });

  it("publishes only what users need, with a corroborate executable", () => {
    expect(pkg.files).toEqual(["dist", "schemas", "docs", "README.md", "LICENSE", "CHANGELOG.md"]);
    expect(pkg.bin).toEqual({ corroborate: "./dist/cli.js" });
    expect(pkg.sideEffects).toEqual(["./dist/vitest/setup.js"]); // importing the setup entry registers the matchers
    expect(pkg.type).toBe("module");
  });
});
