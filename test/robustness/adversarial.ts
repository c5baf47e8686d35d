/**
 * Adversarial text for the linear-time suite: repetitions that make a
 * backtracking regular expression or a careless loop take quadratic or
 * exponential time, and the functions that read user text, each wrapped to
 * take one string. Shared by `linear-time.test.ts` (which names the cases)
 * and `timing-worker.ts` (which runs them, so a runaway case can be stopped).
 */
import {
  applyClaimSetPatch,
  check,
  extract,
  claimLines,
  formatMarkdown,
  formatSarif,
  formatText,
  inferValueType,
  normalizeLabel,
  parseClaimSet,
  parseDate,
  parseDuration,
  parseQuantity,
  safeParseClaimSet,
} from "../../src/index.js";
import { findJsonSyntaxError } from "../../src/model/json-text.js";
import { markdownCode, markdownHtml, markdownText, sarifText, terminalText, visibleJson } from "../../src/formatters/escape.js";
import { cli } from "../cli/helpers.js";

/** Repeats `unit` until the string is about `size` UTF-16 code units long. */
const rep = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

/** Adversarial strings of about `size` code units, by name. */
export const PATTERNS: Record<string, (size: number) => string> = {
  "1,": (n) => rep("1,", n),
  "~": (n) => rep("~", n),
  "0..": (n) => rep("0..", n),
  "2025- then x": (n) => rep("2025-", n) + "x",
  "spaces then x": (n) => rep(" ", n) + "x",
  "tatweel": (n) => rep("\u0640", n),
  "a then !": (n) => rep("a", n) + "!",
  "[": (n) => rep("[", n),
  '"': (n) => rep('"', n),
  "P1Y": (n) => rep("P1Y", n),
  "((": (n) => rep("((", n),
  "١٬": (n) => rep("١٬", n),
  "digits then x": (n) => rep("1", n) + "x",
  "comma groups then ,": (n) => "1" + rep(",000", n) + ",",
  "../": (n) => rep("../", n),
  "2025/": (n) => rep("2025/", n),
  ">=": (n) => rep(">=", n),
  "1e": (n) => rep("1e", n),
  "1.": (n) => rep("1.", n),
  "-": (n) => rep("-", n),
  "[0..": (n) => rep("[0..", n),
  "P then digits then x": (n) => "P" + rep("1", n) + "x",
  "{{": (n) => rep("{{", n),
  "{{a ": (n) => rep("{{a ", n),
  "backslash u": (n) => rep("\\u", n),
  "escaped tatweel": (n) => rep("\\u0640", n),
  "backslashes": (n) => rep("\\", n),
  "~~0": (n) => rep("~~0", n),
  "/": (n) => rep("/", n),
  "combining acute": (n) => rep("a\u0301", n),
  "alef hamza": (n) => rep("\u0627\u0654", n),
  "tashkeel": (n) => rep("\u064e\u0651", n),
  "direction marks": (n) => rep("\u200f\u200e", n),
  "emoji": (n) => rep("\ud83d\ude00", n),
  "lone surrogates": (n) => rep("\ud800", n),
  "newlines": (n) => rep("\n", n),
  "CRLF": (n) => rep("\r\n", n),
  "NBSP and ideographic space": (n) => rep("\u00a0\u3000", n),
  "%/?&=": (n) => rep("%/?&=", n),
  "&<>|": (n) => rep("&<>|", n),
  "digits with spaces": (n) => rep("1 ", n) + "x",
  "Arabic-Indic digits then x": (n) => rep("\u0661", n) + "x",
  "Arabic figures and dates": (n) => rep("بنحو ٢٬٥٠٠ جندي وبين ألفين وثلاثة آلاف بحلول نهاية أيلول/سبتمبر 2025 ", n),
  "number words joined by و": (n) => rep("ثلاثة آلاف و", n),
  "Arabic label with marks, tatweel and spaces": (n) => rep("أَ ـ\u200b  ", n),
};

/** Patterns aimed at the value grammar (numbers, ranges, dates, durations, pointers): every target gets these only when cheap. */
export const GRAMMAR_ONLY: readonly string[] = [
  "comma groups then ,", "../", "2025/", ">=", "1e", "1.", "-", "[0..", "P then digits then x", "{{a ", "~~0", "digits with spaces",
];

/** The other patterns: text in general. */
export const TEXT_PATTERNS: readonly string[] = Object.keys(PATTERNS).filter((name) => !GRAMMAR_ONLY.includes(name));

/** A valid claim set of two conflicting claims whose `field` holds `s` (for formatters, which need conflicts). */
function conflicting(field: "subject" | "quote" | "source", s: string): Record<string, unknown> {
  const claim = (id: string, value: number) => ({ id, subject: "us-forces", property: "troop-count", value, source: "pentagon", published: "2025-04-20", [field]: s });
  return { claims: [claim("a", 900), { ...claim("b", 1400), source: "infoplus" }] };
}

/** Checks a claim set and formats its report every way; a ClaimSetError (a blank name) is fine, other errors are not. */
function checkAndFormat(doc: Record<string, unknown>): void {
  try {
    const report = check(doc);
    const claimSet = parseClaimSet(doc);
    formatText(report, { claimSet });
    formatMarkdown(report, { claimSet });
    formatSarif(report, { claimSet, file: "claims.json", claimLines: [1, 2] });
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "ClaimSetError") throw error;
  }
}

/** A lexicon for the extraction targets: units, cues, places, actors and value phrases all get matched. */
const EXTRACT_LEXICON = {
  properties: [
    { id: "troop-count", type: "quantity" as const, units: ["جندي", "troops"], values: [{ phrases: ["قوة صغيرة"], value: ">0" }] },
    { id: "end-date", type: "date" as const, cues: ["انسحاب", "withdrawal"] },
  ],
  places: [{ id: "syria", labels: ["سوريا", "Syria"] }],
  actors: [{ id: "us-forces", labels: ["القوات الأمريكية", "US forces"] }],
};

/** The functions that read user text, each taking the adversarial string. */
export const TARGETS: Record<string, (s: string) => unknown> = {
  parseQuantity: (s) => parseQuantity(s),
  parseDate: (s) => parseDate(s),
  parseDuration: (s) => parseDuration(s),
  normalizeLabel: (s) => normalizeLabel(s),
  inferValueType: (s) => inferValueType(s),
  "parseClaimSet: value": (s) => safeParseClaimSet(JSON.stringify({ claims: [{ id: "a", subject: "s", property: "p", value: s, source: "x" }] })),
  "parseClaimSet: declared quantity value": (s) =>
    safeParseClaimSet({ properties: [{ id: "p", type: "quantity" }], claims: [{ id: "a", subject: "s", property: "p", value: s, source: "x" }] }),
  "parseClaimSet: declared date value": (s) =>
    safeParseClaimSet({ properties: [{ id: "p", type: "date" }], claims: [{ id: "a", subject: "s", property: "p", value: s, source: "x" }] }),
  "parseClaimSet: quote": (s) => safeParseClaimSet(JSON.stringify({ claims: [{ id: "a", subject: "s", property: "p", value: 1, source: "x", quote: s }] })),
  "parseClaimSet: subject": (s) => safeParseClaimSet(JSON.stringify({ claims: [{ id: "a", subject: s, property: "p", value: 1, source: "x" }] })),
  "parseClaimSet: published, tolerance, window, url, scope key": (s) =>
    safeParseClaimSet({
      properties: [{ id: "p", type: "date", tolerance: s, window: s }],
      claims: [{ id: "a", subject: "s", property: "p", value: "2025", source: "x", published: s, asOf: s, url: s, scope: { [s]: "x" } }],
    }),
  "parseClaimSet: the text itself (JSON syntax locator)": (s) => safeParseClaimSet(s),
  "parseClaimSet: inside an unclosed claim set": (s) => safeParseClaimSet(`{"claims":[{"id":"a","quote":"${s}`),
  "parseClaimSet: NDJSON second line": (s) => safeParseClaimSet(`{"id":"a","subject":"s","property":"p","value":1,"source":"x"}\n${s}`),
  "parseClaimSet: bytes": (s) => safeParseClaimSet(new TextEncoder().encode(s)),
  "parseClaimSet: CSV cell": (s) => safeParseClaimSet(`id,subject,property,value,source,quote\na,x,p,1,s,${s}\nb,x,p,2,s,${s}`, { format: "csv" }),
  "parseClaimSet: CSV header": (s) => safeParseClaimSet(`${s}\na,x,p,1,s\n`, { format: "csv" }),
  findJsonSyntaxError: (s) => findJsonSyntaxError(s),
  "claimLines json": (s) => claimLines(s, "json"),
  "claimLines json, valid": (s) => claimLines(`{"claims":[${JSON.stringify(s)},\n${JSON.stringify(s)}]}`, "json"),
  "claimLines ndjson": (s) => claimLines(s, "ndjson"),
  "escapes for terminals, Markdown and SARIF": (s) => [terminalText(s), markdownText(s), markdownCode(s), markdownHtml(s), sarifText(s), visibleJson({ s })],
  "check and formatters: subject": (s) => checkAndFormat(conflicting("subject", s)),
  "check and formatters: quote": (s) => checkAndFormat(conflicting("quote", s)),
  "check and formatters: source": (s) => checkAndFormat(conflicting("source", s)),
  "patch pointers and values": (s) =>
    applyClaimSetPatch({ claims: [{ id: "a", subject: "s", property: "p", value: 1, source: "x" }] }, [
      { op: "test", path: "/claims/0/id", value: "a" },
      { op: "replace", path: `/claims/0/${s}`, value: s },
      { op: "add", path: `/${s}`, from: s, value: 1 },
    ]),
  "extract: Arabic": (s) => extract(s, { lang: "ar", published: "2025-04-20", lexicon: EXTRACT_LEXICON }),
  "extract: English": (s) => extract(s, { lang: "en", lexicon: EXTRACT_LEXICON }),
  "extract: inside an article": (s) => extract(`وتحتفظ الولايات المتحدة بنحو 2500 جندي ${s} بحلول نهاية سبتمبر المقبل`, { lang: "ar", published: "2025-04-20", lexicon: EXTRACT_LEXICON }),
  "CLI --config": (s) => {
    const claims = JSON.stringify({ claims: [{ id: "a", subject: "s", property: "p", value: 1, source: "x" }] });
    for (const config of [s, `{"rules":{${JSON.stringify(s)}:"off"}}`, JSON.stringify({ $schema: s, rules: { "value-changed": s } })]) {
      cli(["check", "claims.json", "--config", "config.json"], { "claims.json": claims, "config.json": config });
    }
  },
  "CLI file name and diff": (s) => {
    const claims = JSON.stringify({ claims: [{ id: "a", subject: "s", property: "p", value: 1, source: "x" }] });
    cli(["validate", s], { [s]: claims });
    cli(["check", s, "-f", "sarif"], { [s]: claims });
    cli(["diff", "a.json", "b.json"], { "a.json": s, "b.json": s });
  },
};

/** Structures rather than strings: many lines, keys or issues in one document of about `size` characters. */
export const STRUCTURES: Record<string, (size: number) => () => unknown> = {
  "NDJSON: a claim, then many lines that are not JSON": (n) => {
    const text = `{"id":"a","subject":"s","property":"p","value":1,"source":"x"}\n` + rep("x\n", n);
    return () => safeParseClaimSet(text);
  },
  "one claim with many unknown fields": (n) => {
    const keys = Array.from({ length: Math.floor(n / 12) }, (_, i) => `"k${String(i).padStart(7, "0")}":1`).join(",");
    const text = `{"claims":[{"id":"a","subject":"s","property":"p","value":1,"source":"x",${keys}}]}`;
    return () => safeParseClaimSet(text);
  },
  "many claims, each with a bad value": (n) => {
    const claim = (i: number) => `{"id":"c${i}","subject":"s","property":"p","value":"zz","source":"x"}`;
    const text = `{"claims":[${Array.from({ length: Math.floor(n / 70) }, (_, i) => claim(i)).join(",")}]}`;
    return () => safeParseClaimSet(text);
  },
  "many claims with the same id": (n) => {
    const text = `{"claims":[${Array.from({ length: Math.floor(n / 70) }, (_, i) => `{"id":"c","subject":"s","property":"p","value":${i},"source":"x"}`).join(",")}]}`;
    return () => safeParseClaimSet(text);
  },
  "many entities sharing one label": (n) => {
    const text = `{"entities":[${Array.from({ length: Math.floor(n / 30) }, (_, i) => `{"id":"e${i}","labels":["same"]}`).join(",")}],"claims":[]}`;
    return () => safeParseClaimSet(text);
  },
  "many sources and properties with one id": (n) => {
    const text = `{"sources":[${rep('{"id":"a"},', n / 2).slice(0, -1)}],"properties":[${rep('{"id":"a"},', n / 2).slice(0, -1)}],"claims":[]}`;
    return () => safeParseClaimSet(text);
  },
  "NDJSON: many valid claims": (n) => {
    const text = Array.from({ length: Math.floor(n / 70) }, (_, i) => `{"id":"c${i}","subject":"s${i}","property":"p","value":1,"source":"x"}`).join("\n");
    return () => safeParseClaimSet(text);
  },
  "SARIF lines of many claims": (n) => {
    const text = `{"claims":[\n${Array.from({ length: Math.floor(n / 70) }, (_, i) => `{"id":"c${i}","subject":"s","property":"p","value":1,"source":"x"}`).join(",\n")}\n]}`;
    return () => claimLines(text, "json");
  },
};

/** The sizes compared, in UTF-16 code units: 10 KB and 1 MB (see `growth.ts` for why a hundred times apart). */
export const SIZES: readonly [number, number] = [10_000, 1_000_000];
