/**
 * Property definitions with the defaults of DESIGN §3 applied, and
 * `defineProperty` for definitions shared across claim sets in code.
 */
import { parseDuration } from "../values/duration.js";
import { DEFAULT_APPROX } from "../values/quantity.js";
import type { Nesting } from "./claim-set.js";
import type { Duration, ValueSettings, ValueType } from "../values/types.js";
import type { Cardinality, PropertyDefinition, Temporal } from "./claim-set.js";
import { propertySchema } from "./claim-set.js";
import { ClaimSetError } from "./issues.js";
import { describeShapeIssues } from "./shape-issues.js";

/** A property with every setting decided: declared, defaulted or inferred. */
export interface ResolvedProperty {
  id: string;
  type: ValueType;
  temporal: Temporal;
  /** Relative tolerance (quantities) or a duration (dates); absent when 0. */
  tolerance?: number | Duration;
  /** Relative width of `~` quantities. */
  approx: number;
  /** How far apart two `state` claims may be and still describe the same moment. */
  window: Duration;
  cardinality: Cardinality;
  unit?: string;
  /** How the property is named in messages ("attacks on US forces"); its id, dashes as spaces, when absent. */
  label?: string;
  /** How a part's value relates to its whole's: a count (`sum`), a presence or deadline (`within`), or not at all. */
  nesting: Nesting;
  /** False when the property was not declared and its type was inferred from the first value. */
  declared: boolean;
}

/** `P30D`: the default `window`. @internal */
export const DEFAULT_WINDOW: Duration = { text: "P30D", years: 0, months: 0, weeks: 0, days: 30 };
export { DEFAULT_APPROX };

/**
 * Applies the defaults of DESIGN §3 to a definition whose type is known.
 * The definition must already be valid (see `propertyProblems`).
 *
 * @example
 * resolveProperty({ id: "troop-count", type: "quantity" }).temporal; // → "state"
 */
export function resolveProperty(
  definition: PropertyDefinition,
  inferredType: ValueType = "text",
  declared = true,
): ResolvedProperty {
  const type = definition.type ?? inferredType;
  const resolved: ResolvedProperty = {
    id: definition.id,
    type,
    temporal: definition.temporal ?? (type === "quantity" ? "state" : "static"),
    approx: definition.approx ?? DEFAULT_APPROX,
    window: (definition.window === undefined ? undefined : parseDuration(definition.window)) ?? DEFAULT_WINDOW,
    cardinality: definition.cardinality ?? "one",
    nesting: definition.nesting ?? defaultNesting(type, definition.unit),
    declared,
  };
  const tolerance =
    typeof definition.tolerance === "string" ? parseDuration(definition.tolerance) : definition.tolerance;
  if (tolerance !== undefined && tolerance !== 0) resolved.tolerance = tolerance;
  if (definition.unit !== undefined) resolved.unit = definition.unit;
  if (definition.label !== undefined) resolved.label = definition.label;
  return resolved;
}

/**
 * A quantity is a count by default, summed over parts (a part's cannot
 * exceed its whole's), unless its unit says it is a share or a rate (`%`,
 * "percent", "per …", "…/…"); dates are deadlines only when declared `within`.
 */
function defaultNesting(type: ValueType, unit: string | undefined): Nesting {
  if (type !== "quantity") return "none";
  const u = (unit ?? "").toLowerCase();
  return u.includes("%") || u.includes("percent") || u.includes("per ") || u.startsWith("per") || u.includes("/") || u.includes("rate") ? "none" : "sum";
}

/** The settings `parseValue` needs to read values of a property. @internal */
export function valueSettings(property: ResolvedProperty): ValueSettings {
  return property.tolerance === undefined
    ? { approx: property.approx }
    : { approx: property.approx, tolerance: property.tolerance };
}

/**
 * Checks that a definition's settings fit its type: a numeric tolerance and
 * `approx` for quantities, a duration tolerance for dates, `cumulative` for
 * quantities only. Returns `[relative path, message]` pairs.
 * @internal
 */
export function propertyProblems(
  definition: PropertyDefinition,
  type: ValueType | undefined,
): Array<[path: string, message: string]> {
  const problems: Array<[string, string]> = [];
  const t = type ?? definition.type;
  if (t === undefined) return problems;
  if (typeof definition.tolerance === "number" && t !== "quantity") {
    problems.push(["/tolerance", `a number tolerance is for quantities; a ${t} property takes ${t === "date" ? 'a duration such as "P15D"' : "no tolerance"}`]);
  }
  if (typeof definition.tolerance === "string" && t !== "date") {
    problems.push(["/tolerance", `a duration tolerance is for dates; ${t === "quantity" ? "a quantity property takes a relative tolerance such as 0.02" : `a ${t} property takes no tolerance`}`]);
  }
  if (definition.approx !== undefined && t !== "quantity") {
    problems.push(["/approx", `"approx" is for quantities, not for a ${t} property`]);
  }
  if (definition.temporal === "cumulative" && t !== "quantity") {
    problems.push(["/temporal", `only quantities can be "cumulative" (this is a ${t} property)`]);
  }
  if (definition.nesting === "sum" && t !== "quantity") {
    problems.push(["/nesting", `"sum" is for quantities (a count for a part cannot exceed its whole's); a ${t} property takes "within" or "none"`]);
  }
  if (definition.nesting === "within" && t !== "date") {
    problems.push(["/nesting", `"within" is for dates (a part's cannot end later than its whole's); a ${t} property takes ${t === "quantity" ? '"sum" or "none"' : '"none"'}`]);
  }
  return problems;
}

/**
 * Declares a property in code, to share across claim sets through the
 * `properties` option. Throws `ClaimSetError` when the definition is invalid.
 *
 * @example
 * const troopCount = defineProperty({ id: "troop-count", type: "quantity", unit: "troops", tolerance: 0.02 });
 * parseClaimSet(text, { properties: [troopCount] });
 */
export function defineProperty<const P extends PropertyDefinition>(definition: P): P {
  const parsed = propertySchema.safeParse(definition);
  if (!parsed.success) throw new ClaimSetError(describeShapeIssues(parsed.error.issues, definition));
  const problems = propertyProblems(parsed.data, parsed.data.type);
  if (problems.length > 0) {
    throw new ClaimSetError(problems.map(([path, message]) => ({ code: "invalid-property", path, message })));
  }
  return definition;
}
