/**
 * Large inputs are checked in a Node started again with its heap sized for
 * them: when, with which flags (table tests of respawnArgs), and that the
 * real executable does it once, with the same output and exit code.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LARGE_INPUT_BYTES, OLD_SPACE_PER_INPUT, SEMI_SPACE_MIB, respawnArgs } from "../../src/cli/respawn.js";
import { spawnCli, tempFiles } from "./helpers.js";

const SEMI = `--max-semi-space-size=${SEMI_SPACE_MIB}`;
const sizes: Record<string, number> = { "big.json": LARGE_INPUT_BYTES, "half.json": LARGE_INPUT_BYTES / 2, "small.json": 1000 };
const sizeOf = (path: string) => sizes[path];
const argv = (...args: string[]) => ["/usr/bin/node", "/app/dist/cli.js", ...args];
const MiB = 2 ** 20;
/** A machine with plenty of memory: the old generation starts at six times the input. */
const MEMORY = 64 * 1024 * MiB;
const old = (mib: number) => `--initial-old-space-size=${mib}`;
const OLD = old((OLD_SPACE_PER_INPUT * LARGE_INPUT_BYTES) / MiB);

describe("respawnArgs", () => {
  const cases: Array<{ name: string; args: string[]; execArgv?: string[]; nodeOptions?: string; memory?: number; flags?: string[] }> = [
    { name: "check of a large file", args: ["check", "big.json"], flags: [SEMI, OLD] },
    { name: "validate of a large file", args: ["validate", "big.json"], flags: [SEMI, OLD] },
    { name: "files that add up to a large input", args: ["check", "half.json", "half.json", "--format", "json"], flags: [SEMI, OLD] },
    { name: "a machine with little memory: half of it", args: ["check", "big.json"], memory: 256 * MiB, flags: [SEMI, old(128)] },
    { name: "a small file", args: ["check", "small.json"] },
    { name: "two small files", args: ["check", "small.json", "half.json"] },
    { name: "standard input, however large", args: ["check", "-"] },
    { name: "a command that does not read claim sets", args: ["diff", "big.json", "big.json"] },
    { name: "no command", args: [] },
    { name: "a young size on Node's command line", args: ["check", "big.json"], execArgv: ["--max-semi-space-size=8"], flags: [OLD] },
    { name: "a young size in NODE_OPTIONS", args: ["check", "big.json"], nodeOptions: "--max-semi-space-size=32", flags: [OLD] },
    { name: "an old size in NODE_OPTIONS", args: ["check", "big.json"], nodeOptions: "--initial-old-space-size=100", flags: [SEMI] },
    {
      name: "both sizes given",
      args: ["check", "big.json"],
      execArgv: ["--initial-old-space-size=900"],
      nodeOptions: "--max-semi-space-size=32",
    },
    { name: "files that do not exist", args: ["check", "missing.json"] },
  ];
  for (const { name, args, execArgv = [], nodeOptions, memory = MEMORY, flags } of cases) {
    it(`${flags ? `starts again with ${flags.join(" ")}` : "runs here"}: ${name}`, () => {
      const result = respawnArgs(argv(...args), execArgv, nodeOptions, sizeOf, memory);
      if (flags) expect(result).toEqual([...execArgv, ...flags, "/app/dist/cli.js", ...args]);
      else expect(result).toBeUndefined();
    });
  }

  it("keeps Node's own arguments (a loader, say) in front of the flags", () => {
    expect(respawnArgs(argv("check", "big.json"), ["--import", "tsx"], undefined, sizeOf, MEMORY)).toEqual([
      "--import",
      "tsx",
      SEMI,
      OLD,
      "/app/dist/cli.js",
      "check",
      "big.json",
    ]);
  });

  it("never starts again from the Node it started", () => {
    const again = respawnArgs(argv("check", "big.json"), [], undefined, sizeOf, MEMORY)!;
    const execArgv = again.slice(0, again.indexOf("/app/dist/cli.js"));
    expect(respawnArgs(["/usr/bin/node", ...again], execArgv, undefined, sizeOf, MEMORY)).toBeUndefined();
  });
});

describe("the executable with a large input", () => {
  it("runs in one more Node, with the flags, and gives the report and exit code of a small input", { timeout: 60_000 }, () => {
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
    expect(starts[1]).toContain(SEMI);
    expect(starts[1]).toMatch(/--initial-old-space-size=\d+/);
    expect(large.code).toBe(small.code);
    expect(small.code).toBe(1); // the example has errors
    expect(large.stdout).toBe(small.stdout);
    expect(large.stderr).toBe("");
  });
});
