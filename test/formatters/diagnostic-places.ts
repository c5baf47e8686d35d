/**
 * Where a diagnostic may point, one case per kind of place, and a report
 * that carries only it: the formatters' tests each say how their format
 * writes every one of these places.
 */
import { check } from "../../src/index.js";
import type { Diagnostic, Report } from "../../src/index.js";

type Place = Pick<Diagnostic, "path" | "line" | "row" | "column">;

/** The message every case's diagnostic carries. */
export const MESSAGE = "cannot read it";

/** One diagnostic per kind of place, by what the case is about. */
export const PLACES = {
  "a claim sheet's row and column": { path: "/claims/3/value", row: 5, column: "value" },
  "a sheet's scope column": { path: "/claims/3/scope/location", row: 5, column: "scope.location" },
  "a sheet's row alone": { path: "/claims/3", row: 5 },
  "an NDJSON line, then the pointer": { path: "/claims/11/value", line: 12 },
  "a JSON pointer": { path: "/claims/3/value" },
  "the whole document": { path: "" },
} satisfies Record<string, Place>;

export type PlaceName = keyof typeof PLACES;

/** A report of no claims whose one diagnostic (an error) is at `place`. */
export function reportAt(place: Place): Report {
  return { ...check({ claims: [] }), diagnostics: [{ code: "invalid-value", severity: "error", message: MESSAGE, ...place }] };
}

/** The cases for `it.each`: each place's name, its diagnostic, and what a format writes for it. */
export function placeCases(expected: Record<PlaceName, string>): [PlaceName, Place, string][] {
  return (Object.keys(PLACES) as PlaceName[]).map((name) => [name, PLACES[name], expected[name]]);
}
