/**
 * Replaces lone surrogates with U+FFFD, so `encodeURI` and friends cannot
 * throw on text that JSON allows (`"\ud800"`).
 * @internal
 */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}
