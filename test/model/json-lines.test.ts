/**
 * `claimLines`: the line where each claim starts, for pointing reports
 * (SARIF) at the input. Table tests for the tricky texts, then properties:
 * for random claim sets serialised with random indentation, or laid out with
 * random whitespace, or as NDJSON with blank lines, the lines agree with a
 * naive search and with a layout whose lines are known by construction.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimLines, safeParseClaimSet } from "../../src/index.js";

const json = (text: string) => claimLines(text, "json");
const ndjson = (text: string) => claimLines(text, "ndjson");

describe("claimLines: JSON", () => {
  it.each<[string, string, number[]]>([
    ["pretty-printed", '{\n  "claims": [\n    {\n      "id": "a"\n    },\n    {\n      "id": "b"\n    }\n  ]\n}\n', [3, 6]],
    ["compact", '{"claims":[{"id":"a"},{"id":"b"},{"id":"c"}]}', [1, 1, 1]],
    ["one claim per line", '{"claims": [\n{"id": "a"},\n{"id": "b"}\n]}', [2, 3]],
    ["the `{` after the comma's line", '{"claims": [{"id": "a"}\n,\n\n  {"id": "b"}]}', [1, 4]],
    ["other members before and after", '{\n"sources": [{"id": "s"},\n{"id": "t"}],\n"claims": [\n{"id": "a"}],\n"entities": [\n{"id": "e"}]}', [5]],
    ["no claims", '{"claims": []}', []],
    ["empty object", "{}", []],
    ["no claims member", '{"sources": [{"id": "a"}]}', []],
    ["claims is an object", '{"claims": {"0": {"id": "a"}}}', []],
    ["claims is a string", '{"claims": "[{}]"}', []],
    ["claims is null", '{"claims": null}', []],
    ["a top-level array", '[{"claims": [{"id": "a"}]}]', []],
    ["a top-level string", '"{\\"claims\\": [{}]}"', []],
    ["a top-level number", "12", []],
    ["a top-level literal", "null", []],
    ["empty text", "", []],
    ["blank text", " \n\t", []],
    ["a trailing comma", '{"claims": [{"id": "a"},]}', []],
    ["unclosed", '{"claims": [{"id": "a"}', []],
    ["text after the document", '{"claims": [{"id": "a"}]} {}', []],
    ["NDJSON read as JSON", '{"id": "a"}\n{"id": "b"}', []],
    ["a claim object at the top", '{"id": "a", "subject": "x", "value": 1}', []],
    [
      "strings with escaped quotes and brackets",
      '{"note": "a \\"claims\\": [ {", "claims": [{"id": "x\\\\", "q": "]}{,:\\"["},\n{"id": "\\"}]"},\n{"id": "\\\\\\""}], "z": "}"}',
      [1, 2, 3],
    ],
    ["claims keys nested elsewhere", '{"sources": [{"claims": [{}, {}]}],\n"claims": [\n{"claims": [{}, {}, {}]},\n{"x": {"claims": [1]}}]}', [3, 4]],
    ["a claims string value at depth 1 is not a key", '{"a": "claims", "b": [\n"claims"], "claims": [\n{}]}', [3]],
    ["the last claims member wins", '{"claims": [\n{}, {}],\n"claims": [{},\n{}, {}]}', [3, 4, 4]],
    ["the last claims member wins, even when not an array", '{"claims": [\n{}],\n"claims": 1}', []],
    ["an escaped member name", '{"cl\\u0061ims": [\n{}]}', [2]],
    ["a member name that only looks like claims", '{"claims ": [{}], "Claims": [{}], "claims\\u0000": [{}]}', []],
    ["elements that are not objects", '{"claims": [1,\n"a",\nnull,\n[\n],\ntrue, -2.5e3,\n{}]}', [1, 2, 3, 4, 6, 6, 7]],
    ["CRLF line endings", '{\r\n  "claims": [\r\n    {"id": "a"},\r\n    {"id": "b"}\r\n  ]\r\n}\r\n', [3, 4]],
    ["a byte-order mark", '\ufeff{\n"claims": [\n{}]}', [3]],
    ["whitespace before the document", '\n\n{"claims": [{},\n{}]}', [3, 4]],
    ["a line separator inside a string is not a line break", '{"claims": [{"q": "a\u2028b"},\n{}]}', [1, 2]],
  ])("%s", (_, text, lines) => {
    expect(json(text)).toEqual(lines);
  });

  it("gives one line per claim of any claim set JSON.parse reads, and none for anything else", () => {
    const text = '{"claims": [{"id": "a"}, 2, "3", [4], {"id": {"b": [5]}}]}';
    expect(json(text)).toHaveLength((JSON.parse(text) as { claims: unknown[] }).claims.length);
  });

  it("survives 200 000-deep nesting before, inside and after the claims", () => {
    const depth = 200_000;
    const deepArray = "[".repeat(depth) + "]".repeat(depth);
    const deepObject = '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
    const text = `{"before": ${deepArray},\n"claims": [\n{"x": ${deepObject}},\n{"y": ${deepArray}}, {}],\n"after": ${deepObject}}`;
    expect(json(text)).toEqual([3, 4, 4]);
    // deeply nested claims arrays elsewhere are not the claims
    expect(json(`{"x": ${'{"claims": ['.repeat(depth)}${"]}".repeat(depth)}}`)).toEqual([]);
    // unbalanced deep nesting is not JSON
    expect(json(`{"claims": [{}], "x": ${"[".repeat(depth)}}`)).toEqual([]);
  });

  it("reads 100 000 claims in one pass", () => {
    const claims = Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, value: `a "quoted" [${i}]` }));
    const lines = json(JSON.stringify({ claims }, null, 2));
    expect(lines).toHaveLength(claims.length);
    expect(lines[0]).toBe(3);
    expect(lines.at(-1)).toBe(3 + (claims.length - 1) * 4);
  });
});

describe("claimLines: NDJSON", () => {
  it.each<[string, string, number[]]>([
    ["one claim per line", '{"id": "a"}\n{"id": "b"}\n', [1, 2]],
    ["no final newline", '{"id": "a"}\n{"id": "b"}', [1, 2]],
    ["blank and whitespace lines", '\n{"id": "a"}\n\n   \n\t\n{"id": "b"}\n\n', [2, 6]],
    ["CRLF and a lone CR line", '{"id": "a"}\r\n\r\n\r\n{"id": "b"}\r\n', [1, 4]],
    ["Unicode spaces count as blank, as the reader trims them", '\u00a0\n{"id": "a"}\n\u3000\ufeff\n{}', [2, 4]],
    ["lines that are not JSON still count: the reader makes them claims", '{"id": "a"}\nnot json\n{', [1, 2, 3]],
    ["empty text", "", []],
    ["only blank lines", "\n \n\t\r\n", []],
  ])("%s", (_, text, lines) => {
    expect(ndjson(text)).toEqual(lines);
  });

  it("agrees with the lines parseClaimSet gives its NDJSON issues", () => {
    const good = (id: string) => JSON.stringify({ id, subject: "us-forces", property: "troop-count", value: 900, source: "s1" });
    const bad = (id: string) => JSON.stringify({ id, subject: "us-forces", property: "troop-count", value: 900, source: "s1", asOf: "2025-13" });
    const text = `\n${good("a")}\n\n${bad("b")}\n   \n${good("c")}\r\n\r\n${bad("d")}\n{oops\n`;
    const result = safeParseClaimSet(text, { format: "ndjson" });
    expect(result.success).toBe(false);
    const lines = ndjson(text);
    const issues = result.success ? [] : result.error.issues;
    expect(issues.length).toBe(3);
    for (const issue of issues) {
      const index = Number(/^\/claims\/(\d+)/.exec(issue.path)![1]);
      expect(issue.line).toBe(lines[index]);
    }
  });
});

// ---------------------------------------------------------------- properties

/** Text JSON.stringify must escape or that looks like structure: quotes, backslashes, brackets, line breaks. */
const trickyText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('"', "\\", "[", "]", "{", "}", ",", ":", "\n", "\r", "\u2028", " ", "a", "claims"), maxLength: 10 }),
  fc.constantFrom('"claims": [', '\\"', "\\", '{"id": "x"}', "]}", "\ufeff", "\ud800"),
);

/** Any JSON value, its strings tricky, sometimes with its own `claims` members. */
const junk: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    trickyText,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.oneof(trickyText, fc.constant("claims"), fc.constant("id")), tie("value"), { maxKeys: 3 }),
  ),
})).value;

/** Keys JavaScript orders first in an object (array indexes), which would move the marker id. */
const isIndexKey = (key: string) => /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;

/** Claims whose first member is a unique marker id, then tricky members. */
const claimsArb = fc
  .array(fc.dictionary(fc.oneof(trickyText, fc.constant("claims")).filter((key) => key !== "id" && !isIndexKey(key)), junk, { maxKeys: 4 }), {
    maxLength: 12,
  })
  .map((rests) => rests.map((rest, i) => ({ id: `@@claim-${i}@@`, ...rest })));

/** The other top-level members, in random order around `claims`. */
const documentArb = fc
  .tuple(
    claimsArb,
    fc.dictionary(fc.oneof(trickyText, fc.constantFrom("sources", "entities")).filter((key) => key !== "claims"), junk, { maxKeys: 3 }),
    fc.nat(),
  )
  .map(([claims, others, at]) => {
    const entries = Object.entries(others);
    entries.splice(at % (entries.length + 1), 0, ["claims", claims]);
    return { claims, text: (indent: number | string) => JSON.stringify(Object.fromEntries(entries), null, indent) };
  });

/** Whitespace between tokens, line breaks included. */
const gap = fc.array(fc.constantFrom(" ", "\t", "\n", "\r\n", "\r"), { maxLength: 4 }).map((parts) => parts.join(""));

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

describe("claimLines: properties", () => {
  it("JSON.stringify with any indentation: each claim starts on the line of its first member, or on line 1 when compact", () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom<number | string>(0, 1, 2, 3, 4, 8, "\t", " \t"), ({ claims, text }, indent) => {
        const serialised = text(indent);
        const lines = serialised.split("\n");
        // naive: the claim's marker id, found by searching; the `{` is the line before it (compact: the same line)
        const naive = claims.map((claim) => {
          const line = lines.findIndex((l) => l.includes(JSON.stringify(claim.id))) + 1;
          return indent === 0 || indent === "" ? line : line - 1;
        });
        expect(json(serialised)).toEqual(naive);
        if (indent === 0) expect(naive.every((line) => line === 1)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("claims laid out with random whitespace and indentation: the lines are known by construction", () => {
    fc.assert(
      fc.property(
        documentArb,
        fc.array(fc.tuple(gap, gap, fc.constantFrom(0, 1, 2, 4)), { minLength: 12, maxLength: 12 }),
        gap,
        gap,
        ({ claims }, layout, head, tail) => {
          let text = `${head}{${tail}"other":${head}[${tail}{"claims":[{}]}]${head},"claims"${tail}:${head}[`;
          const expected: number[] = [];
          claims.forEach((claim, i) => {
            const [before, after, indent] = layout[i]!;
            text += before;
            expected.push(lineAt(text, text.length));
            text += JSON.stringify(claim, null, indent) + after + (i < claims.length - 1 ? "," : "");
          });
          text += `${tail}]${head}}${tail}`;
          expect((JSON.parse(text) as { claims: unknown[] }).claims).toEqual(JSON.parse(JSON.stringify(claims)));
          expect(json(text)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("NDJSON with blank lines: the line of the i-th non-blank line", () => {
    fc.assert(
      fc.property(
        claimsArb,
        fc.array(fc.array(fc.constantFrom("", " ", "\t", "\r", "  \t "), { maxLength: 3 }), { minLength: 13, maxLength: 13 }),
        fc.boolean(),
        (claims, blanks, crlf) => {
          const eol = crlf ? "\r\n" : "\n";
          const rows: string[] = [];
          const expected: number[] = [];
          claims.forEach((claim, i) => {
            rows.push(...blanks[i]!);
            rows.push(JSON.stringify(claim));
            expected.push(rows.length);
          });
          rows.push(...blanks[12]!);
          const text = rows.join(eol) + (crlf ? eol : "");
          expect(ndjson(text)).toEqual(expected);
          // and the claims on those lines are the claims, in order
          const lines = text.split("\n");
          expect(expected.map((line) => JSON.parse(lines[line - 1]!) as unknown)).toEqual(JSON.parse(JSON.stringify(claims)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
