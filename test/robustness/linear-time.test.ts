/**
 * No function that reads user text takes super-linear time: each is fed
 * adversarial strings (see `adversarial.ts`) of 10 KB and 1 MB, and the
 * larger must take less than a third of quadratic growth: linear code grows
 * about 100 times, quadratic code about 10 000 (see `growth.ts` for the
 * limit and for how the times are taken so that a busy machine cannot fail
 * this). No time is compared with a fixed bound. Calls run in a worker
 * thread, so that a quadratic case can be stopped instead of hanging the
 * suite.
 *
 * Every regular expression in src/ is listed below (REGEXES) with why it
 * runs in linear time; a test keeps the list equal to the source (scanned
 * with the TypeScript parser) and another runs each of them on every
 * adversarial string.
 */
import { appendFileSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATE_PATTERN } from "../../src/model/claim-set.js";
import { PATTERNS, SIZES, STRUCTURES, TARGETS, TEXT_PATTERNS } from "./adversarial.js";
import { HANG_GUARD, measureGrowth } from "./growth.js";
import type { SampleOutcome } from "./growth.js";
import type { TimingReply, TimingRequest, TimingSubject } from "./timing-worker.js";

/** CORROBORATE_GROWTH_LOG=file: every verdict, as a JSON line (to see how close to the limit each case runs). */
const GROWTH_LOG = process.env.CORROBORATE_GROWTH_LOG;

/** Test timeouts: only there to end a run that hangs; the verdicts never depend on them. */
const TEST_TIMEOUT = 20 * HANG_GUARD;

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

/** One worker at a time, restarted after a sample is stopped. */
class Timer {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;

  private start(): Promise<void> {
    const worker = startTimingWorker();
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      const guard = setTimeout(() => reject(new Error("the timing worker did not start within the hang guard")), HANG_GUARD);
      worker.once("message", (message) => {
        clearTimeout(guard);
        if (message === "ready") resolve();
        else reject(new Error(`unexpected first message ${JSON.stringify(message)}`));
      });
      worker.once("error", (error) => {
        clearTimeout(guard);
        reject(error);
      });
    });
    return this.ready;
  }

  /** Takes a sample; stops the worker when it runs longer than `stopAfter` ms. */
  async sample(request: TimingRequest, stopAfter: number): Promise<SampleOutcome> {
    if (this.worker === undefined) await this.start();
    else await this.ready;
    const worker = this.worker!;
    return new Promise<SampleOutcome>((resolve) => {
      const done = (outcome: SampleOutcome) => {
        clearTimeout(stop);
        worker.off("message", onMessage);
        worker.off("error", onError);
        resolve(outcome);
      };
      const onMessage = (reply: TimingReply) => done(reply.ok ? { ms: reply.ms } : { error: reply.error });
      const onError = (error: Error) => {
        this.worker = undefined;
        done({ error: `the worker died: ${error.message}` });
      };
      const stop = setTimeout(() => {
        this.worker = undefined;
        void worker.terminate();
        done({ stopped: true });
      }, stopAfter);
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
  await timer.sample({ kind: "target", target: "parseQuantity", pattern: "~", size: 10, batch: 1, collectGarbage: false }, HANG_GUARD);
}, 2 * HANG_GUARD);
afterAll(async () => {
  await timer.stop();
});

/** Why `subject` is not linear from the small size to the large one (10 KB and 1 MB by default), or undefined. */
async function nonLinear(label: string, subject: TimingSubject, sizes = SIZES): Promise<string | undefined> {
  const verdict = await measureGrowth(
    (size, batch, { stopAfter, collectGarbage }) => timer.sample({ ...subject, size, batch, collectGarbage }, stopAfter),
    sizes,
  );
  if (GROWTH_LOG) appendFileSync(GROWTH_LOG, JSON.stringify({ label, ...verdict }) + "\n");
  return verdict.linear ? undefined : `${label}: ${verdict.why}`;
}

/** A failing case can take a minute or two to judge: after this many, the rest of a test's cases are not tried. */
const FAILURES_SHOWN = 3;

/** Why the cases are not linear (at most FAILURES_SHOWN of them), or nothing. */
async function nonLinearCases(cases: ReadonlyArray<{ label: string; subject: TimingSubject }>): Promise<string[]> {
  const failures: string[] = [];
  for (const [i, { label, subject }] of cases.entries()) {
    const failure = await nonLinear(label, subject);
    if (failure) failures.push(failure);
    if (failures.length === FAILURES_SHOWN && i < cases.length - 1) {
      failures.push(`(${cases.length - 1 - i} more cases not tried)`);
      break;
    }
  }
  return failures;
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
  "parseClaimSet: CSV cell", "parseClaimSet: CSV header",
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
      const patterns = FEWER[target] ?? Object.keys(PATTERNS);
      const failures = await nonLinearCases(patterns.map((pattern) => ({ label: `${target} on ${JSON.stringify(pattern)}`, subject: { kind: "target", target, pattern } })));
      expect(failures, failures.join("\n")).toEqual([]);
    }, TEST_TIMEOUT);
  }
});

/**
 * Sizes for structures whose cost is dominated by the number of lines or
 * keys, chosen so that the large one stays within the suite's time (a
 * hundred times apart, as the rest: 10 KB and 1 MB).
 */
const STRUCTURE_SIZES: Record<string, readonly [number, number]> = {
  "NDJSON: a claim, then many lines that are not JSON": [3_000, 300_000],
  "one claim with many unknown fields": [1_000, 100_000],
};

describe("documents with many lines, keys or issues are read in linear time", () => {
  for (const name of Object.keys(STRUCTURES)) {
    it(name, async () => {
      const failure = await nonLinear(name, { kind: "structure", name }, STRUCTURE_SIZES[name]);
      expect(failure, failure).toBeUndefined();
    }, TEST_TIMEOUT);
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
  { file: "src/engine/claims.ts", literal: "/[%/?&=]/", use: "test", why: "one character class" },
  { file: "src/engine/claims.ts", literal: "/[%/?&=]/g", use: "replace", why: "one character class" },
  { file: "src/values/words.ts", literal: "/^(\\d{4})-(\\d{2})-(\\d{2})$/", use: "test", why: "anchored, fixed length" },
  { file: "src/values/words.ts", literal: "/^(\\d{4})-(\\d{2})$/", use: "test", why: "anchored, fixed length" },
  { file: "src/values/words.ts", literal: "/^(\\d{4})-([QqHh])(\\d)$/", use: "test", why: "anchored, fixed length" },
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
    const cases: Array<{ label: string; subject: TimingSubject }> = [];
    const seen = new Set<string>();
    for (const { file, literal, use } of REGEXES) {
      if (seen.has(literal + use)) continue;
      seen.add(literal + use);
      const re = compile(literal);
      for (const pattern of Object.keys(PATTERNS)) {
        cases.push({ label: `${file} ${literal} on ${JSON.stringify(pattern)}`, subject: { kind: "regex", source: re.source, flags: re.flags, use, pattern } });
      }
    }
    const failures = await nonLinearCases(cases);
    expect(failures, failures.join("\n")).toEqual([]);
  }, TEST_TIMEOUT);
});
