/**
 * Whole-document checks that JSON Schema cannot express: duplicate ids,
 * aliases claimed by two entities, property settings that do not fit the
 * property's type, and every value and date read against the grammar of
 * DESIGN §2. Works on the raw input, skipping fields whose shape is already
 * reported, so one run reports every problem it can.
 */
import { similarSpellings } from "./spellings.js";
import { FirstIndex } from "../internal/first-index.js";
import { createAliasResolver } from "../normalize/index.js";
import type { AliasResolver } from "../normalize/index.js";
import { inferValueType, parseDate, parseValue } from "../values/index.js";
import { describe, quote } from "../internal/quote.js";
import type { DateValue, Value, ValueResult, ValueType } from "../values/types.js";
import type { ClaimDocument, PropertyDefinition } from "./claim-set.js";
import { RESERVED_KEYS } from "./claim-set.js";
import type { ClaimSetIssue } from "./issues.js";
import { CLAIM_VALUE_PATH } from "./shape-issues.js";
import { toPointer } from "./issues.js";
import type { ResolvedProperty } from "./properties.js";
import { defineProperty, propertyProblems, resolveProperty, valueSettings } from "./properties.js";

/** What reading a valid claim set yields beyond the claim set itself. @internal */
export interface ClaimSetAnalysis {
  /** Every property a claim uses, by id: declared, shared through options, or inferred. */
  properties: Map<string, ResolvedProperty>;
  /** Each claim's value, read: `values[i]` belongs to `claims[i]`. */
  values: Array<Value | undefined>;
  /** Resolves subjects, scope values, text values and sources through `entities`. */
  aliases: AliasResolver;
  /**
   * When each claim's value holds (`asOf`, else `published`, else its
   * document's `published`), read: `times[i]` belongs to `claims[i]`.
   */
  times: Array<DateValue | undefined>;
  /** The claim set's documents, by id. */
  documents: ReadonlyMap<string, ClaimDocument>;
}

type Item = Record<string, unknown>;

const isItem = (x: unknown): x is Item => typeof x === "object" && x !== null && !Array.isArray(x);
const items = (doc: Item, key: string): unknown[] => (Array.isArray(doc[key]) ? (doc[key] as unknown[]) : []);
const text = (x: unknown): string | undefined => (typeof x === "string" ? x : undefined);

/**
 * Scope names that would reach an object's prototype. zod's records skip a
 * `__proto__` key without a word, so this looks at the raw input.
 * @internal
 */
export function reservedKeyIssues(input: unknown): ClaimSetIssue[] {
  const issues: ClaimSetIssue[] = [];
  if (!isItem(input)) return issues;
  items(input, "claims").forEach((claim, i) => {
    if (!isItem(claim) || !isItem(claim.scope)) return;
    for (const key of Object.keys(claim.scope)) {
      if ((RESERVED_KEYS as readonly string[]).includes(key)) {
        issues.push({
          code: "invalid-field-name",
          path: toPointer(["claims", i, "scope", key]),
          message: `${quote(key)} cannot be used as a scope name`,
        });
      }
    }
  });
  return issues;
}

/** Pointers that already have a shape issue, and every prefix of them. */
class Reported {
  private readonly paths = new Set<string>();
  constructor(issues: readonly ClaimSetIssue[]) {
    for (const { path, code } of issues) {
      if (code === "invalid-value" && CLAIM_VALUE_PATH.test(path)) continue; // replaced by a precise message below
      for (let cut = path.length; cut > 0; cut = path.lastIndexOf("/", cut - 1)) this.paths.add(path.slice(0, cut));
      this.paths.add(path);
    }
  }
  has(path: string): boolean {
    return this.paths.has(path);
  }
  get empty(): boolean {
    return this.paths.size === 0;
  }
}

/** Whether `new URL` reads a text as a full web address (sessions check changed claims with it). @internal */
export function isUrl(s: string): boolean {
  return URL.canParse(s);
}

/**
 * Runs the whole-document checks on `input`, given the issues its shape
 * already has. Returns the new issues, warnings (`unknown-source`), and the
 * analysis the checker builds on.
 * @internal
 */
export function checkDocument(
  input: unknown,
  shapeIssues: readonly ClaimSetIssue[],
  sharedProperties: readonly PropertyDefinition[] = [],
): { issues: ClaimSetIssue[]; warnings: ClaimSetIssue[]; analysis: ClaimSetAnalysis } {
  const reported = new Reported(shapeIssues);
  const issues: ClaimSetIssue[] = [];
  const warnings: ClaimSetIssue[] = [];
  const doc = isItem(input) ? input : {};
  const fine = (path: string) => !reported.has(path);
  const add = (code: string, path: readonly PropertyKey[], message: string) =>
    issues.push({ code, path: toPointer(path), message });

  // Entities: aliases. Conflicts are only meaningful once every entity is well formed.
  const entities = items(doc, "entities");
  const aliases = createAliasResolver(
    fine("/entities") ? (entities as Array<{ id: string; labels?: string[] }>) : [],
  );
  for (const conflict of aliases.conflicts) issues.push({ code: "ambiguous-label", ...conflict });
  if (fine("/entities")) containmentIssues(entities as Array<{ id: string; partOf?: string[] }>, add);

  // Sources: ids must be distinct after normalisation, since claims match them that way.
  const sourceIds = new Map<string, number>();
  items(doc, "sources").forEach((source, i) => {
    const id = isItem(source) ? text(source.id) : undefined;
    if (id === undefined || !fine(`/sources/${i}/id`)) return;
    const key = aliases.resolve(id);
    const first = sourceIds.get(key);
    if (first === undefined) sourceIds.set(key, i);
    else add("duplicate-id", ["sources", i, "id"], `source id ${quote(id)} is already used by /sources/${first}`);
    if (isItem(source) && typeof source.url === "string" && fine(`/sources/${i}/url`) && !isUrl(source.url)) {
      add("invalid-url", ["sources", i, "url"], `${quote(source.url)} is not a full web address (https://…)`);
    }
  });

  // Documents: ids distinct, addresses and dates read; their sources are claims' sources.
  const documents = new Map<string, ClaimDocument>();
  const documentAt = new Map<string, number>();
  items(doc, "documents").forEach((document, i) => {
    if (!isItem(document) || !fine(`/documents/${i}`)) return;
    const entry = document as ClaimDocument;
    const first = documentAt.get(entry.id);
    if (first !== undefined) {
      add("duplicate-id", ["documents", i, "id"], `document id ${quote(entry.id)} is already used by /documents/${first}`);
      return;
    }
    documentAt.set(entry.id, i);
    documents.set(entry.id, entry);
    if (typeof entry.url === "string" && !isUrl(entry.url)) add("invalid-url", ["documents", i, "url"], `${quote(entry.url)} is not a full web address (https://…)`);
    if (typeof entry.published === "string") {
      const read = parseDate(entry.published);
      if (!read.ok) add("invalid-date", ["documents", i, "published"], read.message);
    }
  });

  // Properties: shared definitions from code first, the claim set's own replace them.
  const definitions = new Map<string, { definition: PropertyDefinition; index?: number }>();
  for (const shared of sharedProperties) definitions.set(defineProperty(shared).id, { definition: shared });
  const declaredHere = new Map<string, number>();
  items(doc, "properties").forEach((property, i) => {
    if (!isItem(property) || !fine(`/properties/${i}`)) return;
    const definition = property as PropertyDefinition;
    const first = declaredHere.get(definition.id);
    if (first !== undefined) {
      add("duplicate-id", ["properties", i, "id"], `property ${quote(definition.id)} is already defined at /properties/${first}`);
      return;
    }
    declaredHere.set(definition.id, i);
    definitions.set(definition.id, { definition, index: i });
  });

  // Claims: ids, then each value read against its property's type (declared, or that of the first value).
  const claims = items(doc, "claims");
  const claimIds = new FirstIndex();
  const types = new Map<string, ValueType>();
  const inferredFrom = new Map<string, number>();
  for (const [id, { definition }] of definitions) if (definition.type) types.set(id, definition.type);
  const values: Array<Value | undefined> = [];
  const properties = new Map<string, ResolvedProperty>();
  const propertyOf = (id: string): ResolvedProperty | undefined => {
    let resolved = properties.get(id);
    if (resolved === undefined) {
      const type = types.get(id);
      if (type === undefined) return undefined;
      const entry = definitions.get(id);
      resolved = resolveProperty(entry?.definition ?? { id }, type, entry !== undefined);
      properties.set(id, resolved);
    }
    return resolved;
  };

  // Dates and values repeat across claims; reading each distinct one once keeps large claim sets fast.
  const dates = new Map<string, ValueResult<DateValue>>();
  const readDate = (raw: string) => {
    let read = dates.get(raw);
    if (read === undefined) dates.set(raw, (read = parseDate(raw)));
    return read;
  };
  const readValues = new Map<string, Map<unknown, ValueResult>>(); // property → value as written → read
  const times: Array<DateValue | undefined> = [];
  const clean = reported.empty; // no shape issues: every field may be read, without building pointers
  const listsSources = Array.isArray(doc.sources) && fine("/sources");
  const listsDocuments = Array.isArray(doc.documents) && fine("/documents");
  if (listsSources) {
    items(doc, "documents").forEach((document, i) => {
      if (isItem(document) && typeof document.source === "string" && !sourceIds.has(aliases.resolve(document.source))) {
        warnings.push({ code: "unknown-source", path: toPointer(["documents", i, "source"]), message: `source ${quote(document.source)} is not listed under "sources"` });
      }
    });
  }
  claims.forEach((claim, i) => {
    values.push(undefined);
    times.push(undefined);
    if (!isItem(claim)) return;
    if (listsSources) unknownSources(claim, i, sourceIds, aliases, warnings);
    const document = typeof claim.document === "string" ? documents.get(claim.document) : undefined;
    if (listsDocuments && typeof claim.document === "string" && document === undefined && (clean || fine(`/claims/${i}/document`))) {
      warnings.push({ code: "unknown-document", path: toPointer(["claims", i, "document"]), message: `document ${quote(claim.document)} is not listed under "documents"` });
    }
    if (claim.source === undefined && document?.source === undefined && (clean || (fine(`/claims/${i}/source`) && fine(`/claims/${i}/document`)))) {
      add(
        "missing-field",
        ["claims", i, "source"],
        document === undefined
          ? '"source" is required (or a "document" listed under "documents" that names one)'
          : `"source" is required: its document ${quote(document.id)} names none`,
      );
    }
    if (typeof document?.published === "string" && claim.published === undefined && claim.asOf === undefined) {
      const read = readDate(document.published);
      if (read.ok) times[i] = read.value;
    }
    const id = text(claim.id);
    if (id !== undefined && (clean || fine(`/claims/${i}/id`))) {
      const first = claimIds.firstOf(id, i);
      if (first !== undefined) add("duplicate-id", ["claims", i, "id"], `claim id ${quote(id)} is already used by /claims/${first}`);
    }
    for (const field of ["published", "asOf"] as const) {
      const raw = claim[field];
      if (typeof raw === "string" && (clean || fine(`/claims/${i}/${field}`))) {
        const read = readDate(raw);
        if (!read.ok) add("invalid-date", ["claims", i, field], read.message);
        else times[i] = read.value; // asOf comes second: it wins over published
      }
    }
    if (typeof claim.url === "string" && (clean || fine(`/claims/${i}/url`)) && !isUrl(claim.url)) {
      add("invalid-url", ["claims", i, "url"], `${quote(claim.url)} is not a full web address (https://…)`);
    }
    const propertyId = text(claim.property);
    if (
      propertyId === undefined ||
      !(clean || (fine(`/claims/${i}/property`) && fine(`/claims/${i}/value`))) ||
      !("value" in claim)
    ) {
      return;
    }
    if (!types.has(propertyId)) {
      const inferred = inferValueType(claim.value);
      if (inferred === undefined) {
        add("invalid-value", ["claims", i, "value"], `cannot read ${describe(claim.value)} as a value`);
        return;
      }
      types.set(propertyId, inferred);
      inferredFrom.set(propertyId, i);
    }
    const property = propertyOf(propertyId)!;
    const raw = claim.value;
    // Values written alike (the same number or string, for the same property) are read once.
    let memo = typeof raw === "object" ? undefined : readValues.get(propertyId);
    if (memo === undefined && typeof raw !== "object") readValues.set(propertyId, (memo = new Map()));
    let read = memo?.get(raw);
    if (read === undefined) {
      read = parseValue(raw, property.type, valueSettings(property), (label) => aliases.resolve(label));
      memo?.set(raw, read);
    }
    if (read.ok) values[i] = read.value;
    else {
      const first = inferredFrom.get(propertyId);
      const why =
        first === undefined || first === i
          ? ""
          : ` (property ${quote(propertyId)} is not declared, so it takes its type, ${property.type}, from its first value at /claims/${first}/value; declare it under "properties" to choose)`;
      add("invalid-value", ["claims", i, "value"], read.message + why);
    }
  });

  // Property settings must fit the type, declared or inferred.
  for (const [id, { definition, index }] of definitions) {
    if (index === undefined) continue;
    for (const [path, message] of propertyProblems(definition, types.get(id))) {
      issues.push({ code: "invalid-property", path: `/properties/${index}${path}`, message });
    }
  }

  // Without entities, two spellings of one name make two groups: say so.
  if (!Array.isArray(doc.entities)) warnings.push(...similarSpellings(claims));

  return { issues, warnings, analysis: { properties, values, aliases, times, documents } };
}

/**
 * The issues of entities' `partOf`: an id that names no entity, and a cycle
 * (Erbil part of the Kurdistan Region part of Erbil), each reported once.
 */
function containmentIssues(
  entities: ReadonlyArray<{ id: string; partOf?: string[] }>,
  add: (code: string, path: readonly PropertyKey[], message: string) => void,
): void {
  const index = new Map<string, number>();
  entities.forEach((entity, i) => {
    if (!index.has(entity.id)) index.set(entity.id, i);
  });
  entities.forEach((entity, i) => {
    (entity.partOf ?? []).forEach((whole, j) => {
      if (!index.has(whole)) add("unknown-entity", ["entities", i, "partOf", j], `${quote(whole)} is no entity's id`);
      else if (whole === entity.id) add("containment-cycle", ["entities", i, "partOf", j], `${quote(entity.id)} cannot be part of itself`);
    });
  });
  // A depth-first walk of the "part of" graph, with a stack of its own (a long chain must not exhaust the call
  // stack): an edge back to an entity on the path closes a cycle.
  const state = new Map<string, "open" | "done">();
  for (const start of index.keys()) {
    if (state.has(start)) continue;
    const path: Array<{ id: string; next: number }> = [{ id: start, next: 0 }];
    state.set(start, "open");
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const i = index.get(top.id)!;
      const wholes = entities[i]!.partOf ?? [];
      if (top.next >= wholes.length) {
        state.set(top.id, "done");
        path.pop();
        continue;
      }
      const j = top.next++;
      const whole = wholes[j]!;
      if (!index.has(whole) || whole === top.id) continue;
      if (state.get(whole) === "open") {
        const from = path.findIndex((step) => step.id === whole);
        const cycle = [...path.slice(from).map((step) => step.id), whole];
        add("containment-cycle", ["entities", i, "partOf", j], `a cycle of "part of": ${cycle.map((step) => quote(step)).join(" → ")}`);
      } else if (!state.has(whole)) {
        state.set(whole, "open");
        path.push({ id: whole, next: 0 });
      }
    }
  }
}

/**
 * Adds to `warnings` the `unknown-source` warnings of the claim at
 * `/claims/<index>`: its source and each name of its attribution that `known`
 * (source ids, resolved) lacks (sessions warn claim by claim).
 * @internal
 */
export function unknownSources(
  claim: Readonly<Record<string, unknown>>,
  index: number,
  known: Pick<ReadonlySet<string>, "has">,
  aliases: AliasResolver,
  warnings: ClaimSetIssue[] = [],
): ClaimSetIssue[] {
  const check = (name: unknown, path: () => PropertyKey[]) => {
    if (typeof name === "string" && !known.has(aliases.resolve(name))) {
      warnings.push({ code: "unknown-source", path: toPointer(path()), message: `source ${quote(name)} is not listed under "sources"` });
    }
  };
  check(claim.source, () => ["claims", index, "source"]);
  if (Array.isArray(claim.attribution)) {
    for (let j = 0; j < claim.attribution.length; j++) check(claim.attribution[j], () => ["claims", index, "attribution", j]);
  }
  return warnings;
}

/**
 * Orders issues by where they are in the document: section, item, then the
 * item's fields in the order they were written.
 * @internal
 */
export function sortIssues(issues: readonly ClaimSetIssue[], input: unknown): ClaimSetIssue[] {
  const sections = ["", "$schema", "sources", "entities", "properties", "claims"];
  // Each item's field order, computed once however many issues it has.
  const orders = new Map<object, Map<string, number>>();
  const fieldOrder = (item: object) => {
    let order = orders.get(item);
    if (order === undefined) orders.set(item, (order = new Map(Object.keys(item).map((key, i) => [key, i]))));
    return order;
  };
  const rank = (path: string): [number, number, number] => {
    const [, section = "", index = "", field = ""] = path.split("/", 4);
    const order = sections.indexOf(section);
    const n = index === "" ? -1 : Number(index);
    const item = isItem(input) && Array.isArray(input[section]) ? (input[section] as unknown[])[n] : undefined;
    const keys = isItem(item) ? fieldOrder(item) : new Map<string, number>();
    const position = field === "" ? undefined : keys.get(field.replaceAll("~1", "/").replaceAll("~0", "~"));
    return [order === -1 ? sections.length : order, Number.isInteger(n) ? n : -1, position ?? keys.size];
  };
  return issues
    .map((issue, position) => ({ issue, position, key: rank(issue.path) }))
    .sort(
      (a, b) =>
        a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.position - b.position,
    )
    .map(({ issue }) => issue);
}
