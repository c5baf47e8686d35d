/**
 * A precision corpus: small claim sets shaped like real reporting (casualty
 * tolls, troop counts, city populations by year, deadlines and plans,
 * refugee figures, cumulative tallies, undated background figures, places
 * within places), each with the findings a careful fact-checker would sign
 * and those they would not. The rule tables test each rule alone; these
 * test whole reports, every rule on, as a newsroom would run them.
 *
 * `must`: each finding must be reported, with exactly these claims.
 * `mustNot`: no finding of the rule may involve all of these claims (no claim
 * list: no finding of the rule at all).
 * `quiet`: no error or warning but those in `must`.
 */
import type { ClaimSet } from "../../src/index.js";

export interface Finding {
  rule: string;
  claims?: string[];
}

export interface PrecisionCase {
  name: string;
  /** What kind of reporting the case is shaped like. */
  kind: "coarse dates" | "history" | "stale repeat" | "plans" | "undated" | "containment" | "cumulative" | "disputes" | "documents";
  set: ClaimSet;
  must: Finding[];
  mustNot: Finding[];
  quiet?: boolean;
}

type C = Record<string, unknown>;
let n = 0;
/** A claim: subject, property, value, source and the rest. */
const c = (subject: string, property: string, value: unknown, source: string, rest: C = {}): C & { id: string } => ({
  id: (rest.id as string) ?? `c${n++}`,
  subject,
  property,
  value,
  source,
  ...rest,
});
const set = (claims: C[], extra: Partial<ClaimSet> = {}): ClaimSet => ({ ...extra, claims } as unknown as ClaimSet);
const yearly = { id: "population", type: "quantity", unit: "people" } as const;
const troops = { id: "troop-count", type: "quantity", unit: "troops", label: "troop count" } as const;
const deaths = { id: "deaths", type: "quantity", temporal: "cumulative", unit: "deaths", label: "death toll" } as const;
const deadline = { id: "withdrawal-deadline", type: "date", temporal: "static", nesting: "within", label: "withdrawal deadline" } as const;

export const CASES: PrecisionCase[] = [
  // ------------------------------------------------------------------ coarse dates
  {
    name: "a city's population in consecutive years: a change, never a rapid one",
    kind: "coarse dates",
    set: set([c("bogota", "population", 6776009, "u1", { id: "y2005", asOf: "2005" }), c("bogota", "population", 7050228, "u2", { id: "y2006", asOf: "2006" })], { properties: [yearly] }),
    must: [{ rule: "value-changed", claims: ["y2005", "y2006"] }],
    mustNot: [{ rule: "rapid-change" }],
    quiet: true,
  },
  {
    name: "two editors give one year two figures: a conflict",
    kind: "coarse dates",
    set: set([c("bogota", "population", 6776009, "u1", { id: "a", asOf: "2005" }), c("bogota", "population", 67000, "u2", { id: "b", asOf: "2005" })], { properties: [yearly] }),
    must: [{ rule: "conflicting-values", claims: ["a", "b"] }],
    mustNot: [],
    quiet: true,
  },
  {
    name: "a year and a month inside it: the year's figure may be of another month",
    kind: "coarse dates",
    set: set([c("gaza", "displaced", 1900000, "unrwa", { id: "year", asOf: "2024" }), c("gaza", "displaced", 1700000, "ocha", { id: "month", asOf: "2024-03" })]),
    must: [],
    mustNot: [{ rule: "conflicting-values" }, { rule: "rapid-change" }],
    quiet: true,
  },
  {
    name: "quarters in a row from two statistics offices: a change",
    kind: "coarse dates",
    set: set([c("spain", "unemployed", 2900000, "ine", { id: "q1", asOf: "2024-Q1" }), c("spain", "unemployed", 2700000, "eurostat", { id: "q2", asOf: "2024-Q2" })]),
    must: [{ rule: "value-changed", claims: ["q1", "q2"] }],
    mustNot: [{ rule: "rapid-change" }],
    quiet: true,
  },
  {
    name: "a month then a day two weeks later: no rapid change (the month's figure may be six weeks older)",
    kind: "coarse dates",
    set: set([c("us-forces", "troop-count", 2000, "pentagon", { id: "march", asOf: "2025-03", scope: { location: "syria" } }), c("us-forces", "troop-count", 1400, "reuters", { id: "april", published: "2025-04-14", scope: { location: "syria" } })], { properties: [troops] }),
    must: [{ rule: "value-changed", claims: ["april", "march"] }],
    mustNot: [{ rule: "rapid-change" }],
    quiet: true,
  },
  {
    name: "days ten days apart from two outlets: a rapid change",
    kind: "coarse dates",
    set: set([c("us-forces", "troop-count", 2000, "ap", { id: "d1", published: "2025-04-01" }), c("us-forces", "troop-count", 1400, "reuters", { id: "d2", published: "2025-04-11" })], { properties: [troops] }),
    must: [{ rule: "rapid-change", claims: ["d1", "d2"] }],
    mustNot: [],
    quiet: true,
  },
  {
    name: "a decade-long figure and a year inside it: no finding",
    kind: "coarse dates",
    set: set([c("us-forces", "troop-count", ">100000", "nyt", { id: "decade", asOf: "2003/2011", scope: { location: "iraq" } }), c("us-forces", "troop-count", 45000, "ap", { id: "y2010", asOf: "2010", scope: { location: "iraq" } })], { properties: [troops] }),
    must: [],
    mustNot: [{ rule: "conflicting-values" }, { rule: "rapid-change" }],
    quiet: true,
  },
  {
    name: "an approximate month (around March) and a day in April: no conflict",
    kind: "coarse dates",
    set: set([c("sudan", "displaced", 8000000, "iom", { id: "around", asOf: "2024-03~" }), c("sudan", "displaced", 9000000, "unhcr", { id: "day", published: "2024-04-10" })]),
    must: [],
    mustNot: [{ rule: "conflicting-values" }, { rule: "rapid-change" }],
    quiet: true,
  },
  // ------------------------------------------------------------------ history
  {
    name: "a troop history: surge, withdrawal, return, each a timeline note",
    kind: "history",
    set: set(
      [
        c("us-forces", "troop-count", ">100000", "nyt", { id: "surge", asOf: "2003/2011" }),
        c("us-forces", "troop-count", 0, "mee", { id: "gone", asOf: "2012/2013" }),
        c("us-forces", "troop-count", 2500, "wsj", { id: "back", asOf: "2021-01~" }),
      ],
      { properties: [troops] },
    ),
    must: [
      { rule: "value-changed", claims: ["gone", "surge"] },
      { rule: "value-changed", claims: ["back", "gone"] },
    ],
    mustNot: [{ rule: "rapid-change" }, { rule: "outdated-value" }],
    quiet: true,
  },
  {
    name: "the same figure year after year: nothing",
    kind: "history",
    set: set([2019, 2020, 2021, 2022].map((y, i) => c("iceland", "population", "~380000", `s${i}`, { id: `y${y}`, asOf: String(y) })), { properties: [yearly] }),
    must: [],
    mustNot: [{ rule: "value-changed" }, { rule: "outdated-value" }],
    quiet: true,
  },
  {
    name: "a figure that falls and rises again over years, all from other documents: changes, not stale",
    kind: "history",
    set: set(
      [
        c("detroit", "population", 951270, "census", { id: "y2000", asOf: "2000" }),
        c("detroit", "population", 713777, "census", { id: "y2010", asOf: "2010" }),
        c("detroit", "population", 639111, "census", { id: "y2020", asOf: "2020" }),
      ],
      { properties: [yearly] },
    ),
    must: [
      { rule: "value-changed", claims: ["y2000", "y2010"] },
      { rule: "value-changed", claims: ["y2010", "y2020"] },
    ],
    mustNot: [{ rule: "outdated-value" }],
    quiet: true,
  },
  // ------------------------------------------------------------------ stale repeats
  {
    name: "an article repeats last year's figure while the same article gives the newer drawdown (~2,000 → ~1,400 and ~900)",
    kind: "stale repeat",
    set: set(
      [
        c("us-forces", "troop-count", "~900", "ap", { id: "old", published: "2024-09-06" }),
        c("us-forces", "troop-count", "~2000", "infoplus", { id: "before", asOf: "2025-03", published: "2025-04-20", document: "art", attribution: ["pentagon"] }),
        c("us-forces", "troop-count", "~1400", "infoplus", { id: "now", published: "2025-04-20", document: "art", attribution: ["pentagon"] }),
        c("us-forces", "troop-count", "~900", "infoplus", { id: "repeat", published: "2025-04-20", document: "art" }),
      ],
      { properties: [troops] },
    ),
    must: [{ rule: "self-contradiction", claims: ["now", "repeat"] }],
    mustNot: [{ rule: "outdated-value", claims: ["repeat"] }, { rule: "conflicting-values" }],
  },
  {
    name: "another outlet repeats the old figure a month after the new one: outdated",
    kind: "stale repeat",
    set: set(
      [
        c("refugees", "count", 5500000, "unhcr", { id: "old", published: "2024-01-15", subject: "syrian-refugees" }),
        c("refugees", "count", 6100000, "unhcr", { id: "new", published: "2024-06-15", subject: "syrian-refugees" }),
        c("refugees", "count", 5500000, "tabloid", { id: "stale", published: "2024-07-20", subject: "syrian-refugees" }),
      ],
    ),
    must: [{ rule: "outdated-value", claims: ["new", "stale"] }],
    mustNot: [{ rule: "conflicting-values" }],
  },
  {
    name: "an article telling its own timeline (a rise, then back to the old level) is not stale",
    kind: "stale repeat",
    set: set(
      [
        c("hostages", "count", 240, "idf", { id: "a", published: "2023-11-01" }),
        c("hostages", "count", 105, "times", { id: "b", asOf: "2023-12-01", document: "review", published: "2024-01-10" }),
        c("hostages", "count", 240, "times", { id: "c", asOf: "2024-01-05", document: "review", published: "2024-01-10" }),
      ],
    ),
    must: [],
    mustNot: [{ rule: "outdated-value" }],
  },
  {
    name: "a stale figure at the same time as the new one, from two outlets: the conflict says which is older",
    kind: "stale repeat",
    set: set(
      [
        c("us-forces", "troop-count", 900, "ap", { id: "old", published: "2024-09-06" }),
        c("us-forces", "troop-count", 2000, "pentagon", { id: "revealed", published: "2024-12-19" }),
        c("us-forces", "troop-count", 2000, "reuters", { id: "new", published: "2025-01-10" }),
        c("us-forces", "troop-count", 900, "blog", { id: "stale", published: "2025-01-10" }),
      ],
      { properties: [troops] },
    ),
    must: [{ rule: "conflicting-values", claims: ["new", "stale"] }],
    mustNot: [{ rule: "outdated-value", claims: ["stale"] }],
  },
  {
    name: "figures that only spread around the old one (a range that still holds it) are not newer figures",
    kind: "stale repeat",
    set: set(
      [
        c("gaza", "deaths-reported", 30000, "moh", { id: "old", published: "2024-03-01" }),
        c("gaza", "deaths-reported", "25000..35000", "un", { id: "range", published: "2024-04-01" }),
        c("gaza", "deaths-reported", 30000, "paper", { id: "again", published: "2024-05-01" }),
      ],
    ),
    must: [],
    mustNot: [{ rule: "outdated-value" }],
  },
  // ------------------------------------------------------------------ plans
  {
    name: "two stages of one plan announced the same day: no contradiction",
    kind: "plans",
    set: set(
      [
        c("us-forces", "troop-count", "~1400", "infoplus", { id: "stage1", modality: "planned", published: "2025-04-20", attribution: ["pentagon"], document: "art" }),
        c("us-forces", "troop-count", "<1000", "infoplus", { id: "stage2", modality: "planned", published: "2025-04-20", attribution: ["pentagon"], document: "art" }),
      ],
      { properties: [troops] },
    ),
    must: [],
    mustNot: [{ rule: "self-contradiction" }, { rule: "conflicting-values" }],
    quiet: true,
  },
  {
    name: "a plan and the figure of the day it was stated: never compared",
    kind: "plans",
    set: set(
      [
        c("us-forces", "troop-count", "<1000", "pentagon", { id: "plan", modality: "planned", published: "2025-04-20" }),
        c("us-forces", "troop-count", "~1400", "pentagon", { id: "now", published: "2025-04-20" }),
      ],
      { properties: [troops] },
    ),
    must: [],
    mustNot: [{ rule: "self-contradiction" }, { rule: "conflicting-values" }],
    quiet: true,
  },
  {
    name: "two plans for the same target month disagree: a conflict",
    kind: "plans",
    set: set(
      [
        c("us-forces", "troop-count", 1000, "pentagon", { id: "p1", modality: "planned", published: "2025-04-20", asOf: "2025-10" }),
        c("us-forces", "troop-count", 500, "wsj", { id: "p2", modality: "planned", published: "2025-05-02", asOf: "2025-10" }),
      ],
      { properties: [troops] },
    ),
    must: [{ rule: "conflicting-values", claims: ["p1", "p2"] }],
    mustNot: [],
    quiet: true,
  },
  {
    name: "two deadlines for one mission: plans disagree",
    kind: "plans",
    set: set(
      [
        c("coalition-mission", "end-date", "2025-09", "reuters", { id: "sep", modality: "planned", published: "2024-09-27" }),
        c("coalition-mission", "end-date", "2026-12", "wsj", { id: "dec", modality: "planned", published: "2024-09-06" }),
      ],
      { properties: [{ id: "end-date", type: "date", temporal: "static" }] },
    ),
    must: [{ rule: "conflicting-values", claims: ["dec", "sep"] }],
    mustNot: [],
    quiet: true,
  },
  {
    name: "a deadline moved by a later statement of the same source: still two figures a reader must reconcile",
    kind: "plans",
    set: set(
      [
        c("brexit", "exit-date", "2019-03-29", "gov", { id: "first", modality: "planned", published: "2017-03-29", document: "letter-1" }),
        c("brexit", "exit-date", "2019-10-31", "gov", { id: "second", modality: "planned", published: "2019-04-11", document: "letter-2" }),
      ],
      { properties: [{ id: "exit-date", type: "date", temporal: "static" }] },
    ),
    must: [{ rule: "conflicting-values", claims: ["first", "second"] }],
    mustNot: [{ rule: "self-contradiction" }],
    quiet: true,
  },
  // ------------------------------------------------------------------ undated
  {
    name: "an undated background figure that matches a dated one: nothing to say",
    kind: "undated",
    set: set([c("us-forces", "troop-count", "~2500", "bg", { id: "undated" }), c("us-forces", "troop-count", 2500, "draw", { id: "dated", published: "2024-01-28" })], { properties: [troops] }),
    must: [],
    mustNot: [{ rule: "undated-conflict" }],
    quiet: true,
  },
  {
    name: "an undated figure that no dated figure agrees with: one short finding against the nearest",
    kind: "undated",
    set: set(
      [
        c("us-forces", "troop-count", 5000, "bg", { id: "undated" }),
        c("us-forces", "troop-count", 900, "ap", { id: "d1", published: "2024-09-06" }),
        c("us-forces", "troop-count", 2000, "pentagon", { id: "d2", published: "2024-12-19" }),
        c("us-forces", "troop-count", 1400, "infoplus", { id: "d3", published: "2025-04-20" }),
      ],
      { properties: [troops] },
    ),
    must: [{ rule: "undated-conflict", claims: ["d2", "undated"] }],
    mustNot: [{ rule: "undated-conflict", claims: ["d1", "undated"] }],
  },
  {
    name: "seven undated claims: never one finding lumping them all",
    kind: "undated",
    set: set(
      [
        ...[1, 2, 3].map((i) => c("x", "count", 100, `a${i}`, { id: `agree${i}` })),
        ...[1, 2, 3, 4].map((i) => c("x", "count", 100 + i * 1000, `b${i}`, { id: `far${i}`, published: `2024-0${i}-01` })),
      ],
    ),
    must: [],
    mustNot: [{ rule: "undated-conflict", claims: ["agree1", "agree2", "agree3", "far1", "far2", "far3", "far4"] }],
  },
  {
    name: "two undated figures that disagree, and no dated one: one finding",
    kind: "undated",
    set: set([c("y", "count", 10, "a", { id: "u1" }), c("y", "count", 20, "b", { id: "u2" })]),
    must: [{ rule: "undated-conflict", claims: ["u1", "u2"] }],
    mustNot: [],
  },
  {
    name: "an undated figure and a dated one with a coarse year: the year is a date",
    kind: "undated",
    set: set([c("z", "count", 10, "a", { id: "u" }), c("z", "count", 10, "b", { id: "y", asOf: "2020" })]),
    must: [],
    mustNot: [{ rule: "undated-conflict" }],
    quiet: true,
  },
  // ------------------------------------------------------------------ containment
  {
    name: "advisers stay in Erbil until the end of 2026; forces leave the Kurdistan Region by September 2026",
    kind: "containment",
    set: set(
      [
        c("us-forces", "withdrawal-deadline", "2026-12", "infoplus", { id: "erbil", modality: "planned", scope: { location: "أربيل" }, published: "2025-04-20" }),
        c("us-forces", "withdrawal-deadline", "2026-09", "infoplus", { id: "krg", modality: "planned", scope: { location: "إقليم كردستان" }, published: "2025-04-20" }),
      ],
      {
        properties: [deadline],
        entities: [
          { id: "iraq", labels: ["Iraq", "العراق"] },
          { id: "kurdistan-region", labels: ["Kurdistan Region", "إقليم كردستان"], partOf: ["iraq"] },
          { id: "erbil", labels: ["Erbil", "أربيل"], partOf: ["kurdistan-region"] },
        ],
      },
    ),
    must: [{ rule: "containment", claims: ["erbil", "krg"] }],
    mustNot: [],
    quiet: true,
  },
  {
    name: "more troops counted at one base than in the whole country the same day",
    kind: "containment",
    set: set(
      [c("us-forces", "troop-count", 3000, "a", { id: "base", scope: { location: "ain-al-asad" }, published: "2025-04-20" }), c("us-forces", "troop-count", 2500, "b", { id: "country", scope: { location: "iraq" }, published: "2025-04-20" })],
      { properties: [troops], entities: [{ id: "iraq" }, { id: "ain-al-asad", partOf: ["iraq"] }] },
    ),
    must: [{ rule: "containment", claims: ["base", "country"] }],
    mustNot: [],
    quiet: true,
  },
  {
    name: "a base's figure under the country's: consistent",
    kind: "containment",
    set: set(
      [c("us-forces", "troop-count", 900, "a", { id: "base", scope: { location: "ain-al-asad" }, published: "2025-04-20" }), c("us-forces", "troop-count", 2500, "b", { id: "country", scope: { location: "iraq" }, published: "2025-04-20" })],
      { properties: [troops], entities: [{ id: "iraq" }, { id: "ain-al-asad", partOf: ["iraq"] }] },
    ),
    must: [],
    mustNot: [{ rule: "containment" }],
    quiet: true,
  },
  {
    name: "a city's share above the country's is no contradiction (percentages do not add up)",
    kind: "containment",
    set: set(
      [c("voters", "turnout", 71, "a", { id: "city", scope: { area: "paris" }, asOf: "2024-06-30" }), c("voters", "turnout", 66, "b", { id: "country", scope: { area: "france" }, asOf: "2024-06-30" })],
      { properties: [{ id: "turnout", type: "quantity", unit: "%" }], entities: [{ id: "france" }, { id: "paris", partOf: ["france"] }] },
    ),
    must: [],
    mustNot: [{ rule: "containment" }],
    quiet: true,
  },
  {
    name: "a region's count above the country's, but years apart: not compared",
    kind: "containment",
    set: set(
      [c("people", "population", 2000000, "a", { id: "region", scope: { area: "r" }, asOf: "1990" }), c("people", "population", 1500000, "b", { id: "country", scope: { area: "k" }, asOf: "2020" })],
      { properties: [yearly], entities: [{ id: "k" }, { id: "r", partOf: ["k"] }] },
    ),
    must: [],
    mustNot: [{ rule: "containment" }],
    quiet: true,
  },
  // ------------------------------------------------------------------ cumulative
  {
    name: "a death toll that falls between two reports: a decrease",
    kind: "cumulative",
    set: set([c("earthquake", "deaths", 41000, "afad", { id: "feb20", published: "2023-02-20" }), c("earthquake", "deaths", 35000, "tabloid", { id: "feb25", published: "2023-02-25" })], { properties: [deaths] }),
    must: [{ rule: "cumulative-decrease", claims: ["feb20", "feb25"] }],
    mustNot: [],
    quiet: true,
  },
  {
    name: "a toll that only grows, with hedges: nothing",
    kind: "cumulative",
    set: set(
      [
        c("earthquake", "deaths", "~5000", "afad", { id: "d1", published: "2023-02-07" }),
        c("earthquake", "deaths", ">20000", "afad", { id: "d2", published: "2023-02-10" }),
        c("earthquake", "deaths", "41000..42000", "afad", { id: "d3", published: "2023-02-20" }),
      ],
      { properties: [deaths] },
    ),
    must: [],
    mustNot: [{ rule: "cumulative-decrease" }],
    quiet: true,
  },
  {
    name: "a yearly toll and a later day: the year may end after the day, so no decrease",
    kind: "cumulative",
    set: set([c("war", "deaths", 30000, "a", { id: "year", asOf: "2024" }), c("war", "deaths", 25000, "b", { id: "day", published: "2024-06-01" })], { properties: [deaths] }),
    must: [],
    mustNot: [{ rule: "cumulative-decrease" }],
    quiet: true,
  },
  // ------------------------------------------------------------------ disputes and sources
  {
    name: "an article quoting two sides of a dispute reports it, it does not contradict itself",
    kind: "disputes",
    set: set(
      [
        c("protesters", "count", 200000, "paper", { id: "organisers", published: "2024-03-10", document: "story", attribution: ["organisers"] }),
        c("protesters", "count", 30000, "paper", { id: "police", published: "2024-03-10", document: "story", attribution: ["police"] }),
      ],
    ),
    must: [{ rule: "self-contradiction", claims: ["organisers", "police"] }],
    mustNot: [],
  },
  {
    name: "relays of one wire story agree: nothing",
    kind: "disputes",
    set: set(
      [
        c("flood", "deaths", 120, "paper-a", { id: "a", published: "2024-09-01", attribution: ["afp"] }),
        c("flood", "deaths", "~120", "paper-b", { id: "b", published: "2024-09-01", attribution: ["afp"] }),
      ],
      { properties: [{ id: "deaths", type: "quantity", temporal: "cumulative" }] },
    ),
    must: [],
    mustNot: [{ rule: "conflicting-values" }],
    quiet: true,
  },
  {
    name: "a denial of the very figure reported",
    kind: "disputes",
    // The denial of 2 May is about the strike of 1 May: its asOf says so.
    set: set([c("strike", "casualties", 40, "ngo", { id: "report", published: "2024-05-01" }), c("strike", "casualties", 40, "army", { id: "denial", published: "2024-05-02", asOf: "2024-05-01", modality: "denied" })]),
    must: [{ rule: "denied-claim", claims: ["denial", "report"] }],
    mustNot: [],
  },
  {
    name: "hedges that overlap are agreement: about 1,400 and fewer than 1,500",
    kind: "disputes",
    set: set([c("us-forces", "troop-count", "~1400", "a", { id: "a", published: "2025-04-20" }), c("us-forces", "troop-count", "<1500", "b", { id: "b", published: "2025-04-20" })], { properties: [troops] }),
    must: [],
    mustNot: [{ rule: "conflicting-values" }],
    quiet: true,
  },
  {
    name: "an unscoped figure that matches one place's and not another's: ambiguous scope",
    kind: "disputes",
    set: set(
      [
        c("us-forces", "troop-count", "~900", "pentagon", { id: "syria", scope: { location: "syria" }, published: "2024-09-06" }),
        c("us-forces", "troop-count", 2500, "pentagon", { id: "iraq", scope: { location: "iraq" }, published: "2024-09-06" }),
        c("us-forces", "troop-count", 2500, "blog", { id: "unscoped", published: "2024-09-06" }),
      ],
      { properties: [troops] },
    ),
    must: [{ rule: "ambiguous-scope", claims: ["syria", "unscoped"] }],
    mustNot: [],
  },
  // ------------------------------------------------------------------ documents
  {
    name: "an article bounded after June 2025 gives a figure; a September article another: no same-time conflict",
    kind: "documents",
    set: set(
      [c("us-forces", "troop-count", "~1400", "x", { id: "bounded", document: "a1" }), c("us-forces", "troop-count", "~1000", "y", { id: "sept", published: "2025-09-15" })],
      { properties: [troops], documents: [{ id: "a1", source: "x", published: "2025-06/.." }] },
    ),
    must: [],
    mustNot: [{ rule: "conflicting-values" }, { rule: "rapid-change" }, { rule: "undated-conflict" }],
    quiet: true,
  },
  {
    name: "claims inherit their document's date: two articles of one day disagree",
    kind: "documents",
    set: set(
      [c("us-forces", "troop-count", 900, "", { id: "a", document: "art-a" }), c("us-forces", "troop-count", 2000, "", { id: "b", document: "art-b" })].map((claim) => {
        const { source: _, ...rest } = claim;
        return rest;
      }),
      {
        properties: [troops],
        documents: [
          { id: "art-a", source: "outlet-a", title: "Troops stay", published: "2025-04-20" },
          { id: "art-b", source: "outlet-b", title: "Troops leave", published: "2025-04-20" },
        ],
      },
    ),
    must: [{ rule: "conflicting-values", claims: ["a", "b"] }],
    mustNot: [],
    quiet: true,
  },
  {
    name: "an article around September 2024 gives the figure repeated in April 2025 after a newer one: stale, across documents",
    kind: "documents",
    set: set(
      [
        c("us-forces", "troop-count", "~900", "x", { id: "first", document: "old" }),
        c("us-forces", "troop-count", "~2000", "pentagon", { id: "newer", published: "2024-12-19" }),
        c("us-forces", "troop-count", "~900", "y", { id: "repeat", published: "2025-01-20" }),
      ],
      { properties: [troops], documents: [{ id: "old", source: "x", published: "2024-09~" }] },
    ),
    must: [{ rule: "outdated-value", claims: ["newer", "repeat"] }],
    mustNot: [],
  },
  {
    name: "two undated documents bounded to different years disagree: a change between them",
    kind: "documents",
    set: set(
      [c("city", "population", 100000, "x", { id: "a", document: "d1" }), c("city", "population", 120000, "y", { id: "b", document: "d2" })],
      { properties: [yearly], documents: [{ id: "d1", source: "x", published: "2019" }, { id: "d2", source: "y", published: "2023" }] },
    ),
    must: [{ rule: "value-changed", claims: ["a", "b"] }],
    mustNot: [{ rule: "conflicting-values" }, { rule: "undated-conflict" }],
    quiet: true,
  },
  {
    name: "a document that overlaps a dated figure only in part (2024/2025 vs April 2025): not compared",
    kind: "documents",
    set: set(
      [c("z", "count", 10, "x", { id: "a", document: "d" }), c("z", "count", 20, "y", { id: "b", published: "2025-04-10" })],
      { documents: [{ id: "d", source: "x", published: "2024/2025" }] },
    ),
    must: [],
    mustNot: [{ rule: "conflicting-values" }, { rule: "rapid-change" }, { rule: "undated-conflict" }],
    quiet: true,
  },
];
