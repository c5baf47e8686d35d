/**
 * A seeded generator of realistic synthetic claim sets, for the benchmarks.
 *
 * The shape follows what a newsroom's claim sheet grows into: claims over
 * groups of (subject, property, scope) — on average ten claims per group —
 * about troop counts (a changing state), attack counts (cumulative) and
 * withdrawal deadlines (dates, mostly plans); 3 to 50 sources per group drawn
 * from a pool of outlets, agencies and ministries, with attribution chains;
 * subjects and places named by id, by their Latin label or by one of their
 * Arabic spellings; publication dates over two years; hedged values (`~`,
 * `>=`, `<=`, ranges, quarters, open intervals); about 5 % of claims that
 * disagree with their group's figure; and, on request, a few groups of
 * 100 000 claims.
 *
 * Everything comes from one seed through a small PRNG (mulberry32), group by
 * group, so the same options always give the same bytes, and a file of a
 * million claims can be written in chunks without holding it in memory.
 *
 *   tsx bench/generate.ts --claims 1000000 --seed 1 --out claims.json [--ndjson] [--big-groups 1]
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";

/** Options of `generateClaimSet`. */
export interface GenerateOptions {
  /** How many claims in all (big groups included). */
  claims: number;
  /** The seed: the same seed gives the same claim set. */
  seed: number;
  /** How many groups of `bigGroupSize` claims to add (default 0). */
  bigGroups?: number;
  /** Claims in each big group (default 100 000). */
  bigGroupSize?: number;
}

/** A generated claim, in the field order of the model. */
export interface GeneratedClaim {
  id: string;
  subject: string;
  property: string;
  scope?: Record<string, string>;
  value: number | string | boolean | Record<string, number | boolean>;
  source: string;
  published: string;
  asOf?: string;
  document?: string;
  attribution?: string[];
  modality?: "planned" | "denied";
  quote?: string;
  url?: string;
}

interface GeneratedSource {
  id: string;
  name: string;
  kind: string;
  url?: string;
  reliability?: number;
}

interface GeneratedEntity {
  id: string;
  labels: string[];
  kind: string;
}

interface GeneratedProperty {
  id: string;
  type: "quantity" | "date";
  temporal: "state" | "cumulative" | "static";
  unit?: string;
  description: string;
}

/** A generated claim set (a valid `ClaimSet`). */
export interface GeneratedClaimSet {
  $schema: string;
  sources: GeneratedSource[];
  entities: GeneratedEntity[];
  properties: GeneratedProperty[];
  claims: GeneratedClaim[];
}

// ---------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a seed and a stream number into an independent seed (murmur3 finaliser). */
function mix(seed: number, stream: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(stream >>> 0, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1)); // inclusive
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const chance = (rng: Rng, p: number) => rng() < p;

// ---------------------------------------------------------------------------
// Dates: day 0 is 2024-01-01; publications span two years (days 0..730).

const EPOCH = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;
const PUBLISHED_DAYS = 731;
const isoCache = new Map<number, string>();
function isoDay(day: number): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = new Date(EPOCH + day * DAY).toISOString().slice(0, 10);
    isoCache.set(day, text);
  }
  return text;
}
/** Month index: 0 is 2024-01. */
const isoMonth = (month: number) => `${2024 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
const monthOfDay = (day: number) => {
  const d = new Date(EPOCH + day * DAY);
  return (d.getUTCFullYear() - 2024) * 12 + d.getUTCMonth();
};
const firstDayOfMonth = (month: number) => Math.round((Date.UTC(2024, month, 1) - EPOCH) / DAY);
const lastDayOfMonth = (month: number) => firstDayOfMonth(month + 1) - 1;

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_AR = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

// ---------------------------------------------------------------------------
// Pools: places, forces and units, sites, sources.

/**
 * Spellings that claims use but entities do not list: they differ from a label
 * only by what normalisation removes (ة/ه, ى/ي, hamza on alef, tatweel, repeated
 * space), so they must resolve through `normalizeLabel`, as in real sheets.
 */
const WRITTEN_ONLY = new Set([
  "ســوريا", "العـراق", "اقليم كردستان", "اربيل", "دير  الزور", "الرقه", "ادلب", "اللاذقيه", "البصره", "ديالي",
  "السليمانيه", "الاردن", "الفلوجه", "القوات التركيه", "القوات الروسيه", "القوات الايطالية", "القوات الالمانية",
]);

/** Places: id, Latin label, Arabic spellings (some of them WRITTEN_ONLY). */
const PLACES: ReadonlyArray<readonly [string, string, ...string[]]> = [
  ["syria", "Syria", "سوريا", "سورية", "ســوريا"],
  ["iraq", "Iraq", "العراق", "العـراق"],
  ["kurdistan-region", "Kurdistan Region", "إقليم كردستان", "اقليم كردستان", "إقليم كردستان العراق"],
  ["erbil", "Erbil", "أربيل", "اربيل"],
  ["baghdad", "Baghdad", "بغداد"],
  ["anbar", "Anbar", "الأنبار", "محافظة الأنبار"],
  ["deir-ez-zor", "Deir ez-Zor", "دير الزور", "دير  الزور"],
  ["hasakah", "Al-Hasakah", "الحسكة", "محافظة الحسكة"],
  ["raqqa", "Raqqa", "الرقة", "الرقه"],
  ["idlib", "Idlib", "إدلب", "ادلب"],
  ["aleppo", "Aleppo", "حلب"],
  ["homs", "Homs", "حمص"],
  ["damascus", "Damascus", "دمشق"],
  ["daraa", "Daraa", "درعا"],
  ["latakia", "Latakia", "اللاذقية", "اللاذقيه"],
  ["tartus", "Tartus", "طرطوس"],
  ["nineveh", "Nineveh", "نينوى", "محافظة نينوى"],
  ["mosul", "Mosul", "الموصل"],
  ["kirkuk", "Kirkuk", "كركوك"],
  ["basra", "Basra", "البصرة", "البصره"],
  ["salahuddin", "Salahuddin", "صلاح الدين"],
  ["diyala", "Diyala", "ديالى", "ديالي"],
  ["babil", "Babil", "بابل"],
  ["najaf", "Najaf", "النجف"],
  ["karbala", "Karbala", "كربلاء"],
  ["sulaymaniyah", "Sulaymaniyah", "السليمانية", "السليمانيه"],
  ["duhok", "Duhok", "دهوك"],
  ["tanf", "Al-Tanf", "التنف"],
  ["qamishli", "Qamishli", "القامشلي"],
  ["manbij", "Manbij", "منبج"],
  ["jordan", "Jordan", "الأردن", "الاردن"],
  ["kuwait", "Kuwait", "الكويت"],
  ["qatar", "Qatar", "قطر"],
  ["bahrain", "Bahrain", "البحرين"],
  ["lebanon", "Lebanon", "لبنان"],
  ["turkey", "Turkey", "تركيا"],
  ["golan", "Golan Heights", "الجولان", "هضبة الجولان"],
  ["sinjar", "Sinjar", "سنجار"],
  ["tikrit", "Tikrit", "تكريت"],
  ["fallujah", "Fallujah", "الفلوجة", "الفلوجه"],
];

/** Named forces; further subjects are numbered units. */
const FORCES: ReadonlyArray<readonly [string, string, ...string[]]> = [
  ["us-forces", "US forces", "القوات الأمريكية", "القوات الأميركية"],
  ["coalition-forces", "Coalition forces", "قوات التحالف", "قوات التحالف الدولي"],
  ["turkish-forces", "Turkish forces", "القوات التركية", "القوات التركيه"],
  ["russian-forces", "Russian forces", "القوات الروسية", "القوات الروسيه"],
  ["iraqi-army", "Iraqi Army", "الجيش العراقي"],
  ["peshmerga", "Peshmerga", "البيشمركة", "البشمركة"],
  ["sdf", "Syrian Democratic Forces", "قوات سوريا الديمقراطية", "قسد"],
  ["pmf", "Popular Mobilization Forces", "الحشد الشعبي", "هيئة الحشد الشعبي"],
  ["french-forces", "French forces", "القوات الفرنسية"],
  ["british-forces", "British forces", "القوات البريطانية"],
  ["italian-forces", "Italian forces", "القوات الإيطالية", "القوات الايطالية"],
  ["german-forces", "German forces", "القوات الألمانية", "القوات الالمانية"],
];

const UNIT_KINDS: ReadonlyArray<readonly [string, string]> = [
  ["Brigade", "اللواء"],
  ["Battalion", "الكتيبة"],
  ["Regiment", "الفوج"],
  ["Task Force", "قوة المهام"],
  ["Division", "الفرقة"],
];

const SITE_STEMS: ReadonlyArray<readonly [string, string]> = [
  ["Camp Victory", "قاعدة النصر"],
  ["Ain al-Asad", "عين الأسد"],
  ["Harir", "حرير"],
  ["Al-Omar Field", "حقل العمر"],
  ["Conoco", "كونيكو"],
  ["Rumeilan", "رميلان"],
  ["Shaddadi", "الشدادي"],
  ["Tower 22", "البرج 22"],
  ["Union III", "يونيون 3"],
  ["Taji", "التاجي"],
  ["Balad", "بلد"],
  ["Qayyarah", "القيارة"],
  ["Kharab al-Jir", "خراب الجير"],
  ["Tel Baydar", "تل بيدر"],
  ["Green Village", "القرية الخضراء"],
  ["Mission Support Site", "موقع الدعم"],
];

const OUTLET_WORDS_EN = ["Al-Rafidain", "Tigris", "Euphrates", "Levant", "Crescent", "Gulf", "Orient", "Northern", "Desert", "Capital", "Daily", "Evening"];
const OUTLET_WORDS_AR = ["الرافدين", "دجلة", "الفرات", "الشام", "الهلال", "الخليج", "الشرق", "الشمال", "الصحراء", "العاصمة", "اليومية", "المساء"];
const OUTLET_KINDS_EN = ["News", "Times", "Post", "Herald", "Observer", "TV", "Radio", "Monitor", "Tribune", "Review"];
const OUTLET_KINDS_AR = ["نيوز", "تايمز", "بوست", "الخبر", "المرصد", "تي في", "راديو", "مونيتور", "تريبيون", "ريفيو"];
const AGENCIES = ["afp", "reuters", "ap", "anadolu", "ina", "sana", "irna", "tass", "dpa", "efe", "xinhua", "kuna", "wam", "mena", "qna", "bna", "petra", "nna", "rudaw", "shafaq"];
const MINISTRIES = [
  "defense-iraq", "interior-iraq", "foreign-iraq", "defense-syria", "interior-syria", "foreign-syria", "defense-us", "state-us",
  "defense-turkey", "foreign-turkey", "defense-russia", "foreign-russia", "defense-france", "defense-uk", "defense-italy",
  "defense-germany", "krg-peshmerga", "krg-interior", "foreign-jordan", "foreign-kuwait", "foreign-qatar", "foreign-iran",
  "defense-iran", "foreign-lebanon", "pmf-commission", "joint-operations-command", "centcom", "nato", "un-unami", "un-ocha",
];

const OUTLET_COUNT = 400;
/** Groups per family (same subject and property, different scopes). */
const GROUPS_PER_FAMILY = 20;
/** Groups per site, on average. */
const GROUPS_PER_SITE = 6;
const PROPERTY_IDS = ["troop-count", "attack-count", "withdrawal-deadline"] as const;

interface Pools {
  sources: GeneratedSource[];
  outlets: string[];
  agencies: string[];
  ministries: string[];
  /** Per subject index: spellings [id, Latin, Arabic…]. */
  subjects: (readonly string[])[];
  /** Per site index: spellings, and the place it is in. */
  sites: { spellings: readonly string[]; place: number }[];
  entities: GeneratedEntity[];
}

function buildPools(seed: number, subjectCount: number, siteCount: number): Pools {
  const rng = mulberry32(mix(seed, 0xffffffff));
  const sources: GeneratedSource[] = [];
  const outlets: string[] = [];
  for (let i = 0; i < OUTLET_COUNT; i++) {
    const w = i % OUTLET_WORDS_EN.length;
    const k = Math.floor(i / OUTLET_WORDS_EN.length) % OUTLET_KINDS_EN.length;
    const n = Math.floor(i / (OUTLET_WORDS_EN.length * OUTLET_KINDS_EN.length));
    const suffix = n === 0 ? "" : ` ${n + 1}`;
    const id = `outlet-${String(i + 1).padStart(3, "0")}`;
    const en = `${OUTLET_WORDS_EN[w]} ${OUTLET_KINDS_EN[k]}${suffix}`;
    const ar = `${OUTLET_WORDS_AR[w]} ${OUTLET_KINDS_AR[k]}${suffix}`;
    const source: GeneratedSource = { id, name: chance(rng, 0.5) ? `${en} (${ar})` : en, kind: "outlet" };
    if (chance(rng, 0.6)) source.url = `https://${id}.example.org`;
    if (chance(rng, 0.3)) source.reliability = Math.round(rng() * 100) / 100;
    sources.push(source);
    outlets.push(id);
  }
  const agencies = AGENCIES.map((name) => `agency-${name}`);
  for (const id of agencies) sources.push({ id, name: `${id.slice(7).toUpperCase()} news agency`, kind: "agency" });
  const ministries = MINISTRIES.map((name) => `ministry-${name}`);
  for (const id of ministries) sources.push({ id, name: `Ministry / body: ${id.slice(9).replaceAll("-", " ")}`, kind: "official" });

  const entities: GeneratedEntity[] = [];
  const listed = (labels: readonly string[]) => labels.filter((label) => !WRITTEN_ONLY.has(label));
  for (const [id, ...labels] of PLACES) entities.push({ id, labels: listed(labels), kind: "place" });
  const subjects: (readonly string[])[] = [];
  for (let s = 0; s < subjectCount; s++) {
    if (s < FORCES.length) {
      subjects.push(FORCES[s]!);
    } else {
      const n = s - FORCES.length + 1;
      const [en, ar] = UNIT_KINDS[n % UNIT_KINDS.length]!;
      subjects.push([`unit-${n}`, `${en} ${n}`, `${ar} ${n}`]);
    }
    const [id, ...labels] = subjects[s]!;
    entities.push({ id: id!, labels: listed(labels), kind: s < FORCES.length ? "force" : "unit" });
  }
  const sites: Pools["sites"] = [];
  for (let i = 0; i < siteCount; i++) {
    const [en, ar] = SITE_STEMS[i % SITE_STEMS.length]!;
    const n = Math.floor(i / SITE_STEMS.length);
    const spellings = n === 0 ? [`site-${i}`, en, ar] : [`site-${i}`, `${en} ${n + 1}`, `${ar} ${n + 1}`];
    sites.push({ spellings, place: int(rng, 0, PLACES.length - 1) });
    entities.push({ id: `site-${i}`, labels: spellings.slice(1), kind: "base" });
  }
  return { sources, outlets, agencies, ministries, subjects, sites, entities };
}

const PROPERTIES: GeneratedProperty[] = [
  { id: "troop-count", type: "quantity", temporal: "state", unit: "troops", description: "Troops deployed" },
  { id: "attack-count", type: "quantity", temporal: "cumulative", unit: "attacks", description: "Attacks since 2023-10-17" },
  { id: "withdrawal-deadline", type: "date", temporal: "static", description: "When the forces are to have left" },
];

// ---------------------------------------------------------------------------
// Layout: how many claims in each group, and which (subject, property, scope).

interface Layout {
  options: Required<GenerateOptions>;
  /** Claims in each regular group. */
  sizes: Int32Array;
  pools: Pools;
  /** Subjects of regular groups (big groups use the ones after). */
  regularSubjects: number;
}

function layout(options: GenerateOptions): Layout {
  const full: Required<GenerateOptions> = {
    claims: options.claims,
    seed: options.seed,
    bigGroups: options.bigGroups ?? 0,
    bigGroupSize: options.bigGroupSize ?? 100_000,
  };
  const { claims, seed, bigGroups, bigGroupSize } = full;
  for (const [name, value] of Object.entries(full)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number of at least 0`);
  }
  const regular = claims - bigGroups * bigGroupSize;
  if (regular < 0) throw new RangeError(`${bigGroups} big groups of ${bigGroupSize} claims need at least ${bigGroups * bigGroupSize} claims`);

  // N/10 groups of 3 or more claims (mean 10, a long tail up to 200), adjusted to the exact total.
  const groupCount = regular === 0 ? 0 : Math.max(1, Math.floor(regular / 10));
  const minSize = Math.min(3, Math.floor(regular / Math.max(1, groupCount)));
  const maxSize = 200;
  const rng = mulberry32(mix(seed, 0xfffffffe));
  const sizes = new Int32Array(groupCount);
  let total = 0;
  for (let g = 0; g < groupCount; g++) {
    sizes[g] = Math.min(maxSize, minSize + Math.floor(-Math.log(1 - rng()) * 7));
    total += sizes[g]!;
  }
  while (total !== regular) {
    const g = Math.floor(rng() * groupCount);
    if (total < regular && sizes[g]! < maxSize) {
      sizes[g]!++;
      total++;
    } else if (total > regular && sizes[g]! > minSize) {
      sizes[g]!--;
      total--;
    }
  }

  const regularSubjects = Math.max(1, Math.ceil(groupCount / (PROPERTY_IDS.length * GROUPS_PER_FAMILY)));
  const siteCount = Math.max(GROUPS_PER_FAMILY, Math.ceil((groupCount + bigGroups) / GROUPS_PER_SITE));
  const pools = buildPools(seed, regularSubjects + bigGroups, siteCount);
  return { options: full, sizes, pools, regularSubjects };
}

/** Where group `g` sits: subject, property and scope (site or just place). */
function placeGroup(lay: Layout, g: number): { subject: number; property: number; site: number; place: number } {
  const { pools, regularSubjects } = lay;
  const groupCount = lay.sizes.length;
  const siteCount = pools.sites.length;
  if (g >= groupCount) {
    // Big groups: a subject of their own, troop counts at one site.
    const b = g - groupCount;
    const site = (b * 7919) % siteCount;
    return { subject: regularSubjects + b, property: 0, site, place: pools.sites[site]!.place };
  }
  const property = g % PROPERTY_IDS.length;
  const rest = Math.floor(g / PROPERTY_IDS.length);
  const subject = Math.floor(rest / GROUPS_PER_FAMILY) % regularSubjects;
  const slot = rest % GROUPS_PER_FAMILY;
  // One group per family is about the subject's place as a whole; the others about a site.
  if (slot === 0) return { subject, property, site: -1, place: (subject * 13) % PLACES.length };
  const site = (subject * GROUPS_PER_FAMILY + slot) % siteCount;
  return { subject, property, site, place: pools.sites[site]!.place };
}

// ---------------------------------------------------------------------------
// Claims of one group.

/** A claim before it gets its id: its day, for ordering. */
interface Draft {
  day: number;
  claim: Omit<GeneratedClaim, "id">;
}

const round = (x: number, step: number) => Math.max(step, Math.round(x / step) * step);
const thousands = (n: number) => n.toLocaleString("en-US");

/** A spelling of an entity: its id, its Latin label, or one of its Arabic spellings. */
function spell(rng: Rng, spellings: readonly string[]): string {
  const u = rng();
  if (u < 0.35) return spellings[0]!;
  if (u < 0.65) return spellings[1]!;
  return spellings[2 + Math.floor(rng() * (spellings.length - 2))] ?? spellings[1]!;
}

function groupClaims(lay: Layout, g: number): Draft[] {
  const { pools } = lay;
  const big = g >= lay.sizes.length;
  const size = big ? lay.options.bigGroupSize : lay.sizes[g]!;
  const rng = mulberry32(mix(lay.options.seed, g));
  const where = placeGroup(lay, g);
  const property = PROPERTY_IDS[where.property]!;
  const subjectSpellings = pools.subjects[where.subject]!;
  const placeSpellings = PLACES[where.place]!;
  const siteSpellings = where.site >= 0 ? pools.sites[where.site]!.spellings : undefined;
  const placeAr = placeSpellings[2]!;
  const placeEn = placeSpellings[1];

  // 3 to 50 sources (never more than claims), mostly outlets, some official bodies speaking directly.
  const sourceCount = Math.min(size, big ? 50 : int(rng, 3, 50));
  const groupSources: string[] = [];
  const seen = new Set<string>();
  while (groupSources.length < Math.min(sourceCount, 3)) {
    const id = chance(rng, 0.9) ? pick(rng, pools.outlets) : pick(rng, pools.ministries);
    if (!seen.has(id)) groupSources.push(id), seen.add(id);
  }
  while (groupSources.length < sourceCount) {
    const id = chance(rng, 0.9) ? pick(rng, pools.outlets) : pick(rng, pools.ministries);
    if (!seen.has(id)) groupSources.push(id), seen.add(id);
  }
  // Where the figures come from: a few agencies and ministries per group.
  const groupAgencies = [pick(rng, pools.agencies), pick(rng, pools.agencies)];
  const groupMinistries = [pick(rng, pools.ministries), pick(rng, pools.ministries)];

  // The group's figures.
  const figure = round(Math.exp(Math.log(80) + rng() * Math.log(6000 / 80)), 10); // troops: 80..6000
  const stepDay = chance(rng, 0.2) ? int(rng, 60, PUBLISHED_DAYS - 60) : Infinity; // a drawdown
  const afterStep = round(figure * (0.4 + rng() * 0.3), 10);
  const plannedFigure = round(figure * (0.3 + rng() * 0.3), 10);
  const baseAttacks = int(rng, 20, 400);
  const attackRate = 0.05 + rng() * 1.5; // per day
  const attacks = (day: number) => baseAttacks + Math.floor(attackRate * Math.max(0, day));
  const deadline = int(rng, 14, 41); // 2025-03 .. 2027-06

  const drafts: Draft[] = [];
  for (let k = 0; k < size; k++) {
    const day = int(rng, 0, PUBLISHED_DAYS - 1);
    const source = k < sourceCount ? groupSources[k]! : pick(rng, groupSources);
    const claim: Omit<GeneratedClaim, "id"> = { subject: spell(rng, subjectSpellings), property, value: 0, source, published: isoDay(day) };
    if (!chance(rng, 0.005)) {
      // Half a percent of claims leave out the scope (they then fall into the family's unscoped group).
      claim.scope = siteSpellings
        ? { location: spell(rng, placeSpellings), site: spell(rng, siteSpellings) }
        : { location: spell(rng, placeSpellings) };
    }
    // When the value holds: usually the publication day; sometimes an earlier day, or the month.
    let time = day;
    let monthly = false;
    const t = rng();
    if (t < 0.2) {
      time = day - int(rng, 1, 20);
      claim.asOf = isoDay(time);
    } else if (t < 0.25 && property !== "withdrawal-deadline") {
      const month = monthOfDay(day);
      time = firstDayOfMonth(month);
      monthly = true;
      claim.asOf = isoMonth(month);
    }
    const disagrees = chance(rng, 0.05);
    const arabic = chance(rng, 0.5);
    let quoteText: string;

    if (property === "troop-count") {
      const planned = chance(rng, 0.04);
      let x = planned ? plannedFigure : time < stepDay ? figure : afterStep;
      if (planned) claim.modality = "planned";
      if (disagrees) x = round(chance(rng, 0.5) ? x * (1.6 + rng()) : x * (0.3 + rng() * 0.25), 10);
      const u = rng();
      if (disagrees) claim.value = u < 0.5 ? x : `~${x}`;
      else if (u < 0.3) claim.value = x;
      else if (u < 0.55) claim.value = `~${round(x * (0.96 + rng() * 0.08), 10)}`;
      else if (u < 0.65) claim.value = x >= 1000 ? thousands(x) : x;
      else if (u < 0.75) claim.value = `${chance(rng, 0.5) ? ">=" : ">"}${round(x * 0.8, 10)}`;
      else if (u < 0.85) claim.value = `${round(x * 0.9, 10)}..${round(x * 1.1, 10)}`;
      else if (u < 0.9) claim.value = `<=${round(x * 1.2, 100)}`;
      else if (u < 0.95) claim.value = { amount: round(x * (0.97 + rng() * 0.06), 10), approx: true };
      else claim.value = { min: round(x * 0.85, 10) };
      quoteText = arabic
        ? `${planned ? "من المقرر إبقاء" : "نحو"} ${x} جندي في ${placeAr}`
        : `${planned ? "plans to keep" : "about"} ${x} troops in ${placeEn}`;
    } else if (property === "attack-count") {
      let x = attacks(time);
      if (disagrees) x = chance(rng, 0.5) ? Math.max(1, Math.floor(x * 0.4)) : Math.ceil(x * 2.5) + 50;
      const u = rng();
      if (monthly && !disagrees) claim.value = `>=${x}`;
      else if (disagrees || u < 0.45) claim.value = x;
      else if (u < 0.75) claim.value = `${chance(rng, 0.5) ? ">=" : ">"}${Math.floor(x * 0.9)}`;
      else if (u < 0.9) claim.value = `~${x}`;
      else claim.value = `${Math.floor(x * 0.95)}..${Math.ceil(x * 1.05)}`;
      quoteText = arabic ? `أكثر من ${x} هجوماً على القوات في ${placeAr}` : `more than ${x} attacks on forces in ${placeEn}`;
    } else {
      if (chance(rng, 0.75)) claim.modality = "planned";
      const m = disagrees ? deadline + int(rng, 7, 18) : deadline;
      const year = 2024 + Math.floor(m / 12);
      const month = m % 12;
      const u = rng();
      if (disagrees || u < 0.35) claim.value = isoMonth(m);
      else if (u < 0.5) claim.value = isoDay(chance(rng, 0.6) ? lastDayOfMonth(m) : int(rng, firstDayOfMonth(m), lastDayOfMonth(m)));
      else if (u < 0.65) claim.value = `${year}-Q${Math.floor(month / 3) + 1}`;
      else if (u < 0.75) claim.value = `${year}-H${month < 6 ? 1 : 2}`;
      else if (u < 0.85) claim.value = `${isoMonth(m)}~`;
      else if (u < 0.95) claim.value = `../${isoMonth(m)}`;
      else claim.value = String(year);
      quoteText = arabic
        ? `تنتهي المهمة في ${placeAr} بحلول ${MONTHS_AR[month]} ${year}`
        : `the mission in ${placeEn} will end by ${MONTHS_EN[month]} ${year}`;
    }

    // Attribution chains: the outlet credits an agency, which credits a ministry.
    const a = rng();
    if (a < 0.2) claim.attribution = [pick(rng, groupAgencies)];
    else if (a < 0.32) claim.attribution = [pick(rng, groupAgencies), pick(rng, groupMinistries)];
    else if (a < 0.4) claim.attribution = [pick(rng, groupMinistries)];
    if (chance(rng, 0.03)) claim.document = `${source}-${claim.published}-live`;
    if (chance(rng, 0.3)) claim.quote = quoteText;
    if (chance(rng, 0.15)) claim.url = `https://${source}.example.org/${claim.published.replaceAll("-", "/")}/${property}-${g}-${k}`;
    drafts.push({ day, claim: inModelOrder(claim) });
  }
  return drafts;
}

/** The claim's fields in the model's order (as a person would write them). */
function inModelOrder(claim: Omit<GeneratedClaim, "id">): Omit<GeneratedClaim, "id"> {
  const { subject, property, scope, value, source, published, asOf, document, attribution, modality, quote, url } = claim;
  return {
    subject,
    property,
    ...(scope === undefined ? {} : { scope }),
    value,
    source,
    published,
    ...(asOf === undefined ? {} : { asOf }),
    ...(document === undefined ? {} : { document }),
    ...(attribution === undefined ? {} : { attribution }),
    ...(modality === undefined ? {} : { modality }),
    ...(quote === undefined ? {} : { quote }),
    ...(url === undefined ? {} : { url }),
  };
}

// ---------------------------------------------------------------------------
// Output.

/** Groups are generated in windows of this many, whose claims are then ordered by publication day. */
const WINDOW = 500;

/** The claims, in file order, as they are generated (window by window, never all at once). */
export function* generateClaims(options: GenerateOptions): Generator<GeneratedClaim> {
  yield* claimsOf(layout(options));
}

function* claimsOf(lay: Layout): Generator<GeneratedClaim> {
  const groupCount = lay.sizes.length + lay.options.bigGroups;
  let next = 1;
  for (let start = 0; start < groupCount; start += WINDOW) {
    const drafts: Draft[] = [];
    for (let g = start; g < Math.min(groupCount, start + WINDOW); g++) for (const d of groupClaims(lay, g)) drafts.push(d);
    // A stable sort: by day, then generation order.
    const order = drafts.map((_, i) => i).sort((a, b) => drafts[a]!.day - drafts[b]!.day || a - b);
    for (const i of order) {
      const { claim } = drafts[i]!;
      yield { id: `c${String(next++).padStart(7, "0")}`, ...claim };
    }
  }
}

function headerOf(lay: Layout): Omit<GeneratedClaimSet, "claims"> {
  return {
    $schema: "https://unpkg.com/corroborate/schemas/claim-set.schema.json",
    sources: lay.pools.sources,
    entities: lay.pools.entities,
    properties: PROPERTIES,
  };
}

/**
 * Generates a claim set as an object: `claims` claims over about `claims / 10`
 * groups (plus `bigGroups` groups of `bigGroupSize`), deterministic for a seed.
 *
 * @example
 * const claimSet = generateClaimSet({ claims: 10_000, seed: 1 });
 * const bigOne = generateClaimSet({ claims: 100_000, seed: 1, bigGroups: 1 }); // one group of 100 000 claims
 */
export function generateClaimSet(options: GenerateOptions): GeneratedClaimSet {
  const lay = layout(options);
  return { ...headerOf(lay), claims: [...claimsOf(lay)] };
}

/**
 * The claim set as text, in chunks of about `chunkSize` characters: JSON (one
 * claim per line inside `claims`) or NDJSON (one claim per line, nothing else:
 * NDJSON has no sources, entities or properties, so there Arabic and Latin
 * spellings name different things and property types are inferred).
 */
export function* claimSetChunks(options: GenerateOptions & { ndjson?: boolean; chunkSize?: number }): Generator<string> {
  const lay = layout(options);
  const chunkSize = options.chunkSize ?? 1 << 20;
  let buffer = "";
  if (!options.ndjson) {
    const header = headerOf(lay);
    buffer += `{\n"$schema": ${JSON.stringify(header.$schema)},\n`;
    buffer += `"sources": [\n${header.sources.map((s) => JSON.stringify(s)).join(",\n")}\n],\n`;
    buffer += `"entities": [\n${header.entities.map((e) => JSON.stringify(e)).join(",\n")}\n],\n`;
    buffer += `"properties": [\n${header.properties.map((p) => JSON.stringify(p)).join(",\n")}\n],\n"claims": [\n`;
  }
  let first = true;
  for (const claim of claimsOf(lay)) {
    buffer += options.ndjson ? `${JSON.stringify(claim)}\n` : `${first ? "" : ",\n"}${JSON.stringify(claim)}`;
    first = false;
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = "";
    }
  }
  if (!options.ndjson) buffer += "\n]\n}\n";
  if (buffer.length > 0) yield buffer;
}

/** Writes a generated claim set to a file in chunks; returns its size in bytes. */
export function writeClaimSet(path: string, options: GenerateOptions & { ndjson?: boolean }): number {
  const fd = openSync(path, "w");
  let bytes = 0;
  try {
    for (const chunk of claimSetChunks(options)) {
      const data = Buffer.from(chunk, "utf8");
      for (let offset = 0; offset < data.length; ) offset += writeSync(fd, data, offset);
      bytes += data.length;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

// ---------------------------------------------------------------------------
// Command line.

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      claims: { type: "string" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      ndjson: { type: "boolean", default: false },
      "big-groups": { type: "string", default: "0" },
      "big-group-size": { type: "string", default: "100000" },
    },
    strict: true,
  });
  if (values.claims === undefined || values.out === undefined) {
    process.stderr.write("usage: tsx bench/generate.ts --claims N [--seed S] --out FILE [--ndjson] [--big-groups B] [--big-group-size M]\n");
    process.exitCode = 2;
    return;
  }
  const options = {
    claims: Number(values.claims),
    seed: Number(values.seed),
    bigGroups: Number(values["big-groups"]),
    bigGroupSize: Number(values["big-group-size"]),
    ndjson: values.ndjson,
  };
  const started = performance.now();
  let bytes: number;
  try {
    bytes = writeClaimSet(values.out, options);
  } catch (error) {
    process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`${values.out}: ${options.claims} claims, ${(bytes / 2 ** 20).toFixed(1)} MiB in ${seconds.toFixed(1)} s\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
