/**
 * Sessions: a claim set patched and re-checked group by group must give the
 * report a full `check` gives, byte for byte; patches that fail leave the
 * session exactly as it was; hostile patches are refused without touching
 * any prototype.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim, ClaimSet, Conflict, PatchOperation, Rule } from "../../src/index.js";
import { applyClaimSetPatch, check, ClaimSetError, createSession, defineRule } from "../../src/index.js";
import { claimSet, patch } from "./claim-sets.js";
import { applyAndCompare, json, refusal } from "./session-compare.js";

const example = (): ClaimSet =>
  JSON.parse(readFileSync(new URL("../../examples/iraq-withdrawal/claims.json", import.meta.url), "utf8")) as ClaimSet;

describe("createSession", () => {
  it("starts with the report check gives", () => {
    const set = example();
    const session = createSession(set);
    expect(json(session.report)).toBe(json(check(set)));
    expect(session.claimSet).toEqual(set);
  });

  it("accepts text like check, with the same options", () => {
    const set = example();
    const options = { rules: { "value-changed": "off" as const, "rapid-change": "error" as const } };
    const session = createSession(JSON.stringify(set), options);
    expect(json(session.report)).toBe(json(check(set, options)));
    const update = session.apply([{ op: "replace", path: "/claims/0/value", value: "~5000" }]);
    const expected = applyClaimSetPatch(set, [{ op: "replace", path: "/claims/0/value", value: "~5000" }]);
    expect(expected.ok).toBe(true);
    if (expected.ok) expect(json(update.report)).toBe(json(check(expected.document, options)));
  });

  it("throws ClaimSetError for an invalid claim set, and TypeError for lenient", () => {
    expect(() => createSession({ claims: [{ id: "a" }] })).toThrow(ClaimSetError);
    expect(() => createSession(example(), { lenient: true } as never)).toThrow(TypeError);
  });

  it("freezes its claim set and reports, so later reports can share unchanged parts", () => {
    const session = createSession(example());
    expect(Object.isFrozen(session.claimSet.claims[0])).toBe(true);
    expect(Object.isFrozen(session.report.conflicts[0])).toBe(true);
    expect(() => (session.report.conflicts as Conflict[]).pop()).toThrow(TypeError);
  });
});

describe("Session.apply: the same report as a full check", () => {
  it("on the Iraq example: a correction, a new claim, a removal, a re-scope", () => {
    const session = createSession(example());
    const patches: PatchOperation[][] = [
      [{ op: "replace", path: "/claims/3/value", value: "~5000" }],
      [{ op: "add", path: "/claims/-", value: { id: "late", subject: "us-forces", property: "troop-count", value: 2500, source: "wsj", published: "2025-04-20", scope: { location: "Syria" } } }],
      [{ op: "remove", path: "/claims/0" }],
      [{ op: "remove", path: "/claims/5/scope" }],
      [{ op: "test", path: "/claims/0/id", value: example().claims[1]!.id }, { op: "move", from: "/claims/0", path: "/claims/-" }],
    ];
    for (const operations of patches) expect(applyAndCompare(session, operations)).toBe(true);
  });

  it("random claim sets and sequences of random patches (property)", () => {
    let applied = 0;
    let refused = 0;
    fc.assert(
      fc.property(claimSet, fc.array(patch, { minLength: 1, maxLength: 4 }), (set, patches) => {
        const session = createSession(set);
        expect(json(session.report)).toBe(json(check(set)));
        for (const operations of patches) {
          if (applyAndCompare(session, operations(session.claimSet))) applied++;
          else refused++;
        }
      }),
      { numRuns: 300 },
    );
    // The property is about applied patches: make sure most of them apply.
    expect(applied).toBeGreaterThan(2 * refused);
  });

  it("reuses the results of groups a patch does not touch, and re-checks the touched group's family", () => {
    const calls: string[] = [];
    const counter: Rule = defineRule({
      meta: { id: "count-calls", description: "counts", severity: "info", docs: { url: "https://example.org" }, messages: {} },
      check: (context) => void calls.push(context.group.key),
    });
    const claim = (id: string, over: Partial<Claim>): Claim =>
      ({ id, subject: "us-forces", property: "troop-count", value: 900, source: "s1", published: "2025-04-20", ...over }) as Claim;
    const set: ClaimSet = {
      claims: [
        claim("a", { scope: { location: "syria" } }),
        claim("b", { scope: { location: "iraq" }, value: 2500 }),
        claim("c", {}),
        claim("d", { subject: "coalition" }),
        claim("e", { subject: "nato" }),
      ],
    };
    const session = createSession(set, { customRules: [counter] });
    expect(calls.sort()).toEqual(session.report.groups.map((g) => g.key).sort());

    // A value in one scoped group: its family (same subject and property) is checked again, nothing else.
    calls.length = 0;
    session.apply([{ op: "replace", path: "/claims/0/value", value: 950 }]);
    expect(calls.sort()).toEqual(["us-forces/troop-count", "us-forces/troop-count?location=iraq", "us-forces/troop-count?location=syria"]);

    // The last claim: the only one whose index does not move when it changes.
    calls.length = 0;
    session.apply([{ op: "replace", path: "/claims/4/value", value: 1000 }]);
    expect(calls).toEqual(["nato/troop-count"]);

    // Removing the first claim shifts every index: every group is checked again.
    calls.length = 0;
    session.apply([{ op: "remove", path: "/claims/0" }]);
    expect(calls.sort()).toEqual(["coalition/troop-count", "nato/troop-count", "us-forces/troop-count", "us-forces/troop-count?location=iraq"]);

    // A change outside claims (a source's name can appear in any message): everything.
    calls.length = 0;
    session.apply([{ op: "add", path: "/sources", value: [{ id: "s1", name: "Infoplus" }] }]);
    expect(calls).toHaveLength(4);

    // A test alone changes nothing: nothing is checked again.
    calls.length = 0;
    const before = session.report;
    const update = session.apply([{ op: "test", path: "/claims/0/id", value: "b" }]);
    expect(calls).toEqual([]);
    expect(json(update.report)).toBe(json(before));
    expect(update).toMatchObject({ added: [], removed: [], changed: [] });
  });

  it("re-checks every group of a property whose inferred type changes", () => {
    // "figure" is undeclared: "~7" first makes it a quantity, "2026" first a date (a year).
    const set: ClaimSet = {
      claims: [
        { id: "q", subject: "x", property: "figure", value: "~7", source: "s1" },
        { id: "a", subject: "y", property: "figure", value: "2025", source: "s1", published: "2025-01-01" },
        { id: "b", subject: "y", property: "figure", value: "1400", source: "s2", published: "2025-01-01" },
      ],
    };
    const session = createSession(set);
    const typeOfY = () => session.report.groups.find((g) => g.subject === "y")!.positions.map((p) => p.value.type);
    expect(typeOfY()).toEqual(["quantity", "quantity"]);
    // Only claim "q" changes, in its own family; the claims of "y" keep their content and index, not their type.
    expect(applyAndCompare(session, [{ op: "replace", path: "/claims/0/value", value: "2026" }])).toBe(true);
    expect(typeOfY()).toEqual(["date", "date"]);
    // Moving "q" behind the others makes "2025" the first value: still a date, and "2026" reads as one.
    expect(applyAndCompare(session, [{ op: "move", from: "/claims/0", path: "/claims/-" }])).toBe(true);
    // Back to a quantity-shaped first value in the other family: "~7" is not a date, so the patch is refused.
    expect(applyAndCompare(session, [{ op: "replace", path: "/claims/2/value", value: "~7" }])).toBe(false);
  });

  it("reports added, removed and changed conflicts by id", () => {
    const claim = (id: string, value: Claim["value"], source: string): Claim =>
      ({ id, subject: "us-forces", property: "troop-count", value, source, published: "2025-04-20" }) as Claim;
    const session = createSession({ claims: [claim("a", 900, "s1"), claim("b", 2000, "s2")] });
    expect(session.report.conflicts.map((c) => c.rule)).toEqual(["conflicting-values"]);
    const before = session.report.conflicts[0]!;

    const changed = session.apply([{ op: "replace", path: "/claims/1/value", value: 3000 }]);
    expect(changed.added).toEqual([]);
    expect(changed.removed).toEqual([]);
    expect(changed.changed.map((c) => c.id)).toEqual([before.id]);
    expect(changed.changed[0]!.message).toContain("3,000");

    const resolved = session.apply([{ op: "replace", path: "/claims/1/value", value: 900 }]);
    expect(resolved.removed.map((c) => c.id)).toEqual([before.id]);
    expect(resolved.report.conflicts).toEqual([]);

    const added = session.apply([{ op: "add", path: "/claims/-", value: claim("c", 5000, "s3") }]);
    expect(added.added.map((c) => c.rule)).toEqual(["conflicting-values"]);
    expect(added.added[0]!.claims).toContain("c");
    expect(added.removed).toEqual([]);
    expect(added.changed).toEqual([]);
  });
});

// ---------------------------------------------------------------- hostile and broken patches

const HOSTILE: Array<[string, unknown]> = [
  ["__proto__ at the root", [{ op: "add", path: "/__proto__/polluted", value: "yes" }]],
  ["replace through __proto__", [{ op: "replace", path: "/claims/0/__proto__/polluted", value: "yes" }]],
  ["copy from /constructor", [{ op: "copy", from: "/constructor", path: "/x" }]],
  ["copy from /constructor/prototype", [{ op: "copy", from: "/constructor/prototype", path: "/claims/0/scope" }]],
  ["add /claims/0/__proto__", [{ op: "add", path: "/claims/0/__proto__", value: { polluted: "yes" } }]],
  ["add through constructor/prototype", [{ op: "add", path: "/claims/0/constructor/prototype/polluted", value: "yes" }]],
  ["escaped __proto__", [{ op: "add", path: "/claims/0/scope/__proto__", value: "yes" }]],
  ["move to __proto__", [{ op: "move", from: "/claims/0", path: "/__proto__" }]],
  ["a value with an own __proto__ key", [JSON.parse('{"op":"add","path":"/claims/0/scope","value":{"__proto__":{"polluted":"yes"}}}')]],
  ["a value with a nested constructor key", [{ op: "add", path: "/claims/-", value: { id: "z", constructor: { prototype: { polluted: "yes" } } } }]],
  ["an inherited member", [{ op: "replace", path: "/claims/0/toString", value: "yes" }]],
  ["into nowhere: a claim", [{ op: "replace", path: "/claims/99/value", value: 1 }]],
  ["into nowhere: a missing parent", [{ op: "add", path: "/claims/0/scope/location/x", value: 1 }]],
  ["into nowhere: remove a missing field", [{ op: "remove", path: "/claims/0/nothing" }]],
  ["into nowhere: move from a missing claim", [{ op: "move", from: "/claims/50", path: "/claims/0" }]],
  ["into nowhere: copy from a missing field", [{ op: "copy", from: "/claims/0/nothing", path: "/claims/0/quote" }]],
  ["into nowhere: test a missing field", [{ op: "test", path: "/claims/0/nothing", value: 1 }]],
  ["into nowhere: add past the end", [{ op: "add", path: "/claims/1000", value: {} }]],
  ["a failing test after a good operation", [{ op: "replace", path: "/claims/0/value", value: 1 }, { op: "test", path: "/claims/0/value", value: 2 }]],
  ["10 000 operations", Array.from({ length: 10_000 }, () => ({ op: "test", path: "/claims/0/id", value: "x" }))],
  ["not an array: an object", { op: "remove", path: "/claims/0" }],
  ["not an array: a string", '[{"op":"remove","path":"/claims/0"}]'],
  ["not an array: null", null],
  ["not an array: undefined", undefined],
  ["an operation that is a number", [42]],
  ["an operation with an unknown op", [{ op: "delete", path: "/claims/0" }]],
  ["an operation with op toString", [{ op: "toString", path: "/claims/0" }]],
  ["a path that is a number", [{ op: "remove", path: 0 }]],
  ["a path without a slash", [{ op: "remove", path: "claims/0" }]],
  ["a bad escape", [{ op: "remove", path: "/claims/~2" }]],
  ["from that is an array", [{ op: "move", from: ["claims", 0], path: "/claims/1" }]],
  ["move without from", [{ op: "move", path: "/claims/1" }]],
  ["add without value", [{ op: "add", path: "/claims/-" }]],
  ["an unknown field", [{ op: "remove", path: "/claims/0", where: "here" }]],
  ["a function as value", [{ op: "add", path: "/claims/0/note", value: () => "x" }]],
  ["a Date as value", [{ op: "add", path: "/claims/0/note", value: new Date(0) }]],
  ["a value that contains itself", [{ op: "add", path: "/claims/0/note", value: (() => { const a: Record<string, unknown> = {}; a.self = a; return a; })() }]],
  ["removing the whole claim set", [{ op: "remove", path: "" }]],
  ["an invalid claim set after the patch", [{ op: "replace", path: "/claims/0/value", value: "about nine hundred" }]],
  ["a duplicate id after the patch", [{ op: "copy", from: "/claims/0", path: "/claims/-" }]],
];

describe("Session.apply refuses hostile and broken patches", () => {
  const prototypeNames = Object.getOwnPropertyNames(Object.prototype);

  it.each(HOSTILE)("%s: ClaimSetError with a clear message; session and prototypes unchanged", (_, operations) => {
    const session = createSession(example());
    const before = { claimSet: structuredClone(session.claimSet), report: structuredClone(session.report) };
    const { issues } = refusal(session, operations);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.message).not.toMatch(/JSON-Patch|OPERATION_|fast-json-patch|undefined|\[object/);
      expect(issue.path === "" || issue.path.startsWith("/")).toBe(true);
    }
    expect(session.claimSet).toEqual(before.claimSet);
    expect(session.report).toEqual(before.report);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeNames);
    // The session still works.
    expect(applyAndCompare(session, [{ op: "replace", path: "/claims/0/value", value: "~5000" }])).toBe(true);
  });

  it("anything at all as a patch: only ClaimSetError, never a changed session or prototype (property)", () => {
    const set = example();
    const session = createSession(set);
    let report = json(session.report);
    const pointer = fc.oneof(
      fc.constantFrom("", "/", "/claims", "/claims/0", "/claims/-", "/claims/0/value", "/__proto__", "/constructor", "/prototype", "/claims/0/constructor", "/claims/0/toString", "/claims/~0", "/claims/~1"),
      fc.array(fc.constantFrom("claims", "0", "1", "-", "scope", "__proto__", "constructor", "prototype", "value", "hasOwnProperty", "~1", "~0", "~"), { maxLength: 4 }).map((s) => `/${s.join("/")}`),
      fc.string(),
    );
    const op = fc.record(
      {
        op: fc.oneof(fc.constantFrom("add", "remove", "replace", "move", "copy", "test", "__proto__", "constructor"), fc.anything()),
        path: fc.oneof(pointer, fc.anything()),
        from: fc.oneof(pointer, fc.anything()),
        value: fc.oneof(fc.jsonValue(), fc.anything({ withObjectString: true, withNullPrototype: true })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(op, { maxLength: 4 }), fc.anything()), (operations) => {
        const expected = applyClaimSetPatch(session.claimSet, operations);
        try {
          const update = session.apply(operations);
          // Rarely valid (a test that passes, an add of a harmless field…): then it must be right.
          expect(expected.ok).toBe(true);
          if (expected.ok) expect(json(update.report)).toBe(json(check(expected.document)));
          report = json(update.report);
        } catch (error) {
          expect(error).toBeInstanceOf(ClaimSetError);
          expect(expected.ok).toBe(false);
          expect(json(session.report)).toBe(report);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeNames);
      }),
      { numRuns: 400 },
    );
    expect(json(set)).toBe(json(example()));
  });

  it("maxOperations is an option of the session", () => {
    const session = createSession(example(), { maxOperations: 2 });
    const three: PatchOperation[] = Array.from({ length: 3 }, () => ({ op: "test", path: "/claims/0/subject", value: "us-forces" }));
    expect(() => session.apply(three)).toThrow(/3 operations; at most 2/);
    expect(() => session.apply(three.slice(0, 2))).not.toThrow();
  });
});
