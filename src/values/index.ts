/**
 * Values: reading what claims say (quantities, dates, booleans, text) into
 * canonical values that can be compared, and printing them back.
 */
import { datesCompatible, isDateShaped, parseDate } from "./date.js";
import { parseQuantity, quantitiesCompatible } from "./quantity.js";
import { describe } from "../internal/quote.js";
import type { BooleanValue, TextValue, Value, ValueResult, ValueSettings, ValueType } from "./types.js";

export type * from "./types.js";
export { civilFromDays, dayNumber, dayNumberFromIso, daysInMonth, isLeapYear, isoFromDayNumber, MAX_DAY, MIN_DAY } from "./days.js";
export { addDuration, formatDuration, parseDuration } from "./duration.js";
export { parseQuantity, quantitiesCompatible, quantityGap } from "./quantity.js";
export { dateGapDays, datesCompatible, dayRange, isDateShaped, parseDate } from "./date.js";

/**
 * Reads a boolean: only the JSON values `true` and `false`.
 * @example parseBoolean(true) // { ok: true, value: { type: "boolean", text: "true", display: "true", value: true } }
 */
export function parseBoolean(raw: unknown): ValueResult<BooleanValue> {
  if (typeof raw !== "boolean") return { ok: false, message: `cannot read ${describe(raw)} as a boolean; write true or false` };
  const text = String(raw);
  return { ok: true, value: { type: "boolean", text, display: text, value: raw } };
}

/**
 * Reads text: any string that is not blank. `key` maps the trimmed text to
 * its comparison key (a normalised label or an entity id); identity by default.
 * @example parseText(" Kyiv ") // { ok: true, value: { type: "text", text: " Kyiv ", display: "Kyiv", key: "Kyiv" } }
 */
export function parseText(raw: unknown, key: (label: string) => string = (label) => label): ValueResult<TextValue> {
  if (typeof raw !== "string") return { ok: false, message: `cannot read ${describe(raw)} as text; write a string` };
  const display = raw.trim();
  if (display === "") return { ok: false, message: "the text is empty" };
  return { ok: true, value: { type: "text", text: raw, display, key: key(display) } };
}

/**
 * Reads a value of the given type; `settings` apply to quantities and dates,
 * `key` to text.
 * @example parseValue("2026-Q4", "date") // { ok: true, value: { type: "date", … } }
 */
export function parseValue(
  raw: unknown,
  type: ValueType,
  settings?: ValueSettings,
  key?: (label: string) => string,
): ValueResult {
  switch (type) {
    case "quantity":
      return parseQuantity(raw, settings);
    case "date":
      return parseDate(raw, settings);
    case "boolean":
      return parseBoolean(raw);
    case "text":
      return parseText(raw, key);
  }
}

/**
 * Whether two values can both be true: overlapping quantities or dates, equal
 * booleans, text with equal keys. Values of different types never are.
 * @example valuesCompatible(parseValue(900, "quantity").value, parseValue("~1000", "quantity").value) // true
 */
export function valuesCompatible(a: Value, b: Value): boolean {
  switch (a.type) {
    case "quantity":
      return b.type === "quantity" && quantitiesCompatible(a, b);
    case "date":
      return b.type === "date" && datesCompatible(a, b);
    case "boolean":
      return b.type === "boolean" && a.value === b.value;
    case "text":
      return b.type === "text" && a.key === b.key;
  }
}

/** Digits (Latin, Arabic-Indic, Persian) and the quantity grammar's signs, with at least one digit. */
const QUANTITY_SHAPED = /^[\s~≈<>=≥≤()[\],.٬٫+\-−eE]*[0-9٠-٩۰-۹][\s0-9٠-٩۰-۹~≈<>=≥≤()[\],.٬٫+\-−eE]*$/;

const QUANTITY_FIELDS = new Set(["amount", "approx", "unit", "min", "max", "minExclusive", "maxExclusive"]);

/**
 * Guesses the type of a value of an undeclared property: numbers and quantity
 * objects are quantities, booleans booleans; strings are dates when date-shaped,
 * quantities when written only with digits and the grammar's signs (`"~900"`,
 * `"1,400"`, and also a faulty `"2500..2000"`, which then gets the quantity's
 * error instead of passing as text), text otherwise (`"7th Fleet"`).
 * @example inferValueType("2025-09") // "date"; inferValueType(">=70") // "quantity"
 */
export function inferValueType(raw: unknown): ValueType | undefined {
  if (typeof raw === "number") return "quantity";
  if (typeof raw === "boolean") return "boolean";
  if (typeof raw === "string") {
    if (isDateShaped(raw)) return "date";
    return QUANTITY_SHAPED.test(raw) ? "quantity" : "text";
  }
  if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
    // Any object built from quantity fields, so a faulty one gets the quantity's error message.
    const keys = Object.keys(raw);
    return keys.length > 0 && keys.every((k) => QUANTITY_FIELDS.has(k)) ? "quantity" : undefined;
  }
  return undefined;
}

/**
 * The display text of a value, in the value grammar (`parseValue(formatValue(v))` reads it back).
 * @example formatValue(parseValue("2026-q4", "date").value) // "2026-Q4"
 */
export function formatValue(v: Value): string {
  return v.display;
}
