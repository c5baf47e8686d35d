/**
 * Extraction: candidate claims from article text, for an editor to review.
 */
export { extract, PLACEHOLDERS } from "./extract.js";
export type { Candidate, ExtractOptions, ExtractResult, Unresolved } from "./extract.js";
export { LexiconError, lexiconSchema, parseLexicon } from "./lexicon.js";
export type { Lexicon, LexiconIssue, LexiconProperty } from "./lexicon.js";
