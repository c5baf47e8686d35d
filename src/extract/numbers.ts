/**
 * Reading one number at a token: digits (with scale words after them: 1.5
 * مليون, ٣ آلاف, 2 million, $2bn, «1,5 مليار»), number words in Arabic
 * (ثلاثة آلاف وخمسمئة, مئة وخمسة عشر, ألفي) and English (two thousand five
 * hundred, thirty-one million …, two point two million, two dozen),
 * fractions (ثلثا, two thirds), or a vague quantity (مئات, thousands).
 *
 * Each language's words are read by its own grammar. A run of number words
 * that the grammar cannot put together ("five six", «خمسة ستة») is not read
 * at all: a wrong figure is worse than a missing one.
 */
import type { Token } from "./text.js";
import { FEW_WORDS, NUMBER_WORDS, type NumberWord, SCALE_SUFFIXES, SPACED_SCALE_SUFFIXES, tokenVariants } from "./words.js";

/** A number read at a token. @internal */
export type NumberReading =
  | { kind: "exact"; value: number; next: number; words: boolean; digits: boolean }
  | { kind: "vague"; min: number; max: number; next: number; words: true; digits: false }
  /** A share of one (two thirds = 0.666…), for a percentage. */
  | { kind: "fraction"; value: number; next: number; words: true; digits: false }
  /** Not a figure (an identifier such as 80722a016a, an ordinal, number words that do not compose): skip to `next`. */
  | { kind: "skip"; next: number };

/** The number word a token is, with how many characters of proclitic it carries (و ف ب ل: one). @internal */
export function numberWord(token: Token | undefined): { word: NumberWord; prefix: number; form: string } | undefined {
  if (token === undefined || token.kind !== "word") return undefined;
  if (token.numberWord !== undefined) return (token.numberWord ?? undefined) as { word: NumberWord; prefix: number; form: string } | undefined;
  const found = findNumberWord(token);
  token.numberWord = found ?? null;
  return found;
}

function findNumberWord(token: Token): { word: NumberWord; prefix: number; form: string } | undefined {
  for (const v of tokenVariants(token)) {
    if (v.prefix > 1) continue;
    if (v.prefix === 1 && !"وفبل".includes(token.norm[0]!)) continue;
    const word = NUMBER_WORDS.get(v.form);
    if (word) return { word, prefix: v.prefix, form: v.form };
    // "الآلاف", "الملايين": the article before a scale word (عشرات الآلاف).
    if (v.prefix === 0 && v.form.startsWith("\u0627\u0644")) {
      const bare = NUMBER_WORDS.get(v.form.slice(2));
      if (bare && bare.kind === "scale") return { word: bare, prefix: 0, form: v.form.slice(2) };
    }
  }
  return undefined;
}

const isWord = (t: Token | undefined, ...words: string[]) => t !== undefined && t.kind === "word" && words.includes(t.norm);
const isGluedPunct = (t: Token | undefined, ch: string) => t !== undefined && t.kind === "punct" && t.norm === ch && !t.spaced;

function isLatinLetters(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && t.norm.charCodeAt(0) < 0x80;
}

/** Whether a token is Arabic script. @internal */
export function isArabicToken(t: Token): boolean {
  const c = t.norm.charCodeAt(0);
  return c >= 0x0600 && c <= 0x06ff;
}

/** Reads a number at `tokens[i]`, or undefined when there is none. `stopAtAnd`: the first end of a range (بين ألفين وثلاثة آلاف). @internal */
export function readNumber(tokens: readonly Token[], i: number, stopAtAnd = false): NumberReading | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.kind === "number") return readDigits(tokens, i);
  if (t.kind !== "word") return undefined;
  return isArabicToken(t) ? readArabic(tokens, i, stopAtAnd) : readEnglish(tokens, i, stopAtAnd);
}

/** A scale word right after a number (spaced, no proclitic): مليون, آلاف, million, bn. */
function scaleAfter(t: Token | undefined): number | undefined {
  if (t === undefined || t.kind !== "word" || !t.spaced) return undefined;
  if (SPACED_SCALE_SUFFIXES.has(t.norm)) return SCALE_SUFFIXES.get(t.norm);
  const w = numberWord(t);
  if (w && w.prefix === 0 && w.word.kind === "scale") return w.word.value;
  return undefined;
}

function readDigits(tokens: readonly Token[], i: number): NumberReading {
  const t = tokens[i]!;
  const after = tokens[i + 1];
  const before = tokens[i - 1];
  // Identifiers: digits glued to Latin letters (80722a016a, abc123, G7).
  if (before !== undefined && !t.spaced && isLatinLetters(before)) return { kind: "skip", next: i + 1 };
  let value = t.value;
  if (Number.isNaN(value)) {
    // A decimal comma before a scale word: «1,5 مليار», "2,25 million". Elsewhere "1,5" is not a number.
    if (!Number.isNaN(t.commaDecimal) && scaleAfter(after) !== undefined) value = t.commaDecimal;
    else return { kind: "skip", next: i + 1 };
  }
  if (after !== undefined && !after.spaced && isLatinLetters(after)) {
    if (after.norm === "pc") return { kind: "exact", value, next: i + 1, words: false, digits: true }; // 30pc: percent, read by the caller
    const scale = SCALE_SUFFIXES.get(after.norm);
    if (scale !== undefined) return { kind: "exact", value: value * scale, next: i + 2, words: false, digits: true };
    return { kind: "skip", next: i + 2 }; // 3rd, 80722a, 5km
  }
  let next = i + 1;
  const scale = scaleAfter(after);
  if (scale !== undefined) {
    value *= scale;
    next++;
    // «مليون ونصف» after digits: 1 مليون ونصف.
    const half = numberWord(tokens[next]);
    if (half && half.word.kind === "fraction" && half.prefix === 1 && tokens[next]!.norm[0] === "\u0648" && !half.word.plural) {
      value += scale * half.word.value;
      next++;
    }
  } else if (isWord(after, "dozen") && after!.spaced) {
    value *= 12;
    next++;
  }
  return { kind: "exact", value, next, words: false, digits: true };
}

// ---------------------------------------------------------------- English

type Last = "none" | "unit" | "teen" | "tens" | "hundred" | "scale" | "point";

/** English number words: groups below a thousand joined by scales, "and", hyphens, "point", "a"/"one" and "dozen". */
function readEnglish(tokens: readonly Token[], i: number, stopAtAnd: boolean): NumberReading | undefined {
  const word = (k: number): NumberWord | undefined => {
    const t = tokens[k];
    if (t === undefined || t.kind !== "word" || isArabicToken(t)) return undefined;
    return NUMBER_WORDS.get(t.norm);
  };
  let j = i;
  const first = tokens[i]!;
  const w0 = word(i);

  // several hundred, a few thousand, few dozen: vague.
  if (FEW_WORDS.has(first.norm) || (isWord(first, "a") && isWord(tokens[i + 1], "few"))) {
    const k = first.norm === "a" ? i + 2 : i + 1;
    const w = word(k);
    if (w?.kind === "hundred") return { kind: "vague", min: 200, max: 999, next: k + 1, words: true, digits: false };
    if (w?.kind === "dozen") return { kind: "vague", min: 24, max: 119, next: k + 1, words: true, digits: false };
    if (w?.kind === "scale" && !w.plural) return { kind: "vague", min: 2 * w.value, max: 10 * w.value - 1, next: k + 1, words: true, digits: false };
    return undefined;
  }
  // half a million, half a dozen; half of, half the (a share).
  if (w0?.kind === "fraction" && w0.value === 0.5) {
    if (isWord(tokens[i + 1], "a", "an")) {
      const w = word(i + 2);
      if (w?.kind === "scale" && !w.plural) return { kind: "exact", value: w.value / 2, next: i + 3, words: true, digits: false };
      if (w?.kind === "dozen") return { kind: "exact", value: 6, next: i + 3, words: true, digits: false };
      return undefined;
    }
    return shareFollows(tokens[i + 1]) ? { kind: "fraction", value: 0.5, next: i + 1, words: true, digits: false } : undefined;
  }
  // Vague words: dozens, tens (of thousands), hundreds (of thousands), thousands, millions.
  if (w0?.kind === "vague" || (w0?.kind === "scale" && w0.plural)) {
    let min = w0.kind === "vague" ? w0.min : 2 * w0.value;
    let max = w0.kind === "vague" ? w0.max : 10 * w0.value - 1;
    let next = i + 1;
    if (isWord(tokens[next], "of")) {
      const w = word(next + 1);
      if (w?.kind === "scale" && w.plural) {
        min *= w.value;
        max = (max + 1) * w.value - 1;
        next += 2;
      }
    }
    return { kind: "vague", min, max, next, words: true, digits: false };
  }

  let total = 0;
  let group = 0;
  let lastScale = Infinity;
  let last: Last = "none";
  // "a"/"an"/"one" before hundred, thousand, dozen; "a couple (of)".
  if (isWord(first, "a", "an")) {
    const w = word(i + 1);
    if (isWord(tokens[i + 1], "couple")) {
      group = 2;
      last = "unit";
      j = i + 2;
      if (isWord(tokens[j], "of")) j++; // a couple of soldiers, a couple of hundred
    } else if (w && (w.kind === "hundred" || (w.kind === "scale" && !w.plural) || w.kind === "dozen")) {
      group = 1;
      last = "unit";
      j = i + 1;
    } else if (w?.kind === "fraction" && !w.plural && shareFollows(tokens[i + 2])) {
      return { kind: "fraction", value: w.value, next: i + 2, words: true, digits: false };
    } else return undefined;
  } else if (w0 === undefined) return undefined;

  let conflict = false;
  let steps = 0;
  for (; j < tokens.length && steps < 40; steps++) {
    const t = tokens[j]!;
    const w = word(j);
    if (w === undefined) {
      // "and" after a hundred or a scale: one hundred and fifty, two thousand and five.
      if (isWord(t, "and") && !stopAtAnd && (last === "hundred" || last === "scale") && isGroupStart(word(j + 1))) {
        j++;
        continue;
      }
      // "and a half": one and a half million, two and a half.
      if (isWord(t, "and") && isWord(tokens[j + 1], "a") && word(j + 2)?.kind === "fraction" && word(j + 2)!.kind === "fraction" && (word(j + 2) as { value: number }).value === 0.5 && last !== "none") {
        if (last === "scale") total += lastScale / 2;
        else group += 0.5;
        j += 3;
        if (last === "scale") break;
        last = "point";
        continue;
      }
      // twenty-five, two-thirds: a hyphen between tens and a unit, or a unit and a share.
      if (isGluedPunct(t, "-") && !tokens[j + 1]?.spaced && ((last === "tens" && word(j + 1)?.kind === "unit") || (last === "unit" && word(j + 1)?.kind === "fraction"))) {
        j++;
        continue;
      }
      // two point two (million): decimal digits spelled one by one.
      if (isWord(t, "point") && (last === "unit" || last === "teen" || last === "tens") && word(j + 1)?.kind === "unit") {
        let k = j + 1;
        let scale = 0.1;
        let fraction = 0;
        while (word(k)?.kind === "unit" && (word(k) as { value: number }).value <= 9) {
          fraction += (word(k) as { value: number }).value * scale;
          scale /= 10;
          k++;
        }
        group += fraction;
        j = k;
        last = "point";
        continue;
      }
      break;
    }
    let ok = true;
    switch (w.kind) {
      case "unit":
        if (last === "tens" && w.value >= 1 && w.value <= 9) group += w.value; // twenty-one, twenty one
        else if ((last === "none" || last === "hundred" || last === "scale") && group % 100 === 0) group += w.value;
        else ok = false;
        if (ok) last = "unit";
        break;
      case "teen":
        if ((last === "none" || last === "hundred" || last === "scale") && group % 100 === 0) group += w.value;
        else ok = false;
        if (ok) last = "teen";
        break;
      case "tens":
        if ((last === "none" || last === "hundred" || last === "scale") && group % 100 === 0) group += w.value;
        else ok = false;
        if (ok) last = "tens";
        break;
      case "hundred":
        // two hundred, nineteen hundred; not "two hundred hundred".
        if ((last === "unit" || last === "teen") && group > 0 && group < 100 && Number.isInteger(group)) group *= 100;
        else ok = false;
        if (ok) last = "hundred";
        break;
      case "scale": {
        const part = group;
        if (part === 0 && last !== "scale") ok = false;
        else if (w.value < lastScale) {
          if (part === 0) ok = false;
          else total += part * w.value;
        } else {
          // three thousand million(s): the whole number so far is multiplied.
          total = (total + part) * w.value;
        }
        if (ok) {
          group = 0;
          lastScale = w.value;
          last = "scale";
        }
        break;
      }
      case "dozen":
        if ((last === "unit" || last === "teen") && group > 0 && group < 100) {
          group *= 12;
          last = "hundred";
        } else ok = false;
        break;
      case "fraction":
        // two thirds, three quarters: a share, only as the whole reading.
        if (w.plural && last === "unit" && total === 0 && group >= 1 && group <= 9) return { kind: "fraction", value: group * w.value, next: j + 1, words: true, digits: false };
        if (!w.plural && last === "unit" && total === 0 && group === 1 && shareFollows(tokens[j + 1])) return { kind: "fraction", value: w.value, next: j + 1, words: true, digits: false };
        ok = false;
        break;
      default:
        ok = false;
    }
    if (!ok) {
      conflict = true;
      break;
    }
    j++;
  }
  if (conflict) {
    // Number words that do not compose ("five six", "two hundred hundred"): read none of them.
    let k = j;
    while (k < tokens.length && (word(k) !== undefined || isGluedPunct(tokens[k], "-"))) k++;
    return { kind: "skip", next: Math.max(k, i + 1) };
  }
  if (j === i) return undefined;
  if (last === "none") return undefined;
  return { kind: "exact", value: total + group, next: j, words: true, digits: false };
}

function isGroupStart(w: NumberWord | undefined): boolean {
  return w !== undefined && (w.kind === "unit" || w.kind === "teen" || w.kind === "tens");
}

/** A share is followed by "of", "the" or a possessive (half of, a third of the, half its). */
function shareFollows(t: Token | undefined): boolean {
  return isWord(t, "of", "the", "its", "their", "his", "her", "our", "all") || t === undefined || t.kind === "punct" || isWord(t, "in", "on", "from", "since", "last", "this", "over");
}

// ---------------------------------------------------------------- Arabic

/**
 * Arabic number words: units, teens (خمسة عشر), tens after a unit joined by و
 * (خمسة وعشرون), hundreds (مئة, مئتان, ثلاثمئة, ثلاث مئة), scales with their
 * multiplier (ثلاثة آلاف, ثلاثون ألفاً, مئتا ألف), duals (ألفان), parts joined
 * by و (glued or apart) in decreasing order, and halves and quarters of a
 * scale (مليون ونصف, نصف مليون).
 */
function readArabic(tokens: readonly Token[], i: number, stopAtAnd: boolean): NumberReading | undefined {
  const w0 = numberWord(tokens[i]);
  if (w0 === undefined) return undefined;
  const word0 = w0.word;

  // عشرات, مئات, آلاف, ملايين alone: vague; عشرات الآلاف, مئات الملايين.
  if (word0.kind === "vague" || (word0.kind === "scale" && word0.plural)) {
    let min = word0.kind === "vague" ? word0.min : 2 * word0.value;
    let max = word0.kind === "vague" ? word0.max : 10 * word0.value - 1;
    let next = i + 1;
    const w = numberWord(tokens[next]);
    if (w && w.prefix === 0 && w.word.kind === "scale" && w.word.plural) {
      min *= w.word.value;
      max = (max + 1) * w.word.value - 1;
      next++;
    }
    return { kind: "vague", min, max, next, words: true, digits: false };
  }
  // بضعة آلاف, عدة ملايين, بضع مئات.
  if (FEW_WORDS.has(tokens[i]!.norm)) return undefined;

  // نصف مليون, ربع مليون; نصف السكان (a share).
  if (word0.kind === "fraction") {
    const w = numberWord(tokens[i + 1]);
    if (w && w.prefix === 0 && w.word.kind === "scale" && !w.word.plural && !w.word.dual) {
      return { kind: "exact", value: word0.value * w.word.value, next: i + 2, words: true, digits: false };
    }
    if (word0.plural) return undefined;
    return { kind: "fraction", value: word0.value, next: i + 1, words: true, digits: false };
  }

  let total = 0;
  let group = 0;
  let lastScale = Infinity;
  let last: "unit" | "teen" | "tens" | "hundreds" | "scale" | "half" | "none" = "none";
  let lastUnit = 0;
  let j = i;
  let conflict = false;
  let steps = 0;
  for (; j < tokens.length && steps < 40; steps++) {
    let t = tokens[j]!;
    let nw = numberWord(t);
    let joined = false;
    let k = j;
    if (j > i) {
      // و written apart: «مئة و خمسة عشر».
      if (t.kind === "word" && t.norm === "\u0648" && numberWord(tokens[j + 1]) !== undefined) {
        if (stopAtAnd) break;
        k = j + 1;
        t = tokens[k]!;
        nw = numberWord(t);
        if (nw === undefined || nw.prefix !== 0) break;
        joined = true;
      } else if (nw !== undefined && nw.prefix === 1) {
        if (t.norm[0] !== "\u0648" || stopAtAnd) break; // ب ل ف begin another phrase
        joined = true;
      } else if (nw !== undefined && nw.prefix === 0 && t.norm[0] === "\u0648" && !stopAtAnd) {
        // «وأحد عشر» folds to the word «واحد»: after another number word it is و and أحد.
        const rest = NUMBER_WORDS.get(t.norm.slice(1));
        if (rest !== undefined) {
          nw = { word: rest, prefix: 1, form: t.norm.slice(1) };
          joined = true;
        }
      }
    }
    if (nw === undefined) break;
    if (j > i && !joined && nw.prefix !== 0) break;
    const w = nw.word;
    let ok = true;
    let stop = false;
    switch (w.kind) {
      case "unit":
        if (last === "none") group = w.value;
        else if (joined && group % 100 === 0 && (last === "hundreds" || last === "scale" || last === "half")) group += w.value;
        else if (joined && last === "tens" && group % 10 === 0) group += w.value; // عشرون وخمسة
        else if (joined) stop = true; // «ثلاثة وأربعة»: two figures
        else ok = false;
        if (ok && !stop) {
          last = "unit";
          lastUnit = w.value;
        }
        break;
      case "ten":
        if (!joined && last === "unit" && lastUnit >= 1 && lastUnit <= 9) {
          group += 10;
          last = "teen";
        } else if (last === "none") {
          group = 10;
          last = "unit";
          lastUnit = 10;
        } else if (joined && group % 100 === 0 && (last === "hundreds" || last === "scale")) {
          group += 10;
          last = "unit";
          lastUnit = 10;
        } else if (joined) stop = true;
        else ok = false;
        break;
      case "tens":
        if (last === "none") group = w.value;
        else if (joined && last === "unit" && lastUnit <= 9 && group % 100 === lastUnit) group += w.value; // خمسة وعشرون
        else if (joined && group % 100 === 0 && (last === "hundreds" || last === "scale")) group += w.value;
        else if (joined) stop = true;
        else ok = false;
        if (ok && !stop) last = "tens";
        break;
      case "hundreds":
        if (w.multiplies && !joined && last === "unit" && lastUnit >= 3 && lastUnit <= 9 && group === lastUnit) group = lastUnit * 100; // ثلاث مئة
        else if (last === "none") group = w.value;
        else if (joined && group === 0 && last === "scale") group = w.value;
        else if (joined) stop = true;
        else ok = false;
        if (ok && !stop) last = "hundreds";
        break;
      case "scale": {
        let part: number | undefined;
        // ألفاً written with its tanween is the singular, not the dual ألفا.
        const dual = w.dual === true && !(w.tanween && t.text.includes("\u064b"));
        if (last === "none") part = (dual ? 2 : 1) * w.value;
        else if (!joined && group > 0) {
          // A multiplier before the scale: ثلاثة آلاف, ثلاثون ألفاً, مئتا ألف. A dual after one is the tanween singular (ألفاً).
          if (w.dual && !w.tanween) ok = false;
          else part = group * w.value;
        } else if (joined && group === 0 && last === "scale" && w.value < lastScale && !w.plural) part = (dual ? 2 : 1) * w.value; // مليون وألف
        else if (!joined && group === 0 && last === "scale" && w.value > lastScale && !w.dual) {
          // ألف مليون: the scale multiplies the number so far.
          total *= w.value;
          lastScale = w.value;
          last = "scale";
          break;
        } else if (joined) stop = true;
        else ok = false;
        if (part !== undefined) {
          // Scales come in decreasing order (ثلاثة ملايين وخمسمئة ألف); "ثلاثة آلاف وخمسة ملايين" is not a number.
          if (w.value >= lastScale) ok = false;
          else {
            total += part;
            group = 0;
            lastScale = w.value;
            last = "scale";
          }
        }
        break;
      }
      case "fraction":
        // مليون ونصف, ثلاثة آلاف ونصف: a half or quarter of the last scale.
        if (joined && last === "scale" && !w.plural && (w.value === 0.5 || w.value === 0.25)) {
          total += lastScale * w.value;
          last = "half";
          j = k + 1;
          stop = true;
        } else if (!joined && last === "unit" && w.plural && lastUnit >= 2 && lastUnit <= 9 && total === 0 && group === lastUnit) {
          // ثلاثة أرباع: a share.
          return { kind: "fraction", value: lastUnit * w.value, next: k + 1, words: true, digits: false };
        } else if (joined) stop = true;
        else ok = false;
        break;
      default:
        if (joined) stop = true;
        else ok = false;
    }
    if (!ok) {
      conflict = true;
      break;
    }
    if (stop) break;
    j = k + 1;
  }
  if (conflict) {
    let k = j;
    while (k < tokens.length && numberWord(tokens[k]) !== undefined) k++;
    return { kind: "skip", next: Math.max(k, i + 1) };
  }
  if (last === "none" || j === i) return undefined;
  return { kind: "exact", value: total + group, next: j, words: true, digits: false };
}
