/**
 * No function that reads user text takes super-linear time: each is fed
 * adversarial strings of 100 KB and 1 MB (see `adversarial.ts`); every call
 * must finish within BOUND_MS, and the 1 MB call must take less than RATIO
 * times the 100 KB one (times under FLOOR_MS count as FLOOR_MS: below that,
 * timer noise and garbage collection dominate; a 1 MB string can cost a
 * step more than ten 100 KB ones without any quadratic code). Calls run in a worker thread that is
 * terminated when a call overruns, so a quadratic case fails in about a
 * second instead of hanging the suite.
 *
 * Every regular expression in src/ is listed below (REGEXES) with why it
 * runs in linear time; a test keeps the list equal to the source (scanned
 * with the TypeScript parser) and another runs each of them on every
 * adversarial string.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATE_PATTERN } from "../../src/model/claim-set.js";
import { LARGE, PATTERNS, SMALL, STRUCTURES, TARGETS, TEXT_PATTERNS } from "./adversarial.js";
import type { TimingReply, TimingRequest } from "./timing-worker.js";

const BOUND_MS = 1000;
const RATIO = 30;
const FLOOR_MS = 20;
/**
 * Structures (many lines, keys, issues) have no absolute bound: ten times the
 * size must take less than STRUCTURE_RATIO times as long (n log n gives about
 * 13), and the large one is stopped at STRUCTURE_CAP_MS.
 */
const STRUCTURE_RATIO = 20;
const STRUCTURE_CAP_MS = 12_000;

// ---------------------------------------------------------------- the worker

const root = fileURLToPath(new URL("../../", import.meta.url));
const require = createRequire(import.meta.url);

/** Starts the timing worker through tsx (the worker imports src/ as TypeScript). */
function startTimingWorker(): Worker {
  const bootstrap = `
    const { workerData } = require("node:worker_threads");
    import(workerData.tsx).then(({ tsImport }) => tsImport(workerData.entry, workerData.entry));
  `;
  // tsx's ESM API (its CommonJS build loads the ESM one by a relative path that does not resolve from here).
  const api = pathToFileURL(require.resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  return new Worker(bootstrap, { eval: true, workerData: { tsx: api, entry: new URL("./timing-worker.ts", import.meta.url).href } });
}

type Outcome = TimingReply | { ok: false; timeout: true };

/** One worker at a time, restarted after a call is stopped. */
class Timer {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;

  private start(): Promise<void> {
    const worker = startTimingWorker();
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the timing worker did not start within 60 s")), 60_000);
      worker.once("message", (message) => {
        clearTimeout(timer);
        if (message === "ready") resolve();
        else reject(new Error(`unexpected first message ${JSON.stringify(message)}`));
      });
      worker.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    return this.ready;
  }

  /** Runs a request; stops the worker when it takes longer than `deadline` ms. */
  async measure(request: TimingRequest, deadline: number): Promise<Outcome> {
    if (this.worker === undefined) await this.start();
    else await this.ready;
    const worker = this.worker!;
    return new Promise<Outcome>((resolve) => {
      const done = (outcome: Outcome) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        resolve(outcome);
      };
      const onMessage = (reply: TimingReply) => done(reply);
      const onError = (error: Error) => {
        this.worker = undefined;
        done({ ok: false, error: `the worker died: ${error.message}` });
      };
      const timer = setTimeout(() => {
        this.worker = undefined;
        void worker.terminate();
        done({ ok: false, timeout: true });
      }, deadline);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage(request);
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}

const timer = new Timer();
beforeAll(async () => {
  await timer.measure({ kind: "target", target: "parseQuantity", pattern: "~", size: 10, reps: 1 }, 60_000);
}, 90_000);
afterAll(async () => {
  await timer.stop();
});

/** A measurement: the fastest of `reps` runs, or why there is none. */
async function time(request: (reps: number) => TimingRequest, deadline: number, reps: number): Promise<{ ms: number } | { failure: string }> {
  const outcome = await timer.measure(request(reps), reps * deadline + 250);
  if ("timeout" in outcome) return { failure: `did not finish within ${deadline} ms` };
  if (!outcome.ok) return { failure: `threw ${outcome.error}` };
  return { ms: outcome.ms };
}

/**
 * Times one call at a small and a large size (100 KB and 1 MB unless
 * `sizes` says otherwise); returns why it is not linear, or undefined.
 * `bound`: the most either call may take (undefined: only the ratio counts,
 * and the large call is stopped at RATIO times the small one, at most
 * STRUCTURE_CAP_MS). Fast calls are timed again (fastest of three) before
 * they are judged, since a single run of a few milliseconds is mostly noise.
 */
async function nonLinear(
  label: string,
  request: (size: number, reps: number) => TimingRequest,
  bound: number | undefined,
  [smallSize, largeSize]: readonly [number, number] = [SMALL, LARGE],
): Promise<string | undefined> {
  const kb = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000} MB` : `${n / 1000} KB`);
  const smallDeadline = bound ?? STRUCTURE_CAP_MS / 2;
  let small = await time((reps) => request(smallSize, reps), smallDeadline, 1);
  if ("ms" in small && small.ms < 50) small = await time((reps) => request(smallSize, reps), smallDeadline, 3);
  if ("failure" in small) return `${label}: ${kb(smallSize)} ${small.failure}`;
  if (bound !== undefined && small.ms > bound) return `${label}: ${kb(smallSize)} took ${small.ms.toFixed(0)} ms (bound ${bound} ms)`;
  const base = Math.max(small.ms, FLOOR_MS);
  const took = `${kb(smallSize)}: ${small.ms.toFixed(1)} ms`;
  const ratioBound = bound === undefined ? STRUCTURE_RATIO : RATIO;
  const largeDeadline = bound ?? Math.min(Math.max(ratioBound * base, 1000), STRUCTURE_CAP_MS);
  // A call over the bound gets one more try (a busy machine), so it is stopped at twice the bound.
  const stopAt = bound === undefined ? largeDeadline : 2 * bound;
  let large = await time((reps) => request(largeSize, reps), stopAt, 1);
  if ("ms" in large && large.ms < 200 && large.ms / base >= ratioBound / 3) large = await time((reps) => request(largeSize, reps), stopAt, 3);
  if ("ms" in large && bound !== undefined && large.ms > bound) {
    const again = await time((reps) => request(largeSize, reps), stopAt, 1);
    if ("ms" in again) large = { ms: Math.min(large.ms, again.ms) };
  }
  if ("failure" in large) return `${label}: ${kb(largeSize)} ${large.failure.replace(/\d+\.\d+ ms/, (ms) => `${Math.round(parseFloat(ms))} ms`)} (${took}${bound === undefined ? `, so ${kb(largeSize)} is over ${(largeDeadline / base).toFixed(0)} times slower` : ""})`;
  if (bound !== undefined && large.ms > bound) return `${label}: ${kb(largeSize)} took ${large.ms.toFixed(0)} ms (bound ${bound} ms; ${took})`;
  const ratio = large.ms / base;
  if (ratio >= ratioBound) return `${label}: ${kb(largeSize)} took ${large.ms.toFixed(1)} ms, ${ratio.toFixed(1)} times ${kb(smallSize)} (${took})`;
  return undefined;
}

// ---------------------------------------------------------------- functions that read user text

/**
 * Targets get every pattern, except the costly ones (whole claim sets, checks,
 * formatters, the CLI): they get the text patterns, or those that reach
 * different code in them. Tashkeel (the quadratic case of normalizeLabel) is
 * tried once per entry point: normalizeLabel, parseClaimSet and check.
 */
const COSTLY = [
  "parseClaimSet: value", "parseClaimSet: quote", "parseClaimSet: subject", "parseClaimSet: published, tolerance, window, url, scope key",
  "parseClaimSet: inside an unclosed claim set", "parseClaimSet: NDJSON second line", "parseClaimSet: bytes", "claimLines json, valid",
  "patch pointers and values", "CLI --config", "normalizeLabel",
];
const FEWER: Record<string, readonly string[]> = {
  ...Object.fromEntries(COSTLY.map((target) => [target, TEXT_PATTERNS])),
  "parseClaimSet: declared quantity value": [
    "1,", "~", "0..", "((", "١٬", "digits then x", "comma groups then ,", ">=", "1e", "1.", "-", "[0..", "Arabic-Indic digits then x", "spaces then x", "emoji",
  ],
  "check and formatters: subject": ["tatweel", "tashkeel", "combining acute", "alef hamza", "direction marks", "NBSP and ideographic space", "%/?&=", "emoji", "lone surrogates", "a then !"],
  "check and formatters: quote": ["&<>|", "backslashes", "newlines", "CRLF", "{{", '"', "lone surrogates"],
  "check and formatters: source": ["tatweel", "{{", "&<>|", "a then !", "lone surrogates"],
  "CLI file name and diff": ["[", '"', "~", "a then !", "backslashes", "/", "%/?&=", "newlines", "lone surrogates", "2025/", "{{", "1,"],
};

describe("functions that read user text run in linear time", () => {
  for (const target of Object.keys(TARGETS)) {
    it(`${target}`, async () => {
      const failures: string[] = [];
      for (const pattern of FEWER[target] ?? Object.keys(PATTERNS)) {
        const failure = await nonLinear(
          `${target} on ${JSON.stringify(pattern)}`,
          (size, reps) => ({ kind: "target", target, pattern, size, reps }),
          BOUND_MS,
        );
        if (failure) failures.push(failure);
      }
      expect(failures, failures.join("\n")).toEqual([]);
    }, 120_000);
  }
});

/**
 * Sizes for structures whose cost is dominated by the number of lines or keys,
 * chosen so that a quadratic step shows within the suite's time (at 100 KB
 * the linear part of these still hides it); the rest use 100 KB and 1 MB.
 */
const STRUCTURE_SIZES: Record<string, readonly [number, number]> = {
  "NDJSON: a claim, then many lines that are not JSON": [30_000, 300_000],
  "one claim with many unknown fields": [10_000, 100_000],
};

describe("documents with many lines, keys or issues are read in linear time", () => {
  for (const name of Object.keys(STRUCTURES)) {
    it(name, async () => {
      const failure = await nonLinear(name, (size, reps) => ({ kind: "structure", name, size, reps }), undefined, STRUCTURE_SIZES[name]);
      expect(failure, failure).toBeUndefined();
    }, 120_000);
  }
});

// ---------------------------------------------------------------- every regular expression in src/

/**
 * Every regular expression in src/, with why it runs in linear time on any
 * input (V8 backtracks, so this is about the shape of each pattern). None
 * has nested or adjacent overlapping unbounded quantifiers. `use` is how the
 * source applies it (the sweep below does the same).
 */
const REGEXES: ReadonlyArray<{ file: string; literal: string; use: "test" | "replace" | "split"; why: string }> = [
  { file: "src/cli/main.ts", literal: "/\\.\\s/", use: "split", why: "two fixed characters, no quantifier (node:util's error message)" },
  { file: "src/cli/main.ts", literal: "/^Unknown option/", use: "replace", why: "anchored literal" },
  { file: "src/cli/main.ts", literal: "/\\.(ndjson|jsonl)$/i", use: "test", why: 'a "." then fixed-length alternatives then $: at most 7 characters looked at per start' },
  { file: "src/engine/claims.ts", literal: "/[%/?&=]/", use: "test", why: "one character class" },
  { file: "src/engine/claims.ts", literal: "/[%/?&=]/g", use: "replace", why: "one character class" },
  { file: "src/engine/describe.ts", literal: "/^(\\d{4})-(\\d{2})-(\\d{2})$/", use: "test", why: "anchored, fixed length" },
  { file: "src/engine/describe.ts", literal: "/^(\\d{4})-(\\d{2})$/", use: "test", why: "anchored, fixed length" },
  { file: "src/engine/describe.ts", literal: "/^(\\d{4})-([QqHh])(\\d)$/", use: "test", why: "anchored, fixed length" },
  { file: "src/engine/patch.ts", literal: "/^(?:0|[1-9][0-9]*)$/", use: "test", why: "anchored; one digit run then $" },
  { file: "src/engine/patch-operations.ts", literal: "/~(?![01])/", use: "test", why: "one character and a one-character lookahead per start" },
  { file: "src/engine/patch.ts", literal: "/^not JSON data/", use: "replace", why: "anchored literal" },
  { file: "src/engine/rule.ts", literal: "/^[a-z0-9][a-z0-9-/]*$/", use: "test", why: "anchored; one class run then $ (rule ids are code, not user text)" },
  {
    file: "src/engine/rule.ts",
    literal: "/\\{\\{\\s*([^{}\\s]+)\\s*\\}\\}/g",
    use: "replace",
    why: "\\s*, [^{}\\s]+ and \\s* are disjoint in turn and exclude braces, so an attempt at a {{ stops at the next brace; templates are code",
  },
  { file: "src/formatters/markdown.ts", literal: "/&/g", use: "replace", why: "one character" },
  { file: "src/formatters/markdown.ts", literal: "/</g", use: "replace", why: "one character" },
  { file: "src/formatters/markdown.ts", literal: "/>/g", use: "replace", why: "one character" },
  { file: "src/formatters/markdown.ts", literal: "/\\\\/g", use: "replace", why: "one character" },
  { file: "src/formatters/markdown.ts", literal: "/\\|/g", use: "replace", why: "one character" },
  { file: "src/formatters/markdown.ts", literal: "/\\r?\\n/g", use: "replace", why: "an optional character then a fixed one" },
  { file: "src/formatters/sarif.ts", literal: "/[^A-Za-z0-9]+/", use: "split", why: "one class run; each run is consumed once" },
  { file: "src/formatters/sarif.ts", literal: "/%(?:40|2B|2C|3B|3D|24|26|3A)/g", use: "replace", why: "three fixed characters" },
  { file: "src/formatters/sarif.ts", literal: "/\\\\/g", use: "replace", why: "one character" },
  { file: "src/formatters/sarif.ts", literal: "/^[A-Za-z]:\\//", use: "test", why: "anchored, fixed length" },
  { file: "src/model/claim-set.ts", literal: "/\\S/", use: "test", why: "one character class (nonBlank)" },
  {
    file: "src/model/claim-set.ts",
    literal: "new RegExp(DATE_PATTERN)",
    use: "test",
    why: "anchored; DATE_PART is at most 11 characters with only bounded quantifiers, so at most 23 characters are looked at before $",
  },
  {
    file: "src/model/claim-set.ts",
    literal: "/^P(?=\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?$/",
    use: "test",
    why: "anchored; four optional groups, each a \\d+ run closed by its own letter: each backtracks over one digit run once",
  },
  { file: "src/model/claim-set.ts", literal: "/\\S/", use: "test", why: "one character class (scope keys)" },
  { file: "src/model/claim-set.ts", literal: "/^(?!(?:__proto__|constructor|prototype)$)/", use: "test", why: "anchored lookahead of bounded length" },
  { file: "src/model/issues.ts", literal: "/^\\/claims\\/(\\d+)(?=\\/|$)/", use: "test", why: "anchored; one \\d+ run followed by a non-digit: backtracks over the run once" },
  { file: "src/model/json-text.ts", literal: "/^[0-9a-fA-F]{4}$/", use: "test", why: "anchored, fixed length, on a 4-character slice" },
  {
    file: "src/model/json-text.ts",
    literal: "/-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?/y",
    use: "test",
    why: "sticky (matched only where the scanner stands); digit runs separated by . and e: each backtracks once",
  },
  {
    file: "src/internal/well-formed.ts",
    literal: "/[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]/g",
    use: "replace",
    why: "one code unit with a one-unit lookahead or lookbehind",
  },
  { file: "src/model/json-text.ts", literal: "/[0-9a-zA-Z.+-]/", use: "test", why: "one character (applied to one character)" },
  { file: "src/model/parse.ts", literal: "/\\s/", use: "test", why: "one character (applied to one character)" },
  { file: "src/model/shape-issues.ts", literal: "/^\\/claims\\/\\d+\\/value$/", use: "test", why: "anchored; one \\d+ run closed by /" },
  { file: "src/normalize/label.ts", literal: "/^\\p{M}$/u", use: "test", why: "anchored, one code point (applied to one code point)" },
  {
    file: "src/values/duration.ts",
    literal: "/^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?$/",
    use: "test",
    why: "as the duration pattern of claim-set.ts; parseDuration also refuses input over 100 characters",
  },
  {
    file: "src/values/index.ts",
    literal: "/^[\\s~≈<>=≥≤()[\\],.٬٫+\\-−eE]*[0-9٠-٩۰-۹][\\s0-9٠-٩۰-۹~≈<>=≥≤()[\\],.٬٫+\\-−eE]*$/",
    use: "test",
    why: "anchored; a run without digits, one digit, a run then $: the first class has no digits, so each run backtracks once",
  },
  { file: "src/values/quantity.ts", literal: "/,/g", use: "replace", why: "one character" },
];

/** Every regular expression literal and RegExp construction in src/, as written. */
function scanRegexes(): Array<{ file: string; literal: string }> {
  const found: Array<{ file: string; literal: string }> = [];
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : path.endsWith(".ts") ? [path] : [];
    });
  for (const path of walk(join(root, "src")).sort()) {
    const file = relative(root, path).split("\\").join("/");
    const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push({ file, literal: node.getText(source) });
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === "RegExp") {
        found.push({ file, literal: file === "src/model/claim-set.ts" ? "new RegExp(DATE_PATTERN)" : node.getText(source) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** `/body/flags` → RegExp; the DATE_PATTERN construction → DATE_PATTERN itself. */
function compile(literal: string): RegExp {
  if (literal === "new RegExp(DATE_PATTERN)") return DATE_PATTERN;
  const end = literal.lastIndexOf("/");
  return new RegExp(literal.slice(1, end), literal.slice(end + 1));
}

describe("regular expressions in src/", () => {
  it("are all listed, with why each is linear", () => {
    const key = ({ file, literal }: { file: string; literal: string }) => `${file}  ${literal}`;
    expect(scanRegexes().map(key).sort()).toEqual(REGEXES.map(key).sort());
    expect(DATE_PATTERN.source).toContain("(?:\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|[QqHh]\\d))?~?)");
  });

  it("each runs in linear time on every adversarial string", async () => {
    const failures: string[] = [];
    const seen = new Set<string>();
    for (const { file, literal, use } of REGEXES) {
      if (seen.has(literal + use)) continue;
      seen.add(literal + use);
      const re = compile(literal);
      for (const pattern of Object.keys(PATTERNS)) {
        const failure = await nonLinear(
          `${file} ${literal} on ${JSON.stringify(pattern)}`,
          (size, reps) => ({ kind: "regex", source: re.source, flags: re.flags, use, pattern, size, reps }),
          BOUND_MS,
        );
        if (failure) failures.push(failure);
      }
    }
    expect(failures, failures.join("\n")).toEqual([]);
  }, 180_000);
});
