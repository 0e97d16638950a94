// A category or tag archive prints its description (an introduction of some paragraphs) and
// then the run of entries it lists, side by side under one wrapper. The description is prose and
// the entries mostly link text, so the locator takes the description and the run, short of three
// times its text, is not taken for the page (listing.ts). When the two sit next to each other,
// the description first, and their wrapper holds little else, the wrapper is the page's content.
import { isElement, walk, type DomElement, type DomNode } from "./dom.js";
import { DOM_VOCABULARY } from "./vocabulary.js";
import type { ItemRun } from "./items.js";
import type { Located } from "./locate.js";
import type { TextStats } from "./text-stats.js";

/** Levels above each of the two that their shared wrapper may sit. */
const MAX_LEVELS = 3;
/** How much more text than the two the wrapper may hold (more, and it holds other sections). */
const MAX_WRAPPER_SLACK = 1.25;
const MIN_ENTRIES = 8;
/** An introduction holds at most this many times the entries' text: an article's body beside a
 *  strip of related teasers holds ten to fifty times theirs. */
const MAX_INTRO_RATIO = 3;

/** The wrapper of an introduction followed by the entries it introduces, if the two are so. */
export function introWithEntries(run: ItemRun, located: Located, stats: TextStats): DomElement | undefined {
  if (run.items.length < MIN_ENTRIES || !titled(run.items)) return undefined;
  const intro = located.node;
  const list = run.list;
  const wrapper = sharedWrapper(intro, list);
  if (!wrapper || wrapper === intro || wrapper === list) return undefined;
  if (!introFirst(wrapper, intro, list)) return undefined;
  const text = (el: DomNode): number => stats.text.get(el as DomElement) ?? 0;
  if (text(intro) > MAX_INTRO_RATIO * text(list)) return undefined;
  return text(wrapper) <= MAX_WRAPPER_SLACK * (text(intro) + text(list)) ? wrapper : undefined;
}

/** The nearest element above both, looking a few levels up from each. */
function sharedWrapper(a: DomNode, b: DomNode): DomElement | undefined {
  const above: DomNode[] = [];
  for (let up = a.parent, n = 0; up && n < MAX_LEVELS; up = up.parent, n++) above.push(up);
  for (let up = b.parent, n = 0; up && n < MAX_LEVELS; up = up.parent, n++) if (above.includes(up)) return up as DomElement;
  return undefined;
}

/** Whether the wrapper's child holding `intro` comes before the one holding `list`. */
function introFirst(wrapper: DomNode, intro: DomNode, list: DomNode): boolean {
  const childOf = (n: DomNode): DomNode => {
    let cur = n;
    while (cur.parent && cur.parent !== wrapper) cur = cur.parent;
    return cur;
  };
  const kids = wrapper.children ?? [];
  return kids.indexOf(childOf(intro)) < kids.indexOf(childOf(list));
}

const HEADINGS = DOM_VOCABULARY.headingTags;
/** Entries read for a heading (the first ones), and nodes read in each. */
const MAX_ENTRIES_READ = 16;
const MAX_NODES_READ = 256;

/** Whether most entries carry a heading, as teasers do (a title, often a link): a thread's
 *  replies after its opening post, a run of the same shape, carry none. */
function titled(items: readonly DomElement[]): boolean {
  const read = items.slice(0, MAX_ENTRIES_READ);
  return read.filter(hasHeading).length * 2 > read.length;
}

function hasHeading(item: DomElement): boolean {
  let found = false;
  let seen = 0;
  walk(item, (node) => {
    if (found || ++seen > MAX_NODES_READ || !isElement(node)) return false;
    if (HEADINGS.has(node.name)) found = true;
    return !found;
  });
  return found;
}
