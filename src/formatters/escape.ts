/**
 * User text made safe to print: claim sets and reports are data, never
 * terminal control codes or markup, whatever their names, ids and quotes
 * hold. One pass over the text each, no regular expression.
 *
 * Characters that could change what a reader sees without being seen are
 * shown the way a JSON string writes them: `\n`, `\r`, `\t`, and `\u` with
 * four hex digits for the rest (`\u001b` for ESC, `\u202e` for a
 * right-to-left override). These are C0 controls (U+0000–U+001F), DEL
 * (U+007F), C1 controls (U+0080–U+009F), the bidirectional controls that can
 * reorder a line (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069),
 * the line and paragraph separators (U+2028, U+2029) and lone surrogates.
 * Everything else prints as it is: letters of any script, combining marks,
 * the zero-width joiner and non-joiner (U+200C, U+200D) that Arabic and
 * Persian shaping and emoji need, and emoji.
 */

/** True for the UTF-16 code units shown as escapes (lone surrogates are told apart where they occur). */
function isControl(c: number): boolean {
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x061c ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x2028 && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

const SHORT: Record<number, string> = { 0x09: "\\t", 0x0a: "\\n", 0x0d: "\\r" };

/** `\u001b` for U+001B (`\n`, `\r`, `\t` for those three). */
function escapeCode(c: number): string {
  return SHORT[c] ?? `\\u${c.toString(16).padStart(4, "0")}`;
}

/** True when the code unit at `i` is half of a surrogate pair with no other half. */
function isLoneSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const previous = i > 0 ? text.charCodeAt(i - 1) : NaN;
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
}

/**
 * Rewrites `text` one code unit at a time: `replace` returns what stands for
 * a unit (undefined: the unit itself). Unchanged text is returned as it is.
 */
function rewrite(text: string, replace: (c: number, i: number) => string | undefined): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const replacement = replace(text.charCodeAt(i), i);
    if (replacement === undefined) continue;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The escape of a control character or lone surrogate at `i`, else undefined. */
function controlEscape(text: string, c: number, i: number): string | undefined {
  if (isControl(c)) return escapeCode(c);
  if (c >= 0xd800 && c <= 0xdfff && isLoneSurrogate(text, i)) return escapeCode(c);
  return undefined;
}

/**
 * User text for a terminal: every control character (newlines and tabs
 * included, so that one field stays on its line), escape sequence,
 * bidirectional control and lone surrogate shown as an escape (`\u001b`,
 * `\n`), so that nothing the text holds can move the cursor, change colours,
 * retitle the window or reorder the line. Other text is unchanged.
 *
 * @example
 * terminalText("a\u001b[2Jb\nc") // "a\\u001b[2Jb\\nc"
 * terminalText("قاعدة عين الأسد") // unchanged
 * @internal
 */
export function terminalText(text: string): string {
  return rewrite(text, (c, i) => controlEscape(text, c, i));
}

/** ASCII punctuation escaped with a backslash wherever it stands in Markdown text. */
const MARKDOWN_PUNCTUATION = new Set([..."\\`*_[]#|@$"].map((c) => c.charCodeAt(0)));
const MARKDOWN_ENTITIES: Record<number, string> = { 0x26: "&amp;", 0x3c: "&lt;", 0x3e: "&gt;" };
/** What opens a block at the start of a line and is escaped only there: a list item, a setext heading's line (`#`, `>`, `|`, `*` are escaped everywhere). */
const BLOCK_STARTERS = new Set([..."-+="].map((c) => c.charCodeAt(0)));
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAsciiAlphanumeric = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiPunctuation = (c: number) => (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);

/**
 * True when the run of tildes from `start` to `end` could close a
 * strikethrough (it is right-flanking, in CommonMark's words): only those are
 * escaped, so that `~1400` stays as it is written, and no strikethrough can
 * close on user text. Where a character is unknown (before and after the
 * text: this formatter puts spaces or punctuation there) or not ASCII, the
 * guess is the one that escapes.
 */
function tildesCanClose(text: string, start: number, end: number): boolean {
  const before = start === 0 ? NaN : text.charCodeAt(start - 1);
  if (before === 0x20 || before === 0x09 || before === 0x0a || before === 0x0d) return false;
  const beforeIsPunctuation = start === 0 || isAsciiPunctuation(before);
  const afterIsWordCharacter = end < text.length && isAsciiAlphanumeric(text.charCodeAt(end));
  return !beforeIsPunctuation || !afterIsWordCharacter;
}

/**
 * User text for Markdown (CommonMark with GitHub's extensions): it renders as
 * the same text, and can open no link, image, code span, HTML tag,
 * emphasis, strikethrough, footnote, math, autolink (`www.`, `http://`,
 * e-mail addresses) or table cell, nor start a heading, list item, quote or
 * code block, wherever it is placed in a line, table cells included. Line
 * breaks and tabs become spaces (one field, one line); other controls show
 * as escapes, as in `terminalText`.
 *
 * Done with backslash escapes (`\*`, `\[`, `\|`, `\:` before `/`, `\~` where
 * a tilde could close a strikethrough) and entities (`&lt;`,
 * `&gt;`, `&amp;`, `&#32;` for a leading space), which Markdown turns back
 * into the characters. Not for raw HTML blocks or code spans, where neither
 * works: see `markdownHtml` and `markdownCode`.
 *
 * @example
 * markdownText("[x](javascript:alert(1)) | <b>") // "\\[x\\](javascript:alert(1)) \\| &lt;b&gt;"
 * @internal
 */
export function markdownText(text: string): string {
  // A digit run then "." or ")" at the start would open an ordered list.
  let listDot = -1;
  for (let i = 0; i < text.length && i < 10 && isDigit(text.charCodeAt(i)); i++) listDot = i + 1;
  // The run of tildes being written (found once per run, so that a long run is not scanned again for each tilde).
  let tildes = { end: -1, escape: false };
  return rewrite(text, (c, i) => {
    if (c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d) return i === 0 ? "&#32;" : " ";
    const control = controlEscape(text, c, i);
    if (control !== undefined) return control;
    const entity = MARKDOWN_ENTITIES[c];
    if (entity !== undefined) return entity;
    if (MARKDOWN_PUNCTUATION.has(c)) return `\\${text[i]}`;
    if (c === 0x7e) {
      if (i >= tildes.end) {
        let end = i + 1;
        while (end < text.length && text.charCodeAt(end) === 0x7e) end++;
        // Three or more at the start of a line open a fenced code block.
        tildes = { end, escape: tildesCanClose(text, i, end) || (i === 0 && end >= 3) };
      }
      return tildes.escape ? "\\~" : undefined;
    }
    // "http://" and the like open an autolink.
    if (c === 0x3a && text.charCodeAt(i + 1) === 0x2f) return "\\:";
    if (i === 0 && c === 0x20) return "&#32;"; // four leading spaces open a code block
    if (i === 0 && BLOCK_STARTERS.has(c)) return `\\${text[i]}`;
    if (i === listDot && (c === 0x2e || c === 0x29)) return `\\${text[i]}`;
    // "www." opens an autolink.
    if (c === 0x2e && i >= 3 && text.slice(i - 3, i).toLowerCase() === "www") return "\\.";
    return undefined;
  });
}

/**
 * User text inside raw HTML in a Markdown document (a `<summary>` on an
 * HTML block's line, where Markdown escapes are not read): `&`, `<`, `>` and
 * quotes as entities, line breaks as spaces, other controls as escapes, as
 * in `terminalText`.
 *
 * @example
 * markdownHtml("<b>a & b</b>") // "&lt;b&gt;a &amp; b&lt;/b&gt;"
 * @internal
 */
export function markdownHtml(text: string): string {
  return rewrite(text, (c, i) => {
    if (c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d) return " ";
    const control = controlEscape(text, c, i);
    if (control !== undefined) return control;
    return c === 0x22 ? "&quot;" : c === 0x27 ? "&#39;" : MARKDOWN_ENTITIES[c];
  });
}

/**
 * User text as inline code in Markdown: a code span (`` `a-1` ``) when the
 * text can be one as it is (no backtick, pipe, control character, nor a
 * space at either end), else `<code>` around `markdownText`, which looks the
 * same and escapes what a code span cannot.
 *
 * @example
 * markdownCode("claim-1") // "`claim-1`"
 * markdownCode("a`|b") // "<code>a\\`\\|b</code>"
 * @internal
 */
export function markdownCode(text: string): string {
  let plain = text.length > 0 && text.charCodeAt(0) !== 0x20 && text.charCodeAt(text.length - 1) !== 0x20;
  for (let i = 0; plain && i < text.length; i++) {
    const c = text.charCodeAt(i);
    plain = c !== 0x60 && c !== 0x7c && controlEscape(text, c, i) === undefined;
  }
  return plain ? `\`${text}\`` : `<code>${markdownText(text)}</code>`;
}

/**
 * User text in a SARIF message: SARIF reads `[text](target)` in a message as
 * a link, so backslashes and square brackets are escaped with a backslash
 * (SARIF 2.1.0, 3.11.6). The rest is left to JSON.
 *
 * @example
 * sarifText("see [here](1)") // "see \\[here\\](1)"
 * @internal
 */
export function sarifText(text: string): string {
  return rewrite(text, (c) => (c === 0x5c || c === 0x5b || c === 0x5d ? `\\${String.fromCharCode(c)}` : undefined));
}

/**
 * A value as indented JSON that shows no invisible character raw: those
 * that `JSON.stringify` leaves as they are (DEL, C1 controls, bidirectional
 * controls, the line and paragraph separators) are written as `\u` escapes
 * too, which JSON reads back as the same characters. For JSON shown to
 * people, as in a Markdown code block.
 *
 * @example
 * visibleJson({ quote: "\u202eabc" }) // '{\n  "quote": "\\u202eabc"\n}'
 * @internal
 */
export function visibleJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2);
  // JSON.stringify escapes C0 controls and lone surrogates itself (the raw line breaks are its own
  // indentation); what is left above U+007F can only stand inside a string.
  return rewrite(json, (c) => (c >= 0x7f && isControl(c) ? escapeCode(c) : undefined));
}

/**
 * Text for a terminal that keeps its own line breaks, carriage returns and
 * tabs, every other control code escaped as `terminalText` escapes it: the
 * command line's messages on standard error, which quote file names, ids and
 * values from the input. Text already escaped stays as it is.
 * @internal
 */
export function terminalLines(text: string): string {
  return rewrite(text, (c, i) => (c === 0x0a || c === 0x0d || c === 0x09 ? undefined : controlEscape(text, c, i)));
}
