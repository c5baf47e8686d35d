/**
 * A small RuleTester in the spirit of ESLint's: each case is a claim set; the
 * rule under test runs alone (every other built-in rule "off") at its default
 * severity, and the exact list of its conflicts is compared with the expected
 * one. Extra or missing findings fail.
 *
 * Expectations come from the contract (DESIGN §4), not from the code: the
 * default severities below are the contract's table, not the rules' meta.
 */
import { describe, expect, it } from "vitest";
import type {
  CheckOptions,
  Claim,
  ClaimSet,
  Conflict,
  Entity,
  PatchOperation,
  PropertyDefinition,
  Report,
  Severity,
  Source,
} from "../../src/index.js";
import { builtinRules, check, parseValue } from "../../src/index.js";

// ---------------------------------------------------------------- claim sets

/** A claim: `{ subject: "us-forces", property: "troop-count", source: "s1", value: 900 }` with overrides. */
export function claim(id: string, overrides: Partial<Omit<Claim, "id">> = {}): Claim {
  return { subject: "us-forces", property: "troop-count", source: "s1", value: 900, ...overrides, id } as Claim;
}

/** Shorthand for a dated claim: `dated("a", "2025-04-20", 900, { source: "s2" })`. */
export function dated(id: string, published: string, value: Claim["value"], overrides: Partial<Omit<Claim, "id">> = {}): Claim {
  return claim(id, { published, value, ...overrides });
}

/** Entities used across the rule tests: Arabic and Latin spellings of the same places and actors. */
export const ENTITIES: Entity[] = [
  { id: "us-forces", labels: ["US forces", "القوات الأمريكية", "القوات الأميركية"] },
  { id: "syria", labels: ["Syria", "سوريا", "سورية"] },
  { id: "iraq", labels: ["Iraq", "العراق"] },
  { id: "kuwait", labels: ["Kuwait", "الكويت"] },
  { id: "ain-al-asad", labels: ["Ain al-Asad", "عين الأسد", "قاعدة عين الأسد"] },
  { id: "victory-base", labels: ["Victory", "النصر", "فكتوريا"] },
];

/** Sources with readable names, so messages can be checked for them. */
export const SOURCES: Source[] = [
  { id: "s1", name: "Infoplus" },
  { id: "s2", name: "Al-Mada" },
  { id: "s3", name: "Shafaq News" },
  { id: "s4", name: "Rudaw" },
  { id: "s5", name: "Baghdad Today" },
  { id: "pentagon", name: "US Department of Defense", kind: "official" },
  { id: "wsj", name: "The Wall Street Journal", kind: "outlet" },
];

/** Property shorthands. */
export const P = {
  troops: (over: Partial<PropertyDefinition> = {}): PropertyDefinition => ({ id: "troop-count", type: "quantity", ...over }),
  endDate: (over: Partial<PropertyDefinition> = {}): PropertyDefinition => ({ id: "end-date", type: "date", temporal: "static", ...over }),
  attacks: (over: Partial<PropertyDefinition> = {}): PropertyDefinition => ({
    id: "attacks",
    type: "quantity",
    temporal: "cumulative",
    ...over,
  }),
} as const;

// ---------------------------------------------------------------- cases

export interface Case {
  name: string;
  claims: Claim[];
  properties?: PropertyDefinition[];
  /** Defaults to {@link ENTITIES}; pass `[]` for none. */
  entities?: Entity[];
  /** Defaults to {@link SOURCES}; pass `[]` for none. */
  sources?: Source[];
  /** Extra options (e.g. shared `properties`); `rules` is decided by the tester. */
  options?: Omit<CheckOptions, "rules">;
}

export interface ExpectedConflict {
  /** The key of the rule's message template (its wording is tested in messages.test.ts). */
  messageId: string;
  /** Exact, sorted ids of every claim involved. */
  claims: string[];
  /** Defaults to the rule's default severity in the contract. */
  severity?: Severity;
  /** A partial object `data` must match (asymmetric matchers allowed). */
  data?: Record<string, unknown>;
  /** Exact suggestion patches, in any order; `[]` means "no suggestions". */
  suggestions?: PatchOperation[][];
  /** The group key the conflict is filed under. */
  group?: string;
  /** The (resolved) scope of the conflict's group. */
  scope?: Record<string, string>;
}

export interface InvalidCase extends Case {
  errors: ExpectedConflict[];
}

/** DESIGN §4 and §9: the default severity of every built-in rule. */
export const DEFAULT_SEVERITY: Record<string, Severity> = {
  containment: "warning",
  "conflicting-values": "error",
  "self-contradiction": "error",
  "rapid-change": "warning",
  "cumulative-decrease": "error",
  "undated-conflict": "warning",
  "denied-claim": "error",
  "outdated-value": "warning",
  "ambiguous-scope": "warning",
  "value-changed": "info",
};

export const RULE_IDS = Object.keys(DEFAULT_SEVERITY);

/** Builds the claim set of a case. */
export function claimSetOf(c: Case): ClaimSet {
  const set: ClaimSet = { claims: c.claims.map((x) => structuredClone(x)) } as ClaimSet;
  const entities = c.entities ?? ENTITIES;
  const sources = c.sources ?? SOURCES;
  if (entities.length > 0) set.entities = structuredClone(entities);
  if (sources.length > 0) set.sources = structuredClone(sources);
  if (c.properties && c.properties.length > 0) set.properties = structuredClone(c.properties);
  return set;
}

/** Every other built-in rule off; `ruleId` at its default severity (not named, so the default applies). */
export function onlyRule(ruleId: string): Record<string, "off"> {
  return Object.fromEntries(RULE_IDS.filter((id) => id !== ruleId).map((id) => [id, "off" as const]));
}

/** Runs a case with only `ruleId` on. */
export function runRule(ruleId: string, c: Case, claims: Claim[] = c.claims): Report {
  return check(claimSetOf({ ...c, claims }), { ...c.options, rules: onlyRule(ruleId) });
}

const describeConflict = (c: Conflict) => `  [${c.claims.join(", ")}] ${c.severity} ${c.group}: ${c.message}`;
const describeAll = (conflicts: readonly Conflict[]) =>
  conflicts.length === 0 ? "  (none)" : conflicts.map(describeConflict).join("\n");

const sortPatches = (patches: readonly PatchOperation[][]) => patches.map((p) => JSON.stringify(p)).sort();

/**
 * The strings a finding's data may hold: the claim set's own ids and values
 * as written (claim, source, entity, document and property ids, scope names
 * and values, value displays), and dates and durations in the value grammar.
 */
export function dataWords(set: ClaimSet, report: Report): Set<string> {
  const words = new Set<string>();
  for (const claim of set.claims) {
    for (const text of [claim.id, claim.subject, claim.property, claim.source, claim.document, claim.published, claim.asOf, ...(claim.attribution ?? [])]) {
      if (typeof text === "string") words.add(text);
    }
    for (const [name, value] of Object.entries(claim.scope ?? {})) words.add(name).add(value);
    // The value as displayed: read as each type it could have.
    for (const type of ["quantity", "date", "boolean", "text"] as const) {
      const read = parseValue(claim.value, type);
      if (read.ok) words.add(read.value.display);
    }
  }
  for (const entity of set.entities ?? []) words.add(entity.id);
  for (const source of set.sources ?? []) words.add(source.id);
  for (const group of report.groups) {
    words.add(group.subject);
    for (const value of Object.values(group.scope)) words.add(value);
    for (const position of group.positions) words.add(position.display);
  }
  return words;
}

/** ISO days, durations, and dates in the value grammar: figures, not words. */
const FIGURE = /^(\d{4}(-\d{2}(-\d{2})?|-[QH]\d)?~?|P(\d+[YMWD])+)$/;

/** Fails when `data` holds a string that is neither an id nor a value nor a date of the claim set: a fragment of a sentence. */
export function expectFiguresAndIds(data: unknown, words: ReadonlySet<string>, where: string): void {
  if (typeof data === "string") {
    expect(words.has(data) || FIGURE.test(data), `data holds "${data}", which is no id, value or date: ${where}`).toBe(true);
  } else if (Array.isArray(data)) {
    for (const item of data) expectFiguresAndIds(item, words, where);
  } else if (data !== null && typeof data === "object") {
    for (const value of Object.values(data)) expectFiguresAndIds(value, words, where);
  }
}

/** Matches actual conflicts to expected ones by their claim lists (and group, when given); fails on any difference. */
export function expectConflicts(
  ruleId: string,
  conflicts: readonly Conflict[],
  expected: readonly ExpectedConflict[],
  words: ReadonlySet<string> = new Set(),
): void {
  for (const conflict of conflicts) {
    expect(conflict.rule, `a conflict of another rule was reported:\n${describeConflict(conflict)}`).toBe(ruleId);
  }
  const remaining = [...conflicts];
  const unmatched: ExpectedConflict[] = [];
  const pairs: Array<[ExpectedConflict, Conflict]> = [];
  for (const want of expected) {
    const i = remaining.findIndex(
      (c) => JSON.stringify(c.claims) === JSON.stringify(want.claims) && (want.group === undefined || c.group === want.group),
    );
    if (i < 0) unmatched.push(want);
    else pairs.push([want, remaining.splice(i, 1)[0]!]);
  }
  if (unmatched.length > 0 || remaining.length > 0) {
    const lines = [
      `${ruleId}: expected ${expected.length} conflict(s), got ${conflicts.length}.`,
      ...unmatched.map((w) => `  missing: [${w.claims.join(", ")}]${w.group ? ` in ${w.group}` : ""}`),
      ...remaining.map((c) => `  unexpected:${describeConflict(c).slice(1)}`),
      "all reported:",
      describeAll(conflicts),
    ];
    expect.fail(lines.join("\n"));
  }
  for (const [want, got] of pairs) {
    const where = `conflict [${got.claims.join(", ")}]: ${got.message}`;
    expect(got.claims, `claims must be sorted: ${where}`).toEqual([...got.claims].sort());
    expect(got.severity, where).toBe(want.severity ?? DEFAULT_SEVERITY[ruleId]);
    expect(got.message.trim().length, where).toBeGreaterThan(0);
    expect(got.message, `unfilled placeholder: ${where}`).not.toMatch(/\{\{/);
    expect(got.messageId, where).toBe(want.messageId);
    expectFiguresAndIds(got.data, words, where);
    if (want.data) expect(got.data, where).toMatchObject(want.data);
    if (want.scope) expect(got.scope, where).toEqual(want.scope);
    if (want.suggestions) {
      const patches = (got.suggestions ?? []).map((s) => s.patch);
      expect(sortPatches(patches), where).toEqual(sortPatches(want.suggestions));
      for (const s of got.suggestions ?? []) expect(s.message.trim().length, where).toBeGreaterThan(0);
    }
  }
}

/**
 * Registers the cases of one rule. Every case also runs with its claims in
 * reverse order: the same conflicts (ids and claim lists) must come back.
 */
export function ruleTester(ruleId: string, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  if (!builtinRules.some((rule) => rule.meta.id === ruleId)) throw new Error(`no built-in rule "${ruleId}"`);
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined) throw new Error(`${ruleId}: two cases are named "${duplicate}"`);

  describe(ruleId, () => {
    describe("valid", () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          const report = runRule(ruleId, c);
          expect(report.summary.claims, "every claim of the case must be read").toBe(c.claims.length);
          expectConflicts(ruleId, report.conflicts, []);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          if (c.errors.length === 0) throw new Error("an invalid case needs at least one expected conflict");
          const report = runRule(ruleId, c);
          expect(report.summary.claims, "every claim of the case must be read").toBe(c.claims.length);
          expectConflicts(ruleId, report.conflicts, c.errors, dataWords(claimSetOf(c), report));
        });
        it(`${c.name} (claims in reverse order)`, () => {
          const forward = runRule(ruleId, c).conflicts.map((x) => [x.id, x.group, x.claims.join(",")].join(" "));
          const backward = runRule(ruleId, c, [...c.claims].reverse()).conflicts.map((x) =>
            [x.id, x.group, x.claims.join(",")].join(" "),
          );
          expect(backward.sort().join("\n")).toBe(forward.sort().join("\n"));
        });
      }
    });
  });
}
