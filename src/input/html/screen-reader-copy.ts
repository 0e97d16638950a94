// A screen-reader copy: text hidden from sight by a utility class ("sr-only", "visually-hidden",
// "clipped") that repeats what is printed right beside it, for screen readers that would skip
// the visible one ("EUR 163.12" printed, and "EUR 163.12" again in a clipped span inside it).
// Read without the style sheet, each such value comes out twice, run together
// ("EUR 163.12EUR 163.12"). The copy goes and the visible text stays. A screen-reader label with
// no visible twin (a price whose visible form is aria-hidden, "opens in a new tab") is left alone.
import { isElement, textOf, type DomElement, type DomNode } from "./dom.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

const SCREEN_READER = DOM_VOCABULARY.screenReaderClass.re;
/** Longer texts are passages, not the short values and labels that get such copies. */
const MAX_COPY_CHARS = 200;

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The element is hidden from sight by a screen-reader class and its text is printed beside it:
 *  in its parent's other visible text, or in the element just before or after it. */
export function isScreenReaderCopy(el: DomElement, hiddenBy: (attribs: Record<string, string>) => string | undefined): boolean {
  const cls = el.attribs.class;
  if (cls === undefined || !SCREEN_READER.test(cls)) return false;
  const own = textOf(el);
  if (own.length > MAX_COPY_CHARS) return false;
  const k = key(own);
  if (k.length < 2 || !el.parent) return false;
  const siblings = el.parent.children ?? [];
  const at = siblings.indexOf(el);
  const rest: string[] = [];
  // A text node, or an element that is not hidden itself nor another screen-reader text.
  const visible = (node: DomNode): boolean =>
    node.type === "text" ||
    (isElement(node) && node.type === "tag" && hiddenBy(node.attribs) === undefined && !(node.attribs.class !== undefined && SCREEN_READER.test(node.attribs.class)));
  for (const s of siblings) if (s !== el && visible(s)) rest.push(textOf(s));
  if (key(rest.join(" ")) === k) return true;
  const near = [adjacent(siblings, at, -1), adjacent(siblings, at, 1)];
  return near.some((n) => n !== undefined && visible(n) && key(textOf(n)) === k);
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
