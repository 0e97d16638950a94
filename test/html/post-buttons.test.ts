// A row of a post's buttons ("Reply", "Permalink", "Share", "12 likes") printed as blocks of
// their own is not what was written: dropped on every page type and explained; sentences that
// start with such a word stay.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { isPostButtons } from "../../src/input/html/post-buttons.js";

const comments = [
  "I grew tomatoes on the balcony this summer and the cherry ones did far better than the big ones, which split in the heat.",
  "Water them in the evening rather than at noon, and give the big ones some shade in July; mine stopped splitting after that.",
  "A layer of mulch helped more than anything else here, the soil stayed damp for days even when it was very hot outside.",
];
const buttons = "<ul><li>permalink</li><li>embed</li><li>report</li><li>reply</li></ul>";
const thread = (between: string): string =>
  `<!doctype html><html><head><title>Tomatoes</title></head><body><main><article><h1>Tomatoes on a balcony</h1>${comments.map((c) => `<div class="c"><p>${c}</p>${between}</div>`).join("")}</article></main></body></html>`;

test("a post's buttons go, explained, on a page not taken for a forum too", () => {
  const out = createCleaner().clean({ html: thread(buttons + "<div>12 likes</div>") });
  assert.match(out.text, /cherry ones/u);
  assert.match(out.text, /mulch helped/u);
  assert.doesNotMatch(out.text, /permalink|embed|report|reply|likes/iu, out.text);
  assert.equal(out.domRemovals?.filter((r) => r.reason.startsWith("buttons of a post")).length, 15);
});

test("sentences that start with a button's word, and other short labels, stay", () => {
  const lines = "<p>Reply to this thread if you grew them indoors.</p><p>Share your photos with us.</p><p>Save 25%</p><p>12</p>";
  const out = createCleaner().clean({ html: thread(lines) });
  assert.match(out.text, /Reply to this thread/u);
  assert.match(out.text, /Share your photos/u);
  assert.ok(isPostButtons("Reply · Share · Report"));
  assert.ok(isPostButtons("1,109 likes"));
  assert.ok(!isPostButtons("Save 25%"));
  assert.ok(!isPostButtons("12"));
  assert.ok(!isPostButtons("Reply 2"));
  assert.ok(!isPostButtons("Reply to this thread"));
});

test("60,000 button blocks and a 200,000-character block are read in time linear in the page", () => {
  const long = "Reply · ".repeat(25_000);
  const near = "1,1,1,1,1,1,1,1,1,1,1,1,1,1 Reply x";
  const t0 = performance.now();
  let buttons = 0;
  for (let i = 0; i < 60_000; i++) if (isPostButtons(i % 2 === 0 ? "Permalink · Embed · Report" : `${i} likes`)) buttons++;
  assert.equal(buttons, 60_000);
  assert.ok(!isPostButtons(long));
  assert.ok(!isPostButtons(near));
  assert.ok(performance.now() - t0 < 1000, `took ${Math.round(performance.now() - t0)} ms`);
});
