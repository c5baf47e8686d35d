/** Whether the terminal wants colour, from the environment, as most command-line tools read it. */

/**
 * Whether standard output wants colour when no `--color` or `--no-color`
 * is given: `FORCE_COLOR` decides when set (`0` or `false` off, anything
 * else on, as Node reads it), then `NO_COLOR` (any non-empty value: off,
 * https://no-color.org), then `TERM=dumb` (off); otherwise colour only on a
 * terminal.
 *
 * @example
 * colorFromEnvironment({ FORCE_COLOR: "1" }, false) // true: piped, but forced
 * colorFromEnvironment({ NO_COLOR: "1" }, true) // false
 * @internal
 */
export function colorFromEnvironment(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return isTTY;
}
