// An accordion's toggle: a <button> that opens a panel of the page (aria-expanded, aria-controls),
// its text the panel's heading (a FAQ's question, a course page's "Schedule + Registration").
// Buttons are dropped as controls; this one is kept, as without it its panel is an answer to a
// question no one asked. A menu's toggle opens a popup (aria-haspopup), and a one-word label
// ("Menu", "Close") names a control, not a panel.
import { textOf, type DomElement } from "./dom.js";

export function isDisclosureToggle(el: DomElement): boolean {
  const a = el.attribs;
  if (a["aria-haspopup"] !== undefined) return false;
  if (a["aria-expanded"] === undefined && a["aria-controls"] === undefined) return false;
  let words = 0;
  for (const w of textOf(el).split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(w) && ++words >= MIN_WORDS) return true;
  return false;
}
const MIN_WORDS = 2;
