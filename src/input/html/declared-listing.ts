// schema.org's CollectionPage is declared by a shop's category and by a blog's or a news site's
// section alike: the first shows prices beside its items, the second headlines and dates. A page
// that declares only such a type for a collection, and shows fewer prices than a collection's run
// of cards, is a listing (`listing-or-collection` in vocabulary/page-types.yaml).
import type { PageType } from "../../types.js";
import { PAGE_TYPE_VOCABULARY as V } from "./vocabulary.js";

/** `declared`: the page's declared schema.org types, `type`: the page type they were read as,
 *  `prices`: price elements on the page (price class/id words, itemprop=price). */
export function declaredKind(type: PageType, declared: readonly string[], prices: number): PageType {
  if (type !== "collection" || prices >= V.minCards) return type;
  const collections = declared.map(bare).filter((t) => V.declaredTypes[t] === "collection");
  return collections.every((t) => V.listingOrCollection.has(t)) ? "listing" : type;
}

const bare = (t: string): string => t.replace(/^https?:\/\/schema\.org\//u, "");
