import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAliasResolver, normalizeLabel } from "../../src/normalize/index.js";
import { isCompatibility } from "../../src/normalize/label.js";
import { cpuMs } from "../cpu-time.js";

describe("normalizeLabel rules", () => {
  // [rule, input, expected]
  const rows: ReadonlyArray<readonly [string, string, string]> = [
    // Brief examples
    ["example: spaces and case", "  Ain   al-Asad ", "ain al-asad"],
    ["example: Latin diacritics", "Açaí", "acai"],
    ["example: teh marbuta, tashkeel, hamza alef", "قاعدة عَيْن الأسد", "قاعده عين الاسد"],
    ["example: dotted capital I", "İstanbul", "istanbul"],
    ["example: ta marbuta in Syria", "سورية", "سوريه"],
    // Case
    ["lowercase ASCII", "CAMP VICTORY", "camp victory"],
    ["lowercase Greek", "ΑΘΗΝΑ", "αθηνα"],
    ["lowercase Cyrillic", "МОСКВА", "москва"],
    // Whitespace
    ["trim", "\t victory \n", "victory"],
    ["tabs and newlines collapse", "camp\t\tvictory\r\nbase", "camp victory base"],
    ["NBSP", "camp\u00a0victory", "camp victory"],
    ["en quad .. hair space", "a\u2000b\u2005c\u200ad", "a b c d"],
    ["ideographic space", "a\u3000b", "a b"],
    ["narrow NBSP and line separator", "a\u202f\u2028b", "a b"],
    ["only whitespace", " \t\n\u00a0 ", ""],
    ["empty", "", ""],
    // Format characters
    ["zero-width space", "vic\u200btory", "victory"],
    ["ZWNJ and ZWJ", "vic\u200ct\u200dory", "victory"],
    ["LRM and RLM", "\u200eعين الأسد\u200f", "عين الاسد"],
    ["bidi embedding and override", "\u202bالنصر\u202c \u202dx\u202e", "النصر x"],
    ["bidi isolates", "\u2066A\u2067B\u2068C\u2069", "abc"],
    ["byte order mark", "\ufeffvictory", "victory"],
    ["Arabic letter mark", "\u061cالنصر", "النصر"],
    ["format character between spaces", "a \u200b b", "a b"],
    // Latin diacritics
    ["acute, grave, circumflex", "ÉÈÊ", "eee"],
    ["cedilla and tilde", "Ça São", "ca sao"],
    ["decomposed input", "Ac\u0327ai\u0301", "acai"],
    ["umlaut", "Köln", "koln"],
    // Arabic tashkeel
    ["fatha, damma, kasra", "بَغُدِاد", "بغداد"],
    ["tanween", "جنديًا وجنديٌ وجنديٍ", "جنديا وجندي وجندي"],
    ["shadda and sukun", "النّصْر", "النصر"],
    ["superscript alef", "هٰذا", "هذا"],
    ["Quranic marks", "بِسْمِ\u0610 ٱللَّهِ\u06d6", "بسم الله"],
    // Tatweel
    ["tatweel", "سـوريا", "سوريا"],
    ["several tatweels", "بـــغداد", "بغداد"],
    // Alef variants
    ["alef with hamza above", "أربيل", "اربيل"],
    ["alef with hamza below", "إيران", "ايران"],
    ["alef with madda", "آخرين", "اخرين"],
    ["alef wasla", "ٱلنصر", "النصر"],
    ["decomposed alef with hamza", "\u0627\u0654ربيل", "اربيل"],
    ["alef with hamza and fatha", "أَربيل", "اربيل"],
    ["alef, tatweel, hamza", "\u0627\u0640\u0654", "ا"],
    // Hamza on waw and yeh is kept
    ["waw with hamza kept", "مؤتمر", "مؤتمر"],
    ["yeh with hamza kept", "رئيس", "رئيس"],
    // Yeh
    ["alef maksura", "مصطفى", "مصطفي"],
    ["Persian yeh", "ایران", "ايران"],
    // Teh marbuta
    ["teh marbuta", "قاعدة", "قاعده"],
    // Persian keheh
    ["Persian keheh", "کردستان", "كردستان"],
    // Digits
    ["Arabic-Indic digits", "٢٠٢٥", "2025"],
    ["Persian digits", "۱۴۰۰", "1400"],
    ["mixed digits", "قرابة ١٤٠٠ جندي", "قرابه 1400 جندي"],
    // Compatibility characters (NFKC)
    ["Arabic presentation forms", "ﺳﻮﺭﻳﺎ", "سوريا"],
    ["presentation forms with hamza and teh marbuta, as copied from a PDF", "ﺍﻟﻘﻮﺍﺕ ﺍﻷﻣﺮﻳﻜﻴﺔ", "القوات الامريكيه"],
    ["lam-alef ligature", "ﻻ", "لا"],
    ["lam-alef with hamza ligature", "ﻷ", "لا"],
    ["Allah ligature", "ﷲ", "الله"],
    ["presentation form of a mark (fathatan)", "ﺟﻨﺪﻳﹰ", "جندي"],
    ["fullwidth Latin", "ＳＹＲＩＡ", "syria"],
    ["fullwidth digits", "１４００", "1400"],
    ["halfwidth katakana", "ｶﾀｶﾅ", "カタカナ"],
    ["fi and fl ligatures", "ﬁeld ﬂag", "field flag"],
    ["superscript digit", "km²", "km2"],
    ["circled digit", "①", "1"],
    ["Roman numeral", "Ⅻ", "xii"],
    ["mathematical bold letters", "𝐒𝐲𝐫𝐢𝐚", "syria"],
    ["long s", "ſyria", "syria"],
    ["dz digraph", "ǄAVA", "dzava"],
  ];

  it.each(rows)("%s", (_rule, input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });

  it("makes the brief's Arabic spelling variants equal", () => {
    expect(normalizeLabel("الأنبار")).toBe(normalizeLabel("الانبار"));
    expect(normalizeLabel("سـوريا")).toBe(normalizeLabel("سوريا"));
    expect(normalizeLabel("مصطفى")).toBe(normalizeLabel("مصطفي"));
    expect(normalizeLabel("سورية")).toBe("سوريه");
  });

  it("matches presentation forms and fullwidth letters with the names they spell", () => {
    const resolver = createAliasResolver([{ id: "syria", labels: ["Syria", "سوريا"] }, { id: "us-forces", labels: ["القوات الأمريكية"] }]);
    expect(resolver.resolve("ﺳﻮﺭﻳﺎ")).toBe("syria");
    expect(resolver.resolve("ＳＹＲＩＡ")).toBe("syria");
    expect(resolver.resolve("ﺍﻟﻘﻮﺍﺕ ﺍﻷﻣﺮﻳﻜﻴﺔ")).toBe("us-forces");
  });

  it("returns NFC", () => {
    for (const [, input] of rows) {
      const out = normalizeLabel(input);
      expect(out).toBe(out.normalize("NFC"));
    }
  });

  it("treats prototype property names as ordinary text", () => {
    expect(normalizeLabel("__proto__")).toBe("__proto__");
    expect(normalizeLabel("Constructor")).toBe("constructor");
  });

  // That it takes linear time is measured in test/robustness/linear-time.test.ts (the same text is one of its patterns).
  it("normalises a long label as it normalises its parts", () => {
    const long = "أَ ـ\u200b  ".repeat(200_000);
    expect(normalizeLabel(long)).toBe(Array.from({ length: 200_000 }, () => "ا").join(" "));
  });

  it("runs in linear time: sixteen times the text, far less than 256 (quadratic) times the time", () => {
    // A growth ratio, best of several runs in processor time, never a time bound. The texts leave little output, so
    // the ratio measures the normalisation steps (a run of marks is what sorting could make quadratic)
    // rather than the engine building a long string, which is itself worse than linear.
    const best = (text: string) => {
      let fastest = Infinity;
      for (let run = 0; run < 7; run++) fastest = Math.min(fastest, cpuMs(() => normalizeLabel(text)));
      return fastest;
    };
    const texts: Array<[string, (n: number) => string, string]> = [
      ["invisible characters and marks", (n) => "\u200b\u064e\u0640\u202a".repeat(n), ""],
      ["one run of marks of two classes", (n) => `a${"\u0301\u0327".repeat(n)}`, "a"],
      ["presentation forms of marks", (n) => "\ufe70\ufe72\ufe76".repeat(n), ""],
      ["spaces", (n) => " \u3000\u00a0\t".repeat(n), ""],
    ];
    for (const [what, make, expected] of texts) {
      expect(normalizeLabel(make(320_000)), what).toBe(expected);
      expect(best(make(320_000)) / Math.max(best(make(20_000)), 0.1), what).toBeLessThan(120);
    }
  });
});

/** Characters chosen to hit every rule, and their interactions. */
const trickyChars: readonly string[] = [
  // Arabic letters, including every mapped one
  ..."اأإآٱبتةثجحخدذرزسشصضطظعغفقكکلمنهوؤيىیئءه",
  // tashkeel, superscript alef, hamza/madda marks, tatweel, Quranic marks
  "\u064b", "\u064c", "\u064d", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652",
  "\u0670", "\u0653", "\u0654", "\u0655", "\u0656", "\u0640", "\u0610", "\u061a", "\u06d6", "\u06ed",
  // digits
  ..."٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789",
  // Latin with and without diacritics, combining marks, special casing
  ..."aAeEiIoOuUcCsSzZ", ..."ÀÁÂÃÄÅÇÈÉÊËÍÎÏÑÓÖØÚÜàáâãäåçèéêëíîïñóöøúüİıßẞǅǄ",
  "\u0300", "\u0301", "\u0302", "\u0303", "\u0308", "\u0327", "\u0307", "\u0345", "\u1dc0",
  ..."ΣσςΑΩ", "\u2126", "\u212b", "\u212a",
  // whitespace and format characters
  " ", "  ", "\t", "\n", "\r", "\u00a0", "\u2000", "\u2003", "\u200a", "\u3000", "\u2028", "\u0085",
  "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff", "\u061c", "\u2060",
  // Hangul jamo (recompose), astral marks, lone surrogates
  "\u1100", "\u1161", "\u11a8", "\u{10efd}", "\u{1d165}", "\ud800", "\udfff",
  // compatibility characters: Arabic presentation forms (letters, ligatures, marks), fullwidth, ligatures,
  // superscripts, circled, Roman numerals, mathematical letters, and ones that decompose to marks or spaces
  ..."ﺳﻮﺭﻳﺎﻻﻷﻵﻹﷲﷺﺁﺃﺇﺓﻯﹰﹲﹴﹶﹸﹺﹼﹾﭖﮎﯼ", "\ufe70", "\ufe7c", "\ufdf2", "\ufefb",
  ..."ＳＹｓｙ１４ｶﾞﾟﬁﬂﬀ²³¹ⁿ①⑴⒜Ⅻⅻ℡™Ω", "\u{1d412}", "\u{1d432}", "\u{1ee00}", "\u{1f130}",
  "\u0f77", "\u0f79", "\u1fed", "\u309b", "\u03f4", "\u0675", "\u0e33", "\u017f", "\u01c4", "\u3250",
];

const trickyString = fc
  .array(fc.constantFrom(...trickyChars), { maxLength: 40 })
  .map((parts) => parts.join(""));

const anyString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  trickyString,
);

describe("normalizeLabel properties", () => {
  it("is idempotent on arbitrary grapheme strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const once = normalizeLabel(s);
        expect(normalizeLabel(once)).toBe(once);
      }),
      { numRuns: 2_000 },
    );
  });

  it("is idempotent on strings mixing Arabic, Latin diacritics, marks and spaces", () => {
    fc.assert(
      fc.property(trickyString, (s) => {
        const once = normalizeLabel(s);
        expect(normalizeLabel(once)).toBe(once);
      }),
      { numRuns: 5_000 },
    );
  });

  it("never throws and never leaves leading, trailing or double spaces", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = normalizeLabel(s);
        expect(out).not.toMatch(/^ | $|  /);
        expect(out).not.toMatch(/[\t\n\r\u00a0\u2000-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c\u3000]/);
      }),
      { numRuns: 3_000 },
    );
  });

  it("is insensitive to surrounding whitespace", () => {
    fc.assert(
      fc.property(trickyString, fc.constantFrom(" ", "\t", "\u00a0", "\n \u3000"), (s, ws) => {
        const out = normalizeLabel(s);
        expect(normalizeLabel(`${ws}${s}${ws}`)).toBe(out);
      }),
      { numRuns: 2_000 },
    );
  });

  it("reads text in NFKC as it reads the text itself", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(normalizeLabel(s.normalize("NFKC"))).toBe(normalizeLabel(s));
        expect(normalizeLabel(s.normalize("NFC"))).toBe(normalizeLabel(s));
      }),
      { numRuns: 5_000 },
    );
  });

  it("leaves no compatibility character: its output is in NFKC", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = normalizeLabel(s);
        expect(out).toBe(out.normalize("NFKC"));
      }),
      { numRuns: 3_000 },
    );
  });

  it("leaves no alef variant, tashkeel, tatweel or non-ASCII digit", () => {
    fc.assert(
      fc.property(trickyString, (s) => {
        expect(normalizeLabel(s)).not.toMatch(
          /[\u0622\u0623\u0625\u0671\u0649\u06cc\u0629\u06a9\u064b-\u0652\u0670\u0640\u0660-\u0669\u06f0-\u06f9\u0300-\u036f]/,
        );
      }),
      { numRuns: 3_000 },
    );
  });
});

describe("compatibility characters", () => {
  it("are known to the quick check: every code point that NFKC changes where NFC does not", () => {
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      if (char.normalize("NFKC") === char.normalize("NFC")) continue;
      // The quick check reads UTF-16 code units: a character beyond the BMP is caught by its surrogates.
      const caught = [...Array(char.length).keys()].some((i) => isCompatibility(char.charCodeAt(i)));
      if (!caught) missed.push(`U+${cp.toString(16).toUpperCase()}`);
      // and the label reads as its NFKC form, alone and between letters
      if (normalizeLabel(char) !== normalizeLabel(char.normalize("NFKC"))) missed.push(`label of U+${cp.toString(16).toUpperCase()}`);
      if (normalizeLabel(`a${char}ب`) !== normalizeLabel(`a${char.normalize("NFKC")}ب`)) missed.push(`label with U+${cp.toString(16).toUpperCase()}`);
    }
    expect(missed).toEqual([]);
  });

  it("are not the letters of plain text: ASCII and Arabic letters, marks and digits take the quick path", () => {
    for (const text of ["us-forces", "Ain al-Asad 2025", "القوات الأمريكية", "قاعدة عَيْن الأسد", "١٤٠٠"]) {
      expect([...text].some((char) => isCompatibility(char.charCodeAt(0)))).toBe(false);
    }
  });
});
