/**
 * The folded words a figure or a date can begin with: the first words of
 * every built-in table. Other words are passed over without trying a reading
 * at them, which keeps the scan fast on long text.
 */
import { fold } from "./text.js";
import {
  DEADLINES,
  FROM_WORDS,
  HEDGES,
  MODIFIERS,
  MONTH_BEFORE,
  MONTH_PAIRS,
  MONTH_WORDS,
  MONTHS,
  NUMBER_WORDS,
  RELATIVE,
  YEAR_WORDS,
} from "./words.js";

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
  ...YEAR_WORDS,
  ...MONTH_WORDS,
  ...FROM_WORDS,
  fold("و"), "a", "one", "and",
]);
