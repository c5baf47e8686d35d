/**
 * The JSON formatter, and the pieces the CLI writes large reports in: joined,
 * they are exactly `JSON.stringify(value, null, 2)` and a newline.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, formatJson } from "../../src/index.js";
import { jsonPieces } from "../../src/formatters/json.js";

const stringified = (value: unknown) => JSON.stringify(value, null, 2) + "\n";
const joined = (value: unknown, depth?: number) => [...jsonPieces(value, depth)].join("");

describe("jsonPieces", () => {
  it("joins to JSON.stringify(value, null, 2) for any JSON value, at any depth", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, depth) => {
        expect(joined(value, depth)).toBe(stringified(value));
      }),
      { numRuns: 1000 },
    );
  });

  it("writes undefined members as JSON.stringify does: left out of objects, null in arrays", () => {
    const value = { a: undefined, b: [undefined, 1, () => 2], c: { d: undefined }, e: [], f: {} };
    expect(joined(value, 3)).toBe(stringified(value));
  });

  it("writes a report as formatJson does", () => {
    const report = check(readFileSync(new URL("../../examples/iraq-withdrawal/claims.json", import.meta.url)));
    expect(joined(report)).toBe(formatJson(report));
  });

  it("cuts a large value into small pieces, none of them the whole text", () => {
    const value = { items: Array.from({ length: 30_000 }, (_, i) => ({ id: `c${i}`, text: "ميليشيا ".repeat(10) })) };
    const pieces = [...jsonPieces(value)];
    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(2 ** 15 + 2000);
    expect(pieces.join("")).toBe(stringified(value));
  });
});
