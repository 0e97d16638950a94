// One walk over the parsed page collecting what the metadata readers need: meta tags, JSON-LD
// sources, the <title>, the headings, and the visible text in reading order, where bylines and
// dates are looked for. Text in comments, menus and teasers is left out: the names and dates in
// it belong to something other than the article.
import { isElement, squash, textOf, walk, type DomElement, type DomNode } from "../dom.js";
import { BYLINE, ELSEWHERE, META_KEYS } from "../vocabulary.js";
import { classMatcher, tokens } from "./words.js";
import { headlineText } from "./headline-text.js";

/** A piece of visible text; `order` is its index in reading order. Its whitespace is squashed
 *  when first read: most runs are only ever tested for a leading label. */
export class TextRun {
  #text: string | undefined;
  constructor(
    readonly raw: string,
    readonly order: number,
    readonly parent: DomElement,
  ) {}
  get text(): string {
    return (this.#text ??= squash(this.raw));
  }
}

/** An element the page marks as a byline, with the order of its first text. */
export interface BylineMark {
  text: string;
  order: number;
  how: "itemprop=author" | "rel=author" | "class" | "author-link";
  parent: DomNode | null;
}

export interface Gathered {
  lang?: string;
  titleTag?: string;
  /** The first few <h1>s, with the order of their text. */
  h1: Array<{ text: string; order: number }>;
  /** The texts of the first few <h2> and <h3>s. */
  subheadings: string[];
  meta: Map<string, string>;
  /** Every value of an author meta key, in page order: scholarly pages repeat the key per author. */
  authorMetas: Map<string, string[]>;
  canonical?: string;
  ld: string[];
  times: Array<{ datetime: string; published: boolean; order: number }>;
  bylines: BylineMark[];
  runs: TextRun[];
  /** The first paragraphs (<p>) of the page, with the order of their text; read only when needed. */
  paragraphs: Array<{ el: DomElement; order: number }>;
  /** article:tag repeats, one tag per meta element. */
  tags: string[];
}

const MAX_RUNS = 20_000;
const AUTHOR_KEYS: ReadonlySet<string> = new Set(META_KEYS.author);
/** Enough for a paper's author list; a page repeating a key thousands of times is not read further. */
const MAX_AUTHOR_METAS = 50;
const MAX_BYLINES = 60;
const MAX_PARAGRAPHS = 60;
const MAX_SUBHEADINGS = 10;
const bylineClass = classMatcher(BYLINE.classWords);
const elsewhereClass = classMatcher(ELSEWHERE.classWords);
const ELSEWHERE_TAGS: ReadonlySet<string> = new Set(ELSEWHERE.tags);
const AUTHOR_PATH = new RegExp(`/(?:${BYLINE.linkSegments.join("|")})/[^/?#]*[\\p{L}\\d][^/?#]*/?(?:[?#]|$)`, "iu");
const LONGEST_BYLINE = 160;
/** Elements that frame the whole page or article: their classes describe the layout around it. */
const PAGE_FRAME: ReadonlySet<string> = new Set(["body", "main", "article"]);
/** Each look at a marked element reads its text; a page marking thousands of nested elements would
 *  make that quadratic, so only so many are read. */
const MAX_BYLINE_READS = 300;
/** A byline is a few elements; reading stops after this many nodes below a marked element. */
const MOST_BYLINE_NODES = 200;

export function gather(root: DomNode): Gathered {
  const g: Gathered = { h1: [], subheadings: [], meta: new Map(), authorMetas: new Map(), ld: [], times: [], bylines: [], runs: [], paragraphs: [], tags: [] };
  let inBody = false;
  let reads = 0;
  // Elements inside comments, menus and teasers: still walked for headings, but their text,
  // bylines and dates are not the article's.
  const elsewhere = new Set<DomNode>();
  walk(root, (node) => {
    const aside = node.parent !== null && elsewhere.has(node.parent);
    if (node.type === "text") {
      if (inBody && !aside && g.runs.length < MAX_RUNS && node.parent && isElement(node.parent) && /\S/u.test(node.data ?? "")) g.runs.push(new TextRun(node.data!, g.runs.length, node.parent));
      return false;
    }
    if (!isElement(node)) return node.type === "root";
    const el = node;
    const a = el.attribs;
    switch (el.name) {
      case "html":
        if (a.lang) g.lang = a.lang.trim();
        return true;
      case "body":
        inBody = true;
        return true;
      case "title":
        if (!inBody) g.titleTag ??= squash(textOf(el));
        return false;
      case "meta":
        readMeta(g, a);
        return false;
      case "link":
        if (tokens(a.rel).includes("canonical") && a.href) g.canonical ??= a.href.trim();
        return false;
      case "script":
        if (a.type?.toLowerCase().includes("ld+json")) g.ld.push(rawText(el));
        return false;
      case "style":
        return false;
      case "h1":
        if (g.h1.length < 3) g.h1.push({ text: headlineText(el), order: g.runs.length });
        break;
      case "h2":
      case "h3":
        if (inBody && g.subheadings.length < MAX_SUBHEADINGS) g.subheadings.push(squash(textOf(el)));
        break;
      case "time": {
        // A machine-readable date is kept wherever it sits; the first one marked as the
        // publication's, else the first of all, is taken.
        const datetime = a.datetime ?? a.content;
        const around = `${a.class ?? ""} ${el.parent && isElement(el.parent) ? (el.parent.attribs.class ?? "") : ""}`;
        if (datetime) g.times.push({ datetime, published: a.itemprop === "datePublished" || a.pubdate !== undefined || /publish|posted/iu.test(around), order: g.runs.length });
        break;
      }
    }
    if (aside || (inBody && !PAGE_FRAME.has(el.name) && (ELSEWHERE_TAGS.has(el.name) || elsewhereClass(a) || a.hidden !== undefined))) {
      elsewhere.add(el);
      return true;
    }
    if (inBody && g.bylines.length < MAX_BYLINES && reads < MAX_BYLINE_READS && markByline(g, el)) reads++;
    if (el.name === "p" && inBody && g.paragraphs.length < MAX_PARAGRAPHS) g.paragraphs.push({ el, order: g.runs.length });
    return true;
  });
  return g;
}

function readMeta(g: Gathered, a: Readonly<Record<string, string>>): void {
  const content = a.content?.trim();
  if (!content) return;
  // twitter:label1 "Written by" + twitter:data1 "Ann Lee": a labelled value, stored under its label.
  const label = /^twitter:label(\d)$/u.exec(a.name ?? "")?.[1];
  if (label) g.meta.set(`twitter:label${label}`, squash(content));
  const data = /^twitter:data(\d)$/u.exec(a.name ?? "")?.[1];
  const labelled = data && g.meta.get(`twitter:label${data}`);
  if (labelled && !g.meta.has(`twitter:${labelled.toLowerCase()}`)) g.meta.set(`twitter:${labelled.toLowerCase()}`, squash(content));
  // One meta element may carry several keys: property="og:title twitter:title".
  for (const key of tokens(a.property ?? a.name ?? a.itemprop ?? a["http-equiv"])) {
    if (key === "article:tag") g.tags.push(squash(content));
    else if (!g.meta.has(key)) g.meta.set(key, squash(content));
    if (AUTHOR_KEYS.has(key)) {
      const values = g.authorMetas.get(key) ?? [];
      if (values.length < MAX_AUTHOR_METAS) values.push(squash(content));
      g.authorMetas.set(key, values);
    }
  }
}

/** True when the element was read as a possible byline. */
function markByline(g: Gathered, el: DomElement): boolean {
  const a = el.attribs;
  const how: BylineMark["how"] | undefined = tokens(a.itemprop).includes("author")
    ? "itemprop=author"
    : tokens(a.rel).includes("author")
      ? "rel=author"
      : el.name === "a" && a.href && AUTHOR_PATH.test(a.href) && sameSite(a.href, g.canonical ?? g.meta.get("og:url"))
        ? "author-link"
        : bylineClass(a)
          ? "class"
          : undefined;
  if (!how) return false;
  const text = pieces(el);
  if (text !== "" && text.length <= LONGEST_BYLINE) g.bylines.push({ text, order: g.runs.length, how, parent: el.parent });
  return true;
}

/** The texts below an element joined with " | ", so that "By", the name, the role and the date
 *  written in separate elements stay apart ("By | Ann Lee | Reporter | May 3, 2025"). */
function pieces(el: DomElement): string {
  const parts: string[] = [];
  let chars = 0;
  let visits = 0;
  walk(el, (node) => {
    if (chars > LONGEST_BYLINE || ++visits > MOST_BYLINE_NODES) return false;
    if (node.type === "text") {
      const t = squash(node.data ?? "");
      if (t !== "") {
        parts.push(t);
        chars += t.length;
      }
      return false;
    }
    return node.type !== "comment" && node.type !== "script" && node.type !== "style";
  });
  return parts.join(" | ");
}

/** A link to the page's own site: relative, or on the host of the page's address. */
function sameSite(href: string, pageUrl: string | undefined): boolean {
  const host = /^(?:https?:)?\/\/([^/:?#]+)/iu.exec(href)?.[1]?.toLowerCase().replace(/^www\./u, "");
  if (host === undefined) return true;
  const own = pageUrl && /^https?:\/\/([^/:?#]+)/iu.exec(pageUrl)?.[1]?.toLowerCase().replace(/^www\./u, "");
  return !own || host === own || host.endsWith(`.${own}`) || own.endsWith(`.${host}`);
}

/** Script bodies are skipped by textOf, so read their text children directly. */
function rawText(el: DomElement): string {
  return el.children.map((c) => c.data ?? "").join("");
}
