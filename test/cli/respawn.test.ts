/**
 * Large inputs are checked in a Node started again with its heap sized for
 * them: when, with which flags (table tests of respawnArgs), and that the
 * real executable does it once, with the same output and exit code, also
 * where the second start cannot see its flags (as under Deno, whose
 * execArgv is empty); and that Bun and Deno check large inputs without
 * starting again (when their binaries are installed: `npm i -g bun deno`).
 */
import { spawn, spawnSync } from "node:child_process";
import { delimiter, join } from "node:path";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "tsup";
import { describe, expect, it } from "vitest";
import { LARGE_INPUT_BYTES, OLD_SPACE_PER_INPUT, RESTARTED, SEMI_SPACE_MIB, mayRestart, respawnArgs } from "../../src/cli/respawn.js";
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

describe("mayRestart", () => {
  const node = { node: "20.19.0", v8: "12.4" };
  it.each([
    ["Node, first start", {}, node, true],
    ["Node, started again", { [RESTARTED]: "1" }, node, false],
    ["Node, the variable set but empty", { [RESTARTED]: "" }, node, true],
    ["Deno (its process.versions name it)", {}, { ...node, deno: "2.5.0" }, false],
    ["Bun", {}, { ...node, bun: "1.3.0" }, false],
    ["a runtime without Node's versions", {}, {}, false],
  ])("%s: %s", (_, env, versions, expected) => {
    expect(mayRestart(env, versions)).toBe(expected);
  });
});

/** The example made large by trailing spaces, and the example as it is; with a log file every Node start appends to. */
function largeInput() {
  const claims = readFileSync(new URL("../../examples/iraq-withdrawal/claims.json", import.meta.url));
  const dir = tempFiles({ "small.json": claims, "large.json": Buffer.concat([claims, Buffer.alloc(LARGE_INPUT_BYTES, 0x20)]) });
  return { dir, small: join(dir, "small.json"), large: join(dir, "large.json") };
}

describe("the executable starts again only once", () => {
  it("however the second start sees its flags: with execArgv emptied as Deno empties it, one restart, not a loop", { timeout: 120_000 }, () => {
    const { dir, small, large } = largeInput();
    const log = join(dir, "starts.log");
    // Every Node start logs itself, then forgets its heap flags as Deno would; a sixth start stops the run (a loop).
    writeFileSync(
      join(dir, "forget.cjs"),
      `const { isMainThread } = require("node:worker_threads");
      if (isMainThread) {
        const fs = require("node:fs");
        fs.appendFileSync(${JSON.stringify(log)}, process.execArgv.join(" ") + "\\n");
        if (fs.readFileSync(${JSON.stringify(log)}, "utf8").split("\\n").length > 6) { console.error("restart loop"); process.exit(99); }
        const kept = process.execArgv.filter((arg) => !arg.startsWith("--max-semi-space-size") && !arg.startsWith("--initial-old-space-size"));
        process.execArgv.length = 0;
        process.execArgv.push(...kept);
      }`,
    );
    const env = { NODE_OPTIONS: `--require ${join(dir, "forget.cjs")}` };
    const expected = spawnCli(["check", small, "--format", "json"]);
    writeFileSync(log, "");
    const out = spawnCli(["check", large, "--format", "json"], { env });
    const starts = readFileSync(log, "utf8").trim().split("\n");
    expect(out.stderr).toBe("");
    expect(starts).toHaveLength(2);
    expect(starts[1]).toContain(SEMI);
    expect(out).toEqual(expected);
  });

  it("never, when the environment says this start is already the second", { timeout: 60_000 }, () => {
    const { dir, small, large } = largeInput();
    const log = join(dir, "starts.log");
    writeFileSync(join(dir, "probe.cjs"), `if (require("node:worker_threads").isMainThread) require("node:fs").appendFileSync(${JSON.stringify(log)}, "start\\n");`);
    const env = { NODE_OPTIONS: `--require ${join(dir, "probe.cjs")}`, [RESTARTED]: "1" };
    const out = spawnCli(["check", large, "--format", "json"], { env });
    expect(readFileSync(log, "utf8")).toBe("start\n");
    expect(out).toEqual(spawnCli(["check", small, "--format", "json"]));
  });
});

/** The directory of a runtime's binary: on PATH, or in this repository's node_modules/.bin. */
function runtime(name: string): string | undefined {
  const local = fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
  const candidates = [...(process.env.PATH ?? "").split(delimiter).map((dir) => join(dir, name)), local];
  return candidates.find((path) => existsSync(path) && spawnSync(path, ["--version"], { stdio: "ignore" }).status === 0);
}

/**
 * Runs `command` in a process group of its own, counting the group's
 * processes as it runs (the most seen at once; `ps` lists them every 100 ms),
 * and ends the whole group after `limitMs` (a restart loop would leave its
 * children behind otherwise). Not a timing assertion: the limit only ends a
 * run that would not end.
 */
function runGuarded(command: string, args: string[], limitMs: number): Promise<{ code: number | null; stdout: string; stderr: string; processes: number }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let processes = 0;
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    const count = setInterval(() => {
      const listed = spawnSync("ps", ["-o", "pid=", "-g", String(child.pid)], { encoding: "utf8" }).stdout ?? "";
      processes = Math.max(processes, listed.split("\n").filter((line) => line.trim() !== "").length);
    }, 100);
    const guard = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // gone already
      }
    }, limitMs);
    child.on("close", (code) => {
      clearTimeout(guard);
      clearInterval(count);
      resolve({ code, stdout, stderr, processes });
    });
  });
}

const RUNTIMES = [
  { name: "bun", args: (script: string) => [script] },
  { name: "deno", args: (script: string) => ["run", "--allow-all", script] },
];

describe.each(RUNTIMES)("under $name", ({ name, args }) => {
  const binary = runtime(name);
  it.skipIf(binary === undefined)(
    `checks a large input in one process, as Node checks it${binary === undefined ? ` (skipped: no ${name} binary on PATH or in node_modules/.bin; npm i -g ${name} to run it)` : ""}`,
    { timeout: 240_000 },
    async () => {
      // The CLI as one file, its dependencies included: the runtime needs nothing else.
      const out = tempFiles({});
      await build({ entry: { cli: "src/cli/bin.ts" }, format: ["esm"], platform: "node", target: "node20", outDir: out, noExternal: [/.*/], silent: true, config: false, splitting: false });
      const script = join(out, "cli.js");
      const { small, large } = largeInput();
      const expected = spawnCli(["check", small, "--format", "json"]);
      const run = await runGuarded(binary!, [...args(script), "check", large, "--format", "json"], 180_000);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(expected.code);
      expect(run.stdout).toBe(expected.stdout);
      expect(run.processes).toBe(1); // the check ran where it started (the heap flags are Node's)
    },
  );
});
