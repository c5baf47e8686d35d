/**
 * The safe JSON Patch facade: validated before anything runs, applied to a
 * copy, atomic, clear messages with pointers into the patch, and the result
 * checked as a claim set.
 */
import jsonpatch from "fast-json-patch";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim, ClaimSet, PatchOperation } from "../../src/index.js";
import { applyClaimSetPatch, parseClaimSet } from "../../src/index.js";

const claim = (id: string, over: Partial<Claim> = {}): Claim =>
  ({ id, subject: "us-forces", property: "troop-count", value: 900, source: "s1", ...over }) as Claim;
const setOf = (n: number): ClaimSet => ({ claims: Array.from({ length: n }, (_, i) => claim(`c${i}`)) });

/** Deep-frozen, so any attempt to modify it throws. */
function frozen<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

function failure(document: unknown, operations: unknown, options?: Parameters<typeof applyClaimSetPatch>[2]) {
  const result = applyClaimSetPatch(document, operations, options);
  if (result.ok) throw new Error("expected the patch to fail");
  return result;
}

describe("applyClaimSetPatch: applying", () => {
  it("applies every kind of operation in order, and returns a new, valid claim set", () => {
    const set = frozen(setOf(3));
    const result = applyClaimSetPatch(set, [
      { op: "test", path: "/claims/0/id", value: "c0" },
      { op: "replace", path: "/claims/0/value", value: "~1400" },
      { op: "add", path: "/claims/1/scope", value: { location: "Syria" } },
      { op: "add", path: "/claims/-", value: claim("c3", { value: 2000 }) },
      { op: "copy", from: "/claims/1/scope", path: "/claims/3/scope" },
      { op: "move", from: "/claims/0", path: "/claims/2" },
      { op: "remove", path: "/claims/0" },
      { op: "test", path: "/claims/2/scope", value: { location: "Syria" } },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.claims.map((c) => c.id)).toEqual(["c2", "c0", "c3"]);
    expect(result.document.claims[1]!.value).toBe("~1400");
    expect(result.document.claims[2]!.scope).toEqual({ location: "Syria" });
    expect(result.warnings).toEqual([]);
    expect(set).toEqual(setOf(3)); // the original, untouched (and frozen: any write would have thrown)
  });

  it("agrees with plain fast-json-patch on patches that apply (property)", () => {
    const pointer = (n: number) => fc.nat({ max: Math.max(n - 1, 0) }).map((i) => `/claims/${i}`);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.oneof(
        pointer(n).map((p): PatchOperation => ({ op: "replace", path: `${p}/value`, value: 1000 })),
        pointer(n).map((p): PatchOperation => ({ op: "add", path: `${p}/note`, value: "checked" })),
        pointer(n).map((p): PatchOperation => ({ op: "test", path: `${p}/property`, value: "troop-count" })),
        fc.tuple(pointer(n), pointer(n)).map(([a, b]): PatchOperation => ({ op: "move", from: a, path: b })),
        fc.tuple(pointer(n), pointer(n)).map(([a, b]): PatchOperation => ({ op: "copy", from: `${a}/value`, path: `${b}/value` })),
      ), { maxLength: 6 }))), ([n, operations]) => {
        const set = setOf(n);
        const ours = applyClaimSetPatch(set, operations);
        const theirs = jsonpatch.applyPatch(structuredClone(set), structuredClone(operations) as never, true).newDocument;
        expect(ours.ok).toBe(true);
        if (ours.ok) expect(ours.document).toEqual(theirs);
        expect(set).toEqual(setOf(n));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps the claim set's own field order, and copies the patch's values", () => {
    const set = { claims: [{ value: 900, id: "a", source: "s1", property: "troop-count", subject: "x" }] };
    const value = { location: "Syria" };
    const result = applyClaimSetPatch(set, [{ op: "add", path: "/claims/0/scope", value }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.document.claims[0]!)).toEqual(["value", "id", "source", "property", "subject", "scope"]);
    value.location = "Iraq";
    expect(result.document.claims[0]!.scope).toEqual({ location: "Syria" });
  });

  it('"-" appends; add inserts; move is a remove then an add (RFC 6902 §4.4)', () => {
    const ok = (operations: PatchOperation[]) => {
      const result = applyClaimSetPatch(setOf(3), operations);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      return result.document.claims.map((c) => c.id);
    };
    expect(ok([{ op: "add", path: "/claims/-", value: claim("z") }])).toEqual(["c0", "c1", "c2", "z"]);
    expect(ok([{ op: "add", path: "/claims/3", value: claim("z") }])).toEqual(["c0", "c1", "c2", "z"]);
    expect(ok([{ op: "add", path: "/claims/0", value: claim("z") }])).toEqual(["z", "c0", "c1", "c2"]);
    expect(ok([{ op: "move", from: "/claims/0", path: "/claims/2" }])).toEqual(["c1", "c2", "c0"]);
    expect(ok([{ op: "move", from: "/claims/0", path: "/claims/-" }])).toEqual(["c1", "c2", "c0"]);
    expect(ok([{ op: "move", from: "/claims/1", path: "/claims/1" }])).toEqual(["c0", "c1", "c2"]);
    // After taking out /claims/0, only 2 claims remain: index 3 is past the end.
    expect(failure(setOf(3), [{ op: "move", from: "/claims/0", path: "/claims/3" }]).issues[0]!.message).toBe(
      '"/claims/3" points at nothing: the claim set has 2 claims, so add can insert at 0 to 2 (or "-" for the end) (once "/claims/0" is taken out)',
    );
  });

  it("reads JSON text, and escaped pointers (~0, ~1)", () => {
    const text = JSON.stringify({ claims: [claim("a", { scope: { "a/b": "x", "c~d": "y" } })] });
    const result = applyClaimSetPatch(text, [
      { op: "replace", path: "/claims/0/scope/a~1b", value: "z" },
      { op: "remove", path: "/claims/0/scope/c~0d" },
    ]);
    expect(result.ok && result.document.claims[0]!.scope).toEqual({ "a/b": "z" });
    expect(failure("{ nope", []).issues[0]).toMatchObject({ code: "invalid-json", path: "", line: 1 });
  });

  it("passes the claim set's warnings on", () => {
    const set = { sources: [{ id: "s1" }], claims: [claim("a")] };
    const result = applyClaimSetPatch(set, [{ op: "replace", path: "/claims/0/source", value: "s9" }]);
    expect(result.ok && result.warnings).toEqual([
      { code: "unknown-source", path: "/claims/0/source", message: 'source "s9" is not listed under "sources"' },
    ]);
  });
});

describe("applyClaimSetPatch: refusing", () => {
  it("names the operation and pointer that point at nothing", () => {
    const result = failure(setOf(40), [
      { op: "test", path: "/claims/0/id", value: "c0" },
      { op: "replace", path: "/claims/1/value", value: 1 },
      { op: "replace", path: "/claims/99/value", value: 1 },
    ]);
    expect(result.target).toBe("patch");
    expect(result.issues).toEqual([
      { code: "pointer-not-found", path: "/2/path", message: '"/claims/99/value" points at nothing: the claim set has 40 claims' },
    ]);
  });

  it.each<[string, PatchOperation, string, string]>([
    ["a missing field", { op: "remove", path: "/claims/0/note" }, "/0/path", '"/claims/0/note" points at nothing: /claims/0 has no field "note"'],
    ["a missing section", { op: "add", path: "/entities/0", value: {} }, "/0/path", '"/entities/0" points at nothing: the claim set has no field "entities"'],
    ["through a number", { op: "add", path: "/claims/0/value/x", value: 1 }, "/0/path", '"/claims/0/value/x" points at nothing: /claims/0/value is 900, not an object or a list'],
    ["not an index", { op: "replace", path: "/claims/x", value: 1 }, "/0/path", '"/claims/x" points at nothing: /claims is a list, and "x" is not a position in it (0, 1, 2…, or "-" to add at the end)'],
    ["a leading zero", { op: "remove", path: "/claims/01" }, "/0/path", '"/claims/01" points at nothing: /claims is a list, and "01" is not a position in it (0, 1, 2…, or "-" to add at the end)'],
    ["- for remove", { op: "remove", path: "/claims/-" }, "/0/path", '"/claims/-" points at nothing: "-" stands for the end of /claims, after its last item; only add can use it'],
    ["an inherited member", { op: "test", path: "/claims/0/hasOwnProperty", value: 1 }, "/0/path", '"/claims/0/hasOwnProperty" points at nothing: /claims/0 has no field "hasOwnProperty"'],
    ["move from nowhere", { op: "move", from: "/claims/5", path: "/claims/0" }, "/0/from", '"/claims/5" points at nothing: the claim set has 2 claims'],
    ["copy from nowhere", { op: "copy", from: "/claims/0/scope", path: "/claims/1/scope" }, "/0/from", '"/claims/0/scope" points at nothing: /claims/0 has no field "scope"'],
    ["copy to nowhere", { op: "copy", from: "/claims/0/value", path: "/claims/7/value" }, "/0/path", '"/claims/7/value" points at nothing: the claim set has 2 claims'],
    ["an add past the end of a small list", { op: "add", path: "/claims/0/attribution/5", value: "x" }, "/0/path", '"/claims/0/attribution/5" points at nothing: /claims/0/attribution has 1 item, so add can insert at 0 to 1 (or "-" for the end)'],
  ])("%s", (_, operation, path, message) => {
    const set = { claims: [claim("a", { attribution: ["pentagon"] }), claim("b")] };
    expect(failure(set, [operation]).issues).toEqual([{ code: "pointer-not-found", path, message }]);
  });

  it("a failing test says what was found", () => {
    expect(failure(setOf(2), [{ op: "test", path: "/claims/1/value", value: 1400 }]).issues).toEqual([
      { code: "test-failed", path: "/0", message: "test failed: /claims/1/value is 900, not 1400" },
    ]);
  });

  it("is atomic: a failure after good operations changes nothing", () => {
    const set = setOf(3);
    const result = failure(set, [
      { op: "replace", path: "/claims/0/value", value: 1 },
      { op: "remove", path: "/claims/0" },
      { op: "remove", path: "/claims/5" },
    ]);
    expect(result.issues[0]!.path).toBe("/2/path");
    expect(set).toEqual(setOf(3));
  });

  it("lists every problem of every operation before applying anything", () => {
    const result = failure(setOf(1), [
      { op: "frob", path: "/claims/0" },
      { op: "add", path: "claims" },
      { op: "move", path: "/claims/0", extra: true },
      "remove /claims/0",
    ]);
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ["/0/op", "invalid-patch"],
      ["/1/path", "invalid-patch"],
      ["/1/value", "invalid-patch"],
      ["/2/extra", "invalid-patch"],
      ["/2/from", "invalid-patch"],
      ["/3", "invalid-patch"],
    ]);
    expect(result.issues[0]!.message).toBe('"frob" is not an operation; use add, remove, replace, move, copy, test');
    expect(result.issues[1]!.message).toBe('"claims" is not a JSON pointer: it must start with "/" (or be "" for the whole claim set)');
    expect(result.issues[2]!.message).toBe('missing "value": an add needs the new value');
    expect(result.issues[3]!.message).toBe('unknown field "extra"; an operation has "op", "path", "from" and "value"');
    expect(result.issues[4]!.message).toBe('missing "from": a move needs the JSON pointer of the value to move');
  });

  it("at most 1 000 operations by default; maxOperations changes it", () => {
    const tests = (n: number) => Array.from({ length: n }, () => ({ op: "test", path: "/claims/0/id", value: "c0" }));
    expect(applyClaimSetPatch(setOf(1), tests(1000)).ok).toBe(true);
    expect(failure(setOf(1), tests(10_000)).issues).toEqual([
      {
        code: "too-many-operations",
        path: "",
        message: "the patch has 10000 operations; at most 1000 are allowed in one patch (split it, or raise maxOperations)",
      },
    ]);
    expect(failure(setOf(1), tests(3), { maxOperations: 2 }).issues[0]!.code).toBe("too-many-operations");
    expect(applyClaimSetPatch(setOf(1), tests(3), { maxOperations: 3 }).ok).toBe(true);
    expect(() => applyClaimSetPatch(setOf(1), [], { maxOperations: -1 })).toThrow(TypeError);
  });

  it.each([
    ["/__proto__/polluted", "__proto__"],
    ["/claims/0/constructor", "constructor"],
    ["/claims/0/scope/prototype", "prototype"],
  ])("refuses pointers through reserved names: %s", (path, name) => {
    const result = failure(setOf(1), [{ op: "add", path, value: "x" }]);
    expect(result.issues).toEqual([{ code: "unsafe-patch", path: "/0/path", message: `"${path}" goes through "${name}", which a patch may not touch` }]);
    const from = failure(setOf(1), [{ op: "copy", from: path, path: "/x" }]);
    expect(from.issues[0]).toMatchObject({ code: "unsafe-patch", path: "/0/from" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses values that are not JSON data or hold reserved keys, with a pointer into the value", () => {
    const check = (value: unknown) => failure(setOf(1), [{ op: "add", path: "/claims/0/note", value }]).issues[0];
    expect(check({ a: [1, () => 2] })).toMatchObject({ code: "invalid-patch", path: "/0/value/a/1", message: "not JSON data: a function" });
    expect(check(new Map())).toMatchObject({ path: "/0/value", message: "not JSON data: a Map" });
    expect(check([1, , 3])).toMatchObject({ path: "/0/value/1", message: "not JSON data: a hole in a list" });
    expect(check(Object.defineProperty({}, "x", { get: () => 1, enumerable: true }))).toMatchObject({ path: "/0/value/x", message: "not JSON data: a getter" });
    expect(check(JSON.parse('{"a":{"__proto__":1}}'))).toMatchObject({ code: "unsafe-patch", path: "/0/value/a/__proto__" });
    expect(check({ b: { prototype: 1 } })).toMatchObject({ code: "unsafe-patch", path: "/0/value/b/prototype" });
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 100_000; i++) node = (node.a = {}) as Record<string, unknown>;
    expect(check(deep)).toMatchObject({ code: "invalid-patch", message: "the value is nested more than 1000 levels deep" }); // no stack overflow
  });

  it("checks the result as a claim set; issues then point into the claim set", () => {
    const result = failure(setOf(2), [{ op: "replace", path: "/claims/1/value", value: "about nine hundred" }]);
    expect(result.target).toBe("claim-set");
    expect(result.issues[0]).toMatchObject({ code: "invalid-value", path: "/claims/1/value" });
    expect(failure(setOf(2), [{ op: "remove", path: "" }]).issues[0]!.path).toBe("/0/path");
    expect(failure(setOf(2), [{ op: "replace", path: "", value: [] }]).issues[0]!.path).toBe("");
  });

  it("a patch can repair an invalid claim set", () => {
    const broken = { properties: [{ id: "troop-count", type: "quantity" }], claims: [claim("a", { value: "about nine hundred" })] };
    expect(() => parseClaimSet(broken)).toThrow();
    const result = applyClaimSetPatch(broken, [{ op: "replace", path: "/claims/0/value", value: "~900" }]);
    expect(result.ok).toBe(true);
  });

  it("refuses a document that is not JSON data", () => {
    const result = failure({ claims: [claim("a", { note: (() => "x") as never })] }, []);
    expect(result).toMatchObject({ target: "claim-set", issues: [{ code: "invalid-type", path: "/claims/0/note", message: "the claim set is not JSON data: a function" }] });
  });
});

describe("why the facade: fast-json-patch 3.1.1 on its own", () => {
  const hostile = [
    { op: "copy", from: "/constructor", path: "/x" },
    { op: "add", path: "/x/prototype/polluted", value: "yes" },
  ];

  it("pollutes Object.prototype through a copy from /constructor, and leaves a half-applied document", () => {
    const document: Record<string, unknown> = { claims: [] };
    try {
      jsonpatch.applyPatch(document, structuredClone(hostile) as never, false);
      expect(({} as Record<string, unknown>).polluted).toBe("yes");
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    const validated: Record<string, unknown> = { claims: [] };
    expect(() => jsonpatch.applyPatch(validated, structuredClone(hostile) as never, true)).toThrow();
    expect(validated.x).toBe(Object); // the first operation stayed applied: a function in the document
  });

  it("the facade refuses the same patch before running anything", () => {
    const document = { claims: [claim("a")] };
    expect(failure(document, hostile).issues[0]).toMatchObject({ code: "unsafe-patch", path: "/0/from" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(document).toEqual({ claims: [claim("a")] });
  });
});
