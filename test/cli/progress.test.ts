/**
 * The progress line: what it shows for a state, when it appears and how
 * often it is redrawn (with a clock the test moves), that it is blanked out
 * before the CLI prints anything else, and that it never shows when standard
 * error is not a terminal or the input is read quickly.
 */
import { describe, expect, it } from "vitest";
import { createProgress, renderProgress } from "../../src/cli/progress.js";
import { claim, cli } from "./helpers.js";

describe("renderProgress", () => {
  it.each([
    [{ phase: "reading", bytes: 0, total: 50_000_000, claims: 0 }, "reading   ░░░░░░░░░░░░░░░░░░░░   0%  0 B of 50.0 MB"],
    [{ phase: "reading", bytes: 20_500_000, total: 50_000_000, claims: 81_920 }, "reading   ████████░░░░░░░░░░░░  41%  20.5 MB of 50.0 MB  81,920 claims"],
    [{ phase: "reading", bytes: 50_000_000, total: 50_000_000, claims: 1 }, "reading   ████████████████████ 100%  50.0 MB of 50.0 MB  1 claim"],
    [{ phase: "reading", bytes: 60_000, total: 50_000, claims: 0 }, "reading   ████████████████████ 100%  60.0 kB of 50.0 kB"],
    [{ phase: "reading", bytes: 1_234_567_890, claims: 3 }, "reading   1.2 GB  3 claims"],
    [{ phase: "reading", bytes: 999, total: 0, claims: 0 }, "reading   999 B"],
    [{ phase: "checking", bytes: 49_300_000, total: 49_300_000, claims: 200_000 }, "checking  49.3 MB read  200,000 claims"],
    [{ phase: "checking", bytes: 0, claims: 0 }, "checking"],
    [
      { phase: "checking", bytes: 49_300_000, claims: 0, steps: { done: 4_210, total: 10_320, unit: "groups" } },
      "checking  ████████░░░░░░░░░░░░  40%  4,210 of 10,320 groups",
    ],
    [{ phase: "checking", bytes: 0, claims: 0, steps: { done: 0, total: 0, unit: "groups" } }, "checking"],
  ])("%j", (state, line) => {
    expect(renderProgress(state)).toBe(line);
  });
});

/** A progress line on a recorded terminal, with a clock the test sets. */
function terminal(total?: number) {
  const clock = { time: 1000 };
  const writes: string[] = [];
  const progress = createProgress({ write: (text) => writes.push(text), now: () => clock.time, ...(total === undefined ? {} : { total }) });
  return { clock, writes, progress };
}

describe("createProgress", () => {
  it("draws nothing in the first two seconds, however much is read", () => {
    const { clock, writes, progress } = terminal(100);
    for (let bytes = 10; bytes <= 100; bytes += 10) {
      progress.reading(bytes, 0);
      clock.time += 150;
    }
    progress.phase("checking");
    progress.done();
    expect(clock.time).toBeLessThan(1000 + 2000);
    expect(writes).toEqual([]);
  });

  it("then redraws in place at most every 100 ms, at once on a new phase, and blanks its line when done", () => {
    const { clock, writes, progress } = terminal(1000);
    clock.time += 2000;
    progress.reading(100, 1);
    clock.time += 50;
    progress.reading(200, 2); // too soon
    clock.time += 50;
    progress.reading(300, 3);
    clock.time += 10;
    progress.phase("checking"); // a new phase does not wait
    progress.done();
    progress.done();
    const reading = "reading   ██████░░░░░░░░░░░░░░  30%  300 B of 1.0 kB  3 claims";
    expect(writes).toEqual([
      "\rreading   ██░░░░░░░░░░░░░░░░░░  10%  100 B of 1.0 kB  1 claim",
      `\r${reading}`,
      // Shorter than the line before: padded, so nothing of that one is left.
      `\r${"checking  300 B read  3 claims".padEnd(reading.length)}`,
      `\r${" ".repeat("checking  300 B read  3 claims".length)}\r`,
    ]);
  });

  it("counts the steps of a phase, throttled like reading, and appears in it when the reading was quick", () => {
    const { clock, writes, progress } = terminal(1000);
    progress.reading(1000, 0);
    progress.phase("checking");
    clock.time += 1500;
    progress.step(1, 4, "groups"); // still within the first two seconds
    clock.time += 600;
    progress.step(2, 4, "groups");
    clock.time += 20;
    progress.step(3, 4, "groups"); // too soon
    clock.time += 100;
    progress.step(4, 4, "groups");
    expect(writes).toEqual([
      "\rchecking  ██████████░░░░░░░░░░  50%  2 of 4 groups",
      "\rchecking  ████████████████████ 100%  4 of 4 groups",
    ]);
  });

  it("draws without a bar when the size is unknown", () => {
    const { clock, writes, progress } = terminal();
    clock.time += 5000;
    progress.reading(4_200_000, 10_000);
    expect(writes).toEqual(["\rreading   4.2 MB  10,000 claims"]);
  });
});

describe("the CLI's progress line", () => {
  const text = `${Array.from({ length: 30 }, (_, i) => JSON.stringify(claim(`c${i}`))).join("\n")}\n`;
  /** A clock that moves 150 ms each time it is read: the input seems to take seconds. */
  const slow = () => {
    let time = 0;
    return () => (time += 150);
  };

  it("shows on a terminal when reading takes seconds, and is blanked out before the report", () => {
    const quiet = cli(["check", "c.ndjson", "--fail-on", "none"], { "c.ndjson": text });
    const shown = cli(["check", "c.ndjson", "--fail-on", "none"], { "c.ndjson": text }, undefined, { stderrIsTTY: true, now: slow() });
    expect(shown.stdout).toBe(quiet.stdout);
    expect(shown.code).toBe(quiet.code);
    expect(shown.stderr).toContain("\rreading   ");
    expect(shown.stderr).toContain("%  ");
    expect(shown.stderr).toContain("\rchecking  ");
    expect(shown.stderr).toMatch(/\r {10,}\r$/);
  });

  it("is blanked out before the input's problems are printed", () => {
    const bad = `${text}{"id": "x",}\n`;
    const out = cli(["validate", "c.ndjson"], { "c.ndjson": bad }, undefined, { stderrIsTTY: true, now: slow() });
    expect(out.stderr).toContain("\rvalidating");
    expect(out.stderr).toMatch(/\r {10,}\rc\.ndjson:31: \/claims\/30: not valid JSON at column 12: [^\r]*\n$/);
  });

  it("draws nothing when standard error is not a terminal, or the input is read in under two seconds", () => {
    for (const options of [{ now: slow() }, { stderrIsTTY: true }, { stderrIsTTY: true, now: () => 5 }]) {
      expect(cli(["check", "c.ndjson", "--fail-on", "none"], { "c.ndjson": text }, undefined, options).stderr).toBe("");
      expect(cli(["validate", "-"], {}, text, options).stderr).toBe("");
    }
  });
});
