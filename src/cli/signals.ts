/**
 * Signals during writes (used by files.ts and process.ts).
 *
 * The CLI is synchronous, and Node runs a signal's listeners only between
 * pieces of synchronous work. So once a write has begun, a SIGINT, SIGTERM
 * or SIGHUP waits until the write has renamed or removed its temporary file
 * and released its lock; `settle` then gives it its turn, and the process
 * ends as the signal asks (by the signal itself, so the shell sees it). Any
 * path still registered then (none, unless a write is cut short by a bug) is
 * removed first.
 */
import { unlinkSync } from "node:fs";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** Files to remove if the process is stopped: temporary files and lock files being written. */
const owned = new Set<string>();
let armed = false;

function stop(signal: NodeJS.Signals): void {
  for (const path of owned) {
    try {
      unlinkSync(path);
    } catch {
      // Gone already.
    }
  }
  owned.clear();
  for (const name of SIGNALS) process.removeAllListeners(name);
  process.kill(process.pid, signal);
}

/** From now on, the signals that stop the CLI wait for the current write to end. @internal */
export function deferSignals(): void {
  if (armed) return;
  armed = true;
  for (const name of SIGNALS) process.on(name, stop);
}

/** Registers a file this process is writing (removed if it is stopped); returns the unregistration. @internal */
export function guardPath(path: string): () => void {
  deferSignals();
  owned.add(path);
  return () => void owned.delete(path);
}

/**
 * Lets a signal that arrived during a write take effect. Node reads pending
 * signals in its event loop's poll phase, and its signal handles do not keep
 * the loop running: so a timer holds the loop open while two turns pass
 * (each turn polls, then runs the immediates), then lets it end. Does nothing
 * when no write was guarded.
 * @internal
 */
export async function settle(): Promise<void> {
  if (!armed) return;
  await new Promise<void>((resolve) => {
    const open = setTimeout(resolve, 1000);
    setImmediate(() =>
      setImmediate(() => {
        clearTimeout(open);
        resolve();
      }),
    );
  });
}
