/**
 * The whole-document checks of validate.ts, kept true while the claims of a
 * valid claim set change a few at a time (sessions, DESIGN §7).
 *
 * What those checks need from the rest of the document is indexed once:
 * claim ids, the first claim of each property whose type is inferred, the
 * source ids, aliases and resolved properties. Changed claims are then read
 * against the index alone, with the verdicts a full read would give:
 *
 * - shape (the claim schema) and reserved scope names: the claim alone;
 * - unique claim ids: the index of ids;
 * - dates, web addresses, values read against the property's type: the
 *   claim and its property;
 * - a property's inferred type: its first claim, which must keep it;
 * - `unknown-source` warnings: the source ids.
 *
 * Entities, sources and properties do not change here, so neither do their
 * own checks (ambiguous labels, duplicate source or property ids, property
 * settings that must fit the type). A change that would change how other
 * claims read (a new property, an inferred type or the claim it comes
 * from), or that makes the claim set invalid, is not read here: the claim
 * set must then be read whole, which also words the issues.
 */
import { inferValueType, parseDate, parseValue } from "../values/index.js";
import type { DateValue, Value } from "../values/types.js";
import type { Claim, ClaimDocument, ClaimSet, PropertyDefinition } from "./claim-set.js";
import { claimSchema } from "./claim-set.js";
import type { ClaimSetIssue } from "./issues.js";
import { valueSettings } from "./properties.js";
import type { ClaimSetAnalysis } from "./validate.js";
import { isUrl, reservedKeyIssues, unknownSources } from "./validate.js";

/** One claim's change: what was at `index` before, and what is there now (unread), if anything. @internal */
export interface ClaimChange {
  index: number;
  before: Claim | undefined;
  after: unknown;
}

/** Changed claims read as a full read would read them. @internal */
export interface ChangedClaims {
  /** The claims present after the change, as read, in index order. */
  claims: Claim[];
  /** The index of each of `claims`. */
  indexes: number[];
  /** What the checker needs to read `claims`: `values[k]` and `times[k]` belong to `claims[k]`. */
  analysis: ClaimSetAnalysis;
  /** The `unknown-source` warnings of `claims`, in index order. */
  warnings: ClaimSetIssue[];
  /** Records the change in the index; call it once the change is kept. */
  commit(): void;
}

/** The parts of a valid claim set that changed claims are checked against. @internal */
export class ClaimSetIndex {
  private constructor(
    private readonly aliases: ClaimSetAnalysis["aliases"],
    private readonly properties: ClaimSetAnalysis["properties"],
    /** Each claim's index, by id. */
    private readonly ids: Map<string, number>,
    /** The index of the first claim of each property whose type is inferred from its first value. */
    private readonly inferred: Map<string, number>,
    /** Source ids, resolved, when the claim set lists its sources (claims are then warned about others). */
    private readonly sources: ReadonlySet<string> | undefined,
    /** The claim set's documents, by id: changed claims take their sources and dates. */
    private readonly documents: ReadonlyMap<string, ClaimDocument>,
    /** True when the claim set lists its documents (claims are then warned about others). */
    private readonly listsDocuments: boolean,
  ) {}

  /**
   * Indexes a valid claim set, given what reading it yielded and the
   * property definitions shared through options.
   */
  static of(claimSet: ClaimSet, analysis: ClaimSetAnalysis, shared: readonly PropertyDefinition[] = []): ClaimSetIndex {
    const { aliases, properties } = analysis;
    // The claim set's own definitions replace shared ones; a type declared by either is not inferred.
    const definitions = new Map<string, PropertyDefinition>();
    for (const definition of [...shared, ...(claimSet.properties ?? [])]) definitions.set(definition.id, definition);
    const ids = new Map<string, number>();
    const inferred = new Map<string, number>();
    claimSet.claims.forEach((claim, i) => {
      ids.set(claim.id, i);
      if (definitions.get(claim.property)?.type === undefined && !inferred.has(claim.property)) inferred.set(claim.property, i);
    });
    const sources = claimSet.sources && new Set(claimSet.sources.map((source) => aliases.resolve(source.id)));
    return new ClaimSetIndex(aliases, properties, ids, inferred, sources, analysis.documents, claimSet.documents !== undefined);
  }

  /**
   * Reads changed claims (in index order, each index once) against the rest
   * of the claim set. Returns them read, or `undefined` when the claim set
   * must be read whole: a changed claim is invalid, or the change changes how
   * other claims read.
   */
  read(changes: readonly ClaimChange[]): ChangedClaims | undefined {
    const changedAt = new Map(changes.map((change) => [change.index, change]));
    const claims: Claim[] = [];
    const indexes: number[] = [];
    const raws: Array<Record<string, unknown>> = [];
    for (const { index, after } of changes) {
      if (after === undefined) continue;
      const shape = claimSchema.safeParse(after);
      if (!shape.success || reservedKeyIssues({ claims: [after] }).length > 0) return undefined;
      claims.push(shape.data);
      indexes.push(index);
      raws.push(after as Record<string, unknown>);
    }

    // Ids: those of unchanged claims are taken; changed claims may swap theirs.
    const newIds = new Set<string>();
    for (const { id } of claims) {
      const owner = this.ids.get(id);
      if (newIds.has(id) || (owner !== undefined && !changedAt.has(owner))) return undefined;
      newIds.add(id);
    }

    const firsts = this.inferredFirsts(changes, changedAt);
    if (firsts === undefined) return undefined;

    const values: Value[] = [];
    const times: Array<DateValue | undefined> = [];
    const warnings: ClaimSetIssue[] = [];
    for (let k = 0; k < claims.length; k++) {
      const claim = claims[k]!;
      const raw = raws[k]!;
      const property = this.properties.get(claim.property)!;
      let time: DateValue | undefined;
      const document = claim.document === undefined ? undefined : this.documents.get(claim.document);
      // A claim without a source anywhere, or that names a document not listed, is read (and reported) whole.
      if (claim.source === undefined && document?.source === undefined) return undefined;
      if (this.listsDocuments && claim.document !== undefined && document === undefined) return undefined;
      for (const field of ["published", "asOf"] as const) {
        const text = raw[field];
        if (typeof text !== "string") continue;
        const date = parseDate(text);
        if (!date.ok) return undefined;
        time = date.value; // asOf comes second: it wins over published
      }
      if (time === undefined && document?.published !== undefined) {
        const date = parseDate(document.published);
        if (date.ok) time = date.value;
      }
      if (typeof raw.url === "string" && !isUrl(raw.url)) return undefined;
      const value = parseValue(raw.value, property.type, valueSettings(property), (label) => this.aliases.resolve(label));
      if (!value.ok) return undefined;
      values.push(value.value);
      times.push(time);
      if (this.sources) unknownSources(raw, indexes[k]!, this.sources, this.aliases, warnings);
    }

    return {
      claims,
      indexes,
      analysis: { aliases: this.aliases, properties: this.properties, values, times, documents: this.documents },
      warnings,
      commit: () => {
        for (const { index, before } of changes) if (before && this.ids.get(before.id) === index) this.ids.delete(before.id);
        claims.forEach((claim, k) => this.ids.set(claim.id, indexes[k]!));
        for (const [property, first] of firsts) this.inferred.set(property, first);
      },
    };
  }

  /**
   * The first claim of each inferred property the changes involve, as it is
   * after them; `undefined` when a changed claim uses a property no claim
   * used before, or when a property's first claim or inferred type would
   * change in a way that needs other claims read again.
   */
  private inferredFirsts(
    changes: readonly ClaimChange[],
    changedAt: ReadonlyMap<number, ClaimChange>,
  ): Map<string, number> | undefined {
    const propertyAfter = (change: ClaimChange | undefined) => (change?.after as { property?: string } | undefined)?.property;
    const firsts = new Map<string, number>();
    for (const change of changes) {
      for (const property of [change.before?.property, propertyAfter(change)]) {
        if (property === undefined || firsts.has(property)) continue;
        if (!this.properties.has(property)) return undefined;
        const first = this.inferred.get(property);
        if (first === undefined) continue; // declared type
        const firstChange = changedAt.get(first);
        // The first claim leaves the property: the next one is somewhere among the unchanged claims.
        if (firstChange !== undefined && propertyAfter(firstChange) !== property) return undefined;
        let next = first;
        for (const other of changes) if (other.index < next && propertyAfter(other) === property) next = other.index;
        if (next !== first || firstChange !== undefined) {
          const type = inferValueType((changedAt.get(next)!.after as { value: unknown }).value);
          if (type !== this.properties.get(property)!.type) return undefined;
        }
        firsts.set(property, next);
      }
    }
    return firsts;
  }
}
