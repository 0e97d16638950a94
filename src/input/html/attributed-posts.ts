// A thread told by its posts' attribution rather than by a class word: forum software of its own
// and link aggregators name their posts "entry", "details" or "comment-node", but each post
// carries who wrote it and when. Same-shaped boxes that each hold an author and one to a few
// dates, and that hold much of the page's text as prose, are a thread's posts; a listing's cards
// carry an author and a date too, but each has its headline (a heading, link text), and an
// article followed by its comments keeps its body outside the boxes.
import { isElement, walk, type DomElement, type DomNode } from "./dom.js";
import { PAGE_TYPE_VOCABULARY as V } from "./vocabulary.js";

interface Marks {
  dates: number;
  authors: number;
  headings: number;
  /** Characters of paragraph text below the element. */
  prose: number;
}

const SKIP = new Set(["script", "style", "template", "head"]);
const HEADING = /^h[1-6]$/u;
const DATE_ITEMPROPS = new Set(["datepublished", "datecreated"]);
const AUTHOR_ITEMPROPS = new Set(["author", "creator"]);
/** A date printed in a dated element is short: "3 days ago", "Oct 4, 2024 10:02". */
const MAX_DATE_CHARS = 40;
const DIGIT = /\d/u;

/** `text` and `links`: characters of text and of link text below each element (text-stats.ts). */
export function isAttributedThread(root: DomNode, text: ReadonlyMap<DomElement, number>, links: ReadonlyMap<DomElement, number>): boolean {
  const order: DomElement[] = [];
  const marks = new Map<DomElement, Marks>();
  walk(root, (node) => {
    if (!isElement(node)) return node === root || node.type === "root";
    if (SKIP.has(node.name)) return false;
    order.push(node);
    marks.set(node, ownMarks(node, text));
    return true;
  });
  // Bottom-up: each element's marks include those below it.
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const parent = el.parent && isElement(el.parent) ? marks.get(el.parent) : undefined;
    if (parent === undefined) continue;
    const m = marks.get(el)!;
    parent.dates += m.dates;
    parent.authors += m.authors;
    parent.headings += m.headings;
    parent.prose += m.prose;
  }
  const best = bestRun(order, marks, text);
  if (best === undefined) return false;
  const T = V.attributedPosts;
  const chars = sum(best, (el) => text.get(el) ?? 0);
  if (chars / pageChars(root, text) < T["min-share"]) return false;
  if (sum(best, (el) => links.get(el) ?? 0) / Math.max(chars, 1) > T["max-link-share"]) return false;
  if (best.filter((el) => marks.get(el)!.headings > 0).length / best.length > T["max-headed"]) return false;
  const proseOutside = sum(topElements(root), (el) => marks.get(el)?.prose ?? 0) - sum(best, (el) => marks.get(el)!.prose);
  return proseOutside <= T["max-prose-outside"];
}

function ownMarks(el: DomElement, text: ReadonlyMap<DomElement, number>): Marks {
  const a = el.attribs;
  const words = `${a.class ?? ""} ${a.id ?? ""}`.toLowerCase();
  const itemprop = (a.itemprop ?? "").toLowerCase();
  const chars = text.get(el) ?? 0;
  const dated =
    el.name === "time" || DATE_ITEMPROPS.has(itemprop) || (chars > 0 && chars <= MAX_DATE_CHARS && V.postDateClass.re.test(words) && DIGIT.test(ownText(el)));
  const authored =
    AUTHOR_ITEMPROPS.has(itemprop) || /(?:^|\s)author(?:\s|$)/u.test(a.rel ?? "") || V.postAuthorClass.re.test(words) || (el.name === "a" && V.postAuthorHref.re.test(a.href ?? ""));
  return { dates: dated ? 1 : 0, authors: authored ? 1 : 0, headings: HEADING.test(el.name) ? 1 : 0, prose: el.name === "p" ? chars : 0 };
}

/** The same-shaped attributed boxes (outermost of their shape) that hold the most text. */
function bestRun(order: readonly DomElement[], marks: ReadonlyMap<DomElement, Marks>, text: ReadonlyMap<DomElement, number>): DomElement[] | undefined {
  const T = V.attributedPosts;
  const groups = new Map<string, DomElement[]>();
  for (const el of order) {
    const cls = (el.attribs.class ?? "").trim();
    if (cls === "") continue;
    const m = marks.get(el)!;
    if (m.dates < 1 || m.dates > T["max-dates"] || m.authors < 1) continue;
    const key = `${el.name}.${cls.split(/\s+/u).sort().join(".")}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [el]);
    else if (list.length < MAX_GROUP) list.push(el);
  }
  let best: DomElement[] | undefined;
  let bestChars = 0;
  for (const els of groups.values()) {
    if (els.length < T["min-posts"]) continue;
    const members = new Set(els);
    const outer = els.filter((el) => !hasAncestorIn(el, members));
    if (outer.length < T["min-posts"]) continue;
    const chars = sum(outer, (el) => text.get(el) ?? 0);
    if (chars > bestChars) {
      best = outer;
      bestChars = chars;
    }
  }
  return best;
}
const MAX_GROUP = 400;

function hasAncestorIn(el: DomElement, set: ReadonlySet<DomElement>): boolean {
  for (let cur = el.parent, steps = 0; cur && steps < MAX_NESTING_LOOKUP; cur = cur.parent, steps++) if (set.has(cur as DomElement)) return true;
  return false;
}
const MAX_NESTING_LOOKUP = 64;

function topElements(root: DomNode): DomElement[] {
  return (root.children ?? []).filter(isElement);
}

function pageChars(root: DomNode, text: ReadonlyMap<DomElement, number>): number {
  return Math.max(sum(topElements(root), (el) => text.get(el) ?? 0), 1);
}

const sum = <T>(xs: readonly T[], f: (x: T) => number): number => xs.reduce((n, x) => n + f(x), 0);

function ownText(el: DomElement): string {
  const parts: string[] = [];
  walk(el, (n) => {
    if (n.type === "text") parts.push(n.data ?? "");
    return true;
  });
  return parts.join("");
}
