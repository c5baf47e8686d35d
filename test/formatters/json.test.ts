/**
 * The JSON formatter, and the pieces the CLI writes large reports in: joined,
 * they are exactly `JSON.stringify(value, null, 2)` and a newline.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, formatJson } from "../../src/index.js";
import { jsonPieces } from "../../src/formatters/json.js";
import { LazyList } from "../../src/internal/lazy-list.js";
import { checkDetailed } from "../../src/engine/check.js";

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

  it("writes long lists, whose items go to JSON.stringify several at a time, as JSON.stringify does", () => {
    const item = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined), fc.constant(() => 1));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 70 }), fc.integer({ min: 1, max: 4 }), (items, depth) => {
        const value = { list: items, lazy: new LazyList(items.length, (i) => items[i]), nested: [[items]] };
        expect(joined(value, depth)).toBe(JSON.stringify({ ...value, lazy: items }, null, 2) + "\n");
      }),
      { numRuns: 300 },
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

  it("writes a LazyList, at any depth, as the array of its items, making each item only as it is written", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), fc.integer({ min: 0, max: 4 }), (items, depth) => {
        const made: number[] = [];
        const list = new LazyList(items.length, (i) => (made.push(i), items[i]));
        const value = { before: 1, list, nested: [list] };
        const pieces = jsonPieces(value, depth);
        expect([...pieces].join("")).toBe(stringified({ before: 1, list: items, nested: [items] }));
        expect(made.length).toBe(2 * items.length);
      }),
      { numRuns: 300 },
    );
  });

  it("makes the items of a LazyList one piece at a time when it is written member by member", () => {
    const made: number[] = [];
    const list = new LazyList(40_000, (i) => (made.push(i), { id: `c${i}`, text: "x".repeat(40) }));
    const pieces = jsonPieces({ list }, 2);
    pieces.next();
    pieces.next();
    // The second piece needs only the items written so far: about 32 K characters of them.
    expect(made.length).toBeGreaterThan(100);
    expect(made.length).toBeLessThan(2_000);
  });

  it("writes a report with deferred groups exactly as the report itself", () => {
    const input = readFileSync(new URL("../../examples/iraq-withdrawal/claims.json", import.meta.url));
    const whole = checkDetailed(input);
    const deferred = checkDetailed(input, {}, { deferGroups: true });
    expect(whole.groups).toBeUndefined();
    expect(deferred.report.groups).toEqual([]);
    expect(deferred.groups?.toArray()).toEqual(whole.report.groups);
    expect(joined({ ...deferred.report, groups: deferred.groups })).toBe(formatJson(whole.report));
  });

  it("cuts a large value into small pieces, none of them the whole text", () => {
    const value = { items: Array.from({ length: 30_000 }, (_, i) => ({ id: `c${i}`, text: "ميليشيا ".repeat(10) })) };
    const pieces = [...jsonPieces(value)];
    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(2 ** 15 + 2000);
    expect(pieces.join("")).toBe(stringified(value));
  });
});
