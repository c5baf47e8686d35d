/**
 * The progress line on standard error for slow inputs: nothing for the first
 * two seconds, then the phase with a bar: of the bytes read while reading, of
 * the groups checked while checking, redrawn in place with a carriage return at most ten times a second,
 * and blanked out when done. No colour and no escape codes, so it suits any
 * terminal.
 */

/** What the progress line shows. @internal */
export interface ProgressState {
  /** What is being done: "reading", "checking", … */
  phase: string;
  /** Bytes read so far. */
  bytes: number;
  /** The size of the input, when known (a file, not a pipe). */
  total?: number;
  /** Claims read so far (NDJSON read line by line), 0 when not counted. */
  claims: number;
  /** After reading: how much of the phase is done, when it is counted (groups checked). */
  steps?: { done: number; total: number; unit: string };
}

/** Draws the progress of one input; the CLI makes one per file it reads. @internal */
export interface Progress {
  /** Bytes read so far, and the claims among them. */
  reading(bytes: number, claims: number): void;
  /** Moves on to another phase, such as "checking". */
  phase(label: string): void;
  /** How much of the current phase is done: `done` of `total` `unit` ("groups"). */
  step(done: number, total: number, unit: string): void;
  /** Blanks the line, if anything was drawn; call before printing anything else. */
  done(): void;
}

/** Options of `createProgress`. @internal */
export interface ProgressOptions {
  /** Writes to standard error (a terminal). */
  write(text: string): void;
  /** A clock in milliseconds. */
  now(): number;
  /** The size of the input in bytes, when known. */
  total?: number;
  /** How long to stay silent, in milliseconds. */
  delay?: number;
  /** The shortest time between two redraws, in milliseconds. */
  interval?: number;
}

const BAR_WIDTH = 20;
const PHASE_WIDTH = 10;

/**
 * The progress line for a state: the phase, then, while reading, a bar with
 * the percentage when the size is known, the bytes read and the claims.
 *
 * @example
 * renderProgress({ phase: "reading", bytes: 20_500_000, total: 50_000_000, claims: 81_920 });
 * // → "reading   ████████░░░░░░░░░░░░  41%  20.5 MB of 50.0 MB  81,920 claims"
 * @internal
 */
export function renderProgress(state: ProgressState): string {
  const parts: string[] = [];
  if (state.phase === "reading") {
    if (state.total !== undefined && state.total > 0) {
      parts.push(bar(state.bytes / state.total));
      parts.push(`${formatBytes(state.bytes)} of ${formatBytes(state.total)}`);
    } else {
      parts.push(formatBytes(state.bytes));
    }
  } else if (state.steps !== undefined && state.steps.total > 0) {
    const { done, total, unit } = state.steps;
    parts.push(bar(done / total));
    parts.push(`${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} ${unit}`);
  } else if (state.bytes > 0) {
    parts.push(`${formatBytes(state.bytes)} read`);
  }
  if (state.claims > 0) parts.push(`${state.claims.toLocaleString("en-US")} claim${state.claims === 1 ? "" : "s"}`);
  return `${state.phase.padEnd(PHASE_WIDTH)}${parts.join("  ")}`.trimEnd();
}

/** A bar of `ratio` (0 to 1) and its percentage. */
function bar(ratio: number): string {
  const part = Math.min(1, Math.max(0, ratio));
  const filled = Math.floor(part * BAR_WIDTH);
  return `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)} ${`${Math.floor(part * 100)}%`.padStart(4)}`;
}

/** Bytes in B, kB, MB or GB (powers of 1000), with one decimal above bytes. */
function formatBytes(bytes: number): string {
  const units = ["kB", "MB", "GB", "TB"];
  if (bytes < 1000) return `${bytes} B`;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * A progress line written with `write`: silent until `delay` (2 s) has
 * passed since it was created, then redrawn at most every `interval`
 * (100 ms) within a phase, and at once on a change of phase.
 *
 * @example
 * const progress = createProgress({ write: (text) => process.stderr.write(text), now: () => performance.now(), total: size });
 * for (const chunk of chunks) progress.reading(bytes += chunk.length, 0);
 * progress.phase("checking");
 * progress.done();
 * @internal
 */
export function createProgress(options: ProgressOptions): Progress {
  const { write, now, delay = 2000, interval = 100 } = options;
  const start = now();
  const state: ProgressState = { phase: "reading", bytes: 0, claims: 0, ...(options.total === undefined ? {} : { total: options.total }) };
  /** When the line was last drawn. */
  let drawn: number | undefined;
  /** How many columns the line last drawn took. */
  let width = 0;

  const draw = (force: boolean) => {
    const time = now();
    if (time - start < delay) return;
    if (!force && drawn !== undefined && time - drawn < interval) return;
    const line = renderProgress(state);
    write(`\r${line.padEnd(width)}`);
    width = line.length;
    drawn = time;
  };

  return {
    reading(bytes, claims) {
      state.bytes = bytes;
      state.claims = claims;
      draw(false);
    },
    phase(label) {
      state.phase = label;
      delete state.steps;
      draw(true);
    },
    step(done, total, unit) {
      state.steps = { done, total, unit };
      draw(false);
    },
    done() {
      if (width > 0) write(`\r${" ".repeat(width)}\r`);
      width = 0;
    },
  };
}

/** The progress of an input read where no one watches (standard error is not a terminal): draws nothing. @internal */
export const noProgress: Progress = { reading() {}, phase() {}, step() {}, done() {} };
