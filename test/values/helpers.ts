/** Test helpers: unwrap results so tests read as plain values. */
import type { DateValue, QuantityValue, ValueResult } from "../../src/values/index.js";
import { parseDate, parseQuantity } from "../../src/values/index.js";
import type { ValueSettings } from "../../src/values/index.js";

export function ok<V>(r: { ok: true; value: V } | { ok: false; message: string }): V {
  if (!r.ok) throw new Error(`expected ok, got: ${r.message}`);
  return r.value;
}

export function message(r: ValueResult): string {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.message;
}

export const q = (raw: unknown, settings?: ValueSettings): QuantityValue => ok(parseQuantity(raw, settings));
export const d = (raw: unknown, settings?: ValueSettings): DateValue => ok(parseDate(raw, settings));
