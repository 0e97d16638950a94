// The fields of a poster's card ("Posts: 1,077", "Join Date: Aug 2008") printed beside each post
// are the forum software's record of who wrote: dropped on every page type and explained; a field
// whose value is not a count or a date ("Location: Boston") and sentences after a colon stay.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createCleaner } from "../../src/index.js";
import { isPosterCardBlock } from "../../src/input/html/poster-card.js";

const posts = [
  "I grew tomatoes on the balcony this summer and the cherry ones did far better than the big ones, which split in the heat.",
  "Water them in the evening rather than at noon, and give the big ones some shade in July; mine stopped splitting after that.",
  "A layer of mulch helped more than anything else here, the soil stayed damp for days even when it was very hot outside.",
];
const thread = (card: string): string =>
  `<!doctype html><html><head><title>Tomatoes</title></head><body><main><article><h1>Tomatoes on a balcony</h1>${posts.map((p) => `<div class="p">${card}<p>${p}</p></div>`).join("")}</article></main></body></html>`;

test("a poster's card fields go, explained, on a page not taken for a forum too", () => {
  const out = createCleaner().clean({ html: thread("<div>Join Date: Aug 2008</div><div>Posts: 1,077</div><div>Trophy Points:<br>312</div>") });
  assert.match(out.text, /cherry ones/u);
  assert.match(out.text, /mulch helped/u);
  assert.doesNotMatch(out.text, /Join Date|Posts:|Trophy/iu, out.text);
  assert.ok((out.domRemovals?.filter((r) => r.reason.startsWith("field of a poster's card")).length ?? 0) >= 6);
});

test("a place, or a sentence after a colon, stays", () => {
  assert.ok(!isPosterCardBlock("Location: Boston, Massachusetts", ["Location: Boston, Massachusetts"]));
  assert.ok(!isPosterCardBlock("Points: each team plays twice and the best wins", ["Points: each team plays twice and the best wins"]));
  assert.ok(!isPosterCardBlock("Posts: 12 Location: Boston", ["Posts: 12", "Location: Boston"]));
  assert.ok(isPosterCardBlock("Messages: 1,204 Reactions: 52", ["Messages: 1,204", "Reactions: 52"]));
  assert.ok(isPosterCardBlock("Registered: 2016-07-02", ["Registered: 2016-07-02"]));
});
