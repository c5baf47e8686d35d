/**
 * Dates: ISO 8601 calendar dates with reduced precision (year, half, quarter,
 * month, day), EDTF-style `~` for "approximately" and `/` intervals with `..`
 * for an open end, read into inclusive runs of days.
 */
import { dayNumber, dayNumberFromIso, daysInMonth, isoFromDayNumber, MAX_DAY, MIN_DAY } from "./days.js";
import { addDuration } from "./duration.js";
import { describe, quote } from "../internal/quote.js";
import type { DatePrecision, DateValue, Duration, ValueResult, ValueSettings } from "./types.js";

const HINT = "write a date such as 2025-04-20, 2025-09, 2026-Q4, 2026-H2 or 2025-09/2026-12";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

type Fail = { ok: false; message: string };

/** One side of a date: a single year, half, quarter, month or day as written. */
interface Part {
  precision: Exclude<DatePrecision, "interval">;
  approximate: boolean;
  display: string;
  /** First and last day as written, without `~`. */
  first: number;
  last: number;
  /** First and last day after widening by one unit for `~`. */
  wideFirst: number;
  wideLast: number;
}

/** A reason the part cannot be read, or `undefined` for the generic message. */
type PartError = { why: string | undefined };

function fail(message: string): Fail {
  return { ok: false, message };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The integer written by `len` ASCII digits at `at`, or -1 if any is not a digit. */
function readDigits(s: string, at: number, len: number): number {
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** First day of a month counted as `year * 12 + (month - 1)`. */
function monthStart(index: number): number {
  const y = Math.floor(index / 12);
  return dayNumber(y, index - y * 12 + 1, 1);
}

/** A part spanning `span` months from month index `from`; `~` widens it by one span each side. */
function monthsPart(precision: Part["precision"], from: number, span: number, approximate: boolean, display: string): Part {
  const first = monthStart(from);
  const last = monthStart(from + span) - 1;
  return {
    precision,
    approximate,
    display: approximate ? display + "~" : display,
    first,
    last,
    wideFirst: approximate ? monthStart(from - span) : first,
    wideLast: approximate ? monthStart(from + 2 * span) - 1 : last,
  };
}

/** Reads one side of a date by fixed character positions (no regexes, no backtracking). */
function readPart(p: string): Part | PartError {
  const generic = { why: undefined };
  const approximate = p.endsWith("~");
  const core = approximate ? p.slice(0, -1) : p;
  if (core.length > 10) return generic;
  const y = readDigits(core, 0, 4);
  if (y < 0) return generic;
  const year = core.slice(0, 4);
  if (core.length === 4) return monthsPart("year", y * 12, 12, approximate, year);
  if (core[4] !== "-") return generic;
  const rest = core.slice(5);
  const letter = rest[0]?.toUpperCase();
  if ((letter === "Q" || letter === "H") && rest.length === 2) {
    const n = readDigits(rest, 1, 1);
    if (n < 0) return generic;
    if (letter === "Q") {
      if (n < 1 || n > 4) return { why: "a year has quarters Q1 to Q4" };
      return monthsPart("quarter", y * 12 + (n - 1) * 3, 3, approximate, `${year}-Q${n}`);
    }
    if (n < 1 || n > 2) return { why: "a year has halves H1 and H2" };
    return monthsPart("half", y * 12 + (n - 1) * 6, 6, approximate, `${year}-H${n}`);
  }
  if (rest.length !== 2 && rest.length !== 5) return generic;
  const m = readDigits(rest, 0, 2);
  if (m < 0) return generic;
  if (rest.length === 5 && (rest[2] !== "-" || readDigits(rest, 3, 2) < 0)) return generic;
  if (m < 1 || m > 12) return { why: `there is no month ${m}` };
  if (rest.length === 2) return monthsPart("month", y * 12 + m - 1, 1, approximate, core);
  const d = readDigits(rest, 3, 2);
  const dim = daysInMonth(y, m);
  if (d < 1) return { why: "there is no day 0" };
  if (d > dim) return { why: `${MONTHS[m - 1]} ${year} has ${dim} days` };
  const day = dayNumber(y, m, d);
  return {
    precision: "day",
    approximate,
    display: approximate ? core + "~" : core,
    first: day,
    last: day,
    wideFirst: approximate ? day - 1 : day,
    wideLast: approximate ? day + 1 : day,
  };
}

/** A usable tolerance: a Duration of non-negative safe integers. */
function toleranceOf(settings: ValueSettings | undefined): Duration | undefined {
  const t = settings?.tolerance;
  if (typeof t !== "object" || t === null) return undefined;
  const ok = [t.years, t.months, t.weeks, t.days].every((n) => Number.isSafeInteger(n) && n >= 0);
  return ok ? t : undefined;
}

/** Keeps computed ends inside the years the grammar can write (0000–9999). */
function clampDay(n: number): number {
  return Math.min(Math.max(n, MIN_DAY), MAX_DAY);
}

/**
 * Reads a date: `"2026"`, `"2025-09"`, `"2025-04-20"`, `"2026-Q4"`, `"2026-H2"`,
 * any of them with `~` ("approximately": one more unit on each side), or an
 * interval `"2025-09/2026-12"` whose ends may be `..` (open) or carry `~`.
 * A Duration `settings.tolerance` widens every bounded end outward.
 * Never throws: anything unreadable gives `{ ok: false, message }`.
 * @example parseDate("2026-Q4") // { ok: true, value: { display: "2026-Q4", interval: { start: "2026-10-01", end: "2026-12-31" }, … } }
 */
export function parseDate(raw: unknown, settings?: ValueSettings): ValueResult<DateValue> {
  if (typeof raw !== "string") {
    if (typeof raw === "number") return fail(`cannot read the number ${describe(raw)} as a date; write it as a string such as "2025"`);
    return fail(`cannot read ${describe(raw)} as a date; ${HINT}`);
  }
  const generic = (): Fail => fail(`cannot read ${quote(raw)} as a date; ${HINT}`);
  const explain = (e: PartError): Fail => (e.why ? fail(`cannot read ${quote(raw)} as a date: ${e.why}`) : generic());
  const s = raw.trim();
  // A single date is at most 11 characters, an interval at most 23; anything longer is not a date.
  if (s.length > 40) return generic();

  let start: number | null;
  let end: number | null;
  let precision: DatePrecision;
  let approximate: boolean;
  let display: string;
  const slash = s.indexOf("/");
  if (slash < 0) {
    const part = readPart(s);
    if ("why" in part) return explain(part);
    ({ precision, approximate, display } = part);
    start = part.wideFirst;
    end = part.wideLast;
  } else {
    const left = s.slice(0, slash).trim();
    const right = s.slice(slash + 1).trim();
    if (right.includes("/")) return generic();
    const a = left === ".." ? null : readPart(left);
    const b = right === ".." ? null : readPart(right);
    if (a && "why" in a) return explain(a);
    if (b && "why" in b) return explain(b);
    if (!a && !b) return fail(`cannot read ${quote(raw)} as a date: an interval needs a start or an end`);
    if (a && b && b.last < a.first) return fail(`${quote(raw)} ends before it starts`);
    precision = "interval";
    approximate = Boolean(a?.approximate || b?.approximate);
    display = `${a ? a.display : ".."}/${b ? b.display : ".."}`;
    // `~` on an end moves only that end, outward.
    start = a ? a.wideFirst : null;
    end = b ? b.wideLast : null;
  }

  const tolerance = toleranceOf(settings);
  if (tolerance) {
    if (start !== null) start = addDuration(start, tolerance, -1);
    if (end !== null) end = addDuration(end, tolerance, 1);
  }
  const value: DateValue = {
    type: "date",
    text: raw,
    display,
    precision,
    ...(approximate ? { approximate: true } : {}),
    interval: {
      start: start === null ? null : isoFromDayNumber(clampDay(start)),
      end: end === null ? null : isoFromDayNumber(clampDay(end)),
    },
  };
  return { ok: true, value };
}

/**
 * Whether a string looks meant as a date in this grammar: four digits then the
 * end, `-`, `/` or `~`; or an open start `..`. Used to infer undeclared types.
 * @example isDateShaped("2025-09") // true; isDateShaped("1,400") // false
 * @internal
 */
export function isDateShaped(s: string): boolean {
  const t = s.trim();
  if (t.startsWith("..")) return true;
  if (readDigits(t, 0, 4) < 0) return false;
  const next = t[4];
  return next === undefined || next === "-" || next === "/" || next === "~";
}

/**
 * The first and last day numbers a date covers; `null` for an open end.
 * @example dayRange(parseDate("1970-01").value) // [0, 30]
 * @internal
 */
export function dayRange(v: DateValue): [number | null, number | null] {
  const { start, end } = v.interval;
  return [start === null ? null : dayNumberFromIso(start), end === null ? null : dayNumberFromIso(end)];
}

/**
 * Whether two dates can both be true: their runs of days share a day.
 * @example datesCompatible(parseDate("2025").value, parseDate("2025-09").value) // true
 */
export function datesCompatible(a: DateValue, b: DateValue): boolean {
  const [as, ae] = dayRange(a);
  const [bs, be] = dayRange(b);
  return (as === null || be === null || as <= be) && (bs === null || ae === null || bs <= ae);
}

/**
 * Days from the end of the earlier date to the start of the later one (0 when
 * they share a day), so 2025-09-30 and 2025-10-01 are 1 apart. Symmetric.
 * @example dateGapDays(parseDate("2025-09").value, parseDate("2025-12").value) // 62
 */
export function dateGapDays(a: DateValue, b: DateValue): number {
  if (datesCompatible(a, b)) return 0;
  const [as, ae] = dayRange(a);
  const [bs, be] = dayRange(b);
  // Not compatible, so one lies wholly before the other and those ends are bounded.
  if (ae !== null && bs !== null && ae < bs) return bs - ae;
  return (as ?? 0) - (be ?? 0);
}
