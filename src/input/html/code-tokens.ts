// A code block's syntax highlighter wraps each token in a span named for what it is: Prism's
// `token tag`, `token comment`, a highlighter's `sp-syntax-tag`. Those names are the code's
// grammar, not the page's chrome, and the negative class words ("tag", "comment") must not
// cut holes in the code. Elements below a <pre> or <code> are not judged by their names.
import type { DomElement } from "./dom.js";

const CODE_TAGS = new Set(["pre", "code"]);

/** Called on each element in document order (parents before children): whether it lies below a
 *  <pre> or <code>. One set lookup per element, whatever the nesting. */
export function codeTokens(): (el: DomElement) => boolean {
  const inCode = new Set<DomElement>();
  return (el) => {
    const parent = el.parent as DomElement | null;
    const below = parent !== null && inCode.has(parent);
    if (below || CODE_TAGS.has(el.name)) inCode.add(el);
    return below;
  };
}
