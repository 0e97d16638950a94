// A page's main region (<main>, role=main) is where the site says its content is. A template
// may wrap it, with the sidebar beside it, in a layout element named for the pair (Genesis's
// "content-sidebar-wrap", a "sidebar-layout" grid): the negative word there names the layout,
// and dropping the wrapper drops the main region with it. An element that holds the main region
// is therefore not chrome by its class/id words; its own children are judged as usual.
import { isElement, isMainRegion, walk, type DomElement, type DomNode } from "./dom.js";

/** The elements that hold a main region, found in one walk; each ancestor is marked once (an
 *  upward climb stops at the first one already marked), so nested mains cost linear time. */
export function mainWrappers(root: DomNode): ReadonlySet<DomElement> {
  const wrappers = new Set<DomElement>();
  walk(root, (node) => {
    if (!isElement(node)) return node === root || node.type === "root";
    if (isMainRegion(node)) {
      for (let up = node.parent; up && isElement(up) && !wrappers.has(up); up = up.parent) wrappers.add(up);
    }
    return true;
  });
  return wrappers;
}
