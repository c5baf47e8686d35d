/**
 * No input, patch or report ever changes a shared prototype. Claim sets are
 * built with JSON.parse (so "__proto__" is an own key, as in a file) holding
 * `__proto__`, `constructor` and `prototype` keys at every level; patches aim
 * at those names with every operation. After each run of each property, the
 * own members of Object.prototype, Array.prototype, Function.prototype and
 * String.prototype must be exactly as before, and `({}).polluted` undefined.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyClaimSetPatch,
  check,
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
} from "../../src/index.js";
import type { Report } from "../../src/index.js";
import { cli } from "../cli/helpers.js";
import {
  cloneJson,
  expectGoodIssue,
  expectPrototypesIntact,
  onlyClaimSetError,
  paths,
  prototypeSnapshot,
  scale,
  setKey,
  validClaimSet,
  fuzzFile,
} from "./arbitraries.js";
import type { Json, JsonObject } from "./arbitraries.js";

const RESERVED = ["__proto__", "constructor", "prototype"] as const;

/** Payloads a careless merge would copy onto a prototype (a computed key: a literal `__proto__:` would set the prototype). */
const PAYLOADS: Record<(typeof RESERVED)[number], string> = {
  ["__proto__"]: '{"polluted":"yes","isAdmin":true,"claims":[],"toString":"x"}',
  constructor: '{"prototype":{"polluted":"yes","isAdmin":true},"name":"x"}',
  prototype: '{"polluted":"yes","__proto__":{"polluted":"yes"}}',
};

/**
 * The claim set as JSON text with hostile keys added to the objects chosen by
 * `where` (every object when it always says yes), then read back with
 * JSON.parse, as a file would be.
 */
function poisoned(doc: Json, where: (index: number) => ReadonlyArray<(typeof RESERVED)[number]>): { text: string; value: Json } {
  const copy = cloneJson(doc);
  let n = 0;
  for (const path of paths(copy)) {
    let node: Json = copy;
    for (const segment of path) node = (node as JsonObject)[segment as string]!;
    if (typeof node !== "object" || node === null) continue;
    const keys = where(n++);
    if (Array.isArray(node)) {
      if (keys.length > 0) node.push(JSON.parse(`{${keys.map((key) => `"${key}":${PAYLOADS[key]}`).join(",")}}`) as Json);
      continue;
    }
    for (const key of keys) setKey(node, key, JSON.parse(PAYLOADS[key]) as Json);
  }
  const text = JSON.stringify(copy);
  return { text, value: JSON.parse(text) as Json };
}

/** Pointers through the reserved names, at several depths, some escaped the RFC 6901 way. */
const hostilePointer = fc
  .tuple(
    fc.constantFrom("", "/claims/0", "/claims/0/scope", "/claims/0/value", "/claims", "/sources/0", "/properties/0", "/entities/0/labels", "/claims/-"),
    fc.constantFrom("/__proto__", "/constructor", "/prototype", "/__proto__/polluted", "/constructor/prototype", "/constructor/prototype/polluted", "/prototype/polluted", "/__proto__/__proto__"),
  )
  .map(([base, tail]) => base + tail);

const hostileValue = fc.oneof(
  fc.constantFrom(...Object.values(PAYLOADS)).map((text) => JSON.parse(text) as Json),
  fc.constant("yes"),
  fc.constant(JSON.parse('{"id":"z","subject":"s","property":"p","value":1,"source":"x","__proto__":{"polluted":"yes"}}') as Json),
  fc.constant(JSON.parse('[{"__proto__":{"polluted":"yes"}}]') as Json),
);

const operation = fc.record(
  {
    op: fc.constantFrom("add", "remove", "replace", "move", "copy", "test"),
    path: fc.oneof({ weight: 3, arbitrary: hostilePointer }, { weight: 1, arbitrary: fc.constantFrom("/claims/0/value", "/claims/-", "/claims/0/scope/location") }),
    from: fc.oneof(hostilePointer, fc.constantFrom("/claims/0", "/claims/0/scope", "")),
    value: hostileValue,
  },
  { requiredKeys: ["op", "path"] },
);
const hostilePatch = fc.array(operation, { minLength: 1, maxLength: 4 });

const reservedIn = (pointer: unknown) =>
  typeof pointer === "string" && pointer.split("/").some((segment) => (RESERVED as readonly string[]).includes(segment.replaceAll("~1", "/").replaceAll("~0", "~")));

/** Everything a claim set goes through, for one input. */
function exercise(input: unknown, text: string | undefined, patches: unknown[]): void {
  const read = safeParseClaimSet(input);
  if (!read.success) for (const issue of read.error.issues) expectGoodIssue(issue);
  onlyClaimSetError(() => parseClaimSet(input));
  const lenient = onlyClaimSetError(() => check(input, { lenient: true }));
  const report = onlyClaimSetError(() => check(input));
  if (!(report instanceof Error) && read.success) {
    const context = { claimSet: read.data, file: "claims.json" };
    formatText(report, context);
    JSON.parse(formatJson(report));
    formatMarkdown(report, context);
    JSON.parse(formatSarif(report, context));
    const reread = reportSchema.parse(JSON.parse(formatJson(report))) as Report;
    diffReports(reread, report);
    keyedReport(reread);
  }
  if (!(lenient instanceof Error)) keyedReport(lenient);
  const session = onlyClaimSetError(() => createSession(input));
  for (const patch of patches) {
    const result = applyClaimSetPatch(input, patch);
    if (result.ok) {
      // A patch through a reserved name must never apply.
      for (const op of patch as Array<{ path?: unknown; from?: unknown }>) {
        expect(reservedIn(op.path) || reservedIn(op.from), JSON.stringify(op)).toBe(false);
      }
    } else {
      for (const issue of result.issues) expectGoodIssue(issue);
    }
    if (!(session instanceof Error)) onlyClaimSetError(() => session.apply(patch));
  }
  if (text !== undefined) {
    const files = { "claims.json": text, "patch.json": JSON.stringify(patches[0] ?? []) };
    for (const argv of [["validate", "claims.json"], ["check", "claims.json", "-f", "json"], ["check", "claims.json", "-f", "sarif", "--lenient"], ["apply", "claims.json", "patch.json", "-o", "out.json"]]) {
      const outcome = cli(argv, files, undefined, { written: {} });
      expect([0, 1, 2]).toContain(outcome.code);
      expect(outcome.stderr).not.toContain("internal error");
    }
  }
}

fuzzFile();

describe("prototype pollution", () => {
  it("reserved keys at every level of a claim set change no prototype", () => {
    fc.assert(
      fc.property(validClaimSet, fc.array(hostilePatch, { maxLength: 2 }), (doc, patches) => {
        const before = prototypeSnapshot();
        const { text, value } = poisoned(doc, () => RESERVED);
        exercise(value, text, patches);
        exercise(text, undefined, patches);
        exercise(new TextEncoder().encode(text), undefined, []);
        expectPrototypesIntact(before);
      }),
      { numRuns: scale(25) },
    );
  });

  it("reserved keys at random places, one or two at a time, change no prototype and are reported", () => {
    fc.assert(
      fc.property(
        validClaimSet,
        fc.array(fc.subarray([...RESERVED], { maxLength: 2 }), { minLength: 1, maxLength: 60 }),
        hostilePatch,
        (doc, choices, patch) => {
          const before = prototypeSnapshot();
          const { text, value } = poisoned(doc, (i) => choices[i % choices.length]!);
          exercise(value, text, [patch]);
          // Every object of a claim set is strict: a reserved key anywhere makes it invalid, and says where.
          if (text !== JSON.stringify(doc)) {
            const read = safeParseClaimSet(value);
            expect(read.success).toBe(false);
          }
          expectPrototypesIntact(before);
        },
      ),
      { numRuns: scale(80) },
    );
  });

  it("patches through __proto__, constructor and prototype are refused, by the library and by sessions", () => {
    fc.assert(
      fc.property(validClaimSet, hostilePatch, (doc, patch) => {
        const before = prototypeSnapshot();
        const result = applyClaimSetPatch(doc, patch);
        const reserved = patch.some((op) => reservedIn(op.path) || (["move", "copy"].includes(op.op) && reservedIn(op.from)));
        if (reserved) {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.issues.some((issue) => issue.code === "unsafe-patch")).toBe(true);
        }
        const session = createSession(doc);
        const report = JSON.stringify(session.report);
        const update = onlyClaimSetError(() => session.apply(patch));
        if (update instanceof Error) expect(JSON.stringify(session.report)).toBe(report);
        expectPrototypesIntact(before);
      }),
      { numRuns: scale(150) },
    );
  });

  it("ids, labels, sources and properties named __proto__, constructor or prototype are plain names", () => {
    const NAMES = [...RESERVED, "toString", "hasOwnProperty", "valueOf"];
    fc.assert(
      fc.property(validClaimSet, fc.shuffledSubarray(NAMES, { minLength: 5, maxLength: 5 }), fc.array(hostilePatch, { maxLength: 1 }), (doc, names, patches) => {
        const before = prototypeSnapshot();
        // Renamed consistently, everywhere they are written: the claim set stays valid.
        const renames: Array<[string, string]> = [["troop-count", names[0]!], ["syria", names[1]!], ["infoplus", names[2]!], ["claim-0", names[3]!], ["us-forces", names[4]!]];
        let text = JSON.stringify(doc);
        for (const [from, to] of renames) text = text.replaceAll(`"${from}"`, `"${to}"`);
        const value = JSON.parse(text) as Json;
        const read = safeParseClaimSet(value);
        if (!read.success) expect.fail(read.error.issues.map((issue) => `${issue.path}: ${issue.message}`).join("\n"));
        const report = check(value);
        expect(JSON.stringify(check(text))).toBe(JSON.stringify(report));
        exercise(value, text, patches);
        expectPrototypesIntact(before);
      }),
      { numRuns: scale(80) },
    );
  });

  it("a scope named __proto__ (own key from JSON) is an error, not a prototype", () => {
    const before = prototypeSnapshot();
    const text = '{"claims":[{"id":"a","subject":"s","property":"p","value":1,"source":"x","scope":{"__proto__":{"polluted":"yes"},"constructor":"c","prototype":"p"}}]}';
    const read = safeParseClaimSet(text);
    expect(read.success).toBe(false);
    if (!read.success) {
      const paths = read.error.issues.map((issue) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(["/claims/0/scope/__proto__", "/claims/0/scope/constructor", "/claims/0/scope/prototype"]));
    }
    expectPrototypesIntact(before);
  });

  it("a report whose conflict ids and data keys are __proto__ diffs without touching prototypes", () => {
    const before = prototypeSnapshot();
    const report = check({
      claims: [
        { id: "a", subject: "s", property: "p", value: 900, source: "x", published: "2025-01-01" },
        { id: "b", subject: "s", property: "p", value: 1400, source: "y", published: "2025-01-01" },
      ],
    });
    const text = JSON.stringify(report)
      .replace(/"id":"[0-9a-f]+"/, '"id":"__proto__"')
      .replace('"data":{', '"data":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},');
    const hostile = reportSchema.parse(JSON.parse(text)) as Report;
    const patch = diffReports(report, hostile);
    diffReports(hostile, report);
    const keyed = keyedReport(hostile);
    expect(Object.keys(keyed.conflicts)).toContain("__proto__");
    expect(patch.some((op) => op.path === "/conflicts/__proto__")).toBe(true);
    const outcome = cli(["diff", "a.json", "b.json", "-f", "json"], { "a.json": JSON.stringify(report), "b.json": text });
    expect(outcome.code).toBe(0);
    expectPrototypesIntact(before);
  });
});
