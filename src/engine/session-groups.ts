/**
 * The groups of a session's claims, kept between patches (DESIGN §7): each
 * claim as read, by index; each group's view; the groups of each family;
 * each group's result. When some claims change, only the families they
 * leave or join are checked again: every group of such a family gets a
 * fresh view (rules may memoise per view) and its related groups anew;
 * every other result is reused.
 */
import type { CheckedClaim } from "./claims.js";
import type { PreparedClaims } from "./check.js";
import type { GroupResult } from "./report-entries.js";
import { familyKey, groupFamilies, relatedGroups } from "./check.js";
import type { GroupView } from "./rule.js";
import { codeUnitOrder } from "../internal/code-unit-order.js";

/** Checks one group given the other groups of its family. @internal */
export type GroupCheck = (view: GroupView, related: readonly GroupView[]) => GroupResult;

/** A group whose result may have changed: before and after (`undefined` when the group does not exist). @internal */
export interface GroupChange {
  key: string;
  before: GroupResult | undefined;
  after: GroupResult | undefined;
  /** The group's view now (`undefined` when the group is gone). */
  view: GroupView | undefined;
}


/** The groups of a valid claim set's claims, with their results. @internal */
export class SessionGroups {
  private constructor(
    /** Each claim as read, by index. */
    private readonly claims: CheckedClaim[],
    private readonly views: Map<string, GroupView>,
    /** Each family's views, in key order. */
    private readonly families: Map<string, GroupView[]>,
    private readonly results: Map<string, GroupResult>,
  ) {}

  /**
   * The groups of prepared claims, each checked with its family, or its
   * result taken from `reuse` when that has one.
   */
  static check(
    prepared: PreparedClaims,
    check: GroupCheck,
    reuse: (view: GroupView) => GroupResult | undefined = () => undefined,
  ): SessionGroups {
    const families = groupFamilies(prepared.views);
    const results = new Map<string, GroupResult>();
    for (const view of prepared.views) results.set(view.key, reuse(view) ?? check(view, relatedGroups(view, families)));
    const views = new Map(prepared.views.map((view) => [view.key, view]));
    return new SessionGroups(prepared.claims, views, families, results);
  }

  /** Every claim as read, in document order. */
  get all(): readonly CheckedClaim[] {
    return this.claims;
  }

  /** A group's result, by key. */
  result(key: string): GroupResult | undefined {
    return this.results.get(key);
  }

  /**
   * Re-checks the families of changed claims. `changed` holds the claims
   * now at the changed indexes, in index order; claims from index `length`
   * on are gone. Returns every group of those families whose result may
   * differ, in key order, and a commit that records the change.
   */
  update(changed: readonly CheckedClaim[], length: number, check: GroupCheck): { changes: GroupChange[]; commit(): void } {
    const indexes = new Set(changed.map((claim) => claim.index));
    for (let i = length; i < this.claims.length; i++) indexes.add(i);
    // The groups and families the changed claims leave or join.
    const touchedFamilies = new Set<string>();
    const touchedGroups = new Map<string, string>(); // group key → family key
    const touch = (claim: CheckedClaim | undefined) => {
      if (claim === undefined) return;
      touchedFamilies.add(familyKey(claim));
      touchedGroups.set(claim.group, familyKey(claim));
    };
    for (const i of indexes) touch(this.claims[i]);
    for (const claim of changed) touch(claim);

    // The members of each group that gains or loses claims, in index order.
    const members = new Map<string, CheckedClaim[]>();
    for (const key of touchedGroups.keys()) {
      const kept = (this.views.get(key)?.claims ?? []).filter((claim) => !indexes.has(claim.index));
      members.set(key, mergeByIndex(kept, changed.filter((claim) => claim.group === key)));
    }

    // Every group of a touched family, with a fresh view, checked with its new relatives.
    const families = new Map<string, GroupView[]>();
    const views = new Map<string, GroupView>();
    for (const family of touchedFamilies) {
      const keys = new Set((this.families.get(family) ?? []).map((view) => view.key));
      for (const [key, of] of touchedGroups) if (of === family) keys.add(key);
      const list: GroupView[] = [];
      for (const key of [...keys].sort(codeUnitOrder)) {
        const claims = members.get(key) ?? [...this.views.get(key)!.claims];
        if (claims.length === 0) continue;
        const first = claims[0]!;
        const view: GroupView = { key, subject: first.subject, property: first.property, scope: first.scope, claims };
        views.set(key, view);
        list.push(view);
      }
      families.set(family, list);
    }
    const results = new Map<string, GroupResult>();
    for (const list of families.values()) {
      for (const view of list) results.set(view.key, check(view, list.filter((other) => other !== view)));
    }

    const keys = new Set<string>(results.keys());
    for (const family of touchedFamilies) for (const view of this.families.get(family) ?? []) keys.add(view.key);
    const changes = [...keys]
      .sort(codeUnitOrder)
      .map((key) => ({ key, before: this.results.get(key), after: results.get(key), view: views.get(key) }));

    return {
      changes,
      commit: () => {
        for (const claim of changed) this.claims[claim.index] = claim;
        this.claims.length = length;
        for (const { key, after } of changes) {
          if (after === undefined) {
            this.views.delete(key);
            this.results.delete(key);
          } else {
            this.views.set(key, views.get(key)!);
            this.results.set(key, after);
          }
        }
        for (const [family, list] of families) {
          if (list.length === 0) this.families.delete(family);
          else this.families.set(family, list);
        }
      },
    };
  }
}

/** Two lists of claims, each in index order, as one list in index order. */
function mergeByIndex(a: readonly CheckedClaim[], b: readonly CheckedClaim[]): CheckedClaim[] {
  if (b.length === 0) return [...a];
  const out: CheckedClaim[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.index < b[j]!.index)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
