/** How commands write files: safely (see `CliIo.writeFile`), never over their own input, with one line when they cannot. */
import type { CliIo, FileIdentity } from "./io.js";
import type { LockBusy } from "./io.js";
import { sameFile } from "./io.js";

/** `path` quoted for a message; control characters escaped. */
function quoted(path: string): string {
  return JSON.stringify(path);
}

/** Why a file cannot be written, in words, from the system's error code. @internal */
export function whyNotWritten(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case "ENOSPC":
      return "no space left on device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EFBIG":
      return "the file would be larger than the file-size limit allows";
    case "EIO":
      return "input/output error";
    case "ENOENT":
      return "its folder does not exist";
    case "ENOTDIR":
      return "a part of its path is not a folder";
    case "EISDIR":
      return "it is a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EREADONLY":
      return "the file is read-only";
    case "EROFS":
      return "the file system is read-only";
    case "ECHANGED":
      return "another program changed it while this command ran";
    case "ELOOP":
      return "too many symbolic links";
    case "ENAMETOOLONG":
      return "the name is too long";
    case "EBUSY":
    case "ETXTBSY":
      return "it is busy";
    case "EPIPE":
      return "the reader closed the pipe";
    default:
      return typeof code === "string" ? `the system said ${code}` : error instanceof Error ? error.message : String(error);
  }
}

/**
 * Writes `text` to `path` through `io.writeFile`; when it cannot, prints one
 * line and returns false. The file is then as it was.
 * @internal
 */
export function writeOutput(io: CliIo, path: string, text: string | Iterable<string>, options?: { unchangedSince?: FileIdentity }): boolean {
  const existed = io.identify(path) !== undefined;
  try {
    io.writeFile(path, text, options);
    return true;
  } catch (error) {
    if (typeof (error as { code?: unknown }).code !== "string") throw error; // a bug, not the file system
    io.stderr(`corroborate: cannot write ${quoted(path)}: ${whyNotWritten(error)}; ${existed ? "it was left as it was" : "nothing was written"}\n`);
    return false;
  }
}

/**
 * Refuses an output file that is also one of the command's inputs (the same
 * file, by any name: a link, another path): writing it would destroy the
 * input before, or instead of, its report. Prints one line and returns false.
 * @internal
 */
export function outputIsNoInput(io: CliIo, output: string, inputs: readonly string[]): boolean {
  const target = io.identify(output);
  if (target === undefined) return true;
  const input = inputs.find((path) => path !== "-" && sameFile(io.identify(path), target));
  if (input === undefined) return true;
  const same = input === output ? "" : ` (the same file as ${quoted(input)})`;
  io.stderr(`corroborate: --output ${quoted(output)} is one of the input files${same}; choose another file (nothing was written)\n`);
  return false;
}

/** The line for a lock another process holds. @internal */
export function lockMessage(error: LockBusy): string {
  if (error.stale) {
    return `corroborate: ${quoted(error.file)} is locked by process ${error.pid}, which is no longer running; if no corroborate apply is writing it, remove ${quoted(error.lockFile)} and try again\n`;
  }
  return `corroborate: another corroborate apply is writing ${quoted(error.file)}${error.pid === undefined ? "" : ` (process ${error.pid})`}; try again when it has finished, or remove ${quoted(error.lockFile)} if it is left from a stopped process\n`;
}
