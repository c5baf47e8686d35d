/**
 * Runs timing samples for `linear-time.test.ts` in a worker thread, so that a
 * quadratic or exponential case can be stopped (`worker.terminate()`
 * interrupts running JavaScript) instead of hanging the suite. Started
 * through tsx (see `startTimingWorker` in linear-time.test.ts).
 *
 * Each request names what to run, on which input, and how many calls to time
 * together (see `growth.ts`); the reply is the time of one call in
 * milliseconds, or the error the call threw. The time is processor time
 * (`process.cpuUsage`), not elapsed time: on a machine shared with other
 * work, a short batch often runs within one time slice while a long one is
 * always interrupted, which made 1 MB look twice as slow beside two busy
 * processes. Garbage collection pauses are left out, as their share of the
 * elapsed time.
 *
 * Garbage collection is left out because it grows in steps, not with the
 * algorithm: a 1 MB string built by `+=` is a chain of a million live cons
 * strings that outgrows the young generation, so its scavenges cost a
 * hundred times those of 100 KB, while 2 MB costs about twice 1 MB. The
 * work of the code itself (copying included) is all counted.
 */
import { GCProfiler, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort } from "node:worker_threads";
import { PATTERNS, STRUCTURES, TARGETS } from "./adversarial.js";
import { timePerCall } from "./growth.js";

/** What to time: a target on a pattern, a structure, or a regular expression on a pattern. */
export type TimingSubject =
  | { kind: "target"; target: string; pattern: string }
  | { kind: "structure"; name: string }
  | { kind: "regex"; source: string; flags: string; use: "test" | "replace" | "split"; pattern: string };

/** A sample: `batch` calls on an input of `size`, after a full garbage collection when `collectGarbage`. */
export type TimingRequest = TimingSubject & { size: number; batch: number; collectGarbage: boolean };

export type TimingReply = { ok: true; ms: number } | { ok: false; error: string };

const inputs = new Map<string, string>();
const input = (pattern: string, size: number): string => {
  const key = `${pattern}\u0000${size}`;
  let s = inputs.get(key);
  if (s === undefined) {
    const build = PATTERNS[pattern];
    if (!build) throw new Error(`unknown pattern ${pattern}`);
    if (inputs.size > 8) inputs.clear();
    s = build(size);
    inputs.set(key, s);
  }
  return s;
};

const warm = new Set<string>();
const structures = new Map<string, () => unknown>();

// A full collection before a sample, on request, so that garbage of earlier samples is not collected during it.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** The call to time, ready to run (its input already built). */
function prepare(request: TimingRequest): () => unknown {
  switch (request.kind) {
    case "target": {
      const f = TARGETS[request.target];
      if (!f) throw new Error(`unknown target ${request.target}`);
      const s = input(request.pattern, request.size);
      const key = `${request.target}\u0000${request.pattern}`;
      if (!warm.has(key)) {
        warm.add(key);
        f(PATTERNS[request.pattern]!(1000)); // let the JIT see this path first
      }
      return () => f(s);
    }
    case "structure": {
      const key = `${request.name}\u0000${request.size}`;
      let run = structures.get(key);
      if (run === undefined) {
        const build = STRUCTURES[request.name];
        if (!build) throw new Error(`unknown structure ${request.name}`);
        if (structures.size >= 2) structures.clear();
        run = build(request.size);
        structures.set(key, run);
      }
      return run;
    }
    case "regex": {
      const re = new RegExp(request.source, request.flags);
      const s = input(request.pattern, request.size);
      if (request.use === "replace") return () => s.replace(re, "");
      if (request.use === "split") return () => s.split(re);
      return () => {
        re.lastIndex = 0;
        return re.test(s);
      };
    }
  }
}

parentPort!.on("message", (request: TimingRequest) => {
  let reply: TimingReply;
  try {
    const run = prepare(request);
    if (request.collectGarbage) collectGarbage();
    const profiler = new GCProfiler();
    profiler.start();
    const [cpuStart, start] = [process.cpuUsage(), performance.now()];
    for (let i = 0; i < request.batch; i++) run();
    const [cpuUsed, elapsed] = [process.cpuUsage(cpuStart), performance.now() - start];
    // GCProfiler costs and cpuUsage are in microseconds; the pauses are a share of the elapsed time.
    const collecting = (profiler.stop()?.statistics ?? []).reduce((sum, gc) => sum + gc.cost, 0) / 1000;
    const cpu = (cpuUsed.user + cpuUsed.system) / 1000;
    reply = { ok: true, ms: timePerCall({ cpu, elapsed, collecting, batch: request.batch }) };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  parentPort!.postMessage(reply);
});

parentPort!.postMessage("ready");
