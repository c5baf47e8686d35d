/**
 * The Population data-fusion benchmark (Pasternack & Roth, COLING 2010):
 * Wikipedia edits of city populations, read into a corroborate claim set,
 * with the gold values keyed the way its claims are.
 *
 * Files of the folder (the data is never committed; pass its path):
 * - `neglect redundency.txt`: `id|\t|\tcity|\tPopulationYEAR|\tvalue|\teditor|\tnull|`
 * - `popAnswersOut.txt`: `city, state…, year, value` (the gold)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A claim of the claim-set model (DESIGN §1), as the converter writes it. */
export interface PopulationClaim {
  id: string;
  subject: string;
  property: "population";
  value: number;
  source: string;
  asOf: string;
}

/** The converted benchmark: a claim set, the gold values and how they matched. */
export interface PopulationData {
  claimSet: {
    /** Every editor, with the kind the data records: `anonymous` (user id 0, named by IP address) or `registered`. */
    sources: { id: string; kind: "anonymous" | "registered" }[];
    properties: { id: "population"; type: "quantity"; temporal: "state" }[];
    claims: PopulationClaim[];
  };
  /** Gold values whose (city, year) names claims, keyed the claims' way. */
  gold: GoldValue[];
  /** Gold lines, and how many matched exactly, through a spelling variant, or not at all. */
  goldLines: number;
  exactMatches: number;
  variantMatches: { gold: string; claims: string }[];
  unmatched: string[];
  /** Lines of the claims file that could not be read. */
  skipped: number;
}

/** One gold value: the item (subject, asOf) and the true number. */
export interface GoldValue {
  subject: string;
  asOf: string;
  value: number;
  /** True when the city matched only through a spelling variant. */
  variant: boolean;
}

/** The year of `PopulationYEAR` as an ISO year: digits only (`Population/2006` is 2006), four wide. */
export function yearOf(field: string): string | undefined {
  const digits = field.replace(/^Population/i, "").replace(/[^0-9]/g, "");
  if (digits === "" || digits.length > 4) return undefined;
  return digits.padStart(4, "0");
}

/**
 * Spellings of a gold city under which the claims may name it, tried in this
 * order when the gold's own spelling names no claims: Wikipedia titles
 * disambiguate places (`plattsburgh (city), new york`, then village and
 * town), some are townships
 * (`cherry hill township, new jersey`), and `st.` is also written `saint`.
 */
export function cityVariants(city: string): string[] {
  const comma = city.indexOf(",");
  const name = comma < 0 ? city : city.slice(0, comma);
  const rest = comma < 0 ? "" : city.slice(comma);
  const names = [`${name} (city)`, `${name} (village)`, `${name} (town)`, `${name} township`];
  if (/^st\. /.test(name)) names.push(name.replace(/^st\. /, "saint "));
  if (/^saint /.test(name)) names.push(name.replace(/^saint /, "st. "));
  return names.map((n) => n + rest);
}

/** Reads the Population folder at `dir` into a claim set and its gold. */
export function readPopulation(dir: string): PopulationData {
  const claims: PopulationClaim[] = [];
  let skipped = 0;
  const items = new Set<string>();
  const text = readFileSync(join(dir, "neglect redundency.txt"), "utf8");
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const f = line.split("|").map((s) => s.trim());
    const [id, , city, field, raw, editor] = f;
    const year = field === undefined ? undefined : yearOf(field);
    const value = raw !== undefined && /^[0-9]+$/.test(raw) ? Number(raw) : NaN;
    if (!id || !city || !editor || year === undefined || !Number.isFinite(value)) {
      skipped++;
      continue;
    }
    claims.push({ id, subject: city, property: "population", value, source: editor, asOf: year });
    items.add(`${city}\u0000${year}`);
  }

  const gold: GoldValue[] = [];
  const variantMatches: { gold: string; claims: string }[] = [];
  const unmatched: string[] = [];
  let goldLines = 0;
  let exactMatches = 0;
  for (const line of readFileSync(join(dir, "popAnswersOut.txt"), "utf8").split(/\r?\n/)) {
    if (line.trim() === "") continue;
    goldLines++;
    const parts = line.split(",").map((s) => s.trim());
    const value = Number(parts[parts.length - 1]);
    const year = yearOf(parts[parts.length - 2] ?? "");
    const city = parts.slice(0, -2).join(", ").toLowerCase();
    if (year === undefined || !Number.isFinite(value)) {
      unmatched.push(line);
      continue;
    }
    if (items.has(`${city}\u0000${year}`)) {
      exactMatches++;
      gold.push({ subject: city, asOf: year, value, variant: false });
      continue;
    }
    const found = cityVariants(city).find((v) => items.has(`${v}\u0000${year}`));
    if (found === undefined) unmatched.push(line);
    else {
      variantMatches.push({ gold: city, claims: found });
      gold.push({ subject: found, asOf: year, value, variant: true });
    }
  }
  const editors = [...new Set(claims.map((c) => c.source))].sort();
  const sources = editors.map((id) => ({ id, kind: /^0 \(/.test(id) ? ("anonymous" as const) : ("registered" as const) }));
  return {
    claimSet: { sources, properties: [{ id: "population", type: "quantity", temporal: "state" }], claims },
    gold,
    goldLines,
    exactMatches,
    variantMatches,
    unmatched,
    skipped,
  };
}
