/**
 * A small, stable, platform-independent hash for conflict ids (no Node
 * crypto, so the core runs in browsers): FNV-1a over UTF-16 code units, twice
 * with different offsets, giving 64 bits as 16 hex digits.
 * @internal
 */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 15)) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
