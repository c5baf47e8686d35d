/**
 * Arbitraries and assertions shared by the robustness suite.
 *
 * `validClaimSet` draws claim sets that `parseClaimSet` must accept: Arabic
 * and Latin labels written with the spelling variants the normaliser folds
 * (tatweel, tashkeel, alef forms, case, spacing, direction marks), hedged
 * quantities ("~900", ">=70", "(5..10]", "~١٬٤٠٠", quantity objects), dates of
 * every precision and intervals, scopes, attribution, planned and denied
 * claims. `mutatedClaimSet` then breaks random places of such a claim set with
 * arbitrary JSON, deletions, hostile keys and hostile strings.
 */
import fc from "fast-check";
import { afterAll, expect, vi } from "vitest";
import { ClaimSetError } from "../../src/index.js";
import type { ClaimSetIssue } from "../../src/index.js";

/** A value `JSON.parse` can return (numbers may be ±Infinity: JSON `1e400`). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Sets a key as an own data property, so "__proto__" stays a key, as with JSON.parse. */
export function setKey(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy that keeps key order and "__proto__" keys as own properties. Iterative, so any depth is fine. */
export function cloneJson<T>(value: T): T {
  const root: { v?: unknown } = {};
  const stack: Array<[unknown, object, string | number]> = [[value, root, "v"]];
  while (stack.length > 0) {
    const [source, parent, key] = stack.pop()!;
    let copy: unknown = source;
    if (Array.isArray(source)) {
      copy = new Array(source.length);
      for (let i = source.length - 1; i >= 0; i--) stack.push([source[i], copy as object, i]);
    } else if (typeof source === "object" && source !== null) {
      copy = {};
      // Pushed last to first, so keys are set in their original order.
      for (const k of Object.keys(source).reverse()) stack.push([(source as Record<string, unknown>)[k], copy as object, k]);
    }
    if (Array.isArray(parent)) parent[key as number] = copy;
    else setKey(parent, String(key), copy);
  }
  return root.v as T;
}

// ---------------------------------------------------------------- spellings

const TATWEEL = "\u0640";
const FATHA = "\u064e";
const SHADDA = "\u0651";
const LRM = "\u200e";
const RLM = "\u200f";

/** Rewrites a label into a spelling `normalizeLabel` folds back: case, spacing, tatweel, tashkeel, alef forms, marks. */
export const spelling = (label: string): fc.Arbitrary<string> =>
  fc
    .record({
      upper: fc.boolean(),
      pad: fc.constantFrom("", " ", "  ", "\u00a0", "\t"),
      double: fc.boolean(),
      tatweel: fc.boolean(),
      tashkeel: fc.boolean(),
      hamza: fc.boolean(),
      marks: fc.boolean(),
    })
    .map(({ upper, pad, double, tatweel, tashkeel, hamza, marks }) => {
      let s = upper ? label.toUpperCase() : label;
      if (double) s = s.replace(/ /g, "  ");
      if (tatweel) s = s.replace(/([\u0628-\u064a])([\u0628-\u064a])/, `$1${TATWEEL}$2`);
      if (tashkeel) s = s.replace(/([\u0628-\u064a])/, `$1${FATHA}`).replace(/([\u0628-\u064a])$/, `$1${SHADDA}`);
      if (hamza) s = s.replace(/\u0627/, "\u0623");
      if (marks) s = `${RLM}${s}${LRM}`;
      return `${pad}${s}${pad}`;
    });

/** Entities whose labels never collide after normalisation (so a claim set using them is valid). */
export const ENTITIES = [
  { id: "syria", labels: ["Syria", "سوريا", "سورية"], kind: "place" },
  { id: "iraq", labels: ["Iraq", "العراق"], kind: "place" },
  { id: "us-forces", labels: ["US forces", "القوات الأمريكية", "القوات الأميركية"], kind: "force" },
  { id: "victory-base", labels: ["Victory", "النصر", "فكتوريا"], kind: "base" },
  { id: "ain-al-asad", labels: ["Ain al-Asad", "عين الأسد", "قاعدة عين الأسد", "Aïn al-Assad"], kind: "base" },
  { id: "coalition", labels: ["international coalition", "التحالف الدولي"], kind: "force" },
] as const;

export const SOURCES = [
  { id: "infoplus", name: "Infoplus (إنفوبلاس)", kind: "outlet" },
  { id: "pentagon", name: "US Department of Defense", kind: "official" },
  { id: "wsj", name: "The Wall Street Journal", kind: "outlet" },
  { id: "alsumaria", name: "السومرية نيوز", kind: "outlet" },
  { id: "shafaq", name: "شفق نيوز", kind: "outlet" },
] as const;

const ENTITY_LABELS = ENTITIES.flatMap((entity) => [entity.id, ...entity.labels]);
const FREE_LABELS = ["the Pentagon", "بغداد", "Erbil", "أربيل", "Kyiv", "Київ", "Deir ez-Zor", "دير الزور"];

/** A subject, scope value or text value: an entity label spelled some way, or a name of its own. */
export const anyLabel: fc.Arbitrary<string> = fc
  .constantFrom(...ENTITY_LABELS, ...FREE_LABELS)
  .chain((label) => fc.oneof({ weight: 2, arbitrary: fc.constant(label) }, { weight: 1, arbitrary: spelling(label) }));

const sourceRef = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SOURCES.map((source) => source.id)) },
  { weight: 1, arbitrary: fc.constantFrom("reuters", "وكالة الأنباء") }, // unlisted: a warning, never an error
);

// ---------------------------------------------------------------- values

const ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩";
const arabicDigits = (s: string) => s.replace(/[0-9]/g, (d) => ARABIC_DIGITS[Number(d)]!).replace(/,/g, "٬").replace(/\./g, "٫");

const amount = fc.integer({ min: 0, max: 250_000 });
const pair = fc.tuple(amount, amount).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);
const strictPair = pair.filter(([a, b]) => a < b);

/** A quantity written any way the grammar allows, always readable. */
export const quantityValue: fc.Arbitrary<Json> = fc.oneof(
  amount,
  // Four digits alone ("1400") read as a year when the property is undeclared: written as a number then.
  amount.map((n) => (n >= 1000 && n <= 9999 ? n : String(n))),
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString("en-US")),
  fc.tuple(fc.constantFrom("~", "≈"), amount).map(([sign, n]) => `${sign}${n}`),
  fc.tuple(fc.constantFrom(">=", "≥", ">", "<=", "≤", "<"), amount).map(([sign, n]) => `${sign}${n}`),
  pair.map(([a, b]) => `${a}..${b}`),
  fc.tuple(fc.constantFrom("(", "["), strictPair, fc.constantFrom(")", "]")).map(([o, [a, b], c]) => `${o}${a}..${b}${c}`),
  fc.integer({ min: 0, max: 9_999_999 }).map((n) => `~${arabicDigits(n.toLocaleString("en-US"))}`),
  fc.constantFrom("2.5", "-3", "1e6", " ~900 ", "−5"),
  fc.record({ amount, approx: fc.boolean(), unit: fc.constantFrom("troops", "جندي") }, { requiredKeys: ["amount"] }),
  amount.map((min) => ({ min })),
  amount.map((max) => ({ max, maxExclusive: true })),
  pair.map(([min, max]) => ({ min, max, unit: "troops" })),
);

const year = fc.integer({ min: 2019, max: 2030 });
const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, "0"));
const day = fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, "0"));

/** One calendar date of any precision, always real. */
export const datePart: fc.Arbitrary<string> = fc.oneof(
  year.map(String),
  fc.tuple(year, month).map(([y, m]) => `${y}-${m}`),
  fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
);

/** A date value: a date, `~` dates, intervals that end after they start, open intervals. */
export const dateValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: datePart },
  { weight: 1, arbitrary: datePart.map((d) => `${d}~`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 2019, max: 2025 }), month, fc.integer({ min: 1, max: 4 }))
      .map(([y, m, later]) => `${y}-${m}/${y + later}`),
  },
  { weight: 1, arbitrary: datePart.map((d) => `../${d}`) },
  { weight: 1, arbitrary: datePart.map((d) => `${d}/..`) },
);

/** A day or month: a claim's `published` or `asOf`. */
const when = fc.oneof(
  fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.tuple(year, month).map(([y, m]) => `${y}-${m}`),
);

const duration = fc.constantFrom("P15D", "P2W", "P1M", "P1Y", "P30D", "P1Y2M3W4D");

// ---------------------------------------------------------------- properties and claims

type ValueType = "quantity" | "date" | "boolean" | "text";

/** Property definitions by type, with settings that fit the type. */
const propertyFor = (id: string, type: ValueType): fc.Arbitrary<JsonObject> => {
  const common = {
    type: fc.constant(type),
    window: duration,
    cardinality: fc.constantFrom("one", "many"),
    unit: fc.constantFrom("troops", "جندي", "km"),
    description: fc.constantFrom("Troops stationed", "موعد الانسحاب", "a property"),
  };
  switch (type) {
    case "quantity":
      return fc.record(
        {
          id: fc.constant(id),
          ...common,
          temporal: fc.constantFrom("static", "state", "cumulative"),
          tolerance: fc.double({ min: 0, max: 0.5, noNaN: true }),
          approx: fc.double({ min: 0, max: 0.5, noNaN: true }),
        },
        { requiredKeys: ["id", "type"] },
      ) as fc.Arbitrary<JsonObject>;
    case "date":
      return fc.record(
        { id: fc.constant(id), ...common, temporal: fc.constantFrom("static", "state"), tolerance: duration },
        { requiredKeys: ["id", "type"] },
      ) as fc.Arbitrary<JsonObject>;
    default:
      return fc.record({ id: fc.constant(id), ...common, temporal: fc.constantFrom("static", "state") }, { requiredKeys: ["id", "type"] }) as fc.Arbitrary<JsonObject>;
  }
};

const valueOf = (type: ValueType): fc.Arbitrary<Json> =>
  type === "quantity" ? quantityValue : type === "date" ? dateValue : type === "boolean" ? fc.boolean() : anyLabel;

const PROPERTIES: ReadonlyArray<[string, ValueType]> = [
  ["troop-count", "quantity"],
  ["end-date", "date"],
  ["withdrawn", "boolean"],
  ["commander", "text"],
  ["attacks", "quantity"],
];

const quoteText = fc.oneof(
  fc.constantFrom("إلى جانب نحو 900 عنصر في سوريا", "about 1,400 troops remain", "«ينتهي في أيلول/سبتمبر 2025»", ""),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);

/** A claim about a property of the given type; `id` is made unique by the caller. */
const claimFor = (property: string, type: ValueType): fc.Arbitrary<JsonObject> =>
  fc.record(
    {
      subject: anyLabel,
      property: fc.constant(property),
      scope: fc.dictionary(fc.constantFrom("location", "unit", "base", "المنطقة"), anyLabel, { maxKeys: 2 }),
      value: valueOf(type),
      source: sourceRef,
      published: when,
      asOf: when,
      document: fc.constantFrom("infoplus-2025-04-20", "pentagon-briefing", "مقال"),
      attribution: fc.array(sourceRef, { maxLength: 2 }),
      modality: fc.constantFrom("asserted", "planned", "denied"),
      quote: quoteText,
      url: fc.constantFrom("https://example.org/a", "https://www.infoplus.iq/news/12?x=1", "http://أخبار.example/م"),
      note: fc.string({ maxLength: 10 }),
    },
    { requiredKeys: ["subject", "property", "value", "source"] },
  ) as fc.Arbitrary<JsonObject>;

/** A claim set `parseClaimSet` must accept. */
export const validClaimSet: fc.Arbitrary<JsonObject> = fc
  .record({
    withSchema: fc.boolean(),
    sources: fc.subarray([...SOURCES], { minLength: 0 }),
    entities: fc.subarray([...ENTITIES], { minLength: 0 }),
    declared: fc.subarray([...PROPERTIES], { minLength: 0 }),
    properties: fc.tuple(...PROPERTIES.map(([id, type]) => propertyFor(id, type))),
    claims: fc.array(
      fc.integer({ min: 0, max: PROPERTIES.length - 1 }).chain((k) => claimFor(PROPERTIES[k]![0], PROPERTIES[k]![1])),
      { minLength: 1, maxLength: 8 },
    ),
    arabicIds: fc.boolean(),
  })
  .map(({ withSchema, sources, entities, declared, properties, claims, arabicIds }) => {
    const doc: JsonObject = {};
    if (withSchema) doc.$schema = "https://unpkg.com/corroborate/schemas/claim-set.schema.json";
    if (sources.length > 0) doc.sources = sources.map((source) => ({ ...source }));
    if (entities.length > 0) doc.entities = entities.map((entity) => ({ ...entity, labels: [...entity.labels] }));
    // Undeclared properties take their type from their first value; every value of one property has that type here.
    const declaredIds = new Set(declared.map(([id]) => id));
    const definitions = properties.filter((definition) => declaredIds.has(definition.id as string));
    if (definitions.length > 0) doc.properties = definitions;
    doc.claims = claims.map((claim, i) => ({ id: arabicIds ? `ادعاء-${i}` : `claim-${i}`, ...claim }));
    return cloneJson(doc);
  });

// ---------------------------------------------------------------- mutations

/** Keys that reach prototypes when assigned carelessly. */
export const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"];

/** Strings that have broken parsers before. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u200b",
    "\ufeff",
    "\u0000",
    "\ud800",
    "\udfff",
    "__proto__",
    "constructor",
    "{{message}}",
    "$&$`$'",
    "../..",
    "/",
    "~",
    "~2",
    "1e400",
    "-0",
    "NaN",
    "Infinity",
    "2025-02-30",
    "2025-13",
    "0000-01-01/9999-12-31",
    "P99999999999999999999D",
    "(5..5)",
    "2500..2000",
    "١٬٤٠",
    "<script>alert(1)</script>",
    "line\nbreak\r\n",
    "ـــ",
    "\u0640".repeat(50),
  ),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
);

/** Arbitrary JSON, hostile strings included. */
export const hostileJson: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom<Json>(Infinity, -Infinity, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, 5e-324, [], {}, null) },
);

/** Every place in a document: the path to each value, the root included. */
export function paths(doc: unknown): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [];
  const stack: Array<[unknown, Array<string | number>]> = [[doc, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    out.push(path);
    if (Array.isArray(node)) node.forEach((item, i) => stack.push([item, [...path, i]]));
    else if (typeof node === "object" && node !== null) for (const key of Object.keys(node)) stack.push([(node as JsonObject)[key], [...path, key]]);
  }
  return out;
}

export interface Mutation {
  at: number;
  kind: "replace" | "delete" | "add-key" | "wrap" | "duplicate";
  key: string;
  value: Json;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("replace", "replace", "replace", "delete", "add-key", "wrap", "duplicate"),
  key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS, "id", "value", "claims", "labels", "publshed", "scope"), fc.string({ maxLength: 6 })),
  value: hostileJson,
});

/** Applies mutations to a copy of `doc`, each at a place chosen among the document's places at that time. */
export function mutate(doc: Json, mutations: readonly Mutation[]): Json {
  let root: Json = cloneJson(doc);
  for (const m of mutations) {
    const all = paths(root);
    const path = all[m.at % all.length]!;
    if (path.length === 0) {
      if (m.kind === "replace") root = cloneJson(m.value);
      else if (m.kind === "wrap") root = [root];
      continue;
    }
    let parent: Json = root;
    for (const segment of path.slice(0, -1)) parent = (parent as JsonObject)[segment as string]!;
    const last = path[path.length - 1]!;
    const container = parent as JsonObject & Json[];
    const current = container[last as string]!;
    switch (m.kind) {
      case "replace":
        setOrAssign(container, last, cloneJson(m.value));
        break;
      case "delete":
        if (Array.isArray(container)) container.splice(last as number, 1);
        else delete container[last as string];
        break;
      case "add-key":
        if (typeof current === "object" && current !== null && !Array.isArray(current)) setKey(current, m.key, cloneJson(m.value));
        else setOrAssign(container, last, cloneJson(m.value));
        break;
      case "wrap":
        setOrAssign(container, last, [current]);
        break;
      case "duplicate":
        if (Array.isArray(container)) container.push(cloneJson(current));
        else setKey(container, m.key, cloneJson(current));
        break;
    }
  }
  return root;
}

function setOrAssign(container: Json[] | JsonObject, key: string | number, value: Json): void {
  if (Array.isArray(container)) container[key as number] = value;
  else setKey(container, String(key), value);
}

/** A valid claim set with a few places broken. */
export const mutatedClaimSet: fc.Arbitrary<Json> = fc
  .tuple(validClaimSet, fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([doc, mutations]) => mutate(doc, mutations));

/** Text of a claim set: JSON (compact or pretty), or NDJSON (one claim a line, blank lines, CRLF). */
export const asText = (doc: Json): fc.Arbitrary<string> =>
  fc.constantFrom("compact", "pretty", "ndjson", "crlf").map((form) => {
    const claims = typeof doc === "object" && doc !== null && !Array.isArray(doc) ? doc.claims : undefined;
    if ((form === "ndjson" || form === "crlf") && Array.isArray(claims)) {
      return claims.map((claim) => JSON.stringify(claim)).join(form === "crlf" ? "\r\n\r\n" : "\n");
    }
    return form === "pretty" ? JSON.stringify(doc, null, 2) : JSON.stringify(doc);
  });

/** Claim-set text with some characters damaged: cut, a byte flipped, junk inserted. */
export const damagedText = (text: string): fc.Arbitrary<string> =>
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("cut", "insert", "delete", "swap"), fc.string({ unit: "binary", minLength: 1, maxLength: 3 })).map(
    ([a, b, kind, junk]) => {
      const i = text.length === 0 ? 0 : a % text.length;
      const j = text.length === 0 ? 0 : b % text.length;
      switch (kind) {
        case "cut":
          return text.slice(0, i);
        case "insert":
          return text.slice(0, i) + junk + text.slice(i);
        case "delete":
          return text.slice(0, Math.min(i, j)) + text.slice(Math.max(i, j));
        case "swap":
          return text.slice(0, i) + junk + text.slice(i + junk.length);
      }
    },
  );

/** Every input form a claim set can take: anything at all, JSON, text, bytes, mutated claim sets. */
export const hostileInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withObjectString: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  fc.jsonValue(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.uint8Array(),
  mutatedClaimSet,
  mutatedClaimSet.chain(asText),
  mutatedClaimSet.chain(asText).map((text) => new TextEncoder().encode(text)),
  validClaimSet.chain(asText).chain(damagedText),
  validClaimSet.chain(asText).map((text) => Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text), 0xff])),
);

// ---------------------------------------------------------------- assertions

/**
 * An RFC 6901 JSON pointer: "" or "/"-separated segments where "~" is always
 * "~0" or "~1". No /u flag: keys from binary strings may hold lone surrogates.
 */
export const POINTER = /^(?:\/(?:[^~/]|~[01])*)*$/;

/** Stack frames and V8's JSON.parse wording, which must never reach a user. */
const LEAKS: Array<[RegExp, string]> = [
  [/\n\s+at /, "a stack frame"],
  [/Unexpected token/, "V8's JSON.parse wording"],
  [/in JSON at position/, "V8's JSON.parse wording"],
  [/\[object Object\]/, "an object printed as [object Object]"],
];

/** Checks one issue: stable code, valid pointer, one readable sentence. */
export function expectGoodIssue(issue: ClaimSetIssue): void {
  expect(typeof issue.code, "issue.code").toBe("string");
  expect(issue.code.length, "issue.code").toBeGreaterThan(0);
  expect(typeof issue.path, "issue.path").toBe("string");
  expect(POINTER.test(issue.path), `issue.path ${JSON.stringify(issue.path)} is not an RFC 6901 pointer`).toBe(true);
  expect(typeof issue.message, "issue.message").toBe("string");
  expect(issue.message.trim().length, `empty message for ${issue.path}`).toBeGreaterThan(0);
  for (const [leak, what] of LEAKS) {
    expect(leak.test(issue.message), `${what} in ${JSON.stringify(issue.message)}`).toBe(false);
  }
  if (issue.line !== undefined) {
    expect(Number.isInteger(issue.line) && issue.line >= 1, `line ${issue.line}`).toBe(true);
  }
}

/** Checks a `ClaimSetError`: a real one, with at least one good issue, and a message with no leaks. */
export function expectGoodClaimSetError(error: unknown): asserts error is ClaimSetError {
  if (!(error instanceof ClaimSetError)) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    expect.fail(`expected a ClaimSetError, got ${what}`);
  }
  expect(error.name).toBe("ClaimSetError");
  expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues) expectGoodIssue(issue);
  for (const [leak, what] of LEAKS) expect(leak.test(error.message), `${what} in ${JSON.stringify(error.message)}`).toBe(false);
}

/**
 * Runs `f`; it may return, or throw a good `ClaimSetError` (or, with
 * `typeErrors`, a `TypeError`: a programmer error in options). Anything else
 * fails with the error's name and message.
 */
export function onlyClaimSetError<T>(f: () => T, { typeErrors = false } = {}): T | ClaimSetError | TypeError {
  try {
    return f();
  } catch (error) {
    if (typeErrors && error instanceof TypeError && !(error instanceof ClaimSetError)) return error;
    expectGoodClaimSetError(error);
    return error;
  }
}

// ---------------------------------------------------------------- prototypes

const GUARDED = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
] as const;

export interface PrototypeSnapshot {
  /** `Object.getOwnPropertyNames` of each guarded prototype. */
  names: string[][];
  /** Every own member (symbols too) with its descriptor, to see a replaced method. */
  members: Array<Map<PropertyKey, PropertyDescriptor>>;
}

/** The shared prototypes as they are now. */
export function prototypeSnapshot(): PrototypeSnapshot {
  return {
    names: GUARDED.map(([, prototype]) => Object.getOwnPropertyNames(prototype)),
    members: GUARDED.map(
      ([, prototype]) => new Map(Reflect.ownKeys(prototype).map((key) => [key, Object.getOwnPropertyDescriptor(prototype, key)!])),
    ),
  };
}

/** Asserts no shared prototype changed since `before` (no member added, removed or replaced) and nothing reads as polluted. */
export function expectPrototypesIntact(before: PrototypeSnapshot): void {
  const now = prototypeSnapshot();
  GUARDED.forEach(([name], i) => {
    expect(now.names[i], `${name}: own property names`).toEqual(before.names[i]);
    for (const [key, was] of before.members[i]!) {
      const is = now.members[i]!.get(key);
      const same = is !== undefined && is.value === was.value && is.get === was.get && is.set === was.set && is.writable === was.writable && is.enumerable === was.enumerable;
      expect(same, `${name}[${String(key)}] was changed`).toBe(true);
    }
    expect(now.members[i]!.size, `${name}: members`).toBe(before.members[i]!.size);
  });
  const probe: Record<string, unknown> = {};
  for (const key of ["polluted", "isAdmin", "x", "claims", "id", "value", "sources"]) {
    expect(probe[key], `({}).${key}`).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>)[key], `[].${key}`).toBeUndefined();
    expect((function () {} as unknown as Record<string, unknown>)[key], `(function(){}).${key}`).toBeUndefined();
  }
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(Object.prototype.toString.call([])).toBe("[object Array]");
}

/** Whether a string holds a lone surrogate (such a string cannot be URI-encoded). */
export const hasLoneSurrogate = (s: string) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

/** How much harder to fuzz: CORROBORATE_FUZZ=10 for a long local run (numbers of runs and timeouts grow with it). */
export const FUZZ = Math.max(0.1, Number(process.env.CORROBORATE_FUZZ ?? 1) || 1);
/** A number of runs, scaled by CORROBORATE_FUZZ. */
export const scale = (runs: number) => Math.max(1, Math.round(runs * FUZZ));
/**
 * The test timeout for fuzzing files, scaled by CORROBORATE_FUZZ: two minutes, four
 * times the config's 30 s, since a fuzzing test that takes 15 s on its own takes
 * more on a machine busy with other work (a guard against hanging, not a measure).
 */
export const FUZZ_TIMEOUT = Math.max(120_000, Math.round(120_000 * FUZZ));

/**
 * Sets up a fuzzing test file: the fuzzing timeout for every test, and a
 * check after all of them that no shared prototype was changed.
 */
export function fuzzFile(): void {
  vi.setConfig({ testTimeout: FUZZ_TIMEOUT });
  const prototypes = prototypeSnapshot();
  afterAll(() => expectPrototypesIntact(prototypes));
}
