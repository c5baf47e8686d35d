/**
 * Bytes that are not UTF-8 text: where the first bad byte is (checked against
 * the platform's decoder), what the readers say for JSON (fatal, with the
 * offset and line), and NDJSON, where only the lines with bad bytes are lost
 * (and `lenient` checks the rest).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, safeParseClaimSet } from "../../src/index.js";
import { readInput } from "../../src/model/parse.js";
import { byteLineAndColumn, firstInvalidUtf8 } from "../../src/model/utf8.js";

const encode = (text: string) => new TextEncoder().encode(text);
const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder("utf-8", { ignoreBOM: true });

/** Ill-formed sequences of every kind: stray continuation bytes, bad leads, overlong forms, surrogates, past U+10FFFF, cut short. */
const BAD: number[][] = [[0x80], [0xbf], [0xc0, 0xaf], [0xc1, 0xbf], [0xc3], [0xe0, 0x80, 0x80], [0xe0, 0xa0], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf0, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xfe], [0xe2, 0x82], [0xf0, 0x9f, 0x98]];

/** Bytes made of valid characters of every length and ill-formed sequences, or just any bytes. */
const bytes = fc.oneof(
  fc
    .array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 3 }).map((text) => [...encode(text)]), fc.constantFrom(...BAD), fc.constant([0x0a])), { maxLength: 12 })
    .map((parts) => new Uint8Array(parts.flat())),
  fc.uint8Array({ maxLength: 24 }),
);

describe("firstInvalidUtf8", () => {
  it("is where the decoder first replaces a byte, or -1 when it replaces none", () => {
    fc.assert(
      fc.property(bytes, (input) => {
        const at = firstInvalidUtf8(input);
        if (at === -1) {
          expect(() => strict.decode(input)).not.toThrow();
        } else {
          expect(() => strict.decode(input)).toThrow(TypeError);
          const before = strict.decode(input.subarray(0, at));
          expect(lossy.decode(input).startsWith(`${before}\ufffd`)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it.each<[string, number[], number]>([
    ["ASCII", [0x61, 0x62], -1],
    ["every length", [...encode("é€🪖س")], -1],
    ["the largest code point", [0xf4, 0x8f, 0xbf, 0xbf], -1],
    ["a stray continuation byte", [0x61, 0x80], 1],
    ["an overlong slash", [0xc0, 0xaf], 0],
    ["a surrogate", [0x61, 0xed, 0xa0, 0x80], 1],
    ["past U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["cut short at the end", [0x61, 0xe2, 0x82], 1],
    ["cut short by a line feed", [0xe2, 0x0a, 0x82], 0],
  ])("%s", (_, input, expected) => {
    expect(firstInvalidUtf8(new Uint8Array(input))).toBe(expected);
  });

  it("gives lines and byte columns as the readers count them", () => {
    expect(byteLineAndColumn(encode("ab\nسd\n"), 5)).toEqual({ line: 2, column: 3 });
    expect(byteLineAndColumn(encode("\n\n"), 2)).toEqual({ line: 3, column: 1 });
  });
});

const claim = (id: string, value: number | string = 900, more = "") =>
  `{"id": "${id}", "subject": "us-forces", "property": "troop-count", "value": ${JSON.stringify(value)}, "source": "infoplus", "published": "2025-04-01"${more}}`;

describe("JSON that is not UTF-8", () => {
  it("is refused whole, saying where the first bad byte is", () => {
    const input = new Uint8Array([...encode(`{"claims": [\n${claim("a")},\n  `), 0xff, ...encode(`${claim("b")}]}`)]);
    const result = safeParseClaimSet(input);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toEqual([
        { code: "invalid-encoding", path: "", line: 3, message: `the file is not UTF-8 text: the byte at offset ${input.indexOf(0xff)} (0xFF) is not part of a UTF-8 character` },
      ]);
    }
    expect(() => check(input, { lenient: true })).toThrow(/line 3: the file is not UTF-8 text/);
  });

  it("is refused whole when the bad byte is in a single claim or a string, large or small", () => {
    const single = new Uint8Array([...encode('{"id": "a", "subject": "'), 0xc3, 0x28, ...encode('", "value": 1}')]);
    expect(readInput(single).issues.map((issue) => [issue.code, issue.path])).toEqual([["invalid-encoding", ""]]);
    const large = new Uint8Array([...encode(`{"claims": [${claim("a")}], "x": "`), 0xff, ...encode(`"}${" ".repeat(1 << 20)}`)]);
    expect(readInput(large).issues.map((issue) => [issue.code, issue.line])).toEqual([["invalid-encoding", 1]]);
  });
});

describe("NDJSON that is not UTF-8", () => {
  const bad = new Uint8Array([...encode(`${claim("b", 900, ', "quote": "')}`), 0xd8, ...encode('"}')]);
  const input = new Uint8Array([...encode(`${claim("a")}\n`), ...bad, ...encode(`\n\n${claim("c", 1400)}\n`)]);

  it("loses only the lines with bad bytes, named by their line", () => {
    for (const format of ["ndjson", "auto"] as const) {
      const read = readInput(input, format);
      expect(read.lines).toEqual([1, 2, 4]);
      expect((read.value as { claims: unknown[] }).claims.map((c) => (c as { id?: string } | undefined)?.id)).toEqual(["a", undefined, "c"]);
      expect(read.issues).toEqual([
        { code: "invalid-encoding", path: "/claims/1", line: 2, message: `the line is not UTF-8 text: its byte ${bad.indexOf(0xd8) + 1} (0xD8) is not part of a UTF-8 character` },
      ]);
    }
  });

  it("is checked without those lines with lenient", () => {
    const report = check(input, { lenient: true });
    expect(report.summary.claims).toBe(2);
    expect(report.conflicts.length).toBeGreaterThan(0); // a and c, 900 against 1400
    expect(report.diagnostics.map((d) => [d.code, d.path, d.line])).toEqual([["skipped-claim:invalid-encoding", "/claims/1", 2]]);
  });

  it("reads the same as the text whose bad lines are replaced, but for those lines", () => {
    const line = fc.oneof(
      fc.constantFrom(claim("a"), claim("b", "~1400"), '{"id": "c",}', "", "  ", "[1]", claim("d", 900, ', "quote": "سوريا"')),
      fc.string({ unit: "grapheme", maxLength: 6 }),
    );
    const junk = fc.constantFrom(...BAD);
    fc.assert(
      fc.property(fc.array(fc.tuple(line, fc.option(fc.tuple(junk, fc.nat()), { freq: 3 })), { minLength: 1, maxLength: 8 }), (lines) => {
        // A line with junk: the junk inserted anywhere in it (never making it blank: it has the junk).
        const raw = lines.map(([text, spoil]) => {
          const bytes = encode(text);
          if (spoil === null) return bytes;
          const at = spoil[1] % (bytes.length + 1);
          return new Uint8Array([...bytes.subarray(0, at), ...spoil[0], ...bytes.subarray(at)]);
        });
        const joined = new Uint8Array(raw.flatMap((bytes, i) => [...(i > 0 ? [0x0a] : []), ...bytes]));
        // The reference: each bad line replaced by a valid one, `0`, read as text.
        const reference = readInput(lines.map(([text, spoil]) => (spoil === null ? text : "0")).join("\n"), "ndjson");
        const read = readInput(joined, "ndjson");
        if (reference.value === undefined) {
          expect(read).toEqual(reference); // blank: nothing to lose
          return;
        }
        const badLines = new Set(lines.flatMap(([, spoil], i) => (spoil === null ? [] : [i + 1])));
        expect(read.lines).toEqual(reference.lines);
        const claims = (read.value as { claims: unknown[] }).claims;
        const expectedClaims = (reference.value as { claims: unknown[] }).claims.map((c, k) => (badLines.has(reference.lines![k]!) ? undefined : c));
        expect(claims).toEqual(expectedClaims);
        const encodingIssues = read.issues.filter((issue) => issue.code === "invalid-encoding");
        expect(encodingIssues.map((issue) => issue.line)).toEqual([...badLines]);
        expect(encodingIssues.map((issue) => issue.path)).toEqual([...badLines].map((n) => `/claims/${reference.lines!.indexOf(n)}`));
        expect(read.issues.filter((issue) => issue.code !== "invalid-encoding")).toEqual(reference.issues);
      }),
      { numRuns: 1000 },
    );
  });
});
