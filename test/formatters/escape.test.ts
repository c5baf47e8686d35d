/**
 * User text made safe to print (src/formatters/escape.ts): a table of what
 * each function shows for the characters it escapes and what it leaves as
 * it is, then properties over any string, the Markdown ones checked by
 * rendering the result as GitHub does.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownCode, markdownHtml, markdownText, sarifText, terminalText, visibleJson } from "../../src/formatters/escape.js";
import { htmlEncoded, renderMarkdown } from "./markdown-render.js";

/** Every code unit the module shows as an escape (lone surrogates aside). */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Strings rich in what the module must escape and in what it must leave alone. */
const piece = fc.oneof(
  fc.constantFrom(
    "\u0000", "\u0007", "\b", "\t", "\n", "\v", "\f", "\r", "\r\n", "\u001b", "\u001b[31m", "\u001b]0;title\u0007", "\u007f", "\u0080", "\u009b2J",
    "\u061c", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u2028", "\u2029", "\ud800", "\udfff",
    "<script>alert(1)</script>", "<b>", "](javascript:alert(1))", "[x](https://x.example)", "![x](https://x.example/i.png)", "`", "``", "|", "\\|", "\\",
    "*x*", "**x**", "_x_", "~x~", "~~x~~", "~", " ~", "~ ", "a~", "(~", "~~~", "~~~x", "```", "# x", "#", "- x", "-", "+ x", "1. x", "1) x", "2025.", "> x", "    x", " ", "  ",
    "www.x.example", "WWW.X.EXAMPLE", "https://x.example", "http://x", "mailto:a@b.example", "a@b.example", "<https://x.example>", "&lt;", "&amp;", "&",
    "$x$", "[^1]", "[x]: https://x.example", "---", "===", "***", "<!-- x -->", "\"'", ":smile:", "{{message}}",
    "قاعدة عين الأسد", "نحو ٩٠٠ عنصر", "می\u200cخواهم", "👩\u200d👩\u200d👧", "🇮🇶", "Açaí", "e\u0301", "~1400", "<1000",
  ),
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
);
const anyText = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));

/** `\uXXXX`, `\n`, `\r`, `\t` back into the characters (for text with no backslash of its own). */
const unescape = (text: string) => JSON.parse(`"${text.replaceAll('"', '\\"')}"`) as string;

/** What Markdown text shows: line breaks and tabs as spaces, other invisible characters escaped. */
const shownInMarkdown = (text: string) => terminalText(text.replace(/[\t\n\v\f\r]/g, " "));

describe("terminalText", () => {
  it.each([
    ["an escape sequence", "a\u001b[31mred\u001b[0m", "a\\u001b[31mred\\u001b[0m"],
    ["an OSC title", "\u001b]0;pwned\u0007", "\\u001b]0;pwned\\u0007"],
    ["a line break", "one\ntwo", "one\\ntwo"],
    ["CR LF", "a\r\nb", "a\\r\\nb"],
    ["a tab", "a\tb", "a\\tb"],
    ["NUL and BEL", "\u0000\u0007", "\\u0000\\u0007"],
    ["DEL", "a\u007fb", "a\\u007fb"],
    ["C1 controls (CSI, NEL)", "\u009b2J\u0085", "\\u009b2J\\u0085"],
    ["a right-to-left override", "abc\u202edef", "abc\\u202edef"],
    ["embeddings and pop", "\u202a\u202b\u202c\u202d", "\\u202a\\u202b\\u202c\\u202d"],
    ["isolates", "\u2066\u2067\u2068\u2069", "\\u2066\\u2067\\u2068\\u2069"],
    ["direction marks", "\u200e\u200f\u061c", "\\u200e\\u200f\\u061c"],
    ["line and paragraph separators", "\u2028\u2029", "\\u2028\\u2029"],
    ["a lone high surrogate", "a\ud800b", "a\\ud800b"],
    ["a lone low surrogate", "\udc00", "\\udc00"],
  ])("shows %s as escapes", (_, text, shown) => {
    expect(terminalText(text)).toBe(shown);
  });

  it.each([
    ["Arabic", "قاعدة عَيْن الأسد"],
    ["Persian with a zero-width non-joiner", "می\u200cخواهم"],
    ["an emoji joined by zero-width joiners", "👩\u200d👩\u200d👧"],
    ["a flag", "🇮🇶"],
    ["combining marks", "e\u0301 a\u0308"],
    ["Hebrew and CJK", "שלום 你好"],
    ["a Windows path", "C:\\claims\\x.json"],
    ["spaces of all widths", "a\u00a0b\u3000c\u2009d"],
  ])("leaves %s as it is", (_, text) => {
    expect(terminalText(text)).toBe(text);
  });

  it("shows every invisible character of any text, and nothing else changes", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const shown = terminalText(text);
        expect(shown).not.toMatch(INVISIBLE);
        if (!text.includes("\\")) expect(unescape(shown)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("markdownText", { timeout: 120_000 }, () => {
  it.each([
    ["a link", "[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"],
    ["an image", "![x](https://x.example/i.png)", "!\\[x\\](https\\://x.example/i.png)"],
    ["a code span", "`x`", "\\`x\\`"],
    ["HTML", "<b>x</b> & <script>", "&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;"],
    ["a table cell break", "a | b", "a \\| b"],
    ["emphasis", "*a* _b_", "\\*a\\* \\_b\\_"],
    ["a strikethrough", "a~b~", "a\\~b\\~"],
    ["a code fence", "~~~js", "\\~\\~\\~js"],
    ["a heading", "# x", "\\# x"],
    ["a list item", "- x", "\\- x"],
    ["an ordered list item", "12. x", "12\\. x"],
    ["a quote", "> x", "&gt; x"],
    ["an indented code block", "    x", "&#32;   x"],
    ["www autolinks", "see www.x.example", "see www\\.x.example"],
    ["URL autolinks", "https://x.example", "https\\://x.example"],
    ["e-mail autolinks", "a@b.example", "a\\@b.example"],
    ["math", "$x$", "\\$x\\$"],
    ["a backslash", "a\\b", "a\\\\b"],
    ["line breaks and tabs", "a\nb\r\nc\td", "a b  c d"],
    ["an escape sequence", "\u001b[31m", "\\u001b\\[31m"],
    ["a right-to-left override", "\u202eabc", "\\u202eabc"],
  ])("keeps %s from opening", (_, text, escaped) => {
    expect(markdownText(text)).toBe(escaped);
  });

  it.each([["~1400"], ["≈1400"], ["<1000".replace("<", "≤")], ["us-forces"], ["2025-04-20"], ["قاعدة عين الأسد"], ["👩\u200d👩\u200d👧"]])(
    "leaves %s as it is",
    (text) => {
      expect(markdownText(text)).toBe(text);
    },
  );

  it("renders as the same text, with no element of its own, in a paragraph, a table cell, a heading and a link", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const shown = shownInMarkdown(text);
        // Markdown drops spaces at the end of a line or cell (a leading one is kept: it is written &#32;).
        const kept = shown.length > 1 ? shown[0] + shown.slice(1).replace(/ +$/, "") : shown;
        fc.pre(kept.trim() !== "");
        const escaped = markdownText(text);
        expect(escaped).not.toMatch(INVISIBLE);
        expect(renderMarkdown(escaped)).toBe(`<p>${htmlEncoded(kept)}</p>`);
        expect(renderMarkdown(`### ${escaped}`)).toBe(`<h3>${htmlEncoded(kept)}</h3>`);
        expect(renderMarkdown(`| a | b |\n| --- | --- |\n| ${escaped} | x |`)).toContain(`<tr>\n<td>${htmlEncoded(kept)}</td>\n<td>x</td>\n</tr>`);
        expect(renderMarkdown(`[${escaped}](https://example.org/)`)).toBe(`<p><a href="https://example.org/">${htmlEncoded(shown)}</a></p>`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("markdownCode", { timeout: 120_000 }, () => {
  it.each([
    ["an id", "claim-1", "`claim-1`"],
    ["a pointer", "/claims/3/value", "`/claims/3/value`"],
    ["a backtick", "a`b", "<code>a\\`b</code>"],
    ["a pipe", "a|b", "<code>a\\|b</code>"],
    ["a space at the end", "a ", "<code>a </code>"],
    ["a line break", "a\nb", "<code>a b</code>"],
    ["nothing", "", "<code></code>"],
  ])("writes %s as code", (_, text, code) => {
    expect(markdownCode(text)).toBe(code);
  });

  it("renders as one code element of the same text, in a paragraph and a table cell", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const shown = shownInMarkdown(text);
        fc.pre(shown !== "");
        const code = markdownCode(text);
        expect(renderMarkdown(`x ${code} y`)).toBe(`<p>x <code>${htmlEncoded(shown)}</code> y</p>`);
        expect(renderMarkdown(`| a |\n| --- |\n| x ${code} y |`)).toContain(`<td>x <code>${htmlEncoded(shown)}</code> y</td>`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("markdownHtml", () => {
  it("writes markup characters as entities and keeps the text on its line", () => {
    expect(markdownHtml(`<b a="1">'x' & y</b>\n`)).toBe("&lt;b a=&quot;1&quot;&gt;&#39;x&#39; &amp; y&lt;/b&gt; ");
  });

  it("passes through an HTML block as the same text, and never ends the block", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const inside = markdownHtml(text);
        expect(inside).not.toMatch(/[<>"'\n\r]/);
        expect(inside).not.toMatch(INVISIBLE);
        const html = renderMarkdown(`<details><summary>${inside}</summary>\n\n</details>`);
        expect(html).toBe(`<details><summary>${inside}</summary>\n</details>`);
        const decoded = inside.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
        expect(decoded).toBe(shownInMarkdown(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("sarifText", () => {
  it("escapes what SARIF reads as a link, and only that", () => {
    expect(sarifText("see [here](1) or C:\\x")).toBe("see \\[here\\](1) or C:\\\\x");
    expect(sarifText("قاعدة ~1400 <b>")).toBe("قاعدة ~1400 <b>");
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = sarifText(text);
        expect(escaped.replace(/\\(.)/gsu, "$1")).toBe(text);
        expect(escaped.replace(/\\./gsu, "")).not.toMatch(/[[\]\\]/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("visibleJson", () => {
  it("is JSON of the same value, with every invisible character escaped", () => {
    expect(visibleJson({ quote: "\u202eabc\u0085" })).toBe('{\n  "quote": "\\u202eabc\\u0085"\n}');
    const value = fc.jsonValue({ maxDepth: 3 }).chain((json) => fc.tuple(fc.constant(json), anyText));
    fc.assert(
      fc.property(value, ([json, text]) => {
        for (const v of [json, text, { op: "replace", path: `/claims/0/${text}`, value: [text, json] }]) {
          const shown = visibleJson(v);
          expect(JSON.parse(shown)).toEqual(JSON.parse(JSON.stringify(v)));
          expect(shown.replace(/\n/g, "")).not.toMatch(INVISIBLE);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
