// The article's title. A lone <h1> is the visible headline, and the declared titles (JSON-LD
// headline, og:title, <title>) are often a search-engine variant of it, so it wins over them; but
// when the declared titles agree with each other and the <h1> shares almost none of their words,
// the <h1> is a section label, a logo or the author's name, and the declared title wins, unless
// a declared title is that <h1> too. A declared title the page prints as a lower heading is
// its headline as well, with no second declared title needed: the <h1> above it that shares
// almost none of its words, or only function words ("Information and Resources" above "What They
// Are and How You Get Them"), is the section's name. Of several <h1>s, the one a declared title
// names is the headline. Site names are taken off the declared titles.
import type { MetaValue } from "../../../metadata/html-meta.js";
import { stopwordMask } from "../../../lexicon/stopwords.js";

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
  /** The page's first <h2> and <h3> texts. */
  subheadings?: string[];
}

/** Below this share of its words found in the declared title, an <h1> is not the same headline. */
const UNRELATED_H1 = 0.2;

export function chooseTitle({ declared, h1, subheadings = [] }: TitleSources, siteNames: readonly string[] = []): MetaValue | undefined {
  const titles = declared.filter((d) => !siteNames.some((n) => bare(n) === bare(d.value)));
  const lone = headlines(h1, titles, siteNames);
  const agreed = titles.find((d, i) => titles.some((e, j) => j !== i && sameTitle(d.value, e.value))) ?? titles.find((d) => subheadings.some((h) => sameTitle(d.value, h)));
  const declaredToo = lone.length === 1 && titles.some((d) => sameTitle(d.value, lone[0]!));
  const printed = agreed !== undefined && subheadings.some((h) => sameTitle(agreed.value, h));
  if (lone.length === 1 && (declaredToo || !(agreed && sharedWords(lone[0]!, agreed.value, printed) < UNRELATED_H1))) return { value: headOf(lone[0]!, titles, siteNames), from: "h1" };
  return whole(agreed ?? titles[0], titles);
}

/**
 * The <h1>s that may be the headline: each text once, without the site's name (a logo in an <h1>)
 * and template placeholders ("{{ cart.title }}"). Where several remain, the one a declared title
 * names is the headline: the whole declared title, else a part of it with the rest set off by a
 * separator or brackets ("Blog name: Headline", "Headline (Author)"); the names the declared titles
 * set off beside themselves are no headline then.
 */
function headlines(h1: readonly string[], titles: readonly MetaValue[], siteNames: readonly string[]): string[] {
  const names = siteNames.map(bare).filter((n) => n.length >= 2);
  const seen = new Set<string>();
  const left = h1.filter((t) => {
    const k = key(t);
    if (t.length < 3 || seen.has(k)) return false;
    seen.add(k);
    return !TEMPLATE.test(t) && !names.includes(bare(t));
  });
  if (left.length <= 1) return left;
  const beside = new Set(namesBesideTitles(titles.map((d) => d.value)).map(bare));
  const rest = left.filter((t) => !beside.has(bare(t)));
  if (rest.length <= 1) return rest;
  const named = rest.filter((t) => titles.some((d) => sameTitle(d.value, t)));
  if (named.length === 1) return named;
  const part = rest.filter((t) => titles.some((d) => isSetOffPart(d.value, t)));
  return part.length === 1 ? part : rest;
}
const TEMPLATE = /\{\{|\}\}|\$\{/u;

/** True when `part` stands in `title` with all else set off by separators or brackets. */
function isSetOffPart(title: string, part: string): boolean {
  const k = key(title);
  const p = key(part);
  const at = k.indexOf(p);
  if (p.length < 3 || at < 0 || k === p) return false;
  const before = k.slice(0, at);
  const after = k.slice(at + p.length);
  return (before === "" || /[|–—·•:-]\s+$/u.test(before)) && (after === "" || /^[\s.,;!]*(?:[|–—·•:-]\s|\()/u.test(after));
}

/**
 * Names the declared titles reveal themselves: where one declared title is another with a piece
 * added after a separator ("Blog name: Headline" beside "Headline"), that piece is the site's.
 */
export function namesBesideTitles(titles: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of titles) {
    const k = key(t);
    for (const o of titles) {
      const ko = key(o);
      if (ko.length < 3 || ko.length >= k.length) continue;
      const rest = k.startsWith(ko) ? k.slice(ko.length) : k.endsWith(ko) ? k.slice(0, k.length - ko.length) : undefined;
      const m = rest ? SET_OFF.exec(rest) : null;
      const name = m && (m[1] ?? m[2] ?? m[3]);
      if (name) out.push(name);
    }
  }
  return out;
}
/** What stands beside a title, set off by a separator: " | Site", "Site: ", " (Site)". */
const SET_OFF = /^[\s.,;!]*[|–—·•:-]\s+(.+?)\s*$|^\s*(?:\((.+)\))\s*$|^\s*(.+?)\s*[|–—·•:-]\s*$/u;

/** A declared title cut at a length limit ("... Solutions (Including") gives way to a declared
 *  title that carries it on. */
function whole(chosen: MetaValue | undefined, titles: readonly MetaValue[]): MetaValue | undefined {
  if (!chosen || !unclosed(chosen.value)) return chosen;
  const k = key(chosen.value);
  return titles.find((d) => d !== chosen && key(d.value).startsWith(k) && key(d.value).length > k.length) ?? chosen;
}
const unclosed = (s: string): boolean => (s.match(/[([]/gu)?.length ?? 0) > (s.match(/[)\]]/gu)?.length ?? 0);

/**
 * "Headline – Site", "Headline | Tagline", "Label: Headline" or "Headline (source.example) 87" as an
 * <h1>: the headline alone when a declared title is the part after the label, before the bracket
 * or before the last spaced separator, or when the part after that separator is the site's name. A pipe sets off a tagline ("Headline | Python, SQL & AI"): the part before the
 * first one is the headline.
 */
function headOf(h1: string, declared: readonly MetaValue[], siteNames: readonly string[]): string {
  const named = declared.find((d) => isLabelled(h1, d.value) || isBracketed(h1, d.value));
  if (named) {
    const at = key(h1).indexOf(key(named.value));
    return h1.slice(at, at + key(named.value).length);
  }
  const piped = PIPE.exec(h1);
  if (piped) return piped[1]!;
  const tail = lastSeparatorTail(h1);
  if (tail === 0) return h1;
  const names = new Set(siteNames.map(bare).filter((n) => n.length >= 2));
  const after = bare(h1.slice(h1.length - tail).replace(new RegExp(`^\\s+[${SEPARATORS}]\\s+`, "u"), ""));
  const head = h1.slice(0, h1.length - tail).trim();
  return names.has(after) || declared.some((d) => sameTitle(d.value, head)) ? head : h1;
}
/** "Blog: Headline", "Thread: Headline": a label of a word or two, then the declared title. */
const isLabelled = (h1: string, title: string): boolean => key(h1).endsWith(key(title)) && /^[\p{L}\d]+(?: [\p{L}\d]+)?:\s+$/u.test(key(h1).slice(0, key(h1).length - key(title).length));
/** "Headline (source.example) 87": the declared title, then the host a link aggregator names. */
const isBracketed = (h1: string, title: string): boolean => key(h1).startsWith(key(title)) && /^\s*\((?:[\p{L}\d-]+\.)+\p{L}{2,}\)/u.test(key(h1).slice(key(title).length));
const PIPE = /^(.{12,}?)\s+\|\s+\S/u;

/** The share of the words of `a` that `b` also has; with `ownWords`, the lower of that and the
 *  share of its words other than function words ("and", "the" do not relate two headings). */
function sharedWords(a: string, b: string, ownWords = false): number {
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  const theirs = new Set(words(b));
  const share = (ws: readonly string[]): number => (ws.length === 0 ? 0 : ws.filter((w) => theirs.has(w)).length / ws.length);
  const all = words(a);
  const content = all.filter((w) => stopwordMask(w) === 0);
  return !ownWords || content.length === 0 ? share(all) : Math.min(share(all), share(content));
}
