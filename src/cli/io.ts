/**
 * What the command line needs from the outside world, passed in so tests can
 * run the CLI in-process with fake streams and files.
 * @internal
 */
export interface CliIo {
  /**
   * Writes to standard output, whole. Throws an {@link OutputError} when it
   * cannot (a closed pipe, a full disk): the command then stops.
   */
  stdout(text: string): void;
  /** Writes to standard error. Never throws: a failure is remembered and makes the exit code non-zero. */
  stderr(text: string): void;
  /** Reads a file (or standard input for `-`) as bytes; throws a Node `ErrnoException` when it cannot. */
  readFile(path: string): Uint8Array;
  /**
   * Reads a file (or standard input for `-`) in chunks as they arrive, so it
   * is never held whole. A chunk may be overwritten once the next one is
   * asked for. Throws a Node `ErrnoException`, on opening or on reading,
   * when it cannot.
   */
  readChunks(path: string): Iterable<Uint8Array>;
  /** The size in bytes of a file (or of standard input when it is a file), or `undefined` when unknown (a pipe, a missing file). */
  fileSize(path: string): number | undefined;
  /**
   * Which file `path` is (following symbolic links), or `undefined` when
   * there is none: two paths name the same file when their identities have
   * the same `dev` and `ino`; a file changed when any field changed.
   */
  identify(path: string): FileIdentity | undefined;
  /**
   * Writes a file safely, from one string or from pieces written one after
   * another (large reports): into a new file beside it, every byte checked,
   * flushed to disk, then renamed over it, so the file is always either the
   * old one or the new one. With `unchangedSince`, refuses (code `ECHANGED`)
   * when the file is no longer that one. Devices and pipes (`/dev/stdout`)
   * are written directly. Throws a Node `ErrnoException` (or `EREADONLY` for
   * a file without write permission) when it cannot; the file is then as it
   * was and no temporary file is left.
   */
  writeFile(path: string, text: string | Iterable<string>, options?: { unchangedSince?: FileIdentity }): void;
  /**
   * Takes the writers' lock of `path` (an exclusive lock file beside it),
   * waiting up to `timeoutMs` for another holder; returns its release. Throws
   * a {@link LockBusy} when the lock stays taken.
   */
  lock(path: string, timeoutMs: number): () => void;
  /** Whether standard output wants colour when no option says: see `colorFromEnvironment`. */
  color: boolean;
  /** Whether standard error is a terminal, where a progress line may be drawn for slow inputs. */
  stderrIsTTY: boolean;
  /** A clock in milliseconds, for the progress line. */
  now(): number;
}

/** Which file a path names, and its state when looked at. @internal */
export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** True when two identities are of the same file (same device and inode). @internal */
export function sameFile(a: FileIdentity | undefined, b: FileIdentity | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/** True when a file is the same file, unchanged. @internal */
export function unchanged(before: FileIdentity, now: FileIdentity | undefined): boolean {
  return (
    now !== undefined &&
    sameFile(before, now) &&
    before.size === now.size &&
    before.mtimeMs === now.mtimeMs &&
    before.ctimeMs === now.ctimeMs
  );
}

/** Standard output or standard error could not be written; `code` is the system's (EPIPE, ENOSPC, …). @internal */
export class OutputError extends Error {
  constructor(
    readonly stream: "standard output" | "standard error",
    readonly code: string | undefined,
  ) {
    super(`cannot write to ${stream}${code ? ` (${code})` : ""}`);
    this.name = "OutputError";
  }
}

/** Another process holds the writers' lock of a file. @internal */
export class LockBusy extends Error {
  constructor(
    readonly file: string,
    readonly lockFile: string,
    /** The holder's process id, as its lock file says, when known. */
    readonly pid: number | undefined,
    /** True when the holder runs on this machine and is no longer running (the lock is stale). */
    readonly stale: boolean,
  ) {
    super(`${lockFile} is held${pid === undefined ? "" : ` by process ${pid}`}`);
    this.name = "LockBusy";
  }
}
