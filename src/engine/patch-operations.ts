/**
 * The checks a JSON Patch passes before it runs (the facade in
 * patch.ts): a list of at most so many operations, known fields only, valid
 * pointers that name no prototype member, and values that are plain JSON
 * data, copied so that the patch cannot change them afterwards.
 */
import { RESERVED_KEYS } from "../model/claim-set.js";
import type { ClaimSetIssue } from "../model/issues.js";
import { toPointer } from "../model/issues.js";
import { describe, quote } from "../internal/quote.js";

const OPERATIONS = ["add", "remove", "replace", "move", "copy", "test"] as const;
type OperationName = (typeof OPERATIONS)[number];
const FIELDS = ["op", "path", "from", "value"];
const NEEDS_VALUE: readonly string[] = ["add", "replace", "test"];
const NEEDS_FROM: readonly string[] = ["move", "copy"];
const RESERVED: readonly string[] = RESERVED_KEYS;
/** Objects and arrays one copy may hold: a guard against values that share parts exponentially. */
const MAX_NODES = 20_000_000;
/** How deeply a patch's value may nest: claim values are a few levels deep; this keeps recursive code (JSON.stringify) safe. */
const MAX_DEPTH = 1000;

/** An operation once checked: pointers split into segments, the value copied. @internal */
export interface CheckedOperation {
  op: OperationName;
  path: string;
  segments: string[];
  from?: string;
  fromSegments?: string[];
  value?: unknown;
}

/** An object or array of a document. @internal */
export type Container = Record<string, unknown> | unknown[];

/** True for an object or array. @internal */
export const isContainer = (x: unknown): x is Container => typeof x === "object" && x !== null;
const EXAMPLE = '{"op": "replace", "path": "/claims/0/value", "value": 900}';

/** An issue of a patch or of the patched document. @internal */
export const issue = (code: string, path: string, message: string): ClaimSetIssue => ({ code, path, message });

/** Checks every operation of a patch (at most `max`); returns them checked, or every problem. @internal */
export function checkOperations(
  operations: unknown,
  max: number,
): { ok: true; operations: CheckedOperation[] } | { ok: false; issues: ClaimSetIssue[] } {
  if (!Array.isArray(operations)) {
    return {
      ok: false,
      issues: [issue("invalid-patch", "", `a patch is a JSON array of operations such as [${EXAMPLE}], not ${describe(operations)}`)],
    };
  }
  if (operations.length > max) {
    return {
      ok: false,
      issues: [
        issue(
          "too-many-operations",
          "",
          `the patch has ${operations.length} operations; at most ${max} are allowed in one patch (split it, or raise maxOperations)`,
        ),
      ],
    };
  }
  const issues: ClaimSetIssue[] = [];
  const checked: CheckedOperation[] = [];
  for (let i = 0; i < operations.length; i++) {
    const result = checkOperation(operations[i], i);
    if (Array.isArray(result)) issues.push(...result);
    else checked.push(result);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, operations: checked };
}

/** Checks one operation; returns it with pointers split and its value copied, or every problem it has. */
function checkOperation(raw: unknown, i: number): CheckedOperation | ClaimSetIssue[] {
  const at = (...path: PropertyKey[]) => toPointer([i, ...path]);
  if (!isContainer(raw) || Array.isArray(raw) || !isPlainPrototype(raw)) {
    return [issue("invalid-patch", at(), `an operation is an object such as ${EXAMPLE}, not ${kindOf(raw)}`)];
  }
  const issues: ClaimSetIssue[] = [];
  const fields = new Map<string, unknown>();
  for (const key of Object.keys(raw)) {
    const descriptor = Object.getOwnPropertyDescriptor(raw, key)!;
    if (!FIELDS.includes(key)) {
      issues.push(issue("invalid-patch", at(key), `unknown field ${quote(key)}; an operation has "op", "path", "from" and "value"`));
    } else if (!("value" in descriptor)) {
      issues.push(issue("invalid-patch", at(key), `${quote(key)} must be plain data, not a getter`));
    } else {
      fields.set(key, descriptor.value);
    }
  }

  const op = fields.get("op");
  let name: OperationName | undefined;
  if (!fields.has("op")) {
    if (!issues.some((problem) => problem.path === at("op"))) {
      issues.push(issue("invalid-patch", at("op"), `missing "op": one of ${OPERATIONS.join(", ")}`));
    }
  } else if (typeof op !== "string" || !(OPERATIONS as readonly string[]).includes(op)) {
    issues.push(issue("invalid-patch", at("op"), `${describe(op)} is not an operation; use ${OPERATIONS.join(", ")}`));
  } else {
    name = op as OperationName;
  }

  let segments: string[] | undefined;
  if (!fields.has("path")) {
    if (!issues.some((problem) => problem.path === at("path"))) {
      issues.push(issue("invalid-patch", at("path"), `missing "path": the JSON pointer of the value to change, such as "/claims/0/value"`));
    }
  } else {
    const read = readPointer(fields.get("path"), "path");
    if (Array.isArray(read)) segments = read;
    else issues.push(issue(read.code, at("path"), read.message));
  }

  let fromSegments: string[] | undefined;
  if (fields.has("from")) {
    const read = readPointer(fields.get("from"), "from");
    if (Array.isArray(read)) fromSegments = read;
    else issues.push(issue(read.code, at("from"), read.message));
  } else if (name !== undefined && NEEDS_FROM.includes(name) && !issues.some((problem) => problem.path === at("from"))) {
    issues.push(issue("invalid-patch", at("from"), `missing "from": a ${name} needs the JSON pointer of the value to ${name}`));
  }

  let value: unknown;
  if (fields.has("value") && fields.get("value") !== undefined) {
    const copy = copyJson(fields.get("value"), [i, "value"], true);
    if (copy.ok) value = copy.value;
    else issues.push(copy.issue);
  } else if (name !== undefined && NEEDS_VALUE.includes(name) && !issues.some((problem) => problem.path === at("value"))) {
    issues.push(issue("invalid-patch", at("value"), `missing "value": ${name === "test" ? "a test needs the value to compare with" : `an ${name} needs the new value`}`));
  }

  if (issues.length > 0 || name === undefined || segments === undefined) return issues;
  const checked: CheckedOperation = { op: name, path: fields.get("path") as string, segments };
  if (NEEDS_FROM.includes(name)) {
    checked.from = fields.get("from") as string;
    checked.fromSegments = fromSegments!;
  }
  if (NEEDS_VALUE.includes(name)) checked.value = value;
  return checked;
}

/**
 * Splits an RFC 6901 pointer into unescaped segments, or returns why it is
 * not one ("!"-prefixed when it names a r/** Splits an RFC 6901 pointer into unescaped segments, or says why it is not one (or not a safe one). */
function readPointer(pointer: unknown, field: "path" | "from"): string[] | { code: string; message: string } {
  const invalid = (message: string) => ({ code: "invalid-patch", message });
  if (typeof pointer !== "string") {
    return invalid(`"${field}" is a JSON pointer (text such as "/claims/0/value"), not ${describe(pointer)}`);
  }
  if (pointer !== "" && !pointer.startsWith("/")) {
    return invalid(`${quote(pointer)} is not a JSON pointer: it must start with "/" (or be "" for the whole claim set)`);
  }
  if (/~(?![01])/.test(pointer)) {
    return invalid(`${quote(pointer)} is not a JSON pointer: "~" must be followed by 0 or 1 (write ~0 for "~" and ~1 for "/")`);
  }
  const segments = pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
  const reserved = segments.find((segment) => RESERVED.includes(segment));
  if (reserved !== undefined) {
    return { code: "unsafe-patch", message: `${quote(pointer)} goes through ${quote(reserved)}, which a patch may not touch` };
  }
  return segments;
}

function isPlainPrototype(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** What a value is, in words: `describe` plus the class of non-plain objects. */
function kindOf(value: unknown): string {
  if (isContainer(value) && !Array.isArray(value) && !isPlainPrototype(value)) {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === "string" && name !== "" ? `a ${name}` : "an object that is not plain data";
  }
  return describe(value);
}

/**
 * Copies a value with JSON's semantics (shared parts become separate copies),
 * checking that it is data `JSON.parse` could return: objects, arrays,
 * strings, numbers, booleans and null. Keys are set as own properties, so a
 * "__proto__" key stays a key; with `strict`, reserved keys are refused.
 * Iterative: nesting depth cannot overflow the stack.
 * @internal
 */
export function copyJson(
  value: unknown,
  base: readonly PropertyKey[],
  strict: boolean,
): { ok: true; value: unknown } | { ok: false; issue: ClaimSetIssue } {
  // Where a container is: its parent's place and its key, so no frame holds a whole path.
  type Place = { parent: Place | undefined; key: PropertyKey } | undefined;
  const pathOf = (place: Place): PropertyKey[] => {
    const path: PropertyKey[] = [];
    for (let at = place; at !== undefined; at = at.parent) path.push(at.key);
    return [...base, ...path.reverse()];
  };
  const fail = (place: Place, code: string, message: string) =>
    ({ ok: false, issue: issue(code, toPointer(pathOf(place)), message) }) as const;
  const leaf = (x: unknown): boolean =>
    x === null || typeof x === "string" || typeof x === "boolean" || (typeof x === "number" && !Number.isNaN(x));
  if (leaf(value)) return { ok: true, value };

  const root: { value?: unknown } = {};
  // Each frame copies one container; `onPath` holds the containers being copied, to find cycles.
  type Frame = { source: Container; target: Container; keys: string[]; next: number; place: Place };
  const onPath = new Set<object>();
  const stack: Frame[] = [];
  let nodes = 0;
  const open = (source: unknown, place: Place, assign: (copy: unknown) => void) => {
    if (leaf(source)) {
      assign(source);
      return undefined;
    }
    if (!isContainer(source)) return fail(place, "invalid-patch", `not JSON data: ${kindOf(source)}`);
    if (onPath.has(source)) return fail(place, "invalid-patch", "not JSON data: the value contains itself");
    if (!Array.isArray(source) && !isPlainPrototype(source)) return fail(place, "invalid-patch", `not JSON data: ${kindOf(source)}`);
    if (strict && stack.length >= MAX_DEPTH) return fail(place, "invalid-patch", `the value is nested more than ${MAX_DEPTH} levels deep`);
    if (++nodes > MAX_NODES) return fail(place, "invalid-patch", "the value is too large");
    const target: Container = Array.isArray(source) ? [] : {};
    assign(target);
    onPath.add(source);
    stack.push({ source, target, keys: Array.isArray(source) ? [] : Object.keys(source), next: 0, place });
    return undefined;
  };
  const first = open(value, undefined, (copy) => (root.value = copy));
  if (first) return first;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { source, target } = frame;
    const length = Array.isArray(source) ? source.length : frame.keys.length;
    if (frame.next >= length) {
      onPath.delete(source);
      stack.pop();
      continue;
    }
    const position = frame.next++;
    const key: string | number = Array.isArray(source) ? position : frame.keys[position]!;
    const place: Place = { parent: frame.place, key };
    const descriptor = Object.getOwnPropertyDescriptor(source, key);
    if (descriptor === undefined) return fail(place, "invalid-patch", "not JSON data: a hole in a list");
    if (strict && typeof key === "string" && RESERVED.includes(key)) {
      return fail(place, "unsafe-patch", `${quote(key)} cannot be a key in a patch's value`);
    }
    if (!("value" in descriptor)) return fail(place, "invalid-patch", "not JSON data: a getter");
    const problem = open(descriptor.value, place, (copy) =>
      Object.defineProperty(target, key, { value: copy, enumerable: true, writable: true, configurable: true }),
    );
    if (problem) return problem;
  }
  return { ok: true, value: root.value };
}
