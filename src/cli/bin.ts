#!/usr/bin/env node
/** The `corroborate` executable: wires `run` to the real process. */
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { run } from "./main.js";

/**
 * Writes `text` to a new file beside `path` (same directory, so the rename
 * cannot cross file systems), flushes it, then renames it over `path`. A
 * symbolic link is followed, so the link stays a link; the file's
 * permissions are kept. On any failure the temporary file is removed and the
 * original is untouched.
 */
function replaceFile(path: string, text: string): void {
  let target = path;
  let mode: number | undefined;
  try {
    target = realpathSync(path);
    mode = statSync(target).mode & 0o7777;
  } catch {
    // A new file: nothing to follow or keep.
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", mode ?? 0o666);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already renamed.
    }
    throw error;
  }
}

// A closed pipe (`corroborate … | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path === "-" ? 0 : path),
  writeFile: (path, text) => writeFileSync(path, text),
  replaceFile,
  // https://no-color.org: any non-empty NO_COLOR turns colour off.
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
