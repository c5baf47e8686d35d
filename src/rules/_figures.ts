/**
 * The figures behind a message: the values involved, how far apart they
 * are, and the time they cover.
 */
import type { CheckedClaim } from "../engine/claims.js";
import { timeRange } from "../engine/claims.js";
import { dateInWords } from "../engine/describe.js";
import { distance } from "../engine/span.js";
import { isoFromDayNumber } from "../values/days.js";

/** ` around 20 April 2025`, ` between 1 April 2025 and 30 April 2025`, or nothing for unbounded times. */
export function period(range: { lo: number; hi: number }): string {
  if (!Number.isFinite(range.lo) || !Number.isFinite(range.hi)) return "";
  const from = dateInWords(isoFromDayNumber(range.lo));
  return range.lo === range.hi ? ` on ${from}` : ` between ${from} and ${dateInWords(isoFromDayNumber(range.hi))}`;
}

/**
 * The values involved (as written), and for quantities and dates the widest
 * gap between two of them: `gap` in the value's unit (days for dates) and,
 * for quantities, `relativeGap` (gap over the larger figure).
 */
export function figures(claims: readonly CheckedClaim[]): Record<string, unknown> {
  const values = new Set<string>();
  let spans = 0;
  let low: CheckedClaim | undefined;
  let high: CheckedClaim | undefined;
  for (const claim of claims) {
    values.add(claim.value.display);
    if (!claim.span) continue;
    spans++;
    if (!low || claim.span.hi < low.span!.hi) low = claim;
    if (!high || claim.span.lo > high.span!.lo) high = claim;
  }
  const data: Record<string, unknown> = { values: [...values] };
  if (spans < 2) return data;
  const gap = distance(low!.span!, high!.span!);
  if (claims[0]!.value.type === "date") {
    data.daysApart = gap;
  } else {
    data.gap = gap;
    const scale = Math.max(Math.abs(magnitude(low!)), Math.abs(magnitude(high!)));
    data.relativeGap = scale === 0 ? 0 : Number((gap / scale).toPrecision(4));
  }
  return data;
}

/** The figure a quantity is about: its amount, or a finite end of its interval. */
function magnitude(claim: CheckedClaim): number {
  const value = claim.value;
  if (value.type === "quantity" && value.amount !== undefined) return value.amount;
  const { lo, hi } = claim.span!;
  if (Number.isFinite(lo) && Number.isFinite(hi)) return (lo + hi) / 2;
  return Number.isFinite(lo) ? lo : Number.isFinite(hi) ? hi : 0;
}

/** The time a set of claims covers, as ISO days (`null` when open or undated). */
export function timeSpan(claims: readonly CheckedClaim[]): { from: string | null; to: string | null } {
  const { lo, hi } = timeRange(claims);
  return {
    from: Number.isFinite(lo) ? isoFromDayNumber(lo) : null,
    to: Number.isFinite(hi) ? isoFromDayNumber(hi) : null,
  };
}
