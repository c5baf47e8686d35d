/**
 * A safe facade over fast-json-patch (DESIGN §7): a patch is checked before
 * it runs, runs on a copy, and the result must be a valid claim set.
 *
 * Why the checks: fast-json-patch is unmaintained and CommonJS (in ESM only
 * its default import works); it mutates the document it is given and is not
 * atomic (a failing operation leaves the earlier ones applied); its own ban
 * on `__proto__` does not stop a `copy` from `/constructor`, and it follows
 * inherited members (`/claims/0/toString` "exists"). So every pointer is
 * checked here against the document's own members, operation by operation,
 * on a private copy that is returned only when everything succeeded; its
 * error messages are never shown (they name its internals, not the user's
 * patch).
 *
 * For sessions, a patch that stays inside existing claims (or adds claims at
 * the end, or removes the last ones) can run on a copy of just the claims it
 * changes, the others shared (`patchClaims`).
 */
import jsonpatch from "fast-json-patch";
import type { ClaimSet, PropertyDefinition } from "../model/claim-set.js";
import type { ClaimSetIssue } from "../model/issues.js";
import { toPointer } from "../model/issues.js";
import { readJsonText } from "../model/json-input.js";
import { analyzeClaimSet } from "../model/parse.js";
import type { ClaimSetAnalysis } from "../model/validate.js";
import { describe, quote } from "../internal/quote.js";
import { plural } from "../internal/plural.js";
import { restorePrototypes, snapshotPrototypes } from "./prototype-guard.js";
import type { CheckedOperation } from "./patch-operations.js";
import { checkOperations, copyJson, isContainer, issue } from "./patch-operations.js";

/** Options of `applyClaimSetPatch`. */
export interface PatchOptions {
  /** The most operations a patch may have; longer patches are rejected before anything runs. Default 1 000. */
  maxOperations?: number;
  /** Property definitions shared from code, as for `parseClaimSet`. */
  properties?: readonly PropertyDefinition[];
}

/**
 * The result of `applyClaimSetPatch`. On failure, `target` says what the
 * issues' pointers point into: the patch (`/2/path`) or the claim set
 * (`/claims/3/value`, after the patch, or the document given).
 */
export type PatchResult =
  | { ok: true; document: ClaimSet; warnings: ClaimSetIssue[] }
  | { ok: false; issues: ClaimSetIssue[]; target: "patch" | "claim-set" };

/** The default of `maxOperations`. @internal */
export const MAX_OPERATIONS = 1000;

const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;


/**
 * Applies an RFC 6902 JSON Patch to a claim set, safely: the operations are
 * checked first (at most `maxOperations`, known fields only, valid RFC 6901
 * pointers, none through `__proto__`, `constructor` or `prototype`, no
 * pointer into nothing), applied to a copy (the document given is never
 * modified), and the result must be a valid claim set. Never throws on bad
 * input: returns `{ ok: true, document, warnings }` or `{ ok: false, issues,
 * target }`, each issue with a JSON pointer into the patch or the claim set.
 *
 * @example
 * const result = applyClaimSetPatch(claimSet, [{ op: "replace", path: "/claims/0/value", value: "~1400" }]);
 * if (result.ok) save(result.document);
 * else for (const issue of result.issues) console.error(`${issue.path}: ${issue.message}`);
 * // /0/path: "/claims/99/value" points at nothing: the claim set has 40 claims
 */
export function applyClaimSetPatch(document: unknown, operations: unknown, options: PatchOptions = {}): PatchResult {
  const checked = checkPatch(operations, options);
  if (!checked.ok) return checked;
  const result = applyCheckedPatch(document, checked.patch, options);
  return result.ok ? { ok: true, document: result.document, warnings: result.warnings } : result;
}

/** A patch whose operations passed every check that needs no document. @internal */
export interface CheckedPatch {
  readonly operations: readonly CheckedOperation[];
}

/**
 * Checks a patch's operations before anything runs: at most `maxOperations`,
 * known fields only, valid and safe pointers, plain JSON values (copied).
 * Throws `TypeError` on a bad `maxOperations`.
 * @internal
 */
export function checkPatch(
  operations: unknown,
  options: PatchOptions = {},
): { ok: true; patch: CheckedPatch } | { ok: false; issues: ClaimSetIssue[]; target: "patch" } {
  const max = options.maxOperations ?? MAX_OPERATIONS;
  if (!Number.isSafeInteger(max) || max < 0) throw new TypeError("options.maxOperations must be a whole number of at least 0");
  const checked = checkOperations(operations, max);
  return checked.ok ? { ok: true, patch: { operations: checked.operations } } : { ok: false, issues: checked.issues, target: "patch" };
}

/**
 * Applies a checked patch to a copy of a document and reads the result as a
 * claim set, also returning it as the checker reads it (sessions
 * re-check from it without reading the claim set twice).
 * @internal
 */
export function applyCheckedPatch(
  document: unknown,
  patch: CheckedPatch,
  options: PatchOptions = {},
  /** The document is a claim set this library read (plain data, nothing shared): copy it the fast way. */
  trusted = false,
):
  | { ok: true; document: ClaimSet; data: ClaimSet; analysis: ClaimSetAnalysis; warnings: ClaimSetIssue[] }
  | { ok: false; issues: ClaimSetIssue[]; target: "patch" | "claim-set" } {
  const base = trusted ? { ok: true as const, document: structuredClone(document) } : readDocument(document);
  if (!base.ok) return { ok: false, issues: base.issues, target: "claim-set" };
  const applied = applyGuarded(base.document, patch.operations);
  if (!applied.ok) return { ok: false, issues: [applied.issue], target: "patch" };

  const parsed = analyzeClaimSet(applied.document, { properties: options.properties });
  if (!parsed.success) return { ok: false, issues: [...parsed.error.issues], target: "claim-set" };
  return {
    ok: true,
    document: applied.document as ClaimSet,
    data: parsed.data,
    analysis: parsed.analysis,
    warnings: parsed.warnings,
  };
}

/**
 * Applies a checked patch to the claims of a claim set this library read,
 * when every operation stays inside claims that exist (`/claims/3/value`),
 * or adds a claim at the end, or removes the last one: no claim changes its
 * index. Only the claims the patch changes are copied; the others are shared.
 * Returns the new list of claims (unread: the changed ones may be invalid)
 * with the indexes the patch changed, added or removed, in order; the
 * issues when an operation fails; or `undefined` when the patch does more,
 * for `applyCheckedPatch` (sessions then re-read only those claims).
 * @internal
 */
export function patchClaims(
  claimSet: ClaimSet,
  patch: CheckedPatch,
): { ok: true; claims: unknown[]; changed: number[] } | { ok: false; issues: ClaimSetIssue[]; target: "patch" } | undefined {
  const changed = changedClaims(patch.operations, claimSet.claims.length);
  if (changed === undefined) return undefined;
  const claims: unknown[] = Array.from(claimSet.claims); // not slice(): V8 copies frozen arrays far slower with it
  for (const i of changed) if (i < claims.length) claims[i] = structuredClone(claims[i]);
  // The document takes the operations' values as they are: copies keep the patch applicable again.
  const operations = patch.operations.map((operation) =>
    operation.value === undefined ? operation : { ...operation, value: structuredClone(operation.value) },
  );
  // Operations reach nothing but `claims`: the other sections can be shared as they are.
  const applied = applyGuarded({ ...claimSet, claims }, operations);
  if (!applied.ok) return { ok: false, issues: [applied.issue], target: "patch" };
  return { ok: true, claims: (applied.document as { claims: unknown[] }).claims, changed: [...changed].sort((a, b) => a - b) };
}

/**
 * The indexes of the claims a patch changes, adds or removes, when it only
 * works inside existing claims, adds at the end or removes the last claim;
 * otherwise `undefined`. Read as if every operation succeeds: one that fails
 * fails the patch anyway.
 */
function changedClaims(operations: readonly CheckedOperation[], length: number): Set<number> | undefined {
  const changed = new Set<number>();
  let count = length;
  /** The index of the existing claim `segments` point inside, if they do. */
  const inside = (segments: readonly string[] | undefined) =>
    segments !== undefined && segments.length > 2 && segments[0] === "claims" && ARRAY_INDEX.test(segments[1]!) && Number(segments[1]) < count
      ? Number(segments[1])
      : undefined;
  for (const { op, segments, fromSegments } of operations) {
    if (segments.length === 2 && segments[0] === "claims") {
      const at = segments[1] === "-" ? count : ARRAY_INDEX.test(segments[1]!) ? Number(segments[1]) : -1;
      if (at < 0) return undefined;
      if ((op === "test" || op === "replace") && at < count) {
        if (op === "replace") changed.add(at);
      } else if (op === "add" && at === count) {
        changed.add(count++);
      } else if (op === "remove" && at === count - 1) {
        changed.add(--count);
      } else {
        return undefined;
      }
      continue;
    }
    const at = inside(segments);
    if (at === undefined) return undefined;
    if (op === "move" || op === "copy") {
      const from = inside(fromSegments);
      if (from === undefined) return undefined;
      if (op === "move") changed.add(from);
    }
    if (op !== "test") changed.add(at);
  }
  return changed;
}

/**
 * Applies checked operations to a private document, with the shared
 * prototypes checked (and restored) afterwards.
 */
function applyGuarded(
  document: unknown,
  operations: readonly CheckedOperation[],
): { ok: true; document: unknown } | { ok: false; issue: ClaimSetIssue } {
  const before = snapshotPrototypes();
  let applied: { ok: true; document: unknown } | { ok: false; issue: ClaimSetIssue };
  try {
    applied = applyOperations(document, operations);
  } catch {
    // Only a bug in the checks above (or in fast-json-patch) gets here; its message is not for users.
    applied = { ok: false, issue: issue("patch-failed", "", "the patch could not be applied") };
  }
  // Defence in depth: whatever happened, the shared prototypes must be as they were.
  if (restorePrototypes(before)) {
    return {
      ok: false,
      issue: issue("unsafe-patch", "", "applying the patch changed the prototype of every object; the change was undone and the patch rejected"),
    };
  }
  return applied;
}

/** The document to patch, as a private copy; text and bytes are read as JSON. */
function readDocument(document: unknown): { ok: true; document: unknown } | { ok: false; issues: ClaimSetIssue[] } {
  if (typeof document === "string" || document instanceof Uint8Array) {
    // Refuses what JSON.parse would read wrong: a key written twice in an object (it keeps the last silently).
    const read = readJsonText(document);
    return read.ok ? { ok: true, document: read.value } : read;
  }
  const copy = copyJson(document, [], false);
  if (!copy.ok) return { ok: false, issues: [{ ...copy.issue, code: "invalid-type", message: copy.issue.message.replace(/^not JSON data/, "the claim set is not JSON data") }] };
  return { ok: true, document: copy.value };
}

// ---------------------------------------------------------------- applying

/** Applies the operations in order; stops at the first that cannot apply. */
function applyOperations(
  document: unknown,
  operations: readonly CheckedOperation[],
): { ok: true; document: unknown } | { ok: false; issue: ClaimSetIssue } {
  let doc = document;
  const run = (operation: Record<string, unknown>, index: number) => {
    doc = jsonpatch.applyOperation(doc, operation as never, true, true, true, index).newDocument;
  };
  for (let i = 0; i < operations.length; i++) {
    const operation = operations[i]!;
    try {
      const problem = applyOne(i, operation);
      if (problem) return { ok: false, issue: problem };
    } catch {
      // The checks make this unreachable; should fast-json-patch fail anyway, its message is not for users.
      return {
        ok: false,
        issue: issue("patch-failed", toPointer([i]), `operation ${i} (${operation.op} ${quote(operation.path)}) could not be applied`),
      };
    }
  }
  return { ok: true, document: doc };

  /** Applies one operation to `doc`; returns why it cannot apply, if it cannot. */
  function applyOne(i: number, operation: CheckedOperation): ClaimSetIssue | undefined {
    const { op, path, segments } = operation;
    const nowhere = (field: "path" | "from", why: string) => issue("pointer-not-found", toPointer([i, field]), why);
    switch (op) {
      case "add": {
        const problem = locate(doc, segments, "add");
        if (problem) return nowhere("path", `${quote(path)} ${problem}`);
        run({ op, path, value: operation.value }, i);
        break;
      }
      case "remove":
      case "replace": {
        if (op === "remove" && segments.length === 0) {
          return issue("invalid-patch", toPointer([i, "path"]), 'a patch cannot remove the whole claim set ("")');
        }
        const problem = locate(doc, segments, "existing");
        if (problem) return nowhere("path", `${quote(path)} ${problem}`);
        run(op === "remove" ? { op, path } : { op, path, value: operation.value }, i);
        break;
      }
      case "test": {
        const problem = locate(doc, segments, "existing");
        if (problem) return nowhere("path", `${quote(path)} ${problem}`);
        try {
          run({ op, path, value: operation.value }, i);
        } catch (error) {
          if (!(error instanceof jsonpatch.JsonPatchError) || error.name !== "TEST_OPERATION_FAILED") throw error;
          const where = path === "" ? "the claim set" : path;
          return issue("test-failed", toPointer([i]), `test failed: ${where} is ${preview(valueAt(doc, segments))}, not ${preview(operation.value)}`);
        }
        break;
      }
      case "copy": {
        const from = locate(doc, operation.fromSegments!, "existing");
        if (from) return nowhere("from", `${quote(operation.from!)} ${from}`);
        const problem = locate(doc, segments, "add");
        if (problem) return nowhere("path", `${quote(path)} ${problem}`);
        run({ op, path, from: operation.from }, i);
        break;
      }
      case "move": {
        const fromSegments = operation.fromSegments!;
        const from = locate(doc, fromSegments, "existing");
        if (from) return nowhere("from", `${quote(operation.from!)} ${from}`);
        if (fromSegments.length < segments.length && fromSegments.every((segment, k) => segments[k] === segment)) {
          return issue("invalid-patch", toPointer([i, "path"]), `cannot move ${quote(operation.from!)} into itself (${quote(path)} is inside it)`);
        }
        // RFC 6902 §4.4: a remove at "from", then an add at "path" on what remains.
        const value = valueAt(doc, fromSegments);
        if (fromSegments.length === 0) {
          doc = undefined;
        } else {
          run({ op: "remove", path: operation.from }, i);
        }
        const problem = locate(doc, segments, "add");
        if (problem) return nowhere("path", `${quote(path)} ${problem} (once ${quote(operation.from!)} is taken out)`);
        run({ op: "add", path, value }, i);
        break;
      }
    }
    return undefined;
  }
}

/**
 * Why `segments` cannot be used, or `undefined` when they can: `existing`
 * needs the member to be there (own members only: inherited ones such as
 * `toString` are not part of a JSON document); `add` needs its parent to be
 * there and, in a list, an index up to the length, or "-".
 */
function locate(document: unknown, segments: readonly string[], purpose: "existing" | "add"): string | undefined {
  if (segments.length === 0) return purpose === "existing" && document === undefined ? "points at nothing: there is no document" : undefined;
  let node = document;
  for (let k = 0; k < segments.length; k++) {
    const segment = segments[k]!;
    const last = k === segments.length - 1;
    const here = toPointer(segments.slice(0, k));
    const name = here === "" ? "the claim set" : here;
    if (!isContainer(node)) return `points at nothing: ${name} is ${describe(node)}, not an object or a list`;
    if (Array.isArray(node)) {
      const count = here === "/claims" ? `the claim set has ${plural(node.length, "claim")}` : `${name} has ${plural(node.length, "item")}`;
      if (segment === "-") {
        if (last && purpose === "add") return undefined;
        return `points at nothing: "-" stands for the end of ${name}, after its last item; only add can use it`;
      }
      if (!ARRAY_INDEX.test(segment)) {
        return `points at nothing: ${name} is a list, and ${quote(segment)} is not a position in it (0, 1, 2…, or "-" to add at the end)`;
      }
      const index = Number(segment);
      if (last && purpose === "add") {
        return index <= node.length ? undefined : `points at nothing: ${count}, so add can insert at 0 to ${node.length} (or "-" for the end)`;
      }
      if (index >= node.length) return `points at nothing: ${count}`;
      node = node[index];
    } else {
      if (last && purpose === "add") return undefined;
      if (!Object.hasOwn(node, segment)) return `points at nothing: ${name} has no field ${quote(segment)}`;
      node = node[segment];
    }
  }
  return undefined;
}

/** The value at located segments. */
function valueAt(document: unknown, segments: readonly string[]): unknown {
  let node = document;
  for (const segment of segments) node = (node as Record<string, unknown>)[segment];
  return node;
}

/** A short JSON rendering of a value for a message. */
function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? "nothing";
  return text.length > 60 ? `${Array.from(text).slice(0, 60).join("")}…` : text;
}
