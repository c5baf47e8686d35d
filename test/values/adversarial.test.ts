/** Huge hostile inputs must be rejected in linear time, with short messages. */
import { describe, expect, it } from "vitest";
import { inferValueType, isDateShaped, parseDate, parseDuration, parseQuantity } from "../../src/values/index.js";

const N = 200_000;
const INPUTS: [string, string][] = [
  ["digits then x", "1".repeat(N) + "x"],
  ["commas", ",".repeat(N)],
  ["comma groups then junk", "1" + ",000".repeat(N / 4) + ","],
  ["tildes", "~".repeat(N)],
  ["range dots", "0..".repeat(N / 3)],
  ["dots", ".".repeat(N)],
  ["year dashes", "2025-".repeat(N / 5)],
  ["slashes", "2025/".repeat(N / 5)],
  ["open ends", "../".repeat(N / 3)],
  ["spaces", " ".repeat(N) + "x"],
  ["brackets", "(".repeat(N / 2) + ")".repeat(N / 2)],
  ["exponents", "1e".repeat(N / 2)],
  ["arabic digits", "\u0661".repeat(N) + "x"],
  ["operators", ">=".repeat(N / 2)],
  ["durations", "P" + "1D".repeat(N / 2)],
];

describe("adversarial inputs", () => {
  it.each(INPUTS)("rejects %s", (_name, s) => {
    const q = parseQuantity(s);
    expect(q.ok).toBe(false);
    if (!q.ok) expect(q.message.length).toBeLessThan(300);
    const d = parseDate(s);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.message.length).toBeLessThan(300);
    expect(parseDuration(s)).toBeUndefined();
    isDateShaped(s);
    inferValueType(s);
  });

  it("reads a huge number of digits as too large", () => {
    const q = parseQuantity("1".repeat(N));
    expect(q.ok ? "" : q.message).toContain("too large to represent");
  });
});
