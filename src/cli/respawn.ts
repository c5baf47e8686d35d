/**
 * Large inputs are checked in a Node with a larger young generation. Reading
 * and checking a claim set keeps almost every object it makes alive to the
 * end, and Node's default young generation (16 MiB halves) copies each of them
 * before it is kept: with 64 MiB halves, a check of a million claims takes
 * about 7 % less time and about 450 MB more memory. Node's heap is sized when
 * it starts, so the CLI starts again, once, with the flag.
 */

/** Node's flag for the size of each half of the young generation. */
const SEMI_SPACE = "--max-semi-space-size";

/** The size of each half, in MiB, for large inputs. */
export const SEMI_SPACE_MIB = 64;

/** Files that add up to this many bytes make an input large. */
export const LARGE_INPUT_BYTES = 64 * 2 ** 20;

/** The commands that read whole claim sets. */
const READERS = new Set(["check", "validate"]);

/**
 * The arguments to start Node again with, for the CLI whose process has
 * `argv` (node, the script, then the command and its arguments) and
 * `execArgv`, or `undefined` to run here: for `check` and `validate` when the
 * files named add up to LARGE_INPUT_BYTES or more (standard input is not
 * counted), and only when no young-generation size is set already, by the
 * user or by this very start.
 */
export function respawnArgs(
  argv: readonly string[],
  execArgv: readonly string[],
  nodeOptions: string | undefined,
  sizeOf: (path: string) => number | undefined,
): string[] | undefined {
  const [, script, command, ...rest] = argv;
  if (script === undefined || command === undefined || !READERS.has(command)) return undefined;
  if (execArgv.some((arg) => arg.startsWith(SEMI_SPACE)) || (nodeOptions ?? "").includes(SEMI_SPACE)) return undefined;
  let total = 0;
  for (const arg of rest) if (arg !== "-" && !arg.startsWith("-")) total += sizeOf(arg) ?? 0;
  if (total < LARGE_INPUT_BYTES) return undefined;
  return [...execArgv, `${SEMI_SPACE}=${SEMI_SPACE_MIB}`, script, command, ...rest];
}
