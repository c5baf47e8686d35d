/**
 * fast-check arbitraries for claim-set documents: mostly valid ones built from
 * the grammar of DESIGN §1–2, and mutated ones (missing fields, wrong types,
 * unknown keys, reserved names, out-of-range numbers, bad enums and dates,
 * deep garbage, arbitrary JSON anywhere).
 *
 * Every document is a value `JSON.parse` could return: plain objects, arrays,
 * strings, booleans, null and numbers, where a number may be ±Infinity
 * (JSON `1e400` reads as Infinity). Keys such as "__proto__" are own
 * properties, as `JSON.parse` makes them.
 */
import fc from "fast-check";

/** A value `JSON.parse` can return. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Sets a key as an own data property, so "__proto__" is a key like any other (as with JSON.parse). */
export function setKey(target: JsonObject, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Builds an object from entries with own properties only (a "__proto__" entry stays a key). */
export function objectFrom(entries: ReadonlyArray<readonly [string, Json]>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of entries) setKey(out, key, value);
  return out;
}

/** A deep copy that keeps "__proto__" keys as own properties. */
export function cloneJson<T extends Json>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => cloneJson(item)) as T;
  if (typeof value === "object" && value !== null) {
    return objectFrom(Object.keys(value).map((key) => [key, cloneJson(value[key]!)] as const)) as T;
  }
  return value;
}

/** `depth` nested arrays (or objects under key "a") around `inner`, built without recursion. */
export function nested(depth: number, kind: "array" | "object" = "array", inner: Json = []): Json {
  let value = inner;
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : objectFrom([["a", value]]);
  return value;
}

// ---------------------------------------------------------------- strings

/** Strings that are empty or only whitespace for `\S` (plus U+200B, which is not whitespace). */
export const blankString = fc.constantFrom("", " ", "\t", "\n", "  \r\n", "\u00a0", "\u2028", "\ufeff", "\u3000", "\u200b");

const labelPool = fc.constantFrom(
  "a",
  "b",
  "x",
  "us-forces",
  "pentagon",
  "Pentagon",
  "البنتاغون",
  "Victory",
  "النصر",
  "قاعدة النصر",
  "ain-al-asad",
  "troop-count",
  "withdrawal-date",
  "Kyiv",
  "Київ",
  "toString",
  "constructor",
);

/** Non-blank labels and ids, usually from a small pool so that ids repeat and refer to each other. */
export const label = fc.oneof(
  { weight: 6, arbitrary: labelPool },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => /\S/.test(s)) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }).filter((s) => /\S/.test(s)) },
);

/** Any text, blank or not, ASCII or not (including lone surrogates). */
export const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: blankString },
  { weight: 1, arbitrary: labelPool },
);

// ---------------------------------------------------------------- values

const number = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -2000, max: 1_000_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);
const small = fc.integer({ min: 0, max: 5000 });

/** Quantities written as strings: `"1,400"`, `"~1400"`, `">=70"`, `"<1000"`, `"2000..2500"`, reversed ranges too. */
export const quantityString = fc.oneof(
  number.map(String),
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString("en-US")),
  small.map((n) => `~${n}`),
  small.map((n) => `>=${n}`),
  small.map((n) => `>${n}`),
  small.map((n) => `<=${n}`),
  small.map((n) => `<${n}`),
  fc.tuple(small, small).map(([a, b]) => `${a}..${b}`),
  fc.tuple(fc.constantFrom("(", "["), small, small, fc.constantFrom(")", "]")).map(([o, a, b, c]) => `${o}${a}..${b}${c}`),
  small.map((n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)))),
  fc.constantFrom("1e400", "~1e400", "about nine hundred", "9OO", "1,40", "..", ">", "~"),
);

/** Quantities written as objects, usually with a sensible combination of fields. */
export const quantityObject: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ amount: number, approx: fc.boolean(), unit: fc.constantFrom("troops", "km", " ") }, { requiredKeys: ["amount"] }),
  fc.record(
    { min: number, max: number, minExclusive: fc.boolean(), maxExclusive: fc.boolean(), unit: fc.constantFrom("troops", "") },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      amount: fc.oneof(number, fc.constant("900")),
      approx: fc.oneof(fc.boolean(), fc.constant("yes")),
      min: number,
      max: number,
      minExclusive: fc.boolean(),
      maxExclusive: fc.boolean(),
      unit: anyText,
    },
    { requiredKeys: [] },
  ),
) as fc.Arbitrary<Json>;

const two = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, "0"));

/**
 * One date in the shape of the grammar: `2026`, `2025-09`, `2025-04-20`, `2026-Q4`, `2026-H2`, with `~`.
 * The shape allows impossible dates (2025-02-30, 2025-13, 2025-Q5), so these come up too.
 */
const datePart = fc
  .tuple(
    fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1990, max: 2035 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }) }),
    fc.oneof(
      fc.constant(""),
      two(0, 13).map((m) => `-${m}`),
      fc.tuple(two(1, 12), two(0, 32)).map(([m, d]) => `-${m}-${d}`),
      fc.tuple(fc.constantFrom("Q", "q", "H", "h"), fc.integer({ min: 0, max: 9 })).map(([k, n]) => `-${k}${n}`),
    ),
    fc.oneof({ weight: 4, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constant("~") }),
  )
  .map(([year, rest, approx]) => `${String(year).padStart(4, "0")}${rest}${approx}`);

/** Date strings in the shape of the grammar: single dates, intervals `a/b`, open `../b`, `a/..` and `../..`. */
export const dateString = fc.oneof(
  { weight: 5, arbitrary: datePart },
  { weight: 2, arbitrary: fc.tuple(datePart, datePart).map(([a, b]) => `${a}/${b}`) },
  { weight: 1, arbitrary: datePart.map((b) => `../${b}`) },
  { weight: 1, arbitrary: datePart.map((a) => `${a}/..`) },
  { weight: 1, arbitrary: fc.constant("../..") },
);

/** Strings that look like dates but do not have the grammar's shape. */
export const badDateString = fc.constantFrom(
  "2025-9",
  "25-09",
  "2025-09-",
  "2025/2026/2027",
  "2025-W12",
  "2025 ",
  " 2025",
  "2025-09\n",
  "20250",
  "2025-Q12",
  "2025~~",
  "~2025",
  "2025..2026",
  "",
);

/** ISO 8601 durations for `tolerance` and `window` (a bare "P" has no part and is rejected). */
export const durationString = fc.constantFrom("P15D", "P2W", "P1M", "P1Y", "P30D", "P1Y2M3W4D", "P0D");
/** Durations the shape rejects. */
export const badDurationString = fc.constantFrom("15 days", "PT1H", "p15d", "P1.5D", "P-1D", "", "P1D ");

/** A claim's value in any of the forms of the grammar (any number, string, boolean or quantity object fits the shape). */
export const claimValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: quantityString },
  { weight: 2, arbitrary: quantityObject },
  { weight: 3, arbitrary: dateString },
  { weight: 1, arbitrary: badDateString },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: label },
  { weight: 1, arbitrary: anyText },
);

export const VALUE_TYPES = ["quantity", "date", "boolean", "text"] as const;
export const TEMPORALS = ["static", "state", "cumulative"] as const;
export const CARDINALITIES = ["one", "many"] as const;
export const MODALITIES = ["asserted", "planned", "denied"] as const;

// ---------------------------------------------------------------- sections

/**
 * The sections of a claim set. With `noisy`, each field now and then takes a
 * near miss (blank id, reliability out of range, reserved scope name, date or
 * duration of the wrong shape…), so a document has a fair chance of exactly
 * one small problem.
 */
function sections(noisy: boolean) {
  const rare = 40;
  const maybe = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>): fc.Arbitrary<T | U> =>
    noisy ? fc.oneof({ weight: rare, arbitrary: good }, { weight: 1, arbitrary: bad }) : good;

  const id = maybe(label, blankString);
  const reliability = maybe(
    fc.oneof({ weight: 8, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }, { weight: 1, arbitrary: fc.constantFrom(0, 1, -0) }),
    fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(-0.001, 1.001, Infinity)),
  );
  const nonNegative = maybe(
    fc.oneof({ weight: 6, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }, { weight: 1, arbitrary: fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }) }),
    fc.double({ noNaN: true }),
  );
  const url = fc.oneof(fc.webUrl(), anyText);
  const date = maybe(dateString, badDateString);
  const duration = maybe(durationString, badDurationString);
  const scopeName = maybe(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("location", "unit", "toString", "hasOwnProperty", "valueOf", "a/b", "~x", "__proto__ ") },
      { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => /\S/.test(s) && !["constructor", "prototype", "__proto__"].includes(s)) },
    ),
    fc.constantFrom("__proto__", "constructor", "prototype", "", " "),
  );
  // A scope's keys are own properties even when one is "__proto__".
  const scope = fc.array(fc.tuple(scopeName, id), { maxLength: 3 }).map((entries) => objectFrom(entries));

  const source = fc.record(
    { id, name: anyText, kind: fc.constantFrom("outlet", "official", "agency", "person"), url, reliability },
    { requiredKeys: ["id"] },
  );
  const entity = fc.record(
    { id, labels: fc.array(id, { maxLength: 4 }), kind: fc.constantFrom("place", "base", "force"), note: anyText },
    { requiredKeys: ["id"] },
  );
  const property = fc.record(
    {
      id,
      type: maybe(fc.constantFrom(...VALUE_TYPES), fc.constantFrom("number", "string", "Quantity", "")),
      temporal: maybe(fc.constantFrom(...TEMPORALS), fc.constantFrom("dynamic", "State")),
      tolerance: fc.oneof(nonNegative, duration),
      approx: nonNegative,
      window: duration,
      cardinality: maybe(fc.constantFrom(...CARDINALITIES), fc.constantFrom("several", "1")),
      unit: anyText,
      description: anyText,
    },
    { requiredKeys: ["id"] },
  );
  const claim = fc.record(
    {
      id,
      subject: id,
      property: fc.oneof(fc.constantFrom("troop-count", "withdrawal-date", "p", "q"), id),
      scope,
      value: claimValue,
      source: id,
      published: date,
      asOf: date,
      document: anyText,
      attribution: fc.array(id, { maxLength: 3 }),
      modality: maybe(fc.constantFrom(...MODALITIES), fc.constantFrom("maybe", "Asserted", "")),
      quote: anyText,
      url,
      note: anyText,
    },
    { requiredKeys: ["id", "subject", "property", "value", "source"] },
  );
  return fc
    .record(
      {
        $schema: fc.oneof(fc.constant("https://unpkg.com/corroborate/schemas/claim-set.schema.json"), anyText),
        sources: fc.array(source, { maxLength: 4 }),
        entities: fc.array(entity, { maxLength: 4 }),
        properties: fc.array(property, { maxLength: 3 }),
        claims: fc.array(claim, { maxLength: 6 }),
      },
      { requiredKeys: ["claims"] },
    )
    .map((doc) => cloneJson(doc as Json));
}

/** A claim set whose every field has the right shape (values may still be unreadable, ids repeat…). */
export const wellShapedDocument: fc.Arbitrary<Json> = sections(false);

/** A claim set drawn from the grammar where a field now and then takes a near miss. */
export const claimSetDocument: fc.Arbitrary<Json> = fc.oneof(
  { weight: 1, arbitrary: wellShapedDocument },
  { weight: 1, arbitrary: sections(true) },
);

// ---------------------------------------------------------------- readable documents

/** Real calendar dates in every form of the grammar, intervals in order. */
export const realDate: fc.Arbitrary<string> = (() => {
  const year = fc.integer({ min: 1990, max: 2035 });
  const single = fc
    .tuple(
      year,
      fc.oneof(
        fc.constant(""),
        two(1, 12).map((m) => `-${m}`),
        fc.tuple(two(1, 12), two(1, 28)).map(([m, d]) => `-${m}-${d}`),
        fc.integer({ min: 1, max: 4 }).map((q) => `-Q${q}`),
        fc.integer({ min: 1, max: 2 }).map((h) => `-H${h}`),
      ),
      fc.oneof({ weight: 4, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constant("~") }),
    )
    .map(([y, rest, approx]) => ({ year: y, text: `${y}${rest}${approx}` }));
  return fc.oneof(
    { weight: 4, arbitrary: single.map((d) => d.text) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(single, single)
        .filter(([a, b]) => a.year < b.year)
        .map(([a, b]) => `${a.text}/${b.text}`),
    },
    { weight: 1, arbitrary: single.map((d) => `../${d.text}`) },
    { weight: 1, arbitrary: single.map((d) => `${d.text}/..`) },
  );
})();

const amount = fc.oneof(fc.integer({ min: -1000, max: 1_000_000 }), fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100));
const count = fc.integer({ min: 0, max: 100_000 });

/** Quantities in every form of the grammar, none of them date-shaped (a bare "2026" reads as a date). */
export const realQuantity: fc.Arbitrary<Json> = fc.oneof(
  amount,
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString("en-US")),
  count.map((n) => `~${n}`),
  count.map((n) => `>=${n}`),
  count.map((n) => `>${n}`),
  count.map((n) => `<=${n}`),
  count.map((n) => `<${n}`),
  fc.tuple(count, count).map(([a, b]) => `${Math.min(a, b)}..${Math.max(a, b)}`),
  fc.record({ amount, approx: fc.boolean(), unit: fc.constantFrom("troops", "km") }, { requiredKeys: ["amount"] }),
  fc.record({ min: count, minExclusive: fc.boolean() }, { requiredKeys: ["min"] }),
  fc.record({ max: count, maxExclusive: fc.boolean() }, { requiredKeys: ["max"] }),
  fc.tuple(count, count).map(([a, b]): Json => ({ min: Math.min(a, b), max: Math.max(a, b) })),
) as fc.Arbitrary<Json>;

/** Text that reads as neither a date nor a quantity. */
export const realText = fc.oneof(
  fc.constantFrom("Kyiv", "Київ", "البنتاغون", "north", "Camp Victory", "قاعدة النصر", "ain-al-asad", "about nine hundred"),
  fc.stringMatching(/^[a-z][a-z -]{0,10}[a-z]$/),
);

const valueOfType = (type: (typeof VALUE_TYPES)[number]): fc.Arbitrary<Json> =>
  ({ quantity: realQuantity, date: realDate, boolean: fc.boolean(), text: realText })[type];

const ARABIC = ["البنتاغون", "النصر", "عين الأسد", "بغداد", "أربيل", "دمشق"];

type ValueTypeName = (typeof VALUE_TYPES)[number];

/**
 * A property definition whose settings fit its type, and that type. The
 * definition may leave `type` out: its values are then all of that type, so
 * the type inferred from the first one is the same.
 */
const fittingProperty = (id: string): fc.Arbitrary<{ definition: Json; type: ValueTypeName }> =>
  fc.constantFrom(...VALUE_TYPES).chain((type) => {
    const common: Record<string, fc.Arbitrary<Json>> = {
      window: durationString,
      cardinality: fc.constantFrom(...CARDINALITIES),
      unit: fc.constantFrom("troops", "days"),
      description: anyText,
    };
    const settings: Record<string, fc.Arbitrary<Json>> =
      type === "quantity"
        ? {
            ...common,
            temporal: fc.constantFrom(...TEMPORALS),
            tolerance: fc.double({ min: 0, max: 0.5, noNaN: true }),
            approx: fc.double({ min: 0, max: 0.5, noNaN: true }),
          }
        : type === "date"
          ? { ...common, temporal: fc.constantFrom("static", "state"), tolerance: durationString }
          : { ...common, temporal: fc.constantFrom("static", "state") };
    return fc
      .record({ type: fc.constant(type), ...settings }, { requiredKeys: [] })
      .map((rest) => ({ definition: { id, ...(rest as Record<string, Json>) }, type }));
  });

/**
 * A claim set `parseClaimSet` accepts: distinct ids, unambiguous labels,
 * settings that fit their type, real dates, full URLs, and every value
 * readable as its property's type (declared, or inferred from the first value).
 * Sources may be missing from `sources` (a warning, not an error).
 */
export const readableDocument: fc.Arbitrary<Json> = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom("troop-count", "withdrawal-date", "casualties", "confirmed", "destination"), { maxLength: 4 }),
    fc.nat(4),
    fc.nat(4),
  )
  .chain(([propertyIds, sourceCount, entityCount]) =>
    (propertyIds.length === 0 ? fc.constant([]) : fc.tuple(...propertyIds.map(fittingProperty))).chain((declared) => {
      const sourceIds = Array.from({ length: sourceCount }, (_, i) => `src-${i}`);
      const entityIds = Array.from({ length: entityCount }, (_, i) => `ent-${i}`);
      const sources = fc.tuple(
        ...sourceIds.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              name: anyText,
              kind: fc.constantFrom("outlet", "official"),
              url: fc.webUrl(),
              reliability: fc.double({ min: 0, max: 1, noNaN: true }),
            },
            { requiredKeys: ["id"] },
          ),
        ),
      );
      const entities = fc.tuple(
        ...entityIds.map((id, i) =>
          fc.record(
            {
              id: fc.constant(id),
              labels: fc.subarray([`Entity ${i}`, `E${i}`, ARABIC[i]!, `ent ${i} alias`]),
              kind: fc.constantFrom("place", "base"),
              note: anyText,
            },
            { requiredKeys: ["id"] },
          ),
        ),
      );
      const names = [...sourceIds, ...entityIds, ...ARABIC.slice(0, entityCount), "elsewhere", "Reuters"];
      // Undeclared properties take their type from their first value: give each one type of its own.
      const choices: Array<[string, ValueTypeName]> = [
        ...declared.map(({ definition, type }): [string, ValueTypeName] => [(definition as { id: string }).id, type]),
        ["u-quantity", "quantity"],
        ["u-date", "date"],
        ["u-boolean", "boolean"],
        ["u-text", "text"],
      ];
      const claim = fc.constantFrom(...choices).chain(([property, type]) =>
        fc.record(
          {
            id: fc.constant(""),
            subject: fc.constantFrom(...names, "us-forces"),
            property: fc.constant(property),
            scope: fc
              .array(fc.tuple(fc.constantFrom("location", "unit", "toString"), fc.constantFrom(...names, "syria")), { maxLength: 2 })
              .map((entries) => objectFrom(entries)),
            value: valueOfType(type),
            source: fc.constantFrom(...names),
            published: realDate,
            asOf: realDate,
            document: anyText,
            attribution: fc.array(fc.constantFrom(...names), { maxLength: 2 }),
            modality: fc.constantFrom(...MODALITIES),
            quote: anyText,
            url: fc.webUrl(),
            note: anyText,
          },
          { requiredKeys: ["id", "subject", "property", "value", "source"] },
        ),
      );
      return fc.record(
        {
          $schema: fc.constant("https://unpkg.com/corroborate/schemas/claim-set.schema.json"),
          sources,
          entities,
          properties: fc.constant(declared.map(({ definition }) => definition)),
          claims: fc.array(claim, { maxLength: 6 }).map((claims) => claims.map((c, i) => ({ ...c, id: `c${i}` }))),
        },
        { requiredKeys: ["claims"] },
      );
    }),
  )
  .map((doc) => cloneJson(doc as Json));

// ---------------------------------------------------------------- mutations

/** Every field name the model knows, plus near misses and reserved names. */
const fieldName = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      "id",
      "name",
      "kind",
      "url",
      "reliability",
      "labels",
      "note",
      "type",
      "temporal",
      "tolerance",
      "approx",
      "window",
      "cardinality",
      "unit",
      "description",
      "subject",
      "property",
      "scope",
      "value",
      "source",
      "published",
      "asOf",
      "document",
      "attribution",
      "modality",
      "quote",
      "amount",
      "min",
      "max",
      "minExclusive",
      "maxExclusive",
      "claims",
      "sources",
      "entities",
      "properties",
      "$schema",
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom("vaule", "Value", "sorce", "asof", "extra", "", " ", "__proto__", "constructor", "prototype", "toString") },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

/** Replacement values that break a field in some way, or happen to fit another. */
export const garbage: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: fc.constantFrom<Json>(Infinity, -Infinity, -1, 1.5, 2, -0, 0, 1, 1e308) },
  { weight: 1, arbitrary: fc.constantFrom<Json>("maybe", "Asserted", "number", "string", "dynamic", "several", "") },
  { weight: 1, arbitrary: fc.oneof(dateString, badDateString) },
  { weight: 1, arbitrary: fc.oneof(durationString, badDurationString) },
  { weight: 1, arbitrary: blankString },
  { weight: 1, arbitrary: quantityObject },
  { weight: 1, arbitrary: claimValue },
  { weight: 1, arbitrary: fc.array(label, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom<Json>({}, [], [{}], null, true, [[[[[]]]]]) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 60 }), fc.constantFrom("array", "object") as fc.Arbitrary<"array" | "object">).map(([d, k]) => nested(d, k)) },
);

export type Mutation =
  | { kind: "set-field"; section: string; index: number; field: string; value: Json }
  | { kind: "drop-field"; section: string; index: number; field: string }
  | { kind: "replace-node"; at: number; value: Json }
  | { kind: "delete-node"; at: number }
  | { kind: "insert-key"; at: number; key: string; value: Json }
  | { kind: "wrap-in-array"; at: number };

const section = fc.constantFrom("sources", "entities", "properties", "claims", "claims", "claims");
const REQUIRED = ["id", "subject", "property", "value", "source"] as const;

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("set-field" as const), section, index: fc.nat(5), field: fieldName, value: garbage }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("drop-field" as const), section, index: fc.nat(5), field: fc.constantFrom(...REQUIRED) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("replace-node" as const), at: fc.nat(), value: garbage }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete-node" as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("insert-key" as const), at: fc.nat(), key: fieldName, value: garbage }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("wrap-in-array" as const), at: fc.nat() }) },
);

/** The smallest valid item of each section. */
const MINIMAL: Record<string, Json> = {
  sources: { id: "s" },
  entities: { id: "e" },
  properties: { id: "p" },
  claims: { id: "c", subject: "s", property: "p", value: 1, source: "s" },
};

/**
 * One field set to a near miss for that very field (or to an edge value that
 * is still fine): reliability 1.001, a blank id, an enum in the wrong case, a
 * date of the wrong shape, a scope named "constructor", a quantity object with
 * an extra key… Applied to a well-shaped document, it is its only problem.
 */
export const nearMiss: fc.Arbitrary<Mutation> = (() => {
  const at = (sections: string[], field: string, values: fc.Arbitrary<Json>) =>
    fc.record({
      kind: fc.constant("set-field" as const),
      section: fc.constantFrom(...sections),
      index: fc.nat(5),
      field: fc.constant(field),
      value: values,
    });
  const blankOrNot = fc.oneof(blankString, fc.constantFrom<Json>(5, null, ["a"], "a", "\u200b"));
  const scopes = fc
    .array(
      fc.tuple(
        fc.constantFrom("__proto__", "constructor", "prototype", "", " ", "\t", "location", "toString", "__proto__ ", "Constructor"),
        fc.oneof(fc.constantFrom<Json>("syria", " ", "", 1, null, {}), label),
      ),
      { minLength: 1, maxLength: 2 },
    )
    .map((entries) => objectFrom(entries));
  return fc.oneof(
    at(["sources"], "reliability", fc.constantFrom<Json>(-0.001, 1.001, 2, -1, Infinity, -Infinity, "0.5", null, 0, 1, -0, 0.5, 1e-300)),
    at(["sources", "entities", "properties", "claims"], "id", blankOrNot),
    at(["claims"], "subject", blankOrNot),
    at(["claims"], "property", blankOrNot),
    at(["claims"], "source", blankOrNot),
    at(["entities"], "labels", fc.constantFrom<Json>([" "], ["ok", ""], "x", [1], [], ["ok"], [null])),
    at(["claims"], "attribution", fc.constantFrom<Json>([" "], ["ok", ""], "x", [1], [], ["ok"])),
    at(["properties"], "type", fc.constantFrom<Json>("number", "Quantity", "", "text", "date", null)),
    at(["properties"], "temporal", fc.constantFrom<Json>("dynamic", "State", "", "static", "cumulative")),
    at(["properties"], "cardinality", fc.constantFrom<Json>("several", "ONE", "many", 1)),
    at(["properties"], "tolerance", fc.constantFrom<Json>(-0.1, -0, 0, 3, Infinity, "15 days", "PT1H", "P15D", "P", "", null)),
    at(["properties"], "approx", fc.constantFrom<Json>(-0.1, -0, 0, 0.3, 5, Infinity, "0.1", null)),
    at(["properties"], "window", fc.constantFrom<Json>("PT1H", "", 30, "P30D", "P1Y2M", "p30d")),
    at(["claims"], "modality", fc.constantFrom<Json>("maybe", "Asserted", "", "denied", null)),
    at(["claims"], "published", fc.oneof(badDateString, dateString, fc.constantFrom<Json>(2025, null))),
    at(["claims"], "asOf", fc.oneof(badDateString, dateString, fc.constantFrom<Json>(2025, null))),
    at(["claims"], "scope", fc.oneof(scopes, fc.constantFrom<Json>([], "x", null, {}))),
    at(
      ["claims"],
      "value",
      fc.oneof(
        quantityObject,
        fc.constantFrom<Json>(
          { amount: 1, extra: 1 },
          { amount: "900" },
          { approx: "yes" },
          { unit: 5 },
          {},
          null,
          [],
          [900],
          Infinity,
          -Infinity,
          { amount: Infinity },
          { min: -Infinity },
        ),
      ),
    ),
    at(["sources", "entities", "properties", "claims"], "note", fc.constantFrom<Json>("", 1, null, [])),
    at(["sources", "entities", "properties", "claims"], "url", fc.constantFrom<Json>("", "https://x", 1, null)),
    at(["sources", "entities", "properties", "claims"], "unit", fc.constantFrom<Json>("", "troops", 1)),
    at(["sources", "entities", "properties", "claims"], "vaule", fc.constantFrom<Json>(1)),
    fc.record({
      kind: fc.constant("drop-field" as const),
      section: fc.constantFrom("sources", "entities", "properties", "claims"),
      index: fc.nat(5),
      field: fc.constantFrom(...REQUIRED),
    }),
  );
})();

type Segment = string | number;
type Node = { path: Segment[]; value: Json };

/** Every node of a document, root first, in document order. */
function nodes(doc: Json): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [{ path: [], value: doc }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    const children: Node[] = [];
    if (Array.isArray(node.value)) node.value.forEach((v, i) => children.push({ path: [...node.path, i], value: v }));
    else if (typeof node.value === "object" && node.value !== null) {
      for (const key of Object.keys(node.value)) children.push({ path: [...node.path, key], value: node.value[key]! });
    }
    stack.push(...children.reverse());
  }
  return out;
}

function parentOf(doc: Json, path: readonly Segment[]): Json {
  let node = doc;
  for (const segment of path.slice(0, -1)) node = (node as Record<Segment, Json>)[segment]!;
  return node;
}

/** Applies a mutation to a copy of `doc`. */
export function applyMutation(doc: Json, m: Mutation): Json {
  const root = cloneJson(doc);
  if (m.kind === "set-field" || m.kind === "drop-field") {
    if (typeof root !== "object" || root === null || Array.isArray(root)) return root;
    // An empty or missing section gets one minimal valid item, so the edit is the only problem.
    const minimal = (): Json => cloneJson(MINIMAL[m.section] ?? {});
    let list = root[m.section];
    if (!Array.isArray(list)) {
      list = [minimal()];
      setKey(root, m.section, list);
    } else if (list.length === 0) list.push(minimal());
    const item = list[m.index % list.length]!;
    if (typeof item !== "object" || item === null || Array.isArray(item)) return root;
    if (m.kind === "set-field") setKey(item, m.field, m.value);
    else delete item[m.field];
    return root;
  }
  const all = nodes(root);
  const target = all[m.at % all.length]!;
  const { path } = target;
  const replace = (value: Json): Json => {
    if (path.length === 0) return value;
    const parent = parentOf(root, path) as Record<Segment, Json>;
    if (Array.isArray(parent)) parent[path[path.length - 1] as number] = value;
    else setKey(parent as JsonObject, path[path.length - 1] as string, value);
    return root;
  };
  switch (m.kind) {
    case "replace-node":
      return replace(m.value);
    case "wrap-in-array":
      return replace([target.value]);
    case "delete-node": {
      if (path.length === 0) return root;
      const parent = parentOf(root, path);
      const last = path[path.length - 1]!;
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete (parent as JsonObject)[last as string];
      return root;
    }
    case "insert-key": {
      const value = target.value;
      if (Array.isArray(value)) value.push(m.value);
      else if (typeof value === "object" && value !== null) setKey(value, m.key, m.value);
      else return replace(objectFrom([[m.key, m.value]]));
      return root;
    }
  }
}

/** A claim set (readable or not) with one to three mutations. */
export const mutatedDocument: fc.Arbitrary<Json> = fc
  .tuple(fc.oneof(claimSetDocument, readableDocument), fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([doc, mutations]) => mutations.reduce(applyMutation, doc));

/** A well-shaped or readable claim set with exactly one near miss (which may happen to be fine). */
export const nearMissDocument: fc.Arbitrary<Json> = fc
  .tuple(fc.oneof(wellShapedDocument, readableDocument), nearMiss)
  .map(([doc, m]) => applyMutation(doc, m));

/** Any JSON document: valid-ish claim sets, near misses, mutated ones, and arbitrary JSON. */
export const anyDocument: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: claimSetDocument },
  { weight: 2, arbitrary: readableDocument },
  { weight: 5, arbitrary: nearMissDocument },
  { weight: 4, arbitrary: mutatedDocument },
  { weight: 1, arbitrary: fc.jsonValue() as fc.Arbitrary<Json> },
).map((doc) => cloneJson(doc));
