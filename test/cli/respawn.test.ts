/**
 * Large inputs are checked in a Node started again with a larger young
 * generation: when (table tests of respawnArgs), and that the real
 * executable does it once, with the same output and exit code.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LARGE_INPUT_BYTES, SEMI_SPACE_MIB, respawnArgs } from "../../src/cli/respawn.js";
import { spawnCli, tempFiles } from "./helpers.js";

const FLAG = `--max-semi-space-size=${SEMI_SPACE_MIB}`;
const sizes: Record<string, number> = { "big.json": LARGE_INPUT_BYTES, "half.json": LARGE_INPUT_BYTES / 2, "small.json": 1000 };
const sizeOf = (path: string) => sizes[path];
const argv = (...args: string[]) => ["/usr/bin/node", "/app/dist/cli.js", ...args];

describe("respawnArgs", () => {
  const cases: Array<{ name: string; args: string[]; execArgv?: string[]; nodeOptions?: string; again: boolean }> = [
    { name: "check of a large file", args: ["check", "big.json"], again: true },
    { name: "validate of a large file", args: ["validate", "big.json"], again: true },
    { name: "files that add up to a large input", args: ["check", "half.json", "half.json", "--format", "json"], again: true },
    { name: "a small file", args: ["check", "small.json"], again: false },
    { name: "two small files", args: ["check", "small.json", "half.json"], again: false },
    { name: "standard input, however large", args: ["check", "-"], again: false },
    { name: "a command that does not read claim sets", args: ["diff", "big.json", "big.json"], again: false },
    { name: "no command", args: [], again: false },
    { name: "a size given on Node's command line", args: ["check", "big.json"], execArgv: ["--max-semi-space-size=8"], again: false },
    { name: "a size given in NODE_OPTIONS", args: ["check", "big.json"], nodeOptions: "--max-semi-space-size=32", again: false },
    { name: "files that do not exist", args: ["check", "missing.json"], again: false },
  ];
  for (const { name, args, execArgv = [], nodeOptions, again } of cases) {
    it(`${again ? "starts again" : "runs here"}: ${name}`, () => {
      const result = respawnArgs(argv(...args), execArgv, nodeOptions, sizeOf);
      if (again) expect(result).toEqual([...execArgv, FLAG, "/app/dist/cli.js", ...args]);
      else expect(result).toBeUndefined();
    });
  }

  it("keeps Node's own arguments (a loader, say) in front of the flag", () => {
    expect(respawnArgs(argv("check", "big.json"), ["--import", "tsx"], undefined, sizeOf)).toEqual([
      "--import",
      "tsx",
      FLAG,
      "/app/dist/cli.js",
      "check",
      "big.json",
    ]);
  });

  it("never starts again from the Node it started", () => {
    const again = respawnArgs(argv("check", "big.json"), [], undefined, sizeOf)!;
    expect(respawnArgs(["/usr/bin/node", ...again], again.slice(0, again.indexOf("/app/dist/cli.js")), undefined, sizeOf)).toBeUndefined();
  });
});

describe("the executable with a large input", () => {
  it("runs in one more Node, with the flag, and gives the report and exit code of a small input", { timeout: 60_000 }, () => {
    const claims = readFileSync(new URL("../../examples/iraq-withdrawal/claims.json", import.meta.url));
    // The same claim set, made large by trailing spaces (JSON allows them): what counts is the file's size.
    const dir = tempFiles({ "small.json": claims, "large.json": Buffer.concat([claims, Buffer.alloc(LARGE_INPUT_BYTES, 0x20)]) });
    const log = join(dir, "starts.log");
    // Every Node started logs its arguments (main threads only: the TypeScript loader runs a thread of its own).
    writeFileSync(
      join(dir, "probe.cjs"),
      `if (require("node:worker_threads").isMainThread) require("node:fs").appendFileSync(${JSON.stringify(log)}, process.execArgv.join(" ") + "\\n");`,
    );
    const env = { NODE_OPTIONS: `--require ${join(dir, "probe.cjs")}` };

    const small = spawnCli(["check", join(dir, "small.json"), "--format", "json"], { env });
    const smallStarts = readFileSync(log, "utf8").trim().split("\n");
    const large = spawnCli(["check", join(dir, "large.json"), "--format", "json"], { env });
    const starts = readFileSync(log, "utf8").trim().split("\n").slice(smallStarts.length);

    expect(smallStarts).toHaveLength(1);
    expect(starts).toHaveLength(2);
    expect(starts[0]).not.toContain("--max-semi-space-size");
    expect(starts[1]).toContain(FLAG);
    expect(large.code).toBe(small.code);
    expect(small.code).toBe(1); // the example has errors
    expect(large.stdout).toBe(small.stdout);
    expect(large.stderr).toBe("");
  });
});
