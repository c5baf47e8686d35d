/** The CLI wired to the real process (internal: loaded by bin.ts). */
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { colorFromEnvironment } from "./color.js";
import { fileSize } from "./file-size.js";
import { identify, lockFile, sleep, writeAll, writeFileSafely } from "./files.js";
import { OutputError } from "./io.js";
import { run } from "./main.js";
import { settle } from "./signals.js";

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

// Standard output and error are written with writeSync on their descriptors,
// so every failure (a closed pipe, a full disk, /dev/full) is an error here,
// in order, rather than an 'error' event after the command has ended.
let stderrFailed = false;

const code = run(process.argv.slice(2), {
  stdout: (text) => {
    try {
      writeAll(1, text);
    } catch (error) {
      throw new OutputError("standard output", (error as NodeJS.ErrnoException).code);
    }
  },
  stderr: (text) => {
    try {
      writeAll(2, text);
    } catch {
      stderrFailed = true; // nowhere left to say so; the exit code does
    }
  },
  readFile: (path) => readFileSync(path === "-" ? 0 : path),
  readChunks,
  fileSize,
  identify: (path) => identify(path),
  writeFile: (path, text, options) => writeFileSafely(path, text, options),
  lock: (path, timeoutMs) => lockFile(path, timeoutMs),
  color: colorFromEnvironment(process.env, Boolean(process.stdout.isTTY)),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  now: () => performance.now(),
});
process.exitCode = code === 0 && stderrFailed ? 2 : code;
await settle();
