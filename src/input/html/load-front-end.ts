// Loads the HTML front end on first use. cheerio and linkedom are slow to load and a text
// batch never needs them, so the text path must not import them; clean() is synchronous, hence
// require() of our own ES module (supported without a flag since Node 20.19, this package's floor).
import { createRequire } from "node:module";
import type { HtmlDoc, HtmlOptions } from "./types.js";

type HtmlToDoc = (html: string, options?: HtmlOptions) => HtmlDoc;

let loaded: HtmlToDoc | undefined;

export function htmlFrontEnd(): HtmlToDoc {
  if (loaded === undefined) {
    const require = createRequire(import.meta.url);
    loaded = (require("./html-to-doc.js") as { htmlToDoc: HtmlToDoc }).htmlToDoc;
  }
  return loaded;
}
