// Article facts from the pristine HTML: JSON-LD first (the publisher's own structured data), then
// OpenGraph / Twitter / Dublin Core / article:* meta tags, then the page itself (<time>, bylines,
// dates shown next to the headline, <h1>, <title>). Each field records where it came from.
import { squash, textOf, type DomNode } from "./dom.js";
import type { HtmlMeta, MetaValue } from "../../metadata/html-meta.js";
import { ldList, ldObjects, ldText, type LdObject } from "./meta/json-ld.js";
import { decodeEntities } from "./meta/entities.js";
import { parseDate } from "../../metadata/parse-date.js";
import { gather, type Gathered } from "./meta/gather.js";
import { META_KEYS } from "./vocabulary.js";
import { chooseTitle, sameTitle, withoutSiteName } from "./meta/title.js";
import { cleanName, looksLikeName, visibleByline } from "./meta/author.js";
import { visibleDates } from "./meta/visible-date.js";
import { metaAuthors } from "./meta/meta-authors.js";
import { shownJoin } from "./meta/shown-join.js";

export function metaFromHtml(root: DomNode): HtmlMeta {
  const g = gather(root);
  const ld = ldObjects(g.ld);
  const art = ld.article ?? {};
  const page = ld.page ?? {};
  const meta = (keys: readonly string[]): MetaValue | undefined => {
    for (const k of keys) {
      const v = g.meta.get(k);
      if (v) return { value: decodeEntities(v), from: `meta[${k}]` };
    }
    return undefined;
  };
  const fromLd = (obj: LdObject, key: string, as: "name" | "url" = "name"): MetaValue | undefined => {
    const v = ldText(obj[key], as);
    return v ? { value: squash(decodeEntities(v)), from: `json-ld:${key}` } : undefined;
  };
  const out: HtmlMeta = {};
  const set = <K extends keyof HtmlMeta>(key: K, value: HtmlMeta[K] | undefined): void => {
    if (value !== undefined && out[key] === undefined) out[key] = value;
  };

  const publisher = fromLd(art, "publisher") ?? fromLd(page, "publisher");
  const website = ld.all.find((o) => o["@type"] === "WebSite");
  set("siteName", meta(META_KEYS.siteName) ?? (publisher && { value: publisher.value, from: "json-ld:publisher" }) ?? (website && fromLd(website, "name")));
  const siteNames = [out.siteName?.value, publisher?.value, website && ldText(website.name), hostLabel(g.canonical ?? g.meta.get("og:url"))].filter((s): s is string => !!s);

  const declared = [fromLd(art, "headline"), meta(META_KEYS.title), g.titleTag ? { value: decodeEntities(g.titleTag), from: "title" } : undefined, fromLd(art, "name")]
    .filter((d): d is MetaValue => d !== undefined)
    .map((d) => ({ value: withoutSiteName(d.value, siteNames), from: d.from }));
  set("title", chooseTitle({ declared, h1: g.h1.map((h) => decodeEntities(h.text)), subheadings: g.subheadings.map(decodeEntities) }, siteNames));
  const anchor = (g.h1.find((h) => out.title && sameTitle(h.text, out.title.value)) ?? g.h1[0])?.order ?? 0;

  set("authors", authors(g, art, meta, siteNames, anchor));
  if (out.authors) set("authorsShown", shownJoin(g, out.authors.value));

  // The first source whose value reads as a date: a key may hold "May 2025" or a template's token.
  const published = [() => fromLd(art, "datePublished"), ...META_KEYS.published.map((k) => () => meta([k])), () => fromLd(page, "datePublished"), () => fromLd(art, "dateCreated"), () => publishedLike(g)];
  for (const source of published) set("publishedAt", isoOf(source()));
  const time = g.times.find((t) => t.published) ?? g.times[0];
  if (time) set("publishedAt", isoOf({ value: time.datetime, from: "time[datetime]" }));
  const shown = out.publishedAt ? undefined : visibleDates(g, anchor);
  if (shown?.published) set("publishedAt", { value: shown.published.value, from: "text:date-line" });
  set("modifiedAt", isoOf(fromLd(art, "dateModified") ?? meta(META_KEYS.modified) ?? fromLd(page, "dateModified")));
  // A page whose only date is the one it shows as updated: that date stands for its publication,
  // as on the text path (metadata/from-text.ts), and its source says it is an update's.
  if (shown?.updated) set("publishedAt", { value: shown.updated.value, from: "text:update-line" });
  if (shown?.updated) set("modifiedAt", { value: shown.updated.value, from: "text:update-line" });
  const first = shown ? undefined : firstShown(g, anchor, out.publishedAt, out.modifiedAt);
  if (first) out.publishedAt = { value: first, from: "text:date-line" };

  set("description", fromLd(art, "description") ?? meta(META_KEYS.description) ?? fromLd(page, "description") ?? firstParagraph(g, anchor));
  set("lang", fromLd(art, "inLanguage") ?? (g.lang ? { value: g.lang, from: "html[lang]" } : meta(META_KEYS.lang)));
  set("canonical", g.canonical ? { value: g.canonical, from: "link[rel=canonical]" } : (meta(["og:url"]) ?? fromLd(art, "url", "url")));
  set("image", fromLd(art, "image", "url") ?? meta(META_KEYS.image));
  const tags = ldList(art.keywords).map((t) => decodeEntities(t));
  if (tags.length > 0) set("tags", { value: unique(tags), from: "json-ld:keywords" });
  else {
    const kw = meta(META_KEYS.keywords);
    if (g.tags.length > 0) set("tags", { value: unique(g.tags.map((t) => decodeEntities(t))), from: "meta[article:tag]" });
    else if (kw) set("tags", { value: unique(kw.value.split(/\s*[,;]\s*/u).filter((s) => s !== "")), from: kw.from });
  }
  return out;
}

/**
 * JSON-LD and meta authors, unless they only name the site (an outlet credited as its own author,
 * or a login handle) while the page shows a person's byline; then the byline.
 */
function authors(g: Gathered, art: LdObject, meta: (keys: readonly string[]) => MetaValue | undefined, siteNames: readonly string[], anchor: number): MetaValue<string[]> | undefined {
  const site = new Set(siteNames.map(bareName));
  const ldNames = unique(ldList(art.author).map((a) => squash(decodeEntities(a))).filter(looksLikeName));
  const fromMeta = metaAuthors(g, looksLikeName);
  const handle = meta(META_KEYS.handle);
  const declared: MetaValue<string[]> | undefined =
    ldNames.length > 0
      ? { value: ldNames, from: "json-ld:author" }
      : fromMeta
        ? fromMeta
        : handle && isPersonName(handle.value) && !site.has(bareName(handle.value))
          ? { value: [handle.value], from: handle.from }
          : undefined;
  const strong = declared?.value.some((n) => !site.has(bareName(n)) && !handleLike(n));
  if (declared && strong) return declared;
  const shown = visibleByline(g, anchor);
  if (shown && (!declared || shown.names.some((n) => !site.has(bareName(n))))) return { value: shown.names.map((n) => decodeEntities(n)), from: shown.from };
  return declared;
}

/** Where a page declares no description, its first paragraph after the headline stands for one, as
 *  Readability's excerpt does; a short one is a caption or a credit. */
function firstParagraph(g: Gathered, anchor: number): MetaValue | undefined {
  for (const p of g.paragraphs) {
    if (p.order < anchor) continue;
    const text = squash(textOf(p.el));
    if (text.length >= SHORTEST_DESCRIPTION) return { value: decodeEntities(text), from: "text:first-paragraph" };
  }
  return undefined;
}
const SHORTEST_DESCRIPTION = 40;

/**
 * A publication date declared no earlier than the modification date is the stamp of the page's
 * last save (its system writes both at once); a date shown beside the headline before it is when
 * the article first appeared, when it stands right by the headline or is labelled as published. A
 * modification date declared later leaves the publication date as declared: the page then tells
 * the two apart.
 */
function firstShown(g: Gathered, anchor: number, published: MetaValue | undefined, modified: MetaValue | undefined): string | undefined {
  const declared = dayOf(published?.value);
  const changed = dayOf(modified?.value);
  if (declared === undefined || changed === undefined || changed > declared) return undefined;
  const shown = visibleDates(g, anchor).published;
  return shown !== undefined && (shown.labelled || shown.distance <= BESIDE_HEADLINE) && shown.value < declared ? shown.value : undefined;
}
/** Text runs from the headline within which an unlabelled date is the article's own date line,
 *  not a date in its text ("As of July 31, 2025, ...") or under a reader's review. */
const BESIDE_HEADLINE = 20;
const dayOf = (iso: string | undefined): string | undefined => (iso === undefined ? undefined : /^\d{4}-\d{2}-\d{2}/u.exec(iso)?.[0]);

/** A meta key of a site's own naming that says it holds the publication date ("w-published-date"). */
function publishedLike(g: Gathered): MetaValue | undefined {
  for (const [key, value] of g.meta) if (PUBLISHED_KEY.test(key) && !MODIFIED_KEY.test(key) && parseDate(value)) return { value, from: `meta[${key}]` };
  return undefined;
}
const PUBLISHED_KEY = /publish|pub-?date|release-?date|date-?created|creation-?date/u;
const MODIFIED_KEY = /modif|updat|expir/u;

/** "kffnirmitap", "andrew.keaveney": a login, not a name written for readers. */
const handleLike = (s: string): boolean => /^[\p{Ll}\d._-]+$/u.test(s) || /^[\w-]+\.[\w.-]+$/u.test(s);
/** A handle ("@NBCNews", "NBCNews") names an account; a person's name has a space. */
const isPersonName = (s: string): boolean => !s.startsWith("@") && /\s/u.test(s.trim()) && cleanName(s) === s.trim();
const bareName = (s: string): string => s.toLowerCase().replace(/^@/u, "").replace(/[^\p{L}\d]/gu, "");

/** "https://www.daily-post.example/x" -> "daily-post". */
function hostLabel(url: string | undefined): string | undefined {
  const host = url && /^https?:\/\/([^/:?#]+)/iu.exec(url)?.[1];
  if (!host) return undefined;
  const labels = host.toLowerCase().replace(/^www\d?\./u, "").split(".");
  return labels.length >= 2 ? labels[labels.length - 2] : labels[0];
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
