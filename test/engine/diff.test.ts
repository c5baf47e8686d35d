/**
 * Report diffs: an RFC 6902 patch keyed by stable conflict ids that turns
 * one report's keyed view into the other's, and a summary for humans.
 */
import jsonpatch from "fast-json-patch";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Conflict, Report } from "../../src/index.js";
import { applyClaimSetPatch, check, diffReports, keyedReport, summarizeDiff } from "../../src/index.js";
import { claimSet, patch } from "./claim-sets.js";

/** Applies a diff to a deep copy of a keyed view, with fast-json-patch's own validation on. */
function applyDiff(view: ReturnType<typeof keyedReport>, operations: ReturnType<typeof diffReports>) {
  return jsonpatch.applyPatch(structuredClone(view), structuredClone(operations) as never, true).newDocument;
}

const conflict = (id: string, over: Partial<Conflict> = {}): Conflict => ({
  id,
  rule: "conflicting-values",
  messageId: "disagree",
  severity: "error",
  group: "x/p",
  subject: "x",
  property: "p",
  scope: {},
  claims: ["a", "b"],
  message: `conflict ${id}`,
  data: { values: [1, 2] },
  ...over,
});

function report(conflicts: Conflict[]): Report {
  const count = (s: string) => conflicts.filter((c) => c.severity === s).length;
  return {
    tool: { name: "corroborate", version: "0.0.0" },
    summary: { claims: 2, groups: 1, conflicts: conflicts.length, errors: count("error"), warnings: count("warning"), infos: count("info") },
    groups: [],
    conflicts,
    diagnostics: [],
  };
}

describe("keyedReport", () => {
  it("keys conflicts by id, in id order, and keeps the summary", () => {
    const r = report([conflict("b"), conflict("a")]);
    const view = keyedReport(r);
    expect(Object.keys(view.conflicts)).toEqual(["a", "b"]);
    expect(view.conflicts.b).toBe(r.conflicts[0]);
    expect(view.summary).toBe(r.summary);
  });

  it("keeps odd ids as own keys, and repeats apart", () => {
    const view = keyedReport(report([conflict("__proto__"), conflict("x"), conflict("x", { message: "again" })]));
    expect(Object.keys(view.conflicts)).toEqual(["__proto__", "x", "x#2"]);
    expect(Object.getPrototypeOf(view.conflicts)).toBe(Object.prototype);
    expect(view.conflicts["x#2"]!.message).toBe("again");
  });
});

describe("diffReports", () => {
  it("adds new conflicts, removes resolved ones, replaces changed fields, then the summary, in id order", () => {
    const before = report([conflict("b"), conflict("c"), conflict("d", { suggestions: [{ message: "m", patch: [] }] })]);
    const after = report([
      conflict("a", { severity: "warning" }),
      conflict("c", { message: "changed", data: { values: [1, 3] } }),
      conflict("d"),
    ]);
    const diff = diffReports(before, after);
    expect(diff).toEqual([
      { op: "add", path: "/conflicts/a", value: after.conflicts[0] },
      { op: "remove", path: "/conflicts/b" },
      { op: "replace", path: "/conflicts/c/message", value: "changed" },
      { op: "replace", path: "/conflicts/c/data", value: { values: [1, 3] } },
      { op: "remove", path: "/conflicts/d/suggestions" },
      { op: "replace", path: "/summary/errors", value: 2 },
      { op: "replace", path: "/summary/warnings", value: 1 },
    ]);
    expect(applyDiff(keyedReport(before), diff)).toEqual(keyedReport(after));
    // values are copies: changing the patch does not change the report
    (diff[0]!.value as Conflict).message = "edited";
    expect(after.conflicts[0]!.message).toBe("conflict a");
  });

  it("escapes ids per RFC 6901", () => {
    const diff = diffReports(report([]), report([conflict("a/b~c")]));
    expect(diff[0]!.path).toBe("/conflicts/a~1b~0c");
    expect(applyDiff(keyedReport(report([])), diff)).toEqual(keyedReport(report([conflict("a/b~c")])));
  });

  it("is empty between equal reports, whatever the order of their keys", () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : typeof value === "object" && value !== null
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
          : value;
    const a = report([conflict("a"), conflict("b")]);
    const b = reversed(a) as Report;
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a));
    expect(diffReports(a, b)).toEqual([]);
    expect(summarizeDiff(a, b).changed).toEqual([]);
  });

  it("on reports of random claim sets, before and after random patches: applying the diff gives the later keyed view (property)", () => {
    let changedSeen = 0;
    fc.assert(
      fc.property(claimSet, patch, claimSet, fc.boolean(), (set, operations, other, related) => {
        // Either the same claim set after a patch (most conflicts shared) or another one entirely.
        const patched = applyClaimSetPatch(set, operations(set));
        const later = related ? (patched.ok ? patched.document : set) : other;
        const before = check(set);
        const after = check(later);
        const diff = diffReports(before, after);
        expect(applyDiff(keyedReport(before), diff)).toEqual(keyedReport(after));
        expect(applyDiff(keyedReport(after), diffReports(after, before))).toEqual(keyedReport(before));
        expect(diffReports(before, before)).toEqual([]);
        expect(JSON.stringify(diffReports(before, after))).toBe(JSON.stringify(diff));
        // in id order
        const ids = diff.filter((op) => op.path.startsWith("/conflicts/")).map((op) => op.path.split("/")[2]!);
        expect(ids).toEqual([...ids].sort());
        // summarizeDiff says the same
        const summary = summarizeDiff(before, after);
        const added = diff.filter((op) => op.op === "add" && op.path.split("/").length === 3).length;
        const removed = diff.filter((op) => op.op === "remove" && op.path.split("/").length === 3).length;
        const changed = new Set(diff.filter((op) => op.path.split("/").length === 4).map((op) => op.path.split("/")[2]));
        expect([summary.added.length, summary.resolved.length, summary.changed.length]).toEqual([added, removed, changed.size]);
        changedSeen += changed.size;
      }),
      { numRuns: 300 },
    );
    expect(changedSeen).toBeGreaterThan(0);
  });
});

describe("summarizeDiff", () => {
  it("lists new, resolved and changed conflicts", () => {
    const before = report([conflict("a"), conflict("b")]);
    const after = report([conflict("c"), conflict("b", { message: "now different" })]);
    const { added, resolved, changed } = summarizeDiff(before, after);
    expect(added.map((c) => c.id)).toEqual(["c"]);
    expect(resolved.map((c) => c.id)).toEqual(["a"]);
    expect(changed.map(({ before: b, after: a }) => [b.message, a.message])).toEqual([["conflict b", "now different"]]);
  });
});
