// The words of a headline element as a reader sees them. A line break or a block inside the
// <h1> parts words ("WEEKEND<br>CODING" reads "WEEKEND CODING"), and what templates tuck inside
// the heading without being part of it is left out: a <time> ("Dec 18 2025 Preparing a...") and a
// heading nested in it (an unclosed <h1> swallowing the "Posted on ... by ..." line below it), and
// a permalink sign ("Install¶").
import { isElement, squash, textOf, walk, type DomElement } from "../dom.js";
import { DOM_VOCABULARY } from "../vocabulary.js";

const LEFT_OUT: ReadonlySet<string> = new Set(["time", "script", "style", "template", "h2", "h3", "h4", "h5", "h6"]);

/** A link with no letter or digit in it: a permalink sign ("¶", "#") or an icon. */
const isSign = (a: DomElement): boolean => !/[\p{L}\d]/u.test(textOf(a));

export function headlineText(h1: DomElement): string {
  const parts: string[] = [];
  walk(h1, (node) => {
    if (node.type === "text") parts.push(node.data ?? "");
    else if (node.type === "comment") return false;
    else if (isElement(node) && node !== h1) {
      if (LEFT_OUT.has(node.name) || (node.name === "a" && isSign(node))) return false;
      if (node.name === "br" || DOM_VOCABULARY.blockTags.has(node.name)) parts.push(" ");
    }
    return true;
  });
  return squash(parts.join(""));
}
