// What the HTML front end reads about a page from its own metadata (JSON-LD, meta tags, <time>),
// each value with where it came from; the metadata room turns it into the result's Metadata.
export interface MetaValue<T = string> {
  value: T;
  /** Where it came from: "json-ld:headline", "meta[og:title]", "time[datetime]", ... */
  from: string;
}

export interface HtmlMeta {
  title?: MetaValue;
  authors?: MetaValue<string[]>;
  /** The authors as the page's byline joins them ("Ann Lee and Jo Park"), when it does. */
  authorsShown?: string;
  publishedAt?: MetaValue;
  modifiedAt?: MetaValue;
  siteName?: MetaValue;
  description?: MetaValue;
  lang?: MetaValue;
  canonical?: MetaValue;
  image?: MetaValue;
  tags?: MetaValue<string[]>;
}
