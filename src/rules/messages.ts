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
 * | `document` | a document id | its title, else its source's name |
 * | `who` | a claim id | its source and the whole chain it cites: `Outlet 002 citing The Wall Street Journal citing officials` |
 * | `value` | a claim id | its value in words: `about 1,400`, `September 2025` |
 * | `values` | claim ids | their distinct values in words, joined by "and" |
 * | `when` | a claim id | when its value holds: `on 20 April 2025`, `in 2006` |
 * | `whens` | claim ids | their distinct times, joined by commas |
 * | `in` | a document id | ` in “…”`, its title (else its id) |
 * | `side` | claim ids of one value | `about 1,400 (Infoplus citing the US Department of Defense, 20 April 2025)` |
 * | `sides` | claim ids | each value with who gives it: `about 1,400 (…) vs about 900 (…)` |
 * | `either` | claim ids | the same, joined by "or" (figures of one time that a change leads to or from) |
 * | `own` | claim ids of one document | each value with whom the document cites for it: `about 1,400 (citing …) and about 900 (its own figure)` |
 * | `each` | claim ids | each claim as a side, joined by commas |
 * | `dated` | claim ids | each value as a side with its times (claims of other times than the message's), joined by commas |
 * | `count` | a list | its length |
 * | `period` | ISO days (`from`, with `to`) | ` on 20 April 2025`, ` between … and …`, or nothing |
 * | `days` | a number of days | `1 day`, `12 days`, `about 4 months` |
 * | `duration` | an ISO 8601 duration | `30 days`, `1 year 2 months` |
 * | `scopes` | scopes (name → entity id) | `location: Syria or location: Iraq` |
 * | `scoped` | `{ scope, claims }` items | `location: Syria (about 900); location: Iraq (2,500)` |
 *
 * Who gives a figure is said once per side, times only when the claims of a
 * message are not all of one time (the message states that time once).
 * A placeholder with a kind whose key `data` lacks is written as nothing
 * (an optional part, such as the period of a static property); one without
 * a kind and unknown stays as written.
 */
import type { CheckedClaim } from "../engine/claims.js";
import type { StaleFigures } from "../compare/index.js";
import { timeRange } from "../engine/claims.js";
import type { GroupView } from "../engine/rule.js";
import { PLACEHOLDER } from "../engine/rule.js";
import { propertyInWords, topicInWords } from "../normalize/names.js";
import { dayNumberFromIso, isoFromDayNumber } from "../values/days.js";
import { parseDuration } from "../values/duration.js";
import { distance } from "../values/span.js";
import { dateInWords, days, durationInWords, timeInWords, valueInWords } from "../values/words.js";

export { days } from "../values/words.js";

/** What a finding's message is written with (the engine makes one per finding). @internal */
export interface Speech {
  /** The group the finding is about. */
  readonly group: GroupView;
  /** A readable name for a source or entity id. */
  name(id: string): string;
  /** A document's title, when the claim set gives one. */
  title(document: string): string | undefined;
  /** A claim the finding involves, by id. */
  claim(id: string): CheckedClaim;
  /** When a claim's value holds, in words (`on 20 April 2025`), or `undefined` when undated (remembered by the check). */
  when(claim: CheckedClaim): string | undefined;
  /** Whether sides name their times: the finding's claims are not all of one time (else the message states it once). */
  readonly withTime: boolean;
}

/**
 * Writes a finding's message from its rule's template and its data.
 *
 * @example
 * renderMessage("{{topic}} goes from {{before:sides}} to {{after:sides}}.", { before: ["a"], after: ["b"] }, speech);
 * @internal
 */
export function renderMessage(template: string, data: Readonly<Record<string, unknown>>, speech: Speech): string {
  const message = template.replace(PLACEHOLDER, (whole, placeholder: string) => {
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
  // A sentence that opens with a figure in words ("about 2,000 (…) repeats…") opens with a capital; names stay as written.
  const first = template.startsWith("{{") ? template.slice(2, template.indexOf("}}")).trim() : "";
  const kind = first.slice(first.indexOf(":") + 1);
  return first.includes(":") && FIGURE_KINDS.has(kind) ? message.charAt(0).toUpperCase() + message.slice(1) : message;
}

/** The kinds that open with a figure in words. */
const FIGURE_KINDS = new Set(["side", "sides", "each", "dated", "values", "value"]);

/** The claims of a list of claim ids. */
function claimsOf(ids: unknown, speech: Speech): CheckedClaim[] {
  if (!Array.isArray(ids)) throw new TypeError("a placeholder of claims needs a list of claim ids");
  return ids.map((id) => speech.claim(String(id)));
}

/** How each kind of placeholder is put into words. */
const KINDS: Record<string, (value: unknown, data: Readonly<Record<string, unknown>>, speech: Speech) => string> = {
  name: (id, _, speech) => speech.name(String(id)),
  document: (id, _, speech) => speech.title(String(id)) ?? String(id),
  who: (id, _, speech) => who(speech.claim(String(id)), speech.name),
  value: (id, _, speech) => valueWords(speech.claim(String(id))),
  values: (ids, _, speech) => byValue(claimsOf(ids, speech)).map((group) => valueWords(group[0]!)).join(" and "),
  when: (id, _, speech) => speech.when(speech.claim(String(id))) ?? "at no stated time",
  whens: (ids, _, speech) => distinct(claimsOf(ids, speech).map((claim) => speech.when(claim) ?? "at no stated time")).join(", "),
  // A document is named by its title; one without a title is not named (its id is the claim set's, not the reader's).
  in: (id, _, speech) => {
    const title = speech.title(String(id));
    return title === undefined ? "" : ` in “${title}”`;
  },
  side: (ids, _, speech) => side(claimsOf(ids, speech), speech, speech.withTime),
  sides: (ids, _, speech) => sides(claimsOf(ids, speech), speech),
  either: (ids, _, speech) => sides(claimsOf(ids, speech), speech, " or "),
  own: (ids, _, speech) => own(claimsOf(ids, speech), speech),
  each: (ids, _, speech) => listed(claimsOf(ids, speech), (claim) => side([claim], speech, speech.withTime), ", ", ", and ", "claims"),
  dated: (ids, _, speech) => listed(byValue(claimsOf(ids, speech)), (group) => side(group, speech, true), ", ", ", and "),
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
      .map(({ scope, claims }) => `${scopeInWords(scope, speech.name)} (${byValue(claimsOf(claims, speech)).map((group) => valueWords(group[0]!)).join(", ")})`)
      .join("; "),
};

/** A claim's value in words, with its property's unit. */
function valueWords(claim: CheckedClaim): string {
  return valueInWords(claim.value, claim.property.unit);
}

/** The time a claim's value holds, as written: `asOf`, else `published` (its own or its document's). */
function writtenTime(claim: CheckedClaim): string | undefined {
  return claim.written;
}

/** True when every claim holds at one time as written (or none has one): a message then states it once. @internal */
export function oneTime(claims: readonly CheckedClaim[]): boolean {
  const first = claims[0] && timeWords(claims[0]);
  return claims.every((claim) => timeWords(claim) === first);
}

/** ` on 20 April 2025`, ` between 1 April 2025 and 30 April 2025`, or nothing for unbounded times. @internal */
export function period(range: { lo: number; hi: number }): string {
  if (!Number.isFinite(range.lo) || !Number.isFinite(range.hi)) return "";
  const [lo, hi] = [isoFromDayNumber(range.lo), isoFromDayNumber(range.hi)];
  if (range.lo === range.hi) return ` on ${dateInWords(lo)}`;
  // Whole years, quarters, halves and months are named as such (DESIGN §9), never as their first and last days.
  const endsMonth = isoFromDayNumber(range.hi + 1).endsWith("-01");
  if (lo.endsWith("-01") && endsMonth) {
    const [y1, m1, y2, m2] = [lo.slice(0, 4), Number(lo.slice(5, 7)), hi.slice(0, 4), Number(hi.slice(5, 7))];
    if (m1 === 1 && m2 === 12) return y1 === y2 ? ` in ${y1}` : ` between ${y1} and ${y2}`;
    if (y1 === y2 && m1 === m2) return ` in ${dateInWords(lo.slice(0, 7))}`;
    if (y1 === y2 && m2 - m1 === 2 && m1 % 3 === 1) return ` in ${dateInWords(`${y1}-Q${(m1 + 2) / 3}`)}`;
    if (y1 === y2 && m2 - m1 === 5 && m1 % 6 === 1) return ` in ${dateInWords(`${y1}-H${(m1 + 5) / 6}`)}`;
    return ` between ${dateInWords(lo.slice(0, 7))} and ${dateInWords(hi.slice(0, 7))}`;
  }
  return ` between ${dateInWords(lo)} and ${dateInWords(hi)}`;
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
  for (const claim of [...claims].sort((a, b) => byValueOrder(a, b) || canonicalOrder(a, b))) {
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

/**
 * The stale figures among the claims of a conflict, for its data: which
 * claims repeat an older figure, where the first of them was first given,
 * and the newer figures they ignore; `undefined` when none is stale.
 * @internal
 */
export function olderFigures(
  claims: readonly CheckedClaim[],
  stale: StaleFigures,
): { stale: string[]; firstSeen: string; newer: string[] } | undefined {
  const found = claims.filter((claim) => stale.has(claim));
  if (found.length === 0) return undefined;
  const newer = stale.newer(found);
  const first = [...found].sort(canonicalOrder)[0]!;
  return { stale: ids(found), firstSeen: stale.get(first)!.firstSeen.id, newer: ids(newer) };
}

/**
 * The order of values, whatever the order claims were written in: by their
 * spans (lowest first; an open end after a closed one at one number), else by
 * key, then as written.
 */
function byValueOrder(a: CheckedClaim, b: CheckedClaim): number {
  if (a.span && b.span) {
    const [x, y] = [a.span, b.span];
    const order = x.lo - y.lo || Number(x.loOpen) - Number(y.loOpen) || x.hi - y.hi || Number(y.hiOpen) - Number(x.hiOpen);
    if (order !== 0 && !Number.isNaN(order)) return order;
  } else if (a.span || b.span) {
    return a.span ? -1 : 1;
  } else if (a.key !== b.key) {
    return a.key < b.key ? -1 : 1;
  }
  return a.value.display < b.value.display ? -1 : a.value.display > b.value.display ? 1 : 0;
}

/** The order claims are named in, whatever the order they were written in: by time (undated last), then value, then id. @internal */
export function canonicalOrder(a: CheckedClaim, b: CheckedClaim): number {
  const [ta, tb] = [a.time?.lo ?? Infinity, b.time?.lo ?? Infinity];
  if (ta !== tb) return ta < tb ? -1 : 1;
  const [ha, hb] = [a.time?.hi ?? Infinity, b.time?.hi ?? Infinity];
  if (ha !== hb) return ha < hb ? -1 : 1;
  return byValueOrder(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Claim ids, for a finding's data, in the order they are named (canonicalOrder). @internal */
export function ids(claims: readonly CheckedClaim[]): string[] {
  return [...claims].sort(canonicalOrder).map((claim) => claim.id);
}

/** When a claim's value holds, as written (`asOf`, else `published`), in words; `undefined` when undated. @internal */
export function whenInWords(claim: CheckedClaim): string | undefined {
  const text = writtenTime(claim);
  return text === undefined ? undefined : `${stated(claim) ? "stated " : ""}${timeInWords(text)}`;
}

/** The chain a claim cites, nearest first: `The Wall Street Journal citing officials`; empty for its own figure. */
function citing(claim: CheckedClaim, name: (id: string) => string): string {
  return claim.citing.map(name).join(" citing ");
}

/** Who gives a claim's figure: `Infoplus`, or `Outlet 002 citing The Wall Street Journal citing officials`. */
function who(claim: CheckedClaim, name: (id: string) => string): string {
  const chain = citing(claim, name);
  return chain ? `${name(claim.source)} citing ${chain}` : name(claim.source);
}

/** Distinct items, in the order first met. */
function distinct<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** True for a plan without a target time: its date is when it was stated, not when it is meant to hold. */
const stated = (claim: CheckedClaim) => claim.modality === "planned" && claim.claim.asOf === undefined;

/** A claim's time in words for a side: `20 April 2025`, or `stated 20 April 2025` for a plan without a target time. */
function timeWords(claim: CheckedClaim): string | undefined {
  const text = writtenTime(claim);
  return text === undefined ? undefined : `${stated(claim) ? "stated " : ""}${dateInWords(text)}`;
}

/** Times in words, when asked for: `, 20 April 2025`, `, March 2025 and 20 April 2025`. */
function times(claims: readonly CheckedClaim[], _speech: Speech, withTime: boolean): string {
  if (!withTime) return "";
  const words = distinct(claims.map(timeWords).filter((text): text is string => text !== undefined));
  return words.length === 0 ? "" : `, ${words.join(" and ")}`;
}

/**
 * Who gives the figure of a side, each source named once: `Infoplus citing
 * the US Department of Defense, and citing The New York Times citing US
 * officials, 20 April 2025; Al-Mada`.
 */
function provenance(claims: readonly CheckedClaim[], speech: Speech, withTime: boolean): string {
  const bySource = new Map<string, CheckedClaim[]>();
  for (const claim of [...claims].sort(canonicalOrder)) {
    const mine = bySource.get(claim.source);
    if (mine) mine.push(claim);
    else bySource.set(claim.source, [claim]);
  }
  const sources = [...bySource.entries()];
  // Sources in the order their first claims are named; past NAMED_SOURCES, the rest are counted.
  const named = sources.length > NAMED_SOURCES + 1 ? sources.slice(0, NAMED_SOURCES) : sources;
  const rest = sources.length - named.length;
  return named
    .map(([source, mine]) => {
      const chains = distinct(mine.map((claim) => citing(claim, speech.name)));
      const cited = chains.filter(Boolean);
      const ownToo = cited.length > 0 && chains.includes("");
      const credit = cited.length === 0 ? "" : ` citing ${cited.join(", and citing ")}${ownToo ? ", and in its own words" : ""}`;
      return `${speech.name(source)}${credit}${times(mine, speech, withTime)}`;
    })
    .concat(rest > 0 ? [`and ${rest} other sources`] : [])
    .join("; ");
}

/**
 * A side names at most this many sources (a sixth is named rather than
 * counted); the rest are counted (`…; and 37 other sources`). The finding's
 * `claims` and data still list every claim.
 */
const NAMED_SOURCES = 5;

/** One side: `about 1,400 (Infoplus citing the US Department of Defense, 20 April 2025; Al-Mada)`. */
function side(claims: readonly CheckedClaim[], speech: Speech, withTime: boolean): string {
  return `${valueWords(claims[0]!)} (${provenance(claims, speech, withTime)})`;
}

/** Claims by value as written, lowest value first, each list in the order claims are named (canonicalOrder). */
function byValue(claims: readonly CheckedClaim[]): CheckedClaim[][] {
  const lists = new Map<string, CheckedClaim[]>();
  for (const claim of [...claims].sort((a, b) => byValueOrder(a, b) || canonicalOrder(a, b))) {
    const list = lists.get(claim.value.display);
    if (list) list.push(claim);
    else lists.set(claim.value.display, [claim]);
  }
  return [...lists.values()].map((list) => list.sort(canonicalOrder));
}

/** Every side of a set of claims, by value as written: `about 1,400 (…) vs about 900 (…)`; times only when they differ. */
function sides(claims: readonly CheckedClaim[], speech: Speech, between = " vs "): string {
  return listed(byValue(claims), (group) => side(group, speech, speech.withTime), between, between);
}

/**
 * A list of sides (claims by value, or single claims) in words, at most
 * NAMED_SIDES of them (a seventh is named rather than counted); the rest are
 * counted after `last`: `about 700 (…) vs about 750 (…) vs 23 other figures`.
 */
function listed<T>(items: readonly T[], words: (item: T) => string, between: string, last: string, noun = "figures"): string {
  if (items.length <= NAMED_SIDES + 1) return items.map(words).join(between);
  const rest = items.length - NAMED_SIDES;
  return `${items.slice(0, NAMED_SIDES).map(words).join(between)}${last}${rest} other ${noun}`;
}

/** A finding names at most this many figures in one list; the rest are counted (its `claims` list every claim). */
const NAMED_SIDES = 6;

/**
 * The sides of one document's claims, the document being the sentence's
 * subject: `about 1,400 (citing the US Department of Defense) and about 900
 * (its own figure)`.
 */
function own(claims: readonly CheckedClaim[], speech: Speech): string {
  const groups = byValue(claims);
  const cites = claims.some((claim) => claim.citing.length > 0);
  return groups
    .map((group) => {
      const chains = distinct(group.map((claim) => citing(claim, speech.name)));
      const cited = chains.filter(Boolean);
      // Whom it cites, when it cites anyone at all; else only the times, when they differ.
      const credit = !cites ? [] : [...(cited.length > 0 ? [`citing ${cited.join(", and citing ")}`] : []), ...(chains.includes("") ? ["its own figure"] : [])];
      const when = times(group, speech, speech.withTime).slice(2);
      const words = [credit.join(", and "), when].filter(Boolean).join(", ");
      return words ? `${valueWords(group[0]!)} (${words})` : valueWords(group[0]!);
    })
    .join(" and ");
}

/** A scope in words: `location: Syria, base: Ain al-Asad`. */
function scopeInWords(scope: Readonly<Record<string, string>>, name: (id: string) => string): string {
  return Object.entries(scope)
    .map(([key, value]) => `${key}: ${name(value)}`)
    .join(", ");
}

/** What the group is about: `US forces: troop count (location: Syria)`, with the property's label when it has one. */
function topic(group: GroupView, name: (id: string) => string): string {
  return topicInWords(group.subject, group.property.label ?? propertyInWords(group.property.id), group.scope, { name });
}

/** Where a rule's documentation page is published: the package's own file on the npm CDN. @internal */
export function docsUrl(id: string): { url: string } {
  return { url: `https://unpkg.com/corroborate/docs/rules/${id}.md` };
}
