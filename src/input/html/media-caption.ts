// A picture's caption: the <figcaption> of a <figure> that shows an image, a video or an embed,
// or an element named a caption (caption-class) beside one. It describes the picture and credits
// its maker ("Photo: Ann Lee / Agency"), and readers and annotators alike leave it out of the
// article's running text. Counted on the dev set before it was built: figcaptions kept in the
// output held 505 words of the articles' truth against 6,444 outside it (165 articles), and 117
// against 343 on the other page types; captions named so, 294 against 1,029 on articles and 423
// against 1,483 on the other pages. A figure or block that also holds code, a table or a
// quotation is part of the text, and its caption stays.
import { isElement, type DomElement, type DomNode } from "./dom.js";
import { DOM_VOCABULARY } from "./vocabulary.js";
import type { TextStats } from "./text-stats.js";

const { mediaCaptionTags: CAPTIONS, captionClass: CAPTION_CLASS, captionMediaTags: MEDIA, captionTextTags: TEXT } = DOM_VOCABULARY;
/** Nodes of one figure read at most: a figure is a picture and a line or two, and a larger one
 *  (a whole gallery, a hostile page) is left as it is rather than read to its end. */
const MAX_FIGURE_NODES = 400;
/** A caption is a line or two: a longer block named so is a card's or a gallery's text. */
const MAX_NAMED_CAPTION_CHARS = 300;

/** One test per page, given an element and its class/id words (empty where captions named so are
 *  not read: off articles, a block named a caption is as often a product's or a card's text):
 *  each figure or block around a caption is read once, however many captions it holds. */
export function mediaCaptions(stats: TextStats): (el: DomElement, words: string) => boolean {
  const pictures = new Map<DomElement, boolean>();
  const showing = (around: DomElement, caption: DomElement): boolean => {
    let known = pictures.get(around);
    if (known === undefined) {
      known = showsPicture(around, caption);
      pictures.set(around, known);
    }
    return known;
  };
  return (el, words) => {
    const around = el.parent;
    if (!around || !isElement(around)) return false;
    if (CAPTIONS.has(el.name)) return around.name === "figure" && showing(around, el);
    return words.length > 0 && CAPTION_CLASS.re.test(words) && (stats.text.get(el) ?? 0) <= MAX_NAMED_CAPTION_CHARS && showing(around, el);
  };
}

/** Whether the block shows media and no text of its own, the caption aside. */
function showsPicture(around: DomElement, caption: DomElement): boolean {
  let media = false;
  let seen = 0;
  const stack: DomNode[] = [around];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node) || node === caption) continue;
    if (TEXT.has(node.name)) return false;
    if (MEDIA.has(node.name)) media = true;
    const children = node.children ?? [];
    seen += children.length;
    if (seen > MAX_FIGURE_NODES) return false;
    for (const child of children) stack.push(child);
  }
  return media;
}
