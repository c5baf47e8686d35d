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

/** Runs the CLI in this process, with files from `files` and standard input from `stdin`. */
export function cli(
  argv: string[],
  files: Record<string, string | Uint8Array> = {},
  stdin?: string,
  options: { color?: boolean; written?: Record<string, string>; replaced?: string[]; failWrites?: boolean } = {},
): Outcome {
  let stdout = "";
  let stderr = "";
  const code = run(argv, {
    color: options.color ?? false,
    writeFile: (path, text) => {
      if (!options.written) throw new Error("this test writes no files");
      options.written[path] = text;
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
    readFile: (path) => {
      const content = path === "-" ? stdin : files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return typeof content === "string" ? new TextEncoder().encode(content) : content;
    },
  });
  return { code, stdout, stderr };
}

/** Runs the real executable (through tsx) in a child process. */
export function spawnCli(argv: string[], options: { input?: string | Buffer; cwd?: string } = {}): Outcome {
  const result = spawnSync(process.execPath, ["--import", "tsx", bin, ...argv], {
    input: options.input,
    cwd: options.cwd,
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
