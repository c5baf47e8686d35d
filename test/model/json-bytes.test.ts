/**
 * Large JSON claim sets read member by member from their bytes: the same
 * value as JSON.parse of the whole text, or `undefined` (read the text whole)
 * for anything out of the ordinary.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectSameOutcome } from "./same-outcome.js";
import { readClaimSetBytes } from "../../src/model/json-bytes.js";
import { readInput, safeParseClaimSet } from "../../src/model/parse.js";
import type { Json } from "./arbitraries.js";
import { claimSetDocument, mutatedDocument, nearMissDocument } from "./arbitraries.js";

const encode = (text: string) => new TextEncoder().encode(text);
const BOM = "\ufeff";

/** JSON text of `value` laid out in one of several ways. */
function layout(value: unknown, style: number): string {
  if (style === 0) return JSON.stringify(value);
  if (style === 1) return JSON.stringify(value, null, 2);
  if (style === 2) return JSON.stringify(value, null, "\t").replaceAll("\n", "\r\n");
  return ` \n${JSON.stringify(value, null, 1).replaceAll(",", " ,  ").replaceAll(":", " : ")}\n\n`;
}

const text = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom("سوريا", "\\", '"', "}]", "{[", "a,b", "\u2028", "},{", '"},{"', "} , {"));
const claim = fc.dictionary(text, fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.jsonValue({ maxDepth: 3 })), {
  maxKeys: 6,
});
const document = fc.record(
  {
    $schema: fc.string(),
    sources: fc.array(fc.record({ id: text, name: text })),
    claims: fc.array(claim, { maxLength: 30 }),
  },
  { requiredKeys: ["claims"] },
);

describe("readClaimSetBytes", () => {
  it("gives what JSON.parse gives, key order included, in any layout and batch size", () => {
    fc.assert(
      fc.property(document, fc.nat({ max: 3 }), fc.integer({ min: 1, max: 200 }), fc.boolean(), (doc, style, batch, bom) => {
        const json = (bom ? BOM : "") + layout(doc, style);
        const read = readClaimSetBytes(encode(json), batch);
        const expected: unknown = JSON.parse(bom ? json.slice(1) : json);
        expect(read).toStrictEqual(expected);
        expect(JSON.stringify(read)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 500 },
    );
  });

  it("reads long strings with escaped quotes and runs of backslashes on either side of where the byte-by-byte scan stops", () => {
    // Strings of 0–40 characters of quotes, backslashes and letters, so that escapes fall before, on and after byte 16.
    const tricky = fc.array(fc.constantFrom('"', "\\", "a", "ب", "}"), { maxLength: 40 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(fc.array(fc.dictionary(tricky, tricky, { maxKeys: 3 }), { maxLength: 12 }), fc.integer({ min: 1, max: 64 }), (claims, batch) => {
        const json = JSON.stringify({ claims, note: claims.map((c) => JSON.stringify(c)).join("") });
        expect(readClaimSetBytes(encode(json), batch)).toStrictEqual(JSON.parse(json));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["a repeated top-level key", '{"claims": [1], "sources": [], "claims": [2, 3]}'],
    ["a repeated key in a claim", '{"claims": [{"id": "a"}, {"value": 900, "value": 1400}]}'],
    ["a repeated key deep in a claim, escaped differently", '{"claims": [{"scope": {"site": "a", "s\\u0069te": "b"}}]}'],
    ["a repeated key in another member", '{"sources": [{"id": "a", "id": "b"}], "claims": []}'],
  ])("%s: undefined (the text is read whole, which names the key)", (_, json) => {
    for (const batch of [1, 8, 1 << 15]) expect(readClaimSetBytes(encode(json), batch)).toBeUndefined();
  });

  it("reads strings that make the quick member count give up, without taking them for repeated keys", () => {
    const json = '{"claims": [{"id": ": a", "q": "b,"}, {"a,": 1, "b": [":", {"c{": ":"}]}], "sources": [":"]}';
    for (const batch of [1, 8, 1 << 15]) expect(readClaimSetBytes(encode(json), batch)).toEqual(JSON.parse(json));
  });

  it.each([
    ["not an object", "[1, 2]"],
    ["no claims", '{"sources": []}'],
    ["an empty object", "{}"],
    ["claims that are not a list", '{"claims": {"a": 1}}'],
    ["a last claims member that is not a list", '{"claims": [1], "claims": 2}'],
    ["a trailing comma in claims", '{"claims": [1, 2,]}'],
    ["a trailing comma in the object", '{"claims": [1],}'],
    ["a syntax error inside a claim", '{"claims": [{"id" "a"}]}'],
    ["an unclosed claim", '{"claims": [{"id": "a"]}'],
    ["text after the document", '{"claims": []} x'],
    ["a second document", '{"claims": []} {"claims": []}'],
    ["a __proto__ member", '{"__proto__": {"x": 1}, "claims": []}'],
    ["a second byte order mark", `${BOM}${BOM}{"claims": []}`],
    ["a byte order mark between claims", `{"claims": [1,${BOM}2]}`],
    ["a raw line break in a string", '{"claims": ["a\nb"]}'],
    ["an unterminated string", '{"claims": ["abc]}'],
    ["blank input", "   "],
  ])("%s: undefined (the text is read whole)", (_name, json) => {
    expect(readClaimSetBytes(encode(json), 1)).toBeUndefined();
  });

  it("on any text (mutated claim sets, arbitrary strings): never throws; when it reads, it reads what JSON.parse reads", () => {
    const mutated = fc
      .tuple(document, fc.nat({ max: 3 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom("", ",", "]", "}", "[", "{", '"', "\\", ":", " ", "1e400", "\ufeff"))))
      .map(([doc, style, edits]) => {
        let json = layout(doc, style);
        for (const [at, insert] of edits) {
          const i = at % (json.length + 1);
          json = json.slice(0, i) + insert + json.slice(i);
        }
        return json;
      });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string(), fc.string({ unit: "binary" })), fc.integer({ min: 1, max: 64 }), (json, batch) => {
        const bytes = encode(json); // a lone surrogate is written as U+FFFD: compare with the text the bytes hold
        const read = readClaimSetBytes(bytes, batch);
        if (read === undefined) return;
        const text = new TextDecoder().decode(bytes); // drops one byte order mark, as the reader does
        expect(read).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses bytes that are not UTF-8", () => {
    const bytes = encode('{"claims": ["abc"]}');
    bytes[13] = 0xff;
    expect(readClaimSetBytes(bytes, 1)).toBeUndefined();
  });

  it("is how readInput reads large claim sets, with the same result as the whole text", () => {
    const claims = Array.from({ length: 9000 }, (_, i) => ({ id: `c${i}`, subject: "القوات الأمريكية", value: `~${i}`, quote: "«نحو 900 جندي»" }));
    const json = JSON.stringify({ sources: [{ id: "s" }], claims }, null, 2);
    expect(encode(json).length).toBeGreaterThan(1 << 20);
    const read = readInput(encode(json));
    expect(read.issues).toEqual([]);
    expect(read.value).toStrictEqual(JSON.parse(json));
    // A large file with a syntax error is still described by the whole-text reader.
    const broken = readInput(encode(json.replace('"c8999"', '"c8999" "x"')));
    expect(broken.issues.map((issue) => issue.code)).toEqual(["invalid-json"]);
  });

  it("shape-checks a large claim set's claims as it reads them; any claim out of shape is still reported with its pointer", () => {
    const claims = Array.from({ length: 9000 }, (_, i) => ({ id: `c${i}`, subject: "us-forces", property: "troop-count", value: 900 + i, source: "s" }));
    const good = encode(JSON.stringify({ claims }, null, 1));
    expect(good.length).toBeGreaterThan(1 << 20);
    const read = readInput(good);
    expect(read.claimsShaped).toBe(true);
    expect(safeParseClaimSet(good).success).toBe(true);
    // One claim out of shape, deep in the list: found batch by batch, then worded by the whole check.
    const cases: Array<[string, unknown, string]> = [
      ["a subject that is a number", { ...claims[8123], subject: 5 }, "/claims/8123/subject"],
      ["a field no claim has", { ...claims[8123], colour: "red" }, "/claims/8123/colour"],
      ["a value nested too deep for any claim set", { ...claims[8123], value: { amount: [[[[[[1]]]]]] } }, "/claims/8123/value"],
    ];
    for (const [what, bad, pointer] of cases) {
      const bytes = encode(JSON.stringify({ claims: claims.map((claim, i) => (i === 8123 ? bad : claim)) }, null, 1));
      expect(readInput(bytes).claimsShaped, what).toBe(false);
      const result = safeParseClaimSet(bytes);
      expect(result.success, what).toBe(false);
      if (!result.success) expect(result.error.issues.map((issue) => issue.path), what).toContain(pointer);
    }
  });

  it("reads a large claim set batch by batch, shape-checking claims as it parses them, with the outcome of its text read whole", () => {
    // Documents of every kind, their claims repeated into several batches (repeats make duplicate ids:
    // both ways must report them alike), then made large by trailing spaces so that the bytes are read
    // member by member; the same text, unpadded, is read whole.
    const docs = fc.oneof(claimSetDocument, nearMissDocument, mutatedDocument).filter((doc) => !JSON.stringify(doc).includes("Infinity"));
    fc.assert(
      fc.property(docs, (doc) => {
        if (typeof doc === "object" && doc !== null && !Array.isArray(doc) && Array.isArray(doc.claims) && doc.claims.length > 0) {
          const claims: Json[] = doc.claims;
          const times = Math.min(300, Math.ceil(100_000 / JSON.stringify(claims).length));
          doc = { ...doc, claims: Array.from({ length: times }, () => claims).flat() };
        }
        const text = JSON.stringify(doc);
        const large = encode(text + " ".repeat(1 << 20));
        const fromBytes = safeParseClaimSet(large, { format: "json" });
        const fromText = safeParseClaimSet(text, { format: "json" });
        expectSameOutcome(fromBytes, fromText);
      }),
      { numRuns: 120 },
    );
  });
});
