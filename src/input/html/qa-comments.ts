// A page of questions and answers lets readers leave short comments under the question and
// under each answer ("Could you post the log?", "+1, worked for me"). They are remarks on one
// post, not posts of the thread: its text is the question and its answers. Counted on the dev
// set's output before this step, the text of elements named comments inside an element named a
// question or an answer held 7,374 words out of the truth and 118 in it, on 11 forum pages and
// no other page. On pages taken for forums such comments are chrome; a forum's replies named
// comments and not set in a question or an answer stay (on a thread they are its posts).
import type { DomElement, DomNode } from "./dom.js";
import { isElement } from "./dom.js";
import { PAGE_TYPE_VOCABULARY } from "./vocabulary.js";

const QA_POST = PAGE_TYPE_VOCABULARY.qaPostClass.re;
const QA_COMMENT = PAGE_TYPE_VOCABULARY.qaCommentClass.re;

/** Class, id and itemprop words, lower-cased: schema.org marks a question's parts by itemprop. */
const namesOf = (el: DomElement): string => `${el.attribs.class ?? ""} ${el.attribs.id ?? ""} ${el.attribs.itemprop ?? ""}`.toLowerCase();

/** A test of elements of one parsed page: the element is named a comment and lies inside a
 *  question or an answer. Whether a node lies inside one is remembered per node, so that a
 *  comment list nested thousands deep is not walked up again from each level. */
export function qaComments(): (el: DomElement) => boolean {
  const inside = new Map<DomNode, boolean>();
  const insidePost = (start: DomNode | null): boolean => {
    const path: DomNode[] = [];
    let found = false;
    for (let node = start; node !== null; node = node.parent) {
      const known = inside.get(node);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(node);
      if (isElement(node) && QA_POST.test(namesOf(node))) {
        found = true;
        break;
      }
    }
    for (const node of path) inside.set(node, found);
    return found;
  };
  return (el) => QA_COMMENT.test(namesOf(el)) && insidePost(el.parent);
}
