// The few DOM facts the HTML front end needs, typed structurally over cheerio's parse tree
// (domhandler nodes) so no module imports domhandler, which is not a direct dependency.
// Every walk here is iterative: pages nest 100k elements deep and recursion would overflow.

export interface DomNode {
  type: string;
  parent: DomNode | null;
  /** Text and comment nodes. */
  data?: string;
  /** Elements: lower-case tag name. */
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

export interface DomElement extends DomNode {
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
}

export function isElement(node: DomNode): node is DomElement {
  return (node.type === "tag" || node.type === "script" || node.type === "style") && node.name !== undefined;
}

/** Depth-first, document order. `enter` returns false to skip a subtree. */
export function walk(root: DomNode, enter: (node: DomNode) => boolean | void): void {
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (enter(node) === false) continue;
    const kids = node.children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** Elements below `root` in document order (not `root` itself). */
export function elementsOf(root: DomNode, skip?: (el: DomElement) => boolean): DomElement[] {
  const out: DomElement[] = [];
  walk(root, (node) => {
    if (node === root) return true;
    if (!isElement(node)) return false;
    if (skip?.(node)) return false;
    out.push(node);
    return true;
  });
  return out;
}

export function findAll(root: DomNode, test: (el: DomElement) => boolean): DomElement[] {
  return elementsOf(root).filter(test);
}

/** Raw text below a node, whitespace left as written. */
export function textOf(root: DomNode): string {
  const parts: string[] = [];
  walk(root, (node) => {
    if (node.type === "text") parts.push(node.data ?? "");
    else if (node.type === "comment" || node.type === "script" || node.type === "style") return false;
    return true;
  });
  return parts.join("");
}

/** A text as texts are compared for copies: its letters and digits, lower-cased (white space,
 *  punctuation and markup's spacing left out). */
export function textKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

export function squash(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** A short tag path such as "body>div#main>article.post" for explanations. */
export function pathOf(node: DomNode, depth = 4): string {
  const parts: string[] = [];
  let cur: DomNode | null = node;
  while (cur && isElement(cur) && parts.length < depth) {
    const id = cur.attribs.id ? `#${cur.attribs.id.trim().split(/\s+/u)[0]}` : "";
    const cls = !id && cur.attribs.class ? `.${cur.attribs.class.trim().split(/\s+/u)[0]}` : "";
    parts.unshift(`${cur.name}${id}${cls}`);
    cur = cur.parent;
  }
  return parts.join(">");
}

/** A page's main region: `<main>`, or an element of role main. */
export const isMainRegion = (el: DomElement): boolean => el.name === "main" || el.attribs.role?.toLowerCase() === "main";

/** Whether the tree below `root` nests elements deeper than `limits.depth` or holds more than
 *  `limits.elements` elements: one walk, stopping as soon as either is passed. */
export function treeExceeds(root: DomNode, limits: { depth: number; elements: number }): boolean {
  let elements = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limits.depth) return true;
    for (const child of node.children ?? []) {
      if (isElement(child) && ++elements > limits.elements) return true;
      if (child.children && child.children.length > 0) stack.push([child, depth + 1]);
    }
  }
  return false;
}
