import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { check, formatHtml } from "../../src/index.js";
import type { ClaimSet, Report } from "../../src/index.js";
import { formatHtmlReports } from "../../src/formatters/html.js";
import { PAGE, POSITION_COLORS, SEVERITY_COLORS } from "../../src/formatters/html/palette.js";
import { MARKER_SHAPES } from "../../src/formatters/html/chart.js";
import { MAX_DRAWN } from "../../src/formatters/html/figure.js";
import { scale, validClaimSet } from "../robustness/arbitraries.js";
import { expectedMarks, nesting } from "./html-marks.js";
import { placeCases, reportAt } from "./diagnostic-places.js";

// Syria on 20 April 2025: the Pentagon says ~1400, Infoplus ~900 (an error); the Pentagon's ~2000 in
// March; an undated 900; a planned <1000; and two planned end dates that disagree.
const claimSet: ClaimSet = {
  sources: [
    { id: "pentagon", name: "US Department of Defense", url: "https://www.defense.gov/" },
    { id: "infoplus", name: "Infoplus (إنفوبلاس)" },
    { id: "outlet", name: "An outlet", url: "javascript:alert(1)" },
  ],
  entities: [
    { id: "us-forces", labels: ["US forces"] },
    { id: "syria", labels: ["Syria", "سوريا"] },
  ],
  properties: [
    { id: "troop-count", type: "quantity", unit: "troops", description: "US troops deployed" },
    { id: "end-date", type: "date" },
  ],
  claims: [
    { id: "a", subject: "us-forces", property: "troop-count", scope: { location: "syria" }, value: "~1400", source: "pentagon", published: "2025-04-20", quote: "about 1,400 troops", url: "https://example.org/a?b=1&c=2" },
    { id: "b", subject: "us-forces", property: "troop-count", scope: { location: "سوريا" }, value: "~900", source: "infoplus", published: "2025-04-20", quote: "نحو 900 عنصر في سوريا" },
    { id: "c", subject: "us-forces", property: "troop-count", scope: { location: "syria" }, value: 2000, source: "pentagon", published: "2025-04-20", asOf: "2025-03" },
    { id: "d", subject: "us-forces", property: "troop-count", scope: { location: "syria" }, value: 2300, source: "outlet", quote: "2,300 soldiers" },
    { id: "e", subject: "us-forces", property: "troop-count", scope: { location: "syria" }, value: "<1000", source: "infoplus", published: "2025-04-20", modality: "planned" },
    { id: "f", subject: "us-forces", property: "end-date", value: "2026-12", source: "pentagon", published: "2025-04-20", modality: "planned" },
    { id: "g", subject: "us-forces", property: "end-date", value: "2025-09", source: "infoplus", published: "2025-04-20", modality: "planned" },
  ],
};
const report = check(claimSet);
const html = formatHtml(report, { claimSet, file: "story.json" });

/** The elements `<tag …>…</tag>` of a kind (they do not nest in the page). */
const elements = (text: string, tag: string, marker = "") =>
  [...text.matchAll(new RegExp(`<${tag}${marker}[^>]*>[\\s\\S]*?</${tag}>`, "g"))].map((m) => m[0]);
const groupSections = (text: string) => elements(text, "section", ' class="group"');
const attribute = (element: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
const claimsOf = (section: string) => [...section.matchAll(/data-claim="([^"]*)"/g)].map((m) => m[1]).sort();

describe("formatHtml: one self-contained page", () => {
  it("is a whole HTML document with its style inline", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html.endsWith("</html>\n")).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain("<title>story.json: corroborate report</title>");
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it.each([
    ["no script", /<script/i],
    ["no external stylesheet", /<link/i],
    ["no src attribute (images, frames, media)", /\ssrc=/i],
    ["no @import", /@import/i],
    ["no url() but to the page's own gradients", /url\((?!#)/i],
    ["no event handler attribute", /\son[a-z]+=/i],
    ["no base, object or iframe", /<(base|object|iframe|embed)\b/i],
  ])("loads nothing from elsewhere: %s", (_, pattern) => {
    expect(html).not.toMatch(pattern);
  });

  it("links out only from <a> elements, to http(s) addresses, opened without handing over the page", () => {
    const hrefs = [...html.matchAll(/<(\w+)\s[^>]*href="([^"]*)"[^>]*>/g)];
    expect(hrefs.length).toBeGreaterThan(5);
    for (const [element, tag, href] of hrefs) {
      expect(tag).toBe("a");
      if (href!.startsWith("#")) continue;
      expect(href).toMatch(/^https?:\/\//);
      expect(element).toContain('rel="noopener noreferrer"');
    }
  });

  it("nests its elements properly, gives every id once, and every #link a target", () => {
    expect(nesting(html)).toEqual([]);
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
    expect(ids.length).toBe(new Set(ids).size);
    const targets = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]!);
    expect(targets.filter((target) => !ids.includes(target))).toEqual([]);
  });

  it("is byte-identical for the same input, whatever the clock says", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2031-02-03T04:05:06Z"));
    const later = formatHtml(check(claimSet), { claimSet, file: "story.json" });
    vi.useRealTimers();
    expect(later).toBe(html);
    expect(formatHtml(report, { claimSet, file: "story.json" })).toBe(html);
  });

  it("is pure: no Node module, no clock, no randomness (the formatters run in browsers)", () => {
    const dir = new URL("../../src/formatters/html/", import.meta.url);
    const sources = [new URL("../html.ts", dir), ...readdirSync(dir).map((name) => new URL(name, dir))].map((url) => readFileSync(url, "utf8"));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) expect(source).not.toMatch(/from "node:|\bDate\b|Math\.random|\bprocess\./);
  });

  it("takes the claim set itself or a context holding it", () => {
    expect(formatHtml(report, claimSet)).toBe(formatHtml(report, { claimSet }));
  });
});

describe("formatHtml: conflicts, then groups, then diagnostics", () => {
  const order = (severity: string) => ({ error: 0, warning: 1, info: 2 })[severity]!;

  it("has the sections in that order", () => {
    const at = (id: string) => html.indexOf(`<section id="${id}"`);
    expect(at("conflicts")).toBeGreaterThan(0);
    expect(at("conflicts")).toBeLessThan(at("groups"));
    expect(at("groups")).toBeLessThan(at("diagnostics"));
  });

  // The report's own order, and its reverse (warnings before errors), must both come out most severe first.
  it.each([
    ["as the report has them", report.conflicts],
    ["reversed", [...report.conflicts].reverse()],
  ])("numbers the conflicts most severe first, keeping their order within a severity (%s)", (_, conflicts) => {
    expect(new Set(conflicts.map((c) => c.severity)).size).toBeGreaterThan(1); // the input has errors and warnings
    const expected = conflicts
      .map((conflict, i) => ({ conflict, i }))
      .sort((a, b) => order(a.conflict.severity) - order(b.conflict.severity) || a.i - b.i)
      .map(({ conflict }) => conflict.id);
    const articles = elements(formatHtml({ ...report, conflicts }, claimSet), "article");
    expect(articles.map((a) => attribute(a, "id"))).toEqual(expected.map((id) => `conflict-${id}`));
    expect(articles.map((a) => /<span class="number">(\d+)<\/span>/.exec(a)?.[1])).toEqual(expected.map((_, i) => String(i + 1)));
  });

  it("shows each conflict's message, rule, and the quotes side by side with their sources linked", () => {
    const conflict = report.conflicts.find((c) => c.rule === "conflicting-values" && c.claims.includes("a"))!;
    const article = elements(html, "article").find((a) => a.includes(`id="conflict-${conflict.id}"`))!;
    expect(article).toContain(conflict.message.replace("(إنفوبلاس)", "(إنفوبلاس)").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;"));
    expect(article).toContain('href="https://unpkg.com/corroborate/docs/rules/conflicting-values.md"');
    const sides = elements(article, "section", ' class="side');
    expect(sides).toHaveLength(2); // ~1400 and ~900: one column per position
    expect(sides.find((s) => s.includes("about 1,400 troops"))).toContain('<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer" class="source">');
    expect(sides.find((s) => s.includes("نحو 900 عنصر في سوريا"))).not.toContain("about 1,400 troops");
  });

  it("links a claim without an address to its source's, and never to a non-http address", () => {
    const undated = report.conflicts.find((c) => c.claims.includes("d"))!;
    const article = elements(html, "article").find((a) => a.includes(`id="conflict-${undated.id}"`))!;
    expect(article).toContain('<a href="https://www.defense.gov/" rel="noopener noreferrer" class="source"><bdi>US Department of Defense</bdi></a>');
    expect(article).toContain("<bdi>An outlet</bdi>"); // its source's address is javascript: — not a link
    expect(html).not.toContain("javascript:");
  });

  it("lists diagnostics with their pointer, and says when there are none", () => {
    expect(html).toContain("None: the claim set raised no problems.");
    const lenient = check({ claims: [...claimSet.claims, { id: "z", subject: "x", property: "troop-count", value: "lots", source: "s" }] } as never, { lenient: true });
    expect(lenient.diagnostics.length).toBeGreaterThan(0);
    const page = formatHtml(lenient);
    const section = page.slice(page.indexOf('<section id="diagnostics"'));
    expect(section).toContain(`<code>${lenient.diagnostics[0]!.path}</code>`);
  });

  it.each([
    ...placeCases({
      "a claim sheet's row and column": "row 5, column <code>value</code>",
      "a sheet's scope column": "row 5, column <code>scope.location</code>",
      "a sheet's row alone": "row 5",
      "an NDJSON line, then the pointer": "line 12: <code>/claims/11/value</code>",
      "a JSON pointer": "<code>/claims/3/value</code>",
      "the whole document": "",
    }),
    ["a column's name as text", { path: "/claims/0/scope/x", row: 2, column: 'scope.<b class="x">&amp;' }, "row 2, column <code>scope.&lt;b class=&quot;x&quot;&gt;&amp;amp;</code>"],
  ])("locates a diagnostic where a reader looks for it: %s", (_, place, where) => {
    expect(formatHtml(reportAt(place))).toContain(`<td data-label="Where">${where}</td><td data-label="Problem" dir="auto">cannot read it</td>`);
  });

  it("says so when nothing conflicts", () => {
    const agreeing = { claims: [claimSet.claims[0]!] };
    expect(formatHtml(check(agreeing), agreeing)).toContain("No conflicts: the claims can all be true.");
  });
});

describe("formatHtml: a timeline chart per group", () => {
  const sections = groupSections(html);

  it("names what no entity or source names as a claim first wrote it, not in its normalised form", () => {
    const written: ClaimSet = {
      claims: [
        { id: "a", subject: "Bogotá", property: "population", value: 6776009, source: "Contributor Polaron", asOf: "2005", scope: { district: "Usaquén" } },
        { id: "b", subject: "bogota", property: "population", value: 67000, source: "Wikipedia-1", asOf: "2005", scope: { district: "usaquen" } },
      ],
    };
    const page = formatHtml(check(written), written);
    const title = /<title id="[^"]+">Timeline: ([^<]+)<\/title>/.exec(page)?.[1];
    expect(title).toContain("Bogotá");
    expect(title).toContain("Usaquén");
    expect(page).toContain("Contributor Polaron");
    // The group's key, an id, is shown as such; only names are spelled as written.
    for (const normalised of ["bogota:", "district: usaquen", "contributor polaron"]) expect(page).not.toContain(normalised);
  });

  it("draws one chart per group, with a title, a description and a table of its claims", () => {
    expect(sections).toHaveLength(report.groups.length);
    for (const section of sections) {
      const svgs = elements(section, "svg", ' class="timeline"');
      expect(svgs).toHaveLength(1);
      const svg = svgs[0]!;
      expect(attribute(svg, "role")).toBe("img");
      const [title, desc] = attribute(svg, "aria-labelledby")!.split(" ");
      expect(svg).toMatch(new RegExp(`<title id="${title}">Timeline: [^<]+</title>`));
      expect(svg).toMatch(new RegExp(`<desc id="${desc}">\\d+ claims? over time\\. [^<]+</desc>`));
      expect(section).toMatch(/<details class="data"><summary>The \d+ claims? as a table<\/summary>/);
    }
  });

  it("draws one mark per claim of the group (the rule the browser test counts by)", () => {
    report.groups.forEach((group, i) => {
      expect(claimsOf(sections[i]!)).toEqual(group.positions.flatMap((p) => p.claims).sort());
    });
  });

  it("draws any valid claim set: a well-formed page, a mark per claim, every #link resolving", () => {
    fc.assert(
      fc.property(validClaimSet, (input) => {
        const set = input as unknown as ClaimSet;
        const checked = check(set);
        const page = formatHtml(checked, set);
        expect(nesting(page)).toEqual([]);
        const ids = [...page.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
        expect(ids.length).toBe(new Set(ids).size);
        expect([...page.matchAll(/href="#([^"]*)"/g)].filter((m) => !ids.includes(m[1]!))).toEqual([]);
        groupSections(page).forEach((section, i) => expect(claimsOf(section)).toEqual(expectedMarks(checked, set, i)));
      }),
      { numRuns: scale(60) },
    );
  });

  it("styles planned values apart (dashed, hollow marker) and labels them", () => {
    const syria = sections.find((s) => s.includes('data-claim="e"'))!;
    const planned = /<g class="mark planned" data-claim="e"[^>]*>[\s\S]*?<\/g>/.exec(syria)![0];
    expect(planned).toContain('stroke-dasharray="4 2"');
    expect(planned).toMatch(new RegExp(`<path d="[^"]+" transform="[^"]+" fill="${PAGE.background}"`));
    expect(syria).toMatch(/<text class="label"[^>]*>&lt;1000 planned<\/text>/);
    expect(syria).toContain("<i>planned</i>");
  });

  it("outlines claims in an error, badges them with the conflict's number, and says so in the key", () => {
    const syria = sections.find((s) => s.includes('data-claim="a"'))!;
    const number = elements(html, "article").findIndex((a) => /conflicting-values/.test(a) && a.includes("about 1,400 troops")) + 1;
    const mark = /<g class="mark asserted" data-claim="a" data-conflict="error">[\s\S]*?<\/g>/.exec(syria)![0];
    expect(mark).toContain(`stroke="${SEVERITY_COLORS.error.color}" stroke-width="2"`);
    expect(syria).toMatch(new RegExp(`<g class="badge">[^]*?>[^<]*\\b${number}\\b[^<]*</text></g>`));
    expect(syria).toContain("outlined, with its number: part of an error");
  });

  it("puts undated claims in a lane of their own, only where there are some", () => {
    const withUndated = sections.filter((s) => s.includes('data-claim="d"'));
    expect(withUndated).toHaveLength(1);
    expect(withUndated[0]).toContain('<g class="lane">');
    expect(sections.filter((s) => s.includes('<g class="lane">'))).toHaveLength(1);
  });

  it("gives each source a marker shape of its own, listed in the legend", () => {
    const syria = sections.find((s) => s.includes('data-claim="a"'))!;
    const shapeOf = (id: string) => new RegExp(`data-claim="${id}"[^]*?<path d="(M[^"]+)" transform`).exec(syria)![1];
    expect(shapeOf("a")).toBe(shapeOf("c")); // both the Pentagon
    expect(new Set([shapeOf("a"), shapeOf("b"), shapeOf("d")]).size).toBe(3);
    expect(MARKER_SHAPES).toContain(shapeOf("b"));
    expect(syria).toContain("<bdi>Infoplus (إنفوبلاس)</bdi>");
  });

  it("labels the axes with the property, its unit and dates", () => {
    const syria = sections.find((s) => s.includes('data-claim="a"'))!;
    expect(syria).toContain(">troop count (troops)</text>");
    expect(syria).toContain(">Mar 2025</text>");
    expect(syria).toContain(">when it holds: as of, else published</text>");
    const dates = sections.find((s) => s.includes('data-claim="f"'))!;
    expect(dates).toContain(">end date</text>");
    expect(dates).toMatch(/>(Jan|Jul) 2026<\/text>/);
  });

  it("draws up to MAX_DRAWN claims; a larger group gets its table and a sentence instead", () => {
    const many = (n: number): ClaimSet => ({
      properties: [{ id: "troop-count", type: "quantity" }],
      claims: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, subject: "s", property: "troop-count", value: 900 + (i % 3) * 500, source: `src${i % 5}`, published: `2025-04-${String(1 + (i % 28)).padStart(2, "0")}` })),
    });
    const drawn = formatHtml(check(many(MAX_DRAWN)), many(MAX_DRAWN));
    expect(claimsOf(drawn)).toHaveLength(MAX_DRAWN);
    const listed = formatHtml(check(many(MAX_DRAWN + 1)), many(MAX_DRAWN + 1));
    expect(listed).not.toContain('<svg class="timeline"');
    expect(listed).toContain(`${MAX_DRAWN + 1} claims: more than a chart can show legibly`);
    expect(listed.match(/<tr><td data-label="Claim">/g)).toHaveLength(MAX_DRAWN + 1);
  });

  it("lists the claims of a group the claim set does not have", () => {
    const other: ClaimSet = { ...claimSet, claims: claimSet.claims.filter((c) => c.id !== "b") };
    const syria = groupSections(formatHtml(report, other)).find((s) => s.includes('data-claim="a"'))!;
    expect(claimsOf(syria)).not.toContain("b");
    expect(syria).toContain("Not drawn (not in the claim set): <code>b</code>");
  });

  it("draws booleans and text as rows, and denials struck through", () => {
    const set: ClaimSet = {
      properties: [{ id: "withdrawn", type: "boolean" }],
      claims: [
        { id: "yes", subject: "us-forces", property: "withdrawn", value: true, source: "pentagon", published: "2025-01-01" },
        { id: "no", subject: "us-forces", property: "withdrawn", value: false, source: "infoplus", published: "2025-01-01" },
        { id: "not-yes", subject: "us-forces", property: "withdrawn", value: true, source: "outlet", published: "2025-01-01", modality: "denied" },
      ],
    };
    const checked = check(set);
    expect(checked.conflicts.map((c) => c.rule)).toContain("denied-claim");
    const [section] = groupSections(formatHtml(checked, set));
    expect(claimsOf(section!)).toEqual(["no", "not-yes", "yes"]);
    expect(section).toContain(">true</text>");
    expect(section).toContain(">false</text>");
    expect(section).toContain('<g class="mark denied" data-claim="not-yes"');
    expect(section).toContain("struck through: denied");
  });
});

describe("formatHtml: text from the claim set is text", () => {
  const evil = `<script>alert("x")</script> & 'q' </style><b>`;
  const hostile: ClaimSet = {
    sources: [{ id: "src", name: evil, url: "javascript:alert(1)" }],
    entities: [{ id: "subject", labels: [evil] }, { id: "place", labels: [`${evil} place`] }],
    properties: [{ id: "count", type: "quantity", unit: evil, description: evil }],
    claims: [
      { id: `x" onmouseover="alert(1)`, subject: "subject", property: "count", scope: { [`where ${evil}`]: "place" }, value: 1, source: "src", published: "2025-01-01", quote: evil, url: "data:text/html,<script>alert(1)</script>" },
      { id: "y", subject: "subject", property: "count", scope: { [`where ${evil}`]: "place" }, value: 2, source: "src", published: "2025-01-01", quote: evil, attribution: [evil], url: " JAVASCRIPT:alert(1)" },
    ],
  };
  const page = formatHtml(check(hostile), hostile);

  it.each([
    ["a script element", /<script/i],
    ["a second </style>", /<\/style>[\s\S]*<\/style>/],
    ["an injected <b>", /<b>(?!US|\W)/],
    ["an attribute broken out of its quotes", /" onmouseover=/],
    ["a javascript: or data: link", /href="(javascript|data):/i],
  ])("never lets through %s", (_, pattern) => {
    expect(page).not.toMatch(pattern);
  });

  it("shows it escaped, and still nests properly", () => {
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &lt;/style&gt;&lt;b&gt;");
    expect(page).toContain('data-claim="x&quot; onmouseover=&quot;alert(1)"');
    expect(nesting(page)).toEqual([]);
  });

  it("replaces lone surrogates and NUL, which UTF-8 cannot carry", () => {
    const odd: ClaimSet = { claims: [{ id: "o", subject: "s", property: "p", value: 1, source: "x", quote: "a\ud800b\u0000c" }] };
    expect(formatHtml(check(odd), odd)).toContain("a\ufffdb\ufffdc");
  });
});

describe("formatHtml: right-to-left text", () => {
  it("marks every quote and title dir=auto, and isolates names", () => {
    const quotes = [...html.matchAll(/<blockquote[^>]*>/g)].map((m) => m[0]);
    expect(quotes.length).toBeGreaterThan(1);
    for (const quote of quotes) expect(quote).toBe('<blockquote dir="auto">');
    for (const section of groupSections(html)) expect(section).toMatch(/<h3 id="[^"]+" dir="auto">/);
    expect(html).toContain(`<td data-label="Quote" dir="auto">نحو 900 عنصر في سوريا</td>`);
    expect(html).not.toMatch(/[^>]Infoplus \(إنفوبلاس\)<\/a>/); // names are in <bdi>
  });
});

describe("formatHtml without the claim set", () => {
  const bare = formatHtml(report);

  it("still shows the conflicts (with claim ids), the positions and the diagnostics, but no charts", () => {
    expect(elements(bare, "article")).toHaveLength(report.conflicts.length);
    expect(bare).toContain("<code>a</code>");
    expect(bare).not.toContain('<svg class="timeline"');
    expect(bare).toContain("Pass the claim set to the formatter to draw a timeline per group");
    expect(groupSections(bare)).toHaveLength(report.groups.length);
    expect(bare).toContain('<section id="diagnostics"');
    expect(nesting(bare)).toEqual([]);
  });
});

describe("formatHtmlReports: several reports on one page", () => {
  it("gives each its part, with ids kept apart", () => {
    const other: Report = check({ claims: [claimSet.claims[5]!, claimSet.claims[6]!] });
    const page = formatHtmlReports([
      { report, context: { claimSet, file: "one.json" } },
      { report: other, context: { file: "two.json" } },
    ]);
    expect(page.match(/<!doctype html>/g)).toHaveLength(1);
    expect(page).toContain("<title>one.json, two.json: corroborate report</title>");
    expect(page).toContain('<section id="r1-conflicts"');
    expect(page).toContain('<section id="r2-conflicts"');
    const ids = [...page.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
    expect(ids.length).toBe(new Set(ids).size);
    expect(nesting(page)).toEqual([]);
  });
});

afterEach(() => {
  vi.useRealTimers();
});

/** WCAG 2 contrast, computed here from the definition (not with the formatter's own function). */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe("the page's colours (WCAG AA)", () => {
  const text = 4.5;
  const marks = 3;
  it.each([
    ...[PAGE.text, PAGE.muted].flatMap((color) => [
      [`text ${color} on the background`, color, PAGE.background, text],
      [`text ${color} on the panels`, color, PAGE.panel, text],
    ]),
    ...POSITION_COLORS.flatMap((color) => [
      [`position ${color} (its labels) on the background`, color, PAGE.background, text],
      [`position ${color} (its marks) in the undated lane`, color, PAGE.panel, marks],
    ]),
    ...Object.entries(SEVERITY_COLORS).flatMap(([severity, { color, tint }]) => [
      [`${severity} ${color} on the background`, color, PAGE.background, text],
      [`${severity} ${color} on its badge's tint`, color, tint, text],
      [`the background on ${severity}'s number ${color}`, PAGE.background, color, text],
      [`${severity} links on the panels`, color, PAGE.panel, text],
    ]),
    [`lines ${PAGE.line} on the background`, PAGE.line, PAGE.background, marks],
    [`lines ${PAGE.line} on the panels`, PAGE.line, PAGE.panel, marks],
  ] as Array<[string, string, string, number]>)("%s", (_, foreground, background, least) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(least);
  });

  it("uses no colour the table above does not check (gridlines aside)", () => {
    const checked = new Set<string>([...Object.values(PAGE), ...POSITION_COLORS, ...Object.values(SEVERITY_COLORS).flatMap((s) => [s.color, s.tint])]);
    const used = new Set([...html.matchAll(/#[0-9a-f]{6}\b/gi)].map((m) => m[0].toLowerCase()));
    expect([...used].filter((color) => !checked.has(color))).toEqual([]);
  });
});
