// On a page taken for a forum, the comments left under a question or an answer are remarks on
// that post, not posts of the thread: they go, explained. A thread's replies named comments and
// set in no question or answer stay, as do the question and its answers.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { threadPosts } from "../helpers/forum-thread.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { findAll } from "../../src/input/html/dom.js";
import { qaComments } from "../../src/input/html/qa-comments.js";

const [question, answer, thanks] = threadPosts;
const remark = "Which breaker is it, the residual current device or the circuit breaker beside it? Knowing which one trips narrows it down a lot.";
const comments = (text: string): string => `<div class="comments js-comments-container"><ul class="comments-list"><li class="comment" itemprop="comment"><span class="comment-copy">${text}</span></li></ul></div>`;
const qaPage =
  `<!doctype html><html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"Kettle trips breaker"}}</script>` +
  `<title>Kettle trips breaker</title></head><body><main><h1>Kettle trips breaker</h1>` +
  `<div id="question" class="question js-question"><div class="post-body"><p>${question}</p></div>${comments(remark)}</div>` +
  `<div id="answers"><div class="answer js-answer" itemprop="acceptedAnswer"><div class="post-body"><p>${answer}</p></div>${comments("Worked for me too, thanks.")}</div>` +
  `<div class="answer js-answer" itemprop="suggestedAnswer"><div class="post-body"><p>${thanks}</p></div></div></div></main></body></html>`;

test("a Q&A page keeps its question and answers, and drops the comments under them", () => {
  const out = createCleaner().clean({ html: qaPage });
  assert.equal(out.pageType, "forum");
  assert.match(out.text, /kitchen circuit/u);
  assert.match(out.text, /failing element/u);
  assert.match(out.text, /hot plastic/u);
  assert.doesNotMatch(out.text, /narrows it down/u);
  assert.doesNotMatch(out.text, /Worked for me too/u);
  assert.ok(out.domRemovals?.some((r) => r.reason === "comment on a question or an answer (not a post)" && r.excerpt.startsWith("Which breaker")));
});

test("a thread's replies named comments, in no question or answer, stay", () => {
  const replies = threadPosts
    .slice(1)
    .map((p, i) => `<li class="comment"><div class="byline">poster${i}</div><div class="comment-body"><p>${p}</p></div></li>`)
    .join("");
  const html =
    `<!doctype html><html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Kettle trips breaker"}</script>` +
    `<title>Kettle trips breaker</title></head><body><main><h1>Kettle trips breaker</h1><div class="topic"><p>${question}</p></div><ol class="comments">${replies}</ol></main></body></html>`;
  const out = createCleaner().clean({ html });
  assert.equal(out.pageType, "forum");
  assert.match(out.text, /failing element/u);
  assert.match(out.text, /hot plastic/u);
});

test("a comment is named so and lies inside an element named a question or an answer", () => {
  const root = parseHtml(
    `<body><div class="question"><div id="a" class="comments"></div><div class="post"><ul id="b" class="comment-list"></ul></div></div>` +
      `<div itemprop="suggestedAnswer"><li id="c" itemprop="comment"></li></div>` +
      `<div class="comments" id="d"></div><div class="questionnaire"><div id="e" class="comments"></div></div><div class="answer"><div id="f" class="commentary"></div></div></body>`,
  );
  const isQaComment = qaComments();
  const byId = (id: string) => findAll(root, (e) => e.attribs.id === id)[0]!;
  assert.equal(isQaComment(byId("a")), true);
  assert.equal(isQaComment(byId("b")), true);
  assert.equal(isQaComment(byId("c")), true);
  assert.equal(isQaComment(byId("d")), false);
  assert.equal(isQaComment(byId("e")), false);
  assert.equal(isQaComment(byId("f")), false);
});

test("comment lists nested thousands deep are cleaned within the time budget", () => {
  const depth = 20_000;
  const nested = `${'<div class="comments">'.repeat(depth)}<p>${remark}</p>${"</div>".repeat(depth)}`;
  const html = qaPage.replace(`<div id="answers">`, `<div class="thread">${nested}</div><div id="answers">`);
  const out = createCleaner({ timeBudgetMs: 5_000 }).clean({ html });
  assert.equal(out.status, "ok");
  assert.match(out.text, /failing element/u);
});
