import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as Record<string, any>;

describe("package.json for corroborate/vitest", () => {
  it("exports the ESM-only subpaths, types first", () => {
    expect(pkg.exports["./vitest"]).toEqual({ types: "./dist/vitest/index.d.ts", import: "./dist/vitest/index.js" });
    expect(pkg.exports["./vitest/setup"]).toEqual({ types: "./dist/vitest/setup.d.ts", import: "./dist/vitest/setup.js" });
    expect(Object.keys(pkg.exports["./vitest"])[0]).toBe("types");
  });

  it("asks for vitest 4 as an optional peer, and installs it for its own tests", () => {
    expect(pkg.peerDependencies).toEqual({ vitest: "^4.1" });
    expect(pkg.peerDependenciesMeta).toEqual({ vitest: { optional: true } });
    expect(pkg.dependencies.vitest).toBeUndefined();
    expect(pkg.devDependencies.vitest).toMatch(/^4\.1\./);
  });

  it("checks the packed tarball in test:package", () => {
    expect(pkg.scripts["test:package"]).toMatch(/&& bash test\/package\/tarball\.sh$/);
  });
});
