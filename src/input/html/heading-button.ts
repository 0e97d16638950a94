// A heading written as a button: an accordion's question ("<h3><button>How does trade-in
// work?</button></h3>") whose script adds the aria-expanded and aria-controls a disclosure toggle
// shows (disclosure-toggle.ts) only once it runs, or never. The heading around it says the button
// is a title, and a title of several words is a FAQ's question or a section's name, kept with the
// answer below it; a short one ("Details", "Copy item path") is a control's label and goes.
// Counted on the dev set before it was built (buttons right under a heading, all 1,497 pages): of
// four words or more they held 175 words of the truths against 37 outside them (the FAQ questions
// of a shop's and a service's page, against one article's FAQ that its truth leaves out); shorter
// ones 15 against 58 (and 19 kept anyway).
import { isElement, walk, type DomElement } from "./dom.js";
import { DOM_VOCABULARY } from "./vocabulary.js";
import type { TextStats } from "./text-stats.js";

const { headingTags: HEADINGS } = DOM_VOCABULARY;
const MIN_WORDS = 4;
/** Nodes of a button read at most: a label is a line; a larger one is left as it is. */
const MAX_BUTTON_NODES = 64;

/** Whether the button is all the text of the heading around it, in words enough for a title. */
export function isHeadingButton(el: DomElement, stats: TextStats): boolean {
  const heading = el.parent;
  if (el.name !== "button" || !heading || !isElement(heading) || !HEADINGS.has(heading.name)) return false;
  if ((stats.text.get(heading) ?? 0) !== (stats.text.get(el) ?? 0)) return false;
  return wordsAtLeast(el, MIN_WORDS);
}

function wordsAtLeast(el: DomElement, least: number): boolean {
  let words = 0;
  let seen = 0;
  // Once the words are enough or the button too large to be a label, nothing more is read.
  walk(el, (node) => {
    if (words >= least || ++seen > MAX_BUTTON_NODES) return false;
    if (node.type === "text") {
      for (const w of (node.data ?? "").split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(w) && ++words >= least) break;
      return false;
    }
    return isElement(node) && node.type === "tag";
  });
  return words >= least;
}
