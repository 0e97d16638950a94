// The words the HTML front end reads pages by: which tags and roles are chrome, which class/id
// words name boilerplate or the article, which tags are paragraphs and blocks, and the signals of
// each page type. Kept in one place, as data, so they can be read and extended without reading the
// extraction code; each pattern carries examples it must and must not match, run as tests
// (test/html/vocabulary.test.ts).
import type { PageType } from "../../types.js";

/** A class/id pattern with the words it is for and those it must leave alone. */
export interface Pattern {
  re: RegExp;
  matches: string[];
  not: string[];
}

export const DOM_VOCABULARY = {
  /** Never content. */
  dropTags: new Set(["script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "button", "select", "input", "textarea", "dialog", "link", "meta", "map", "audio", "video", "head", "title"]),
  /** Removed without a record: never visible, so not worth explaining. */
  silentTags: new Set(["head", "title", "script", "style", "meta", "link", "template"]),
  /** Chrome unless it holds a quarter or more of the page text (some sites wrap the whole page in
   *  a <form>, or tag the article wrapper "has-sidebar"). */
  chromeTags: new Set(["nav", "aside", "footer", "header", "form", "menu"]),
  chromeRoles: new Set(["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog", "tooltip"]),
  /** Class/id words of boilerplate containers. Matched at word starts so "share" hits "share-bar"
   *  and "socialShare" but "shared-content" is left to the following checks. */
  negativeClass: {
    re: new RegExp(
      String.raw`(?:^|[^a-z])(?:share|sharing|social|related|recommend|newsletter|subscri|signup|sign-up|comment|disqus|repl(?:y|ies)|respond|responses|discussion|author-?box|promo|advert|ads?(?![a-z])|adsense|sponsor|cookie|consent|gdpr|breadcrumb|sidebar|popup|modal|overlay|banner|masthead|navbar|menu|nav(?![a-z])|navigation|footer|pagination|pager|author-?bio|about-?the-?author|more-?stories|read-?more|trending|popular|most-?read|widget|toolbar|tags?(?![a-z])|taglist|categories|byline|dateline|meta-?data|post-?meta|entry-?meta|article-?meta|skip-?link|jump|rating|reaction|follow|outbrain|taboola|paywall|login|signin|share-?bar|addthis|sharedaddy|jp-relatedposts|yarpp|visually-?hidden|sr-only|screen-?reader|caption-?credit|credit)`,
      "u",
    ),
    matches: ["share-bar", "socialshare", "related-posts", "site-footer", "ad", "top-ads", "c-modal", "newsletter-signup", "comments"],
    not: ["article", "adapt", "navigate-story", "story-card"],
  } as Pattern,
  /** Class/id words of article containers: a match vetoes the negative words. */
  positiveClass: {
    re: /(?:^|[^a-z])(?:article-?body|articlebody|article-?content|article-?text|entry-?content|post-?content|post-?body|story-?body|main-?content|content-?body|body-?text|single-?content|rich-?text|prose)/u,
    matches: ["article-body", "entry-content has-sidebar", "post-content share-wrap", "prose"],
    not: ["sidebar", "related-posts"],
  } as Pattern,
  /** Container names article templates share, tried in this order (locate.ts); a node matching the
   *  first tier, holding a fair share of the page's text, is taken without scoring. */
  articleBodyClass: {
    re: /(?:^|[\s_-])(?:post|entry|article|story|blog|single|page|body|text)[_-]{0,2}(?:text|body|content|entry|copy)(?:$|[\s_-])|articlebody|article__body|article__content|articletext|postcontent|postbody|storycontent|storybody|entrycontent|rich-?text/u,
    matches: ["entry-content", "article__body", "story-body", "post_text", "body-content", "c-rich-text"],
    not: ["content", "article", "sidebar-entry"],
  } as Pattern,
  mainClass: {
    re: /(?:^|\s)(?:main-?content|content-?main|content|main|primary|post|entry|story|article)(?:$|\s)/u,
    matches: ["main-content", "content", "post hentry", "primary"],
    not: ["content-sidebar", "main-nav", "postfooter"],
  } as Pattern,
  /** Elements whose text scores their ancestors in paragraph scoring (locate.ts). */
  paragraphTags: new Set(["p", "pre", "blockquote", "td", "li", "dd", "h2", "h3", "h4"]),
  /** Elements that may receive a score as the article container. */
  containerTags: new Set(["div", "section", "article", "main", "td", "body", "span", "font", "center"]),
  /** Block-level elements: each becomes a block of its own (blocks.ts). */
  blockTags: new Set([
    "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "center", "body", "html",
  ]),
  /** A heading that is a link (an item of a listing, a numbered entry of a ranking) is a title, not a menu. */
  headingTags: new Set(["h1", "h2", "h3", "h4", "h5", "h6"]),
  cellTags: new Set(["td", "th"]),
};

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
