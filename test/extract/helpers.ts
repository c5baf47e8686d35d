import { expect } from "vitest";
import { type ExtractOptions, type Lexicon, extract, parseClaimSet, parseValue } from "../../src/index.js";

/** A small lexicon for table tests: troops and attacks, two places, two actors, four sources. */
export const LEXICON: Lexicon = {
  properties: [
    { id: "troop-count", type: "quantity", units: ["جندي", "جنود", "عنصر", "soldiers", "troops", "service members"], subjects: ["us-forces"] },
    { id: "attacks", type: "quantity", units: ["هجوم", "هجمات", "attacks"] },
    { id: "end-date", type: "date", cues: ["انسحاب", "withdrawal", "withdraw"] },
  ],
  places: [
    { id: "syria", labels: ["سوريا", "Syria"] },
    { id: "iraq", labels: ["العراق", "Iraq"] },
  ],
  actors: [
    { id: "us-forces", labels: ["القوات الأمريكية", "US forces"] },
    { id: "european-forces", labels: ["دول أوروبية", "European countries"] },
  ],
  sources: [
    { id: "reuters", labels: ["رويترز", "Reuters"], name: "Reuters", kind: "agency" },
    { id: "pentagon", labels: ["البنتاغون", "وزارة الدفاع الأمريكية", "the Pentagon", "Pentagon"] },
    { id: "unnamed-sources", labels: ["مصادر", "المصادر", "sources"] },
    { id: "officials", labels: ["مسؤولون", "officials"] },
  ],
};

/**
 * Extracts and checks what every extraction must satisfy: the claim set
 * parses, every value reads in the value grammar, quotes are the sentences
 * and mentions lie inside the text.
 */
export function run(text: string, options: Partial<ExtractOptions> = {}) {
  const result = extract(text, { lang: "ar", source: "outlet", lexicon: LEXICON, ...options });
  parseClaimSet(result.claimSet);
  const types = new Map((result.claimSet.properties ?? []).map((p) => [p.id, p.type!]));
  for (const c of result.candidates) {
    expect(c.claim.quote).toBe(text.slice(c.sentence.start, c.sentence.end));
    expect(c.mention.text).toBe(text.slice(c.mention.start, c.mention.end));
    expect(c.mention.start).toBeGreaterThanOrEqual(c.sentence.start);
    expect(c.mention.end).toBeLessThanOrEqual(c.sentence.end);
    const type = types.get(c.claim.property);
    expect(type, c.claim.property).toBeDefined();
    const read = parseValue(c.claim.value, type!);
    expect(read.ok, `${JSON.stringify(c.claim.value)} as ${type}`).toBe(true);
  }
  return result;
}

/** The values of every candidate, as written in the claims. */
export function values(text: string, options: Partial<ExtractOptions> = {}): Array<string | number> {
  return run(text, options).candidates.map((c) => c.claim.value as string | number);
}
