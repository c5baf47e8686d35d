import { formatHtml } from "./html.js";
import { formatJson } from "./json.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";
import type { Formatter } from "./types.js";

export { formatHtml, formatJson, formatMarkdown, formatSarif, formatText };
export type { FormatContext, Formatter } from "./types.js";
export type { SarifContext } from "./sarif.js";

/** The formatters by `--format` name. @internal */
export const formatters: Readonly<Record<"text" | "json" | "markdown" | "sarif" | "html", Formatter>> = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  sarif: formatSarif,
  html: formatHtml,
};
