/**
 * Turns zod's issues into sentences a journalist understands, each with the
 * JSON pointer of the field it is about.
 */
import type * as z from "zod";
import { describe, quote } from "../internal/quote.js";
import type { ClaimSetIssue } from "./issues.js";
import { toPointer } from "./issues.js";
import { RESERVED_KEYS } from "./claim-set.js";

type ZodIssue = z.core.$ZodIssue;

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object",
};

/** Follows a zod path into the raw input; `undefined` when it leads nowhere. */
function at(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** The closest known field name, for "did you mean" hints on typos. @internal */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below it. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit || a.length > 64 || b.length > 64) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return Math.min(previous[b.length]!, limit);
}

/** What a field is called in a message: its name, or its position in a list. */
function fieldName(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  return typeof last === "number" ? `item ${last}` : `"${String(last)}"`;
}

/** A claim's value: a zod union, whose shape issue validate.ts replaces with a precise one. @internal */
export const CLAIM_VALUE_PATH = /^\/claims\/\d+\/value$/;

/**
 * Describes zod issues for the claim set (or part of it) `input`.
 * `fields` maps a path pattern to the field names allowed there, for
 * "did you mean" hints on unknown fields.
 * @internal
 */
export function describeShapeIssues(
  issues: readonly ZodIssue[],
  input: unknown,
  fields: (path: readonly PropertyKey[]) => readonly string[] = () => [],
  prefix: readonly PropertyKey[] = [],
): ClaimSetIssue[] {
  const out: ClaimSetIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const received = at(input, issue.path);
    switch (issue.code) {
      case "unrecognized_keys":
        for (const key of issue.keys) {
          const hint = closest(key, fields(issue.path));
          out.push({
            code: "unknown-field",
            path: toPointer([...path, key]),
            message: `unknown field ${quote(key)}${hint ? `; did you mean "${hint}"?` : ""}`,
          });
        }
        break;
      case "invalid_type":
        if (path.length === 0) {
          out.push({
            code: "invalid-type",
            path: "",
            message: `a claim set must be a JSON object with a "claims" list, not ${describe(received)}`,
          });
        } else if (received === undefined) {
          out.push({ code: "missing-field", path: toPointer(path), message: `${fieldName(path)} is required` });
        } else {
          const expected = EXPECTED[issue.expected] ?? issue.expected;
          const what =
            typeof received === "number" && !Number.isFinite(received)
              ? "a number too large to represent"
              : describe(received);
          out.push({ code: "invalid-type", path: toPointer(path), message: `must be ${expected}, not ${what}` });
        }
        break;
      case "invalid_value":
        out.push({
          code: "invalid-choice",
          path: toPointer(path),
          message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, not ${describe(received)}`,
        });
        break;
      case "invalid_key":
        // Reserved names are reported once, by validate.ts, which also sees "__proto__".
        if ((RESERVED_KEYS as readonly PropertyKey[]).includes(issue.path[issue.path.length - 1]!)) break;
        out.push({
          code: "invalid-field-name",
          path: toPointer(path),
          message: `${quote(String(issue.path[issue.path.length - 1]))} cannot be used as a name here: ${issue.issues[0]?.message ?? "it is not allowed"}`,
        });
        break;
      case "invalid_union":
        if (received === undefined) {
          out.push({ code: "missing-field", path: toPointer(path), message: `${fieldName(path)} is required` });
          break;
        }
        // The unions are claim values and property tolerances. validate.ts reads a claim's value
        // against its property's type and replaces this message with a precise one.
        out.push({
          code: "invalid-value",
          path: toPointer(path),
          message:
            path[path.length - 1] === "tolerance"
              ? `must be a relative tolerance such as 0.02 (quantities) or a duration such as "P15D" (dates), not ${describe(received)}`
              : `cannot read ${describe(received)} as a value; write a number, text, true or false, or a quantity such as { "amount": 900 }`,
        });
        break;
      default:
        out.push({ code: "invalid-value", path: toPointer(path), message: issue.message });
    }
  }
  return out;
}
