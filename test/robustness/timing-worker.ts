/**
 * Runs timing measurements for `linear-time.test.ts` in a worker thread, so
 * that a quadratic or exponential case can be stopped (`worker.terminate()`
 * interrupts running JavaScript) instead of hanging the suite. Started
 * through tsx (see `startTimingWorker` in linear-time.test.ts).
 *
 * Each request names what to run and on which input; the reply is the
 * fastest of `reps` runs in milliseconds (performance.now), or the error the
 * call threw.
 */
import { parentPort } from "node:worker_threads";
import { PATTERNS, STRUCTURES, TARGETS } from "./adversarial.js";

export type TimingRequest =
  | { kind: "target"; target: string; pattern: string; size: number; reps: number }
  | { kind: "structure"; name: string; size: number; reps: number }
  | { kind: "regex"; source: string; flags: string; use: "test" | "replace" | "split"; pattern: string; size: number; reps: number };

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
      const build = STRUCTURES[request.name];
      if (!build) throw new Error(`unknown structure ${request.name}`);
      return build(request.size);
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
    let best = Infinity;
    for (let i = 0; i < request.reps; i++) {
      const start = performance.now();
      run();
      best = Math.min(best, performance.now() - start);
    }
    reply = { ok: true, ms: best };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  parentPort!.postMessage(reply);
});

parentPort!.postMessage("ready");
