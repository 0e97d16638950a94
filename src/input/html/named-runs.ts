// A run of same-shaped blocks of prose inside the chosen container is the article's own, whatever
// their class names say: a review roundup lays out each product's review as a "product-widget",
// a landing page its sections as "banner-item"s. Pruning took each of them for chrome by its name
// alone; inside the container, three or more siblings of one shape, each a paragraph's worth of
// prose, are given back. What readers write (comments, reviews, replies) stays out: a thread is
// also a run of same-shaped prose, and it is not the article.
import { NO_DEADLINE, type Deadline } from "./deadline.js";
import { isElement, type DomElement } from "./dom.js";
import type { Pruned } from "./prune.js";
import type { DomRemoval } from "./types.js";
import type { TextStats } from "./text-stats.js";
import { DOM_VOCABULARY } from "./vocabulary.js";

const VOICES = DOM_VOCABULARY.voiceClass.re;
const MIN_RUN = 3;
const MIN_CHARS = 150;
const MIN_COMMAS = 2;
const MAX_LINK_SHARE = 0.3;

/** `whole`: text stats of the unpruned page. Changes `pruned` in place. */
export function giveBackNamedRuns(container: DomElement, pruned: Pruned, whole: TextStats, deadline: Deadline = NO_DEADLINE): void {
  // An explicit stack: pages nest 100k deep.
  const stack: DomElement[] = [container];
  const given = new Set<DomRemoval>();
  while (stack.length > 0) {
    const el = stack.pop()!;
    const runs = new Map<string, DomElement[]>();
    for (const child of el.children) {
      deadline.tick("giving back runs");
      if (!isElement(child) || child.type !== "tag") continue;
      const removal = pruned.byName.get(child);
      if (removal !== undefined) {
        if (isProse(child, whole) && !VOICES.test(removal.reason)) {
          const key = `${removal.reason} ${child.name}.${(child.attribs.class ?? "").trim().split(/\s+/u).sort().join(".")}`;
          const run = runs.get(key) ?? [];
          run.push(child);
          runs.set(key, run);
        }
      } else if (!pruned.removed.has(child)) stack.push(child);
    }
    for (const run of runs.values()) if (run.length >= MIN_RUN) giveBack(run, pruned, given);
  }
  // The given-back removals leave the list in one sweep (a page may have thousands).
  if (given.size > 0) {
    let kept = 0;
    for (const r of pruned.removals) if (!given.has(r)) pruned.removals[kept++] = r;
    pruned.removals.length = kept;
  }
}

function isProse(el: DomElement, whole: TextStats): boolean {
  const chars = whole.text.get(el) ?? 0;
  return chars >= MIN_CHARS && (whole.commas.get(el) ?? 0) >= MIN_COMMAS && (whole.links.get(el) ?? 0) <= MAX_LINK_SHARE * chars;
}

function giveBack(run: readonly DomElement[], pruned: Pruned, given: Set<DomRemoval>): void {
  for (const el of run) {
    const removal = pruned.byName.get(el);
    pruned.removed.delete(el);
    pruned.byName.delete(el);
    if (removal !== undefined) given.add(removal);
  }
}
