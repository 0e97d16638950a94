// The article's title. A lone <h1> is the visible headline, and the declared titles (JSON-LD
// headline, og:title, <title>) are often a search-engine variant of it, so it wins over them; but
// when the declared titles agree with each other and the <h1> shares almost none of their words,
// the <h1> is a section label, a logo or the author's name, and the declared title wins. Site
// names are taken off the declared titles.
import type { MetaValue } from "../../../metadata/html-meta.js";

const SEPARATORS = "|–—·•:-";
const SPLIT = new RegExp(`\\s+[${SEPARATORS}]\\s+`, "u");
/** A generic trailing segment after a separator is a site or section name when it is this short. */
const GENERIC_SUFFIX = /^(.{12,}?)\s+[|–—·•-]\s+[^|–—·•]{2,40}$/u;

export const sameTitle = (a: string, b: string): boolean => key(a) === key(b);

function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/gu, "'")
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/[‐‑‒–—―−]/gu, "-")
    .replace(/\s+/gu, " ")
    .replace(/[\s.:;,!]+$/u, "")
    .trim();
}

/** Letters and digits only, for comparing "Daily Post" with "dailypost.com". */
const bare = (s: string): string => s.toLowerCase().replace(/\.(?:com|org|net|co|io|news|info)(?:\.\w\w)?$/u, "").replace(/[^\p{L}\d]/gu, "");

/** "Headline | Site" or "Site: Headline" -> "Headline" when the part off is one of the site's names. */
export function withoutSiteName(title: string, siteNames: readonly string[]): string {
  const names = new Set(siteNames.map(bare).filter((n) => n.length >= 2));
  const parts = title.split(SPLIT);
  if (parts.length >= 2) {
    const last = bare(parts[parts.length - 1]!);
    if (names.has(last)) return title.slice(0, title.length - lastSeparatorTail(title)).trim();
    const first = bare(parts[0]!);
    if (names.has(first)) return title.slice(title.search(SPLIT)).replace(SPLIT, "").trim();
  }
  const m = GENERIC_SUFFIX.exec(title);
  return m ? m[1]! : title;
}

function lastSeparatorTail(title: string): number {
  const re = new RegExp(`\\s+[${SEPARATORS}]\\s+(?:(?!\\s+[${SEPARATORS}]\\s+).)*$`, "u");
  const m = re.exec(title);
  return m ? m[0].length : 0;
}

export interface TitleSources {
  declared: MetaValue[];
  h1: string[];
}

/** Below this share of its words found in the declared title, an <h1> is not the same headline. */
const UNRELATED_H1 = 0.2;

export function chooseTitle({ declared, h1 }: TitleSources, siteNames: readonly string[] = []): MetaValue | undefined {
  const titles = declared.filter((d) => !siteNames.some((n) => bare(n) === bare(d.value)));
  const lone = h1.filter((t) => t.length >= 3);
  const agreed = titles.find((d, i) => titles.some((e, j) => j !== i && sameTitle(d.value, e.value)));
  if (lone.length === 1 && !(agreed && sharedWords(lone[0]!, agreed.value) < UNRELATED_H1)) return { value: headOf(lone[0]!, titles, siteNames), from: "h1" };
  return agreed ?? titles[0];
}

/**
 * "Headline – Site" or "Headline | Tagline" as an <h1>: the headline alone when the part after the
 * last spaced separator is the site's name, or when what stands before it is a declared title.
 */
function headOf(h1: string, declared: readonly MetaValue[], siteNames: readonly string[]): string {
  const tail = lastSeparatorTail(h1);
  if (tail === 0) return h1;
  const head = h1.slice(0, h1.length - tail).trim();
  const names = new Set(siteNames.map(bare).filter((n) => n.length >= 2));
  const after = bare(h1.slice(h1.length - tail).replace(new RegExp(`^\\s+[${SEPARATORS}]\\s+`, "u"), ""));
  return names.has(after) || declared.some((d) => sameTitle(d.value, head)) ? head : h1;
}

/** The share of the words of `a` that `b` also has. */
function sharedWords(a: string, b: string): number {
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  const theirs = new Set(words(b));
  const ours = words(a);
  return ours.length === 0 ? 0 : ours.filter((w) => theirs.has(w)).length / ours.length;
}
