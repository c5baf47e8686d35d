/**
 * Duplicate keys in JSON text (json-keys.ts, json-input.ts). The oracle is
 * the generator: documents are built as trees whose objects may repeat a key
 * (written with different escapes, at any depth), then written out with
 * random whitespace (between a key and its colon too) and random escapes;
 * the writer notes where each member's key starts. The quick count must be
 * exact or give up, the precise scan must find exactly the repeated keys with
 * their pointers and lines, and the keys `JSON.parse` keeps must be the
 * members less the repeats.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countKeys, countMembers, countMembersInBytes, findDuplicateKeys } from "../../src/model/json-keys.js";
import { duplicateKeyIssues, parseJsonText } from "../../src/model/json-input.js";

/** A JSON document as a tree whose objects are lists of members, so a key may come twice. */
type Node =
  | { kind: "object"; members: [string, Node][] }
  | { kind: "array"; items: Node[] }
  | { kind: "string"; value: string }
  | { kind: "literal"; json: string };

/** Keys from a small set, so that objects often repeat one; each tricky for a scan. */
const KEYS = ["a", "b", "", " ", ":", "a:", ": ", ",", "a,", "{", "[", "\"", "\\", "\\\"", '":', "é", "🙂", "\u2028", "\u0000", "a b", "\\\\", "/"];
/** Characters strings are made of: the structural ones, escapes' favourites, and some beyond ASCII. */
const CHARS = [":", '"', "\\", ",", "{", "}", "[", "]", " ", "\t", "\n", "a", "z", "0", "/", "é", "س", "\ufeff", "\u2028", "🙂", "\u0000", "\u001f", "u"];

const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 4 }));
const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...CHARS), { maxLength: 8 }).map((chars) => chars.join("")) },
  { weight: 1, arbitrary: fc.constantFrom(":", " :", ": x", "\\", '"', '\\"', "a,", "{") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
);
const literal = fc.oneof(
  fc.constantFrom("true", "false", "null", "0", "-1.5e3", "12"),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => JSON.stringify(x)),
);

const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 2, arbitrary: literal.map((json): Node => ({ kind: "literal", json })) },
    { weight: 2, arbitrary: text.map((value): Node => ({ kind: "string", value })) },
    { weight: 2, arbitrary: fc.array(fc.tuple(key, tie("node")), { maxLength: 5 }).map((members): Node => ({ kind: "object", members })) },
    { weight: 1, arbitrary: fc.array(tie("node"), { maxLength: 4 }).map((items): Node => ({ kind: "array", items })) },
  ),
}));

/** The same tree without repeated keys: each object keeps the first member of each name. */
function unique(tree: Node): Node {
  if (tree.kind === "object") {
    const seen = new Set<string>();
    const members = tree.members.filter(([name]) => !seen.has(name) && seen.add(name) !== undefined);
    return { kind: "object", members: members.map(([name, value]) => [name, unique(value)]) };
  }
  if (tree.kind === "array") return { kind: "array", items: tree.items.map(unique) };
  return tree;
}

/** The keys `JSON.parse` keeps: one per name in each object, whose value is the last one written (earlier ones are dropped whole). */
function keptKeys(tree: Node): number {
  if (tree.kind === "array") return tree.items.reduce((sum, item) => sum + keptKeys(item), 0);
  if (tree.kind !== "object") return 0;
  const last = new Map(tree.members);
  let keys = last.size;
  for (const value of last.values()) keys += keptKeys(value);
  return keys;
}

/** A small seeded generator of layout choices (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPACES = ["", "", "", " ", "\n", "\t", "\r\n", "  \n  "];
const SHORT: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "/": "\\/" };

interface Written {
  text: string;
  /** Every member: the path to it, its key, where its key starts, and whether an earlier member of its object has that key. */
  members: { path: (string | number)[]; key: string; offset: number; repeat: boolean; firstOffset: number }[];
}

/** Writes a tree as JSON text with random whitespace and escapes, noting each member. */
function write(tree: Node, seed: number): Written {
  const pick = random(seed);
  const space = () => SPACES[Math.floor(pick() * SPACES.length)]!;
  const members: Written["members"] = [];
  let out = "";
  const string = (value: string) => {
    out += '"';
    for (const unit of value) {
      const code = unit.charCodeAt(0);
      const choice = pick();
      if (choice < 0.15 || (code < 0x20 && choice < 0.5)) {
        // every UTF-16 code unit of the character as \uXXXX, in either case
        for (let i = 0; i < unit.length; i++) {
          const hex = unit.charCodeAt(i).toString(16).padStart(4, "0");
          out += `\\u${pick() < 0.5 ? hex : hex.toUpperCase()}`;
        }
      } else if (SHORT[unit] !== undefined && (code < 0x20 || unit === '"' || unit === "\\" || choice < 0.5)) {
        out += SHORT[unit];
      } else if (code < 0x20) {
        out += `\\u${code.toString(16).padStart(4, "0")}`;
      } else {
        out += unit;
      }
    }
    out += '"';
  };
  const visit = (tree: Node, path: (string | number)[]) => {
    out += space();
    if (tree.kind === "literal") out += tree.json;
    else if (tree.kind === "string") string(tree.value);
    else if (tree.kind === "array") {
      out += "[";
      tree.items.forEach((item, i) => {
        if (i > 0) out += ",";
        visit(item, [...path, i]);
      });
      if (tree.items.length === 0) out += space();
      out += "]";
    } else {
      out += "{";
      const first = new Map<string, number>();
      tree.members.forEach(([name, value], i) => {
        if (i > 0) out += ",";
        out += space();
        const offset = out.length;
        string(name);
        const earlier = first.get(name);
        if (earlier === undefined) first.set(name, offset);
        members.push({ path: [...path, name], key: name, offset, repeat: earlier !== undefined, firstOffset: earlier ?? offset });
        out += space() + ":";
        visit(value, [...path, name]);
      });
      if (tree.members.length === 0) out += space();
      out += "}";
    }
    out += space();
  };
  visit(tree, []);
  return { text: out, members };
}

/** 1-based line and column of an offset, lines counted by `\n`. */
function where(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

const document = fc.tuple(node, fc.integer());

describe("the generator", () => {
  it("writes valid JSON, whose parsed objects keep one key per name (countKeys counts them)", () => {
    fc.assert(
      fc.property(document, ([tree, seed]) => {
        const { text, members } = write(tree, seed);
        const value: unknown = JSON.parse(text);
        expect(countKeys(value)).toBe(keptKeys(tree));
        if (!members.some((member) => member.repeat)) expect(countKeys(value)).toBe(members.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("countMembers", () => {
  it("counts every member exactly, or gives up", () => {
    let counted = 0;
    let withMembers = 0;
    fc.assert(
      fc.property(document, ([tree, seed]) => {
        const { text, members } = write(tree, seed);
        const count = countMembers(text);
        if (count !== undefined) expect(count).toBe(members.length);
        if (members.length > 0) withMembers++;
        if (members.length > 0 && count !== undefined) counted++;
      }),
      { numRuns: 2000 },
    );
    // The generator's keys and strings are full of colons and commas (the count gives up on about 2 in 3
    // of its documents with members); it must not give up on all of them.
    expect(counted / withMembers).toBeGreaterThan(0.2);
  });

  it("counts the same from UTF-8 bytes, in a plain array or a Node Buffer, between any bytes around them", () => {
    const around = fc.uint8Array({ maxLength: 6 }).map((junk) => junk.map((byte, i) => [0x22, 0x5c, 0x3a, 0x20, 0x7b, byte][i % 6]!));
    fc.assert(
      fc.property(document, around, around, ([tree, seed], before, after) => {
        const { text } = write(tree, seed);
        const bytes = new TextEncoder().encode(text);
        const padded = new Uint8Array([...before, ...bytes, ...after]);
        const expected = countMembers(text);
        expect(countMembersInBytes(bytes, 0, bytes.length)).toBe(expected);
        expect(countMembersInBytes(padded, before.length, before.length + bytes.length)).toBe(expected);
        expect(countMembersInBytes(Buffer.from(padded), before.length, before.length + bytes.length)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("gives up only where a string starts with a colon (spaces allowed) or a key ends with [ { , or :", () => {
    const plain = fc.array(fc.constantFrom("a", "b", ":", '"', "\\", " ", "x:y", "é"), { maxLength: 5 }).map((parts) => parts.join(""));
    const tame = (value: string) => !/^[ \t\n\r]*:/.test(value) && !/[[{,:][ \t\n\r]*$/.test(value);
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.tuple(plain, plain)), (value, pairs) => {
        const object = Object.fromEntries(pairs.filter(([k, v]) => tame(k) && tame(v)));
        for (const text of [JSON.stringify({ value, object }), JSON.stringify({ value, object }, null, 2)]) {
          const strings = JSON.stringify([value, object]).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
          const decoded = strings.map((s) => JSON.parse(s) as string);
          if (decoded.every(tame)) expect(countMembers(text)).toBe(countKeys(JSON.parse(text)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it.each<[string, number | undefined]>([
    ['{"a": 1}', 1],
    ['{"a" : 1, "b"\n:\t2}', 2],
    ['{"a": "x:y", "b": "\\":"}', 2],
    ['{"a\\\\": "\\\\\\":"}', 1],
    ['{"": {"": []}}', 2],
    ['{"  ": 1}', 1],
    ['["a", ":"]', undefined],
    ['{"a": ": b"}', undefined],
    ['{"a,": 1}', undefined],
    ['{"a{ ": 1}', undefined],
    ['":"', 0],
    ['  " :"', 0],
    ["[1, 2, {}]", 0],
    ["", 0],
  ])("%j → %s", (json, expected) => {
    expect(countMembers(json)).toBe(expected);
  });
});

describe("findDuplicateKeys", () => {
  it("finds exactly the repeated keys, with path, key, line and column, in text order", () => {
    fc.assert(
      fc.property(document, ([tree, seed]) => {
        const { text, members } = write(tree, seed);
        const expected = members
          .filter((member) => member.repeat)
          .map((member) => ({
            key: member.key,
            path: member.path,
            offset: member.offset,
            ...where(text, member.offset),
            firstLine: where(text, member.firstOffset).line,
          }));
        expect(findDuplicateKeys(text)).toEqual({ found: expected, more: false });
      }),
      { numRuns: 2000 },
    );
  });

  it("finds none in a document without repeated keys, and then the quick count agrees with the keys", () => {
    fc.assert(
      fc.property(document, ([tree, seed]) => {
        const { text } = write(unique(tree), seed);
        expect(findDuplicateKeys(text)).toEqual({ found: [], more: false });
        expect(duplicateKeyIssues(text, countKeys(JSON.parse(text)))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("takes keys escaped differently for the same key", () => {
    expect(findDuplicateKeys('{"site": 1, "s\\u0069te": 2, "\\u0073ite": 3}').found.map((d) => [d.key, d.column])).toEqual([
      ["site", 13],
      ["site", 29],
    ]);
    expect(findDuplicateKeys('{"a\\/b": 1, "a/b": 2}').found[0]?.path).toEqual(["a/b"]);
    expect(findDuplicateKeys('{"é": 1, "e\\u0301": 2}').found).toEqual([]); // not the same string: JSON keys are not normalised
  });

  it("follows any depth without recursion", () => {
    const depth = 100_000;
    const text = `${'{"a":['.repeat(depth)}{"k": 1, "k": 2}${"]}".repeat(depth)}`;
    const [duplicate] = findDuplicateKeys(text).found;
    expect(duplicate?.path.length).toBe(2 * depth + 1);
    expect(duplicate?.path.slice(-3)).toEqual(["a", 0, "k"]);
  });

  it("lists repeats deep down or under long keys only up to a few times the text's length: never quadratic output", () => {
    // Each repeat's path is as long as the nesting: n repeats at depth n would list n² segments.
    const deep = (n: number) => `${'{"a":['.repeat(n)}{${'"k":1,'.repeat(n)}"k":1}${"]}".repeat(n)}`;
    const long = (n: number) => `{"${"x".repeat(10 * n)}": {${'"k":1,'.repeat(n)}"k":1}}`;
    for (const make of [deep, long]) {
      const text = make(20_000);
      const { found, more } = findDuplicateKeys(text);
      expect(more).toBe(true);
      expect(found.length).toBeGreaterThan(0);
      const listed = found.reduce((sum, d) => sum + d.path.reduce((length: number, segment) => length + 1 + String(segment).length, 0), 0);
      expect(listed).toBeLessThan(4 * text.length + 65_536);
      const issues = duplicateKeyIssues(text, countKeys(JSON.parse(text)));
      expect(issues.at(-1)).toMatchObject({ code: "duplicate-key", path: "", message: expect.stringMatching(/too many or too deep to list/) });
    }
    // A few repeats, shallow: all listed.
    expect(findDuplicateKeys(deep(3)).more).toBe(false);
    expect(findDuplicateKeys(deep(3)).found).toHaveLength(3);
  });
});

describe("duplicateKeyIssues", () => {
  it("gives the pointer and line of each second key, under a base pointer", () => {
    const text = '{"id": "a",\n "scope": {"site/x": 1,\n "site/x": 2},\n "id": "b"}';
    expect(duplicateKeyIssues(text, countKeys(JSON.parse(text)), ["claims", 3], 10)).toEqual([
      {
        code: "duplicate-key",
        path: "/claims/3/scope/site~1x",
        line: 13,
        message: 'duplicate key "site/x": the object already has this key (first on line 12); only one of the values could be read',
      },
      {
        code: "duplicate-key",
        path: "/claims/3/id",
        line: 14,
        message: 'duplicate key "id": the object already has this key (first on line 11); only one of the values could be read',
      },
    ]);
  });

  it("finds nothing wrong when the keys were counted with inherited ones (the count differs, the scan finds no repeat)", () => {
    const text = '{"a": [":", {"b": 1}]}';
    expect(duplicateKeyIssues(text, countKeys(JSON.parse(text)) + 3)).toEqual([]);
  });
});

describe("parseJsonText", () => {
  it.each<[string, string | Uint8Array, object]>([
    ["a value", '{"rules": {"value-changed": "off"}}', { ok: true, value: { rules: { "value-changed": "off" } } }],
    ["a byte order mark", "\ufeff[1]", { ok: true, value: [1] }],
    ["bytes", new TextEncoder().encode('{"a": "سوريا"}'), { ok: true, value: { a: "سوريا" } }],
    [
      "a repeated key",
      '{\n  "rules": {},\n  "rules": {"value-changed": "off"}\n}',
      { ok: false, code: "duplicate-key", pointer: "/rules", line: 3, column: 3, message: expect.stringMatching(/^duplicate key "rules": .*first on line 2/) },
    ],
    [
      "a repeated key deep down, the first in text order",
      '[{"a": {"b": 1, "b": 2}}, {"c": 1, "c": 2}]',
      { ok: false, code: "duplicate-key", pointer: "/0/a/b", line: 1, column: 17 },
    ],
    ["a syntax error", '{\n"a": 1,\n}', { ok: false, code: "invalid-json", line: 3, column: 1, message: expect.stringMatching(/^not valid JSON at column 1: /) }],
    ["empty text", "", { ok: false, code: "invalid-json", line: 1, column: 1 }],
    [
      "bytes that are not UTF-8",
      new Uint8Array([0x7b, 0x0a, 0x20, 0x22, 0xc3, 0x28]),
      { ok: false, code: "invalid-encoding", line: 2, column: 3, message: "the file is not UTF-8 text: the byte at offset 4 (0xC3) is not part of a UTF-8 character" },
    ],
  ])("%s", (_, input, expected) => {
    expect(parseJsonText(input)).toMatchObject(expected);
  });

  it("reads what JSON.parse reads, unless a key is repeated: then names the first repeat", () => {
    fc.assert(
      fc.property(document, ([tree, seed]) => {
        const { text, members } = write(tree, seed);
        const repeat = members.find((member) => member.repeat);
        const result = parseJsonText(text);
        if (repeat === undefined) {
          expect(result).toEqual({ ok: true, value: JSON.parse(text) });
        } else {
          expect(result).toMatchObject({ ok: false, code: "duplicate-key", ...where(text, repeat.offset) });
        }
      }),
      { numRuns: 1000 },
    );
  });
});
