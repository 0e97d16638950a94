// A thread told by its posts' attribution rather than by a class word: forum software of its own
// and link aggregators name their posts "entry", "details" or "comment-node", but each post
// carries who wrote it and when. Same-shaped boxes that each hold an author and one to a few
// dates, and that hold much of the page's text as prose, are a thread's posts; a listing's cards
// carry an author and a date too, but each has its headline (a heading, link text), and an
// article followed by its comments keeps its body outside the boxes.
import { isElement, walk, type DomElement, type DomNode } from "./dom.js";
import { PAGE_TYPE_VOCABULARY as V } from "./vocabulary.js";
import { NOT_SHOWN } from "./whole-page.js";

/** Elements read for their own marks (an avatar drawn in SVG) but not below: a drawing's paths. */
const LEAVES = new Set(["svg", "math"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const DATE_ITEMPROPS = new Set(["datepublished", "datecreated"]);
const AUTHOR_ITEMPROPS = new Set(["author", "creator"]);
const REL_AUTHOR = /(?:^|\s)author(?:\s|$)/u;
/** A date printed in a dated element is short: "3 days ago", "Oct 4, 2024 10:02". */
const MAX_DATE_CHARS = 40;
const DIGIT = /\d/u;

/** The page's elements in document order, with their parent's index and, for each, the dates,
 *  authors and headings below it (itself included) and the characters of its paragraphs. */
interface Marks {
  els: DomElement[];
  parent: number[];
  dates: number[];
  authors: number[];
  headings: number[];
  prose: number[];
}

/** `text` and `links`: characters of text and of link text below each element (text-stats.ts). */
export function isAttributedThread(root: DomNode, text: ReadonlyMap<DomElement, number>, links: ReadonlyMap<DomElement, number>): boolean {
  const m = marksOf(root, text);
  const best = bestRun(m, text);
  if (best === undefined) return false;
  const T = V.attributedPosts;
  const chars = sum(best, (i) => text.get(m.els[i]!) ?? 0);
  let pageChars = 0;
  let prose = 0;
  for (let i = 0; i < m.els.length; i++) {
    if (m.parent[i] !== -1) continue;
    pageChars += text.get(m.els[i]!) ?? 0;
    prose += m.prose[i]!;
  }
  if (chars / Math.max(pageChars, 1) < T["min-share"]) return false;
  if (sum(best, (i) => links.get(m.els[i]!) ?? 0) / Math.max(chars, 1) > T["max-link-share"]) return false;
  if (best.filter((i) => m.headings[i]! > 0).length / best.length > T["max-headed"]) return false;
  return prose - sum(best, (i) => m.prose[i]!) <= T["max-prose-outside"];
}

function marksOf(root: DomNode, text: ReadonlyMap<DomElement, number>): Marks {
  const m: Marks = { els: [], parent: [], dates: [], authors: [], headings: [], prose: [] };
  // Iterative, with each node's parent index beside it on the stack (pages nest 100k deep).
  const stack: DomNode[] = [root];
  const under: number[] = [-1];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const parent = under.pop()!;
    let self = parent;
    if (node !== root) {
      if (!isElement(node) || NOT_SHOWN.has(node.name)) continue;
      self = m.els.length;
      m.els.push(node);
      m.parent.push(parent);
      markOwn(node, text, m);
      if (LEAVES.has(node.name)) continue;
    }
    const kids = node.children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) if (kids[i]!.type !== "text") (stack.push(kids[i]!), under.push(self));
  }
  // Bottom-up: each element's marks include those below it.
  for (let i = m.els.length - 1; i >= 0; i--) {
    const p = m.parent[i]!;
    if (p < 0) continue;
    m.dates[p]! += m.dates[i]!;
    m.authors[p]! += m.authors[i]!;
    m.headings[p]! += m.headings[i]!;
    m.prose[p]! += m.prose[i]!;
  }
  return m;
}

/** The class/id words tried on the class and the id as they are, without lower-casing a copy
 *  of every element's names (this test reads every element of most pages). */
const DATE_WORDS = new RegExp(V.postDateClass.re.source, "iu");
const AUTHOR_WORDS = new RegExp(V.postAuthorClass.re.source, "iu");
const named = (re: RegExp, a: Record<string, string>): boolean => (a.class !== undefined && re.test(a.class)) || (a.id !== undefined && re.test(a.id));

function markOwn(el: DomElement, text: ReadonlyMap<DomElement, number>, m: Marks): void {
  const a = el.attribs;
  const itemprop = a.itemprop === undefined ? "" : a.itemprop.toLowerCase();
  const dated = el.name === "time" || (itemprop !== "" && DATE_ITEMPROPS.has(itemprop)) || (named(DATE_WORDS, a) && isShortDate(el, text));
  const authored =
    (itemprop !== "" && AUTHOR_ITEMPROPS.has(itemprop)) ||
    (a.rel !== undefined && REL_AUTHOR.test(a.rel)) ||
    named(AUTHOR_WORDS, a) ||
    (el.name === "a" && a.href !== undefined && V.postAuthorHref.re.test(a.href));
  m.dates.push(dated ? 1 : 0);
  m.authors.push(authored ? 1 : 0);
  m.headings.push(HEADINGS.has(el.name) ? 1 : 0);
  m.prose.push(el.name === "p" ? (text.get(el) ?? 0) : 0);
}

function isShortDate(el: DomElement, text: ReadonlyMap<DomElement, number>): boolean {
  const chars = text.get(el) ?? 0;
  return chars > 0 && chars <= MAX_DATE_CHARS && holdsDigit(el);
}

/** The same-shaped attributed boxes (outermost of their shape) that hold the most text, as
 *  indices into the marks. */
function bestRun(m: Marks, text: ReadonlyMap<DomElement, number>): number[] | undefined {
  const T = V.attributedPosts;
  const groups = new Map<string, number[]>();
  for (let i = 0; i < m.els.length; i++) {
    if (m.dates[i]! < 1 || m.dates[i]! > T["max-dates"] || m.authors[i]! < 1) continue;
    const el = m.els[i]!;
    const cls = (el.attribs.class ?? "").trim();
    if (cls === "") continue;
    const key = `${el.name}.${cls.split(/\s+/u).sort().join(".")}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [i]);
    else if (list.length < MAX_GROUP) list.push(i);
  }
  let best: number[] | undefined;
  let bestChars = 0;
  for (const members of groups.values()) {
    if (members.length < T["min-posts"]) continue;
    const set = new Set(members);
    const outer = members.filter((i) => !hasAncestorIn(i, set, m.parent));
    if (outer.length < T["min-posts"]) continue;
    const chars = sum(outer, (i) => text.get(m.els[i]!) ?? 0);
    if (chars > bestChars) {
      best = outer;
      bestChars = chars;
    }
  }
  return best;
}
const MAX_GROUP = 400;

function hasAncestorIn(i: number, set: ReadonlySet<number>, parent: readonly number[]): boolean {
  for (let cur = parent[i]!, steps = 0; cur >= 0 && steps < MAX_NESTING_LOOKUP; cur = parent[cur]!, steps++) if (set.has(cur)) return true;
  return false;
}
const MAX_NESTING_LOOKUP = 64;

const sum = <T>(xs: readonly T[], f: (x: T) => number): number => xs.reduce((n, x) => n + f(x), 0);

/** Whether a text below `el` holds a digit, reading at most MAX_DATE_NODES nodes: a printed date
 *  is a few nodes, and a date-named element nested thousands deep in date-named elements would
 *  otherwise have its subtree read once for each of them. */
function holdsDigit(el: DomElement): boolean {
  let nodes = 0;
  let found = false;
  walk(el, (n) => {
    if (found || ++nodes > MAX_DATE_NODES) return false;
    if (n.type === "text" && DIGIT.test(n.data ?? "")) found = true;
    return true;
  });
  return found;
}
const MAX_DATE_NODES = 64;
