import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FirstIndex } from "../../src/internal/first-index.js";

/** What FirstIndex must answer, from a Map: the first index of each string, or undefined when new. */
function expected(keys: readonly string[]): Array<number | undefined> {
  const first = new Map<string, number>();
  return keys.map((key, i) => {
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    return seen;
  });
}

describe("FirstIndex", () => {
  it.each([
    { name: "nothing repeated", keys: ["a", "b", "c"], answers: [undefined, undefined, undefined] },
    { name: "a repeat gives the first index", keys: ["a", "b", "a", "a"], answers: [undefined, undefined, 0, 0] },
    { name: "the empty string is a key", keys: ["", "x", ""], answers: [undefined, undefined, 0] },
    { name: "case and accents count", keys: ["É", "é", "e\u0301", "é"], answers: [undefined, undefined, undefined, 1] },
    { name: "lone surrogates and astral characters", keys: ["\ud800", "😀", "\ud800", "😀"], answers: [undefined, undefined, 0, 1] },
  ])("$name", ({ keys, answers }) => {
    const index = new FirstIndex();
    expect(keys.map((key, i) => index.firstOf(key, i))).toEqual(answers);
  });

  it("answers as a Map does, through every growth of its table", () => {
    // A small alphabet makes repeats common; up to 3,000 keys makes the table grow several times.
    const keys = fc.array(fc.string({ unit: fc.constantFrom("a", "b", "c", "é", "ع", "😀"), maxLength: 6 }), { maxLength: 3000 });
    fc.assert(
      fc.property(keys, (list) => {
        const index = new FirstIndex();
        expect(list.map((key, i) => index.firstOf(key, i))).toEqual(expected(list));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps 100,000 distinct ids apart and finds each again", () => {
    const index = new FirstIndex();
    const ids = Array.from({ length: 100_000 }, (_, i) => `c${String(i).padStart(7, "0")}`);
    ids.forEach((id, i) => expect(index.firstOf(id, i)).toBeUndefined());
    const wrong = ids.filter((id, i) => index.firstOf(id, i + 100_000) !== i);
    expect(wrong).toEqual([]);
  });
});
