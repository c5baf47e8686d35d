/**
 * Reading one number at a token: digits (with scale words after them: 1.5
 * مليون, ٣ آلاف, 2 million) or number words (ثلاثة آلاف وخمسمئة, two
 * thousand five hundred, ألفي), or a vague quantity (مئات, آلاف, dozens).
 */
import type { Token } from "./text.js";
import { NUMBER_WORDS, SCALE_SUFFIXES, type NumberWord, variants } from "./words.js";

/** A number read at a token. @internal */
export type NumberReading =
  | { kind: "exact"; value: number; next: number; words: boolean; digits: boolean }
  | { kind: "vague"; min: number; max: number; next: number; words: true; digits: false }
  /** Not a figure (an identifier such as 80722a016a, an ordinal): skip to `next`. */
  | { kind: "skip"; next: number };

/** Proclitics allowed on number words: و ف ب ل. */
const NUMBER_PREFIXES = new Set([0, 1]);

/** The number word a token is, with how many characters of proclitic it carries. @internal */
export function numberWord(token: Token | undefined): { word: NumberWord; prefix: number; form: string } | undefined {
  if (token === undefined || token.kind !== "word") return undefined;
  for (const v of variants(token.norm)) {
    if (!NUMBER_PREFIXES.has(v.prefix)) continue;
    if (v.prefix === 1 && !"وفبل".includes(token.norm[0]!)) continue;
    const word = NUMBER_WORDS.get(v.form);
    if (word) return { word, prefix: v.prefix, form: v.form };
    // "الآلاف", "الألف": the article before a scale word.
    if (v.prefix === 0 && v.form.startsWith("\u0627\u0644")) {
      const bare = NUMBER_WORDS.get(v.form.slice(2));
      if (bare && bare.kind === "scale") return { word: bare, prefix: 0, form: v.form.slice(2) };
    }
  }
  return undefined;
}

const isWord = (t: Token | undefined, ...words: string[]) => t !== undefined && t.kind === "word" && words.includes(t.norm);
const isPunct = (t: Token | undefined, ch: string) => t !== undefined && t.kind === "punct" && t.norm === ch && !t.spaced;
function isLatinLetters(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word") return false;
  const c = t.norm.charCodeAt(0);
  return c < 0x80;
}

/** Reads a number at `tokens[i]`, or undefined when there is none. @internal */
export function readNumber(tokens: readonly Token[], i: number, stopAtAnd = false): NumberReading | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.kind === "number") return readDigits(tokens, i);
  if (t.kind === "word") return readWords(tokens, i, stopAtAnd);
  return undefined;
}

function readDigits(tokens: readonly Token[], i: number): NumberReading {
  const t = tokens[i]!;
  const after = tokens[i + 1];
  const before = tokens[i - 1];
  // Identifiers: digits glued to Latin letters or to other digits' separators (80722a016a, abc123, 3.4.5-rc).
  if (before !== undefined && !t.spaced && isLatinLetters(before)) return { kind: "skip", next: i + 1 };
  if (Number.isNaN(t.value)) return { kind: "skip", next: i + 1 };
  if (after !== undefined && !after.spaced && isLatinLetters(after)) {
    const scale = SCALE_SUFFIXES.get(after.norm);
    if (scale !== undefined) return { kind: "exact", value: t.value * scale, next: i + 2, words: false, digits: true };
    return { kind: "skip", next: i + 2 };
  }
  let value = t.value;
  let next = i + 1;
  const w = numberWord(tokens[next]);
  if (w && w.prefix === 0 && w.word.kind === "scale" && tokens[next]!.spaced) {
    value *= w.word.value;
    next++;
    const half = numberWord(tokens[next]);
    if (half && half.word.kind === "half" && half.prefix === 1) {
      value += w.word.value / 2;
      next++;
    }
  }
  return { kind: "exact", value, next, words: false, digits: true };
}

/** `stopAtAnd`: the first end of a range (بين ألفين وثلاثة آلاف): "و" starts the second. */
function readWords(tokens: readonly Token[], i: number, stopAtAnd: boolean): NumberReading | undefined {
  let j = i;
  let first = numberWord(tokens[j]);
  // "a hundred", "a thousand", "a dozen", "half a million".
  if (first === undefined && isWord(tokens[j], "a", "one")) {
    const nw = numberWord(tokens[j + 1]);
    if (nw && (nw.word.kind === "scale" || nw.word.kind === "hundred" || (nw.word.kind === "unit" && nw.word.value === 12))) {
      j++;
      first = nw;
    }
  }
  if (first === undefined) return undefined;
  let total = 0;
  let current = 0;
  let lastScale = 0;
  let lastKind: NumberWord["kind"] | undefined;
  let count = 0;
  let vague: { min: number; max: number } | undefined;
  let halfPending = 0;

  for (; j < tokens.length && count < 12; count++) {
    const token = tokens[j]!;
    const nw = count === 0 ? first : numberWord(token);
    if (nw === undefined) {
      // English joiners: "and", "-" between number words, "a" in "and a half" / "half a million".
      if (count > 0 && ((isWord(token, "and") && !stopAtAnd) || isPunct(token, "-")) && numberWord(tokens[j + 1]) !== undefined) {
        j++;
        continue;
      }
      if (count > 0 && isWord(token, "and") && isWord(tokens[j + 1], "a") && numberWord(tokens[j + 2])?.word.kind === "half") {
        j += 2;
        continue;
      }
      if (count > 0 && isWord(token, "a") && lastKind === "half") {
        j++;
        continue;
      }
      if (count > 0 && isWord(token, "of") && vague !== undefined && numberWord(tokens[j + 1])?.word.kind === "scale") {
        j++;
        continue;
      }
      break;
    }
    const word = nw.word;
    const joined = nw.prefix === 1; // و… (or another proclitic) on a later word
    if (count > 0 && nw.prefix === 1 && (token.norm[0] !== "\u0648" || stopAtAnd)) break;
    if (count > 0 && stopAtAnd && isWord(token, "and")) break;
    if (count > 0 && !joined && token.kind === "word" && (word.kind === "unit" || word.kind === "vague") && isArabic(token) && lastKind !== undefined) {
      // Two Arabic number words side by side without و: only scales, مئة and عشر follow directly.
      if (!(word.kind === "unit" && lastKind === "unit" && current < 10 && word.value >= 100)) break;
    }
    if (vague !== undefined) {
      // عشرات الآلاف, hundreds of thousands
      if (word.kind === "scale" && !word.dual) {
        vague = { min: vague.min * word.value, max: (vague.max + 1) * word.value - 1 };
        j++;
        lastKind = "scale";
        continue;
      }
      break;
    }
    switch (word.kind) {
      case "unit":
        if (lastKind === "unit" && current % 10 !== 0 && word.value < 10 && !joined && !isArabic(token)) {
          return finish();
        }
        current += word.value;
        break;
      case "ten":
        if (lastKind === "unit" && current > 0 && current < 10) current += 10;
        else if (count === 0) current = 10;
        else return finish();
        break;
      case "hundred": {
        const units = current % 100;
        if (lastKind === "unit" && units > 0 && units < 10 && !joined) current = current - units + units * 100;
        else current += 100;
        break;
      }
      case "scale":
        if (word.plural && current === 0 && total === 0) {
          vague = { min: 2 * word.value, max: 10 * word.value - 1 };
          break;
        }
        if (word.dual && current === 0 && total === 0) current = 2;
        if (halfPending) {
          current = halfPending;
          halfPending = 0;
        }
        if (current === 0) current = 1;
        total += current * word.value;
        current = 0;
        lastScale = word.value;
        break;
      case "half":
      case "quarter": {
        const part = word.kind === "half" ? 0.5 : 0.25;
        if (joined || isWord(tokens[j - 1], "a") || (isWord(tokens[j - 2], "and") && current > 0)) {
          // مليون ونصف, one and a half million
          if (lastKind === "scale" && current === 0) total += lastScale * part;
          else current += part;
        } else if (count === 0) {
          halfPending = part; // نصف مليون, half a million
        } else return finish();
        break;
      }
      case "vague":
        if (count > 0) return finish();
        vague = { min: word.min, max: word.max };
        break;
    }
    lastKind = word.kind;
    j++;
  }
  return finish();

  function finish(): NumberReading | undefined {
    if (vague !== undefined) return { kind: "vague", min: vague.min, max: vague.max, next: j, words: true, digits: false };
    if (halfPending) return undefined;
    const value = total + current;
    if (j === i) return undefined;
    return { kind: "exact", value, next: j, words: true, digits: false };
  }
}

function isArabic(t: Token): boolean {
  const c = t.norm.charCodeAt(0);
  return c >= 0x0600 && c <= 0x06ff;
}
