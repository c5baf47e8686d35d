/**
 * Where bytes stop being UTF-8 text, to say so in an error message: the
 * decoder only says that they are not.
 */

/**
 * The offset of the first byte of the first ill-formed sequence in `bytes`
 * (the first byte `TextDecoder` replaces by U+FFFD), or -1 when they are
 * UTF-8 text.
 *
 * @example
 * firstInvalidUtf8(new Uint8Array([0x61, 0xc3, 0xa9, 0xff])); // → 3
 * @internal
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The length of the sequence and the range of its second byte (Unicode's table 3-7: no overlong
    // forms, no surrogates, nothing above U+10FFFF); later bytes are 0x80–0xBF.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + 1 >= n) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * The 1-based line (counted by line feeds, as the readers count them) and
 * byte column of an offset in bytes.
 *
 * @example
 * byteLineAndColumn(new TextEncoder().encode("ab\ncd"), 4); // → { line: 2, column: 2 }
 * @internal
 */
export function byteLineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
