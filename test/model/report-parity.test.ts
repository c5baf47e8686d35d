/**
 * schemas/report.schema.json and the zod `reportSchema` accept the same
 * reports: those `check` writes (with estimates and sources), those written
 * before estimates existed (without them), and reports with one estimate or
 * source field broken.
 */
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClaimSet, Report } from "../../src/index.js";
import { check, reportSchema } from "../../src/index.js";
import { claimSet as arbitraryClaimSet } from "../engine/claim-sets.js";

const schema = JSON.parse(readFileSync(new URL("../../schemas/report.schema.json", import.meta.url), "utf8")) as Record<string, unknown>;
const Ajv = Ajv2020.default;
const ajv = new Ajv({ strict: true, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const both = (doc: unknown) => ({ ajv: validate(doc) === true, zod: reportSchema.safeParse(doc).success });

const example = (): ClaimSet =>
  JSON.parse(readFileSync(new URL("../../examples/iraq-withdrawal/claims.json", import.meta.url), "utf8")) as ClaimSet;

/** A report as JSON data, without `estimates` and `sources`: what earlier versions wrote. */
function older(report: Report): unknown {
  const { sources: _, ...rest } = JSON.parse(JSON.stringify(report)) as Report;
  return { ...rest, groups: rest.groups.map(({ estimates: __, ...group }) => group) };
}

/** One field of the first estimate or source replaced by `value`. */
function broken(report: Report, where: "estimate" | "source", field: string, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(report)) as Report;
  const target = where === "source" ? copy.sources![0]! : copy.groups.find((group) => (group.estimates ?? []).length > 0)!.estimates![0]!;
  (target as unknown as Record<string, unknown>)[field] = value;
  return copy;
}

describe("report schema: ajv and zod agree", () => {
  const report = check(example());

  it("the example's report has estimates and sources, and both accept it, and its older form", () => {
    expect(report.sources!.length).toBeGreaterThan(0);
    expect(both(report)).toEqual({ ajv: true, zod: true });
    expect(both(older(report))).toEqual({ ajv: true, zod: true });
  });

  it.each([
    ["estimate", "confidence", 1.5],
    ["estimate", "confidence", -0.1],
    ["estimate", "modality", "guessed"],
    ["estimate", "claims", "a"],
    ["estimate", "from", 20250420],
    ["estimate", "value", { type: "quantity" }],
    ["source", "trust", 2],
    ["source", "agreed", "3"],
    ["source", "relayed", null],
  ] as const)("both reject a report whose %s has %s = %j", (where, field, value) => {
    expect(both(broken(report, where, field, value))).toEqual({ ajv: false, zod: false });
  });

  it("both accept every report check writes for generated claim sets", () => {
    fc.assert(
      fc.property(arbitraryClaimSet, (set) => {
        const written = JSON.parse(JSON.stringify(check(set))) as unknown;
        expect(both(written)).toEqual({ ajv: true, zod: true });
      }),
      { numRuns: 60 },
    );
  });
});
