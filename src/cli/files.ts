/**
 * Writing files so that nothing is lost (used by process.ts):
 * every write goes to a temporary file beside its target, is checked byte by
 * byte, flushed and renamed over the target; a lock file serialises the
 * writers that read a file before writing it back (`apply`).
 *
 * The functions take the file-system functions they use as a parameter, so
 * tests can make them fail at any step (short writes, a full disk, EIO).
 */
import * as nodeFs from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import type { FileIdentity } from "./io.js";
import { LockBusy, unchanged } from "./io.js";
import { deferSignals, guardPath } from "./signals.js";

/** The file-system functions the writer uses. @internal */
export type WriterFs = Pick<
  typeof nodeFs,
  | "openSync"
  | "writeSync"
  | "fsyncSync"
  | "closeSync"
  | "renameSync"
  | "unlinkSync"
  | "statSync"
  | "lstatSync"
  | "readlinkSync"
  | "realpathSync"
  | "accessSync"
  | "fchmodSync"
  | "fchownSync"
  | "readFileSync"
>;

/** A system error with `code`, as Node's own. */
function systemError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** Which file `path` is, following symbolic links, or `undefined` when there is none. @internal */
export function identify(path: string, fs: WriterFs = nodeFs): FileIdentity | undefined {
  try {
    const stats = fs.statSync(path);
    return { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs };
  } catch {
    return undefined;
  }
}

/**
 * The file a write to `path` lands in: symbolic links are followed (so a
 * link stays a link), including one that points at a file not made yet.
 */
function targetOf(path: string, fs: WriterFs): string {
  try {
    return fs.realpathSync(path);
  } catch {
    // Missing: perhaps a link to a file not made yet, whose own folder must then exist.
  }
  let target = path;
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      if (!fs.lstatSync(target).isSymbolicLink()) return target;
      link = fs.readlinkSync(target, "utf8");
    } catch {
      return target;
    }
    target = resolve(dirname(target), link);
  }
  throw systemError("ELOOP", path);
}

/**
 * Writes every byte of `text` (a string, or pieces) to `fd`: a short write is
 * continued, and a write that fails throws. `EAGAIN` (a non-blocking pipe that
 * is full) waits a moment and tries again.
 * @internal
 */
export function writeAll(fd: number, text: string | Iterable<string>, fs: Pick<WriterFs, "writeSync"> = nodeFs): void {
  const pieces = typeof text === "string" ? [text] : text;
  // One buffer for every piece that fits (a piece of n characters is at most 3n bytes of UTF-8).
  let buffer = Buffer.allocUnsafe(1 << 16);
  for (const piece of pieces) {
    if (piece.length * 3 > buffer.length) buffer = Buffer.allocUnsafe(Math.max(piece.length * 3, buffer.length * 2));
    const length = buffer.write(piece);
    for (let written = 0; written < length; ) {
      let count: number;
      try {
        count = fs.writeSync(fd, buffer, written, length - written);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
        sleep(1);
        continue;
      }
      // A write that makes no progress would loop for ever: a device that takes nothing.
      if (count <= 0) throw systemError("EIO", "nothing was written");
      written += count;
    }
  }
}

/** Blocks the thread for `ms` milliseconds (the CLI is synchronous). @internal */
export function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Writes `text` to `path` safely (see `CliIo.writeFile`): into a temporary
 * file beside the target (same folder, so the rename cannot cross file
 * systems), with the target's permissions, flushed, then renamed over it. A
 * signal during the write waits until the temporary file is renamed or
 * removed (signals.ts). On any failure the temporary file is removed, the
 * target is as it was, and the error is thrown.
 * @internal
 */
export function writeFileSafely(
  path: string,
  text: string | Iterable<string>,
  options: { unchangedSince?: FileIdentity } = {},
  fs: WriterFs = nodeFs,
): void {
  const target = targetOf(path, fs);
  let existing: nodeFs.Stats | undefined;
  try {
    existing = fs.statSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  if (existing?.isDirectory()) throw systemError("EISDIR", target);
  if (existing && !existing.isFile()) return writeDirectly(target, text, fs); // a device or a pipe: nothing to replace
  if (existing) {
    // A file nobody may write is not ours to replace, even for a user (root) the system would let.
    if ((existing.mode & 0o222) === 0) throw systemError("EREADONLY", target);
    fs.accessSync(target, nodeFs.constants.W_OK);
  }
  if (options.unchangedSince && !unchanged(options.unchangedSince, identify(target, fs))) throw systemError("ECHANGED", target);

  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  const release = guardPath(temp);
  let fd: number | undefined;
  let made = false;
  try {
    fd = fs.openSync(temp, "wx", existing ? existing.mode & 0o7777 : 0o666);
    made = true;
    if (existing) {
      fs.fchmodSync(fd, existing.mode & 0o7777); // the umask may have narrowed it
      if (process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0)) fs.fchownSync(fd, existing.uid, existing.gid);
    }
    writeAll(fd, text, fs);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (options.unchangedSince && !unchanged(options.unchangedSince, identify(target, fs))) throw systemError("ECHANGED", target);
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Closing may fail as the write did (EIO); the file is removed next either way.
      }
    }
    if (made) {
      try {
        fs.unlinkSync(temp);
      } catch {
        // Renamed already.
      }
    }
    throw error;
  } finally {
    release();
  }
  syncFolder(dirname(target), fs);
}

/** Writes to a device or a pipe (`/dev/stdout`, a FIFO) as it is: there is no file to replace. */
function writeDirectly(target: string, text: string | Iterable<string>, fs: WriterFs): void {
  const fd = fs.openSync(target, "w");
  try {
    writeAll(fd, text, fs);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder, so the rename survives a crash; not every system allows it, and the file is written either way. */
function syncFolder(folder: string, fs: WriterFs): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, "r");
    fs.fsyncSync(fd);
  } catch {
    // Best effort.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** What a lock file holds: who took it. */
function lockContent(): string {
  return `${process.pid} ${hostname()}\n`;
}

/** The process id in a lock file, and whether it runs here and has ended (a stale lock). */
function lockHolder(lockFile: string, fs: WriterFs): { pid: number | undefined; stale: boolean } {
  let text: string;
  try {
    text = fs.readFileSync(lockFile, "utf8");
  } catch {
    return { pid: undefined, stale: false };
  }
  const [pidText, host] = text.trim().split(" ");
  const pid = Number.isSafeInteger(Number(pidText)) && Number(pidText) > 0 ? Number(pidText) : undefined;
  if (pid === undefined || host !== hostname()) return { pid, stale: false };
  try {
    process.kill(pid, 0);
    return { pid, stale: false };
  } catch (error) {
    return { pid, stale: (error as NodeJS.ErrnoException).code === "ESRCH" };
  }
}

/**
 * Takes the writers' lock of `path`: creates `<file>.lock` beside the file
 * (following links) exclusively, waiting while another process holds it, up
 * to `timeoutMs`. A lock left by a process that has ended is never taken
 * over silently: the error says so, and the user removes it (as git does
 * with its index.lock). Returns the release, which removes the lock file.
 * @internal
 */
export function lockFile(path: string, timeoutMs: number, fs: WriterFs = nodeFs, now: () => number = () => performance.now()): () => void {
  const target = targetOf(path, fs);
  const lock = `${target}.lock`;
  deferSignals(); // before the lock file exists, so a signal cannot leave it behind
  const start = now();
  for (;;) {
    let fd: number | undefined;
    try {
      fd = fs.openSync(lock, "wx", 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (fd !== undefined) {
      const release = guardPath(lock);
      try {
        writeAll(fd, lockContent(), fs);
      } finally {
        fs.closeSync(fd);
      }
      return () => {
        try {
          fs.unlinkSync(lock);
        } catch {
          // Removed already (by hand): nothing to release.
        }
        release();
      };
    }
    const holder = lockHolder(lock, fs);
    if (holder.stale || now() - start >= timeoutMs) throw new LockBusy(target, lock, holder.pid, holder.stale);
    sleep(25);
  }
}
