/**
 * The streaming NDJSON reader: fed the bytes of any NDJSON text in chunks
 * split anywhere (inside a multi-byte character, between CR and LF), it
 * reads what `readInput` reads from the whole text, issues included; and
 * `readChunked` in "auto" format reads what `readInput` reads in "auto".
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NdjsonStream, readChunked, startsNdjson } from "../../src/model/ndjson-stream.js";
import { analyzeRead, BytesOnce, readInput } from "../../src/model/parse.js";
import type { ReadInput } from "../../src/model/parse.js";

const encode = (text: string) => new TextEncoder().encode(text);

/** `bytes` cut at the given offsets (any order, repeats and out-of-range ones allowed). */
function split(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.slice(start, point));
    start = point;
  }
  return chunks;
}

function streamed(chunks: readonly Uint8Array[]): ReadInput {
  const stream = new NdjsonStream();
  for (const chunk of chunks) stream.push(chunk);
  return stream.end();
}

/** What `readChunked` reads, through `readInput` when it gathered bytes. */
function chunked(chunks: readonly Uint8Array[], format: "auto" | "ndjson", peekLimit?: number): ReadInput {
  const input = readChunked(chunks, format, undefined, peekLimit);
  return input instanceof Uint8Array ? readInput(input, format) : input;
}

const claimLine = fc
  .record({
    id: fc.string({ maxLength: 6 }),
    subject: fc.constantFrom("us-forces", "الجيش العراقي", "قوات سوريا الديمقراطية"),
    value: fc.oneof(fc.integer(), fc.constantFrom("~900", "أكثر من 142", "2690..3290")),
    source: fc.constantFrom("infoplus", "وكالة الأنباء"),
  })
  .map((claim) => JSON.stringify(claim));

const line = fc.oneof(
  { weight: 5, arbitrary: claimLine },
  { weight: 1, arbitrary: fc.constantFrom('{"id": "a",}', "not json", '{"q": "بغداد', "[1, 2", "{}", "[]", "null", "12", '"text"') },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom("", " ", "\t", "\r", "\u00a0", "\u2028", "\ufeff", "  \u3000") },
);

const ndjsonText = fc
  .record({
    bom: fc.constantFrom("", "\ufeff", "\ufeff\ufeff"),
    lines: fc.array(fc.tuple(line, fc.constantFrom("\n", "\r\n")), { maxLength: 12 }),
    last: fc.oneof(fc.constant(""), line),
  })
  .map(({ bom, lines, last }) => bom + lines.map(([text, end]) => text + end).join("") + last);

const cuts = fc.array(fc.nat(), { maxLength: 12 });

describe("NdjsonStream", () => {
  it("reads any NDJSON text, split anywhere, as readInput reads its bytes", () => {
    fc.assert(
      fc.property(ndjsonText, cuts, (text, at) => {
        const bytes = encode(text);
        const expected = readInput(bytes, "ndjson");
        expect(streamed(split(bytes, at))).toEqual(expected);
        // The text itself reads the same, unless two byte-order marks lead it (the decoder drops one of them).
        if (!text.startsWith("\ufeff\ufeff")) expect(readInput(text, "ndjson")).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("reads bytes that are not UTF-8, anywhere, as readInput does", () => {
    const bad = fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]);
    fc.assert(
      fc.property(ndjsonText, fc.nat(), bad, cuts, (text, at, junk, chunkAt) => {
        const good = encode(text);
        const offset = at % (good.length + 1);
        const bytes = new Uint8Array([...good.slice(0, offset), ...junk, ...good.slice(offset)]);
        expect(streamed(split(bytes, chunkAt))).toEqual(readInput(bytes, "ndjson"));
      }),
      { numRuns: 200 },
    );
  });

  it("reads a character split across chunks, one byte at a time", () => {
    const text = '{"subject": "الجيش العراقي", "value": "≈900 🪖"}\r\n{"id": "b"}';
    const bytes = encode(text);
    const result = streamed([...bytes].map((byte) => new Uint8Array([byte])));
    expect(result).toEqual(readInput(text, "ndjson"));
    expect(result.value).toEqual({ claims: [{ subject: "الجيش العراقي", value: "≈900 🪖" }, { id: "b" }] });
    expect(result.lines).toEqual([1, 2]);
  });

  it("gives line and column of a line that is not JSON, and keeps the claims after it in place", () => {
    const result = streamed(split(encode('{"id": "a"}\n\n{"id": "b",}\r\n{"id": "c"}\n'), [5, 13, 26]));
    expect(result.value).toEqual({ claims: [{ id: "a" }, undefined, { id: "c" }] });
    expect(result.lines).toEqual([1, 3, 4]);
    expect(result.issues).toEqual([
      { code: "invalid-json", path: "/claims/1", line: 3, message: 'not valid JSON at column 12: expected a field name in double quotes, found "}"' },
    ]);
  });

  it("reports blank input, a lone byte-order mark, and a character cut short at the end", () => {
    expect(streamed([])).toEqual(readInput(new Uint8Array(), "ndjson"));
    expect(streamed([encode(" \n\r\n\t")]).issues.map((issue) => issue.code)).toEqual(["empty-input"]);
    expect(streamed([new Uint8Array([0xef, 0xbb]), new Uint8Array([0xbf])]).issues.map((issue) => issue.code)).toEqual(["empty-input"]);
    expect(streamed([encode('{"id": "a"}\n'), new Uint8Array([0xd8])]).issues.map((issue) => issue.code)).toEqual(["invalid-encoding"]);
  });

  it("counts the claims read so far", () => {
    const stream = new NdjsonStream();
    stream.push(encode('{"id": "a"}\n\n{"id"'));
    expect(stream.claims).toBe(1);
    stream.push(encode(': "b"}\n'));
    expect(stream.claims).toBe(2);
  });
});

describe("startsNdjson", () => {
  it.each<[string, boolean | undefined]>([
    ['{"id": "a"}\n{"id": "b"}\n', true],
    ['\n  \r\n{"id": "a"}\r\n x', true],
    ['\ufeff{"id": "a"}\n{', true],
    ['{"id": "a"}\n', undefined],
    ['{"id": "a"}\n  \n\t', undefined],
    ['{"id": "a"}', undefined],
    ['{"id": "a"', undefined],
    ["", undefined],
    ['{\n  "claims": [', false],
    ["[1]\n[2]\n", false],
    ["null\n{}\n", false],
    ['{"id": "a"} x\n{}\n', false],
  ])("%j → %s", (text, expected) => {
    expect(startsNdjson(encode(text))).toBe(expected);
  });
});

describe("readChunked", () => {
  it('reads any input, split anywhere, as readInput does in "auto" format, whether it streams it or gathers it', () => {
    const json = fc
      .array(claimLine.map((text) => JSON.parse(text) as unknown), { maxLength: 4 })
      .chain((claims) => fc.constantFrom(JSON.stringify({ claims }), JSON.stringify({ claims }, null, 2), JSON.stringify(claims[0] ?? {})));
    fc.assert(
      fc.property(fc.oneof(ndjsonText, json), cuts, fc.constantFrom(1, 16, 1 << 20), (text, at, peekLimit) => {
        const bytes = encode(text);
        expect(chunked(split(bytes, at), "auto", peekLimit)).toEqual(readInput(bytes, "auto"));
        expect(chunked(split(bytes, at), "ndjson", peekLimit)).toEqual(readInput(bytes, "ndjson"));
      }),
      { numRuns: 500 },
    );
  });

  it("copies chunks read into one reused Node Buffer (whose slice() is a view, not a copy)", () => {
    /** Chunks as the CLI reads a file: each a view of one buffer, overwritten by the next read. */
    function* reused(bytes: Uint8Array, size: number): Generator<Uint8Array> {
      const buffer = Buffer.alloc(size);
      for (let at = 0; at < bytes.length; at += size) {
        const part = bytes.subarray(at, at + size);
        buffer.set(part);
        yield buffer.subarray(0, part.length);
        buffer.fill(0x7b); // what the next read might leave there
      }
    }
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `c${i}`, subject: "القوات", value: i }));
    const ndjson = encode(lines.join("\n"));
    const json = encode(JSON.stringify({ claims: lines.map((line) => JSON.parse(line) as unknown) }, null, 2));
    const read = (chunks: Iterable<Uint8Array>, format: "auto" | "ndjson") => {
      const input = readChunked(chunks, format, undefined, 16);
      return input instanceof Uint8Array ? readInput(input, format) : input;
    };
    for (const size of [7, 64, 1000]) {
      expect(read(reused(ndjson, size), "auto")).toEqual(readInput(ndjson, "auto"));
      expect(read(reused(ndjson, size), "ndjson")).toEqual(readInput(ndjson, "ndjson"));
      expect(read(reused(json, size), "auto")).toEqual(readInput(json, "auto"));
    }
  });

  it("streams NDJSON once its start shows it, and gathers JSON", () => {
    const ndjson = encode('{"id": "a"}\n{"id": "b"}\n');
    expect(readChunked([ndjson.slice(0, 13), ndjson.slice(13)], "auto")).not.toBeInstanceOf(Uint8Array);
    const json = encode('{\n  "claims": []\n}\n');
    expect(readChunked([json.slice(0, 3), json.slice(3)], "auto")).toEqual(json);
  });

  it("reports the bytes and claims read after every chunk", () => {
    const heard: Array<[number, number]> = [];
    readChunked([encode('{"id": "a"}\n{"id'), encode('": "b"}\n'), encode('{"id": "c"}\n')], "auto", (bytes, claims) => heard.push([bytes, claims]));
    expect(heard).toEqual([[16, 0], [24, 2], [36, 3]]);
  });

  it("leaves input read ahead as it is, so analyzeRead keeps the NDJSON line of each issue", () => {
    const read = readChunked([encode('{"id": "a", "subject": "s", "property": "p", "value": 1, "source": "x"}\n{"id": "b"}\n')], "ndjson");
    const result = analyzeRead(read as ReadInput);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.every((issue) => issue.line === 2)).toBe(true);
  });
});

describe("BytesOnce", () => {
  it("hands its bytes to reading once and lets them go", () => {
    const bytes = new TextEncoder().encode('{"claims":[]}');
    const once = new BytesOnce(bytes);
    expect(readInput(once)).toEqual(readInput(bytes));
    expect(() => once.take()).toThrow(TypeError);
  });
});
