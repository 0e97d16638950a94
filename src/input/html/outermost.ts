// The outermost elements of a kind inside a container: the steps that leave a part of the chosen
// content out (a menu kept for its size, a phone's copy) take a whole subtree, so they neither
// look inside one they found nor inside one already removed.
import { NO_DEADLINE, type Deadline } from "./deadline.js";
import { isElement, walk, type DomElement } from "./dom.js";

export function outermostInside(container: DomElement, removed: ReadonlySet<DomElement>, isKind: (el: DomElement) => boolean, stage: string, deadline: Deadline = NO_DEADLINE): DomElement[] {
  const found: DomElement[] = [];
  walk(container, (node) => {
    deadline.tick(stage);
    if (!isElement(node)) return node === container;
    if (removed.has(node)) return false;
    if (node === container || !isKind(node)) return true;
    found.push(node);
    return false;
  });
  return found;
}
