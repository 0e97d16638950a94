// The block above each post of a thread that says who wrote it and when ("raoul  May 3, 2024,
// 8:45am", "Spursidol  30 Jun 2024  #1"): forum software prints it in a <header> or a block
// named post-meta, both taken for chrome elsewhere. Counted on the dev set's forum pages, lines
// of the truth made of a date hold 2,380 words (name and date above each post, on about half the
// threads), 1,070 of them dropped with such a block. On pages taken for forums a small block
// holding a <time> is the post's: it stays (its date alone on a line still goes to the date
// rule); the post's number beside it ("#12") does not.
import { isElement, squash, textOf, walk, type DomElement } from "./dom.js";
import type { TextStats } from "./text-stats.js";

/** An attribution is a name, a date and a few controls ("#1", "Share"), not a post. */
const MAX_CHARS = 120;

/** The element holds a <time> with text and little else. */
export function isPostAttribution(el: DomElement, stats: TextStats): boolean {
  const chars = stats.text.get(el) ?? 0;
  if (chars === 0 || chars > MAX_CHARS) return false;
  let time = false;
  walk(el, (node) => {
    if (time || !isElement(node)) return false;
    if (node.name === "time" && (stats.text.get(node) ?? 0) > 0) time = true;
    return !time;
  });
  return time;
}

/** A post's number beside its attribution ("#12"): never a post's own text, which is longer. */
const POST_NUMBER = /^#\d{1,6}$/u;
const MAX_NUMBER_CHARS = 7;

export function isPostNumber(el: DomElement, stats: TextStats): boolean {
  const chars = stats.text.get(el) ?? 0;
  if (chars === 0 || chars > MAX_NUMBER_CHARS) return false;
  return POST_NUMBER.test(squash(textOf(el)));
}
