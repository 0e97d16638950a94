// What may stand as an author: names from a byline's place pass, the other text found there
// (running text after "By", reading times, buttons, avatar initials) does not; author meta tags
// repeated once per author are all read, citation-style "Last, First" names joined into a list
// read "First Last"; a declared list reads as the page's byline joins it.
import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { createCleaner } from "../../src/index.js";
import { cleanName } from "../../src/input/html/meta/author.js";
import { firstLast } from "../../src/input/html/meta/meta-authors.js";
import { nameShaped } from "../../src/input/html/meta/name-shape.js";

const page = (head: string, body = ""): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const prose = "<p>The council met on Tuesday evening and voted on the budget for the coming year, after a long debate.</p>";

describe("name shape", () => {
  const names = [
    "Ann Lee",
    "Maria de la Cruz",
    "the Lavazza Team",
    "The Team, edited by Walter",
    "Dieter Hogen with Uta Pippig",
    "Tracy Parker, Dietitian",
    "A. J. Neal",
    "3i Global",
    "whova",
    "Md Aynal Haque",
    "Agatha Caleo, Candidate Representative to the Candidate Liaison Committee",
    "Tom May",
    "MDN contributors",
  ];
  const notNames = [
    "submitting this form, you agree to our",
    "This article was",
    "Insights from",
    "On Freewrite",
    "5 min read",
    "8 minutes read",
    "CM",
    "Sign",
    "Visit the Acme Store",
    "Try it free",
    "Recipe by",
    "Government Websites by",
    "billed annually, or $50",
    "the dawn of the 19",
    "Gentoo developers, and the",
    "the",
  ];
  for (const s of names) test(`"${s}" reads as a name`, () => assert.ok(nameShaped(s)));
  for (const s of notNames) test(`"${s}" does not`, () => assert.ok(!nameShaped(s)));
});

describe("a byline's text cleaned to its name", () => {
  const cases: Array<[string, string | undefined]> = [
    ["Insights from | Liza Burke | Marketing Director | May 14, 2025", "Liza Burke"],
    ["CM | Craig McCarthy | Last updated on 17 December 2025", "Craig McCarthy"],
    ["Dec. 19, 2025 · Niko Matsakis on behalf of | Vision Doc group", "Niko Matsakis"],
    ["Recipe by | PJ Hamel", "PJ Hamel"],
    ["August 28, 2025 | • | 5 min read", undefined],
    ["IK | Hej {{firstName}}!", undefined],
    ["By Ann Lee | Reuters", "Ann Lee"],
    ["Articles by Juliette", "Juliette"],
    ["View all posts by Ray Ansari", "Ray Ansari"],
  ];
  for (const [raw, name] of cases) test(`"${raw}" -> ${name ?? "no name"}`, () => assert.equal(cleanName(raw), name));
});

describe("'By' in running text", () => {
  test("a consent line or a sentence after 'By' is no author", () => {
    for (const line of ["By submitting this form, you agree to our <a href='/privacy'>Privacy Policy</a>", "By <code>default</code>, the value is kept.", "By clicking <b>Accept</b> you agree"]) {
      const { meta } = htmlToDoc(page("", `<h1>Storm hits the coast</h1><p>${line}</p>${prose}`));
      assert.equal(meta.authors, undefined, line);
    }
  });
  test("a lower-case handle in an element of its own after 'by' is one", () => {
    const { meta } = htmlToDoc(page("", `<h1>Storm hits the coast</h1><p>by <a href="/u/whova">whova</a></p>${prose}`));
    assert.deepEqual(meta.authors, { value: ["whova"], from: "text:by-label" });
  });
  test("a failing byline gives way to the next source", () => {
    const { meta } = htmlToDoc(page(`<meta name="author" content="Freewrite Store">`, `<h1>Storm hits the coast</h1><p>By Freewrite Store</p>`));
    assert.deepEqual(meta.authors?.value, ["Freewrite Store"]);
    const onlyText = htmlToDoc(page(`<meta name="author" content="Freewrite Store">`, `<h1>Storm hits the coast</h1><p>On Freewrite</p>`)).meta;
    assert.deepEqual(onlyText.authors, { value: ["Freewrite Store"], from: "meta[author]" });
  });
});

describe("author meta tags", () => {
  test("citation_author once per author: all of them, in page order, deduplicated", () => {
    const head = ["Aditya Mahindru", "Pradeep Patil", "Aditya Mahindru", "Varun Agrawal"].map((n) => `<meta name="citation_author" content="${n}">`).join("");
    assert.deepEqual(htmlToDoc(page(head, "<h1>A study</h1>")).meta.authors, { value: ["Aditya Mahindru", "Pradeep Patil", "Varun Agrawal"], from: "meta[citation_author]" });
  });
  test("several 'Last, First' names read 'First Last'; a lone one stays as written", () => {
    const several = ["Roy, Aniruddha", "Patel, Jyoti"].map((n) => `<meta name="citation_author" content="${n}">`).join("");
    assert.deepEqual(htmlToDoc(page(several, "<h1>A study</h1>")).meta.authors?.value, ["Aniruddha Roy", "Jyoti Patel"]);
    assert.deepEqual(htmlToDoc(page(`<meta name="citation_author" content="Kaufman, Jeff T.">`, "<h1>A study</h1>")).meta.authors?.value, ["Kaufman, Jeff T."]);
  });
  test("a later key listing the same first author with co-authors gives the fuller list", () => {
    const head = `<meta name="DC.Creator" content="Jennifer Huberty"><meta name="citation_authors" content="Jennifer Huberty"><meta name="citation_authors" content="Jeni Green">`;
    assert.deepEqual(htmlToDoc(page(head, "<h1>A study</h1>")).meta.authors, { value: ["Jennifer Huberty", "Jeni Green"], from: "meta[citation_authors]" });
  });
  test("a CMS account name is no author", () => {
    const head = `<meta name="author" content="Administrator"><meta name="author" content="David Kim">`;
    assert.deepEqual(htmlToDoc(page(head, "<h1>A study</h1>")).meta.authors?.value, ["David Kim"]);
  });
  const lastFirst: Array<[string, string]> = [
    ["Roy, Aniruddha", "Aniruddha Roy"],
    ["Berger, Emery D.", "Emery D. Berger"],
    ["van der Berg, Anna", "Anna van der Berg"],
    ["Jong, Michiel de", "Michiel de Jong"],
    ["and the, Anna", "and the, Anna"],
    ["Lee, Jr.", "Lee, Jr."],
    ["Ann Lee, Jo Park, Sam Wu", "Ann Lee, Jo Park, Sam Wu"],
    ["Ann Lee", "Ann Lee"],
  ];
  for (const [raw, shown] of lastFirst) test(`firstLast("${raw}") = "${shown}"`, () => assert.equal(firstLast(raw), shown));
});

describe("a declared list of authors, joined as the page shows it", () => {
  const ld = (names: string[]): string => `<script type="application/ld+json">${JSON.stringify({ "@type": "Article", headline: "Best streaming services", author: names.map((name) => ({ "@type": "Person", name })) })}</script>`;
  const author = (names: string[], body: string): string | undefined => createCleaner().clean({ html: page(ld(names), `<h1>Best streaming services</h1>${body}${prose}`) }).metadata.author;
  test("'and' before the last name, with or without a serial comma, or '&'", () => {
    assert.equal(author(["Ann Lee", "Jo Park"], "<p>By <a>Ann Lee</a> and <a>Jo Park</a></p>"), "Ann Lee and Jo Park");
    assert.equal(author(["Ann Lee", "Jo Park", "Sam Wu"], "<p>By <a>Ann Lee</a>, <a>Jo Park</a>, and <a>Sam Wu</a></p>"), "Ann Lee, Jo Park, and Sam Wu");
    assert.equal(author(["Ann Lee", "Jo Park", "Sam Wu"], "<p>By <a>Ann Lee</a>, <a>Jo Park</a> &amp; <a>Sam Wu</a></p>"), "Ann Lee, Jo Park & Sam Wu");
  });
  test("commas when the page shows the names apart, or not at all", () => {
    assert.equal(author(["Ann Lee", "Jo Park"], "<p>Ann Lee writes on budgets; Jo Park on weather.</p>"), "Ann Lee, Jo Park");
    assert.equal(author(["Ann Lee", "Jo Park"], ""), "Ann Lee, Jo Park");
  });
});
