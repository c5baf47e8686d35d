/**
 * Words for messages: who said what, and when, in plain English.
 */
import type { CheckedClaim } from "./claims.js";
import type { GroupView } from "./rule.js";
import { groupBy } from "../internal/group-by.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A date as written in the grammar, in words: `2025-04-20` → `20 April 2025`,
 * `2025-09~` → `about September 2025`, `2026-Q4` → `Q4 2026`, `2025/2026-06`
 * → `2025 to June 2026`, `../2026-09` → `until September 2026`.
 */
export function dateInWords(text: string): string {
  const slash = text.indexOf("/");
  if (slash !== -1) {
    const [from, to] = [text.slice(0, slash).trim(), text.slice(slash + 1).trim()];
    if (from === "..") return `until ${dateInWords(to)}`;
    if (to === "..") return `from ${dateInWords(from)}`;
    return `${dateInWords(from)} to ${dateInWords(to)}`;
  }
  if (text.endsWith("~")) return `about ${dateInWords(text.slice(0, -1))}`;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) return `${Number(day[3])} ${MONTHS[Number(day[2]) - 1]} ${day[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  const part = /^(\d{4})-([QqHh])(\d)$/.exec(text);
  if (part) return `${part[2]!.toUpperCase()}${part[3]} ${part[1]}`;
  return text;
}

/** `1 day`, `12 days`, `about 4 months`, `about 7 years`: a span of days as a reader would say it. */
export function days(n: number): string {
  if (n < 60) return n === 1 ? "1 day" : `${n} days`;
  if (n < 730) return `about ${Math.round(n / 30.44)} months`;
  return `about ${Math.round(n / 365.25)} years`;
}

/** `P30D` → `30 days`, `P1M` → `1 month`, `P1Y2M` → `1 year 2 months`. */
export function durationInWords(duration: { years: number; months: number; weeks: number; days: number }): string {
  const parts: string[] = [];
  for (const [n, unit] of [[duration.years, "year"], [duration.months, "month"], [duration.weeks, "week"], [duration.days, "day"]] as const) {
    if (n > 0) parts.push(`${n} ${unit}${n === 1 ? "" : "s"}`);
  }
  return parts.join(" ") || "0 days";
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
