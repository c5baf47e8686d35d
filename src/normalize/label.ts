/**
 * Label normalisation: the one function used to decide whether two spellings
 * of a subject, a scope value, a text value or a source name are "the same
 * label". Pure code, no Node APIs.
 */

/** ARABIC LETTER ALEF (ا), the target of every alef variant. */
const ALEF = 0x0627;

/**
 * True for the invisible format characters that are removed: zero-width
 * space/joiners and directional marks (U+200B–U+200F), bidi embeddings and
 * overrides (U+202A–U+202E), bidi isolates (U+2066–U+2069), the word joiner
 * (U+2060), the byte order mark (U+FEFF) and the Arabic letter mark (U+061C).
 */
function isFormat(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0x2060 ||
    cp === 0xfeff ||
    cp === 0x061c
  );
}

/**
 * True for Unicode White_Space characters (tabs, line breaks, NBSP, the
 * U+2000–U+200A spaces, U+3000 ideographic space, …).
 */
function isWhitespace(cp: number): boolean {
  if (cp <= 0x20) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d);
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/**
 * True for the marks that are dropped: Latin combining diacritics
 * (U+0300–U+036F, seen after NFD), Arabic tashkeel (U+064B–U+0652), the
 * superscript alef (U+0670), Quranic annotation marks (U+0610–U+061A,
 * U+06D6–U+06ED) and the tatweel (U+0640).
 */
function isDropped(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x064b && cp <= 0x0652) ||
    cp === 0x0670 ||
    cp === 0x0640 ||
    (cp >= 0x0610 && cp <= 0x061a) ||
    (cp >= 0x06d6 && cp <= 0x06ed)
  );
}

/**
 * Maps one code point to its canonical spelling; returns it unchanged when no
 * rule applies. Alef variants have already been split by NFD into alef plus
 * U+0653/U+0654/U+0655, which {@link normalizeLabel} drops after an alef.
 */
function mapCodePoint(cp: number): number {
  if (cp >= 0x0660 && cp <= 0x0669) return cp - 0x0660 + 0x30; // Arabic-Indic digits
  if (cp >= 0x06f0 && cp <= 0x06f9) return cp - 0x06f0 + 0x30; // Persian digits
  switch (cp) {
    case 0x0622: // آ alef with madda (only if not decomposed)
    case 0x0623: // أ alef with hamza above
    case 0x0625: // إ alef with hamza below
    case 0x0671: // ٱ alef wasla
      return ALEF;
    case 0x0649: // ى alef maksura
    case 0x06cc: // ی Farsi yeh
      return 0x064a; // ي
    case 0x0629: // ة teh marbuta
      return 0x0647; // ه
    case 0x06a9: // ک keheh
      return 0x0643; // ك
    default:
      return cp;
  }
}

/** Combining madda/hamza marks that, on an alef, make the alef variants آ أ إ. */
function isAlefHamzaMark(cp: number): boolean {
  return cp === 0x0653 || cp === 0x0654 || cp === 0x0655;
}

const COMBINING_MARK = /^\p{M}$/u;

/**
 * The UTF-16 code units of the Basic Multilingual Plane that NFKC may change
 * where NFC does not, as ranges (start, end, start, end, …; a superset, gaps
 * of up to 64 merged): compatibility characters such as Arabic presentation
 * forms (U+FB50–U+FDFF, U+FE70–U+FEFF, which text copied from PDFs has),
 * ligatures (ﬁ), fullwidth and halfwidth forms (Ｓ), superscripts (²),
 * circled and parenthesised letters and digits, letterlike symbols and CJK
 * compatibility forms. Every surrogate (a character beyond the BMP) counts
 * too: mathematical alphanumerics, enclosed letters and Arabic mathematical
 * letters are there. A test checks the table against every code point.
 */
const COMPATIBILITY = [
  0x00a0, 0x00be, 0x0132, 0x017f, 0x01c4, 0x01f3, 0x02b0, 0x02e4, 0x037a, 0x0385, 0x03d0, 0x03f9, 0x0587, 0x0587,
  0x0675, 0x0678, 0x0e33, 0x0e33, 0x0eb3, 0x0f0c, 0x0f77, 0x0f79, 0x10fc, 0x10fc, 0x1d2c, 0x1dbf, 0x1e9a, 0x1e9b,
  0x1fbd, 0x20a8, 0x2100, 0x2189, 0x222c, 0x2230, 0x2460, 0x24ea, 0x2a0c, 0x2a0c, 0x2a74, 0x2a76, 0x2c7c, 0x2c7d,
  0x2d6f, 0x2d6f, 0x2e9f, 0x2e9f, 0x2ef3, 0x303a, 0x309b, 0x309f, 0x30ff, 0x319f, 0x3200, 0x33ff, 0xa69c, 0xa69d,
  0xa770, 0xa770, 0xa7f1, 0xa7f9, 0xab5c, 0xab69, 0xd800, 0xdfff, 0xfb00, 0xffee,
];

/**
 * Whether NFKC may change a UTF-16 code unit that NFC leaves (see
 * {@link COMPATIBILITY}; internal: exported for its test against every code point).
 * @internal
 */
export function isCompatibility(unit: number): boolean {
  if (unit >= 0x0600 && unit <= 0x06ff) return unit >= 0x0675 && unit <= 0x0678; // Arabic letters, the common case
  for (let k = 0; k < COMPATIBILITY.length && unit >= COMPATIBILITY[k]!; k += 2) {
    if (unit <= COMPATIBILITY[k + 1]!) return true;
  }
  return false;
}

/**
 * Normalises a label so that spelling variants of one name compare equal.
 *
 * Applied rules: Unicode NFKC, so that compatibility characters read as the
 * letters they stand for (Arabic presentation forms as in text copied from
 * PDFs, ﻻ → لا, fullwidth ＳＹＲＩＡ → syria, ﬁ → fi, ² → 2); removal of zero-width and bidi format characters;
 * every whitespace run (tabs, newlines, NBSP, U+2000–U+200A, U+3000, …) becomes
 * one ASCII space and the ends are trimmed; locale-independent lowercasing;
 * Latin diacritics (U+0300–U+036F) removed; Arabic tashkeel, superscript alef,
 * Quranic marks and tatweel removed; alef variants أ إ آ ٱ → ا; ى and Persian
 * ی → ي; ة → ه; Persian ک → ك; Arabic-Indic and Persian digits → ASCII digits.
 * Hamza on waw and yeh (ؤ ئ) is kept. The result is in NFC.
 *
 * Runs in time linear in the length of the label and is idempotent:
 * `normalizeLabel(normalizeLabel(x)) === normalizeLabel(x)`; text in NFKC
 * or not reads the same: `normalizeLabel(x.normalize("NFKC")) ===
 * normalizeLabel(x)`. Never throws.
 *
 * @param label - Any text: a subject, a scope value, a source name, …
 * @returns The normalised label; the empty string when nothing visible remains.
 *
 * @example
 * normalizeLabel("  Ain   al-Asad ");   // "ain al-asad"
 * normalizeLabel("Açaí");               // "acai"
 * normalizeLabel("قاعدة عَيْن الأسد");  // "قاعده عين الاسد"
 * normalizeLabel("الأنبار") === normalizeLabel("الانبار"); // true
 * normalizeLabel("ﺳﻮﺭﻳﺎ");              // "سوريا" (presentation forms)
 */
export function normalizeLabel(label: string): string {
  // NFC first so that lowercasing sees composed characters, then NFD so that
  // diacritics and alef hamza/madda become separate, droppable marks. NFKC
  // instead of NFC when compatibility characters may be there: it gives the
  // same text otherwise, at a cost every label would pay.
  const { safe, compatibility } = prepare(label);
  const text = safe.normalize(compatibility ? "NFKC" : "NFC").toLowerCase().normalize("NFD");

  let out = "";
  let pendingSpace = false;
  // True while the last character written is an alef followed only by
  // combining marks: a madda/hamza mark there would recompose into آ أ إ.
  let afterAlef = false;

  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    i += cp > 0xffff ? 2 : 1;

    if (isFormat(cp) || isDropped(cp)) continue;
    if (isWhitespace(cp)) {
      if (out.length > 0) pendingSpace = true;
      afterAlef = false;
      continue;
    }
    if (afterAlef && isAlefHamzaMark(cp)) continue;

    const mapped = mapCodePoint(cp);
    if (pendingSpace) {
      out += " ";
      pendingSpace = false;
    }
    out += String.fromCodePoint(mapped);

    if (mapped === ALEF) afterAlef = true;
    else if (afterAlef) afterAlef = COMBINING_MARK.test(String.fromCodePoint(cp));
  }

  // Recompose what remains (e.g. و + hamza → ؤ, ي + hamza → ئ).
  return out.normalize("NFC");
}

/**
 * Reads the label once, for what normalising it needs: whether it has a
 * compatibility character (see {@link COMPATIBILITY}), and the label with at
 * most 30 combining marks in a row (Unicode's Stream-Safe Text Format, UAX
 * #15): Unicode normalisation sorts runs of marks in quadratic time, and no
 * real name has more than a handful.
 */
function prepare(label: string): { safe: string; compatibility: boolean } {
  let run = 0;
  let compatibility = false;
  for (let i = 0; i < label.length; i++) {
    const unit = label.charCodeAt(i);
    // Below U+00A0 nothing is a compatibility character, below U+0300 nothing a combining mark.
    if (unit < 0xa0) {
      run = 0;
      continue;
    }
    if (!compatibility && isCompatibility(unit)) compatibility = true;
    run = unit >= 0x300 && COMBINING_MARK.test(label[i]!) ? run + 1 : 0;
    if (run > 30) return { safe: streamSafe(label), compatibility: true }; // NFKC: right whatever the rest holds
  }
  return { safe: label, compatibility };
}

/** The label with at most 30 combining marks in a row. */
function streamSafe(label: string): string {
  let out = "";
  let run = 0;
  for (const ch of label) {
    run = COMBINING_MARK.test(ch) ? run + 1 : 0;
    if (run <= 30) out += ch;
  }
  return out;
}
