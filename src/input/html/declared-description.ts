// A product page declares its description (JSON-LD, og:description, meta description) and shows
// it too, often in a column of its own beside the part the locator chose: the game's summary
// beside its long description, a shop's short description above the buying box, the details
// folded under a "read more". The block that shows the declared description is the product's
// text wherever it sits: it is joined to the chosen container, before or after it in the order of
// the page. Only the declaration's own words are looked for, so nothing is invented; the block is
// taken from the page as it stands.
import { findAll, isElement, pathOf, type DomElement, type DomNode } from "./dom.js";
import { ldObjects, ldText } from "./meta/json-ld.js";
import { decodeEntities } from "./meta/entities.js";
import type { HtmlMeta } from "./types.js";
import type { TextStats } from "./text-stats.js";
import type { Deadline } from "./deadline.js";
import { NO_DEADLINE } from "./deadline.js";
import { DOM_VOCABULARY } from "./vocabulary.js";
import { blocksOf, type TextBlock } from "./blocks.js";
import type { DomRemoval } from "./types.js";
import { isInside, precedes } from "./dom-order.js";

/** Words of the declaration looked for in the page: enough to be the description's opening. */
const KEY_WORDS = 8;
/** A declaration this short is a tagline, not a description. */
const MIN_WORDS = 12;
/** How far the block may grow past the declared text (the declaration may be cut short, or be
 *  the opening of a longer text): a wrapper adding no more than this share of text is the block. */
const WRAPPER_SLACK = 1.1;
const DECLARED_SLACK = 1.2;
const WORD = /[\p{L}\p{N}_]+/gu;
const DROP_TAGS = DOM_VOCABULARY.dropTags;

const normal = (s: string): string[] => s.toLowerCase().match(WORD) ?? [];

export interface DeclaredBlock {
  node: DomElement;
  /** Whether it comes before the chosen container in the page. */
  before: boolean;
  /** The elements pruning took around the description (a column named "sidebar", a drawer, a
   *  folded panel), given back. */
  taken: DomElement[];
}

/** The block showing the page's declared description, when it lies outside `container`. */
export function declaredBlock(root: DomNode, meta: HtmlMeta, body: DomElement, container: DomElement, shown: readonly TextBlock[], whole: TextStats, removed: ReadonlySet<DomElement>, deadline: Deadline = NO_DEADLINE): DeclaredBlock | undefined {
  let shownText: string | undefined;
  for (const declared of declarations(root, meta)) {
    const words = normal(declared);
    if (words.length < MIN_WORDS) continue;
    // Already shown (split over a list's items, or in a copy the container holds).
    shownText ??= normal(shown.map((b) => b.lines.join(" ")).join(" ")).join(" ");
    for (const key of keysOf(declared)) {
      if (shownText.includes(key)) return undefined;
      const holders = textHolders(body, key, deadline);
      if (holders.length > 0) return blockOf(holders, declared.replace(/\s+/gu, "").length, body, container, whole, removed);
    }
  }
  return undefined;
}

/** The opening words of the declaration, and of its first lines: a heading above the text ("OUR
 *  STORY") is shown in an element of its own. */
function keysOf(declared: string): string[] {
  const keys: string[] = [];
  for (const line of declared.split(/\n/u)) {
    const words = normal(line);
    if (words.length >= KEY_WORDS) keys.push(words.slice(0, KEY_WORDS).join(" "));
    if (keys.length >= MAX_KEYS) break;
  }
  const opening = normal(declared).slice(0, KEY_WORDS).join(" ");
  return keys.includes(opening) ? keys : [opening, ...keys];
}
const MAX_KEYS = 3;

/** The descriptions a product page declares: its JSON-LD Product's first, as the fullest, then
 *  the meta description. */
function declarations(root: DomNode, meta: HtmlMeta): string[] {
  const out: string[] = [];
  const sources = findAll(root, (el) => el.name === "script" && (el.attribs.type ?? "").toLowerCase() === "application/ld+json").map((el) => el.children.map((c) => c.data ?? "").join(""));
  for (const o of ldObjects(sources).all) {
    const type = o["@type"];
    const isProduct = (Array.isArray(type) ? type : [type]).some((t) => typeof t === "string" && PRODUCT_TYPES.test(t));
    const text = isProduct ? ldText(o.description) : undefined;
    if (text) out.push(decodeEntities(text));
  }
  const declared = meta.description;
  if (declared && (declared.from.startsWith("json-ld") || declared.from.startsWith("meta["))) out.push(declared.value);
  return out;
}
const PRODUCT_TYPES = /^(?:Product|ProductGroup|IndividualProduct|ProductModel)$/u;

function blockOf(holders: readonly DomElement[], declaredChars: number, body: DomElement, container: DomElement, whole: TextStats, removed: ReadonlySet<DomElement>): DeclaredBlock | undefined {
  const text = (el: DomNode): number => whole.text.get(el as DomElement) ?? 0;
  const inside = holders.find((h) => isInside(h, container));
  if (inside) {
    // Inside the container yet not shown: pruning took it (a folded or hidden description, a
    // drawer). What it took is given back when it is the description and little else.
    const taken: DomElement[] = [];
    for (let up: DomNode | null = inside; up && up !== container; up = up.parent) if (removed.has(up as DomElement)) taken.push(up as DomElement);
    const outer = taken[taken.length - 1];
    if (!outer || text(outer) > DECLARED_SLACK * declaredChars) return undefined;
    return { node: container, before: false, taken };
  }
  const first = holders[0]!;
  let node = first;
  for (let up = node.parent; up && isElement(up) && up !== body; up = up.parent) {
    if (up === container || isInside(container, up)) break;
    if (text(up) > Math.max(WRAPPER_SLACK * text(node), DECLARED_SLACK * declaredChars)) break;
    node = up;
  }
  const taken: DomElement[] = [];
  for (let up: DomNode | null = first; up && up !== node.parent; up = up.parent) if (removed.has(up as DomElement)) taken.push(up as DomElement);
  return { node, before: precedes(node, container), taken };
}

/** The elements whose own text holds `key` (the declaration's opening words), in page order. */
function textHolders(body: DomElement, key: string, deadline: Deadline): DomElement[] {
  const out: DomElement[] = [];
  const first = key.split(" ")[0]!;
  const stack: DomNode[] = [body];
  while (stack.length > 0) {
    deadline.tick("finding the declared description");
    const node = stack.pop()!;
    if (node.type === "text") {
      const data = node.data ?? "";
      if (data.length >= key.length && data.toLowerCase().includes(first) && normal(data).join(" ").includes(key) && node.parent && isElement(node.parent)) out.push(node.parent);
      continue;
    }
    if (!isElement(node) || DROP_TAGS.has(node.name)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** The container's blocks with the declared description's block joined in page order. A block
 *  pruning took for its place (a page header, a column named "sidebar") is given back. */
export function withDeclaredDescription(
  blocks: TextBlock[],
  root: DomNode,
  meta: HtmlMeta,
  body: DomElement,
  container: DomElement,
  whole: TextStats,
  removed: Set<DomElement>,
  removals: DomRemoval[],
  deadline: Deadline = NO_DEADLINE,
  markup = false,
): TextBlock[] {
  const found = declaredBlock(root, meta, body, container, blocks, whole, removed, deadline);
  if (!found) return blocks;
  for (const el of found.taken) removed.delete(el);
  const given = new Set(found.taken.map((el) => pathOf(el)));
  for (let i = removals.length - 1; i >= 0; i--) if (given.has(removals[i]!.path)) removals.splice(i, 1);
  if (found.node === container) return blocksOf(container, removed, [], deadline, markup);
  const extra = blocksOf(found.node, removed, removals, deadline, markup);
  return found.before ? [...extra, ...blocks] : [...blocks, ...extra];
}
