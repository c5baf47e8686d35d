import { describe, expect, it } from "vitest";
import {
  formatValue,
  inferValueType,
  parseBoolean,
  parseText,
  parseValue,
  valuesCompatible,
} from "../../src/values/index.js";
import type { Value, ValueType } from "../../src/values/index.js";
import { message, ok } from "./helpers.js";

const v = (raw: unknown, type: ValueType): Value => ok(parseValue(raw, type));

describe("parseBoolean", () => {
  it("reads JSON booleans", () => {
    expect(ok(parseBoolean(true))).toEqual({ type: "boolean", text: "true", display: "true", value: true });
    expect(ok(parseBoolean(false))).toEqual({ type: "boolean", text: "false", display: "false", value: false });
  });
  it.each(["true", "yes", 1, 0, null, undefined, {}, []])("rejects %j", (raw) => {
    expect(message(parseBoolean(raw))).toMatch(/^cannot read .* as a boolean; write true or false$/);
  });
});

describe("parseText", () => {
  it("trims for display and keys with the given function", () => {
    expect(ok(parseText("  Kyiv "))).toEqual({ type: "text", text: "  Kyiv ", display: "Kyiv", key: "Kyiv" });
    expect(ok(parseText("Kyiv", (s) => s.toLowerCase())).key).toBe("kyiv");
  });
  it.each(["", "   ", 5, null, true, ["a"]])("rejects %j", (raw) => {
    expect(message(parseText(raw))).toMatch(/text/);
  });
});

describe("parseValue", () => {
  it("dispatches on the type", () => {
    expect(v("~900", "quantity").type).toBe("quantity");
    expect(v("2025-09", "date").type).toBe("date");
    expect(v(true, "boolean").type).toBe("boolean");
    expect(v("Kyiv", "text").type).toBe("text");
    expect(ok(parseValue("Kyiv", "text", undefined, (s) => `id:${s}`))).toMatchObject({ key: "id:Kyiv" });
    expect(ok(parseValue(900, "quantity", { tolerance: 0.02 }))).toMatchObject({ interval: { min: 882, max: 918 } });
    expect(message(parseValue("2025", "boolean"))).toContain("boolean");
  });

  it("formats values as their display, which reads back", () => {
    for (const [raw, type] of [
      ["1,400", "quantity"],
      [{ min: 5, max: 10, maxExclusive: true }, "quantity"],
      ["2026-q4", "date"],
      [false, "boolean"],
      [" Kyiv ", "text"],
    ] as const) {
      const value = v(raw, type);
      // Booleans are JSON literals only, so their display reads back through JSON.
      const again = v(type === "boolean" ? JSON.parse(formatValue(value)) : formatValue(value), type);
      expect(formatValue(again)).toBe(formatValue(value));
    }
    expect(formatValue(v("2026-q4", "date"))).toBe("2026-Q4");
    expect(formatValue(v(true, "boolean"))).toBe("true");
  });
});

describe("valuesCompatible", () => {
  it.each([
    [900, "quantity", "<1000", "quantity", true],
    [">90", "quantity", 90, "quantity", false],
    ["2025", "date", "2025-09", "date", true],
    ["2025", "date", "2026", "date", false],
    [true, "boolean", true, "boolean", true],
    [true, "boolean", false, "boolean", false],
    ["Kyiv", "text", " Kyiv ", "text", true],
    ["Kyiv", "text", "Kiev", "text", false],
    ["2025", "date", "2025", "text", false],
    [2025, "quantity", "2025", "date", false],
  ] as const)("%j (%s) and %j (%s): %s", (a, ta, b, tb, expected) => {
    expect(valuesCompatible(v(a, ta), v(b, tb))).toBe(expected);
    expect(valuesCompatible(v(b, tb), v(a, ta))).toBe(expected);
  });
});

describe("inferValueType", () => {
  it.each([
    [900, "quantity"],
    [Infinity, "quantity"],
    [{ amount: 900 }, "quantity"],
    [{ min: 70, unit: "troops" }, "quantity"],
    [{ approx: true }, "quantity"],
    [true, "boolean"],
    ["2025-09", "date"],
    ["2025-13", "date"],
    ["../2026", "date"],
    ["2026-Q4", "date"],
    ["1400", "date"],
    ["~900", "quantity"],
    ["1,400", "quantity"],
    [">=70", "quantity"],
    ["2000..2500", "quantity"],
    ["900", "quantity"],
    ["-3", "quantity"],
    ["Kyiv", "text"],
    ["900 troops", "text"],
    ["", "text"],
    [{}, undefined],
    [{ name: "x" }, undefined],
    [[1], undefined],
    [null, undefined],
    [undefined, undefined],
  ])("%j → %s", (raw, expected) => {
    expect(inferValueType(raw)).toBe(expected);
  });
});
