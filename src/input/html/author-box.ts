// A box about the article's writer: the author's name, role and a short bio, "Latest posts by",
// printed under (or beside) the article by the theme or an author-box plugin. It tells who wrote
// the article, not what it says, and the annotators leave it out. Counted on the dev set before
// it was built (kept lines below an element so named, on articles): 84 words of the truth
// against 1,158 outside it on 60 pages; on the other page types the same words name a thread's
// posters and a research card's authors, which the truths keep, hence articles only. An element
// named so that the page repeats (each paper's authors in a list, each testimonial's name, a
// panel of contributors) is a field of a run of items, not the one box about the writer.
import { isElement, walk, type DomElement, type DomNode } from "./dom.js";
import type { TextStats } from "./text-stats.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

const { authorBoxClass: AUTHOR_BOX, authorBoxInlineTags: INLINE } = DOM_VOCABULARY;
/** A box about a writer is a name, a line and a bio of a few sentences: a larger element named so
 *  is a page wrapper or a list of authors' work (non-space characters). */
const MAX_BOX_CHARS = 1_500;
/** Elements of the same class list: at most this many is one box (printed twice at most, for
 *  the narrow and the wide layout); more is a field of each item of a run. */
const MAX_COPIES = 2;
/** The words' letters, in any case: most class lists lack them and are passed at once. */
const MAY_NAME = /author|bio|sabox/iu;

/** Class and id as written, camelCase set apart ("cardAuthorContainer" -> "card-author-container"). */
const namesOf = (a: Record<string, string>): string => `${a.class ?? ""} ${a.id ?? ""}`.replace(/([a-z0-9])([A-Z])/gu, "$1-$2").toLowerCase();

/** One test per page: whether an element is a box about the writer, a block (not a name inside a
 *  line) named so, no longer than a bio, and not repeated on the page. The page's class lists
 *  that may be so named are counted once, on the first element that passes the other tests. */
export function authorBoxes(root: DomNode, stats: TextStats): (el: DomElement) => boolean {
  let copies: Map<string, number> | undefined;
  return (el) => {
    if (INLINE.has(el.name)) return false;
    const a = el.attribs;
    if (a.class === undefined && a.id === undefined) return false;
    const chars = stats.text.get(el) ?? 0;
    if (chars === 0 || chars > MAX_BOX_CHARS) return false;
    if (!MAY_NAME.test(`${a.class ?? ""} ${a.id ?? ""}`) || !AUTHOR_BOX.re.test(namesOf(a))) return false;
    copies ??= classCounts(root);
    return a.class === undefined || (copies.get(a.class.trim()) ?? 0) <= MAX_COPIES;
  };
}

/** How many elements carry each class list that may name an author box: one walk of the page. */
function classCounts(root: DomNode): Map<string, number> {
  const out = new Map<string, number>();
  walk(root, (node) => {
    if (!isElement(node)) return node === root || node.type === "root";
    const c = node.attribs.class;
    if (c !== undefined && MAY_NAME.test(c)) {
      const key = c.trim();
      out.set(key, (out.get(key) ?? 0) + 1);
    }
    return true;
  });
  return out;
}
