/**
 * The session tests' yardstick: a patch applied to a session and to a fresh
 * full check of the patched claim set must give the same report, byte for
 * byte, the same claim set, and the added / removed / changed conflicts of
 * the two reports; a patch that fails must fail with the issues
 * `applyClaimSetPatch` gives and leave the session exactly as it was.
 */
import { expect } from "vitest";
import type { Conflict, PatchOperation, Session } from "../../src/index.js";
import { applyClaimSetPatch, check, ClaimSetError, summarizeDiff } from "../../src/index.js";

export const json = (value: unknown) => JSON.stringify(value);
const ids = (conflicts: readonly Conflict[]) => conflicts.map((c) => c.id).sort();

/** The ClaimSetError a session's `apply` throws for a patch it refuses (fails the test when it throws none). */
export function refusal(session: Session, operations: unknown): ClaimSetError {
  let thrown: unknown;
  try {
    session.apply(operations);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ClaimSetError);
  return thrown as ClaimSetError;
}

/**
 * Applies a patch to a session and to a fresh full check (with the
 * session's options), and compares everything; returns whether it applied.
 */
export function applyAndCompare(session: Session, operations: PatchOperation[], options?: Parameters<typeof check>[1]): boolean {
  const before = { report: json(session.report), claimSet: json(session.claimSet) };
  const previous = session.report;
  const expected = applyClaimSetPatch(session.claimSet, operations);
  if (!expected.ok) {
    expect(refusal(session, operations).issues).toEqual(expected.issues);
    expect(json(session.report)).toBe(before.report);
    expect(json(session.claimSet)).toBe(before.claimSet);
    return false;
  }
  const update = session.apply(operations);
  const full = check(expected.document, options);
  expect(json(update.report)).toBe(json(full));
  expect(session.report).toBe(update.report);
  expect(session.claimSet).toEqual(expected.document);
  // added / removed / changed: as summarizeDiff finds them on the whole reports, in its order…
  const diff = summarizeDiff(previous, full);
  expect(update.added).toEqual(diff.added);
  expect(update.removed).toEqual(diff.resolved);
  expect(update.changed).toEqual(diff.changed.map((pair) => pair.after));
  // …and by id, from first principles, when ids are unique (as the built-in rules make them)
  const oldById = new Map(previous.conflicts.map((c) => [c.id, c]));
  const newById = new Map(full.conflicts.map((c) => [c.id, c]));
  if (oldById.size < previous.conflicts.length || newById.size < full.conflicts.length) return true;
  expect(ids(update.added)).toEqual([...newById.keys()].filter((id) => !oldById.has(id)).sort());
  expect(ids(update.removed)).toEqual([...oldById.keys()].filter((id) => !newById.has(id)).sort());
  expect(ids(update.changed)).toEqual(
    [...newById.keys()].filter((id) => oldById.has(id) && json(oldById.get(id)) !== json(newById.get(id))).sort(),
  );
  return true;
}
