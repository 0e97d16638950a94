// A page's main region (<main>, role=main) whose text is all hidden is not a set of hidden copies:
// it is the page's content, held back until a script shows it (a store's lockdown or age-gate app,
// an anti-flicker snippet scoped to the content). The page-wide test in pruning (most of the
// page's text hidden) misses it when the visible menus and footer around the region outweigh it.
// The one hidden part that holds the region's text is kept, as the page-wide test keeps a hidden
// page's; the region's other hidden parts are what the script shows instead (an "access denied"
// notice, a password form) and stay out.
import { isElement, isMainRegion, walk, type DomElement, type DomNode } from "./dom.js";
import type { TextStats } from "./text-stats.js";

/** Share of the region's text in its largest hidden part, at least. */
const MIN_HIDDEN_SHARE = 0.9;
/** Share of the page's text the region holds, at least: a small one is a widget named "main". */
const MIN_REGION_SHARE = 0.25;

/** In each main region whose text is all hidden, its largest hidden part (outermost, hidden by an
 *  attribute or a style; aria-hidden is no hiding from sight). `hiddenBy` says how a node is hidden. */
export function hiddenMainParts(root: DomNode, stats: TextStats, pageChars: number, hiddenBy: (a: Record<string, string>) => string | undefined, skip: ReadonlySet<string>): Set<DomElement> {
  const regions: DomElement[] = [];
  // Outermost regions only: each node is read once below, however the regions nest.
  walk(root, (node) => {
    if (!isElement(node)) return node === root || node.type === "root";
    if (node.name === "script" || node.name === "style" || node.name === "template") return false;
    if (!isMainRegion(node)) return true;
    regions.push(node);
    return false;
  });
  const kept = new Set<DomElement>();
  for (const region of regions) {
    const chars = stats.text.get(region) ?? 0;
    if (chars === 0 || chars < MIN_REGION_SHARE * pageChars || hiddenBy(region.attribs)) continue;
    let largest: DomElement | undefined;
    let largestChars = 0;
    walk(region, (node) => {
      if (!isElement(node)) return node === region;
      if (skip.has(node.name)) return false;
      const how = node === region ? undefined : hiddenBy(node.attribs);
      if (!how || how === "aria-hidden") return true;
      const n = stats.text.get(node) ?? 0;
      if (n > largestChars) {
        largest = node;
        largestChars = n;
      }
      return false;
    });
    if (largest && largestChars >= MIN_HIDDEN_SHARE * chars) kept.add(largest);
  }
  return kept;
}
