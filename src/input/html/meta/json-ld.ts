// JSON-LD blocks -> the article-like object(s) they describe. Pages nest them in @graph, arrays
// and mainEntity; broken JSON (trailing commas, raw newlines) is common and skipped quietly.
// Templates written for XHTML wrap the block in CDATA (bare or inside /* */ or // comments) and
// older ones in <!-- -->; those wrappers are not JSON and are peeled off first.
export type LdObject = Record<string, unknown>;

const WRAPPER_START = /^\s*(?:(?:\/\*\s*|\/\/\s*)?<!\[CDATA\[(?:\s*\*\/)?|<!--)/u;
const WRAPPER_END = /(?:(?:\/\*\s*|\/\/\s*)?\]\]>(?:\s*\*\/)?|-->)\s*$/u;

/** The JSON inside a script body, without CDATA or comment wrappers. */
export function unwrapScript(source: string): string {
  let s = source.trim();
  for (let i = 0; i < 2 && (WRAPPER_START.test(s) || WRAPPER_END.test(s)); i++) s = s.replace(WRAPPER_START, "").replace(WRAPPER_END, "").trim();
  return s;
}

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|Review|Recipe|SocialMediaPosting|DiscussionForumPosting|VideoObject|HowTo|Guide|Blog)$/u;
const PAGE_TYPES = /^(?:WebPage|ItemPage|AboutPage|CollectionPage|ProfilePage)$/u;

export function ldObjects(sources: readonly string[]): { article?: LdObject; page?: LdObject; all: LdObject[] } {
  const all: LdObject[] = [];
  for (const source of sources) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(unwrapScript(source));
    } catch {
      continue;
    }
    const stack: unknown[] = [parsed];
    while (stack.length > 0 && all.length < 200) {
      const item = stack.pop();
      if (Array.isArray(item)) stack.push(...[...item].reverse());
      else if (item && typeof item === "object") {
        const obj = item as LdObject;
        all.push(obj);
        if (obj["@graph"]) stack.push(obj["@graph"]);
        if (obj.mainEntity && typeof obj.mainEntity === "object") stack.push(obj.mainEntity);
      }
    }
  }
  const byId = new Map<string, LdObject>();
  for (const o of all) if (typeof o["@id"] === "string" && Object.keys(o).length > 1 && !byId.has(o["@id"])) byId.set(o["@id"], o);
  // {"@id": "#author"} stands for the object of that id elsewhere in the graph.
  for (const o of all) for (const key of REFERENCED) if (o[key] !== undefined) o[key] = resolved(o[key], byId);
  const typed = (re: RegExp): LdObject | undefined => all.find((o) => types(o).some((t) => re.test(t)));
  const out: { article?: LdObject; page?: LdObject; all: LdObject[] } = { all };
  const article = typed(ARTICLE_TYPES);
  const page = typed(PAGE_TYPES);
  if (article) out.article = article;
  if (page) out.page = page;
  return out;
}

const REFERENCED = ["author", "publisher", "creator", "isPartOf"] as const;

function resolved(value: unknown, byId: ReadonlyMap<string, LdObject>): unknown {
  if (Array.isArray(value)) return value.map((v) => resolved(v, byId));
  if (value && typeof value === "object") {
    const o = value as LdObject;
    const id = o["@id"];
    if (typeof id === "string" && o.name === undefined) return byId.get(id) ?? o;
  }
  return value;
}

function types(o: LdObject): string[] {
  const t = o["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

/** A string, the first string of an array, or the `name`/`url`/`@id` of an object. */
export function ldText(value: unknown, key: "name" | "url" = "name"): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length > 0 ? ldText(value[0], key) : undefined;
  if (value && typeof value === "object") {
    const o = value as LdObject;
    return ldText(o[key]) ?? (key === "url" ? ldText(o["@id"]) : undefined);
  }
  return undefined;
}

export function ldList(value: unknown, key: "name" | "url" = "name"): string[] {
  if (typeof value === "string") return value.split(/\s*,\s*/u).filter((s) => s !== "");
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items.map((v) => ldText(v, key)).filter((s): s is string => s !== undefined);
}
