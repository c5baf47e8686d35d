/**
 * Processor time for the growth tests, which compare two times of the same
 * code and never a time with a bound: time this process spent computing
 * (`process.cpuUsage`), not time on the clock, so that other work on a busy
 * machine does not slow one size more than the other.
 */

/** The processor time of one call of `run`, in milliseconds. */
export function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}
