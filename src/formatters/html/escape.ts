/**
 * Text and addresses made safe for the HTML page. Everything a claim set or
 * a report says is user text: it goes through `escapeHtml`, and only http(s)
 * addresses become links.
 */
import { wellFormed } from "../../internal/well-formed.js";

const ENTITIES = new Map([["&", "&amp;"], ["<", "&lt;"], [">", "&gt;"], ['"', "&quot;"], ["'", "&#39;"], ["\u0000", "\ufffd"]]);

/**
 * Text safe in HTML and SVG text and in quoted attribute values: markup
 * characters and both quotes escaped; NUL and lone surrogates (which UTF-8
 * cannot carry) become U+FFFD. One pass, no regular expression.
 * @internal
 */
export function escapeHtml(text: string): string {
  const whole = wellFormed(text);
  let out = "";
  let from = 0;
  for (let i = 0; i < whole.length; i++) {
    const entity = ENTITIES.get(whole[i]!);
    if (entity === undefined) continue;
    out += whole.slice(from, i) + entity;
    from = i + 1;
  }
  return from === 0 ? whole : out + whole.slice(from);
}

/**
 * An http or https address as a link target, normalised (`URL.href`), or
 * `undefined` for anything else: `javascript:`, `data:`, relative or
 * malformed addresses are never linked.
 * @internal
 */
export function httpUrl(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(wellFormed(text.trim()));
  } catch {
    return undefined;
  }
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
}

/** A link to an http(s) address, opened without handing the page over; plain escaped text when the address is not one. @internal */
export function link(url: string | undefined, html: string, className?: string): string {
  const href = httpUrl(url);
  if (href === undefined) return html;
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer"${className ? ` class="${className}"` : ""}>${html}</a>`;
}
