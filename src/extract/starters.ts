/**
 * The folded words a figure or a date can begin with: the first words of
 * every built-in table. Other words are passed over without trying a reading
 * at them, which keeps the scan fast on long text.
 */
import { fold } from "./text.js";
import {
  DAY_WORDS,
  DEADLINES,
  FEW_WORDS,
  FIRST_DAY_WORDS,
  FROM_WORDS,
  HEDGES,
  HIJRI_MONTHS,
  MINUS_WORDS,
  MODIFIERS,
  MONTH_BEFORE,
  MONTH_PAIRS,
  MONTH_WORDS,
  MONTHS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PART_ORDINALS,
  PART_WORDS,
  RELATIVE,
  WEEKDAYS,
  YEAR_WORDS,
} from "./words.js";

/** The folded words a date can begin with (with its deadline word, modifier, or range opener). @internal */
export const DATE_STARTERS: ReadonlySet<string> = new Set([
  ...DEADLINES.keys(),
  ...MODIFIERS.keys(),
  ...MONTH_PAIRS.keys(),
  ...RELATIVE.keys(),
  ...MONTHS.keys(),
  ...MONTH_BEFORE.keys(),
  ...WEEKDAYS.keys(),
  ...HIJRI_MONTHS.keys(),
  ...ORDINAL_WORDS.keys(),
  ...PART_WORDS.keys(),
  ...PART_ORDINALS.keys(),
  ...YEAR_WORDS,
  ...MONTH_WORDS,
  ...FROM_WORDS,
  ...DAY_WORDS,
  ...FIRST_DAY_WORDS,
  fold("بين"), fold("ما"), fold("الأسبوع"), "between", "the", "q", "h", "mid",
]);

/** @internal */
export const STARTERS: ReadonlySet<string> = new Set([
  ...HEDGES.keys(),
  ...DEADLINES.keys(),
  ...MODIFIERS.keys(),
  ...MONTH_PAIRS.keys(),
  ...RELATIVE.keys(),
  ...MONTHS.keys(),
  ...MONTH_BEFORE.keys(),
  ...NUMBER_WORDS.keys(),
  ...WEEKDAYS.keys(),
  ...HIJRI_MONTHS.keys(),
  ...ORDINAL_WORDS.keys(),
  ...PART_WORDS.keys(),
  ...PART_ORDINALS.keys(),
  ...YEAR_WORDS,
  ...MONTH_WORDS,
  ...FROM_WORDS,
  ...DAY_WORDS,
  ...FIRST_DAY_WORDS,
  ...MINUS_WORDS,
  ...FEW_WORDS,
  fold("و"), "a", "an", "one", "and", "the", "q", "h",
]);
