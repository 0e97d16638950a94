// What an HTML page says about itself (JSON-LD, OpenGraph, <time>, bylines), as metadata
// fields with their sources. It takes precedence over what text rules capture: a page's
// structured data is explicit, a byline line in the text is inferred.
import type { HtmlMeta } from "./html-meta.js";
import type { Metadata } from "../types.js";

export interface PageMetadata {
  fields: Partial<Metadata>;
  from: Partial<Record<keyof Metadata, string>>;
}

export function pageMetadata(meta: HtmlMeta): PageMetadata {
  const fields: Partial<Metadata> = {};
  const from: Partial<Record<keyof Metadata, string>> = {};
  const take = <K extends keyof Metadata>(key: K, value: Metadata[K] | undefined, source: string | undefined): void => {
    if (value === undefined || source === undefined || (typeof value === "string" && value.trim() === "")) return;
    fields[key] = value;
    from[key] = source;
  };
  take("title", meta.title?.value, meta.title?.from);
  take("author", meta.authorsShown ?? (meta.authors?.value.join(", ") || undefined), meta.authors?.from);
  take("publishedAt", meta.publishedAt?.value, meta.publishedAt?.from);
  take("modifiedAt", meta.modifiedAt?.value, meta.modifiedAt?.from);
  take("siteName", meta.siteName?.value, meta.siteName?.from);
  take("description", meta.description?.value, meta.description?.from);
  take("lang", meta.lang?.value, meta.lang?.from);
  take("canonicalUrl", meta.canonical?.value, meta.canonical?.from);
  take("image", meta.image?.value, meta.image?.from);
  take("tags", meta.tags?.value.length ? meta.tags.value : undefined, meta.tags?.from);
  return { fields, from };
}
