/**
 * A key written twice in any object of a claim set is invalid input, in every
 * reader: JSON text, small and large bytes (the large ones read member by
 * member), NDJSON text and the streaming reader, sessions and patches given
 * text. The property writes readable claim sets with one member repeated in
 * any object (with the same value, so that nothing but the repeat is wrong)
 * and checks that each reader names exactly that key, by pointer and line;
 * `lenient` skips a claim with a repeated key, and nothing else.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyClaimSetPatch, check, ClaimSetError, createSession, safeParseClaimSet, toPointer } from "../../src/index.js";
import { NdjsonStream } from "../../src/model/ndjson-stream.js";
import { analyzeRead, readInput } from "../../src/model/parse.js";
import type { Json } from "./arbitraries.js";
import { readableDocument } from "./arbitraries.js";

const encode = (text: string) => new TextEncoder().encode(text);

interface Repeated {
  text: string;
  /** The path of the repeated member and where its second key starts; undefined when the chosen object has no keys. */
  path?: (string | number)[];
  offset?: number;
}

/**
 * Writes `value` as JSON text, one member of the top level and one item of a
 * top-level list per line, with the first key of the `target`-th object (in
 * text order) written again, last, with the same value.
 */
function writeRepeating(value: Json, target: number): Repeated {
  let out = "";
  let objects = 0;
  const result: Repeated = { text: "" };
  const visit = (item: Json, path: (string | number)[]) => {
    const breakLine = path.length <= 1 ? "\n" : "";
    if (Array.isArray(item)) {
      out += "[";
      item.forEach((element, i) => {
        out += (i > 0 ? "," : "") + breakLine;
        visit(element, [...path, i]);
      });
      out += "]";
    } else if (typeof item === "object" && item !== null) {
      const here = objects++;
      const entries = Object.entries(item);
      out += "{";
      entries.forEach(([key, element], i) => {
        out += `${i > 0 ? "," : ""}${breakLine}${JSON.stringify(key)}: `;
        visit(element, [...path, key]);
      });
      const first = entries[0];
      if (here === target && first !== undefined) {
        out += `,${breakLine}`;
        result.path = [...path, first[0]];
        result.offset = out.length;
        out += `${JSON.stringify(first[0])}: ${JSON.stringify(first[1])}`;
      }
      out += "}";
    } else {
      out += JSON.stringify(item);
    }
  };
  visit(value, []);
  result.text = out;
  return result;
}

function countObjects(value: Json): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countObjects(item), 0);
  if (typeof value === "object" && value !== null) return 1 + Object.values(value).reduce((sum: number, item) => sum + countObjects(item), 0);
  return 0;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function streamed(bytes: Uint8Array, cuts: readonly number[]) {
  const stream = new NdjsonStream();
  let start = 0;
  for (const cut of [...new Set(cuts.map((at) => at % (bytes.length + 1)))].sort((a, b) => a - b)) {
    stream.push(bytes.slice(start, cut));
    start = cut;
  }
  stream.push(bytes.slice(start));
  return stream.end();
}

describe("a key written twice", () => {
  it("is named by its pointer and line by every reader of JSON, and is the only issue", () => {
    fc.assert(
      fc.property(readableDocument, fc.nat(), (doc, pick) => {
        fc.pre(safeParseClaimSet(JSON.stringify(doc)).success);
        const { text, path, offset } = writeRepeating(doc, pick % countObjects(doc));
        fc.pre(path !== undefined && offset !== undefined);
        const expected = { code: "duplicate-key", path: toPointer(path!), line: lineOf(text, offset!), message: expect.stringMatching(/^duplicate key "/) };
        // The same text, padded past 1 MiB: its bytes are read member by member.
        for (const input of [text, encode(text), encode(text + " ".repeat(1 << 20))]) {
          const result = safeParseClaimSet(input, { format: "json" });
          expect(result.success).toBe(false);
          if (!result.success) expect(result.error.issues).toEqual([expected]);
        }
        expect(() => createSession(text)).toThrow(ClaimSetError);
        expect(applyClaimSetPatch(text, [])).toEqual({ ok: false, issues: [expected], target: "claim-set" });

        // lenient skips a claim with a repeated key, and only that; a repeat outside claims stays fatal.
        const claim = path![0] === "claims" && path!.length > 2 ? (path![1] as number) : undefined;
        if (claim === undefined) {
          expect(() => check(text, { lenient: true })).toThrow(ClaimSetError);
        } else {
          const report = check(text, { lenient: true });
          expect(report.diagnostics).toContainEqual({ ...expected, code: "skipped-claim:duplicate-key", severity: "error" });
          expect(report.summary.claims).toBe((doc as { claims: Json[] }).claims.length - 1);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("in an NDJSON line is named by its pointer and line, from text and from bytes split anywhere", () => {
    fc.assert(
      fc.property(readableDocument, fc.nat(), fc.nat(), fc.array(fc.nat(), { maxLength: 8 }), (doc, pickClaim, pickObject, cuts) => {
        const claims = (doc as { claims: Json[] }).claims;
        fc.pre(claims.length > 0);
        const index = pickClaim % claims.length;
        const { text: line, path } = writeRepeating(claims[index]!, pickObject % countObjects(claims[index]!));
        fc.pre(path !== undefined);
        // Each claim on one line (the writer breaks lines at the top level of the claim: join them).
        const lines = claims.map((claim, i) => (i === index ? line.replaceAll("\n", " ") : JSON.stringify(claim)));
        const ndjson = lines.join("\n");
        const expected = { code: "duplicate-key", path: toPointer(["claims", index, ...path!]), line: index + 1 };
        const fromText = readInput(ndjson, "ndjson");
        const fromBytes = streamed(encode(ndjson), cuts);
        expect(fromBytes).toEqual(fromText);
        expect(fromText.issues).toEqual([{ ...expected, message: expect.stringMatching(/^duplicate key "/) }]);
        const result = analyzeRead(fromBytes);
        expect(result.success).toBe(false);
        if (!result.success) expect(result.error.issues.filter((issue) => issue.code === "duplicate-key")).toEqual([expect.objectContaining(expected)]);
        const report = check(ndjson, { lenient: true, format: "ndjson" });
        expect(report.summary.claims).toBe(claims.length - 1);
      }),
      { numRuns: 150 },
    );
  });

  it("in NDJSON mixed with lines that are not JSON, blank, or start a string with a colon: each repeat named, in line order, however the bytes are cut", () => {
    const other = fc.constantFrom("", "  ", '{"id": "x",}', '": x"', '"\\":"', "not json", '[":", {"a": ":"}]', '{"q": ": ", "r,": 1}');
    const line = fc.oneof(
      { weight: 3, arbitrary: fc.tuple(readableDocument, fc.nat(), fc.boolean()) },
      { weight: 2, arbitrary: other },
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom("\n", "\r\n"), (picks, cuts, eol) => {
        const expected: { code: string; path: string; line: number }[] = [];
        let index = 0;
        const lines = picks.map((pick, i) => {
          if (typeof pick === "string") {
            if (pick.trim() === "") return pick;
            if (!isJson(pick)) expected.push({ code: "invalid-json", path: `/claims/${index}`, line: i + 1 });
            index++;
            return pick;
          }
          const [doc, which, repeat] = pick;
          const value = (doc as { claims: Json[] }).claims[0] ?? { id: "a" };
          const written = repeat ? writeRepeating(value, which % countObjects(value)) : { text: JSON.stringify(value) };
          if (written.path !== undefined) expected.push({ code: "duplicate-key", path: toPointer(["claims", index, ...written.path]), line: i + 1 });
          index++;
          return written.text.replaceAll("\n", " ");
        });
        const ndjson = lines.join(eol);
        const read = readInput(ndjson, "ndjson");
        if (read.value === undefined) return; // all blank
        expect(read.issues.map(({ code, path, line }) => ({ code, path, line }))).toEqual(expected);
        expect(streamed(encode(ndjson), cuts)).toEqual(read);
      }),
      { numRuns: 300 },
    );
  });

  const claim = (id: string, more = "") =>
    `{"id": "${id}", "subject": "us-forces", "property": "troop-count", "value": 900, "source": "infoplus", "published": "2025-04-01"${more}}`;

  it.each<[string, string, string, number]>([
    ["a claim's value", `{"claims": [\n${claim("a")},\n${claim("b")},\n${claim("c")},\n${claim("d", ', "value": 1400')}\n]}`, "/claims/3/value", 5],
    ["the claims list", `{"claims": [\n${claim("a")}\n],\n"claims": [\n${claim("b")}\n]}`, "/claims", 4],
    ["a scope value escaped differently", `{"claims": [${claim("a", ', "scope": {"site": "x", "s\\u0069te": "y"}')}]}`, "/claims/0/scope/site", 1],
    ["a source's name", '{"sources": [{"id": "s", "name": "A", "name": "B"}], "claims": []}', "/sources/0/name", 1],
    ["a single claim read as a claim set", claim("a", ', "source": "x"'), "/claims/0/source", 1],
  ])("in %s", (_, text, pointer, line) => {
    const result = safeParseClaimSet(text);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toEqual([
        { code: "duplicate-key", path: pointer, line, message: expect.stringMatching(/^duplicate key "[a-z]+": the object already has this key/) },
      ]);
    }
  });

  it("is skipped with its claim by lenient, and the rest is checked; outside claims it stays fatal", () => {
    const text = `{"claims": [\n${claim("a")},\n${claim("b", ', "value": 1400')},\n${claim("c")}\n]}`;
    const report = check(text, { lenient: true });
    expect(report.summary.claims).toBe(2);
    expect(report.diagnostics.map((d) => [d.code, d.path, d.line])).toEqual([["skipped-claim:duplicate-key", "/claims/1/value", 3]]);
    expect(() => check(`{"claims": [${claim("a")}], "claims": [${claim("b")}]}`, { lenient: true })).toThrow(/\/claims: duplicate key "claims"/);
  });

  it("is invalid even when both values are the same, and in an object the model does not know", () => {
    const text = `{"claims": [${claim("a", ', "value": 900')}]}`;
    expect(safeParseClaimSet(text).success).toBe(false);
    const unknown = safeParseClaimSet(`{"claims": [${claim("a", ', "extra": {"k": 1, "k": 1}')}]}`);
    expect(unknown.success).toBe(false);
    if (!unknown.success) expect(unknown.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["duplicate-key", "/claims/0/extra/k"],
      ["unknown-field", "/claims/0/extra"],
    ]);
  });

  it("is not seen in strings that look like keys, or in keys that differ only by normalisation", () => {
    const text = `{"claims": [${claim("a", ', "quote": "\\"value\\": 1, \\"value\\": 2", "note": ":", "scope": {"é": "x", "e\\u0301": "y"}')}]}`;
    const result = safeParseClaimSet(text);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.code)).not.toContain("duplicate-key");
  });

  it("is found exactly even when Object.prototype has an enumerable key (inherited keys are not counted as the object's)", () => {
    // for…in visits the inherited key in every object: one more key per object, as many as the repeats here.
    const many = (extra: string) => `{"claims": [\n${Array.from({ length: 9000 }, (_, i) => claim(`c${i}`, extra)).join(",\n")}\n]}`;
    const repeated = many(', "source": "other"');
    const plain = many("");
    const keys = (input: string | Uint8Array) => {
      const result = safeParseClaimSet(input);
      return result.success ? [] : result.error.issues.filter((issue) => issue.code === "duplicate-key").map((issue) => [issue.path, issue.line]);
    };
    Object.defineProperty(Object.prototype, "polluted", { value: "yes", enumerable: true, configurable: true, writable: true });
    try {
      expect(keys('{"claims": [],\n"claims": []}')).toEqual([["/claims", 2]]);
      expect(encode(plain).length).toBeGreaterThan(1 << 20); // bytes read member by member
      for (const input of [repeated, encode(repeated)]) {
        const found = keys(input);
        expect(found.length).toBe(9000);
        expect(found[4321]).toEqual(["/claims/4321/source", 4323]);
      }
      for (const input of [plain, encode(plain)]) expect(keys(input)).toEqual([]);
    } finally {
      delete (Object.prototype as { polluted?: string }).polluted;
    }
  });
});
