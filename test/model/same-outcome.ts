/** One assertion for tests that read the same claim set two ways. */
import { expect } from "vitest";
import type { SafeParseResult } from "../../src/index.js";

/** Both readings succeed with equal claim sets and warnings, or both fail with equal issues. */
export function expectSameOutcome(a: SafeParseResult, b: SafeParseResult): void {
  expect(a.success).toBe(b.success);
  if (a.success && b.success) {
    expect(a.data).toStrictEqual(b.data);
    expect(a.warnings).toStrictEqual(b.warnings);
  } else if (!a.success && !b.success) {
    expect(a.error.issues).toStrictEqual(b.error.issues);
  }
}
