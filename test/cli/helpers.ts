import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FileIdentity } from "../../src/cli/io.js";
import { LockBusy, OutputError } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";

const bin = fileURLToPath(new URL("../../src/cli/bin.ts", import.meta.url));

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options of `cli`. */
export interface CliOptions {
  color?: boolean;
  /** Where `writeFile` puts what it writes. */
  written?: Record<string, string>;
  /** Every write fails with this system error code (EACCES, ENOSPC, …). */
  failWrites?: string;
  /** Standard output fails with this system error code (EPIPE, ENOSPC, …) after this many writes (0: the first). */
  failStdout?: { code: string; after?: number };
  /** Files whose writers' lock another process holds. */
  locked?: string[];
  /** The files locked, in order, and released (`-path`). */
  locks?: string[];
  /** The size of the chunks `readChunks` gives (7 bytes by default, so chunks split characters and lines). */
  chunkSize?: number;
  /** Standard error is a terminal (no by default). */
  stderrIsTTY?: boolean;
  /** The clock; it stands still at 0 by default. */
  now?: () => number;
}

/** Runs the CLI in this process, with files from `files` and standard input from `stdin`. */
export function cli(argv: string[], files: Record<string, string | Uint8Array> = {}, stdin?: string | Uint8Array, options: CliOptions = {}): Outcome {
  let stdout = "";
  let stderr = "";
  let stdoutWrites = 0;
  const content = (path: string): Uint8Array => {
    const found = path === "-" ? stdin : Object.hasOwn(files, path) ? files[path] : undefined; // "constructor" is no file
    if (found === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
    return typeof found === "string" ? new TextEncoder().encode(found) : found;
  };
  // In memory a file is its path: the same path is the same file.
  const paths: string[] = [];
  const identify = (path: string): FileIdentity | undefined => {
    const text = Object.hasOwn(files, path) ? files[path] : options.written && Object.hasOwn(options.written, path) ? options.written[path] : undefined;
    if (text === undefined) return undefined;
    if (!paths.includes(path)) paths.push(path);
    return { dev: 1, ino: paths.indexOf(path) + 1, size: text.length, mtimeMs: 0, ctimeMs: 0 };
  };
  const code = run(argv, {
    color: options.color ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    now: options.now ?? (() => 0),
    identify,
    // In memory the write is atomic already.
    writeFile: (path, text) => {
      if (!options.written) throw new Error("this test writes no files");
      if (options.failWrites) throw Object.assign(new Error(`${options.failWrites}: ${path}`), { code: options.failWrites });
      options.written[path] = typeof text === "string" ? text : [...text].join("");
    },
    lock: (path) => {
      if (options.locked?.includes(path)) throw new LockBusy(path, `${path}.lock`, 4242, false);
      options.locks?.push(path);
      return () => void options.locks?.push(`-${path}`);
    },
    stdout: (text) => {
      if (options.failStdout && stdoutWrites++ >= (options.failStdout.after ?? 0)) throw new OutputError("standard output", options.failStdout.code);
      stdout += text;
    },
    stderr: (text) => void (stderr += text),
    readFile: content,
    // One reused buffer, as the real one: a chunk kept past the next one would change under its keeper.
    readChunks: function* (path) {
      const bytes = content(path);
      const buffer = new Uint8Array(options.chunkSize ?? 7);
      for (let start = 0; start < bytes.length; start += buffer.length) {
        const chunk = bytes.subarray(start, start + buffer.length);
        buffer.set(chunk);
        yield buffer.subarray(0, chunk.length);
      }
    },
    fileSize: (path) => (path !== "-" && Object.hasOwn(files, path) ? content(path).length : undefined),
  });
  return { code, stdout, stderr };
}

/** Runs the real executable (through tsx) in a child process. */
export function spawnCli(argv: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): Outcome {
  const result = spawnSync(process.execPath, ["--import", "tsx", bin, ...argv], {
    input: options.input,
    cwd: options.cwd,
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory with the given files written into it. */
export function tempFiles(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** A minimal valid claim. */
export function claim(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, subject: "us-forces", property: "troop-count", value: 900, source: "infoplus", ...extra };
}
