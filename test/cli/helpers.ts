import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
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
  /** Where `writeFile` and `replaceFile` put what they write. */
  written?: Record<string, string>;
  /** The files `replaceFile` wrote. */
  replaced?: string[];
  failWrites?: boolean;
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
  const content = (path: string): Uint8Array => {
    const found = path === "-" ? stdin : files[path];
    if (found === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
    return typeof found === "string" ? new TextEncoder().encode(found) : found;
  };
  const code = run(argv, {
    color: options.color ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    now: options.now ?? (() => 0),
    writeFile: (path, text) => {
      if (!options.written) throw new Error("this test writes no files");
      options.written[path] = typeof text === "string" ? text : [...text].join("");
    },
    // In memory the write is atomic already; `replaced` records which files went this way.
    replaceFile: (path, text) => {
      if (!options.written) throw new Error("this test writes no files");
      if (options.failWrites) throw Object.assign(new Error(`EACCES: ${path}`), { code: "EACCES" });
      options.written[path] = text;
      options.replaced?.push(path);
    },
    stdout: (text) => void (stdout += text),
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
