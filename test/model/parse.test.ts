/**
 * parseClaimSet / safeParseClaimSet: valid claim sets come back unchanged;
 * invalid ones give every problem, each with its JSON pointer, in plain words.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClaimSetIssue, ParseOptions } from "../../src/index.js";
import { ClaimSetError, formatIssue, parseClaimSet, safeParseClaimSet } from "../../src/index.js";
import type { Json } from "./arbitraries.js";
import { anyDocument, cloneJson, nested, objectFrom, readableDocument } from "./arbitraries.js";

// ---------------------------------------------------------------- helpers

type Doc = Record<string, unknown>;

const claim = (over: Doc = {}): Doc => ({
  id: "c1",
  subject: "us-forces",
  property: "troop-count",
  value: 900,
  source: "infoplus",
  ...over,
});
/** Claims c0, c1, … of one property with the given values. */
const claimsWithValues = (values: unknown[], over: Doc = {}): Doc[] =>
  values.map((value, i) => claim({ id: `c${i}`, value, ...over }));
const line = (over: Doc = {}): string => JSON.stringify(claim(over));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** An RFC 6901 pointer: "" or "/"-separated tokens where "~" only starts "~0" or "~1". */
const POINTER = /^(?:\/(?:[^~/]|~[01])*)*$/;
/** Words of V8's JSON.parse errors, which quote the input and differ between engines. */
const ENGINE_WORDS = /Unexpected token|Unexpected end|in JSON at position|JSON\.parse|is not valid JSON|SyntaxError|Bad control character|Expected property name/;

function issuesOf(input: unknown, options?: ParseOptions): readonly ClaimSetIssue[] {
  const result = safeParseClaimSet(input, options);
  if (result.success) throw new Error(`expected the claim set to be rejected, but it was accepted: ${JSON.stringify(result.data).slice(0, 300)}`);
  expect(result.error).toBeInstanceOf(ClaimSetError);
  return result.error.issues;
}

/** Every issue well formed: a code, a pointer, a sentence without engine jargon. */
function expectWellFormed(issues: readonly ClaimSetIssue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(issue.path).toMatch(POINTER);
    expect(issue.message).toMatch(/\S/);
    expect(issue.message.length).toBeLessThan(600);
    expect(issue.message).not.toMatch(ENGINE_WORDS);
    if (issue.line !== undefined) expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true);
  }
}

/** Follows a pointer through own properties; `undefined` when it leads nowhere. */
function resolvePointer(doc: unknown, pointer: string): { found: boolean; value?: unknown } {
  if (pointer === "") return { found: true, value: doc };
  let node: unknown = doc;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, token)) return { found: false };
    node = (node as Record<string, unknown>)[token];
  }
  return { found: true, value: node };
}

/**
 * Deep equality of JSON documents through own keys (expect's equality reads a
 * "constructor" key as the object's constructor), numbers compared with Object.is.
 */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) => Object.hasOwn(b, key) && jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

function expectSameJson(actual: unknown, expected: unknown): void {
  if (!jsonEqual(actual, expected)) {
    expect.fail(`documents differ:\n${JSON.stringify(actual)}\n${JSON.stringify(expected)}`);
  }
}

/** Whether a document holds a number JSON.stringify cannot write back as itself (±Infinity, -0). */
function hasUnwritableNumber(doc: unknown): boolean {
  const stack = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === "number" && (!Number.isFinite(node) || Object.is(node, -0))) return true;
    if (typeof node === "object" && node !== null) stack.push(...Object.values(node));
  }
  return false;
}

/** [section rank, item index] of a pointer, for document order. */
function rank(path: string): [number, number] {
  const [, section = "", index = ""] = path.split("/");
  const order = ["", "$schema", "sources", "entities", "properties", "claims"].indexOf(section);
  return [order === -1 ? 6 : order, /^\d+$/.test(index) ? Number(index) : -1];
}

function expectDocumentOrder(issues: readonly ClaimSetIssue[]): void {
  for (let i = 1; i < issues.length; i++) {
    const [s0, i0] = rank(issues[i - 1]!.path);
    const [s1, i1] = rank(issues[i]!.path);
    const inOrder = s0 < s1 || (s0 === s1 && i0 <= i1);
    expect(inOrder, `${issues[i - 1]!.path} is reported before ${issues[i]!.path}`).toBe(true);
  }
}

interface Expected {
  path: string;
  code?: string;
  /** A substring of the message. */
  message?: string;
  line?: number;
}

function expectIssues(input: unknown, expected: readonly Expected[], options?: ParseOptions): readonly ClaimSetIssue[] {
  const issues = issuesOf(input, options);
  expectWellFormed(issues);
  // Exactly the expected pointers, each as often as expected: an extra or a missing issue fails.
  expect(
    issues.map((issue) => issue.path).sort(),
    `issues reported: ${JSON.stringify(issues, null, 1)}`,
  ).toEqual(expected.map((e) => e.path).sort());
  for (const e of expected) {
    const match = issues.find(
      (issue) =>
        issue.path === e.path &&
        (e.code === undefined || issue.code === e.code) &&
        (e.message === undefined || issue.message.includes(e.message)) &&
        (e.line === undefined || issue.line === e.line),
    );
    expect(match, `no issue like ${JSON.stringify(e)} among ${JSON.stringify(issues, null, 1)}`).toBeDefined();
  }
  return issues;
}

// ---------------------------------------------------------------- valid claim sets

const fullClaimSet = {
  $schema: "https://unpkg.com/corroborate/schemas/claim-set.schema.json",
  sources: [
    { id: "infoplus", name: "InfoPlus", kind: "outlet", url: "https://infoplus.example/", reliability: 0.7 },
    { id: "pentagon", name: "US Department of Defense", kind: "official", reliability: 1 },
    { id: "rumour-mill", reliability: 0 },
  ],
  entities: [
    { id: "us-forces", labels: ["US forces", "القوات الأمريكية"], kind: "force", note: "coalition troops" },
    { id: "victory-base", labels: ["Victory", "Camp Victory", "النصر", "قاعدة النصر"], kind: "base" },
    { id: "pentagon", labels: ["البنتاغون"] },
    { id: "syria" },
  ],
  properties: [
    { id: "troop-count", type: "quantity", temporal: "state", tolerance: 0.02, approx: 0.2, window: "P30D", cardinality: "one", unit: "troops", description: "Troops present." },
    { id: "attacks", type: "quantity", temporal: "cumulative" },
    { id: "withdrawal-date", type: "date", temporal: "static", tolerance: "P15D" },
    { id: "destination", type: "text", cardinality: "many" },
    { id: "withdrawn", type: "boolean" },
  ],
  claims: [
    {
      id: "c1",
      subject: "US forces",
      property: "troop-count",
      scope: { location: "syria", "toString": "x", "hasOwnProperty": "y", "a/b~c": "z" },
      value: "~900",
      source: "infoplus",
      published: "2025-09-30",
      asOf: "2025-09",
      document: "InfoPlus, 30 September 2025",
      attribution: ["pentagon", "البنتاغون"],
      modality: "asserted",
      quote: "نحو 900 جندي",
      url: "https://infoplus.example/a/1",
      note: "",
    },
    { id: "c2", subject: "us-forces", property: "attacks", value: { min: 70 }, source: "pentagon", modality: "denied" },
    { id: "c3", subject: "us-forces", property: "withdrawal-date", value: "2026-09", source: "pentagon", modality: "planned", published: "2025-H2" },
    { id: "c4", subject: "us-forces", property: "destination", value: "قاعدة النصر", source: "infoplus", asOf: "2025-09/2026-12" },
    { id: "c5", subject: "us-forces", property: "withdrawn", value: false, source: "rumour-mill", asOf: "../2026-09" },
  ],
};

const QUANTITIES = [900, "1,400", "~1400", ">=70", ">90", "<=1000", "<1000", "2000..2500", { amount: 1400, approx: true }, { min: 70 }, { max: 1000, maxExclusive: true }];
const DATES = ["2026", "2025-09", "2025-04-20", "2026-Q4", "2026-H2", "2025-09/2026-12", "../2026-09", "2025/..", "2025-09~"];

interface Valid {
  name: string;
  input: unknown;
  options?: ParseOptions;
  /** The claim set expected back; the input itself when omitted (or the JSON it holds, for text). */
  data?: unknown;
}

const valid: Valid[] = [
  { name: "no claims", input: { claims: [] } },
  { name: "every field of every section", input: fullClaimSet },
  { name: "every quantity form, undeclared (900 makes it a quantity)", input: { claims: claimsWithValues(QUANTITIES) } },
  { name: "every quantity form, declared", input: { properties: [{ id: "troop-count", type: "quantity" }], claims: claimsWithValues(QUANTITIES) } },
  { name: "every date form, undeclared (\"2026\" makes it a date)", input: { claims: claimsWithValues(DATES, { property: "withdrawal-date" }) } },
  { name: "every date form in published and asOf", input: { claims: DATES.map((d, i) => claim({ id: `c${i}`, published: d, asOf: d })) } },
  { name: "booleans, undeclared", input: { claims: claimsWithValues([true, false], { property: "withdrawn" }) } },
  { name: "text, undeclared (matched through labels)", input: { entities: [{ id: "kyiv", labels: ["Київ", "Kiev"] }], claims: claimsWithValues(["Kyiv", "Київ", "about nine hundred"], { property: "capital" }) } },
  { name: "a date-shaped first value makes the property a date", input: { claims: claimsWithValues(["2026", "2025-09~"]) } },
  { name: "a quantity-shaped string makes the property a quantity", input: { claims: claimsWithValues(["1,400", 900, { min: 1 }]) } },
  { name: "reliability 0 and 1", input: { sources: [{ id: "a", reliability: 0 }, { id: "b", reliability: 1 }], claims: [] } },
  { name: "scope names that merely look like Object.prototype members", input: { claims: [claim({ scope: { toString: "a", valueOf: "b", hasOwnProperty: "c", "__proto__x": "d" } })] } },
  { name: "date property with a duration tolerance", input: { properties: [{ id: "launch", type: "date", tolerance: "P15D", window: "P2W" }], claims: [claim({ property: "launch", value: "2026-Q4" })] } },
  { name: "quantity property with number tolerance and approx", input: { properties: [{ id: "troop-count", tolerance: 0.02, approx: 0.15, temporal: "cumulative" }], claims: [claim()] } },
  { name: "JSON text", input: JSON.stringify(fullClaimSet, null, 2) },
  { name: "JSON text with CRLF line endings", input: JSON.stringify(fullClaimSet, null, 2).replaceAll("\n", "\r\n") },
  { name: "JSON text with a byte order mark", input: "\uFEFF" + JSON.stringify({ claims: [claim()] }) },
  { name: "UTF-8 bytes", input: bytes(JSON.stringify(fullClaimSet)), data: fullClaimSet },
  { name: "UTF-8 bytes with a byte order mark", input: new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(JSON.stringify(fullClaimSet))]), data: fullClaimSet },
  { name: "a Node Buffer", input: Buffer.from(JSON.stringify(fullClaimSet), "utf8"), data: fullClaimSet },
  {
    name: "NDJSON, auto-detected",
    input: `${line({ id: "a" })}\n${line({ id: "b", value: "~1000" })}\n`,
    data: { claims: [claim({ id: "a" }), claim({ id: "b", value: "~1000" })] },
  },
  {
    name: "NDJSON with blank lines and CRLF",
    input: `\r\n${line({ id: "a" })}\r\n\r\n   \r\n${line({ id: "b" })}\r\n\r\n`,
    data: { claims: [claim({ id: "a" }), claim({ id: "b" })] },
  },
  { name: "a single NDJSON claim, auto-detected", input: line({ id: "solo" }), data: { claims: [claim({ id: "solo" })] } },
  { name: "a single NDJSON claim after blank lines", input: `\n\n${line({ id: "solo" })}\n`, data: { claims: [claim({ id: "solo" })] } },
  { name: "NDJSON forced by the format option", input: line({ id: "solo" }), options: { format: "ndjson" }, data: { claims: [claim({ id: "solo" })] } },
  {
    name: "a shared property definition from the options",
    input: { claims: claimsWithValues(["900", "Kyiv"], { property: "callsign" }) },
    options: { properties: [{ id: "callsign", type: "text" }] },
  },
  {
    name: "the claim set's own definition replaces a shared one with the same id",
    input: { properties: [{ id: "troop-count", type: "quantity" }], claims: [claim({ value: 900 })] },
    options: { properties: [{ id: "troop-count", type: "date" }] },
  },
];

describe("valid claim sets", () => {
  it.each(valid)("$name", ({ input, options, data }) => {
    const before = typeof input === "object" && input !== null && !(input instanceof Uint8Array) ? structuredClone(input) : undefined;
    const result = safeParseClaimSet(input, options);
    if (!result.success) throw new Error(`rejected: ${result.error.issues.map(formatIssue).join("\n")}`);
    const expected = data ?? (typeof input === "string" ? JSON.parse(input.replace(/^\uFEFF/, "")) : input);
    // Nothing dropped, nothing added, nothing converted.
    expect(result.data).toStrictEqual(expected);
    expect(parseClaimSet(input, options)).toStrictEqual(expected);
    // The input is left as it was.
    if (before !== undefined) expect(input).toStrictEqual(before);
  });
});

// ---------------------------------------------------------------- invalid claim sets

const SYNTAX = { code: "invalid-json" } as const;

interface Invalid {
  name: string;
  input: unknown;
  options?: ParseOptions;
  issues: Expected[];
}

const invalid: Invalid[] = [
  // Duplicate ids, ambiguous labels
  {
    name: "duplicate claim ids",
    input: { claims: [claim({ id: "a" }), claim({ id: "b" }), claim({ id: "a" })] },
    issues: [{ path: "/claims/2/id", code: "duplicate-id", message: "/claims/0" }],
  },
  {
    name: "duplicate source ids",
    input: { sources: [{ id: "infoplus" }, { id: "infoplus" }], claims: [claim()] },
    issues: [{ path: "/sources/1/id", code: "duplicate-id", message: "/sources/0" }],
  },
  {
    name: "duplicate property ids",
    input: { properties: [{ id: "troop-count" }, { id: "troop-count", type: "quantity" }], claims: [claim()] },
    issues: [{ path: "/properties/1/id", code: "duplicate-id", message: "/properties/0" }],
  },
  {
    name: "duplicate entity ids",
    input: { entities: [{ id: "victory-base" }, { id: "victory-base", labels: ["Victory"] }], claims: [claim()] },
    issues: [{ path: "/entities/1/id", message: "/entities/0" }],
  },
  {
    name: "a label claimed by two entities",
    input: { entities: [{ id: "victory-base", labels: ["Victory", "النصر"] }, { id: "victory-party", labels: ["النصر"] }], claims: [claim()] },
    issues: [{ path: "/entities/1/labels/0", code: "ambiguous-label", message: "victory-base" }],
  },
  // Numbers
  {
    name: "a value of 1e400 (Infinity once parsed)",
    input: '{"claims":[{"id":"a","subject":"s","property":"p","source":"x","value":1e400}]}',
    issues: [{ path: "/claims/0/value", message: "too large" }],
  },
  {
    name: "-1e400 inside a quantity object",
    input: '{"claims":[{"id":"a","subject":"s","property":"p","source":"x","value":{"amount":-1e400}}]}',
    issues: [{ path: "/claims/0/value", message: "too large" }],
  },
  {
    name: "a reliability of 1e400",
    input: '{"sources":[{"id":"x","reliability":1e400}],"claims":[]}',
    issues: [{ path: "/sources/0/reliability" }],
  },
  {
    name: "a tolerance of 1e400",
    input: '{"properties":[{"id":"p","tolerance":1e400}],"claims":[]}',
    issues: [{ path: "/properties/0/tolerance" }],
  },
  {
    name: "a reliability above 1",
    input: { sources: [{ id: "infoplus", reliability: 1.5 }], claims: [claim()] },
    issues: [{ path: "/sources/0/reliability", message: "between 0 and 1" }],
  },
  {
    name: "a negative reliability",
    input: { sources: [{ id: "infoplus", reliability: -0.1 }], claims: [claim()] },
    issues: [{ path: "/sources/0/reliability", message: "between 0 and 1" }],
  },
  // Enums
  {
    name: "an unknown property type",
    input: { properties: [{ id: "troop-count", type: "number" }], claims: [claim()] },
    issues: [{ path: "/properties/0/type", code: "invalid-choice", message: '"number"' }],
  },
  {
    name: "an unknown temporal kind and cardinality",
    input: { properties: [{ id: "troop-count", temporal: "dynamic", cardinality: "several" }], claims: [claim()] },
    issues: [
      { path: "/properties/0/temporal", code: "invalid-choice", message: "cumulative" },
      { path: "/properties/0/cardinality", code: "invalid-choice", message: "many" },
    ],
  },
  {
    name: "a modality outside the list",
    input: { claims: [claim({ modality: "maybe" })] },
    issues: [{ path: "/claims/0/modality", code: "invalid-choice", message: "asserted" }],
  },
  // Dates
  {
    name: "impossible dates in value, published and asOf",
    input: { claims: [claim({ property: "launch", value: "2025-02-30", published: "2025-13", asOf: "2025-Q5" })] },
    issues: [
      { path: "/claims/0/value", message: "2025-02-30" },
      { path: "/claims/0/published", message: "2025-13" },
      { path: "/claims/0/asOf", message: "2025-Q5" },
    ],
  },
  {
    name: "an impossible date of a declared date property",
    input: { properties: [{ id: "launch", type: "date" }], claims: [claim({ property: "launch", value: "2025-02-29" })] },
    issues: [{ path: "/claims/0/value", code: "invalid-value", message: "2025-02-29" }],
  },
  {
    name: "published dates that are not dates at all",
    input: { claims: [claim({ published: "last week" }), claim({ id: "c2", asOf: "2025-9" })] },
    issues: [
      { path: "/claims/0/published", message: '"last week"' },
      { path: "/claims/1/asOf", message: '"2025-9"' },
    ],
  },
  {
    name: "a reversed date interval, undeclared",
    input: { claims: [claim({ property: "launch", value: "2026/2025-06" })] },
    issues: [{ path: "/claims/0/value", message: "2026/2025-06" }],
  },
  {
    name: "a reversed date interval in asOf",
    input: { claims: [claim({ asOf: "2026/2025-06" })] },
    issues: [{ path: "/claims/0/asOf", message: "2026/2025-06" }],
  },
  // Quantities
  {
    name: "a reversed range of a declared quantity",
    input: { properties: [{ id: "troop-count", type: "quantity" }], claims: [claim({ value: "2500..2000" })] },
    issues: [{ path: "/claims/0/value", code: "invalid-value", message: "2500..2000" }],
  },
  {
    // The range is quantity-shaped, so the undeclared property is a quantity, and the range is reversed.
    name: "a reversed range of an undeclared property",
    input: { claims: [claim({ value: "2500..2000" })] },
    issues: [{ path: "/claims/0/value", code: "invalid-value", message: "2500..2000" }],
  },
  {
    name: "a reversed quantity object",
    input: { claims: [claim({ value: { min: 2500, max: 2000 } })] },
    issues: [{ path: "/claims/0/value", code: "invalid-value" }],
  },
  {
    name: "text where a declared quantity belongs",
    input: { properties: [{ id: "troop-count", type: "quantity" }], claims: [claim({ value: "about nine hundred" })] },
    issues: [{ path: "/claims/0/value", code: "invalid-value", message: 'cannot read "about nine hundred" as a quantity' }],
  },
  {
    name: "a number where declared text belongs",
    input: { properties: [{ id: "destination", type: "text" }], claims: [claim({ property: "destination", value: 900 })] },
    issues: [{ path: "/claims/0/value", code: "invalid-value", message: "900" }],
  },
  {
    name: "null, a list and an unknown object as values",
    input: { claims: [claim({ value: null }), claim({ id: "c2", property: "b", value: [900] }), claim({ id: "c3", property: "c", value: { count: 900 } })] },
    issues: [{ path: "/claims/0/value" }, { path: "/claims/1/value" }, { path: "/claims/2/value/count", code: "unknown-field" }],
  },
  // The first value decides an undeclared property's type
  {
    name: "an undeclared property: a date after a first quantity",
    input: { claims: claimsWithValues([900, "~1000", "2025-09"]) },
    issues: [{ path: "/claims/2/value", code: "invalid-value", message: "takes its type, quantity, from its first value at /claims/0/value" }],
  },
  {
    name: "an undeclared property: a number after a first text",
    input: { claims: claimsWithValues(["Kyiv", 900], { property: "capital" }) },
    issues: [{ path: "/claims/1/value", code: "invalid-value", message: "text, from its first value at /claims/0/value" }],
  },
  {
    name: "an undeclared property: text after a first boolean",
    input: { claims: claimsWithValues([true, "yes"], { property: "withdrawn" }) },
    issues: [{ path: "/claims/1/value", message: "boolean, from its first value at /claims/0/value" }],
  },
  {
    name: "an undeclared property: a first value that cannot be read leaves the type to the next",
    input: { claims: claimsWithValues([null, "2025-09", 900]) },
    issues: [{ path: "/claims/0/value" }, { path: "/claims/2/value", message: "date, from its first value at /claims/1/value" }],
  },
  // Property settings that do not fit the type
  {
    name: "a duration tolerance on a quantity",
    input: { properties: [{ id: "troop-count", type: "quantity", tolerance: "P15D" }], claims: [claim()] },
    issues: [{ path: "/properties/0/tolerance", code: "invalid-property", message: "for dates" }],
  },
  {
    name: "approx and cumulative on a date",
    input: { properties: [{ id: "launch", type: "date", approx: 0.1, temporal: "cumulative" }], claims: [claim({ property: "launch", value: "2026" })] },
    issues: [
      { path: "/properties/0/approx", code: "invalid-property", message: "quantities" },
      { path: "/properties/0/temporal", code: "invalid-property", message: "cumulative" },
    ],
  },
  {
    name: "a number tolerance on a date",
    input: { properties: [{ id: "launch", type: "date", tolerance: 3 }], claims: [] },
    issues: [{ path: "/properties/0/tolerance", code: "invalid-property", message: "P15D" }],
  },
  {
    name: "settings of a property whose type comes from its first value",
    input: { properties: [{ id: "launch", approx: 0.2 }], claims: [claim({ property: "launch", value: "2026-Q4" })] },
    issues: [{ path: "/properties/0/approx", code: "invalid-property", message: "date" }],
  },
  {
    name: "durations that are not ISO 8601",
    input: { properties: [{ id: "launch", type: "date", tolerance: "15 days", window: "PT1H" }], claims: [] },
    issues: [{ path: "/properties/0/tolerance" }, { path: "/properties/0/window", message: "P30D" }],
  },
  {
    name: "a shared definition makes a value unreadable",
    input: { claims: [claim({ value: 900 })] },
    options: { properties: [{ id: "troop-count", type: "date" }] },
    issues: [{ path: "/claims/0/value", code: "invalid-value", message: "as a date" }],
  },
  {
    name: "a claim set's own definition replaces a shared one (and its type)",
    input: { properties: [{ id: "troop-count", type: "date" }], claims: [claim({ value: 900 })] },
    options: { properties: [{ id: "troop-count", type: "quantity" }] },
    issues: [{ path: "/claims/0/value", code: "invalid-value", message: "as a date" }],
  },
  // Unknown and missing fields, wrong types
  {
    name: "unknown fields, with did-you-mean hints",
    input: {
      claim: [],
      sources: [{ id: "x", reliabilty: 1 }],
      entities: [{ id: "e", labls: ["E"] }],
      properties: [{ id: "troop-count", tolerence: 0.1 }],
      claims: [claim({ vaule: 1 }), claim({ id: "c2", value: { ammount: 5 } }), claim({ id: "c3", asof: "2025" })],
    },
    issues: [
      { path: "/claim", code: "unknown-field", message: 'did you mean "claims"' },
      { path: "/sources/0/reliabilty", code: "unknown-field", message: 'did you mean "reliability"' },
      { path: "/entities/0/labls", code: "unknown-field", message: 'did you mean "labels"' },
      { path: "/properties/0/tolerence", code: "unknown-field", message: 'did you mean "tolerance"' },
      { path: "/claims/0/vaule", code: "unknown-field", message: 'did you mean "value"' },
      { path: "/claims/1/value/ammount", code: "unknown-field", message: 'did you mean "amount"' },
      { path: "/claims/2/asof", code: "unknown-field", message: 'did you mean "asOf"' },
    ],
  },
  {
    name: "an unknown field far from any known one gets no hint",
    input: { claims: [claim({ zzzzzzzz: 1 })] },
    issues: [{ path: "/claims/0/zzzzzzzz", code: "unknown-field", message: "zzzzzzzz" }],
  },
  { name: "no claims field", input: {}, issues: [{ path: "/claims", code: "missing-field", message: "required" }] },
  {
    name: "a claim missing subject, property and source",
    input: { claims: [{ id: "c1", value: 900 }] },
    issues: [
      { path: "/claims/0/subject", code: "missing-field", message: '"subject" is required' },
      { path: "/claims/0/property", code: "missing-field", message: '"property" is required' },
      { path: "/claims/0/source", code: "missing-field", message: '"source" is required (or a "document" listed under "documents" that names one)' },
    ],
  },
  {
    name: "a claim missing its value",
    input: { claims: [{ id: "c1", subject: "s", property: "p", source: "x" }] },
    issues: [{ path: "/claims/0/value", code: "missing-field", message: '"value" is required' }],
  },
  {
    name: "a claim missing its id",
    input: { claims: [{ subject: "s", property: "p", value: 1, source: "x" }] },
    issues: [{ path: "/claims/0/id", code: "missing-field", message: '"id" is required' }],
  },
  {
    name: "ids missing from a source, an entity and a property",
    input: { sources: [{ name: "x" }], entities: [{ labels: ["E"] }], properties: [{ type: "quantity" }], claims: [claim()] },
    issues: [
      { path: "/sources/0/id", code: "missing-field" },
      { path: "/entities/0/id", code: "missing-field" },
      { path: "/properties/0/id", code: "missing-field" },
    ],
  },
  {
    name: "blank ids, subjects and labels",
    input: { sources: [{ id: "" }], entities: [{ id: "e", labels: [" "] }], claims: [claim({ id: " ", subject: "\t", source: "\n" })] },
    issues: [
      { path: "/sources/0/id", message: "empty" },
      { path: "/entities/0/labels/0", message: "empty" },
      { path: "/claims/0/id", message: "empty" },
      { path: "/claims/0/subject", message: "empty" },
      { path: "/claims/0/source", message: "empty" },
    ],
  },
  {
    name: "fields of the wrong type",
    input: { claims: [claim({ id: 5, attribution: "x", quote: 1, scope: { location: 1 } })] },
    issues: [
      { path: "/claims/0/id", code: "invalid-type", message: "must be text, not 5" },
      { path: "/claims/0/attribution", code: "invalid-type", message: "must be a list" },
      { path: "/claims/0/quote", code: "invalid-type", message: "must be text" },
      { path: "/claims/0/scope/location", code: "invalid-type", message: "must be text" },
    ],
  },
  {
    name: "a list where the scope object belongs",
    input: { claims: [claim({ scope: ["syria"] })] },
    issues: [{ path: "/claims/0/scope", code: "invalid-type", message: "must be an object" }],
  },
  {
    name: "lists where objects belong, objects where lists belong",
    input: { sources: {}, entities: [[{ id: "e" }]], claims: [[claim()]] },
    issues: [
      { path: "/sources", code: "invalid-type", message: "must be a list" },
      { path: "/entities/0", code: "invalid-type", message: "must be an object" },
      { path: "/claims/0", code: "invalid-type", message: "must be an object" },
    ],
  },
  // Reserved names
  {
    name: "__proto__, constructor and prototype as scope names",
    input: `{"claims":[${line({ scope: { x: "y" } }).replace('"x":"y"', '"__proto__":"a","constructor":"b","prototype":"c"')}]}`,
    issues: [
      { path: "/claims/0/scope/__proto__", code: "invalid-field-name", message: "__proto__" },
      { path: "/claims/0/scope/constructor", code: "invalid-field-name", message: "constructor" },
      { path: "/claims/0/scope/prototype", code: "invalid-field-name", message: "prototype" },
    ],
  },
  {
    name: "a __proto__ key at the top level",
    input: `{"__proto__":{"polluted":true},"claims":[]}`,
    issues: [{ path: "/__proto__", code: "unknown-field" }],
  },
  {
    name: "a __proto__ key in a claim",
    input: `{"claims":[${line().replace(/}$/, ',"__proto__":{"polluted":true}}')}]}`,
    issues: [{ path: "/claims/0/__proto__", code: "unknown-field" }],
  },
  {
    name: "a __proto__ key in a quantity object",
    input: `{"claims":[${line({ value: { amount: 900 } }).replace('"amount":900', '"amount":900,"__proto__":{"polluted":true}')}]}`,
    issues: [{ path: "/claims/0/value/__proto__", code: "unknown-field" }],
  },
  {
    name: "__proto__ keys in a source, an entity and a property",
    input: `{"sources":[{"id":"x","__proto__":{"polluted":true}}],"entities":[{"id":"e","__proto__":[]}],"properties":[{"id":"p","__proto__":null}],"claims":[]}`,
    issues: [
      { path: "/sources/0/__proto__", code: "unknown-field" },
      { path: "/entities/0/__proto__", code: "unknown-field" },
      { path: "/properties/0/__proto__", code: "unknown-field" },
    ],
  },
  // Not a claim set at all
  { name: "a top-level list", input: "[]", issues: [{ path: "", code: "invalid-type", message: "a list" }] },
  { name: "a top-level number", input: "42", issues: [{ path: "", code: "invalid-type", message: "42" }] },
  { name: "a top-level null", input: "null", issues: [{ path: "", code: "invalid-type", message: "null" }] },
  { name: "a top-level string", input: '"claims"', issues: [{ path: "", code: "invalid-type" }] },
  { name: "a parsed list", input: [claim()], issues: [{ path: "", code: "invalid-type" }] },
  { name: "a parsed number", input: 42, issues: [{ path: "", code: "invalid-type" }] },
  { name: "a parsed null", input: null, issues: [{ path: "", code: "invalid-type" }] },
  // Empty input and encodings
  { name: "an empty string", input: "", issues: [{ path: "", code: "empty-input" }] },
  { name: "only whitespace", input: " \n\t\r\n ", issues: [{ path: "", code: "empty-input" }] },
  { name: "only a byte order mark", input: "\uFEFF", issues: [{ path: "", code: "empty-input" }] },
  { name: "no bytes", input: new Uint8Array(0), issues: [{ path: "", code: "empty-input" }] },
  { name: "a byte order mark in bytes, then blank", input: new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]), issues: [{ path: "", code: "empty-input" }] },
  { name: "a 0xFF byte", input: new Uint8Array([0x7b, 0xff, 0x7d]), issues: [{ path: "", code: "invalid-encoding", message: "UTF-8" }] },
  { name: "an overlong encoding", input: new Uint8Array([...bytes('{"claims":["'), 0xc0, 0xaf, ...bytes('"]}')]), issues: [{ path: "", code: "invalid-encoding" }] },
  { name: "an encoded surrogate", input: new Uint8Array([...bytes('{"claims":["'), 0xed, 0xa0, 0x80, ...bytes('"]}')]), issues: [{ path: "", code: "invalid-encoding" }] },
  { name: "a truncated sequence at the end", input: new Uint8Array([...bytes('{"claims":[]}'), 0xe2, 0x82]), issues: [{ path: "", code: "invalid-encoding" }] },
  {
    name: "UTF-8 bytes of an invalid claim set are checked like text",
    input: bytes(JSON.stringify({ claims: [claim({ modality: "maybe" })] })),
    issues: [{ path: "/claims/0/modality", code: "invalid-choice" }],
  },
  // JSON syntax
  { name: "a trailing comma", input: '{"claims":[],}', issues: [{ ...SYNTAX, path: "", line: 1, message: "column 14" }] },
  { name: "a missing value on line 2", input: '{\n  "claims": [,]\n}', issues: [{ ...SYNTAX, path: "", line: 2, message: "column 14" }] },
  { name: "an error on line 4 of CRLF text", input: '{\r\n"claims": [\r\n  1,\r\n  ]\r\n}', issues: [{ ...SYNTAX, path: "", line: 4, message: "column 3" }] },
  { name: "unquoted field names", input: "{claims: []}", issues: [{ ...SYNTAX, path: "", line: 1, message: "column 2" }] },
  { name: "single quotes", input: "{'claims': []}", issues: [{ ...SYNTAX, path: "", line: 1, message: "column 2" }] },
  { name: "text after the document", input: '{"claims":[]} x', issues: [{ ...SYNTAX, path: "", line: 1, message: "column 15" }] },
  { name: "an unclosed string", input: '{"claims":[{"id":"a', issues: [{ ...SYNTAX, path: "", line: 1 }] },
  { name: "NaN", input: '{"claims":[{"value":NaN}]}', issues: [{ ...SYNTAX, path: "", line: 1, message: "column 21" }] },
  { name: "an unknown escape", input: '{"claims":["\\x"]}', issues: [{ ...SYNTAX, path: "", line: 1 }] },
  { name: "a raw line break inside text", input: '{"claims":["a\nb"]}', issues: [{ ...SYNTAX, path: "", line: 1 }] },
  { name: "JSON text forced as JSON with two claims on two lines", input: `${line({ id: "a" })}\n${line({ id: "b" })}`, options: { format: "json" }, issues: [{ ...SYNTAX, path: "", line: 2 }] },
  // NDJSON
  {
    name: "NDJSON: a broken line in the middle",
    input: `${line({ id: "a" })}\n${line({ id: "b" })}\n{"id": "c", oops}\n${line({ id: "d", modality: "maybe" })}\n`,
    issues: [
      { ...SYNTAX, path: "/claims/2", line: 3, message: "column" },
      { path: "/claims/3/modality", code: "invalid-choice", line: 4 },
    ],
  },
  {
    name: "NDJSON: blank lines count in line numbers",
    input: `\n${line({ id: "a" })}\n\n\n${line({ id: "a" })}\n\n${line({ id: "c", published: "2025-13" })}\n`,
    issues: [
      { path: "/claims/1/id", code: "duplicate-id", line: 5 },
      { path: "/claims/2/published", code: "invalid-date", line: 7 },
    ],
  },
  {
    name: "NDJSON: CRLF line endings",
    input: `${line({ id: "a" })}\r\n\r\n{oops\r\n${line({ id: "a" })}\r\n`,
    issues: [
      { ...SYNTAX, path: "/claims/1", line: 3 },
      { path: "/claims/2/id", code: "duplicate-id", line: 4 },
    ],
  },
  {
    name: "NDJSON: a list on a line",
    input: `${line({ id: "a" })}\n[1, 2]\n`,
    issues: [{ path: "/claims/1", code: "invalid-type", line: 2 }],
  },
  {
    name: "NDJSON: the undeclared-type rule across lines",
    input: `${line({ id: "a", value: 900 })}\n${line({ id: "b", value: "Kyiv" })}\n`,
    issues: [{ path: "/claims/1/value", code: "invalid-value", line: 2, message: "/claims/0/value" }],
  },
  {
    name: "a single NDJSON claim with a problem, after blank lines",
    input: `\n\n${line({ published: "2025-02-30" })}`,
    issues: [{ path: "/claims/0/published", code: "invalid-date", line: 3 }],
  },
  {
    name: "NDJSON forced: a claim-set object on a line is a claim with unknown fields",
    input: JSON.stringify({ claims: [] }),
    options: { format: "ndjson" },
    issues: [
      { path: "/claims/0/id", line: 1 },
      { path: "/claims/0/subject", line: 1 },
      { path: "/claims/0/property", line: 1 },
      { path: "/claims/0/value", line: 1 },
      { path: "/claims/0/source", line: 1 },
      { path: "/claims/0/claims", code: "unknown-field", line: 1 },
    ],
  },
  { name: "NDJSON forced: only blank lines", input: "\n\r\n  \n", options: { format: "ndjson" }, issues: [{ path: "", code: "empty-input" }] },
];

describe("invalid claim sets", () => {
  it.each(invalid)("$name", ({ input, options, issues: expected }) => {
    const issues = expectIssues(input, expected, options);
    // parseClaimSet throws a ClaimSetError with the same issues.
    let thrown: unknown;
    try {
      parseClaimSet(input, options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ClaimSetError);
    expect((thrown as ClaimSetError).issues).toStrictEqual(issues);
    expect((thrown as ClaimSetError).message).toContain(issues[0]!.message);
    // Reading again gives the same issues.
    expect(issuesOf(input, options)).toStrictEqual(issues);
    expectDocumentOrder(issues);
  });

  it("never reports JSON.parse's own messages for any syntax error", () => {
    const texts = ['{"claims":[}', "{", "}", '{"a" 1}', '{"claims":[1 2]}', "[1,]", "tru", '"\\u12"', "01", "-", "1.", '{"claims":[]}}'];
    for (const text of texts) {
      const issues = issuesOf(text, { format: "json" });
      expectWellFormed(issues);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: "invalid-json", path: "", line: 1 });
      expect(issues[0]!.message).toMatch(/^not valid JSON at column \d+: /);
      expect(formatIssue(issues[0]!)).toMatch(/^line 1: /);
    }
  });
});

// ---------------------------------------------------------------- hostile input

describe("deep nesting", () => {
  const N = 200_000;
  const deepList = "[".repeat(N) + "]".repeat(N);
  const deepObject = '{"a":'.repeat(N) + "1" + "}".repeat(N);
  const C = '"id":"a","subject":"s","property":"p","source":"x"';
  const cases: Array<[string, unknown, string[]]> = [
    ["a note of nested lists (text)", `{"claims":[{${C},"value":1,"note":${deepList}}]}`, ["/claims/0/note"]],
    ["claims of nested lists (text)", `{"claims":${deepList}}`, ["/claims/0"]],
    ["a value of nested lists (text)", `{"claims":[{${C},"value":${deepList}}]}`, ["/claims/0/value"]],
    ["a value of nested objects (text)", `{"claims":[{${C},"value":${deepObject}}]}`, ["/claims/0/value/a"]],
    ["a scope of nested objects (text)", `{"claims":[{${C},"value":1,"scope":${deepObject}}]}`, ["/claims/0/scope/a"]],
    ["an unknown field of nested lists (text)", `{"claims":[{${C},"value":1,"extra":${deepList}}]}`, ["/claims/0/extra"]],
    ["a top level of nested lists (text)", deepList, [""]],
    ["an unclosed deep list (text)", `{"claims":${"[".repeat(N)}`, [""]],
    ["a deep NDJSON line", `{${C},"value":1}\n${"[".repeat(N)}`, ["/claims/1"]],
    ["a note of nested lists (parsed)", { claims: [{ ...claim(), note: nested(N) }] }, ["/claims/0/note"]],
    ["claims of nested lists (parsed)", { claims: nested(N) }, ["/claims/0"]],
    ["a quantity of nested objects (parsed)", { claims: [claim({ value: { amount: nested(N, "object") } })] }, ["/claims/0/value"]],
    ["labels of nested lists (parsed)", { entities: [{ id: "e", labels: nested(N) }], claims: [] }, ["/entities/0/labels/0"]],
  ];

  it.each(cases)("%s: rejected with a ClaimSetError only", (_name, input, paths) => {
    let thrown: unknown;
    try {
      parseClaimSet(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ClaimSetError);
    const issues = (thrown as ClaimSetError).issues;
    expectWellFormed(issues);
    expect(issues.map((issue) => issue.path).sort()).toEqual([...paths].sort());
    expect(() => safeParseClaimSet(input)).not.toThrow();
  });
});

describe("prototype pollution", () => {
  const payloads: Array<[string, string]> = [
    ["top level", '{"__proto__":{"polluted":"yes"},"claims":[]}'],
    ["a claim", '{"claims":[{"id":"a","subject":"s","property":"p","source":"x","value":1,"__proto__":{"polluted":"yes"}}]}'],
    ["a scope", '{"claims":[{"id":"a","subject":"s","property":"p","source":"x","value":1,"scope":{"__proto__":{"polluted":"yes"}}}]}'],
    ["a scope (text value)", '{"claims":[{"id":"a","subject":"s","property":"p","source":"x","value":1,"scope":{"__proto__":"polluted"}}]}'],
    ["a quantity object", '{"claims":[{"id":"a","subject":"s","property":"p","source":"x","value":{"amount":1,"__proto__":{"polluted":"yes"}}}]}'],
    ["a quantity object alone", '{"claims":[{"id":"a","subject":"s","property":"p","source":"x","value":{"__proto__":{"polluted":"yes"}}}]}'],
    ["a source", '{"sources":[{"id":"x","__proto__":{"polluted":"yes"}}],"claims":[]}'],
    ["an entity's labels", '{"entities":[{"id":"e","labels":["__proto__","constructor"]}],"claims":[]}'],
    ["a property", '{"properties":[{"id":"__proto__","__proto__":{"polluted":"yes"}}],"claims":[]}'],
    ["a constructor.prototype chain", '{"claims":[{"id":"a","subject":"s","property":"p","source":"x","value":1,"constructor":{"prototype":{"polluted":"yes"}}}]}'],
  ];
  const snapshot = () => Object.getOwnPropertyNames(Object.prototype).sort();

  it.each(payloads)("in %s: Object.prototype is untouched", (_name, text) => {
    const before = snapshot();
    for (const input of [text, JSON.parse(text) as unknown, bytes(text)]) {
      const result = safeParseClaimSet(input);
      if (!text.includes('"labels"')) expect(result.success).toBe(false);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("polluted");
      expect(snapshot()).toEqual(before);
    }
  });

  it("labels spelled like Object.prototype members are ordinary labels", () => {
    const result = safeParseClaimSet({
      entities: [{ id: "e", labels: ["__proto__", "constructor", "toString"] }],
      claims: [claim({ subject: "constructor", value: "toString", property: "name" })],
    });
    expect(result.success).toBe(true);
  });
});

// ---------------------------------------------------------------- warnings

describe("unknown-source warnings", () => {
  it("warns, not fails, for a source or attribution missing from sources", () => {
    const result = safeParseClaimSet({
      sources: [{ id: "infoplus" }],
      claims: [claim({ source: "infoplus", attribution: ["pentagon"] }), claim({ id: "c2", source: "shafaq" })],
    });
    if (!result.success) throw result.error;
    expect(result.warnings.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "unknown-source", path: "/claims/0/attribution/0" },
      { code: "unknown-source", path: "/claims/1/source" },
    ]);
    expect(result.warnings[0]!.message).toContain('"pentagon"');
    expect(result.warnings[1]!.message).toContain('"shafaq"');
  });

  it("resolves aliases through entity labels before warning", () => {
    const result = safeParseClaimSet({
      sources: [{ id: "pentagon" }],
      entities: [{ id: "pentagon", labels: ["البنتاغون", "US Department of Defense"] }],
      claims: [
        claim({ source: "البنتاغون" }),
        claim({ id: "c2", source: "Pentagon", attribution: ["us department of defense", "البنتاغون"] }),
      ],
    });
    if (!result.success) throw result.error;
    expect(result.warnings).toEqual([]);
  });

  it("resolves a source declared under a label", () => {
    const result = safeParseClaimSet({
      sources: [{ id: "البنتاغون" }],
      entities: [{ id: "pentagon", labels: ["البنتاغون"] }],
      claims: [claim({ source: "pentagon" })],
    });
    if (!result.success) throw result.error;
    expect(result.warnings).toEqual([]);
  });

  it("gives no warning when every source and attribution is declared (through labels too)", () => {
    const result = safeParseClaimSet(fullClaimSet);
    if (!result.success) throw result.error;
    expect(result.warnings).toEqual([]);
  });

  it("does not warn when there is no sources list", () => {
    const result = safeParseClaimSet({ claims: [claim({ source: "anyone", attribution: ["someone"] })] });
    if (!result.success) throw result.error;
    expect(result.warnings).toEqual([]);
  });

  it("gives NDJSON warnings no sources to compare with", () => {
    const result = safeParseClaimSet(`${line({ id: "a" })}\n${line({ id: "b" })}`);
    if (!result.success) throw result.error;
    expect(result.warnings).toEqual([]);
  });

  it("an unknown source alone does not fail parseClaimSet", () => {
    expect(() => parseClaimSet({ sources: [], claims: [claim()] })).not.toThrow();
    const result = safeParseClaimSet({ sources: [], claims: [claim()] });
    expect(result.success && result.warnings.map((w) => w.path)).toEqual(["/claims/0/source"]);
  });
});

// ---------------------------------------------------------------- order and determinism

describe("issue order", () => {
  it("lists issues in document order: sources, entities, properties, claims; /claims/2 before /claims/10", () => {
    const claims = Array.from({ length: 12 }, (_, i) => claim({ id: `c${i}`, value: i === 2 || i === 10 ? "lots" : 900 }));
    claims[11] = claim({ id: "c11", modality: "maybe" });
    const issues = issuesOf({
      claims,
      properties: [{ id: "troop-count", type: "quantity", tolerance: "P1D" }],
      entities: [{ id: "e", labels: ["x"] }, { id: "f", labels: ["X"] }],
      sources: [{ id: "infoplus", reliability: 2 }],
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      "/sources/0/reliability",
      "/entities/1/labels/0",
      "/properties/0/tolerance",
      "/claims/2/value",
      "/claims/10/value",
      "/claims/11/modality",
    ]);
  });

  it("orders NDJSON issues by line", () => {
    const text = Array.from({ length: 12 }, (_, i) => line({ id: `c${i}`, published: i % 5 === 0 ? "2025-13" : "2025" })).join("\n");
    const issues = issuesOf(text);
    expect(issues.map((issue) => [issue.path, issue.line])).toEqual([
      ["/claims/0/published", 1],
      ["/claims/5/published", 6],
      ["/claims/10/published", 11],
    ]);
  });

  it("gives identical issues for the same input twice", () => {
    const input = JSON.stringify({
      sources: [{ id: "x", reliability: 7 }, { id: "x" }],
      claims: [claim({ value: "2025-13" }), claim({ value: "zz", vaule: 1 }), claim({ id: "c3", scope: { a: "" } })],
    });
    const first = issuesOf(input);
    const second = issuesOf(input);
    expect(second).toStrictEqual(first);
    expect(issuesOf(JSON.parse(input))).toStrictEqual(first);
    expect(issuesOf(bytes(input))).toStrictEqual(first);
  });
});

// ---------------------------------------------------------------- generated documents

describe("generated documents", () => {
  it("a readable claim set comes back deep-equal to the input, from a value, text or bytes", () => {
    fc.assert(
      fc.property(readableDocument, (doc) => {
        const result = safeParseClaimSet(doc);
        if (!result.success) throw new Error(`rejected ${JSON.stringify(doc)}: ${result.error.issues.map(formatIssue).join("; ")}`);
        expectSameJson(result.data, doc);
        expectSameJson(parseClaimSet(JSON.stringify(doc), { format: "json" }), doc);
        expectSameJson(parseClaimSet(bytes(JSON.stringify(doc, null, 2))), doc);
      }),
      { numRuns: 300 },
    );
  });

  it("any JSON document: no exception, well-formed issues pointing into the document, in document order, deterministic", () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const input = typeof doc === "string" ? JSON.stringify(doc) : doc;
        const options: ParseOptions = { format: "json" };
        const snapshot = cloneJson(doc);
        const result = safeParseClaimSet(input, options);
        expectSameJson(doc, snapshot); // the input is left as it was
        const again = safeParseClaimSet(input, options);
        expect(again.success).toBe(result.success);
        if (result.success) {
          expectSameJson(result.data, doc);
          return;
        }
        const issues = result.error.issues;
        expect(again.success ? [] : again.error.issues).toStrictEqual(issues);
        expectWellFormed(issues);
        expectDocumentOrder(issues);
        for (const issue of issues) {
          // The pointer's parent exists (a missing field's own pointer may not).
          const parent = issue.path.slice(0, Math.max(0, issue.path.lastIndexOf("/")));
          expect(resolvePointer(doc, parent).found, `${issue.path} points outside the document`).toBe(true);
        }
      }),
      { numRuns: 700 },
    );
  });

  it("text and parsed forms of a document give the same result", () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const text = JSON.stringify(doc);
        // JSON.stringify writes Infinity as null and -0 as 0: compare only documents it writes faithfully.
        // A parsed string cannot be passed as such: strings are read as text.
        fc.pre(typeof doc !== "string" && typeof text === "string" && !hasUnwritableNumber(doc));
        const parsed = JSON.parse(text) as unknown;
        const fromText = safeParseClaimSet(text, { format: "json" });
        const fromValue = safeParseClaimSet(parsed);
        if (fromValue.success) {
          expect(fromText.success).toBe(true);
          if (fromText.success) expectSameJson(fromText.data, fromValue.data);
        } else {
          expect(fromText.success).toBe(false);
          if (!fromText.success) expect(fromText.error.issues).toStrictEqual(fromValue.error.issues);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a reserved scope name is always rejected, whatever else the claim says", () => {
    fc.assert(
      fc.property(readableDocument, fc.constantFrom("__proto__", "constructor", "prototype"), fc.nat(), (doc, name, at) => {
        const copy = cloneJson(doc);
        const claims = (copy as { claims: Json[] }).claims;
        fc.pre(claims.length > 0);
        const i = at % claims.length;
        const target = claims[i] as Record<string, Json>;
        target.scope = objectFrom([...Object.entries((target.scope ?? {}) as Record<string, Json>), [name, "x"]]);
        const issues = issuesOf(copy);
        expect(issues.some((issue) => issue.path === `/claims/${i}/scope/${name}`)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
