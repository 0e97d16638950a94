// A page whose every line pruning took out for what its element is called (the site's header,
// navigation menus, footer: chrome tags, roles and class/id words) has no content of its own: an
// empty shell a script fills (a results page, a shop's category). The own extractor then keeps
// nothing and asks Readability, which reads the page unpruned and returns the biggest of those
// menus. Its text is no evidence of content when every line of it is one pruning already named
// chrome: the honest result is an empty body, with the chrome's removals saying what was there.
// Text pruning took out for other reasons (hidden by a script until load) is left to Readability.
import { squash, textOf, type DomElement } from "./dom.js";
import type { TextBlock } from "./blocks.js";

/** Whether every line of `blocks` lies inside an element pruning removed for its name. */
export function onlyNamedChrome(blocks: readonly TextBlock[], namedChrome: Iterable<DomElement>): boolean {
  const chrome = [...namedChrome].map((el) => squash(textOf(el))).filter((t) => t.length > 0);
  if (chrome.length === 0) return false;
  // Elements are joined with a character no text holds, so no line matches across two of them.
  const joined = chrome.join("\u0000");
  return blocks.every((b) => b.lines.every((line) => joined.includes(squash(line))));
}

export const CHROME_ONLY_WARNING = {
  code: "chrome-only",
  message: "the page's only text is its site header, menus and footer (its content is left to a script): nothing was kept",
};
