// What the whole-page type tests share (service-page.ts, docs-page.ts, paged-entries.ts): they
// read only a page taken for an article by its structure or OpenGraph type (a type the page
// declares in JSON-LD or microdata is its own word), they walk what a reader can be shown, and
// they read the path of the page's canonical address.
import { isElement, squash, textOf, walk, type DomElement, type DomNode } from "./dom.js";
import type { PageTypeFound } from "./page-type.js";
import type { HtmlMeta } from "./types.js";

/** Subtrees a reader never sees: code, styles, templates, the head. */
export const NOT_SHOWN: ReadonlySet<string> = new Set(["script", "style", "template", "head"]);

/** A page taken for an article by its structure or OpenGraph type, not declared one. */
export const takenForArticle = (found: PageTypeFound): boolean => found.type === "article" && (found.from === "structure" || found.from === "og");

/** Calls `visit` on each element a reader can be shown: not inside a script, style, template or the head. */
export function eachShownElement(root: DomNode, visit: (el: DomElement) => void): void {
  walk(root, (node) => {
    if (!isElement(node)) return node === root || node.type === "root";
    if (NOT_SHOWN.has(node.name)) return false;
    visit(node);
    return true;
  });
}

/** The canonical address as a URL (a relative one read against a placeholder site), or undefined when there is none or it cannot be read. */
export function canonicalUrl(canonical: string | undefined): URL | undefined {
  if (!canonical) return undefined;
  try {
    return new URL(canonical, "https://site.invalid/");
  } catch {
    return undefined;
  }
}

/** What the whole-page tests read of an element's text, as `textOf` gives it. */
export interface TextCounts {
  /** Runs of \w (as `/\w+/gu` counts them). */
  words: number;
  /** Characters that are not white space: a lower bound of the text's length once squashed. */
  nonSpace: number;
  /** Nodes in the element's subtree, itself included. */
  nodes: number;
}

interface Counting extends TextCounts {
  startsInWord: boolean;
  endsInWord: boolean;
  empty: boolean;
}

const isWordUnit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const SPACE = /\s/u;

function ofText(data: string): Counting {
  let words = 0;
  let nonSpace = 0;
  let inWord = false;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const w = isWordUnit(c);
    if (w && !inWord) words++;
    inWord = w;
    if (!(c === 32 || (c <= 13 && c >= 9) || (c > 127 && SPACE.test(data[i]!)))) nonSpace++;
  }
  const empty = data.length === 0;
  return { words, nonSpace, nodes: 1, startsInWord: !empty && isWordUnit(data.charCodeAt(0)), endsInWord: !empty && isWordUnit(data.charCodeAt(data.length - 1)), empty };
}

/** Every element's text counts, in one pass from the leaves up. Reading each element's text
 *  again (`textOf` per element) is quadratic where tags nest without end: unclosed <p> or <a>
 *  each hold all the ones after them. A word that runs across two children counts once, as in
 *  the joined text. */
export function textCounts(root: DomNode): Map<DomNode, TextCounts> {
  const counts = new Map<DomNode, Counting>();
  const stack: Array<[DomNode, boolean]> = [[root, false]];
  while (stack.length > 0) {
    const [node, done] = stack.pop()!;
    if (node.type === "comment" || node.type === "script" || node.type === "style") continue;
    if (node.type === "text") {
      counts.set(node, ofText(node.data ?? ""));
      continue;
    }
    const kids = node.children ?? [];
    if (!done) {
      stack.push([node, true]);
      for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, false]);
      continue;
    }
    const sum: Counting = { words: 0, nonSpace: 0, nodes: 1, startsInWord: false, endsInWord: false, empty: true };
    for (const kid of kids) {
      const k = counts.get(kid);
      if (k === undefined) continue;
      sum.nodes += k.nodes;
      if (k.empty) continue;
      sum.words += k.words - (!sum.empty && sum.endsInWord && k.startsInWord ? 1 : 0);
      sum.nonSpace += k.nonSpace;
      if (sum.empty) sum.startsInWord = k.startsInWord;
      sum.endsInWord = k.endsInWord;
      sum.empty = false;
    }
    counts.set(node, sum);
  }
  return counts;
}

/** The labels the tests look for (selling buttons, edit links) are up to 25 characters on the
 *  dev set's pages; a longer link is a sentence. */
const MAX_LABEL_CHARS = 40;
/** A button with an icon is a few dozen nodes; more is a box that holds links, not a label. */
const MAX_LABEL_NODES = 200;

/** A page as the whole-page tests read it: its text counts are made once, when a test first
 *  needs them, and serve every test of the page. */
export class WholePage {
  private counted: Map<DomNode, TextCounts> | undefined;

  constructor(
    readonly root: DomNode,
    readonly meta: HtmlMeta,
  ) {}

  get counts(): Map<DomNode, TextCounts> {
    return (this.counted ??= textCounts(this.root));
  }

  /** A link's or button's label: its text, white space squashed, when it is short enough to be
   *  one and the element small enough; else undefined. */
  labelOf(el: DomElement): string | undefined {
    const c = this.counts.get(el);
    if (c === undefined || c.nonSpace > MAX_LABEL_CHARS || c.nodes > MAX_LABEL_NODES) return undefined;
    const label = squash(textOf(el));
    return label.length <= MAX_LABEL_CHARS ? label : undefined;
  }
}
