/**
 * The words and figures of the rules' messages: who said what and when,
 * what a group is about, the values involved, how far apart they are, and the
 * time they cover; and where each rule's documentation lives.
 */
import type { CheckedClaim } from "../engine/claims.js";
import { timeRange } from "../engine/claims.js";
import type { GroupView } from "../engine/rule.js";
import { groupBy } from "../internal/group-by.js";
import { dateInWords } from "../values/words.js";
import { distance } from "../values/span.js";
import { isoFromDayNumber } from "../values/days.js";

export { dateInWords, days, durationInWords } from "../values/words.js";

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

/** When a claim's value holds, in words, or `undefined` when undated. */
export function when(claim: CheckedClaim): string | undefined {
  const text = claim.claim.asOf ?? claim.claim.published;
  if (text === undefined) return undefined;
  // Messages name the same few hundred days again and again: word each once.
  let words = whens.get(text);
  if (words === undefined) {
    if (whens.size >= 100_000) whens.clear();
    whens.set(text, (words = dateInWords(text)));
  }
  return words;
}

const whens = new Map<string, string>();

/** Who said it: `Infoplus`, or `Infoplus citing US Department of Defense`. */
export function who(claim: CheckedClaim, name: (id: string) => string): string {
  const source = name(claim.source);
  return claim.origin === claim.source ? source : `${source} citing ${name(claim.origin)}`;
}

/** One side: `~1400 (Infoplus citing US Department of Defense, 20 April 2025; Al-Mada)`. */
export function side(claims: readonly CheckedClaim[], name: (id: string) => string): string {
  const by = [...new Set(claims.map((claim) => [who(claim, name), when(claim)].filter(Boolean).join(", ")))];
  return `${claims[0]!.value.display} (${by.join("; ")})`;
}

/** Every side of a set of claims, by value as written: `~1400 (…) vs ~900 (…)`. */
export function sides(claims: readonly CheckedClaim[], name: (id: string) => string): string {
  const byDisplay = groupBy(claims, (claim) => claim.value.display);
  return [...byDisplay.values()].map((group) => side(group, name)).join(" vs ");
}

/** What the group is about: `US forces: troop count (location: Syria)`. */
export function topic(group: GroupView, name: (id: string) => string): string {
  const scope = Object.entries(group.scope)
    .map(([key, value]) => `${key}: ${name(value)}`)
    .join(", ");
  return `${name(group.subject)}: ${group.property.id.replaceAll("-", " ")}${scope ? ` (${scope})` : ""}`;
}

/** Where a rule's documentation page is published: the package's own file on the npm CDN. */
export function docsUrl(id: string): { url: string } {
  return { url: `https://unpkg.com/corroborate/docs/rules/${id}.md` };
}
