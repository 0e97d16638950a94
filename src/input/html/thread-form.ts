// A <form> around a thread's posts: forum software wraps the post feed in one so that moderators
// can tick posts (inline moderation), and a <form> is taken for chrome (a login, a search, a
// reply box). Counted on the dev set's pages, the forms of 200 characters or more and under a
// quarter of the page that hold a <time> are two threads' post feeds, whose posts the truth keeps;
// a login, search, newsletter or reply form holds no date. On pages taken for forums, a form that
// holds dated posts stays.
import { isElement, walk, type DomElement } from "./dom.js";

/** Posts in a feed: two dated entries at least (a lone date may be a form's notice). */
const MIN_DATED = 2;

export function isThreadForm(el: DomElement): boolean {
  if (el.name !== "form") return false;
  let dated = 0;
  walk(el, (node) => {
    if (dated >= MIN_DATED) return false;
    if (isElement(node) && node.name === "time") dated++;
    return true;
  });
  return dated >= MIN_DATED;
}
