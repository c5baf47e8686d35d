/**
 * Markdown rendered as GitHub does (CommonMark with the GFM extensions:
 * tables, autolink literals, strikethrough, footnotes, task lists), raw HTML
 * let through, so that tests see what user text would become on a page.
 */
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

/** The HTML of a Markdown document, raw HTML in it kept as it is. */
export function renderMarkdown(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

/** Text as an HTML renderer writes it: `&`, `<`, `>` and `"` as entities. */
export function htmlEncoded(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** The names of the elements in some HTML, each once, sorted. */
export function tagNames(html: string): string[] {
  return [...new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()))].sort();
}
