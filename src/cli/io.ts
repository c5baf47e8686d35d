/**
 * What the command line needs from the outside world, passed in so tests can
 * run the CLI in-process with fake streams and files.
 */
export interface CliIo {
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
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
  /** Writes a file (`--output`), from one string or from pieces written one after another (large reports). */
  writeFile(path: string, text: string | Iterable<string>): void;
  /**
   * Replaces a file's content atomically (`apply`): writes a temporary file
   * beside it, then renames it over the file, so the file is always either
   * the old one or the new one, never half written. Throws a Node
   * `ErrnoException` when it cannot; the file is then unchanged.
   */
  replaceFile(path: string, text: string): void;
  /** Whether standard output wants colour: a terminal, and no NO_COLOR in the environment. */
  color: boolean;
  /** Whether standard error is a terminal, where a progress line may be drawn for slow inputs. */
  stderrIsTTY: boolean;
  /** A clock in milliseconds, for the progress line. */
  now(): number;
}
