import { describe, expect, expectTypeOf, it } from "vitest";
import { ClaimSetError, check, formatJson } from "../../src/index.js";
import type { CheckOptions, ClaimSet, Conflict, Report, Severity } from "../../src/index.js";
import { conflictLines, summaryLine } from "../../src/formatters/text.js";
import { conflictEstimates, estimateWords } from "../../src/formatters/estimates.js";
import { matchers } from "../../src/vitest/index.js";
import type { ConflictPattern, ConflictSeverity, ConsistencyOptions } from "../../src/vitest/index.js";

expect.extend(matchers);

const sources = [
  { id: "pentagon", name: "US Department of Defense", kind: "official" },
  { id: "ledger", name: "The Ledger", kind: "outlet" },
  { id: "courier", name: "The Courier", kind: "outlet" },
];
const entities = [
  { id: "us-forces", labels: ["US forces", "القوات الأمريكية"] },
  { id: "syria", labels: ["Syria", "سوريا"] },
  { id: "iraq", labels: ["Iraq", "العراق"] },
];
const properties = [{ id: "troop-count", type: "quantity", unit: "troops", temporal: "state" }];
const claim = (id: string, location: string, value: string, source: string, published: string, subject = "us-forces") => ({
  id,
  subject,
  property: "troop-count",
  scope: { location },
  value,
  source,
  published,
});

/** Syria: the Pentagon and The Ledger agree on about 1,400; The Courier says about 900 (an error, a warning). Iraq: a rapid change (a warning). */
const story = {
  sources,
  entities,
  properties,
  claims: [
    claim("pentagon-syria-1400", "Syria", "~1400", "pentagon", "2025-04-20"),
    claim("ledger-syria-1400", "سوريا", "1,400", "ledger", "2025-04-21", "US forces"),
    claim("courier-syria-900", "Syria", "~900", "courier", "2025-04-20"),
    claim("ledger-iraq-2500", "Iraq", "2500", "ledger", "2025-03-01"),
    claim("courier-iraq-2000", "Iraq", "~2000", "courier", "2025-03-20"),
  ],
};
/** The same story without The Courier: no conflict at all. */
const agreed = { ...story, claims: story.claims.filter((c) => c.source !== "courier") };
/** Only Iraq: one warning and nothing else. */
const iraq = { ...story, claims: story.claims.filter((c) => c.scope.location === "Iraq") };

const report = check(story);
const [syriaError, iraqWarning, syriaWarning] = report.conflicts as [Conflict, Conflict, Conflict];

/**
 * A conflict's lines exactly as the text formatter prints them (no colour), with the estimate it disputes:
 * for a report, without its claim set (sources by id); for a claim set, with it (sources by name, figures with units).
 */
const printed = (conflict: Conflict, claimSet?: object) =>
  conflictLines(conflict, (_, text) => text, conflictEstimates(conflict, estimateWords(claimSet ? check(claimSet) : report, claimSet as ClaimSet | undefined)));

/** The message of the assertion error an assertion throws (and that it throws one). */
function failure(assertion: () => void): string {
  let thrown: unknown;
  try {
    assertion();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, "the assertion should fail").toBeInstanceOf(Error);
  // A failed assertion, not a usage error or an invalid claim set.
  expect(thrown).not.toBeInstanceOf(TypeError);
  expect(thrown).not.toBeInstanceOf(ClaimSetError);
  return (thrown as Error).message;
}

/** Checks that a message prints exactly these conflicts (all of their lines) and none of the others; `claimSet`: the one the matcher was given. */
function expectPrints(message: string, shown: readonly Conflict[], hidden: readonly Conflict[] = [], claimSet?: object) {
  for (const conflict of shown) for (const line of printed(conflict, claimSet)) expect(message).toContain(line);
  for (const conflict of hidden) expect(message).not.toContain(conflict.message);
}

describe("the fixture", () => {
  it("has an error and two warnings, in the report's order", () => {
    expect(report.conflicts.map(({ rule, severity, claims }) => ({ rule, severity, claims }))).toEqual([
      { rule: "conflicting-values", severity: "error", claims: ["courier-syria-900", "pentagon-syria-1400"] },
      { rule: "rapid-change", severity: "warning", claims: ["courier-iraq-2000", "ledger-iraq-2500"] },
      { rule: "rapid-change", severity: "warning", claims: ["courier-syria-900", "ledger-syria-1400"] },
    ]);
    expect(check(agreed).conflicts).toEqual([]);
  });
});

describe("toBeConsistent", () => {
  it("passes when nothing is at or above error, for every input check reads and for reports", () => {
    expect(agreed).toBeConsistent();
    expect(JSON.stringify(agreed)).toBeConsistent();
    expect(new TextEncoder().encode(JSON.stringify(agreed))).toBeConsistent();
    expect(agreed.claims.map((c) => JSON.stringify(c)).join("\n")).toBeConsistent(); // NDJSON
    expect(check(agreed)).toBeConsistent();
    expect(formatJson(check(agreed))).toBeConsistent(); // a report as JSON text
    expect(iraq).toBeConsistent(); // a warning is not an error
  });

  it("fails with the offending conflicts as the text formatter prints them", () => {
    expect(() => expect(story).toBeConsistent()).toThrow(/^expected the claim set to be consistent \(no error\), but 1 conflict is at or above error:/);
    const message = failure(() => expect(story).toBeConsistent());
    expectPrints(message, [syriaError], [syriaWarning, iraqWarning], story);
    // As `corroborate check` prints it: the group in words, sources by name, figures with their unit.
    expect(message).toContain("\n\nUS forces: troop count (location: Syria)  us-forces/troop-count?location=syria\n");
    expect(message).toContain("estimate: most likely about 900 troops (confidence");
    expect(message).toContain("1 origin: The Courier; 1 claim against");
    expect(message).toContain(`✖ ${summaryLine({ ...report, summary: { ...report.summary, conflicts: 1, warnings: 0 } })}`);
    expect(message).toMatch(/✖ 1 conflict \(1 error, 0 warnings\) in 2 groups of 5 claims$/);
  });

  it("fails the same way for a report and for its JSON text, naming sources by id (the report has no names)", () => {
    const fromReport = failure(() => expect(report).toBeConsistent());
    expect(fromReport).toMatch(/^expected the report to be consistent/);
    expectPrints(fromReport, [syriaError], [syriaWarning, iraqWarning]);
    expect(fromReport).toContain("\n\nus-forces/troop-count?location=syria\n");
    expect(fromReport).toContain("1 origin: courier; 1 claim against");
    expect(failure(() => expect(formatJson(report)).toBeConsistent())).toBe(fromReport);
  });

  it("names sources alike for a claim set as an object, as JSON text and as bytes", () => {
    const fromObject = failure(() => expect(story).toBeConsistent());
    expect(failure(() => expect(JSON.stringify(story)).toBeConsistent())).toBe(fromObject);
    expect(failure(() => expect(new TextEncoder().encode(JSON.stringify(story))).toBeConsistent())).toBe(fromObject);
  });

  it("takes a severity threshold", () => {
    expect(iraq).toBeConsistent({ severity: "error" });
    expect(() => expect(iraq).toBeConsistent({ severity: "warning" })).toThrow(
      /to be consistent \(nothing at or above warning\), but 1 conflict is at or above warning:/,
    );
    expectPrints(failure(() => expect(iraq).toBeConsistent({ severity: "info" })), [iraqWarning], [], iraq);
    const all = failure(() => expect(story).toBeConsistent({ severity: "warning" }));
    expect(all).toContain("3 conflicts are at or above warning");
    expectPrints(all, [syriaError, syriaWarning, iraqWarning], [], story);
    expect(agreed).toBeConsistent({ severity: "info" });
    expect(() => expect(agreed).toBeConsistent({ severity: "fatal" as "error" })).toThrow(
      /severity must be "error", "warning" or "info", not "fatal"/,
    );
  });

  it("takes rule settings, for a claim set (checked with them) and for a report (severities changed)", () => {
    const cases: Array<[ConsistencyOptions, boolean]> = [
      [{ rules: { "conflicting-values": "off" } }, true],
      [{ rules: { "conflicting-values": "warning" } }, true],
      [{ rules: { "rapid-change": "error", "conflicting-values": "off" } }, false],
      [{ rules: { "rapid-change": "off", "conflicting-values": "off" }, severity: "info" }, true],
      [{ rules: { "rapid-change": "info" }, severity: "warning" }, false],
      [{ rules: { "rapid-change": "info", "conflicting-values": "info" }, severity: "warning" }, true],
    ];
    for (const [options, pass] of cases) {
      for (const input of [story, report]) {
        if (pass) expect(input).toBeConsistent(options);
        else expect(() => expect(input).toBeConsistent(options)).toThrow(/to be consistent/);
      }
    }
    // The report's conflicts are printed with their new severity, as check would report them.
    const rechecked = check(story, { rules: { "rapid-change": "error", "conflicting-values": "off" } });
    const options: ConsistencyOptions = { rules: { "rapid-change": "error", "conflicting-values": "off" } };
    const fromReport = failure(() => expect(report).toBeConsistent(options));
    expect(fromReport).toContain("2 conflicts are at or above error");
    expectPrints(fromReport, rechecked.conflicts, [syriaError]);
    const fromClaims = failure(() => expect(story).toBeConsistent(options));
    expectPrints(fromClaims, rechecked.conflicts, [syriaError], story);
    // The same conflicts, in the same order; only the names differ (the report has none).
    for (const message of [fromReport, fromClaims]) {
      const at = rechecked.conflicts.map((conflict) => message.indexOf(conflict.message));
      expect(at.every((i) => i > 0)).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    }
  });

  it("rejects unknown rules and settings, as check does", () => {
    for (const input of [story, report]) {
      expect(() => expect(input).toBeConsistent({ rules: { "no-such-rule": "off" } })).toThrow(TypeError);
      expect(() => expect(input).toBeConsistent({ rules: { "no-such-rule": "off" } })).toThrow(/unknown rule "no-such-rule"/);
      expect(() => expect(input).toBeConsistent({ rules: { "rapid-change": "loud" as "error" } })).toThrow(
        /rule "rapid-change": the setting must be "off", "info", "warning" or "error"/,
      );
    }
  });

  it(".not passes when something is at or above the severity and fails, with what there is, when nothing is", () => {
    expect(story).not.toBeConsistent();
    expect(report).not.toBeConsistent();
    expect(iraq).not.toBeConsistent({ severity: "warning" });
    expect(() => expect(agreed).not.toBeConsistent()).toThrow(
      /^expected the claim set to have a conflict at or above error, but it has none:\n\n✔ 0 conflicts \(0 errors, 0 warnings\) in 2 groups of 3 claims$/,
    );
    const message = failure(() => expect(iraq).not.toBeConsistent());
    expect(message).toMatch(/^expected the claim set to have a conflict at or above error, but it has none:/);
    expectPrints(message, [iraqWarning]);
    expect(message).toMatch(/⚠ 1 conflict \(0 errors, 1 warning\) in 1 group of 2 claims$/);
  });

  it("throws the claim set's problems instead of passing or failing", () => {
    const invalid = { claims: [{ ...story.claims[0], value: "about nine hundred" }], properties };
    expect(() => expect(invalid).toBeConsistent()).toThrow(ClaimSetError);
    expect(() => expect(invalid).not.toBeConsistent()).toThrow(/invalid claim set: \/claims\/0\/value: cannot read "about nine hundred"/);
    expect(() => expect("{ not json").toBeConsistent()).toThrow(ClaimSetError);
    expect(() => expect(42).not.toBeConsistent()).toThrow(ClaimSetError);
  });
});

describe("toHaveConflict", () => {
  it("passes when a conflict matches every field given", () => {
    expect(story).toHaveConflict({});
    expect(story).toHaveConflict({ rule: "conflicting-values" });
    expect(story).toHaveConflict({ rule: "rapid-change", severity: "warning", scope: { location: "iraq" } });
    expect(story).toHaveConflict({
      rule: "conflicting-values",
      severity: "error",
      subject: "us-forces",
      property: "troop-count",
      scope: { location: "syria" },
      claims: ["pentagon-syria-1400", "courier-syria-900"],
      message: "Sources disagree on US forces",
    });
    expect(story).toHaveConflict({ claims: ["courier-syria-900"], message: /about 900 troops \(The Courier\) vs about 1,400 troops \(US Department of Defense\)/ });
    expect(report).toHaveConflict({ subject: "us-forces", scope: { location: "iraq" }, claims: ["ledger-iraq-2500"] });
    expect(formatJson(report)).toHaveConflict({ rule: "rapid-change", claims: ["ledger-syria-1400"] });
  });

  it("reads subjects and scope values as the claim set's labels, and a report's as ids", () => {
    expect(story).toHaveConflict({ subject: "US forces", scope: { location: "Syria" }, rule: "conflicting-values" });
    expect(story).toHaveConflict({ subject: "القوات الأمريكية", scope: { location: "سوريا" }, rule: "conflicting-values" });
    expect(story).toHaveConflict({ subject: "  us FORCES ", scope: { Location: "العراق" } });
    expect(report).toHaveConflict({ subject: "US-Forces", scope: { location: "Iraq" } }); // normalised
    expect(report).not.toHaveConflict({ subject: "القوات الأمريكية" }); // a report has no labels
  });

  it("fails when any field does not match", () => {
    const misses: ConflictPattern[] = [
      { rule: "denied-claim" },
      { rule: "rapid-change", severity: "error" },
      { subject: "us-navy" },
      { property: "end-date" },
      { scope: {} }, // every conflict is scoped
      { scope: { location: "Syria", unit: "army" } },
      { claims: ["pentagon-syria-1400", "ledger-syria-1400"] }, // they agree: no conflict holds both
      { claims: ["no-such-claim"] },
      { rule: "conflicting-values", message: "The Ledger" },
      { rule: "conflicting-values", message: /^Plans disagree/ },
    ];
    for (const pattern of misses) {
      expect(() => expect(story).toHaveConflict(pattern)).toThrow(/^expected the claim set to have a conflict matching/);
      expect(story).not.toHaveConflict(pattern);
    }
  });

  it("fails with the pattern and every conflict as the text formatter prints them", () => {
    const message = failure(() => expect(story).toHaveConflict({ rule: "conflicting-values", scope: { location: "Iraq" }, message: /2500/ }));
    expect(message).toMatch(
      /^expected the claim set to have a conflict matching \{ rule: "conflicting-values", scope: \{"location":"Iraq"\}, message: \/2500\/ \}, but none of its 3 conflicts matches:\n\n/,
    );
    expectPrints(message, [syriaError, syriaWarning, iraqWarning], [], story);
    expect(message).toMatch(/✖ 3 conflicts \(1 error, 2 warnings\) in 2 groups of 5 claims$/);
    expect(failure(() => expect(iraq).toHaveConflict({ rule: "conflicting-values" }))).toMatch(
      /but its only conflict does not match:\n\nUS forces: troop count \(location: Iraq\) {2}us-forces\/troop-count\?location=iraq\n {2}warning/,
    );
    expect(() => expect(agreed).toHaveConflict({ claims: ["ledger-syria-1400"] })).toThrow(
      /^expected the claim set to have a conflict matching \{ claims: \["ledger-syria-1400"\] \}, but it has no conflicts:\n\n✔ 0 conflicts/,
    );
  });

  it(".not fails with the matching conflicts only", () => {
    expect(agreed).not.toHaveConflict({});
    const message = failure(() => expect(story).not.toHaveConflict({ rule: "rapid-change" }));
    expect(message).toMatch(/^expected the claim set to have no conflict matching \{ rule: "rapid-change" \}, but 2 match:\n\n/);
    expectPrints(message, [syriaWarning, iraqWarning], [syriaError], story);
    const one = failure(() => expect(report).not.toHaveConflict({ severity: "error" }));
    expect(one).toMatch(/^expected the report to have no conflict matching \{ severity: "error" \}, but 1 matches:/);
    expectPrints(one, [syriaError], [syriaWarning, iraqWarning]);
  });

  it("resets global regular expressions between conflicts and calls", () => {
    const global = /disagree|days/g;
    expect(story).toHaveConflict({ rule: "conflicting-values", message: global });
    expect(story).toHaveConflict({ rule: "conflicting-values", message: global });
    expect(() => expect(story).not.toHaveConflict({ message: global })).toThrow(/but 3 match/);
  });

  it("rejects patterns it cannot read", () => {
    expect(() => expect(story).toHaveConflict({ claim: ["a"] } as never)).toThrow(/unknown field "claim"; a pattern has rule, severity/);
    expect(() => expect(story).toHaveConflict("conflicting-values" as never)).toThrow(TypeError);
    expect(() => expect(story).toHaveConflict({ claims: "a" } as never)).toThrow(/claims must be an array of claim ids/);
    expect(() => expect(story).toHaveConflict({ severity: "fatal" } as never)).toThrow(/severity must be "error", "warning" or "info"/);
    expect(() => expect(story).toHaveConflict({ message: 3 } as never)).toThrow(/message must be text or a regular expression/);
    expect(() => expect(story).not.toHaveConflict({ scope: "Syria" } as never)).toThrow(/scope must be an object/);
  });
});

describe("toHaveClaimsAgreeing", () => {
  it("passes when one position holds every claim, whatever the spelling of subject and scope", () => {
    expect(story).toHaveClaimsAgreeing(["pentagon-syria-1400", "ledger-syria-1400"]);
    expect(story).toHaveClaimsAgreeing(["ledger-syria-1400"]);
    expect(report).toHaveClaimsAgreeing(["ledger-syria-1400", "pentagon-syria-1400"]);
    expect(JSON.stringify(agreed)).toHaveClaimsAgreeing(["pentagon-syria-1400", "ledger-syria-1400"]);
  });

  it("fails with where each claim stands and the conflicts between them", () => {
    const message = failure(() => expect(story).toHaveClaimsAgreeing(["pentagon-syria-1400", "courier-syria-900"]));
    expect(message).toBe(
      [
        'expected claims "pentagon-syria-1400", "courier-syria-900" to agree (one position of one group), but they do not:',
        "",
        "  pentagon-syria-1400: us-forces/troop-count?location=syria: 1400 (claims ledger-syria-1400, pentagon-syria-1400)",
        "  courier-syria-900: us-forces/troop-count?location=syria: ~900 (claims courier-syria-900)",
        "",
        "Conflicts involving them:",
        "",
        "US forces: troop count (location: Syria)  us-forces/troop-count?location=syria",
        ...printed(syriaError, story),
        ...printed(syriaWarning, story),
        "",
        `✖ ${summaryLine({ ...report, summary: { ...report.summary, conflicts: 2, warnings: 1 } })}`,
      ].join("\n"),
    );
  });

  it("fails for claims in different groups and for claims that are not there", () => {
    expect(() => expect(story).toHaveClaimsAgreeing(["ledger-iraq-2500", "ledger-syria-1400"])).toThrow(
      /ledger-iraq-2500: us-forces\/troop-count\?location=iraq: 2500 \(claims ledger-iraq-2500\)\n {2}ledger-syria-1400: us-forces\/troop-count\?location=syria: 1400 \(/,
    );
    const missing = failure(() => expect(agreed).toHaveClaimsAgreeing(["pentagon-syria-1400", "pentagon-syria-1500"]));
    expect(missing).toContain("  pentagon-syria-1500: not in the claim set");
    expect(missing).not.toContain("Conflicts involving them");
    expect(() => expect(report).toHaveClaimsAgreeing(["nope"])).toThrow(/nope: not in the report/);
  });

  it(".not passes when they disagree and fails, naming the shared position, when they agree", () => {
    expect(story).not.toHaveClaimsAgreeing(["pentagon-syria-1400", "courier-syria-900"]);
    expect(story).not.toHaveClaimsAgreeing(["no-such-claim"]);
    expect(() => expect(story).not.toHaveClaimsAgreeing(["ledger-syria-1400", "pentagon-syria-1400"])).toThrow(
      /^expected claims "ledger-syria-1400", "pentagon-syria-1400" not to agree, but they share a position in us-forces\/troop-count\?location=syria: 1400 \(claims ledger-syria-1400, pentagon-syria-1400\)$/,
    );
  });

  it("needs claim ids", () => {
    expect(() => expect(story).toHaveClaimsAgreeing([])).toThrow(/expected a non-empty array of claim ids/);
    expect(() => expect(story).not.toHaveClaimsAgreeing("pentagon-syria-1400" as never)).toThrow(TypeError);
  });
});

describe("the types", () => {
  it("take check's rule settings and the report's severities", () => {
    expectTypeOf<NonNullable<ConsistencyOptions["rules"]>>().toEqualTypeOf<NonNullable<CheckOptions["rules"]>>();
    expectTypeOf<ConflictSeverity>().toEqualTypeOf<Severity>();
    expectTypeOf<Report>().toMatchTypeOf<object>();
    expectTypeOf(expect(story).toHaveConflict).parameter(0).toHaveProperty("claims");
  });
});
