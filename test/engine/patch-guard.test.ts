/**
 * Defence in depth: even if fast-json-patch (mocked here to misbehave) did
 * pollute a shared prototype, the facade undoes the change and fails closed;
 * and whatever it throws, its messages are never shown.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { applyClaimSetPatch, createSession, ClaimSetError } from "../../src/index.js";

const misbehave = vi.hoisted(() => ({ mode: "none" as "none" | "pollute" | "overwrite" | "throw" }));

vi.mock("fast-json-patch", async (importOriginal) => {
  const real = ((await importOriginal()) as { default: typeof import("fast-json-patch").default }).default;
  return {
    default: {
      ...real,
      applyOperation: (...args: Parameters<typeof real.applyOperation>) => {
        if (misbehave.mode === "pollute") (Object.prototype as Record<string, unknown>).polluted = "yes";
        if (misbehave.mode === "overwrite") Object.defineProperty(Array.prototype, "includes", { value: () => true, configurable: true, writable: true });
        if (misbehave.mode === "throw") throw new Error("JSON-Patch: OPERATION_PATH_UNRESOLVABLE internal detail");
        return real.applyOperation(...args);
      },
    },
  };
});

const set = { claims: [{ id: "a", subject: "x", property: "p", value: 1, source: "s" }] };
const operations = [{ op: "replace", path: "/claims/0/value", value: 2 }];

describe("the prototype guard", () => {
  afterEach(() => {
    misbehave.mode = "none";
  });

  it("works normally when nothing misbehaves", () => {
    expect(applyClaimSetPatch(set, operations).ok).toBe(true);
  });

  it("undoes an added property on Object.prototype and rejects the patch", () => {
    const names = Object.getOwnPropertyNames(Object.prototype);
    misbehave.mode = "pollute";
    const result = applyClaimSetPatch(set, operations);
    expect(result).toMatchObject({ ok: false, target: "patch", issues: [{ code: "unsafe-patch", path: "" }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(names);
  });

  it("puts back an overwritten method of Array.prototype", () => {
    const includes = Array.prototype.includes;
    misbehave.mode = "overwrite";
    const result = applyClaimSetPatch(set, operations);
    expect(result.ok).toBe(false);
    expect(Array.prototype.includes).toBe(includes);
    expect([1].includes(2)).toBe(false);
  });

  it("a session stays as it was", () => {
    const session = createSession(set);
    const report = JSON.stringify(session.report);
    misbehave.mode = "pollute";
    expect(() => session.apply(operations)).toThrow(ClaimSetError);
    expect(JSON.stringify(session.report)).toBe(report);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("never shows fast-json-patch's own messages", () => {
    misbehave.mode = "throw";
    const result = applyClaimSetPatch(set, operations);
    expect(result).toEqual({
      ok: false,
      target: "patch",
      issues: [{ code: "patch-failed", path: "/0", message: 'operation 0 (replace "/claims/0/value") could not be applied' }],
    });
  });
});
