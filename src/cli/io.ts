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
  /** Writes a file (`--output`). */
  writeFile(path: string, text: string): void;
  /**
   * Replaces a file's content atomically (`apply`): writes a temporary file
   * beside it, then renames it over the file, so the file is always either
   * the old one or the new one, never half written. Throws a Node
   * `ErrnoException` when it cannot; the file is then unchanged.
   */
  replaceFile(path: string, text: string): void;
  /** Whether standard output wants colour: a terminal, and no NO_COLOR in the environment. */
  color: boolean;
}
