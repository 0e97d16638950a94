// A highlighted code block names its tokens for the code's grammar ("token tag", "token
// comment"): they stay, while the same names outside code still mark chrome.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { codeTokens } from "../../src/input/html/code-tokens.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { elementsOf } from "../../src/input/html/dom.js";

const page = (body: string): string => `<html><head><title>Docs</title></head><body>${body}</body></html>`;
const prose = Array.from({ length: 4 }, (_, i) => `<p>Step ${i} of the guide explains, in a sentence or two, what the component renders and why.</p>`).join("");

test("a highlighted code block keeps its tag and comment tokens", () => {
  const code = `<pre class="language-jsx"><code><span class="token comment">// Render the counter once per click</span>
<span class="token tag"><span class="token punctuation">&lt;</span>button</span> <span class="token attr-name">onClick</span>=<span class="token punctuation">{</span>increment<span class="token punctuation">}</span><span class="token tag">&gt;</span>Clicked {count} times<span class="token tag">&lt;/button&gt;</span></code></pre>`;
  const r = htmlToDoc(page(`<main><div class="docs-content"><h1>Counter</h1>${prose}${code}<div class="tags"><a href="/t/react">react hooks tag</a></div></div></main>`), { mainContent: "own" });
  assert.match(r.doc.text, /Render the counter once per click/u);
  assert.match(r.doc.text, /<button/u);
  assert.match(r.doc.text, /Clicked \{count\} times/u);
  // Outside code the word still names a tags box.
  assert.doesNotMatch(r.doc.text, /react hooks tag/u);
});

test("below a code block, at any depth, in one lookup per element", () => {
  const depth = 100_000;
  const root = parseHtml(`<div><pre>${"<span class=\"token tag\">".repeat(depth)}x${"</span>".repeat(depth)}</pre><span class="tag">y</span></div>`);
  const isCodeToken = codeTokens();
  const t0 = performance.now();
  let below = 0;
  let outside = 0;
  for (const el of elementsOf(root)) {
    if (isCodeToken(el)) below++;
    else outside++;
  }
  assert.ok(below >= 1000, `spans below the block: ${below}`);
  assert.equal(outside, 3, "the div, the pre and the span after it");
  assert.ok(performance.now() - t0 < 2000);
});
