/**
 * The estimates in words, for the formats people read: which figure of a
 * disputed moment is best supported, how likely it is, and who backs it
 * ("most likely about 1,400 (confidence 93 %) — 3 independent origins
 * including US Department of Defense"). The words are plain text: each
 * format escapes them as it escapes the rest of the user's text.
 */
import type { ClaimSet } from "../model/claim-set.js";
import type { ClaimInDocument } from "../model/documents.js";
import { documentsOf, inDocument } from "../model/documents.js";
import type { Conflict, Group, Report, ReportEstimate } from "../model/report.js";
import { dateInWords, valueInWords } from "../values/words.js";
import { plural } from "../internal/plural.js";
import { codeUnitOrder } from "../internal/code-unit-order.js";
import type { Names } from "../normalize/names.js";
import { namesOf } from "./html/names.js";

/** What the words of the estimates need from a report and its claim set, gathered once per report. @internal */
export interface EstimateWords {
  /** Each group by key. */
  groups: ReadonlyMap<string, Group>;
  /** A source's trust by id. */
  trust: ReadonlyMap<string, number>;
  /** The claim set's claims by id (the first of each), when the context has the claim set. */
  claims: ReadonlyMap<string, ClaimInDocument> | undefined;
  names: Names;
  /** Units of the claim set's properties. */
  units: ReadonlyMap<string, string>;
  /** Sources the claim set declares `kind: "unnamed"`: named after the named ones, whatever their trust. */
  unnamed: ReadonlySet<string>;
}

/**
 * Gathers what `conflictEstimates` and `estimateInWords` need: for `every`
 * estimate of the report, or (the default) only those its conflicts
 * dispute, so that a large report with few conflicts reads few claims.
 * @internal
 */
export function estimateWords(report: Report, claimSet: ClaimSet | undefined, every = false): EstimateWords {
  const groups = new Map(report.groups.map((group) => [group.key, group]));
  const trust = new Map((report.sources ?? []).map((source) => [source.id, source.trust]));
  let claims: Map<string, ClaimInDocument> | undefined;
  if (claimSet !== undefined) {
    let needed: Set<string> | undefined;
    if (!every) {
      needed = new Set();
      for (const conflict of report.conflicts) {
        for (const estimate of disputedEstimates(conflict, groups.get(conflict.group))) for (const id of estimate.claims) needed.add(id);
      }
    }
    claims = new Map();
    const documents = documentsOf(claimSet);
    for (const claim of claimSet.claims) {
      if ((needed === undefined || needed.has(claim.id)) && !claims.has(claim.id)) claims.set(claim.id, inDocument(claim, documents));
    }
  }
  const units = new Map<string, string>();
  for (const property of claimSet?.properties ?? []) if (property.unit !== undefined && !units.has(property.id)) units.set(property.id, property.unit);
  const names = namesOf(claimSet);
  const unnamed = new Set((claimSet?.sources ?? []).filter((source) => source.kind === "unnamed").map((source) => names.resolve(source.id)));
  return { groups, trust, claims, names, units, unnamed };
}

/**
 * The estimates a conflict disputes: those of its group for which it has
 * claims on both sides (supporting and against). A change over time, whose
 * claims each agree with their own moment, disputes none.
 * @internal
 */
export function disputedEstimates(conflict: Conflict, group: Group | undefined): ReportEstimate[] {
  if (group?.estimates === undefined) return [];
  const involved = new Set(conflict.claims);
  return group.estimates.filter((estimate) => estimate.claims.some((id) => involved.has(id)) && estimate.against.some((id) => involved.has(id)));
}

/** Each report's groups by key, made once per report. */
const groupIndexes = new WeakMap<Report, ReadonlyMap<string, Group>>();

/**
 * The estimates a conflict of `report` disputes (see `disputedEstimates`),
 * as SARIF's result properties carry them: `{ estimates }`, or nothing.
 * @internal
 */
export function estimateProperties(report: Report, conflict: Conflict): { estimates?: ReportEstimate[] } {
  let groups = groupIndexes.get(report);
  if (groups === undefined) groupIndexes.set(report, (groups = new Map(report.groups.map((group) => [group.key, group]))));
  const estimates = disputedEstimates(conflict, groups.get(conflict.group));
  return estimates.length > 0 ? { estimates } : {};
}

/** The estimates of a conflict in words, one sentence each (none when it disputes no estimate). @internal */
export function conflictEstimates(conflict: Conflict, words: EstimateWords): string[] {
  const group = words.groups.get(conflict.group);
  const disputed = disputedEstimates(conflict, group);
  return disputed.map((estimate) => estimateInWords(estimate, group!, words, disputed.length > 1));
}

/** `93 %`: a probability as a reader takes it in, never 0 % or 100 % for what is neither certain nor impossible. */
function percent(x: number): string {
  const rounded = Math.round(x * 100);
  return x > 0 && rounded === 0 ? "under 1 %" : x < 1 && rounded === 100 ? "over 99 %" : `${rounded} %`;
}

/** `between 1 April and 30 September 2025`-like words for an estimate's moment. */
function momentInWords(estimate: ReportEstimate): string {
  if (estimate.from === null && estimate.to === null) return "undated";
  if (estimate.from === estimate.to) return `on ${dateInWords(estimate.from!)}`;
  if (estimate.to === null) return `from ${dateInWords(estimate.from!)}`;
  if (estimate.from === null) return `until ${dateInWords(estimate.to)}`;
  return `${dateInWords(estimate.from)} to ${dateInWords(estimate.to)}`;
}

/** The independent origins that back an estimate: named sources first (a reader weighs "unnamed officials" apart), then most trusted, then by name. */
function supportingOrigins(estimate: ReportEstimate, group: Group, words: EstimateWords): string[] {
  const origins = new Set<string>();
  if (words.claims !== undefined) {
    const { resolve } = words.names;
    for (const id of estimate.claims) {
      const claim = words.claims.get(id);
      if (claim === undefined) continue;
      const cited = claim.attribution;
      origins.add(resolve(cited !== undefined && cited.length > 0 ? cited[cited.length - 1]! : claim.source));
    }
  } else {
    // Without the claim set: the origins of the positions its supporting claims stand in.
    const supporting = new Set(estimate.claims);
    for (const position of group.positions) if (position.claims.some((id) => supporting.has(id))) for (const origin of position.origins) origins.add(origin);
  }
  const trust = (id: string) => words.trust.get(id) ?? 0;
  const unnamed = (id: string) => (words.unnamed.has(id) ? 1 : 0);
  return [...origins].sort((a, b) => unnamed(a) - unnamed(b) || trust(b) - trust(a) || codeUnitOrder(words.names.name(a), words.names.name(b)) || codeUnitOrder(a, b));
}

/**
 * An estimate in words: `most likely about 1,400 (confidence 93 %) — 3
 * independent origins including US Department of Defense`; with `when`, its
 * moment first.
 * @internal
 */
export function estimateInWords(estimate: ReportEstimate, group: Group, words: EstimateWords, when = false): string {
  const value = valueInWords(estimate.value, words.units.get(group.property));
  const what =
    estimate.modality === "denied" ? `most likely not ${value}` : estimate.modality === "planned" ? `most likely planned: ${value}` : `most likely ${value}`;
  const origins = supportingOrigins(estimate, group, words);
  const { name } = words.names;
  let support: string;
  if (origins.length === 0) support = plural(estimate.claims.length, "supporting claim");
  else if (origins.length === 1) support = `1 origin: ${name(origins[0]!)}`;
  else support = `${origins.length} independent origins including ${name(origins[0]!)}`;
  const against = estimate.against.length > 0 ? `; ${plural(estimate.against.length, "claim")} against` : "";
  return `${when ? `${momentInWords(estimate)}: ` : ""}${what} (confidence ${percent(estimate.confidence)}) — ${support}${against}`;
}
