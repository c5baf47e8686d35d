import { existsSync, readFileSync } from "node:fs";
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

describe("the README on the npm page", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const repository = (pkg.repository as { url: string }).url.replace(/^git\+/, "").replace(/\.git$/, "");
  const [owner, name] = repository.replace("https://github.com/", "").split("/");
  const raw = `https://raw.githubusercontent.com/${owner}/${name}/main/`;
  const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);

  it("names its repository", () => {
    expect(repository).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+$/);
    expect(pkg.homepage).toBe(`${repository}#readme`);
  });

  it("links and shows images by absolute addresses (the npm page has no files beside it)", () => {
    expect(targets.length).toBeGreaterThan(20);
    expect(targets.filter((target) => !target.startsWith("https://") && !target.startsWith("#"))).toEqual([]);
  });

  it("links only to files the repository has", () => {
    for (const target of targets) {
      const path = target.startsWith(`${repository}/blob/main/`)
        ? target.slice(`${repository}/blob/main/`.length)
        : target.startsWith(`${repository}/tree/main/`)
          ? target.slice(`${repository}/tree/main/`.length)
          : target.startsWith(raw)
            ? target.slice(raw.length)
            : undefined;
      if (path === undefined) continue;
      expect(existsSync(new URL(`../${path.split("#")[0]}`, import.meta.url)), target).toBe(true);
    }
  });
});

describe("npm ci", () => {
  it("allows the install scripts of every package that has one (no warning, nothing blocked)", () => {
    const lock = JSON.parse(readFileSync(new URL("../package-lock.json", import.meta.url), "utf8")) as {
      packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
    };
    const allowed = (pkg.allowScripts ?? {}) as Record<string, boolean>;
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path, entry]) => ({ name: path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length), version: entry.version }));
    expect(withScripts.length).toBeGreaterThan(0);
    for (const { name, version } of withScripts) expect(allowed[name] === true || allowed[`${name}@${version}`] === true, `${name}@${version}`).toBe(true);
  });
});
