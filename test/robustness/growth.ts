/**
 * Whether a call's running time grows linearly with its input, judged so that
 * a busy machine cannot fail it: no time is compared with a fixed bound, only
 * with another time of the same call.
 *
 * The call is timed on a small input and on one k times larger (10 KB and
 * 1 MB: k = 100). Linear code grows about k times, quadratic code about k²;
 * the call passes below a third of quadratic growth (k²/3: 3 333 for
 * k = 100). That leaves linear code room for growing 33 times more than k,
 * which it needs: on one machine, a split into 200 000 pieces grew 17 times
 * more than k, from caches, large-object allocation and page faults, which
 * all change in steps with size. (Sizes ten times apart cannot tell these
 * steps from quadratic growth: from 100 KB to 1 MB, some linear calls grew
 * 70 times.) A quadratic step fails when, at 1 MB, it costs more than about
 * 40 times the call's linear work: a scan of the rest of the input from
 * every character does, even at the speed of `indexOf` (about 130 times the
 * work of normalizeLabel); a scan from every other character is on the edge.
 *
 * Each time is the best of several samples, small and large taken in turn,
 * so that a burst of load slows both; a sample is a batch of calls long
 * enough for the clock not to dominate it, timed in processor time, and
 * leaves out garbage collection pauses (they grow in steps too: see
 * `timing-worker.ts`). A call
 * over the limit is measured again, twice, after a full collection before
 * each sample: a linear call passes if any attempt passes, while a quadratic
 * one fails every attempt.
 *
 * Samples can be stopped (the sampler runs them where they can be
 * interrupted): a large sample once it has run for k² times the small one's
 * time (a quadratic case then fails in seconds instead of minutes), but
 * never before a few seconds, so that a stall of the machine cannot stop it;
 * and any sample after a minute, as a guard against hanging only (no linear
 * call here takes more than about a second on 1 MB).
 */

/** The most a call may grow from `small` to `large` and pass: a third of quadratic growth. */
export const growthLimit = (small: number, large: number) => (large / small) ** 2 / 3;

/** How long a timed batch of calls aims to take, in milliseconds (a measuring grain, not a limit). */
const BATCH_GRAIN = 4;
const MAX_BATCH = 20_000;
/** Rounds (a small sample, then a large one) of each attempt: the first, then the two attempts after a failure. */
const ROUNDS = [2, 3, 3] as const;
/** A large sample is never stopped for its growth sooner than this many milliseconds (a stall of a busy machine). */
const STALL = 3_000;
/** The hang guard, in milliseconds: a sample still running after a minute is stopped. */
export const HANG_GUARD = 60_000;

/** How one sample went: the time of one call (the batch's time divided by its size), a stop, or an error. */
export type SampleOutcome = { ms: number } | { stopped: true } | { error: string };

/**
 * Times `batch` calls on an input of `size`, after a full garbage collection
 * when `collectGarbage`; stops them after `stopAfter` ms where it can.
 */
export type Sampler = (size: number, batch: number, options: { stopAfter: number; collectGarbage: boolean }) => Promise<SampleOutcome>;

/** The verdict on one call: linear (with the growth measured and the best times per call), or why not. */
export type Verdict = { linear: true; growth: number; small: number; large: number } | { linear: false; why: string };

const sizeName = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000} MB` : `${n / 1000} KB`);
const ms = (t: number) => (t >= 100 ? `${t.toFixed(0)} ms` : `${t.toPrecision(2)} ms`);
/** The processor clock's grain (`process.cpuUsage` counts microseconds), in milliseconds: no batch is timed as shorter. */
const CLOCK_GRAIN = 0.001;
/** A batch's time per call, never zero: a batch too quick for the clock took at most its grain. */
const perCall = (time: number, batch: number) => Math.max(time, CLOCK_GRAIN / batch);

/**
 * The time of one call of a batch, in milliseconds: its processor time (`cpu`)
 * less the share of the elapsed time spent collecting garbage, divided by the
 * batch size. Collection costs can add up to more than the elapsed time
 * (helper threads collect in parallel): such a batch keeps its whole
 * processor time, as leaving none of it would make any growth from it look
 * infinite.
 */
export function timePerCall({ cpu, elapsed, collecting, batch }: { cpu: number; elapsed: number; collecting: number; batch: number }): number {
  const share = elapsed > 0 && collecting < elapsed ? 1 - collecting / elapsed : 1;
  return perCall((cpu * share) / batch, batch);
}
const batchFor = (perCall: number) => Math.min(MAX_BATCH, Math.max(1, Math.ceil(BATCH_GRAIN / Math.max(perCall, 1e-6))));

/** A verdict reached before all samples are taken. */
class Reached {
  constructor(readonly verdict: Verdict) {}
}

/** Measures how the time of a call grows from `small` to `large` (see the module's comment), with `sample` running the call. */
export async function measureGrowth(sample: Sampler, [small, large]: readonly [number, number]): Promise<Verdict> {
  try {
    return await judge(sample, small, large);
  } catch (reached) {
    if (reached instanceof Reached) return reached.verdict;
    throw reached;
  }
}

async function judge(sample: Sampler, small: number, large: number): Promise<Verdict> {
  const limit = growthLimit(small, large);
  const quadratic = (large / small) ** 2;
  const [smallName, largeName] = [sizeName(small), sizeName(large)];
  const fail = (why: string) => new Reached({ linear: false, why });

  /** Time per call of a small batch. */
  const timeSmall = async (batch: number, collectGarbage: boolean): Promise<number> => {
    const s = await sample(small, batch, { stopAfter: HANG_GUARD, collectGarbage });
    if ("error" in s) throw fail(`${smallName}: threw ${s.error}`);
    if ("stopped" in s) throw fail(`${smallName} did not finish within a minute (the hang guard)`);
    return perCall(s.ms, batch);
  };
  /** Time per call of a large batch, stopped once it grows k² times `smallPerCall` (a stop at the stall floor counts as that long). */
  const timeLarge = async (batch: number, smallPerCall: number, collectGarbage: boolean): Promise<number> => {
    const stopAfter = Math.min(HANG_GUARD, Math.max(STALL, quadratic * smallPerCall * batch));
    const l = await sample(large, batch, { stopAfter, collectGarbage });
    if ("error" in l) throw fail(`${largeName}: threw ${l.error}`);
    if ("ms" in l) return perCall(l.ms, batch);
    if (stopAfter >= HANG_GUARD) throw fail(`${largeName} did not finish within a minute (the hang guard; ${smallName}: ${ms(smallPerCall)})`);
    if (stopAfter > STALL) throw fail(`${largeName} was stopped after ${ms(stopAfter / batch)} a call, ${quadratic} times ${smallName} (${ms(smallPerCall)})`);
    return stopAfter / batch;
  };

  // One call of each size sets the batch sizes; the large one counts as a sample when it is one call long anyway.
  const coldSmall = await timeSmall(1, false);
  const firstLarge = await timeLarge(1, coldSmall, false);
  const [smallBatch, largeBatch] = [batchFor(coldSmall), batchFor(firstLarge)];
  let bestSmall = Math.min(await timeSmall(smallBatch, false), await timeSmall(smallBatch, false));
  let bestLarge = largeBatch === 1 ? firstLarge : Infinity;
  // Far under the limit on two small samples and a large one: no noise makes a quadratic call look like that.
  if (bestLarge / bestSmall < limit / 3) return { linear: true, growth: bestLarge / bestSmall, small: bestSmall, large: bestLarge };

  const tries: string[] = [];
  for (const [attempt, rounds] of ROUNDS.entries()) {
    const collectGarbage = attempt > 0;
    if (attempt > 0) [bestSmall, bestLarge] = [Infinity, Infinity];
    for (let round = 0; round < rounds; round++) {
      bestSmall = Math.min(bestSmall, await timeSmall(smallBatch, collectGarbage));
      bestLarge = Math.min(bestLarge, await timeLarge(largeBatch, bestSmall, collectGarbage));
    }
    const growth = bestLarge / bestSmall;
    if (growth < limit) return { linear: true, growth, small: bestSmall, large: bestLarge };
    tries.push(`${growth.toFixed(0)} times (${smallName}: ${ms(bestSmall)}, ${largeName}: ${ms(bestLarge)})`);
    if (growth >= quadratic) break;
  }
  const k = large / small;
  return { linear: false, why: `${largeName} took ${tries.join("; then ")}: linear code grows about ${k} times, quadratic ${k ** 2}; the limit is ${limit.toFixed(0)}` };
}
