// Article facts from the pristine HTML: JSON-LD first (the publisher's own structured data), then
// OpenGraph / Twitter / Dublin Core / article:* meta tags, then the page itself (<time>, bylines,
// <h1>, <title>). Each field records where it came from.
import { isElement, squash, textOf, walk, type DomElement, type DomNode } from "./dom.js";
import type { HtmlMeta, MetaValue } from "../../metadata/html-meta.js";
import { ldList, ldObjects, ldText } from "./meta/json-ld.js";
import { decodeEntities } from "./meta/entities.js";
import { parseDate } from "../../metadata/parse-date.js";

interface Gathered {
  lang?: string;
  titleTag?: string;
  h1: string[];
  meta: Map<string, string>;
  canonical?: string;
  ld: string[];
  times: Array<{ datetime: string; published: boolean }>;
  bylines: Array<{ text: string; from: string }>;
  /** article:tag repeats, one tag per meta element. */
  tags: string[];
}

export function metaFromHtml(root: DomNode): HtmlMeta {
  const g = gather(root);
  const ld = ldObjects(g.ld);
  const art = ld.article ?? {};
  const page = ld.page ?? {};
  const meta = (...keys: string[]): MetaValue | undefined => {
    for (const k of keys) {
      const v = g.meta.get(k);
      if (v) return { value: v, from: `meta[${k}]` };
    }
    return undefined;
  };
  const fromLd = (obj: Record<string, unknown>, key: string, as: "name" | "url" = "name"): MetaValue | undefined => {
    const v = ldText(obj[key], as);
    return v ? { value: squash(decodeEntities(v)), from: `json-ld:${key}` } : undefined;
  };
  const out: HtmlMeta = {};
  const set = <K extends keyof HtmlMeta>(key: K, value: HtmlMeta[K] | undefined): void => {
    if (value !== undefined && out[key] === undefined) out[key] = value;
  };

  // The visible headline is the article's title; meta titles often carry an SEO variant or "| Site".
  const declared = fromLd(art, "headline") ?? meta("og:title", "twitter:title", "dc.title", "citation_title") ?? fromLd(art, "name");
  const h1 = g.h1.filter((t) => t.length >= 3);
  if (h1.length === 1) set("title", { value: h1[0]!, from: "h1" });
  set("title", declared ? { value: withoutSiteName(declared.value), from: declared.from } : undefined);
  if (g.titleTag) set("title", { value: withoutSiteName(g.titleTag), from: "title" });

  const ldAuthors = ldList(art.author).map((a) => squash(decodeEntities(a))).filter(plausibleName);
  if (ldAuthors.length > 0) set("authors", { value: unique(ldAuthors), from: "json-ld:author" });
  const metaAuthor = meta("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "citation_author", "twitter:creator");
  if (metaAuthor && plausibleName(metaAuthor.value)) set("authors", { value: metaAuthor.value.split(/\s*(?:,|\band\b|&)\s*/u).filter(plausibleName), from: metaAuthor.from });
  const byline = g.bylines.find((b) => plausibleName(b.text));
  if (byline) set("authors", { value: [byline.text], from: byline.from });

  set("publishedAt", isoOf(fromLd(art, "datePublished") ?? meta("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "parsely-pub-date", "sailthru.date", "dc.date", "dc.date.issued", "date", "citation_publication_date") ?? fromLd(page, "datePublished")));
  const time = g.times.find((t) => t.published) ?? g.times[0];
  if (time) set("publishedAt", isoOf({ value: time.datetime, from: "time[datetime]" }));
  set("modifiedAt", isoOf(fromLd(art, "dateModified") ?? meta("article:modified_time", "og:updated_time", "datemodified", "last-modified")));

  const publisher = art.publisher;
  set("siteName", meta("og:site_name", "application-name") ?? (publisher ? { value: ldText(publisher) ?? "", from: "json-ld:publisher" } : undefined));
  if (out.siteName?.value === "") delete out.siteName;
  set("description", fromLd(art, "description") ?? meta("og:description", "description", "twitter:description"));
  set("lang", fromLd(art, "inLanguage") ?? (g.lang ? { value: g.lang, from: "html[lang]" } : meta("og:locale", "content-language")));
  set("canonical", g.canonical ? { value: g.canonical, from: "link[rel=canonical]" } : (meta("og:url") ?? fromLd(art, "url", "url")));
  set("image", fromLd(art, "image", "url") ?? meta("og:image", "twitter:image", "og:image:url"));
  const tags = ldList(art.keywords);
  if (tags.length > 0) set("tags", { value: unique(tags), from: "json-ld:keywords" });
  else {
    const kw = meta("news_keywords", "keywords");
    if (g.tags.length > 0) set("tags", { value: unique(g.tags), from: "meta[article:tag]" });
    else if (kw) set("tags", { value: unique(kw.value.split(/\s*[,;]\s*/u).filter((s) => s !== "")), from: kw.from });
  }
  return out;
}

function gather(root: DomNode): Gathered {
  const g: Gathered = { h1: [], meta: new Map(), ld: [], times: [], bylines: [], tags: [] };
  walk(root, (node) => {
    if (!isElement(node)) return node.type === "root";
    const el = node;
    const a = el.attribs;
    switch (el.name) {
      case "html":
        if (a.lang) g.lang = a.lang.trim();
        break;
      case "title":
        g.titleTag ??= squash(textOf(el));
        return false;
      case "meta": {
        const key = (a.property ?? a.name ?? a.itemprop ?? a["http-equiv"])?.trim().toLowerCase();
        const content = a.content?.trim();
        if (key === "article:tag" && content) g.tags.push(squash(content));
        else if (key && content && !g.meta.has(key)) g.meta.set(key, squash(content));
        return false;
      }
      case "link":
        if (a.rel?.toLowerCase().split(/\s+/u).includes("canonical") && a.href) g.canonical ??= a.href.trim();
        return false;
      case "script":
        if (a.type?.toLowerCase().includes("ld+json")) g.ld.push(rawText(el));
        return false;
      case "style":
        return false;
      case "time": {
        const datetime = a.datetime ?? a.content;
        if (datetime) g.times.push({ datetime, published: a.itemprop === "datePublished" || a.pubdate !== undefined || /publish|posted/iu.test(`${a.class ?? ""} ${el.parent && isElement(el.parent) ? (el.parent.attribs.class ?? "") : ""}`) });
        break;
      }
      case "h1":
        if (g.h1.length < 3) g.h1.push(squash(textOf(el)));
        return false;
    }
    if (a.itemprop === "author" || a.rel === "author" || /(?:^|\s)(?:byline|author-name|author__name)(?:$|\s)/iu.test(a.class ?? "")) {
      const text = squash(textOf(el)).replace(/^(?:by|von|par|por|di)\s+/iu, "");
      if (text) g.bylines.push({ text, from: a.itemprop === "author" ? "itemprop=author" : a.rel === "author" ? "a[rel=author]" : "byline" });
      return false;
    }
    return true;
  });
  return g;
}

/** Script bodies are skipped by textOf, so read their text children directly. */
function rawText(el: DomElement): string {
  return el.children.map((c) => c.data ?? "").join("");
}

/** "Headline | Site" -> "Headline": drops one trailing segment after a spaced separator. */
function withoutSiteName(title: string): string {
  const m = /^(.{12,}?)\s+[|–—·•-]\s+[^|–—·•]{2,40}$/u.exec(title);
  return m ? m[1]! : title;
}

function plausibleName(s: string): boolean {
  return s.length >= 3 && s.length <= 80 && !/^https?:|@|^\d+$/u.test(s);
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function isoOf(v: MetaValue | undefined): MetaValue | undefined {
  if (!v) return undefined;
  const raw = v.value.trim();
  if (/^\d{4}-\d{2}-\d{2}/u.test(raw)) return { value: raw, from: v.from };
  const parsed = parseDate(raw);
  if (parsed) return { value: parsed, from: v.from };
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? undefined : { value: new Date(ms).toISOString(), from: v.from };
}
