/**
 * The real executable against file-system faults: full disks, the
 * file-size limit, signals during a write, concurrent writers, read-only
 * targets, broken pipes. Every test ends by checking that the user's files
 * are byte for byte as they should be and that nothing is left beside them.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, closeSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { claim, cli, spawnCli, tempFiles } from "./helpers.js";

const bin = fileURLToPath(new URL("../../src/cli/bin.ts", import.meta.url));
const preload = fileURLToPath(new URL("./fixtures/signal-during-write.cjs", import.meta.url));
// tsx by its full path: some runs start in a temporary folder, where "tsx" would not resolve.
const tsx = new URL("../../node_modules/tsx/dist/loader.mjs", import.meta.url).href;
const node = ["--import", tsx, bin];

const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

/** A claim set whose report is large: `n` groups of two disagreeing claims. */
function largeClaimSet(n: number): string {
  const claims = [];
  for (let i = 0; i < n; i++) {
    claims.push(claim(`a${i}`, { subject: `place-${i}`, value: 100, published: "2025-04-20" }));
    claims.push(claim(`b${i}`, { subject: `place-${i}`, value: 900, source: "pentagon", published: "2025-04-20" }));
  }
  return json({ claims });
}

const small = json({ claims: [claim("a", { published: "2025-04-20" }), claim("b", { value: 1400, source: "pentagon", published: "2025-04-20" })] });
const OLD = "the report before, byte for byte\n";

describe("--output never loses the file it writes", () => {
  it("into a missing folder, onto a folder, onto a read-only file: one line, exit 2, nothing changed", () => {
    const dir = tempFiles({ "claims.json": small, "old.json": OLD });
    mkdirSync(join(dir, "folder"));
    chmodSync(join(dir, "old.json"), 0o444);
    const cases: Array<[string, string]> = [
      [join(dir, "missing", "report.json"), "its folder does not exist; nothing was written"],
      [join(dir, "folder"), "it is a folder; it was left as it was"],
      [join(dir, "old.json"), "the file is read-only; it was left as it was"],
    ];
    for (const [output, why] of cases) {
      const out = spawnCli(["check", join(dir, "claims.json"), "--output", output]);
      expect(out.code).toBe(2);
      expect(out.stderr).toBe(`corroborate: cannot write ${JSON.stringify(output)}: ${why}\n`);
    }
    expect(readFileSync(join(dir, "old.json"), "utf8")).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(["claims.json", "folder", "old.json"]);
  });

  it("refuses an output that is one of the inputs, by any name, before writing anything", () => {
    const dir = tempFiles({ "claims.json": small, "config.json": json({ rules: {} }) });
    linkSync(join(dir, "claims.json"), join(dir, "alias.json"));
    for (const output of ["claims.json", "alias.json", "config.json"]) {
      const out = spawnCli(["check", join(dir, "claims.json"), "--config", join(dir, "config.json"), "--output", join(dir, output)]);
      expect(out.code).toBe(2);
      expect(out.stderr).toContain("is one of the input files");
      expect(out.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect(readFileSync(join(dir, "claims.json"), "utf8")).toBe(small);
    expect(readFileSync(join(dir, "config.json"), "utf8")).toBe(json({ rules: {} }));
  });

  it("the file-size limit: exit 2, the old report kept, no temporary file", () => {
    const dir = tempFiles({ "claims.json": largeClaimSet(3000), "report.json": OLD });
    // 256 blocks of 1 KiB: the report (several MB) cannot fit; the CLI's own files can.
    const out = spawnSync("bash", ["-c", `ulimit -f 256 && exec "${process.execPath}" ${node.join(" ")} check claims.json --format json --output report.json`], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(out.stderr).toBe('corroborate: cannot write "report.json": the file would be larger than the file-size limit allows; it was left as it was\n');
    expect(out.status).toBe(2);
    expect(readFileSync(join(dir, "report.json"), "utf8")).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(["claims.json", "report.json"]);
  });

  // A real full disk needs a small file system of its own: a tmpfs, which only root can mount.
  const mountable = (() => {
    if (process.getuid?.() !== 0) return false;
    const probe = mkdtempSync(join(tmpdir(), "corroborate-mount-"));
    const ok = spawnSync("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", probe]).status === 0;
    if (ok) spawnSync("umount", [probe]);
    rmSync(probe, { recursive: true, force: true });
    return ok;
  })();
  it.skipIf(!mountable)("a full disk (a 256 KiB tmpfs): exit 2, the old report kept, no temporary file", () => {
    const dir = mkdtempSync(join(tmpdir(), "corroborate-full-"));
    expect(spawnSync("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", dir]).status).toBe(0);
    try {
      writeFileSync(join(dir, "report.json"), OLD);
      const claims = tempFiles({ "claims.json": largeClaimSet(3000) });
      const out = spawnCli(["check", join(claims, "claims.json"), "--format", "json", "--output", join(dir, "report.json")]);
      expect(out.stderr).toBe(`corroborate: cannot write ${JSON.stringify(join(dir, "report.json"))}: no space left on device; it was left as it was\n`);
      expect(out.code).toBe(2);
      expect(readFileSync(join(dir, "report.json"), "utf8")).toBe(OLD);
      expect(readdirSync(dir)).toEqual(["report.json"]);
    } finally {
      spawnSync("umount", [dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a signal during a write", () => {
  /** Runs check --output with the preload that sends `signal` once the temporary file is being written. */
  function interrupted(signal: NodeJS.Signals, failing: boolean) {
    const dir = tempFiles({ "claims.json": largeClaimSet(500), "report.json": OLD });
    const out = spawnSync(process.execPath, ["--require", preload, ...node, "check", "claims.json", "--format", "json", "--output", "report.json"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, SIGNAL_DURING_WRITE: signal, ...(failing ? { FAIL_AFTER_SIGNAL: "1" } : {}) },
    });
    return { dir, out };
  }

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`${signal}: the write finishes, no temporary file is left, then the process ends by the signal`, () => {
      const { dir, out } = interrupted(signal, false);
      expect(out.signal).toBe(signal);
      const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as { summary: { claims: number } };
      expect(report.summary.claims).toBe(1000);
      expect(readdirSync(dir).sort()).toEqual(["claims.json", "report.json"]);
    });
  }

  it("SIGTERM, then the write fails: the old file kept, no temporary file, the error said, then the signal", () => {
    const { dir, out } = interrupted("SIGTERM", true);
    expect(out.stderr).toBe('corroborate: cannot write "report.json": no space left on device; it was left as it was\n');
    expect(out.signal).toBe("SIGTERM");
    expect(readFileSync(join(dir, "report.json"), "utf8")).toBe(OLD);
    expect(readdirSync(dir).sort()).toEqual(["claims.json", "report.json"]);
  });
});

describe("concurrent apply", () => {
  /** Runs the CLI without waiting for it. */
  function start(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [...node, ...args], { stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
  }

  it("six applies of the same file at once all land: every success is in the file", async () => {
    const writers = 6;
    const files: Record<string, string> = { "claims.json": json({ claims: [claim("first")] }) };
    for (let i = 0; i < writers; i++) files[`patch${i}.json`] = json([{ op: "add", path: "/claims/-", value: claim(`added-${i}`) }]);
    const dir = tempFiles(files);
    const outcomes = await Promise.all(
      Array.from({ length: writers }, (_, i) => start(["apply", join(dir, "claims.json"), join(dir, `patch${i}.json`), "--lock-timeout", "120"])),
    );
    for (const outcome of outcomes) expect(outcome).toMatchObject({ code: 0, stderr: "" });
    const ids = (JSON.parse(readFileSync(join(dir, "claims.json"), "utf8")) as { claims: Array<{ id: string }> }).claims.map((c) => c.id);
    expect(ids.sort()).toEqual(["first", ...Array.from({ length: writers }, (_, i) => `added-${i}`)].sort());
    expect(readdirSync(dir).filter((name) => !name.startsWith("patch"))).toEqual(["claims.json"]);
  }, 180_000);

  it("a lock held by a running process: exit 2 after the timeout, saying who writes; the file and the lock untouched", () => {
    const original = json({ claims: [claim("first")] });
    const dir = tempFiles({ "claims.json": original, "patch.json": json([{ op: "remove", path: "/claims/0" }]) });
    writeFileSync(join(dir, "claims.json.lock"), `${process.pid} ${hostname()}\n`);
    const out = spawnCli(["apply", join(dir, "claims.json"), join(dir, "patch.json"), "--lock-timeout", "0.2"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      `corroborate: another corroborate apply is writing ${JSON.stringify(join(dir, "claims.json"))} (process ${process.pid}); try again when it has finished, or remove ${JSON.stringify(join(dir, "claims.json.lock"))} if it is left from a stopped process\n`,
    );
    expect(readFileSync(join(dir, "claims.json"), "utf8")).toBe(original);
    expect(readdirSync(dir).sort()).toEqual(["claims.json", "claims.json.lock", "patch.json"]);
  });

  it("a lock left by a process that has ended: said at once, never taken over", () => {
    const dir = tempFiles({ "claims.json": small, "patch.json": json([{ op: "remove", path: "/claims/0" }]) });
    const ended = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    writeFileSync(join(dir, "claims.json.lock"), `${ended} ${hostname()}\n`);
    const out = spawnCli(["apply", join(dir, "claims.json"), join(dir, "patch.json")]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`is locked by process ${ended}, which is no longer running`);
    expect(readFileSync(join(dir, "claims.json"), "utf8")).toBe(small);
  });
});

describe("standard output and standard error", () => {
  it("a full standard output (/dev/full): exit 2 and one line on standard error", () => {
    const dir = tempFiles({ "claims.json": small });
    const full = openSync("/dev/full", "w");
    try {
      const out = spawnSync(process.execPath, [...node, "check", join(dir, "claims.json")], { stdio: ["ignore", full, "pipe"], encoding: "utf8" });
      expect(out.stderr).toBe("corroborate: cannot write to standard output: no space left on device\n");
      expect(out.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });

  it("a reader that closes the pipe early: exit 2 and one line, no stack trace", async () => {
    const dir = tempFiles({ "claims.json": largeClaimSet(3000) });
    const child = spawn(process.execPath, [...node, "check", join(dir, "claims.json"), "--format", "json"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(stderr).toBe("corroborate: cannot write to standard output: the reader closed the pipe\n");
    expect(code).toBe(2);
  }, 60_000);

  it("a closed standard error never crashes the process", () => {
    const dir = tempFiles({ "bad.json": json({ claims: [{ id: "a", property: "troop-count", value: 900 }] }) });
    const out = spawnSync("bash", ["-c", `exec "${process.execPath}" ${node.join(" ")} validate bad.json 2>&-`], { cwd: dir, encoding: "utf8" });
    expect(out.status).toBe(2); // the invalid input, said nowhere: the exit code still says it
    expect(out.stdout).toBe("");
    expect(out.stderr).toBe("");
  });
});

describe("in process: how each failure is said", () => {
  const files = { "claims.json": small, "patch.json": json([{ op: "remove", path: "/claims/0" }]) };

  it("a write the system refuses is one line naming the file and why, for every code it may give", () => {
    const cases: Array<[string, string]> = [
      ["ENOSPC", "no space left on device"],
      ["EFBIG", "the file would be larger than the file-size limit allows"],
      ["EIO", "input/output error"],
      ["EDQUOT", "disk quota exceeded"],
      ["EROFS", "the file system is read-only"],
      ["ECHANGED", "another program changed it while this command ran"],
      ["EWHATEVER", "the system said EWHATEVER"],
    ];
    for (const [code, why] of cases) {
      const out = cli(["check", "claims.json", "--output", "report.json"], files, undefined, { written: {}, failWrites: code });
      expect(out).toEqual({ code: 2, stdout: "", stderr: `corroborate: cannot write "report.json": ${why}; nothing was written\n` });
      const extracted = cli(["extract", "-", "--lang", "en", "--output", "claims.json"], files, "About 900 troops.", { written: {}, failWrites: code });
      expect(extracted.stderr).toBe(`corroborate: cannot write "claims.json": ${why}; it was left as it was\n`);
      expect(extracted.code).toBe(2);
    }
  });

  it("standard output that fails stops the command with one line on standard error and exit 2", () => {
    for (const [code, why] of [["EPIPE", "the reader closed the pipe"], ["ENOSPC", "no space left on device"]] as const) {
      const out = cli(["check", "claims.json", "--format", "json"], files, undefined, { failStdout: { code } });
      expect(out).toEqual({ code: 2, stdout: "", stderr: `corroborate: cannot write to standard output: ${why}\n` });
    }
  });

  it("--output - is standard output; an output that is an input is refused, for check, apply and extract", () => {
    const out = cli(["check", "claims.json", "--output", "-", "--format", "json"], files);
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout)).toMatchObject({ summary: { claims: 2 } });
    const written = {};
    expect(cli(["check", "claims.json", "--output", "claims.json"], files, undefined, { written }).stderr).toBe(
      'corroborate: --output "claims.json" is one of the input files; choose another file (nothing was written)\n',
    );
    expect(cli(["apply", "claims.json", "patch.json", "--output", "patch.json"], files, undefined, { written }).code).toBe(2);
    expect(cli(["extract", "claims.json", "--lang", "en", "--output", "claims.json"], files, undefined, { written }).code).toBe(2);
    expect(written).toEqual({});
  });

  it("apply: a busy lock is one line; a bad --lock-timeout is bad usage; the lock is released after a failure too", () => {
    const busy = cli(["apply", "claims.json", "patch.json"], files, undefined, { written: {}, locked: ["claims.json"] });
    expect(busy).toEqual({
      code: 2,
      stdout: "",
      stderr: 'corroborate: another corroborate apply is writing "claims.json" (process 4242); try again when it has finished, or remove "claims.json.lock" if it is left from a stopped process\n',
    });
    for (const bad of ["", "-1", "soon", "1e9"]) {
      expect(cli(["apply", "claims.json", "patch.json", `--lock-timeout=${bad}`], files).stderr).toContain("--lock-timeout must be a number of seconds");
    }
    const locks: string[] = [];
    const failed = cli(["apply", "claims.json", "patch.json"], { ...files, "patch.json": "[{}]" }, undefined, { written: {}, locks });
    expect(failed.code).toBe(2);
    expect(locks).toEqual(["claims.json", "-claims.json"]);
  });
});

describe("JSON the CLI reads for itself: a repeated key is never silently dropped", () => {
  it("a --config, a patch and a report with a repeated key: one line with its line and pointer, exit 2", () => {
    const files = {
      "claims.json": small,
      "config.json": '{"rules": {"value-changed": "off"},\n "rules": {}}',
      "patch.json": '[{"op": "remove", "path": "/claims/0",\n "path": "/claims/1"}]',
    };
    const config = cli(["check", "claims.json", "--config", "config.json"], files);
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/^config\.json:2: \/rules: duplicate key "rules"/);
    const patch = cli(["apply", "claims.json", "patch.json"], files, undefined, { written: {} });
    expect(patch.code).toBe(2);
    expect(patch.stderr).toMatch(/^patch\.json:2: \/0\/path: duplicate key "path"/);
  });
});
