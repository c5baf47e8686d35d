/**
 * The rules' messages: a finding's `data` holds figures and ids only (value
 * displays, numbers, dates, claim ids); its sentence is written here, from
 * the rule's message template, when the engine turns the finding into a
 * conflict. So the report keeps the figures as data and the words as text,
 * as ESLint's messages do.
 *
 * A template's placeholders are `{{key}}` — `data[key]` as it is (or the
 * group's topic for `{{topic}}`) — or `{{key:kind}}`, `data[key]` put into
 * words:
 *
 * | kind | `data[key]` | written as |
 * | --- | --- | --- |
 * | `name` | a source or entity id | its readable name |
 * | `who` | a claim id | its source, and whom it cites |
 * | `side` | claim ids of one value | `~1400 (Infoplus citing US Department of Defense, 20 April 2025)` |
 * | `sides` | claim ids | each value with its sources: `~1400 (…) vs ~900 (…)` |
 * | `each` | claim ids | each claim as a side, joined by commas |
 * | `whens` | claim ids | their distinct times in words (`earlier` when undated) |
 * | `count` | a list | its length |
 * | `period` | ISO days (`from`, with `to`) | ` on 20 April 2025`, ` between … and …`, or nothing |
 * | `days` | a number of days | `1 day`, `12 days`, `about 4 months` |
 * | `duration` | an ISO 8601 duration | `30 days`, `1 year 2 months` |
 * | `scopes` | scopes (name → entity id) | `location: Syria or location: Iraq` |
 * | `scoped` | `{ scope, claims }` items | `location: Syria (~900); location: Iraq (2500)` |
 *
 * A placeholder with a kind whose key `data` lacks is written as nothing
 * (an optional part, such as the period of a static property); one without
 * a kind and unknown stays as written.
 */
import type { CheckedClaim } from "../engine/claims.js";
import { timeRange } from "../engine/claims.js";
import type { GroupView } from "../engine/rule.js";
import { PLACEHOLDER } from "../engine/rule.js";
import { groupBy } from "../internal/group-by.js";
import { dayNumberFromIso, isoFromDayNumber } from "../values/days.js";
import { parseDuration } from "../values/duration.js";
import { distance } from "../values/span.js";
import { dateInWords, days, durationInWords } from "../values/words.js";

/** What a finding's message is written with (the engine makes one per finding). @internal */
export interface Speech {
  /** The group the finding is about. */
  readonly group: GroupView;
  /** A readable name for a source or entity id. */
  name(id: string): string;
  /** A claim the finding involves, by id. */
  claim(id: string): CheckedClaim;
  /** When a claim's value holds, in words, or `undefined` when undated (remembered by the check). */
  when(claim: CheckedClaim): string | undefined;
}

/**
 * Writes a finding's message from its rule's template and its data.
 *
 * @example
 * renderMessage("{{topic}} goes from {{before:sides}} to {{after:sides}}.", { before: ["a"], after: ["b"] }, speech);
 * @internal
 */
export function renderMessage(template: string, data: Readonly<Record<string, unknown>>, speech: Speech): string {
  return template.replace(PLACEHOLDER, (whole, placeholder: string) => {
    const colon = placeholder.indexOf(":");
    if (colon === -1) {
      if (Object.hasOwn(data, placeholder)) return String(data[placeholder]);
      return placeholder === "topic" ? topic(speech.group, speech.name) : whole;
    }
    const key = placeholder.slice(0, colon);
    const kind = placeholder.slice(colon + 1);
    if (!Object.hasOwn(KINDS, kind)) throw new TypeError(`unknown placeholder kind "${kind}" in "${whole}"`);
    if (!Object.hasOwn(data, key) || data[key] === null || data[key] === undefined) return "";
    return KINDS[kind]!(data[key], data, speech);
  });
}

/** The claims of a list of claim ids. */
function claimsOf(ids: unknown, speech: Speech): CheckedClaim[] {
  if (!Array.isArray(ids)) throw new TypeError("a placeholder of claims needs a list of claim ids");
  return ids.map((id) => speech.claim(String(id)));
}

/** How each kind of placeholder is put into words. */
const KINDS: Record<string, (value: unknown, data: Readonly<Record<string, unknown>>, speech: Speech) => string> = {
  name: (id, _, speech) => speech.name(String(id)),
  who: (id, _, speech) => who(speech.claim(String(id)), speech.name),
  side: (ids, _, speech) => side(claimsOf(ids, speech), speech),
  sides: (ids, _, speech) => sides(claimsOf(ids, speech), speech),
  each: (ids, _, speech) => claimsOf(ids, speech).map((claim) => side([claim], speech)).join(", "),
  whens: (ids, _, speech) => [...new Set(claimsOf(ids, speech).map((claim) => speech.when(claim) ?? "earlier"))].join(", "),
  count: (list) => String(Array.isArray(list) ? list.length : 0),
  period: (from, data) => {
    const to = typeof data.to === "string" ? data.to : from;
    return period({ lo: dayNumberFromIso(String(from)), hi: dayNumberFromIso(String(to)) });
  },
  days: (n) => days(Math.max(Number(n), 1)),
  duration: (text) => {
    const duration = parseDuration(String(text));
    return duration ? durationInWords(duration) : String(text);
  },
  scopes: (list, _, speech) => (list as Array<Record<string, string>>).map((scope) => scopeInWords(scope, speech.name)).join(" or "),
  scoped: (list, _, speech) =>
    (list as Array<{ scope: Record<string, string>; claims: string[] }>)
      .map(({ scope, claims }) => `${scopeInWords(scope, speech.name)} (${claimsOf(claims, speech).map((claim) => claim.value.display).join(", ")})`)
      .join("; "),
};

/** ` on 20 April 2025`, ` between 1 April 2025 and 30 April 2025`, or nothing for unbounded times. @internal */
export function period(range: { lo: number; hi: number }): string {
  if (!Number.isFinite(range.lo) || !Number.isFinite(range.hi)) return "";
  const from = dateInWords(isoFromDayNumber(range.lo));
  return range.lo === range.hi ? ` on ${from}` : ` between ${from} and ${dateInWords(isoFromDayNumber(range.hi))}`;
}

/**
 * The values involved (as written), and for quantities and dates the widest
 * gap between two of them: `gap` in the value's unit (days for dates) and,
 * for quantities, `relativeGap` (gap over the larger figure).
 * @internal
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

/** The time a set of claims covers, as ISO days (`null` when open or undated). @internal */
export function timeSpan(claims: readonly CheckedClaim[]): { from: string | null; to: string | null } {
  const { lo, hi } = timeRange(claims);
  return {
    from: Number.isFinite(lo) ? isoFromDayNumber(lo) : null,
    to: Number.isFinite(hi) ? isoFromDayNumber(hi) : null,
  };
}

/** Claim ids, for a finding's data. @internal */
export function ids(claims: readonly CheckedClaim[]): string[] {
  return claims.map((claim) => claim.id);
}

/** When a claim's value holds, as written (`asOf`, else `published`), in words; `undefined` when undated. @internal */
export function whenInWords(claim: CheckedClaim): string | undefined {
  const text = claim.claim.asOf ?? claim.claim.published;
  return text === undefined ? undefined : dateInWords(text);
}

/** Who said it: `Infoplus`, or `Infoplus citing US Department of Defense`. */
function who(claim: CheckedClaim, name: (id: string) => string): string {
  const source = name(claim.source);
  return claim.origin === claim.source ? source : `${source} citing ${name(claim.origin)}`;
}

/** One side: `~1400 (Infoplus citing US Department of Defense, 20 April 2025; Al-Mada)`. */
function side(claims: readonly CheckedClaim[], speech: Speech): string {
  const by = [...new Set(claims.map((claim) => [who(claim, speech.name), speech.when(claim)].filter(Boolean).join(", ")))];
  return `${claims[0]!.value.display} (${by.join("; ")})`;
}

/** Every side of a set of claims, by value as written: `~1400 (…) vs ~900 (…)`. */
function sides(claims: readonly CheckedClaim[], speech: Speech): string {
  const byDisplay = groupBy(claims, (claim) => claim.value.display);
  return [...byDisplay.values()].map((group) => side(group, speech)).join(" vs ");
}

/** A scope in words: `location: Syria, base: Ain al-Asad`. */
function scopeInWords(scope: Readonly<Record<string, string>>, name: (id: string) => string): string {
  return Object.entries(scope)
    .map(([key, value]) => `${key}: ${name(value)}`)
    .join(", ");
}

/** What the group is about: `US forces: troop count (location: Syria)`. */
function topic(group: GroupView, name: (id: string) => string): string {
  const scope = scopeInWords(group.scope, name);
  return `${name(group.subject)}: ${group.property.id.replaceAll("-", " ")}${scope ? ` (${scope})` : ""}`;
}

/** Where a rule's documentation page is published: the package's own file on the npm CDN. @internal */
export function docsUrl(id: string): { url: string } {
  return { url: `https://unpkg.com/corroborate/docs/rules/${id}.md` };
}
