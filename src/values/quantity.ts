/**
 * Quantities (DESIGN §2): exact and approximate amounts, bounds and ranges,
 * written as JSON numbers, strings or objects, and the intervals they denote.
 */
import { describe, quote } from "../internal/quote.js";
import type { QuantityInterval, QuantityValue, ValueResult, ValueSettings } from "./types.js";

/** The default relative width of `~` quantities (DESIGN §3). @internal */
export const DEFAULT_APPROX = 0.1;
const HINT = `write a number such as 900, "~900", ">=900" or "900..1000"`;
const TOO_LARGE = "the number is too large to represent";

type Result = ValueResult<QuantityValue>;

/** What a quantity says before settings turn it into an interval. */
type Written =
  | { kind: "amount"; amount: number; approx: boolean }
  | { kind: "bounds"; interval: QuantityInterval };

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

function cannotRead(text: string, why?: string): { ok: false; message: string } {
  return fail(why ? `cannot read ${quote(text)} as a quantity: ${why}` : `cannot read ${quote(text)} as a quantity; ${HINT}`);
}

/** A non-negative finite setting, or the default when missing or unusable. */
function factor(x: unknown, fallback: number): number {
  return typeof x === "number" && Number.isFinite(x) && x >= 0 ? x : fallback;
}

// ---------------------------------------------------------------- strings

/**
 * Maps Arabic-Indic and Persian digits and separators, the minus sign and the
 * Unicode comparison signs to their ASCII spelling, so one parser reads all.
 */
function toAscii(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) { ascii = false; break; }
  if (ascii) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(48 + c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(48 + c - 0x06f0);
    else if (c === 0x066c) out += ",";
    else if (c === 0x066b) out += ".";
    else if (c === 0x2212) out += "-";
    else if (c === 0x2248) out += "~"; // ≈
    else if (c === 0x2265) out += ">="; // ≥
    else if (c === 0x2264) out += "<="; // ≤
    else out += s[i];
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57; // NaN (past the end) is not a digit
}

/**
 * Reads one number: optional `-`, digits (with `,` only between groups of
 * three after a leading group of 1–3), optional `.digits`, optional exponent.
 * A single left-to-right scan, so any input is read in linear time.
 */
function readNumber(s: string): number | "syntax" | "overflow" {
  const n = s.length;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  while (isDigit(s.charCodeAt(i))) i++;
  const lead = i - start;
  if (lead === 0) return "syntax";
  let commas = false;
  if (s[i] === ",") {
    if (lead > 3) return "syntax";
    commas = true;
    while (s[i] === ",") {
      if (!isDigit(s.charCodeAt(i + 1)) || !isDigit(s.charCodeAt(i + 2)) || !isDigit(s.charCodeAt(i + 3))) {
        return "syntax";
      }
      i += 4;
    }
    if (isDigit(s.charCodeAt(i))) return "syntax"; // a group of four or more
  }
  if (s[i] === ".") {
    const from = ++i;
    while (isDigit(s.charCodeAt(i))) i++;
    if (i === from) return "syntax";
  }
  if (s[i] === "e" || s[i] === "E") {
    i++;
    if (s[i] === "+" || s[i] === "-") i++;
    const from = i;
    while (isDigit(s.charCodeAt(i))) i++;
    if (i === from) return "syntax";
  }
  if (i !== n) return "syntax";
  const value = Number(commas ? s.replace(/,/g, "") : s);
  if (!Number.isFinite(value)) return "overflow";
  return value + 0; // -0 becomes 0
}

function bounds(min: number | null, max: number | null, minExclusive = false, maxExclusive = false): Written {
  return { kind: "bounds", interval: { min, max, minExclusive, maxExclusive } };
}

/** Reads the string grammar into what it says, or an error message. */
function readString(text: string): Written | { ok: false; message: string } {
  const s = toAscii(text.trim());
  const num = (part: string): number | { ok: false; message: string } => {
    const v = readNumber(part.trim());
    if (v === "syntax") return cannotRead(text);
    if (v === "overflow") return cannotRead(text, TOO_LARGE);
    return v;
  };
  const first = s[0];
  if (first === "~") {
    const v = num(s.slice(1));
    return typeof v === "number" ? { kind: "amount", amount: v, approx: true } : v;
  }
  if (first === ">" || first === "<") {
    const inclusive = s[1] === "=";
    const v = num(s.slice(inclusive ? 2 : 1));
    if (typeof v !== "number") return v;
    return first === ">" ? bounds(v, null, !inclusive) : bounds(null, v, false, !inclusive);
  }
  let body = s;
  let minExclusive = false;
  let maxExclusive = false;
  if (first === "(" || first === "[") {
    const last = s[s.length - 1];
    if (s.length < 2 || (last !== ")" && last !== "]")) return cannotRead(text);
    body = s.slice(1, -1);
    minExclusive = first === "(";
    maxExclusive = last === ")";
  }
  const dots = body.indexOf("..");
  if (dots < 0) {
    if (body !== s) return cannotRead(text); // brackets need a range inside
    const v = num(s);
    return typeof v === "number" ? { kind: "amount", amount: v, approx: false } : v;
  }
  const lo = num(body.slice(0, dots));
  if (typeof lo !== "number") return lo;
  const hi = num(body.slice(dots + 2));
  if (typeof hi !== "number") return hi;
  return bounds(lo, hi, minExclusive, maxExclusive);
}

// ---------------------------------------------------------------- objects

const FIELDS = new Set(["amount", "approx", "unit", "min", "max", "minExclusive", "maxExclusive"]);

function readObject(raw: Record<string, unknown>): (Written & { unit?: string }) | { ok: false; message: string } {
  const keys = Object.keys(raw);
  if (keys.length === 0) return fail(`an empty object is not a quantity; ${HINT}`);
  for (const key of keys) if (!FIELDS.has(key)) return fail(`unknown field ${quote(key)} in a quantity`);
  const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(raw, k);
  for (const k of ["amount", "min", "max"]) {
    if (!has(k)) continue;
    const v = raw[k];
    if (typeof v !== "number") return fail(`"${k}" must be a number, not ${describe(v)}`);
    if (Number.isNaN(v)) return fail(`"${k}" must be a number, not NaN`);
    if (!Number.isFinite(v)) return fail(TOO_LARGE);
  }
  for (const k of ["approx", "minExclusive", "maxExclusive"]) {
    if (has(k) && typeof raw[k] !== "boolean") return fail(`"${k}" must be true or false, not ${describe(raw[k])}`);
  }
  let unit: string | undefined;
  if (has("unit")) {
    const u = raw.unit;
    if (typeof u !== "string" || u.trim() === "") return fail(`"unit" must be a non-empty string`);
    unit = u.trim();
  }
  const withUnit = <W extends Written>(w: W): W & { unit?: string } => (unit === undefined ? w : { ...w, unit });
  if (has("amount")) {
    if (has("min") || has("max")) return fail(`use either "amount" or "min"/"max", not both`);
    for (const k of ["minExclusive", "maxExclusive"]) if (has(k)) return fail(`"${k}" needs a "${k.slice(0, 3)}"`);
    return withUnit({ kind: "amount", amount: (raw.amount as number) + 0, approx: raw.approx === true });
  }
  if (has("approx")) return fail(`"approx" needs an "amount"`);
  if (!has("min") && !has("max")) return fail(`a quantity needs an "amount", a "min" or a "max"`);
  if (has("minExclusive") && !has("min")) return fail(`"minExclusive" needs a "min"`);
  if (has("maxExclusive") && !has("max")) return fail(`"maxExclusive" needs a "max"`);
  const min = has("min") ? (raw.min as number) + 0 : null;
  const max = has("max") ? (raw.max as number) + 0 : null;
  return withUnit(bounds(min, max, raw.minExclusive === true, raw.maxExclusive === true));
}

// ---------------------------------------------------------------- building

/** Rounds away float noise (`1400 * 0.9` is 1259.9999999999998, not 1260). */
function clean(x: number): number {
  return Number(x.toPrecision(15));
}

function displayBounds(i: QuantityInterval): string {
  const lo = i.min === null ? "" : String(i.min);
  const hi = i.max === null ? "" : String(i.max);
  if (i.max === null) return (i.minExclusive ? ">" : ">=") + lo;
  if (i.min === null) return (i.maxExclusive ? "<" : "<=") + hi;
  if (!i.minExclusive && !i.maxExclusive) return `${lo}..${hi}`;
  return `${i.minExclusive ? "(" : "["}${lo}..${hi}${i.maxExclusive ? ")" : "]"}`;
}

function build(text: string, w: Written & { unit?: string }, settings: ValueSettings | undefined, quoted: string): Result {
  const unit = w.unit === undefined ? {} : { unit: w.unit };
  if (w.kind === "bounds") {
    const { min, max, minExclusive, maxExclusive } = w.interval;
    if (min !== null && max !== null) {
      if (min > max) return fail(`${quoted} ends before it starts`);
      if (min === max && (minExclusive || maxExclusive)) return fail(`${quoted} contains no numbers: its ends are equal and one is excluded`);
    }
    const interval = { min, max, minExclusive: min !== null && minExclusive, maxExclusive: max !== null && maxExclusive };
    return { ok: true, value: { type: "quantity", text, display: displayBounds(interval), ...unit, interval } };
  }
  const x = w.amount;
  // `~` uses the property's approx width; exact values its tolerance (DESIGN §3).
  const width = w.approx ? factor(settings?.approx, DEFAULT_APPROX) : factor(settings?.tolerance, 0);
  let min = x;
  let max = x;
  if (width > 0) {
    // Never let rounding push the amount itself out of its interval.
    min = Math.min(clean(x - width * Math.abs(x)), x);
    max = Math.max(clean(x + width * Math.abs(x)), x);
    if (!Number.isFinite(min) || !Number.isFinite(max)) return fail(TOO_LARGE);
  }
  const value: QuantityValue = {
    type: "quantity",
    text,
    display: (w.approx ? "~" : "") + String(x),
    amount: x,
    ...(w.approx ? { approx: true } : {}),
    ...unit,
    interval: { min, max, minExclusive: false, maxExclusive: false },
  };
  return { ok: true, value };
}

/**
 * Reads a quantity: a JSON number, a string in the grammar of DESIGN §2
 * (`"900"`, `"1,400"`, `"~1400"`, `">=70"`, `"<1000"`, `"2000..2500"`, `"(5..10]"`)
 * or an object (`{ "amount": 1400, "approx": true, "unit": "troops" }`, `{ "min": 70 }`).
 * Never throws: anything unreadable gives `{ ok: false, message }`.
 * @example parseQuantity("~1400") // { ok: true, value: { display: "~1400", interval: { min: 1260, max: 1540, … }, … } }
 */
export function parseQuantity(raw: unknown, settings?: ValueSettings): Result {
  if (typeof raw === "number") {
    if (Number.isNaN(raw)) return fail(`NaN is not a quantity; ${HINT}`);
    if (!Number.isFinite(raw)) return fail(TOO_LARGE);
    const text = JSON.stringify(raw);
    return build(text, { kind: "amount", amount: raw + 0, approx: false }, settings, text);
  }
  if (typeof raw === "string") {
    const w = readString(raw);
    return "ok" in w ? w : build(raw, w, settings, quote(raw));
  }
  if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
    let w: ReturnType<typeof readObject>;
    try {
      w = readObject(raw as Record<string, unknown>);
    } catch {
      return fail(`cannot read this object as a quantity; ${HINT}`); // e.g. a throwing getter
    }
    if ("ok" in w) return w;
    const text = JSON.stringify(raw);
    return build(text, w, settings, text);
  }
  return fail(`cannot read ${describe(raw)} as a quantity; ${HINT}`);
}

/** The larger of two lower ends (`null` is unbounded below); on a tie, excluded if either excludes it. */
function higherMin(a: QuantityInterval, b: QuantityInterval): { v: number | null; excl: boolean } {
  if (a.min === null) return { v: b.min, excl: b.minExclusive };
  if (b.min === null || a.min > b.min) return { v: a.min, excl: a.minExclusive };
  if (b.min > a.min) return { v: b.min, excl: b.minExclusive };
  return { v: a.min, excl: a.minExclusive || b.minExclusive };
}

/** The smaller of two upper ends (`null` is unbounded above). */
function lowerMax(a: QuantityInterval, b: QuantityInterval): { v: number | null; excl: boolean } {
  if (a.max === null) return { v: b.max, excl: b.maxExclusive };
  if (b.max === null || a.max < b.max) return { v: a.max, excl: a.maxExclusive };
  if (b.max < a.max) return { v: b.max, excl: b.maxExclusive };
  return { v: a.max, excl: a.maxExclusive || b.maxExclusive };
}

/**
 * Whether two quantities can both be true: their intervals share a number.
 * @example quantitiesCompatible(parseQuantity(900).value, parseQuantity("<1000").value) // true
 */
export function quantitiesCompatible(a: QuantityValue, b: QuantityValue): boolean {
  const lo = higherMin(a.interval, b.interval);
  const hi = lowerMax(a.interval, b.interval);
  if (lo.v === null || hi.v === null) return true;
  return lo.v < hi.v || (lo.v === hi.v && !lo.excl && !hi.excl);
}

/** The number a quantity is "about": its amount, else its range's midpoint, else its one bound. */
function representative(q: QuantityValue): number {
  if (q.amount !== undefined) return q.amount;
  const { min, max } = q.interval;
  if (min !== null && max !== null) return min / 2 + max / 2; // halves first: no overflow
  return min ?? max ?? 0;
}

/**
 * How far apart two quantities are: `gap` is the distance between their
 * intervals (0 when they are compatible, and also when they only touch at an
 * excluded end, like `>90` and `90`: incompatible, yet no distance apart), and
 * `relative` is the gap over the larger magnitude of the two values (0 when
 * both are 0). Symmetric in `a` and `b`.
 * @example quantityGap(parseQuantity(900).value, parseQuantity(1000).value) // { gap: 100, relative: 0.1 }
 */
export function quantityGap(a: QuantityValue, b: QuantityValue): { gap: number; relative: number } {
  if (quantitiesCompatible(a, b)) return { gap: 0, relative: 0 };
  // Incompatible, so both ends are finite and lo >= hi.
  const lo = higherMin(a.interval, b.interval).v ?? 0;
  const hi = lowerMax(a.interval, b.interval).v ?? 0;
  const distance = Math.min(lo - hi, Number.MAX_VALUE);
  const gap = Math.max(distance, 0);
  const denominator = Math.max(Math.abs(representative(a)), Math.abs(representative(b)));
  if (denominator === 0) return { gap, relative: 0 };
  const relative = Math.min(gap / denominator, Number.MAX_VALUE);
  return { gap, relative };
}
