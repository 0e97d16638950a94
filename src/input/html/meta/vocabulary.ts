// The words the HTML metadata reader looks for, kept as data so they can be read and extended in
// one place. Matching is case-insensitive; class words match inside a class token split at "-",
// "_" and camelCase humps ("post__author-name", "authorName" and "c-byline" all hold a word).

/** Meta tag keys (name, property, itemprop or http-equiv) per field, most trusted first. */
export const META_KEYS = {
  // <meta property="og:title" content="Budget passes | Daily Post">
  title: ["og:title", "twitter:title", "dc.title", "dcterms.title", "citation_title", "parsely-title", "sailthru.title"],
  // <meta name="author" content="Ann Lee">; <meta name="twitter:label1" content="Written by">
  // <meta name="twitter:data1" content="Ann Lee"> is read as "twitter:written by".
  author: ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "citation_author", "byl", "twitter:written by"],
  // <meta property="article:published_time" content="2024-11-02T08:00:00+01:00">
  published: [
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "published_time", "parsely-pub-date",
    "sailthru.date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "date", "citation_publication_date", "citation_date",
  ],
  // <meta property="article:modified_time" content="2024-11-03">
  modified: ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"],
  // <meta property="og:site_name" content="Daily Post">
  siteName: ["og:site_name", "application-name", "apple-mobile-web-app-title"],
  // <meta name="description" content="The council voted.">
  description: ["og:description", "description", "twitter:description", "dc.description", "dcterms.description"],
  // <meta property="og:locale" content="en_GB">
  lang: ["og:locale", "content-language", "dc.language", "dcterms.language"],
  image: ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"],
  keywords: ["news_keywords", "keywords"],
  // <meta name="twitter:creator" content="Ann Lee">: often the outlet's handle, read only as a name.
  handle: ["twitter:creator"],
  // <meta name="twitter:site" content="@dailypost">: the outlet's handle, never an author.
  siteHandle: ["twitter:site"],
} as const;

/** Visible bylines. */
export const BYLINE = {
  // <span class="byline">, <div class="post__author-name">, <p class="authorName">
  classWords: ["byline", "author", "authors", "contributor", "contributors", "writer", "creator", "posted by"],
  // <a href="/authors/ann-lee">Ann Lee</a>: the path segment before the name.
  linkSegments: ["author", "authors", "autor", "auteur", "contributor", "contributors", "writer", "writers", "columnist", "columnists", "journalist", "reporter", "people", "staff", "producers", "profile", "team", "users", "user", "members"],
  // "By Ann Lee", "Written by: Ann Lee", "von Ann Lee": a label that introduces a name.
  labels: ["by", "written by", "posted by", "published by", "article by", "text by", "words by", "story by", "reporting by", "author", "authors", "written", "von", "par", "por", "door"],
  // "Reviewed by Dr. Ng", "Photo by Jo Park": people credited for something other than the text.
  otherRoles: ["reviewed", "medically reviewed", "fact checked", "fact-checked", "edited", "photo", "photos", "photograph", "image", "images", "illustration", "video", "credit", "credits", "design", "translated"],
  // "About the author", "View all posts": the whole text in a byline's place, and not a name.
  notNames: ["about the author", "about", "author", "authors", "author details", "view all", "all posts", "more from", "more by", "follow", "read more", "see all", "posts by", "articles by", "profile", "bio", "subscribe", "contact", "share", "written by", "posted by", "by", "originally", "sponsored", "offline", "online", "post", "posts", "reply", "quote", "via", "username", "sign up", "sign in", "log in", "login", "register", "join", "join us", "delete cookies"],
} as const;

/** Dates shown on the page. */
export const VISIBLE_DATE = {
  // <p class="post-date">, <span class="entry-date">, <div class="publish-meta">: a date line so
  // marked may sit further from the headline than an unmarked one.
  classWords: ["date", "time", "published", "publish", "posted", "dateline", "timestamp", "pubdate", "meta", "byline", "updated"],
  // "Published on", "Last updated:", "Posted": what may stand before the date in the same text.
  labels: ["published on", "published", "posted on", "posted", "updated on", "last updated on", "last updated", "updated", "last modified", "modified", "on", "date", "submitted on", "originally published on"],
} as const;

/** Parts of a page whose names and dates belong to something else: comments, menus, teasers. */
export const ELSEWHERE = {
  // <noscript> is left in: some forums serve their whole thread in it to readers without scripts.
  tags: ["nav", "select", "button", "template"],
  // <div class="comment-meta">, <ul class="related-posts">, <div class="sidebar">
  classWords: ["comment", "comments", "reply", "related", "recommended", "menu", "breadcrumb", "breadcrumbs", "share", "newsletter", "popular", "trending", "cookie", "swiper", "carousel", "slider"],
} as const;
