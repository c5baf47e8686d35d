/**
 * Large inputs are checked in a Node whose heap is set up for them. Reading
 * and checking a claim set keeps almost every object it makes alive to the
 * end, so the garbage collector's usual work is mostly wasted on it:
 *
 * - Node's default young generation (16 MiB halves) copies each object before
 *   it is kept; with 64 MiB halves, a check of a million claims takes about
 *   7 % less time.
 * - The old generation starts small and is collected whole each time it has
 *   grown a step, marking every claim again; started at six times the size of
 *   the input (at most half of the machine's memory), it is not collected
 *   while the check runs: about 8 % less time, and a steadier one.
 *
 * Both cost memory: a check of a million claims peaks at about 1 680 MiB, of
 * which about 300 MiB for the second flag. Node's heap is sized when it
 * starts, so the CLI starts again, once, with the flags.
 *
 * Once is enforced by an environment variable set on the second process
 * (`RESTARTED`), which every runtime passes on: Deno reports an empty
 * `execArgv`, so a check of the flags alone let each start begin another.
 * Only Node starts again at all: the flags are V8's as Node takes them.
 */

/** Node's flag for the size of each half of the young generation. */
const SEMI_SPACE = "--max-semi-space-size";

/** Node's flag for the size of the old generation before its first full collection. */
const OLD_SPACE = "--initial-old-space-size";

/** The size of each half, in MiB, for large inputs. @internal */
export const SEMI_SPACE_MIB = 64;

/** How many times the input's size the old generation starts at. @internal */
export const OLD_SPACE_PER_INPUT = 6;

/** Files that add up to this many bytes make an input large. @internal */
export const LARGE_INPUT_BYTES = 64 * 2 ** 20;

/** The environment variable set on the CLI's second start, which never starts a third. @internal */
export const RESTARTED = "CORROBORATE_RESTARTED";

/**
 * Whether this process may start the CLI again: it runs on Node (not Deno
 * or Bun, whose `process.versions` name them) and was not started again
 * itself (`RESTARTED` is not set in `env`).
 * @internal
 */
export function mayRestart(env: Readonly<Record<string, string | undefined>>, versions: Readonly<Record<string, string | undefined>>): boolean {
  if (env[RESTARTED] !== undefined && env[RESTARTED] !== "") return false;
  return typeof versions.node === "string" && versions.deno === undefined && versions.bun === undefined;
}

/** The commands that read whole claim sets. */
const READERS = new Set(["check", "validate"]);

const MiB = 2 ** 20;

/**
 * The arguments to start Node again with, for the CLI whose process has
 * `argv` (node, the script, then the command and its arguments) and
 * `execArgv`, or `undefined` to run here: for `check` and `validate` when the
 * files named add up to LARGE_INPUT_BYTES or more (standard input is not
 * counted), with each flag that is not set already, by the user (on Node's
 * command line or in `NODE_OPTIONS`) or by this very start. `memory` is the
 * machine's memory in bytes.
 * @internal
 */
export function respawnArgs(
  argv: readonly string[],
  execArgv: readonly string[],
  nodeOptions: string | undefined,
  sizeOf: (path: string) => number | undefined,
  memory: number,
): string[] | undefined {
  const [, script, command, ...rest] = argv;
  if (script === undefined || command === undefined || !READERS.has(command)) return undefined;
  const isSet = (flag: string) => execArgv.some((arg) => arg.startsWith(flag)) || (nodeOptions ?? "").includes(flag);
  let total = 0;
  for (const arg of rest) if (arg !== "-" && !arg.startsWith("-")) total += sizeOf(arg) ?? 0;
  if (total < LARGE_INPUT_BYTES) return undefined;
  const flags: string[] = [];
  if (!isSet(SEMI_SPACE)) flags.push(`${SEMI_SPACE}=${SEMI_SPACE_MIB}`);
  if (!isSet(OLD_SPACE)) flags.push(`${OLD_SPACE}=${Math.floor(Math.min(OLD_SPACE_PER_INPUT * total, memory / 2) / MiB)}`);
  return flags.length === 0 ? undefined : [...execArgv, ...flags, script, command, ...rest];
}
