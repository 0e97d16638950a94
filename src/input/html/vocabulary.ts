// The words the HTML front end reads pages by. Kept in one place, as data, so they can be read
// and extended without reading the extraction code.
import type { PageType } from "../../types.js";

export const PAGE_TYPE_VOCABULARY = {
  /** schema.org types (JSON-LD @type, microdata itemtype) and the page type they declare. */
  declaredTypes: {
    DiscussionForumPosting: "forum", QAPage: "forum",
    Product: "product", ProductGroup: "product", IndividualProduct: "product", ProductModel: "product",
    TechArticle: "documentation", APIReference: "documentation",
    CollectionPage: "collection", OfferCatalog: "collection",
    SearchResultsPage: "listing",
    Article: "article", NewsArticle: "article", BlogPosting: "article", Report: "article", ScholarlyArticle: "article",
    OpinionNewsArticle: "article", AnalysisNewsArticle: "article", ReportageNewsArticle: "article", LiveBlogPosting: "article", Recipe: "article", Review: "article",
    Service: "service", ProfessionalService: "service", FinancialService: "service", LegalService: "service",
  } as Record<string, PageType>,
  /** When a page declares several kinds, the one that describes the page best: a thread or a
   *  product says so in its main entity, while article types are declared by pages of every kind. */
  declaredPriority: ["forum", "product", "documentation", "collection", "listing", "article", "service"] as PageType[],
  /** og:type values. */
  ogTypes: { article: "article", product: "product", "og:product": "product", "product.item": "product", "product.group": "product" } as Record<string, PageType>,
  /** Class/id words of an add-to-cart control, and the labels of such a button. */
  cartControl: /(?:^|[^a-z])(?:add-?to-?(?:cart|bag|basket)|addtocart|buy-?now|product-?form__submit)/u,
  cartLabel: /^\s*(?:add to (?:cart|bag|basket)|buy now|in den warenkorb|ajouter au panier|añadir al carrito)\s*$/iu,
  priceClass: /(?:^|[^a-z])(?:price|product-?price|sale-?price|regular-?price)(?:$|[^a-z])/u,
  /** Class/id words of a documentation site's navigation. */
  docsNav: /(?:^|[^a-z])(?:docs|documentation|toctree|toc|sidebar-?nav|doc-?nav|api-?nav|menu-?docs|bd-docs-nav|md-nav|wy-nav)/u,
  minCodeBlocks: 2,
  /** Class/id words of one post of a thread, and how many same-shaped ones make a thread. */
  postClass: /(?:^|[\s_-])(?:post|message|topic-?post|forum-?post|comment-?body|reply|postbit|post-?container|crawler-?post)(?:$|[\s_-])/u,
  minPosts: 3,
  minPostsShare: 0.4,
  /** Class/id words of one item card of a listing or collection, and how many make a list. */
  cardClass: /(?:^|[\s_-])(?:card|product-?card|product-?item|product-?tile|grid-?item|grid__item|item|tile|teaser|result|list-?item|river-?item|summary-?item|story-?card|post-?card|article-?card)(?:$|[\s_-])/u,
  /** Class/id words that name chrome on most pages but content on pages of a type: a thread's
   *  posts are its comments and replies. */
  contentWords: { forum: /comment|disqus|repl(?:y|ies)|respon(?:d|ses)|discussion|reaction/gu } as Partial<Record<PageType, RegExp>>,
  minCards: 6,
  minCardsShare: 0.3,
};
