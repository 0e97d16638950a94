// Forum software prints a card beside each post with the poster's record ("Posts: 1,077",
// "Registered: 2016-07-02", "Join Date: Aug 2008"): who wrote, not what was written. Its class
// names vary by software; its fields' whole text does not. Read on every page type: a thread is
// not always taken for a forum (a board read as an article or a listing), and the value must be a
// count or a date, which an article's "Location: Boston" or a sentence after a colon is not.
import { DOM_VOCABULARY } from "./vocabulary.js";

/** Longer text is a sentence, not a field. */
const MAX_FIELD_CHARS = 40;
/** A card's fields printed as one block, a line each ("Messages:" above "Trophy Points:"). */
const MAX_FIELD_LINES = 6;

const isField = (text: string): boolean => text.length <= MAX_FIELD_CHARS && DOM_VOCABULARY.posterCardField.re.test(text);

/** The block's text is a field of a poster's card, or each of its few lines is one. */
export const isPosterCardBlock = (text: string, lines: readonly string[]): boolean =>
  isField(text) || (lines.length > 1 && lines.length <= MAX_FIELD_LINES && lines.every((line) => isField(line.trim())));
