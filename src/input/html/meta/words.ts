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

export function hasClassWord(attribs: Readonly<Record<string, string>>, words: ReadonlySet<string>): boolean {
  for (const attr of [attribs.class, attribs.id]) {
    if (!attr) continue;
    for (const token of attr.trim().split(/\s+/u)) {
      if (FLAG.test(token)) continue;
      for (const w of classWords(token)) if (words.has(w)) return true;
    }
  }
  return false;
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
