/**
 * Sessions' short way: a patch that stays inside claims, adds claims at the
 * end or removes the last ones is applied to the changed claims alone — the
 * claim set is not read whole again, only the changed claims' families are
 * re-checked — and still gives a full check's report, diagnostics and diff,
 * and refuses what a full read refuses, leaving the session as it was.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { Claim, ClaimSet, PatchOperation, Rule, Session, SessionOptions } from "../../src/index.js";
import { applyClaimSetPatch, check, createSession, defineRule } from "../../src/index.js";
import { claimBody, claimSet, VALUES } from "./claim-sets.js";
import { applyAndCompare, json, refusal } from "./session-compare.js";

/** How many times a whole claim set was read (analyzeClaimSet, as check, sessions and the patch facade call it), and whether a session is applying a patch. */
const spy = vi.hoisted(() => ({ reads: 0, applying: false }));
vi.mock("../../src/model/parse.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/model/parse.js")>();
  return {
    ...real,
    analyzeClaimSet: (...args: Parameters<typeof real.analyzeClaimSet>) => {
      spy.reads++;
      return real.analyzeClaimSet(...args);
    },
  };
});

/** Applies and compares with a full check; returns whether it applied and how many whole reads `apply` made. */
function applyCounting(session: Session, operations: PatchOperation[], options?: SessionOptions): { applied: boolean; reads: number } {
  let during = 0;
  const counting: Session = {
    get claimSet() {
      return session.claimSet;
    },
    get report() {
      return session.report;
    },
    apply(patch) {
      const before = spy.reads;
      spy.applying = true;
      try {
        return session.apply(patch);
      } finally {
        spy.applying = false;
        during = spy.reads - before;
      }
    },
  };
  const applied = applyAndCompare(counting, operations, options);
  return { applied, reads: during };
}

const claim = (id: string, over: Partial<Claim> = {}): Claim =>
  ({ id, subject: "us-forces", property: "troop-count", value: 900, source: "s1", published: "2025-04-20", ...over }) as Claim;

const base = (): ClaimSet => ({
  sources: [{ id: "s1", name: "Infoplus" }, { id: "s2", name: "Al-Mada" }],
  entities: [{ id: "syria", labels: ["Syria", "سوريا"] }],
  properties: [{ id: "troop-count", type: "quantity" }],
  claims: [
    claim("a", { scope: { location: "syria" } }),
    claim("b", { scope: { location: "Syria" }, value: 2500, source: "s2" }),
    claim("c", { value: "~1400", attribution: ["s2"] }),
    claim("d", { subject: "coalition", source: "s3" }),
    { id: "e", subject: "nato", property: "figure", value: "~7", source: "s2" },
    { id: "f", subject: "nato", property: "figure", value: "1400", source: "s1", published: "2025-05-01" },
  ],
});

describe("Session.apply: the short way", () => {
  const SHORT: Array<[string, PatchOperation[]]> = [
    ["a value", [{ op: "replace", path: "/claims/0/value", value: "~2000" }]],
    ["a publication date", [{ op: "replace", path: "/claims/1/published", value: "2025-06" }]],
    ["an asOf added", [{ op: "add", path: "/claims/2/asOf", value: "2025-04-01" }]],
    ["a date removed", [{ op: "remove", path: "/claims/2/published" }]],
    ["a source: unknown", [{ op: "replace", path: "/claims/0/source", value: "reuters" }]],
    ["a source: known again", [{ op: "replace", path: "/claims/3/source", value: "s1" }]],
    ["an attribution", [{ op: "add", path: "/claims/0/attribution", value: ["s2", "afp"] }]],
    ["a subject: another family", [{ op: "replace", path: "/claims/2/subject", value: "coalition" }]],
    ["a scope added", [{ op: "add", path: "/claims/3/scope", value: { location: "سوريا" } }]],
    ["a scope removed", [{ op: "remove", path: "/claims/0/scope" }]],
    ["a scope value", [{ op: "replace", path: "/claims/1/scope/location", value: "iraq" }]],
    ["an id", [{ op: "replace", path: "/claims/2/id", value: "c2" }]],
    ["two ids swapped", [{ op: "replace", path: "/claims/0/id", value: "x" }, { op: "replace", path: "/claims/1/id", value: "a" }, { op: "replace", path: "/claims/0/id", value: "b" }]],
    ["fields added and removed", [{ op: "add", path: "/claims/1/quote", value: "about 2,500" }, { op: "add", path: "/claims/1/url", value: "https://example.org/a" }, { op: "remove", path: "/claims/2/attribution" }]],
    ["a modality", [{ op: "add", path: "/claims/1/modality", value: "planned" }]],
    ["a document", [{ op: "add", path: "/claims/0/document", value: "article-1" }]],
    ["a whole claim replaced", [{ op: "replace", path: "/claims/3", value: claim("d", { value: 3000, scope: { location: "Syria" } }) }]],
    ["a value copied from another claim", [{ op: "copy", from: "/claims/1/value", path: "/claims/0/value" }]],
    ["a field moved between claims", [{ op: "move", from: "/claims/0/scope", path: "/claims/2/scope" }]],
    ["a claim added at the end", [{ op: "add", path: "/claims/-", value: claim("g", { value: 5000, source: "s2" }) }]],
    ["a claim added by index, then changed", [{ op: "add", path: "/claims/6", value: claim("g", { subject: "new" }) }, { op: "replace", path: "/claims/6/value", value: 1 }]],
    ["the last claim removed", [{ op: "remove", path: "/claims/5" }]],
    ["the last claim removed, another added", [{ op: "remove", path: "/claims/5" }, { op: "add", path: "/claims/-", value: claim("f", { subject: "nato" }) }]],
    ["a later value of an inferred property, of its type", [{ op: "replace", path: "/claims/5/value", value: "~30" }]],
    ["the first value of an inferred property, same type", [{ op: "replace", path: "/claims/4/value", value: 8 }]],
    ["a claim before the first of an inferred property, same type", [{ op: "replace", path: "/claims/3", value: { id: "d", subject: "nato", property: "figure", value: "~5", source: "s1" } }]],
    ["tests only", [{ op: "test", path: "/claims/0/id", value: "a" }]],
  ];

  it.each(SHORT)("%s: a full check's report, without reading the claim set whole", (_, operations) => {
    const session = createSession(base());
    expect(applyCounting(session, operations)).toEqual({ applied: true, reads: 0 });
  });

  const LONG: Array<[string, PatchOperation[]]> = [
    ["the first claim removed (indexes shift)", [{ op: "remove", path: "/claims/0" }]],
    ["a claim inserted in the middle", [{ op: "add", path: "/claims/1", value: claim("g") }]],
    ["a claim moved", [{ op: "move", from: "/claims/0", path: "/claims/3" }]],
    ["a source added", [{ op: "add", path: "/sources/-", value: { id: "s3" } }]],
    ["a label added", [{ op: "add", path: "/entities/0/labels/-", value: "Syrie" }]],
    ["the claims replaced", [{ op: "replace", path: "/claims", value: [claim("z")] }]],
    ["a property no claim used", [{ op: "replace", path: "/claims/3", value: { id: "d", subject: "x", property: "new-one", value: 1, source: "s1" } }]],
    ["the type of an inferred property", [{ op: "replace", path: "/claims/4/value", value: "2026" }]],
    ["the first claim of an inferred property leaves it", [{ op: "remove", path: "/claims/4/value" }, { op: "add", path: "/claims/4/value", value: 1 }, { op: "replace", path: "/claims/4/property", value: "troop-count" }]],
  ];

  it.each(LONG)("%s: read whole, still a full check's report", (_, operations) => {
    const session = createSession(base());
    expect(applyCounting(session, operations)).toEqual({ applied: true, reads: 1 });
  });

  const REFUSED: Array<[string, PatchOperation[]]> = [
    ["an id another claim has", [{ op: "replace", path: "/claims/1/id", value: "a" }]],
    ["an added claim with a used id", [{ op: "add", path: "/claims/-", value: claim("c") }]],
    ["two changed claims with one id", [{ op: "replace", path: "/claims/0/id", value: "n" }, { op: "replace", path: "/claims/1/id", value: "n" }]],
    ["a value that does not read", [{ op: "replace", path: "/claims/0/value", value: "about nine hundred" }]],
    ["a value of another type", [{ op: "replace", path: "/claims/5/value", value: true }]],
    ["an impossible date", [{ op: "replace", path: "/claims/0/published", value: "2025-02-30" }]],
    ["an asOf that is not a date", [{ op: "add", path: "/claims/0/asOf", value: "soon" }]],
    ["a url that is not one", [{ op: "add", path: "/claims/0/url", value: "example dot org" }]],
    ["an unknown field", [{ op: "add", path: "/claims/0/colour", value: "red" }]],
    ["a required field removed", [{ op: "remove", path: "/claims/0/source" }]],
    ["an empty scope value", [{ op: "add", path: "/claims/0/scope/base", value: " " }]],
    ["a claim that is not an object", [{ op: "add", path: "/claims/-", value: 42 }]],
    ["a failing test", [{ op: "replace", path: "/claims/0/value", value: 1 }, { op: "test", path: "/claims/0/value", value: 2 }]],
    ["a pointer past the end", [{ op: "replace", path: "/claims/6/value", value: 1 }]],
  ];

  it.each(REFUSED)("%s: refused with a full read's issues; the session is as it was", (_, operations) => {
    const session = createSession(base());
    const { claimSet, report } = session;
    expect(applyCounting(session, operations).applied).toBe(false);
    expect(session.claimSet).toBe(claimSet);
    expect(session.report).toBe(report);
    expect(applyCounting(session, [{ op: "replace", path: "/claims/0/value", value: 950 }])).toEqual({ applied: true, reads: 0 });
  });

  it("a value patched after a refusal is read afresh: the refused patch's values do not leak", () => {
    const session = createSession(base());
    // The short way applies these, then finds the duplicate id; the long way must apply them again from scratch.
    const operations: PatchOperation[] = [
      { op: "add", path: "/claims/-", value: claim("a2", { value: 1 }) },
      { op: "test", path: "/claims/6/value", value: 1 },
      { op: "replace", path: "/claims/6/value", value: 2 },
      { op: "replace", path: "/claims/6/id", value: "b" },
    ];
    const { issues } = refusal(session, operations);
    expect(issues).toEqual((applyClaimSetPatch(session.claimSet, operations) as { issues: unknown }).issues);
    expect(issues.map((issue) => issue.code)).toEqual(["duplicate-id"]);
  });

  it("takes a type shared through options as declared, unless the claim set's own definition leaves it out", () => {
    const options = { properties: [{ id: "figure", type: "quantity" as const }] };
    const shared = createSession(base(), options);
    expect(applyCounting(shared, [{ op: "replace", path: "/claims/4/value", value: "2026" }], options)).toEqual({ applied: true, reads: 0 });
    const own = base();
    own.properties!.push({ id: "figure", temporal: "state" });
    const inferred = createSession(own, options);
    expect(applyCounting(inferred, [{ op: "replace", path: "/claims/4/value", value: "2026" }], options)).toEqual({ applied: true, reads: 1 });
    expect(inferred.report.groups.find((group) => group.property === "figure")!.positions[0]!.value.type).toBe("date");
  });

  it("warns about unknown sources exactly as a full check, and stops when they are fixed", () => {
    const session = createSession(base());
    expect(session.report.diagnostics.map((d) => d.path)).toEqual(["/claims/3/source"]);
    applyCounting(session, [{ op: "add", path: "/claims/0/attribution", value: ["afp", "s2", "reuters"] }, { op: "replace", path: "/claims/5/source", value: "ap" }]);
    expect(session.report.diagnostics.map((d) => d.path)).toEqual(["/claims/0/attribution/0", "/claims/0/attribution/2", "/claims/3/source", "/claims/5/source"]);
    applyCounting(session, [{ op: "replace", path: "/claims/3/source", value: "s2" }, { op: "remove", path: "/claims/5" }]);
    expect(session.report.diagnostics.map((d) => d.path)).toEqual(["/claims/0/attribution/0", "/claims/0/attribution/2"]);
    expect(Object.isFrozen(session.report.diagnostics[0])).toBe(true);
  });

  it("re-checks only the families of the changed claims", () => {
    const calls: string[] = [];
    const counter: Rule = defineRule({
      meta: { id: "count-calls", description: "counts", severity: "info", docs: { url: "https://example.org" }, messages: {} },
      check: (context) => void (spy.applying && calls.push(context.group.key)),
    });
    const options = { customRules: [counter] };
    const session = createSession(base(), options);
    const checked = (operations: PatchOperation[]) => {
      calls.length = 0;
      expect(applyCounting(session, operations, options)).toEqual({ applied: true, reads: 0 });
      return calls.sort();
    };
    expect(checked([{ op: "replace", path: "/claims/3/value", value: 950 }])).toEqual(["coalition/troop-count"]);
    expect(checked([{ op: "add", path: "/claims/-", value: claim("g", { subject: "nato" }) }])).toEqual(["nato/troop-count"]);
    expect(checked([{ op: "replace", path: "/claims/6/subject", value: "coalition" }])).toEqual(["coalition/troop-count"]);
    expect(checked([{ op: "remove", path: "/claims/6" }])).toEqual(["coalition/troop-count"]);
    expect(checked([{ op: "replace", path: "/claims/0/value", value: 1000 }])).toEqual(["us-forces/troop-count", "us-forces/troop-count?location=syria"]);
    expect(checked([{ op: "replace", path: "/claims/2/subject", value: "nato" }])).toEqual(["nato/troop-count", "us-forces/troop-count?location=syria"]);
    expect(checked([{ op: "test", path: "/claims/0/id", value: "a" }])).toEqual([]);
  });

  it("shares the unchanged claims and groups, and freezes the new ones", () => {
    const session = createSession(base());
    const { claimSet, report } = session;
    session.apply([{ op: "replace", path: "/claims/3/value", value: 950 }]);
    expect(session.claimSet.claims[0]).toBe(claimSet.claims[0]);
    expect(session.claimSet.sources).toBe(claimSet.sources);
    expect(session.claimSet.claims[3]).not.toBe(claimSet.claims[3]);
    expect(Object.isFrozen(session.claimSet.claims[3])).toBe(true);
    expect(Object.isFrozen(session.claimSet.claims)).toBe(true);
    // A group is made again when a report is read (the estimates are learned over every group); its positions are shared.
    const nato = (r: typeof report) => r.groups.find((group) => group.subject === "nato")!;
    expect(nato(session.report)).toEqual(nato(report));
    for (const [i, position] of nato(session.report).positions.entries()) expect(position).toBe(nato(report).positions[i]);
    expect(Object.isFrozen(session.report.groups)).toBe(true);
    expect(Object.isFrozen(session.report.summary)).toBe(true);
    expect(claimSet.claims[3]!.value).toBe(900); // the previous claim set, untouched
  });

  it("diffs exactly when a rule gives conflicts of several groups one id", () => {
    // Findings without claims: every group's conflict has the same id, so summarizeDiff numbers them id, id#2…
    const everywhere: Rule = defineRule({
      meta: { id: "everywhere", description: "one finding per group", severity: "warning", docs: { url: "https://example.org" }, messages: { m: "{{n}} claims" } },
      check: (context) => context.report({ messageId: "m", claims: [], data: { n: context.group.claims.length } }),
    });
    const options = { customRules: [everywhere] };
    const session = createSession(base(), options);
    const patches: PatchOperation[][] = [
      [{ op: "add", path: "/claims/-", value: claim("g", { subject: "nato" }) }],
      [{ op: "add", path: "/claims/-", value: claim("h", { subject: "aaa" }) }],
      [{ op: "remove", path: "/claims/7" }, { op: "replace", path: "/claims/1/scope/location", value: "iraq" }],
    ];
    for (const operations of patches) expect(applyCounting(session, operations, options)).toEqual({ applied: true, reads: 0 });
  });
});

// ---------------------------------------------------------------- random patches inside claims

const SOURCES = ["s1", "s2", "s3", "pentagon", "reuters"];
const SUBJECTS = ["us-forces", "US forces", "coalition", "nato"];
const DATES = ["2025-01-10", "2025-03", "2025-04-20", "2025-04-25", "2025-Q2", "2024", "2025-04-15/2025-05-15", "2025-02-30"];
const SCOPES = [{ location: "Syria" }, { location: "سوريا" }, { location: "Iraq" }, { location: "Iraq", base: "Victory" }];
const ALL_VALUES = Object.values(VALUES).flat();

interface Spec {
  kind: number;
  i: number;
  j: number;
  pick: number;
  body: Omit<Claim, "id">;
}

const KINDS = [
  "value", "value", "value", "wildValue", "published", "asOf", "unpublish", "source", "attribution", "subject", "scope", "unscope",
  "scopeValue", "id", "duplicateId", "note", "url", "modality", "document", "rewrite", "append", "append", "appendDuplicate",
  "removeLast", "removeLast", "copyValue", "moveScope", "test",
] as const;

/** An operation inside claims (or at the end of the list) for `set`: mostly one that applies, some that are refused. */
function fastOperation({ kind, i: rawI, j: rawJ, pick, body }: Spec, set: ClaimSet): PatchOperation {
  const n = set.claims.length;
  const i = rawI % n;
  const j = rawJ % n;
  const c = `/claims/${i}`;
  const target = set.claims[i]!;
  const pool = VALUES[target.property] ?? ALL_VALUES;
  const any = <T>(list: readonly T[]) => list[pick % list.length]!;
  switch (KINDS[kind % KINDS.length]!) {
    case "value": return { op: "replace", path: `${c}/value`, value: any(pool) };
    case "wildValue": return { op: "replace", path: `${c}/value`, value: any(ALL_VALUES) };
    case "published": return { op: "add", path: `${c}/published`, value: any(DATES) };
    case "asOf": return { op: "add", path: `${c}/asOf`, value: any(DATES) };
    case "unpublish": return target.published === undefined ? { op: "add", path: `${c}/published`, value: "2025-04-20" } : { op: "remove", path: `${c}/published` };
    case "source": return { op: "replace", path: `${c}/source`, value: any(SOURCES) };
    case "attribution": return { op: "add", path: `${c}/attribution`, value: [any(SOURCES), any([...SOURCES].reverse())] };
    case "subject": return { op: "replace", path: `${c}/subject`, value: any(SUBJECTS) };
    case "scope": return { op: "add", path: `${c}/scope`, value: any(SCOPES) };
    case "unscope": return target.scope === undefined ? { op: "add", path: `${c}/scope`, value: any(SCOPES) } : { op: "remove", path: `${c}/scope` };
    case "scopeValue": return target.scope === undefined ? { op: "add", path: `${c}/scope`, value: any(SCOPES) } : { op: "add", path: `${c}/scope/location`, value: any(["Iraq", "syria", "Victory"]) };
    case "id": return { op: "replace", path: `${c}/id`, value: `renamed${pick % 5}` };
    case "duplicateId": return { op: "replace", path: `${c}/id`, value: set.claims[j]!.id };
    case "note": return { op: "add", path: `${c}/note`, value: "checked" };
    case "url": return { op: "add", path: `${c}/url`, value: any(["https://example.org/a", "not a url"]) };
    case "modality": return { op: "add", path: `${c}/modality`, value: any(["asserted", "planned", "denied"]) };
    case "document": return { op: "add", path: `${c}/document`, value: any(["article-1", "article-2"]) };
    case "rewrite": return { op: "replace", path: c, value: { id: target.id, ...body } };
    case "append": return { op: "add", path: "/claims/-", value: { id: `new${pick % 1000}`, ...body } };
    case "appendDuplicate": return { op: "add", path: `/claims/${n}`, value: { id: set.claims[j]!.id, ...body } };
    case "removeLast": return { op: "remove", path: `/claims/${n - 1}` };
    case "copyValue": return { op: "copy", from: `/claims/${j}/value`, path: `${c}/value` };
    case "moveScope": return set.claims[j]!.scope === undefined || i === j ? { op: "add", path: `${c}/note`, value: "moved" } : { op: "move", from: `/claims/${j}/scope`, path: `${c}/scope` };
    case "test": return { op: "test", path: `${c}/id`, value: pick % 3 === 0 ? "not-an-id" : target.id };
  }
}

const spec: fc.Arbitrary<Spec> = fc.record({ kind: fc.nat(), i: fc.nat(), j: fc.nat(), pick: fc.nat(), body: claimBody });

/** One to three operations, each resolved against the claim set the ones before it leave (or the last valid one). */
const fastPatch = fc.array(spec, { minLength: 1, maxLength: 3 }).map((specs) => {
  const build = (set: ClaimSet) => {
    let current = set;
    return specs.map((one) => {
      const operation = fastOperation(one, current);
      const next = applyClaimSetPatch(current, [operation]);
      if (next.ok && next.document.claims.length > 0) current = next.document;
      return operation;
    });
  };
  return Object.assign(build, { toString: () => `fastPatch(${JSON.stringify(specs)})` });
});

describe("Session.apply: random patches inside claims (property)", () => {
  it("give a full check's report, diagnostics and diff, mostly without reading the claim set whole", () => {
    const tally = { short: 0, long: 0, refused: 0 };
    fc.assert(
      fc.property(claimSet, fc.array(fastPatch, { minLength: 1, maxLength: 5 }), (set, patches) => {
        const session = createSession(set);
        expect(json(session.report)).toBe(json(check(set)));
        for (const patch of patches) {
          if (session.claimSet.claims.length === 0) break;
          const { applied, reads } = applyCounting(session, patch(session.claimSet));
          if (!applied) tally.refused++;
          else if (reads === 0) tally.short++;
          else tally.long++;
        }
      }),
      { numRuns: 300 },
    );
    // Inferred types that change take the long way; nearly everything else the short one.
    expect(tally.short).toBeGreaterThan(5 * tally.long);
    expect(tally.short + tally.long).toBeGreaterThan(tally.refused);
  });
});
