import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { asBrowsersReadCdata } from "../../src/input/html/parse.js";

const post = (who: string, n: number): string =>
  `<div class="crawler-post"><span class="creator">${who}</span><div class="post"><p>Reply ${n}: I had the same problem with the resolver after the upgrade, and going back to the previous version fixed it for me, at least for now.</p></div></div>`;

test("a page served to scriptless readers inside <noscript> keeps that text", () => {
  const page = `<html><head><title>Resolver broken</title></head><body><div id="app"></div>
<noscript><header><a href="/">Community</a></header><div id="main-outlet">${post("ann", 1)}${post("bob", 2)}${post("cy", 3)}</div></noscript></body></html>`;
  const { doc } = htmlToDoc(page);
  for (const n of [1, 2, 3]) assert.match(doc.text, new RegExp(`Reply ${n}: I had the same problem`, "u"));
});

test("a <noscript> beside the page's own text is still dropped", () => {
  const body = [1, 2, 3, 4].map((n) => `<p>Paragraph ${n} of the story tells, at some length and with care, what the council decided and why it matters.</p>`).join("");
  const page = `<html><body><article>${body}</article><noscript><p>Please enable JavaScript to view the comments, which need scripts to load on this site.</p></noscript></body></html>`;
  const { doc, domRemovals } = htmlToDoc(page);
  assert.doesNotMatch(doc.text, /enable JavaScript/u);
  assert.ok(domRemovals.some((r) => r.reason === "tag:noscript"));
});

test("an unclosed <![CDATA[ in the body ends at the next > as in a browser, and the page after it is kept", () => {
  const text = "The thread starts here and goes on, as threads do, with a question about graphics cards and their prices.";
  const page = `<html><body>\n<![CDATA[\n<div id="top"></div>\n<div class="message"><p>${text}</p><p>${text}</p></div></body></html>`;
  const { doc } = htmlToDoc(page);
  assert.match(doc.text, /The thread starts here/u);
});

test("CDATA inside a script (JSON-LD) is left as written", () => {
  const html = `<script type="application/ld+json"><![CDATA[{"@type":"NewsArticle"}]]></script><p><![CDATA[x>y</p>`;
  const out = asBrowsersReadCdata(html);
  assert.ok(out.startsWith(`<script type="application/ld+json"><![CDATA[{"@type":"NewsArticle"}]]></script>`), out);
  assert.ok(out.endsWith(`<p><!---->y</p>`), out);
});
