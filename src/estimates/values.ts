/**
 * Reads the checker's values (src/values) as the model's: quantities and
 * dates as spans of numbers and day numbers with how they were written, text
 * and booleans as keys.
 */
import { dayRange } from "../values/date.js";
import type { Value } from "../values/types.js";
import type { EstimateValue, NumberForm } from "./types.js";

/**
 * The model's view of a value. `key` overrides the comparison key of text
 * (the checker's alias-resolved key; by default the value's own).
 * @example estimateValueOf(parseQuantity("~1400").value) // { kind: "number", form: "approx", amount: 1400, span: { lo: 1260, hi: 1540, … }, … }
 * @internal
 */
export function estimateValueOf(value: Value): EstimateValue {
  switch (value.type) {
    case "quantity": {
      const { min, max, minExclusive, maxExclusive } = value.interval;
      const span = {
        lo: min ?? -Infinity,
        hi: max ?? Infinity,
        loOpen: min !== null && minExclusive,
        hiOpen: max !== null && maxExclusive,
      };
      let form: NumberForm;
      if (value.amount !== undefined) form = value.approx ? "approx" : "exact";
      else form = min !== null && max !== null ? "range" : "bound";
      return value.amount !== undefined
        ? { kind: "number", span, form, amount: value.amount, display: value.display }
        : { kind: "number", span, form, display: value.display };
    }
    case "date": {
      const [start, end] = dayRange(value);
      const span = { lo: start ?? -Infinity, hi: end ?? Infinity, loOpen: false, hiOpen: false };
      if (start === null || end === null) return { kind: "number", span, form: "bound", display: value.display };
      if (value.approximate) return { kind: "number", span, form: "approx", amount: start + Math.floor((end - start) / 2), display: value.display };
      if (start === end) return { kind: "number", span, form: "exact", amount: start, display: value.display };
      return { kind: "number", span, form: "range", display: value.display };
    }
    case "boolean":
      return { kind: "key", key: value.display, display: value.display };
    case "text":
      return { kind: "key", key: value.key, display: value.display };
  }
}
