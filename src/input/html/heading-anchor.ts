// A heading's anchor: content systems and markdown renderers give each heading an id spelled from
// its own words ("what-is-social-media-marketing", WordPress's "h-travel-related-coverage") so
// that a table of contents can link to it. Such an id says what the heading reads, not what the
// element is for, and a negative class word in it ("social", "related", "share", "credit") is the
// heading's topic: the heading "What Is Social Media Marketing?" went as a social-share bar.
// Counted on the dev set before it was built: headings pruned by a negative word whose id spells
// their text held 367 words of the truths against 24 outside them (articles 333 against 16, on
// 17 pages), while their class words (`widget-title`, `cta-banner__title`) name chrome as
// often as not and are still read.
import { isElement, walk, type DomElement } from "./dom.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

const { headingTags: HEADINGS, anchorIdPrefix: PREFIX, negativeClass: NEGATIVE } = DOM_VOCABULARY;
/** Letters of an id that make it a spelling of words: "h-ads" or "faq" say little. */
const MIN_ID_LETTERS = 8;
/** Nodes of a heading read at most: a heading is a line; a larger one is left as it is. */
const MAX_HEADING_NODES = 64;

/** Letters and digits, lower-cased, accents dropped: how a slug spells a text. */
const spelled = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Whether the element is a heading, or an element right inside one (a wiki's headline span),
 *  whose id spells the start of its own text. */
export function isHeadingAnchor(el: DomElement): boolean {
  const id = el.attribs.id;
  if (!id || !(HEADINGS.has(el.name) || inHeading(el))) return false;
  // A second heading of the same words gets a counter ("faq-2"); a prefix says it is a heading's.
  const bare = id.trim().toLowerCase().replace(PREFIX.re, "").replace(/[-_]\d{1,2}$/u, "");
  const key = spelled(bare);
  if (key.length < MIN_ID_LETTERS || isChromeTitle(bare)) return false;
  const text = textStart(el, key.length);
  return text !== undefined && spelled(text).startsWith(key);
}

/** A heading of one or two words that opens with a negative word ("Related posts", "Sponsored
 *  links") is the title of the chrome it names, whatever its id: the id is read as before (and
 *  the text rules know such titles and what follows them). */
function isChromeTitle(bare: string): boolean {
  if (bare.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length > MAX_TITLE_WORDS) return false;
  return NEGATIVE.re.exec(bare)?.index === 0;
}
const MAX_TITLE_WORDS = 2;

const inHeading = (el: DomElement): boolean => el.parent !== null && isElement(el.parent) && HEADINGS.has(el.parent.name);

/** The heading's text up to about `letters` letters (not all of it), or undefined when the heading
 *  is too large to be one. */
function textStart(el: DomElement, letters: number): string | undefined {
  let text = "";
  let seen = 0;
  let read = "on" as "on" | "enough" | "too large";
  walk(el, (node) => {
    if (read !== "on") return false;
    if (++seen > MAX_HEADING_NODES) {
      read = "too large";
      return false;
    }
    if (node.type === "text") {
      text += node.data ?? "";
      // Spelled text is never longer than the raw text, so twice the letters (punctuation and
      // spaces) and a margin is enough to decide.
      if (text.length > 2 * letters + 40 && spelled(text).length >= letters) read = "enough";
      return false;
    }
    return isElement(node) && node.type === "tag";
  });
  return read === "too large" ? undefined : text;
}
