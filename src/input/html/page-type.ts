// What kind of page this is, read first from what the publisher declares (JSON-LD `@type`,
// microdata `itemtype`, OpenGraph `og:type`), then from the page's structure (a price beside an
// add-to-cart control, a run of posts, a run of item cards, a docs navigation). The type steers the
// choice of main content: a forum's posts are not comments to prune, a listing's item titles are
// not menus.
import { isElement, walk, type DomElement, type DomNode } from "./dom.js";
import { PAGE_TYPE_VOCABULARY as V } from "./vocabulary.js";
import type { PageType, PageTypeSource } from "../../types.js";
import { declaredKind } from "./declared-listing.js";
import { isAttributedThread } from "./attributed-posts.js";

export interface PageTypeFound {
  type: PageType;
  from: PageTypeSource;
  /** The type the left-out blocks and the rules follow, when not the reported one: a type read
   *  only to be reported keeps the article's handling the page was measured with. */
  handledAs?: PageType;
}

/** The type the left-out blocks and the rules follow: the handling, where the type is reported only. */
export function handlingOf(found: PageTypeFound): PageType {
  return found.handledAs ?? found.type;
}

/** `found` reported as `type`, read from the page's structure, and handled as before. */
export function reportedAs(found: PageTypeFound, type: PageType): PageTypeFound {
  return { type, from: "structure", handledAs: handlingOf(found) };
}

interface Signals {
  ldTypes: string[];
  itemtypes: string[];
  ogType?: string;
  cartControls: number;
  prices: number;
  docsNav: number;
  codeBlocks: number;
  inlineCode: number;
  posts: Map<string, DomElement[]>;
  cards: Map<string, DomElement[]>;
}

/** `text` and `links`: characters of text and of link text below each element (text-stats.ts). */
export function pageTypeOf(root: DomNode, text: ReadonlyMap<DomElement, number>, links?: ReadonlyMap<DomElement, number>): PageTypeFound {
  const s = gather(root);
  const ld = fromDeclared(s.ldTypes);
  if (ld) return { type: declaredKind(ld, s.ldTypes, s.prices), from: "json-ld" };
  const microdata = fromDeclared(s.itemtypes);
  if (microdata) return { type: declaredKind(microdata, s.itemtypes, s.prices), from: "microdata" };
  // og:type article is what most site software prints on every page, threads included.
  const thread = (): boolean => links !== undefined && isAttributedThread(root, text, links);
  const og = s.ogType ? V.ogTypes[s.ogType.toLowerCase()] : undefined;
  if (og) return og === "article" && thread() ? { type: "forum", from: "structure" } : { type: og, from: "og" };
  const type = fromStructure(s, text, pageChars(root, text));
  return { type: type === "article" && thread() ? "forum" : type, from: "structure" };
}

/** The most telling declared type: a forum thread or a product page says so in its main entity,
 *  while an article type is also declared by pages of every kind (the site's blog schema). */
function fromDeclared(types: readonly string[]): PageType | undefined {
  const found = new Set<PageType>();
  for (const t of types) {
    const type = V.declaredTypes[t.replace(/^https?:\/\/schema\.org\//u, "")];
    if (type) found.add(type);
  }
  for (const type of V.declaredPriority) if (found.has(type)) return type;
  return undefined;
}

function fromStructure(s: Signals, text: ReadonlyMap<DomElement, number>, total: number): PageType {
  // A run of same-shaped containers makes a thread or a list only when it holds much of the text:
  // articles carry runs of related-story cards and comment boxes too.
  const share = (groups: Map<string, DomElement[]>, min: number): number => {
    let best = 0;
    for (const els of groups.values()) {
      if (els.length < min) continue;
      const outer = els.filter((el) => !els.some((o) => o !== el && isInside(el, o)));
      if (outer.length < min) continue;
      best = Math.max(best, outer.reduce((n, el) => n + (text.get(el) ?? 0), 0) / total);
    }
    return best;
  };
  if (share(s.posts, V.minPosts) >= V.minPostsShare) return "forum";
  const cards = share(s.cards, V.minCards);
  if (s.cartControls > 0 && s.prices > 0 && cards < V.minCardsShare) return "product";
  if (cards >= V.minCardsShare) return s.prices >= V.minCards ? "collection" : "listing";
  // Code shown beside a docs navigation, or code blocks enough to be the page's point.
  if ((s.docsNav > 0 && (s.codeBlocks >= V.minCodeBlocks || s.inlineCode >= V.minInlineCode)) || s.codeBlocks >= V.minCodeBlocksAlone) return "documentation";
  return "article";
}

function isInside(node: DomNode, ancestor: DomNode): boolean {
  for (let cur = node.parent, steps = 0; cur && steps < MAX_NESTING_LOOKUP; cur = cur.parent, steps++) if (cur === ancestor) return true;
  return false;
}
const MAX_NESTING_LOOKUP = 64;

function pageChars(root: DomNode, text: ReadonlyMap<DomElement, number>): number {
  let n = 0;
  for (const c of root.children ?? []) if (isElement(c)) n += text.get(c) ?? 0;
  return Math.max(n, 1);
}

function gather(root: DomNode): Signals {
  const s: Signals = { ldTypes: [], itemtypes: [], cartControls: 0, prices: 0, docsNav: 0, codeBlocks: 0, inlineCode: 0, posts: new Map(), cards: new Map() };
  walk(root, (node) => {
    if (!isElement(node)) return node === root || node.type === "root";
    const el = node;
    const a = el.attribs;
    if (el.name === "script") {
      if ((a.type ?? "").toLowerCase() === "application/ld+json") s.ldTypes.push(...ldTypesOf(textIn(el)));
      return false;
    }
    if (el.name === "style" || el.name === "template") return false;
    if (el.name === "meta") {
      const key = (a.property ?? a.name ?? "").toLowerCase();
      if (key === "og:type" && a.content) s.ogType = a.content.trim();
      if (a.itemprop === "price") s.prices++;
      return false;
    }
    if (a.itemtype) s.itemtypes.push(...a.itemtype.split(/\s+/u).map((t) => t.replace(/^https?:\/\/schema\.org\//u, "")).filter((t) => t !== ""));
    if (a.itemprop === "price") s.prices++;
    const words = `${a.class ?? ""} ${a.id ?? ""}`.toLowerCase();
    if (isCartControl(el, words)) s.cartControls++;
    if (V.priceClass.re.test(words)) s.prices++;
    if ((el.name === "nav" || el.name === "aside") && V.docsNav.re.test(words)) s.docsNav++;
    if (el.name === "pre") s.codeBlocks++;
    if (el.name === "code") s.inlineCode++;
    if (V.postClass.re.test(words)) group(s.posts, el);
    // A card is a box of its own; a <span> named for an item is a line of a list (a product's
    // bullet points), and a long run of them made product pages read as collections.
    if (V.cardClass.re.test(words) && el.name !== "span") group(s.cards, el);
    return true;
  });
  return s;
}

/** An add-to-cart control: named so by its class or id, or a button labelled so. `words`: its
 *  class and id, lower-cased. */
const isCartControl = (el: DomElement, words: string): boolean =>
  V.cartControl.re.test(words) || ((el.name === "button" || el.name === "input") && V.cartLabel.re.test(el.name === "input" ? (el.attribs.value ?? "") : textIn(el)));

/** The page's first add-to-cart control (where its buy box sits), pruned or not. */
export function firstCartControl(root: DomNode): DomElement | undefined {
  let found: DomElement | undefined;
  walk(root, (node) => {
    if (found !== undefined) return false;
    if (!isElement(node)) return node === root || node.type === "root";
    if (node.name === "head" || node.name === "script" || node.name === "style" || node.name === "template") return false;
    if (isCartControl(node, `${node.attribs.class ?? ""} ${node.attribs.id ?? ""}`.toLowerCase())) found = node;
    return found === undefined;
  });
  return found;
}

function group(m: Map<string, DomElement[]>, el: DomElement): void {
  const key = signature(el);
  const list = m.get(key);
  if (list === undefined) m.set(key, [el]);
  else if (list.length < MAX_GROUP) list.push(el);
}
const MAX_GROUP = 400;
const signature = (el: DomElement): string => `${el.name}.${(el.attribs.class ?? "").trim().split(/\s+/u).sort().join(".")}`;

function textIn(el: DomElement): string {
  const parts: string[] = [];
  walk(el, (n) => {
    if (n.type === "text") parts.push(n.data ?? "");
    return true;
  });
  return parts.join("");
}

/** Every `@type` in a JSON-LD block, in graphs and nested objects alike (a forum thread's posts,
 *  a page's main entity). Blocks wrapped in CDATA or comments are read too; broken JSON is skipped. */
export function ldTypesOf(source: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source.trim().replace(/^(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)$/gu, "").trim());
  } catch {
    return [];
  }
  const out: string[] = [];
  const stack: unknown[] = [parsed];
  for (let steps = 0; stack.length > 0 && steps < MAX_LD_NODES; steps++) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...item);
    else if (item && typeof item === "object") {
      const obj = item as Record<string, unknown>;
      const t = obj["@type"];
      for (const x of Array.isArray(t) ? t : [t]) if (typeof x === "string") out.push(x);
      for (const [k, v] of Object.entries(obj)) if (k !== "@type" && v && typeof v === "object" && LD_NESTING_KEYS.has(k)) stack.push(v);
    }
  }
  return out;
}

/** Keys whose objects describe the page itself, not things it merely mentions (an author's
 *  Organization, an image's ImageObject). */
const LD_NESTING_KEYS = new Set(["@graph", "mainEntity", "mainEntityOfPage"]);
const MAX_LD_NODES = 2000;
