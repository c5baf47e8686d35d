/**
 * fast-check arbitraries for the session and diff tests: small valid claim
 * sets that make every rule report (several groups and families, scopes
 * written through aliases, sources and attributions, dates, quantities,
 * plans and denials, an undeclared property whose type comes from its first
 * value), and patches on them — mostly applicable, some not.
 */
import fc from "fast-check";
import type { Claim, ClaimSet, PatchOperation } from "../../src/index.js";
import { applyClaimSetPatch, safeParseClaimSet } from "../../src/index.js";

const SUBJECTS = ["us-forces", "US forces", "القوات الأمريكية", "coalition"];
const SCOPES: Array<Record<string, string> | undefined> = [
  undefined,
  undefined,
  undefined,
  { location: "Syria" },
  { location: "سوريا" },
  { location: "Iraq" },
  { location: "Iraq" },
  { location: "Iraq", base: "Victory" },
];
const SOURCES = ["s1", "s2", "s3", "pentagon"];
const DATES = ["2025-01-10", "2025-03", "2025-04-01", "2025-04-20", "2025-04-20", "2025-04-20", "2025-04-20", "2025-04-25", "2025-06-10", "2025-Q2", "2024", "2025-04-15/2025-05-15"];
const SCOPED = SCOPES.filter((scope) => scope !== undefined);
const OPTIONAL_DATES = [undefined, "2025-04-20", "2025-04-20", ...DATES];

/** Values by property: each property's pool reads under its type. */
export const VALUES: Record<string, Claim["value"][]> = {
  "troop-count": [900, "~900", "~1400", 1400, 2000, "<1000", "2000..2500", ">=70", { amount: 1400, approx: true }],
  attacks: [80, 100, 120, "~100"],
  "end-date": ["2025-09", "2026-12", "2026-Q4", "2026", "2025-09~"],
  withdrawn: [true, false],
  // Undeclared: a quantity when "~7" comes first, a date (year) when "2025" or "1400" does.
  figure: ["~7", "2025", "1400"],
};
// Mostly troop counts, so that claims meet in the same groups and the rules have something to find.
const PROPERTIES = ["troop-count", "troop-count", "troop-count", "troop-count", "troop-count", "attacks", "end-date", "withdrawn", "figure"];

const modality = fc.constantFrom<Claim["modality"]>(undefined, undefined, undefined, undefined, undefined, "planned", "denied");

/** One claim (without its id). */
export const claimBody = fc
  .record({
    subject: fc.constantFrom(...SUBJECTS),
    property: fc.constantFrom(...PROPERTIES),
    scope: fc.constantFrom(...SCOPES),
    valueIndex: fc.nat(),
    source: fc.constantFrom(...SOURCES),
    attribution: fc.constantFrom<string[] | undefined>(undefined, undefined, ["pentagon"], ["s1", "Pentagon"]),
    published: fc.constantFrom(...OPTIONAL_DATES),
    asOf: fc.constantFrom(undefined, undefined, undefined, "2025-04-20", "2025-02"),
    document: fc.constantFrom(undefined, undefined, undefined, "article-1"),
    modality,
  })
  .map(({ valueIndex, property, ...rest }) => {
    const pool = VALUES[property]!;
    const claim: Record<string, unknown> = { property, value: pool[valueIndex % pool.length] };
    for (const [key, value] of Object.entries(rest)) if (value !== undefined) claim[key] = value;
    return claim as Omit<Claim, "id">;
  });

/** A small valid claim set. */
export const claimSet: fc.Arbitrary<ClaimSet> = fc
  .record({
    claims: fc.array(claimBody, { minLength: 1, maxLength: 14, size: "max" }),
    tolerance: fc.constantFrom(undefined, 0.05),
    withSources: fc.boolean(),
  })
  .map(({ claims, tolerance, withSources }) => {
    const set: ClaimSet = {
      entities: [
        { id: "us-forces", labels: ["US forces", "القوات الأمريكية"] },
        { id: "syria", labels: ["Syria", "سوريا"] },
        { id: "iraq", labels: ["Iraq", "العراق"] },
      ],
      properties: [
        { id: "troop-count", type: "quantity", ...(tolerance === undefined ? {} : { tolerance }) },
        { id: "attacks", type: "quantity", temporal: "cumulative" },
        { id: "end-date", type: "date", temporal: "static" },
        { id: "withdrawn", type: "boolean" },
      ],
      claims: claims.map((claim, i) => ({ id: `c${i}`, ...claim }) as Claim),
    };
    if (withSources) {
      set.sources = [
        { id: "s1", name: "Infoplus" },
        { id: "s2", name: "Al-Mada" },
        { id: "pentagon", name: "US Department of Defense" },
      ];
    }
    return set;
  })
  .filter((set) => safeParseClaimSet(set).success);

/** What an operation does, before it meets a claim set: indexes and picks are resolved against the set. */
interface OperationSpec {
  kind: number;
  i: number;
  j: number;
  pick: number;
  /** Rarely: an index past the end, or a value of another property, on purpose. */
  wild: boolean;
  body: Omit<Claim, "id">;
  date: string;
}

const KINDS = [
  ["value", 6], ["published", 2], ["asOf", 1], ["unpublish", 1], ["scope", 3], ["unscope", 1], ["source", 2], ["subject", 1],
  ["modality", 1], ["add", 3], ["remove", 3], ["move", 2], ["copyValue", 1], ["copyScope", 1], ["testId", 1], ["testProperty", 1],
  ["rewrite", 2], ["label", 1], ["approx", 1], ["sources", 1],
] as const;
const WEIGHTED = KINDS.flatMap(([kind, weight]) => Array.from({ length: weight }, () => kind));

const operationSpec: fc.Arbitrary<OperationSpec> = fc.record({
  kind: fc.nat(),
  i: fc.nat(),
  j: fc.nat(),
  pick: fc.nat(),
  wild: fc.oneof({ weight: 15, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  body: claimBody,
  date: fc.constantFrom(...DATES),
});

/** Turns a spec into an operation on `set`: mostly one that applies, sometimes one that does not. */
export function toOperation(spec: OperationSpec, set: ClaimSet): PatchOperation {
  const n = set.claims.length;
  const i = spec.wild ? n + (spec.i % 3) : spec.i % Math.max(n, 1);
  const j = spec.wild ? n + 1 + (spec.j % 3) : spec.j % (n + 1);
  const c = `/claims/${i}`;
  const target = set.claims[i];
  const pool = spec.wild || target === undefined ? Object.values(VALUES).flat() : VALUES[target.property] ?? [];
  const kind = WEIGHTED[spec.kind % WEIGHTED.length]!;
  switch (kind) {
    case "value": return { op: "replace", path: `${c}/value`, value: pool[spec.pick % pool.length] };
    case "published": return { op: "add", path: `${c}/published`, value: spec.date };
    case "asOf": return { op: "add", path: `${c}/asOf`, value: spec.date };
    case "unpublish": return { op: "remove", path: `${c}/published` };
    case "scope": return { op: "add", path: `${c}/scope`, value: SCOPED[spec.pick % SCOPED.length] };
    case "unscope": return { op: "remove", path: `${c}/scope` };
    case "source": return { op: "replace", path: `${c}/source`, value: SOURCES[spec.pick % SOURCES.length] };
    case "subject": return { op: "replace", path: `${c}/subject`, value: SUBJECTS[spec.pick % SUBJECTS.length] };
    case "modality": return { op: "add", path: `${c}/modality`, value: ["asserted", "planned", "denied"][spec.pick % 3] };
    case "add": return { op: "add", path: spec.pick % 3 === 0 ? "/claims/-" : `/claims/${j}`, value: { id: `new${spec.pick % 1000}`, ...spec.body } };
    case "remove": return { op: "remove", path: c };
    // Same id, new everything: the claim may move to another group, family or property.
    case "rewrite": return { op: "replace", path: c, value: { id: target?.id ?? "gone", ...spec.body } };
    case "move": return { op: "move", from: c, path: `/claims/${Math.min(j, Math.max(n - 1, 0))}` };
    case "copyValue": return { op: "copy", from: `${c}/value`, path: `/claims/${j % Math.max(n, 1)}/value` };
    case "copyScope": return { op: "copy", from: `${c}/scope`, path: `/claims/${j % Math.max(n, 1)}/scope` };
    case "testId": return { op: "test", path: `${c}/id`, value: spec.pick % 4 === 0 ? "not-an-id" : target?.id ?? "none" };
    case "testProperty": return { op: "test", path: "/claims/0/property", value: "troop-count" };
    // Outside claims: names, aliases, property settings.
    case "label": return { op: "add", path: "/entities/1/labels/-", value: "Syrie" };
    case "approx": return { op: "add", path: "/properties/0/approx", value: 0.3 };
    case "sources": return { op: "add", path: "/sources", value: [{ id: "s3", name: "Shafaq News" }] };
  }
}

/**
 * A patch of one to three operations, each resolved against the claim set
 * as the operations before it leave it.
 */
export const patch: fc.Arbitrary<(set: ClaimSet) => PatchOperation[]> = fc
  .array(operationSpec, { minLength: 1, maxLength: 3 })
  .map((specs) => {
    const build = (set: ClaimSet) => {
      let current = set;
      return specs.map((spec) => {
        const operation = toOperation(spec, current);
        const next = applyClaimSetPatch(current, [operation]);
        if (next.ok) current = next.document;
        return operation;
      });
    };
    return Object.assign(build, { toString: () => `patch(${JSON.stringify(specs)})` });
  });
