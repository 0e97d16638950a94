// A screen-reader copy: text hidden from sight by a utility class ("sr-only", "visually-hidden",
// "clipped") that repeats what is printed right beside it, for screen readers that would skip
// the visible one ("EUR 163.12" printed, and "EUR 163.12" again in a clipped span inside it).
// Read without the style sheet, each such value comes out twice, run together
// ("EUR 163.12EUR 163.12"). The copy goes and the visible text stays. A screen-reader label with
// no visible twin (a price whose visible form is aria-hidden, "opens in a new tab") is left alone.
//
// A copy is short, so every text read here is read only as far as a copy could reach: a parent
// with thousands of screen-reader children, or such children nested thousands deep, costs time
// in proportion to the page, not to its square.
import { isElement, textKey, walk, type DomElement, type DomNode } from "./dom.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

const SCREEN_READER = DOM_VOCABULARY.screenReaderClass.re;
/** Longer texts are passages, not the short values and labels that get such copies. */
const MAX_COPY_CHARS = 200;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The text below `nodes`, in document order, as textOf reads it; undefined once it holds more
 *  than `maxChars` characters, or more than `maxKeyChars` letters and digits (it then cannot be,
 *  or equal, a copy). */
function textUpTo(nodes: readonly DomNode[], maxChars: number, maxKeyChars: number): string | undefined {
  const parts: string[] = [];
  let chars = 0;
  let keyChars = 0;
  let over = false;
  for (const root of nodes) {
    walk(root, (node) => {
      if (over) return false;
      if (node.type === "text") {
        const data = node.data ?? "";
        chars += data.length;
        for (let i = 0; i < data.length && keyChars <= maxKeyChars; i++) if (WORD_CHAR.test(data[i]!)) keyChars++;
        over = chars > maxChars || keyChars > maxKeyChars;
        parts.push(data);
      } else if (node.type === "comment" || node.type === "script" || node.type === "style") return false;
      return true;
    });
    if (over) return undefined;
  }
  return parts.join("");
}

/** A test of elements of one parsed page (it keeps what it learns of each parent's children). */
export function screenReaderCopies(hiddenBy: (attribs: Record<string, string>) => string | undefined): (el: DomElement) => boolean {
  // A text node, or an element that is not hidden itself nor another screen-reader text.
  const visible = (node: DomNode): boolean =>
    node.type === "text" ||
    (isElement(node) && node.type === "tag" && hiddenBy(node.attribs) === undefined && !(node.attribs.class !== undefined && SCREEN_READER.test(node.attribs.class)));
  const families = new Map<DomNode, { at: Map<DomNode, number>; visibleKey: string | undefined }>();
  const familyOf = (parent: DomNode): { at: Map<DomNode, number>; visibleKey: string | undefined } => {
    let family = families.get(parent);
    if (family === undefined) {
      const siblings = parent.children ?? [];
      // A copy's key has at most MAX_COPY_CHARS letters and digits.
      const rest = textUpTo(siblings.filter(visible), Infinity, MAX_COPY_CHARS);
      family = { at: new Map(siblings.map((s, i) => [s, i])), visibleKey: rest === undefined ? undefined : textKey(rest) };
      families.set(parent, family);
    }
    return family;
  };
  /** The element is hidden from sight by a screen-reader class and its text is printed beside
   *  it: in its parent's other visible text, or in the element just before or after it. */
  return (el) => {
    const cls = el.attribs.class;
    if (cls === undefined || !SCREEN_READER.test(cls)) return false;
    const own = textUpTo([el], MAX_COPY_CHARS, MAX_COPY_CHARS);
    if (own === undefined || !el.parent) return false;
    const k = textKey(own);
    if (k.length < 2) return false;
    const siblings = el.parent.children ?? [];
    const { at, visibleKey } = familyOf(el.parent);
    if (visibleKey === k) return true;
    const i = at.get(el)!;
    return [adjacent(siblings, i, -1), adjacent(siblings, i, 1)].some((n) => {
      if (n === undefined || !visible(n)) return false;
      const text = textUpTo([n], Infinity, k.length);
      return text !== undefined && textKey(text) === k;
    });
  };
}

/** The nearest element sibling in a direction, skipping blank text. */
function adjacent(siblings: readonly DomNode[], at: number, step: 1 | -1): DomNode | undefined {
  for (let i = at + step; i >= 0 && i < siblings.length; i += step) {
    const s = siblings[i]!;
    if (s.type === "text" && (s.data ?? "").trim() === "") continue;
    if (s.type === "comment") continue;
    return s;
  }
  return undefined;
}
