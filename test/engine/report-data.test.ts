/**
 * What a rule reports as `data` reaches the report as plain JSON: exactly
 * what a round trip through JSON text gives, whatever the rule passes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, defineRule } from "../../src/index.js";

const claimSet = {
  claims: [{ id: "a", subject: "us-forces", property: "troop-count", value: 900, source: "s1", published: "2025-04-20" }],
};

function reported(data: Record<string, unknown>): unknown {
  const rule = defineRule({
    meta: { id: "echo", description: "reports its data", severity: "info", docs: { url: "https://example.org/rules/echo" }, messages: { echo: "echo" } },
    check(context) {
      context.report({ messageId: "echo", claims: context.group.claims, data });
    },
  });
  const report = check(claimSet, { customRules: [rule] });
  return report.conflicts.find((conflict) => conflict.rule === "echo")!.data;
}

class Point {
  constructor(readonly x: number) {}
}

describe("conflict data", () => {
  it("equals JSON.parse(JSON.stringify(data)) for any data", () => {
    const anything = fc.dictionary(fc.string(), fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true }));
    fc.assert(
      fc.property(anything, (data) => {
        expect(reported(data)).toStrictEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["undefined members", { a: undefined, b: [undefined, 1] }],
    ["non-finite numbers", { a: Infinity, b: [NaN, -Infinity] }],
    ["minus zero", { a: -0, b: [-0] }],
    ["a toJSON", { when: new Date(Date.UTC(2025, 3, 20)), custom: { toJSON: () => "custom" } }],
    ["a class instance", { point: new Point(3) }],
    ["an own __proto__ key", JSON.parse('{"__proto__": {"polluted": true}, "b": 1}') as Record<string, unknown>],
  ])("%s", (_name, data) => {
    const result = reported(data);
    expect(result).toStrictEqual(JSON.parse(JSON.stringify(data)));
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
