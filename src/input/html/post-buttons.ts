// A thread prints the buttons under each post or comment as blocks of their own ("Reply",
// "Quote", "Report", "Permalink", "Embed", "Share", "12 likes"): they work the thread, they are
// not what anyone wrote. Their class names vary by site; their whole text does not. Read on every
// page type: a thread is not always taken for a forum (a link aggregator's comments read as a
// listing), articles and shops print share and like buttons too, and `forum-labels.ts` is forums
// only.
import { DOM_VOCABULARY } from "./vocabulary.js";

/** Longer blocks are sentences, not a row of buttons. */
const MAX_BUTTONS_CHARS = 60;

export const isPostButtons = (text: string): boolean => text.length <= MAX_BUTTONS_CHARS && DOM_VOCABULARY.postButtons.re.test(text);
