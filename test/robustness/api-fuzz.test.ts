/**
 * The library's entry points on hostile input: anything at all, JSON, binary
 * and grapheme strings, bytes, and valid claim sets with random places
 * broken. They return, or throw the documented `ClaimSetError` (a `TypeError`
 * only for programmer errors in options), whose every issue has a code, an
 * RFC 6901 pointer and a readable message: no stack frames, no V8 JSON
 * wording, no "[object Object]". `safeParseClaimSet` never throws at all.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ClaimSetError,
  applyClaimSetPatch,
  check,
  claimLines,
  createSession,
  diffReports,
  formatJson,
  formatMarkdown,
  formatSarif,
  formatText,
  keyedReport,
  parseClaimSet,
  reportSchema,
  safeParseClaimSet,
  summarizeDiff,
} from "../../src/index.js";
import type { Report } from "../../src/index.js";
import {
  HOSTILE_KEYS,
  asText,
  cloneJson,
  expectGoodClaimSetError,
  expectGoodIssue,
  hasLoneSurrogate,
  hostileInput,
  hostileJson,
  hostileString,
  mutate,
  mutatedClaimSet,
  mutation,
  onlyClaimSetError,
  paths,
  scale,
  validClaimSet,
  fuzzFile,
} from "./arbitraries.js";
import type { Json, JsonObject } from "./arbitraries.js";

// Nothing below may change a shared prototype either.
fuzzFile();

const NO_LEAK = /\n\s+at |Unexpected token|in JSON at position|\[object Object\]/;

/** A pointer from path segments, escaped per RFC 6901. */
const pointer = (path: ReadonlyArray<string | number>) =>
  path.map((segment) => "/" + String(segment).replaceAll("~", "~0").replaceAll("/", "~1")).join("");

describe("the valid claim-set generator", () => {
  it("only draws claim sets that parse, in every text form, and check deterministically", () => {
    fc.assert(
      fc.property(validClaimSet.chain((doc) => fc.tuple(fc.constant(doc), asText(doc))), ([doc, text]) => {
        const read = safeParseClaimSet(doc);
        if (!read.success) expect.fail(read.error.issues.map((issue) => `${issue.path}: ${issue.message}`).join("\n"));
        for (const warning of read.warnings) expectGoodIssue(warning);
        expect(safeParseClaimSet(text).success).toBe(true);
        const report = check(doc);
        expect(JSON.stringify(check(cloneJson(doc)))).toBe(JSON.stringify(report));
        expect(reportSchema.safeParse(report).success).toBe(true);
      }),
      { numRuns: scale(150) },
    );
  });
});

describe("reading claim sets", () => {
  it("safeParseClaimSet never throws, and agrees with parseClaimSet and check", () => {
    fc.assert(
      fc.property(hostileInput, fc.constantFrom(undefined, "auto", "json", "ndjson"), (input, format) => {
        const options = format === undefined ? undefined : { format };
        let safe: ReturnType<typeof safeParseClaimSet>;
        try {
          safe = safeParseClaimSet(input, options);
        } catch (error) {
          return expect.fail(`safeParseClaimSet threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
        }
        if (safe.success) for (const warning of safe.warnings) expectGoodIssue(warning);
        else expectGoodClaimSetError(safe.error);

        const parsed = onlyClaimSetError(() => parseClaimSet(input, options));
        expect(parsed instanceof ClaimSetError).toBe(!safe.success);

        const report = onlyClaimSetError(() => check(input, options));
        expect(report instanceof ClaimSetError).toBe(!safe.success);
        if (!(report instanceof Error)) expect(NO_LEAK.test(JSON.stringify(report))).toBe(false);
      }),
      { numRuns: scale(400) },
    );
  });

  it("check with lenient throws only ClaimSetError, and skips only what it lists", () => {
    fc.assert(
      fc.property(fc.oneof(mutatedClaimSet, hostileInput), (input) => {
        const report = onlyClaimSetError(() => check(input, { lenient: true }));
        if (report instanceof Error) return;
        for (const diagnostic of report.diagnostics) expectGoodIssue(diagnostic);
        const claims = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as { claims?: unknown }).claims : undefined;
        if (Array.isArray(claims) && !(input instanceof Uint8Array)) {
          // Every claim is either checked or skipped with at least one diagnostic naming it.
          const skipped = new Set(
            report.diagnostics.filter((d) => d.code.startsWith("skipped-claim:")).map((d) => /^\/claims\/(\d+)/.exec(d.path)?.[1]),
          );
          expect(skipped.has(undefined)).toBe(false);
          expect(report.summary.claims).toBe(claims.length - skipped.size);
        }
      }),
      { numRuns: scale(200) },
    );
  });

  it("createSession accepts what check accepts and throws only ClaimSetError", () => {
    fc.assert(
      fc.property(fc.oneof(mutatedClaimSet, hostileInput), (input) => {
        const session = onlyClaimSetError(() => createSession(input));
        const report = onlyClaimSetError(() => check(input));
        expect(session instanceof ClaimSetError).toBe(report instanceof ClaimSetError);
        if (!(session instanceof Error) && !(report instanceof Error)) {
          expect(JSON.stringify(session.report)).toBe(JSON.stringify(report));
        }
      }),
      { numRuns: scale(150) },
    );
  });

  it("bad options are programmer errors: TypeError or ClaimSetError, nothing else", () => {
    const options = fc.record(
      {
        rules: fc.oneof(
          fc.dictionary(
            fc.oneof(fc.constantFrom("conflicting-values", "rapid-change", "value-changed", "nope", ...HOSTILE_KEYS), fc.string()),
            fc.oneof(fc.constantFrom("off", "info", "warning", "error", "Error", ""), hostileJson),
          ),
          hostileJson,
        ),
        properties: fc.oneof(fc.array(fc.oneof(hostileJson, validClaimSet.map((doc) => (doc.properties as Json[] | undefined)?.[0] ?? null))), hostileJson),
        lenient: fc.oneof(fc.boolean(), hostileJson),
        format: fc.oneof(fc.constantFrom("auto", "json", "ndjson"), hostileString),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(validClaimSet, mutatedClaimSet), options, (doc, opts) => {
        onlyClaimSetError(() => check(doc, opts as never), { typeErrors: true });
        onlyClaimSetError(() => safeParseClaimSet(doc, opts as never), { typeErrors: true });
        const { lenient: _, ...sessionOptions } = opts;
        onlyClaimSetError(() => createSession(doc, sessionOptions as never), { typeErrors: true });
      }),
      { numRuns: scale(150) },
    );
  });
});

describe("large lists in one claim", () => {
  it("safeParseClaimSet returns the issues of an attribution list of 130 000 numbers (a 260 KB file) instead of throwing", () => {
    const text = `{"claims":[{"id":"a","subject":"s","property":"p","value":1,"source":"x","attribution":[${Array(130_000).fill("1").join(",")}]}]}`;
    let result: ReturnType<typeof safeParseClaimSet> | undefined;
    expect(() => (result = safeParseClaimSet(text))).not.toThrow();
    expect(result?.success).toBe(false);
  });

  it("safeParseClaimSet returns the issues of an entity with 130 000 labels that are not text instead of throwing", () => {
    const text = `{"entities":[{"id":"e","labels":[${Array(130_000).fill("1").join(",")}]}],"claims":[]}`;
    expect(() => safeParseClaimSet(text)).not.toThrow();
  });
});

describe("claimLines", () => {
  it("finds the claims' lines in valid JSON holding a number written with 1000 or more characters", () => {
    const text = (value: string) =>
      `{\n  "claims": [\n    {"id":"a","subject":"s","property":"p","value":900,"source":"x"},\n    {"id":"b","subject":"s","property":"p","value":${value},"source":"y"}\n  ]\n}\n`;
    expect(claimLines(text("1400"), "json")).toEqual([3, 4]);
    const long = text(`1400.${"0".repeat(1200)}`);
    expect(JSON.parse(long)).toBeTruthy(); // valid JSON: the number 1400
    expect(claimLines(long, "json")).toEqual([3, 4]);
  });
});

// ---------------------------------------------------------------- patches

/** Operations aimed at real places of a document, with hostile values and pointers now and then. */
const operationsFor = (doc: Json): fc.Arbitrary<unknown> => {
  const places = paths(doc);
  const place = fc.nat().map((n) => places[n % places.length]!);
  const ptr = fc.oneof(
    { weight: 6, arbitrary: place.map(pointer) },
    { weight: 2, arbitrary: fc.tuple(place, fc.constantFrom("-", "99", "0", ...HOSTILE_KEYS)).map(([p, s]) => pointer([...p, s])) },
    { weight: 1, arbitrary: fc.tuple(place, fc.constantFrom(...HOSTILE_KEYS)).map(([p, s]) => pointer([s, ...p])) },
    { weight: 1, arbitrary: fc.constantFrom("", "/", "claims", "/claims/~2", "/claims/0~", "/claims/00", "/claims/-1", "/claims/1e0", "#/claims/0") },
    { weight: 1, arbitrary: hostileString },
  );
  const operation = fc.record(
    {
      op: fc.oneof({ weight: 8, arbitrary: fc.constantFrom("add", "remove", "replace", "move", "copy", "test") }, { weight: 1, arbitrary: hostileJson }),
      path: ptr,
      from: ptr,
      value: fc.oneof(hostileJson, place.map((p) => cloneJson(valueAt(doc, p)))),
      extra: hostileJson,
    },
    { requiredKeys: ["op", "path"] },
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(operation, { maxLength: 5 }) },
    { weight: 1, arbitrary: hostileJson },
    { weight: 1, arbitrary: fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true }) },
  );
};

function valueAt(doc: Json, path: ReadonlyArray<string | number>): Json {
  let node = doc;
  for (const segment of path) node = (node as JsonObject)[segment as string]!;
  return node;
}

describe("patches", () => {
  it("applyClaimSetPatch never throws, never changes its input, and only returns valid claim sets", () => {
    fc.assert(
      fc.property(
        fc.oneof(validClaimSet, mutatedClaimSet).chain((doc) => fc.tuple(fc.constant(doc), operationsFor(doc))),
        ([doc, operations]) => {
          const before = JSON.stringify(doc);
          let result: ReturnType<typeof applyClaimSetPatch>;
          try {
            result = applyClaimSetPatch(doc, operations);
          } catch (error) {
            return expect.fail(`applyClaimSetPatch threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
          }
          expect(JSON.stringify(doc)).toBe(before);
          if (result.ok) {
            expect(safeParseClaimSet(result.document).success).toBe(true);
            for (const warning of result.warnings) expectGoodIssue(warning);
          } else {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues) expectGoodIssue(issue);
          }
        },
      ),
      { numRuns: scale(300) },
    );
  });

  it("applyClaimSetPatch takes any document and any operations without throwing", () => {
    fc.assert(
      fc.property(hostileInput, fc.oneof(hostileJson, fc.array(fc.record({ op: fc.constantFrom("add", "replace", "test"), path: fc.constantFrom("", "/claims", "/claims/0"), value: hostileJson }))), (doc, operations) => {
        let result: ReturnType<typeof applyClaimSetPatch>;
        try {
          result = applyClaimSetPatch(doc, operations);
        } catch (error) {
          return expect.fail(`applyClaimSetPatch threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
        }
        if (!result.ok) for (const issue of result.issues) expectGoodIssue(issue);
      }),
      { numRuns: scale(200) },
    );
  });

  it("a session applies a patch whole or not at all, and its report is a full check's", () => {
    fc.assert(
      fc.property(
        validClaimSet.chain((doc) => fc.tuple(fc.constant(doc), fc.array(operationsFor(doc), { minLength: 1, maxLength: 3 }))),
        ([doc, patches]) => {
          const session = createSession(doc);
          for (const operations of patches) {
            const claimSet = JSON.stringify(session.claimSet);
            const report = JSON.stringify(session.report);
            const update = onlyClaimSetError(() => session.apply(operations));
            if (update instanceof Error) {
              expect(JSON.stringify(session.claimSet)).toBe(claimSet);
              expect(JSON.stringify(session.report)).toBe(report);
            } else {
              expect(JSON.stringify(update.report)).toBe(JSON.stringify(check(cloneJson(session.claimSet))));
            }
          }
        },
      ),
      { numRuns: scale(120) },
    );
  });
});

// ---------------------------------------------------------------- diffs and formatters

/** Two reports of related claim sets: the second from the first with a few places changed (values mostly). */
const reportPair: fc.Arbitrary<[Report, Report, JsonObject]> = validClaimSet.chain((doc) =>
  fc
    .array(
      fc.record({ claim: fc.nat(), value: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constantFrom("~900", ">=2000", "2026-12", "2025-09")) }),
      { maxLength: 3 },
    )
    .map((changes) => {
      const after = cloneJson(doc);
      const claims = after.claims as JsonObject[];
      for (const { claim, value } of changes) {
        const target = claims[claim % claims.length]!;
        target.value = value;
      }
      const second = safeParseClaimSet(after).success ? check(after) : check(doc);
      return [check(doc), second, doc] as [Report, Report, JsonObject];
    }),
);

describe("report diffs", () => {
  it("diffReports and summarizeDiff take any two reports and never throw", () => {
    fc.assert(
      fc.property(reportPair, fc.boolean(), ([a, b], swap) => {
        const [before, after] = swap ? [b, a] : [a, b];
        const patch = diffReports(before, after);
        expect(NO_LEAK.test(JSON.stringify(patch))).toBe(false);
        const { added, resolved, changed } = summarizeDiff(before, after);
        expect(added.length + resolved.length + changed.length).toBeLessThanOrEqual(before.conflicts.length + after.conflicts.length);
        keyedReport(after);
      }),
      { numRuns: scale(100) },
    );
  });

  it("diffReports takes any report the CLI accepts (reportSchema), hostile data and ids included", () => {
    const report = reportPair.chain(([a, b]) =>
      fc.tuple(
        fc.array(mutation, { maxLength: 4 }).map((mutations) => mutate(JSON.parse(JSON.stringify(a)) as Json, mutations)),
        fc.array(mutation, { maxLength: 4 }).map((mutations) => mutate(JSON.parse(JSON.stringify(b)) as Json, mutations)),
      ),
    );
    fc.assert(
      fc.property(report, ([x, y]) => {
        const a = reportSchema.safeParse(x);
        const b = reportSchema.safeParse(y);
        if (!a.success || !b.success) return;
        diffReports(a.data as Report, b.data as Report);
        summarizeDiff(a.data as Report, b.data as Report);
        keyedReport(a.data as Report);
      }),
      { numRuns: scale(150) },
    );
  });

  it("on values that are not reports (a programmer error), diffReports and the formatters throw at most a TypeError", () => {
    const junk = fc.oneof(
      fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true }),
      reportPair.chain(([a]) =>
        fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => mutate(JSON.parse(JSON.stringify(a)) as Json, mutations)),
      ),
    );
    fc.assert(
      fc.property(junk, junk, (a, b) => {
        const asReport = (x: unknown) => x as Report;
        for (const f of <Array<() => unknown>>[
          () => diffReports(asReport(a), asReport(b)),
          () => summarizeDiff(asReport(a), asReport(b)),
          () => keyedReport(asReport(a)),
          () => formatText(asReport(a)),
          () => formatJson(asReport(a)),
          () => formatMarkdown(asReport(a)),
          () => formatSarif(asReport(a), { file: "claims.json" }),
        ]) {
          onlyClaimSetError(f, { typeErrors: true });
        }
      }),
      { numRuns: scale(200) },
    );
  });

  it("diffReports on two equal reports whose data nests deeply (as `corroborate diff` reads them) does not overflow the stack", () => {
    // reportSchema takes `data` as any JSON; JSON.parse reads any depth. A report file
    // with a deeply nested figure is valid input for `corroborate diff`.
    const report = check({
      claims: [
        { id: "a", subject: "s", property: "p", value: 900, source: "x", published: "2025-01-01" },
        { id: "b", subject: "s", property: "p", value: 1400, source: "y", published: "2025-01-01" },
      ],
    });
    const text = JSON.stringify(report).replace('"data":{', `"data":{"deep":${"[".repeat(20_000)}${"]".repeat(20_000)},`);
    const before = reportSchema.parse(JSON.parse(text)) as Report;
    const after = reportSchema.parse(JSON.parse(text)) as Report;
    expect(() => diffReports(before, after)).not.toThrow();
    expect(() => summarizeDiff(before, after)).not.toThrow();
  });
});

describe("formatters", () => {
  const context = fc.record(
    {
      color: fc.boolean(),
      // Lone surrogates in file names have a test of their own below (they make formatSarif throw).
      file: fc.oneof(fc.constantFrom("claims.json", "C:\\news\\قصة.json", "/tmp/a b/c?.json", "//server/x.json", "a:b.json"), hostileString.filter((s) => !hasLoneSurrogate(s))),
      claimLines: fc.oneof(fc.array(fc.integer({ min: -2, max: 200 })), fc.array(fc.double())),
      withClaimSet: fc.boolean(),
    },
    { requiredKeys: ["withClaimSet"] },
  );

  it("format any report of any claim set, with any file name and lines, without throwing", () => {
    fc.assert(
      fc.property(fc.oneof(validClaimSet, mutatedClaimSet), context, (doc, { withClaimSet, ...rest }) => {
        const read = safeParseClaimSet(doc);
        if (!read.success) return;
        const report = check(doc, { rules: { "value-changed": "info" } });
        const ctx = withClaimSet ? { ...rest, claimSet: read.data } : rest;
        const outputs = [formatText(report, ctx), formatJson(report), formatMarkdown(report, ctx), formatSarif(report, ctx)];
        const input = JSON.stringify(doc) + String(rest.file); // words the output may echo
        for (const output of outputs) {
          expect(typeof output).toBe("string");
          expect(NO_LEAK.test(output), output).toBe(false);
          if (!input.includes("undefined")) expect(output).not.toMatch(/\bundefined\b/);
          if (!input.includes("NaN")) expect(output).not.toMatch(/\bNaN\b/);
        }
        JSON.parse(outputs[1]!);
        JSON.parse(outputs[3]!);
      }),
      { numRuns: scale(200) },
    );
  });

  it("formatMarkdown quotes a claim whose url holds a lone surrogate (valid JSON: \"\\ud800\") without throwing", () => {
    const text =
      '{"claims":[{"id":"a","subject":"s","property":"p","value":900,"source":"x","published":"2025-01-01","url":"https://example.org/\\ud800"},' +
      '{"id":"b","subject":"s","property":"p","value":1400,"source":"y","published":"2025-01-01"}]}';
    const claimSet = parseClaimSet(text); // a valid claim set: new URL() accepts the address
    const report = check(text);
    expect(report.conflicts.length).toBeGreaterThan(0);
    expect(() => formatMarkdown(report, { claimSet })).not.toThrow();
  });

  it("formatSarif takes a file name holding a lone surrogate without throwing", () => {
    const report = check({ claims: [{ id: "a", subject: "s", property: "p", value: 900, source: "x" }] });
    expect(() => formatSarif(report, { file: "story-\ud800.json" })).not.toThrow();
  });
});
