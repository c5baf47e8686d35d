/** The CLI wired to the real process (internal: loaded by bin.ts). */
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileSize } from "./file-size.js";
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

/** Writes a file from one string, or piece by piece so that a large report is never one string. */
function writeFile(path: string, text: string | Iterable<string>): void {
  if (typeof text === "string") return writeFileSync(path, text);
  const fd = openSync(path, "w");
  // One buffer for every piece that fits (a piece of n characters is at most 3n bytes of UTF-8).
  let buffer = Buffer.allocUnsafe(4 << 20);
  try {
    for (const piece of text) {
      if (piece.length * 3 > buffer.length) buffer = Buffer.allocUnsafe(piece.length * 3);
      const length = buffer.write(piece);
      for (let written = 0; written < length; ) written += writeSync(fd, buffer, written, length - written);
    }
  } finally {
    closeSync(fd);
  }
}

/** The size of the chunks `readChunks` reads. */
const CHUNK_SIZE = 1 << 20;

/**
 * Reads a file, or standard input for `-`, in chunks of up to 1 MiB into one
 * reused buffer. Standard input may be non-blocking (EAGAIN: nothing to read
 * yet); then it waits a moment and tries again, until the end of the input.
 */
function* readChunks(path: string): Generator<Uint8Array> {
  const fd = path === "-" ? 0 : openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
    for (;;) {
      let count: number;
      try {
        count = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EOF") return;
        if (code !== "EAGAIN") throw error;
        sleep(10);
        continue;
      }
      if (count === 0) return;
      yield buffer.subarray(0, count);
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** Blocks the thread for `ms` milliseconds (the CLI is synchronous). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// A closed pipe (`corroborate … | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path === "-" ? 0 : path),
  readChunks,
  fileSize,
  writeFile,
  replaceFile,
  // https://no-color.org: any non-empty NO_COLOR turns colour off.
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  now: () => performance.now(),
});
