/**
 * Reading text for extraction: code-point classes, word folding, sentences
 * and tokens. Everything here is one left-to-right scan per call, with no
 * regular expressions, so any input is read in linear time.
 */

/** A digit's value (Latin, Arabic-Indic ٠–٩, Persian ۰–۹), or -1. @internal */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

/** Marks and fillers dropped from words: tashkeel, superscript alef, Quranic marks, hamza/madda marks, tatweel, joiners. */
function isDropped(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x0300 && c <= 0x036f)
  );
}

/** Letters of words: Arabic and Latin letters, other scripts' letters, and the marks dropped by folding. @internal */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (isDropped(c)) return true;
  if (c >= 0x0600 && c <= 0x06ff) {
    // Arabic block: letters, not its digits or punctuation (، ؛ ؟ ٪ ٫ ٬ ٭ ۔).
    if (digitValue(c) >= 0) return false;
    return !(c <= 0x060f || c === 0x061b || c === 0x061c || (c >= 0x061d && c <= 0x061f) || (c >= 0x066a && c <= 0x066d) || c === 0x06d4 || c === 0x06dd || c === 0x06de || c === 0x06e9);
  }
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x0370 && c <= 0x05ff) return true; // Greek, Cyrillic, Armenian, Hebrew
  if (c >= 0x0750 && c <= 0x08ff) return true; // Arabic Supplement and Extended
  if (c >= 0xfb50 && c <= 0xfdff) return true; // Arabic presentation forms A
  if (c >= 0xfe70 && c <= 0xfefe) return true; // Arabic presentation forms B
  return false;
}

/** Unicode white space, as in normalizeLabel. @internal */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x200e || c === 0x200f || c === 0x061c;
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/**
 * Folds one word for matching: Arabic marks and tatweel dropped, alef
 * variants (أ إ آ ٱ) → ا, ى and ی → ي, ة → ه, ک → ك, Latin lower-cased.
 * The same rules as normalizeLabel, for one word, without Unicode normalisation.
 * @internal
 */
export function fold(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isDropped(c)) continue;
    if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
    else if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) out += "\u0627";
    else if (c === 0x0649 || c === 0x06cc) out += "\u064a";
    else if (c === 0x0629) out += "\u0647";
    else if (c === 0x06a9) out += "\u0643";
    else if (c >= 0xc0 && c <= 0xde && c !== 0xd7) out += String.fromCharCode(c + 32);
    else out += word[i];
  }
  return out;
}

/** Where, in the original `word`, the first `folded` characters of its folded form end. @internal */
export function foldedOffset(word: string, folded: number): number {
  let seen = 0;
  let i = 0;
  while (i < word.length && seen < folded) {
    if (!isDropped(word.charCodeAt(i))) seen++;
    i++;
  }
  while (i < word.length && isDropped(word.charCodeAt(i))) i++;
  return i;
}

/** A span of the input: [start, end) in UTF-16 code units. @internal */
export interface Span {
  start: number;
  end: number;
}

/**
 * Sentences: runs of text between . ! ? ؟ ۔ … and line breaks. A full stop
 * between digits (1.5), after a single capital letter (U.S.) or before a
 * lower-case letter is not an end. Sentences longer than MAX_SENTENCE are
 * cut at a space, so a quote stays readable on any input. Leading list
 * markers ("1." "2)" "•") are left out of the sentence.
 * @internal
 */
export const MAX_SENTENCE = 2000;

/** @internal */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = 0;
  let lastSpace = -1;
  const push = (s: number, e: number) => {
    while (s < e && (isSpace(text.charCodeAt(s)) || isBullet(text.charCodeAt(s)))) s++;
    s = skipListMarker(text, s, e);
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      push(start, i);
      start = i + 1;
      lastSpace = -1;
      continue;
    }
    if (isSpace(c)) lastSpace = i;
    let end = false;
    if (c === 0x21 || c === 0x3f || c === 0x061f || c === 0x06d4 || c === 0x2026) end = true;
    else if (c === 0x2e) end = isFullStop(text, i) && !isListMarker(text, start, i);
    if (end) {
      // Closing quotes and brackets stay with their sentence.
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 0x22 || text.charCodeAt(j) === 0xbb || text.charCodeAt(j) === 0x201d || text.charCodeAt(j) === 0x29)) j++;
      push(start, j);
      start = j;
      i = j - 1;
      lastSpace = -1;
      continue;
    }
    if (i - start >= MAX_SENTENCE) {
      const cut = lastSpace > start ? lastSpace : i;
      push(start, cut);
      start = cut;
      lastSpace = -1;
    }
  }
  push(start, n);
  return out;
}

/** Only white space, bullets and one to three digits between `start` and the full stop at `i`: "1. " opens a list item. */
function isListMarker(text: string, start: number, i: number): boolean {
  let j = start;
  while (j < i && (isSpace(text.charCodeAt(j)) || isBullet(text.charCodeAt(j)))) j++;
  let digits = 0;
  while (j < i && digitValue(text.charCodeAt(j)) >= 0) {
    j++;
    digits++;
  }
  return j === i && digits > 0 && digits <= 3 && i + 1 < text.length && isSpace(text.charCodeAt(i + 1));
}

function isBullet(c: number): boolean {
  return c === 0x2022 || c === 0x25cf || c === 0x25aa || c === 0x2013 || c === 0x2014 || c === 0x2d || c === 0x2a || c === 0xb7;
}

/** "1. " or "12) " at the start of a sentence: a list marker, not a figure. */
function skipListMarker(text: string, s: number, e: number): number {
  let j = s;
  while (j < e && j - s < 3 && digitValue(text.charCodeAt(j)) >= 0) j++;
  if (j === s || j >= e) return s;
  const c = text.charCodeAt(j);
  if ((c === 0x2e || c === 0x29) && j + 1 < e && isSpace(text.charCodeAt(j + 1))) {
    j++;
    while (j < e && isSpace(text.charCodeAt(j))) j++;
    return j;
  }
  return s;
}

function isFullStop(text: string, i: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (digitValue(before) >= 0 && digitValue(after) >= 0) return false; // 1.5
  if (after >= 0x61 && after <= 0x7a) return false; // e.g. lower case goes on
  if (before >= 0x41 && before <= 0x5a) {
    const b2 = i > 1 ? text.charCodeAt(i - 2) : 0x20;
    if (!isWordChar(b2)) return false; // U.S. , J. Smith
  }
  if (after === 0x2e) return false; // ...
  // Abbreviations that end in a full stop inside sentences.
  const word = wordBefore(text, i);
  return !ABBREVIATIONS.has(word);
}

const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "st", "no", "vs", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "ca"]);

function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 6 && isWordChar(text.charCodeAt(j - 1))) j--;
  return fold(text.slice(j, i));
}

/** @internal */
export type TokenKind = "word" | "number" | "punct";

/** A token of a sentence. @internal */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** Words: the folded form. Punctuation: the character. Numbers: the ASCII digits and separators. */
  norm: string;
  /** White space right before the token (or the sentence start). */
  spaced: boolean;
  /** Numbers: the value read (NaN when the separators are not a number's). */
  value: number;
  /** Numbers: how many digits, and whether separators or a decimal part were written. */
  digits: number;
  grouped: boolean;
  decimal: boolean;
  /** Numbers whose separators are not a number's: the value with the one comma read as a decimal point ("1,5"), else NaN. */
  commaDecimal: number;
  /** Words: the forms the word may stand for (words.ts `tokenVariants`), once asked for. */
  variants?: Array<{ form: string; prefix: number }>;
  /** Words: those variants some phrase table starts with (words.ts `tokenForms`), once asked for. */
  forms?: Array<{ form: string; prefix: number }>;
  /** Words: the number word it is (numbers.ts `numberWord`), once asked for; null when none. */
  numberWord?: { word: unknown; prefix: number; form: string } | null;
}

/**
 * Tokens of text[start, end): words (letters and marks), numbers (digits with
 * , ٬ thousands separators and . ٫ decimal points between digits) and single
 * punctuation characters; white space only sets `spaced` on the next token.
 * @internal
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let spaced = true;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaced = true;
      i++;
      continue;
    }
    const from = i;
    if (digitValue(c) >= 0) {
      i = readDigits(text, i, end);
      tokens.push(numberToken(text, from, i, spaced));
    } else if (isWordChar(c)) {
      while (i < end && (isWordChar(text.charCodeAt(i)) || isApostrophe(text, i, end))) i++;
      const raw = text.slice(from, i);
      tokens.push({ kind: "word", start: from, end: i, text: raw, norm: fold(raw), spaced, value: NaN, digits: 0, grouped: false, decimal: false, commaDecimal: NaN });
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
      const raw = text.slice(from, i);
      tokens.push({ kind: "punct", start: from, end: i, text: raw, norm: raw, spaced, value: NaN, digits: 0, grouped: false, decimal: false, commaDecimal: NaN });
    }
    spaced = false;
  }
  return tokens;
}

function isApostrophe(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x27 && c !== 0x2019) return false;
  const before = text.charCodeAt(i - 1);
  const after = i + 1 < end ? text.charCodeAt(i + 1) : 0;
  return before < 0x80 && isWordChar(before) && after < 0x80 && isWordChar(after);
}

function isSeparator(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x066c || c === 0x066b;
}

/** Digits, and separators each followed by a digit. */
function readDigits(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (digitValue(c) >= 0) i++;
    else if (isSeparator(c) && i + 1 < end && digitValue(text.charCodeAt(i + 1)) >= 0) i++;
    else break;
  }
  return i;
}

/**
 * Reads a digit run: `,` and `٬` group thousands (groups of three after a
 * first group of one to three), `.` and `٫` mark decimals, and `.` groups
 * thousands when it does so twice or more (1.400.000). Anything else is NaN.
 */
function numberToken(text: string, from: number, to: number, spaced: boolean): Token {
  let ascii = "";
  let digits = 0;
  const groups: number[] = [0];
  const seps: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const d = digitValue(c);
    if (d >= 0) {
      ascii += String.fromCharCode(0x30 + d);
      digits++;
      groups[groups.length - 1]!++;
    } else {
      const sep = c === 0x066c ? 0x2c : c === 0x066b ? 0x2e : c;
      ascii += String.fromCharCode(sep);
      seps.push(sep);
      groups.push(0);
    }
  }
  let value = NaN;
  let grouped = false;
  let decimal = false;
  const commas = seps.filter((s) => s === 0x2c).length;
  const dots = seps.length - commas;
  const threes = (fromGroup: number, toGroup: number) => {
    for (let g = fromGroup; g < toGroup; g++) if (groups[g] !== 3) return false;
    return true;
  };
  const first = groups[0]!;
  if (seps.length === 0) value = Number(ascii);
  else if (commas > 0 && dots === 0 && first <= 3 && threes(1, groups.length)) {
    grouped = true;
    value = Number(ascii.replaceAll(",", ""));
  } else if (commas > 0 && dots === 1 && seps[seps.length - 1] === 0x2e && first <= 3 && threes(1, groups.length - 1)) {
    grouped = true;
    decimal = true;
    value = Number(ascii.replaceAll(",", ""));
  } else if (commas === 0 && dots === 1) {
    decimal = true;
    value = Number(ascii);
  } else if (commas === 0 && dots >= 2 && first <= 3 && threes(1, groups.length)) {
    grouped = true;
    value = Number(ascii.replaceAll(".", ""));
  }
  // "1,5" and "2,25": one comma with one or two digits after it is a decimal comma, if anything (numbers.ts reads it before a scale word only).
  const commaDecimal = Number.isNaN(value) && commas === 1 && dots === 0 && first <= 3 && groups[1]! <= 2 ? Number(ascii.replace(",", ".")) : NaN;
  return { kind: "number", start: from, end: to, text: text.slice(from, to), norm: ascii, spaced, value, digits, grouped, decimal, commaDecimal };
}
