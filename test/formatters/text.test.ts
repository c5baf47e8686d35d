/**
 * The text format's own words: group headings in words (with the claim set's
 * names) beside the group's key, and the summary line, which counts errors
 * and warnings as conflicts, infos as timeline notes, and the invalid claims
 * `lenient` skipped.
 */
import { describe, expect, it } from "vitest";
import type { ClaimSet } from "../../src/index.js";
import { check, formatText } from "../../src/index.js";
import { summaryLine } from "../../src/formatters/text.js";
import { MESSAGE, placeCases, reportAt } from "./diagnostic-places.js";

const base = { subject: "us-forces", property: "troop-count", scope: { location: "syria" } };
const claimSet: ClaimSet = {
  entities: [
    { id: "us-forces", labels: ["US forces"] },
    { id: "syria", labels: ["Syria"] },
  ],
  properties: [{ id: "troop-count", type: "quantity", label: "troops in the country" }],
  claims: [
    { id: "a", ...base, value: "~1400", source: "pentagon", published: "2025-04-20" },
    { id: "b", ...base, value: "~900", source: "infoplus", published: "2025-04-20" },
    { id: "c", ...base, value: "~2000", source: "pentagon", published: "2025-04-20", asOf: "2025-01" },
  ],
};

describe("formatText", () => {
  const report = check(claimSet);

  it("names each group in words, its key beside it, when given the claim set", () => {
    const text = formatText(report, { claimSet });
    expect(text.split("\n")[0]).toBe("US forces: troops in the country (location: Syria)  us-forces/troop-count?location=syria");
  });

  it("names each group by its key alone without the claim set (a report has no names)", () => {
    expect(formatText(report).split("\n")[0]).toBe("us-forces/troop-count?location=syria");
  });

  it("never lets a name carry control codes into the heading", () => {
    const hostile = { ...claimSet, entities: [{ id: "us-forces", labels: ["US\u001b[2J forces\u202e"] }, claimSet.entities![1]!] };
    const heading = formatText(check(hostile), { claimSet: hostile }).split("\n")[0]!;
    expect(heading).not.toMatch(/[\u001b\u202e]/);
    expect(heading).toContain("\\u001b[2J");
  });
});

describe("summaryLine", () => {
  const summary = (errors: number, warnings: number, infos: number, diagnostics: Array<{ code: string; path: string }> = []) =>
    summaryLine({
      ...check({ claims: [] }),
      summary: { claims: 37, groups: 15, conflicts: errors + warnings + infos, errors, warnings, infos },
      diagnostics: diagnostics.map((d) => ({ ...d, message: "invalid", severity: "error" as const })),
    });

  it.each([
    [[1, 1, 4], "2 conflicts (1 error, 1 warning) and 4 timeline notes in 15 groups of 37 claims"],
    [[1, 0, 1], "1 conflict (1 error, 0 warnings) and 1 timeline note in 15 groups of 37 claims"],
    [[0, 0, 3], "0 conflicts (0 errors, 0 warnings) and 3 timeline notes in 15 groups of 37 claims"],
    [[0, 0, 0], "0 conflicts (0 errors, 0 warnings) in 15 groups of 37 claims"],
  ] as const)("%j: %s", ([errors, warnings, infos], line) => {
    expect(summary(errors, warnings, infos)).toBe(line);
  });

  it("counts each claim lenient skipped once, however many problems it had", () => {
    const skipped = [
      { code: "skipped-claim:invalid-value", path: "/claims/3/value" },
      { code: "skipped-claim:invalid-date", path: "/claims/3/published" },
      { code: "skipped-claim:missing-field", path: "/claims/12" },
      { code: "unknown-source", path: "/claims/5/source" }, // a warning about a claim that was kept
    ];
    expect(summary(1, 0, 0, skipped)).toBe("1 conflict (1 error, 0 warnings) in 15 groups of 37 claims; 2 invalid claims skipped");
  });

  it("says so from a real lenient check", () => {
    const lenient = check({ claims: [...claimSet.claims, { id: "z", ...base, value: "lots", source: "s" }, { id: "y", ...base, source: "s" }] } as never, { lenient: true });
    expect(summaryLine(lenient)).toMatch(/; 2 invalid claims skipped$/);
  });
});

describe("formatText locates each diagnostic where a reader looks for it", () => {
  const lineOf = (place: Parameters<typeof reportAt>[0]) => formatText(reportAt(place)).split("\n").find((line) => line.includes(MESSAGE));

  it.each(
    placeCases({
      "a claim sheet's row and column": "  error    row 5, column value: cannot read it  invalid-value",
      "a sheet's scope column": "  error    row 5, column scope.location: cannot read it  invalid-value",
      "a sheet's row alone": "  error    row 5: cannot read it  invalid-value",
      "an NDJSON line, then the pointer": "  error    line 12: /claims/11/value: cannot read it  invalid-value",
      "a JSON pointer": "  error    /claims/3/value: cannot read it  invalid-value",
      "the whole document": "  error    cannot read it  invalid-value",
    }),
  )("%s", (_, place, expected) => {
    expect(lineOf(place)).toBe(expected);
  });

  it("shows control codes in a column's name as escapes", () => {
    expect(lineOf({ path: "/claims/0/scope/x", row: 2, column: "scope.a\u001b[2J\nb" })).toBe("  error    row 2, column scope.a\\u001b[2J\\nb: cannot read it  invalid-value");
  });
});
