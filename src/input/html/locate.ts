// Finds the article container. First the container names article templates share (itemprop
// articleBody, "entry-content", "article-body", <article>, "main-content"...), accepted only when the
// node holds a fair share of the page's running text; otherwise paragraph scoring in the manner of
// Readability: each paragraph scores its parent and grandparent by length and commas, damped by
// link density. `confident` tells the caller whether a second opinion is worth its cost.
import { NO_DEADLINE, type Deadline } from "./deadline.js";
import { elementsOf, type DomElement, type DomNode } from "./dom.js";
import { classWords } from "./prune.js";
import { DOM_VOCABULARY as V } from "./vocabulary.js";
import type { TextStats } from "./text-stats.js";
import { productBlock } from "./product-block.js";
import { titlesEntriesWithH1 } from "./entry-headlines.js";
import type { PageType } from "../../types.js";

export interface Located {
  node: DomElement;
  how: string;
  confident: boolean;
  /** Non-link characters in the chosen node and in the whole pruned page. */
  chars: number;
  pageChars: number;
}

type Test = (el: DomElement, words: string) => boolean;
const TIERS: Array<{ name: string; test: Test }> = [
  { name: "article-body", test: (el, words) => el.attribs.itemprop?.toLowerCase() === "articlebody" || V.articleBodyClass.re.test(words) },
  { name: "article", test: (el) => el.name === "article" || el.attribs.role === "article" },
  { name: "main", test: (el, words) => el.name === "main" || el.attribs.role === "main" || V.mainClass.re.test(words) },
];
const PARAGRAPHS = V.paragraphTags;
const CONTAINERS = V.containerTags;

/** `pageType`: on a product page, the page's main column gives way to the block around the product's name. */
export function locate(root: DomNode, stats: TextStats, removed: ReadonlySet<DomElement>, body: DomElement, deadline: Deadline = NO_DEADLINE, pageType?: PageType): Located {
  const good = (el: DomElement): number => (stats.text.get(el) ?? 0) - (stats.links.get(el) ?? 0);
  const pageChars = Math.max(good(body), 1);
  const elements = elementsOf(root, (el) => (deadline.tick("locating"), removed.has(el)));
  for (const tier of TIERS) {
    const hits = elements.filter((el) => (deadline.tick("locating"), tier.test(el, classWords(el.attribs))));
    if (hits.length === 0) continue;
    let best = hits[0]!;
    for (const h of hits) if (good(h) > good(best)) best = h;
    // Prefer the innermost match that still holds nearly all of the best match's text.
    for (const h of hits) if (h !== best && good(h) >= 0.85 * good(best) && isInside(h, best, deadline)) best = h;
    best = insideWrapper(best, hits, good, pageChars, deadline);
    if (!enough(good(best), pageChars)) continue;
    best = withSiblingParts(best, hits, good, deadline, MAX_NAMED_PART_LEVELS, pageType === "forum");
    const chars = good(best);
    const product = pageType === "product" && tier.name === "main" && enough(chars, pageChars) ? productBlock(best, underHeadline(elements, stats, body, deadline), good) : undefined;
    if (product) return { node: product, how: "selector:main:product", confident: good(product) >= 0.5 * pageChars && good(product) >= 500, chars: good(product), pageChars };
    if (enough(chars, pageChars)) return { node: best, how: `selector:${tier.name}`, confident: chars >= 0.5 * pageChars && chars >= 500, chars, pageChars };
  }
  const top = scoreParagraphs(elements, stats, deadline);
  const scored = top && withSiblingParts(top, elements, good, deadline, MAX_PART_LEVELS);
  // Scoring finds an article's prose; on a page without much of it (a product, a landing page,
  // a category) the best-scored block is a stray paragraph or the legal text, and the block
  // under the headline is the content.
  const headed = underHeadline(elements, stats, body, deadline);
  if (headed && !(scored && (stats.commas.get(scored) ?? 0) >= PROSE_COMMAS)) {
    if (titlesEntriesWithH1(elements, stats)) return { node: body, how: "entry-headlines", confident: true, chars: pageChars, pageChars };
    return { node: headed, how: "headline", confident: false, chars: good(headed), pageChars };
  }
  const node = scored ?? body;
  const chars = good(node);
  return { node, how: scored ? "score" : "body", confident: scored !== undefined && chars >= 0.5 * pageChars && chars >= 800, chars, pageChars };
}

/** Where no container is named, the page's visible <h1> heads its main content (a product's name,
 *  a landing page's headline, a category's title): the content is the smallest block around it
 *  that holds a fair share of the page's text. Paragraph scoring, the alternative, picks the
 *  longest prose, which on such pages is often the legal text or a review widget. */
export function underHeadline(elements: readonly DomElement[], stats: TextStats, body: DomElement, deadline: Deadline): DomElement | undefined {
  const text = (el: DomNode): number => stats.text.get(el as DomElement) ?? 0;
  const h1 = elements.find((el) => el.name === "h1" && text(el) > 0);
  if (!h1) return undefined;
  const least = HEADED_SHARE * text(body);
  for (let up: DomNode | null = h1; up && up !== body && isElementNode(up); up = up.parent) {
    deadline.tick("locating");
    // A block holding nearly the whole page is a page wrapper: the headline tells nothing.
    if (text(up) >= least) return up as DomElement;
  }
  return undefined;
}
const HEADED_SHARE = 0.4;
/** Commas in a scored block that make it an article's running prose (some 5-10 paragraphs). */
const PROSE_COMMAS = 50;
const isElementNode = (n: DomNode): boolean => (n as DomElement).name !== undefined && n.type === "tag";

/** The parts of one body: a thread's posts, an article split over several sections. They share
 *  the container's tag and classes; when several hold text, the body is their nearest common
 *  ancestor (what sits between them is left to pruning and the rules). */
function withSiblingParts(best: DomElement, hits: readonly DomElement[], good: (el: DomElement) => number, deadline: Deadline, levels: number, thread = false): DomElement {
  const signature = signatureOf(best);
  // Parts sit close together (a few levels up from the chosen one) and make up most of the text
  // of their common ancestor; otherwise they are teasers of other pages, or a page wrapper.
  const near: DomNode[] = [];
  for (let up = best.parent; near.length < levels && up && up.name; up = up.parent) near.push(up);
  let common: DomElement = best;
  let level = -1;
  let partChars = good(best);
  let seen = 0;
  for (const part of hits) {
    deadline.tick("locating");
    if (part === best || good(part) < MIN_PART_CHARS || signatureOf(part) !== signature || near.includes(part)) continue;
    if (++seen > MAX_PARTS) break;
    const at = nearAncestorOf(part, near, best, levels);
    if (at < 0) continue;
    // Beyond a few levels, a part stands for a section only when it is all the section holds:
    // a teaser's wrapper holds other boxes beside it. A thread's post holds its attribution
    // beside its text, and the posts are the page.
    if (at >= MAX_PART_LEVELS && !thread && !(alone(part, near[at]!, good) && alone(best, near[at]!, good))) continue;
    if (at > level) {
      level = at;
      common = near[at] as DomElement;
    }
    partChars += good(part);
  }
  return common !== best && partChars >= MIN_PARTS_SHARE * good(common) ? common : best;
}

/** Whether `part` holds nearly all the text of its wrappers up to (not including) `common`. */
function alone(part: DomElement, common: DomNode, good: (el: DomElement) => number): boolean {
  let top: DomNode = part;
  while (top.parent && top.parent !== common) top = top.parent;
  return good(top as DomElement) <= ALONE_SLACK * good(part);
}
const ALONE_SLACK = 1.1;

/** Which of `near` (best's closest ancestors) is the nearest ancestor of `part`, looking a few
 *  levels up only; -1 when none, or when part lies inside best. */
function nearAncestorOf(part: DomElement, near: readonly DomNode[], best: DomElement, levels: number): number {
  let up: DomNode | null = part.parent;
  for (let steps = 0; up && steps < levels + 2; steps++, up = up.parent) {
    if (up === best) return -1;
    const at = near.indexOf(up);
    if (at >= 0) return at;
  }
  return -1;
}

const MAX_PART_LEVELS = 3;
/** Parts the template names (a "rich-text" per section) may each sit in a deep wrapper of their
 *  own (section > grid > column > box > text): the name is evidence enough to look further up. */
const MAX_NAMED_PART_LEVELS = 8;
const MIN_PARTS_SHARE = 0.6;
const MIN_PART_CHARS = 25;
const MAX_PARTS = 500;
const signatureOf = (el: DomElement): string => `${el.name}.${(el.attribs.class ?? "").trim().split(/\s+/u).sort().join(".")}`;

/** A match that holds nearly the whole page is a page wrapper ("body-content"): the largest match
 *  inside it that is itself worth taking is the article. */
function insideWrapper(best: DomElement, hits: readonly DomElement[], good: (el: DomElement) => number, pageChars: number, deadline: Deadline): DomElement {
  if (good(best) < WRAPPER_SHARE * pageChars) return best;
  let inner: DomElement | undefined;
  for (const h of hits) if (h !== best && enough(good(h), pageChars) && (!inner || good(h) > good(inner)) && isInside(h, best, deadline)) inner = h;
  return inner ?? best;
}
const WRAPPER_SHARE = 0.9;

/** A container worth taking without scoring: a fair share of the page's running text. */
const enough = (chars: number, pageChars: number): boolean => chars >= 0.35 * pageChars && chars >= 200;

function isInside(node: DomNode, ancestor: DomNode, deadline: Deadline): boolean {
  for (let cur = node.parent; cur; cur = cur.parent) {
    deadline.tick("locating");
    if (cur === ancestor) return true;
  }
  return false;
}

function scoreParagraphs(elements: DomElement[], stats: TextStats, deadline: Deadline): DomElement | undefined {
  const scores = new Map<DomElement, number>();
  for (const el of elements) {
    deadline.tick("scoring paragraphs");
    if (!PARAGRAPHS.has(el.name)) continue;
    const chars = stats.text.get(el) ?? 0;
    if (chars < 25) continue;
    const linkShare = (stats.links.get(el) ?? 0) / chars;
    if (linkShare > 0.5) continue;
    const commas = stats.commas.get(el) ?? 0;
    const score = 1 + commas + Math.min(Math.floor(chars / 100), 3);
    let up = el.parent;
    for (let level = 0; level < 3 && up; level++, up = up.parent) {
      const parent = up as DomElement;
      if (!parent.name || !CONTAINERS.has(parent.name)) {
        if (!parent.name) break;
        continue;
      }
      scores.set(parent, (scores.get(parent) ?? 0) + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  let best: DomElement | undefined;
  let bestScore = 0;
  for (const [el, s] of scores) {
    deadline.tick("scoring paragraphs");
    const chars = Math.max(stats.text.get(el) ?? 0, 1);
    const final = s * (1 - (stats.links.get(el) ?? 0) / chars);
    if (final > bestScore) {
      best = el;
      bestScore = final;
    }
  }
  if (!best) return undefined;
  // Widen to the parent when the article's paragraphs are split over sibling containers.
  let node = best;
  while (node.parent && (node.parent as DomElement).name && node.parent.parent) {
    deadline.tick("scoring paragraphs");
    const parent = node.parent as DomElement;
    const parentScore = scores.get(parent) ?? 0;
    if (parentScore * (1 - (stats.links.get(parent) ?? 0) / Math.max(stats.text.get(parent) ?? 0, 1)) < bestScore * 1.2) break;
    node = parent;
  }
  return node;
}
