/**
 * No injection through user text, in any output: arbitrary strings (control
 * characters, escape sequences, bidirectional controls, Markdown and HTML
 * markup, links, autolinks, pipes, line breaks) in every field a claim set
 * lets a user write — ids, subjects, properties, scope keys and values,
 * source ids, names and addresses, entity ids and labels, quotes, claim
 * addresses, notes, documents, text values, units, descriptions, the file
 * name — reach the conflicts, suggestions and diagnostics of a check, and:
 *
 * - the text format writes no control character but its own line breaks
 *   and colours, and one line per line of the report;
 * - the Markdown, rendered as GitHub does, has only the elements the
 *   formatter writes, as many of each as the report calls for (no link,
 *   image, code span, emphasis, heading or tag from user text), tables
 *   whose rows all have their columns, and links only to the claims' http(s)
 *   addresses;
 * - the HTML page has only the formatter's elements and attributes, nested
 *   as they should be, and links only within the page or to http(s).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, formatHtml, formatMarkdown, formatSarif, formatText, parseClaimSet } from "../../src/index.js";
import type { ClaimSet, Report } from "../../src/index.js";
import { httpUrl } from "../../src/formatters/html/escape.js";
import { disputedEstimates } from "../../src/formatters/estimates.js";
import { groupBy } from "../../src/internal/group-by.js";
import { scale } from "../robustness/arbitraries.js";
import { nesting } from "./html-marks.js";
import { renderMarkdown, tagNames } from "./markdown-render.js";

/** Control characters, bidirectional controls, line separators and lone surrogates: never raw in the text format. */
const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const HOSTILE = [
  "\u0000", "\u0007", "\b", "\t", "\n", "\r\n", "\r", "\u000b", "\u001b", "\u001b[31m", "\u001b[2J", "\u001b]0;pwned\u0007", "\u007f", "\u0085", "\u009b31m",
  "\u061c", "\u200e", "\u200f", "\u202a", "\u202b", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u2028", "\u2029", "\ud800", "\udc00",
  "<script>alert(1)</script>", "<b data-injected>", "<img src=x onerror=alert(1)>", "</td></tr></table>", "</summary>", "<details>", "<!--",
  "](javascript:alert(1))", "[inj](https://inj.example)", "![inj](https://inj.example/i.png)", "<https://inj.example>", "https://inj.example",
  "www.inj.example", "inj@inj.example", "`", "``inj``", "```inj", "~~~inj", "|", "| inj |", "\\", "\\|", "*inj*", "**inj**", "_inj_", "~inj~", "~~inj~~", "~",
  "# inj", "- inj", "1. inj", "> inj", "    inj", "---", "[^inj]", "[inj]: https://inj.example", "&amp;", "&", '"', "'", "{{message}}",
];
const LEGIBLE = ["قاعدة عين الأسد", "نحو ٩٠٠ عنصر", "می\u200cخواهم", "👩\u200d👩\u200d👧", "🇮🇶", "Açaí", "~1400", "us-forces"];

/** User text: pieces of hostile and legitimate text, and arbitrary strings. */
const userText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom(...LEGIBLE), fc.string({ unit: "binary", maxLength: 5 }), fc.string({ unit: "grapheme", maxLength: 5 })), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(""));

/** A claim's or source's address: a valid one (the claim set checks that), of any scheme, with user text in it. */
const address = fc.oneof(
  userText.map((text) => `https://x.example/${text}`),
  userText.map((text) => `http://x.example/?q=${text}#${text}`),
  userText.map((text) => `news:${text}`),
  fc.constantFrom("javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "https://x.example/a)b[c](javascript:alert(1))|d"),
);

const FIELDS = [
  "subject", "entityId", "property", "textProperty", "scopeKey", "scopeValue", "otherScopeValue", "source1", "source2", "unlisted",
  "name1", "name2", "quote1", "quote2", "note", "document1", "document2", "alpha", "beta", "unit", "description", "file",
  "id1", "id2", "id3", "id4", "id5", "id6", "id7",
] as const;
type Texts = Record<(typeof FIELDS)[number], string> & { url1: string; url2: string; sourceUrl: string };

const texts: fc.Arbitrary<Texts> = fc.record({
  ...(Object.fromEntries(FIELDS.map((field) => [field, userText])) as Record<(typeof FIELDS)[number], fc.Arbitrary<string>>),
  url1: address,
  url2: address,
  sourceUrl: address,
});

/**
 * A valid claim set with user text everywhere (each field after a prefix
 * that keeps it apart from the others): troop counts that disagree in one
 * scope (conflicting-values), an unscoped figure that agrees with one scope
 * and not the others (ambiguous-scope, with a suggestion), text values that
 * disagree, and a source that is not listed (a diagnostic).
 */
function claimSetOf(t: Texts): ClaimSet {
  const [subject, property, textProperty] = [`l ${t.subject}`, `p ${t.property}`, `q ${t.textProperty}`];
  const [source1, source2] = [`s1 ${t.source1}`, `s2 ${t.source2}`];
  const scope = { [`k ${t.scopeKey}`]: `v ${t.scopeValue}` };
  const other = { [`k ${t.scopeKey}`]: `w ${t.otherScopeValue}` };
  const third = { [`k ${t.scopeKey}`]: `x ${t.otherScopeValue}` };
  const common = { subject, property, published: "2025-04-20" };
  return {
    sources: [
      { id: source1, name: `n1 ${t.name1}`, url: t.sourceUrl },
      { id: source2, name: `n2 ${t.name2}` },
    ],
    entities: [{ id: `e ${t.entityId}`, labels: [subject] }],
    properties: [
      { id: property, type: "quantity", unit: t.unit, description: t.description },
      { id: textProperty, type: "text" },
    ],
    claims: [
      { id: `c1 ${t.id1}`, ...common, scope, value: 900, source: source1, quote: t.quote1, url: t.url1, attribution: [source2], note: t.note, document: t.document1 },
      { id: `c2 ${t.id2}`, ...common, subject: `e ${t.entityId}`, scope, value: 1400, source: source2, quote: t.quote2, url: t.url2, document: t.document2 },
      { id: `c3 ${t.id3}`, ...common, scope: other, value: 2000, source: source2 },
      { id: `c4 ${t.id4}`, ...common, value: 900, source: source2, quote: t.quote1 },
      { id: `c8 ${t.id4}`, ...common, scope: third, value: 900, source: source1 },
      { id: `c5 ${t.id5}`, ...common, property: textProperty, value: `alpha ${t.alpha}`, source: source1, quote: t.quote2 },
      { id: `c6 ${t.id6}`, ...common, property: textProperty, value: `beta ${t.beta}`, source: source2 },
      { id: `c7 ${t.id7}`, ...common, property: textProperty, value: `alpha ${t.alpha}`, source: `u ${t.unlisted}` },
    ],
  };
}

/** What a claim's value is written as, as the Markdown columns name it. */
const written = (claim: ClaimSet["claims"][number]) => (typeof claim.value === "object" ? JSON.stringify(claim.value) : String(claim.value));

/** The lines the text format writes for a report: a title, each group's conflicts, the diagnostics, the summary. */
function textLines(report: Report, file: string | undefined): number {
  let lines = file ? 2 : 0;
  for (const conflicts of groupBy(report.conflicts, (conflict) => conflict.group).values()) {
    lines += 2 + conflicts.reduce((sum, conflict) => sum + 2 + (conflict.suggestions?.length ?? 0) + disputed(report, conflict), 0);
  }
  if (report.diagnostics.length > 0) lines += report.diagnostics.length + 1;
  return lines + 2; // the summary, then the final line break
}

/** How many estimates a conflict disputes: a line each under it in text and Markdown. */
const disputed = (report: Report, conflict: Report["conflicts"][number]) =>
  disputedEstimates(conflict, report.groups.find((group) => group.key === conflict.group)).length;

/** How many of each element the Markdown of a report has, as the formatter writes it. */
function markdownCounts(report: Report, claimSet: ClaimSet) {
  const claims = new Map(claimSet.claims.map((claim) => [claim.id, claim]));
  const counts = { a: 0, code: 0, strong: 0, table: 0, h2: 1, h3: report.conflicts.length };
  if (report.conflicts.length > 0) {
    counts.table++;
    counts.strong++;
    counts.code += new Set(report.conflicts.map((conflict) => conflict.rule)).size;
  }
  for (const conflict of report.conflicts) {
    const found = conflict.claims.flatMap((id) => claims.get(id) ?? []);
    counts.code += 1 + (found.length > 0 ? found.length : conflict.claims.length) + (conflict.suggestions?.length ?? 0);
    counts.strong += disputed(report, conflict); // **Estimate:**
    if (found.length > 0) {
      counts.table++;
      counts.strong += new Set(found.map(written)).size;
      counts.a += found.filter((claim) => httpUrl(claim.url) !== undefined).length;
    }
  }
  if (report.groups.length > 0) counts.table++;
  counts.code += report.diagnostics.length;
  return counts;
}

/** Problems with the tables of some Markdown: rows whose count of cell borders differs from their header's, or a table not followed by a blank line. */
function brokenTables(markdown: string): string[] {
  const problems: string[] = [];
  const pipes = (line: string) => {
    let n = 0;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === "\\") i++;
      else if (line[i] === "|") n++;
    }
    return n;
  };
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith("|")) continue;
    const header = pipes(lines[i]!);
    let j = i + 1;
    for (; j < lines.length && lines[j]!.startsWith("|"); j++) {
      if (pipes(lines[j]!) !== header) problems.push(`line ${j + 1} has ${pipes(lines[j]!)} cell borders, its header ${header}: ${JSON.stringify(lines[j])}`);
    }
    if (j < lines.length && lines[j] !== "") problems.push(`the table before line ${j + 1} is followed by ${JSON.stringify(lines[j])}`);
    i = j;
  }
  return problems;
}

/** The elements and attributes the HTML page writes. */
const HTML_TAGS = new Set([
  "a", "article", "b", "bdi", "blockquote", "body", "code", "defs", "desc", "details", "div", "figcaption", "figure", "footer", "g", "h1", "h2", "h3", "h4",
  "head", "header", "html", "i", "li", "line", "lineargradient", "main", "meta", "nav", "p", "path", "pre", "rect", "section", "span", "stop", "style",
  "summary", "svg", "table", "tbody", "td", "text", "th", "thead", "title", "tr", "ul",
]);
const MARKDOWN_TAGS = ["a", "br", "code", "details", "h2", "h3", "li", "p", "pre", "q", "strong", "summary", "table", "tbody", "td", "th", "thead", "tr", "ul"];

/** The tags of a page with their quoted attribute values taken out (user text stands only there, its quotes escaped). */
const bareTags = (html: string) => [...html.matchAll(/<[a-zA-Z][^>]*>/g)].map((m) => m[0].replace(/"[^"]*"/g, '""'));

const cases = texts.map((t) => {
  const claimSet = claimSetOf(t);
  return { t, claimSet, parsed: parseClaimSet(claimSet), report: check(claimSet) };
});

// Hundreds of reports in each format: room for a busy machine (a guard against hanging, not a measure).
describe("user text in every field of a claim set", { timeout: 180_000 }, () => {
  it("reaches conflicts, suggestions and diagnostics (or this suite would test nothing)", () => {
    fc.assert(
      fc.property(cases, ({ report }) => {
        expect(report.conflicts.map((conflict) => conflict.rule)).toEqual(expect.arrayContaining(["conflicting-values", "ambiguous-scope"]));
        expect(report.conflicts.some((conflict) => (conflict.suggestions?.length ?? 0) > 0)).toBe(true);
        expect(report.diagnostics.map((diagnostic) => diagnostic.code)).toContain("unknown-source");
      }),
      { numRuns: scale(50) },
    );
  });

  it("is never a raw control character in the text format, nor a line break of its own", () => {
    fc.assert(
      fc.property(cases, ({ t, parsed, report }) => {
        for (const color of [false, true]) {
          const out = formatText(report, { claimSet: parsed, file: t.file, color });
          const own = color ? out.replace(/\u001b\[\d+m/g, "") : out;
          expect(own).not.toMatch(INVISIBLE);
          expect(own.split("\n")).toHaveLength(textLines(report, t.file));
        }
      }),
      { numRuns: scale(200) },
    );
  });

  it("opens no element, link, code span or table cell in Markdown", () => {
    fc.assert(
      fc.property(cases, ({ t, parsed, report }) => {
        const markdown = formatMarkdown(report, { claimSet: parsed, file: t.file });
        expect(markdown).not.toMatch(INVISIBLE);
        expect(brokenTables(markdown)).toEqual([]);
        const html = renderMarkdown(markdown);
        expect(MARKDOWN_TAGS).toEqual(expect.arrayContaining(tagNames(html)));
        const count = (tag: string) => html.match(new RegExp(`<${tag}[ >]`, "g"))?.length ?? 0;
        const expected = markdownCounts(report, parsed);
        expect({ a: count("a"), code: count("code"), strong: count("strong"), table: count("table"), h2: count("h2"), h3: count("h3") }).toEqual(expected);
        for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) expect(href).toMatch(/^https?:\/\//);
      }),
      { numRuns: scale(200) },
    );
  });

  it("is never an element or attribute of the HTML page", () => {
    fc.assert(
      fc.property(cases, ({ t, parsed, report }) => {
        const page = formatHtml(report, { claimSet: parsed, file: t.file });
        expect([...HTML_TAGS]).toEqual(expect.arrayContaining(tagNames(page)));
        for (const tag of bareTags(page)) {
          expect(tag).not.toMatch(/\son[a-z]*\s*=|data-injected|\ssrc\s*=/i);
        }
        for (const [, href] of page.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^(#|https?:\/\/)/);
        expect(nesting(page)).toEqual([]);
      }),
      { numRuns: scale(60) },
    );
  });

  it("opens no link in SARIF messages, where [text](target) is one", () => {
    fc.assert(
      fc.property(cases, ({ t, parsed, report }) => {
        const log = JSON.parse(formatSarif(report, { claimSet: parsed, file: t.file })) as {
          runs: Array<{ results: Array<{ message: { text: string }; locations: Array<{ message?: { text: string } }> }> }>;
        };
        for (const result of log.runs[0]!.results) {
          for (const text of [result.message.text, ...result.locations.map((location) => location.message?.text ?? "")]) {
            expect(text.replace(/\\./gsu, "")).not.toMatch(/[[\]]/);
          }
        }
      }),
      { numRuns: scale(100) },
    );
  });
});
