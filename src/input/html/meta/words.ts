// Word-level tests over class names and labels, shared by the metadata readers.

/** "post__author-name authorBox" -> ["post", "author", "name", "author", "box"]. */
export function classWords(attr: string | undefined): string[] {
  if (!attr) return [];
  return attr
    .replace(/([a-z\d])([A-Z])/gu, "$1 $2")
    .toLowerCase()
    .split(/[\s_-]+/u)
    .filter((w) => w !== "");
}

// "has-sidebar", "no-comments", "is-menu-open": layout flags about the page, not names of a part.
const FLAG = /^(?:has|no|with|without|is|show|hide|hidden|enable|disable)[-_A-Z]/u;
/** Pages repeat a few hundred class strings thousands of times: each is split once. */
const CACHE_LIMIT = 5000;

/** A test of whether an element's class or id holds one of `words`, remembered per class string. */
export function classMatcher(words: readonly string[]): (attribs: Readonly<Record<string, string>>) => boolean {
  const wanted: ReadonlySet<string> = new Set(words);
  // Most class strings hold none of the words even as a substring; those need no splitting.
  const anywhere = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|"), "iu");
  const seen = new Map<string, boolean>();
  const holds = (attr: string): boolean => {
    if (!anywhere.test(attr)) return false;
    let hit = seen.get(attr);
    if (hit === undefined) {
      hit = attr
        .trim()
        .split(/\s+/u)
        .some((token) => !FLAG.test(token) && classWords(token).some((w) => wanted.has(w)));
      if (seen.size >= CACHE_LIMIT) seen.clear();
      seen.set(attr, hit);
    }
    return hit;
  };
  return (attribs) => (attribs.class !== undefined && attribs.class !== "" && holds(attribs.class)) || (attribs.id !== undefined && attribs.id !== "" && holds(attribs.id));
}

/** Space-separated attribute values ("author external", "og:title twitter:title"). */
export function tokens(value: string | undefined): string[] {
  return value ? value.trim().toLowerCase().split(/\s+/u).filter((t) => t !== "") : [];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** A case-insensitive alternation of phrases, longest first so "written by" wins over "by". */
export function alternation(phrases: readonly string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).map((p) => escape(p).replace(/ /gu, "\\s+")).join("|");
}
