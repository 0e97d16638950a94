// The vocabulary's examples (vocabulary/*.yaml): each class/id pattern matches the words it is
// for and leaves alone the words it lists as not.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { BYLINE, DOM_VOCABULARY, META_KEYS, PAGE_TYPE_VOCABULARY, type Pattern } from "../../src/input/html/vocabulary.js";

const patternsOf = (vocabulary: object): Array<[string, Pattern]> =>
  Object.entries(vocabulary).filter((e): e is [string, Pattern] => typeof e[1] === "object" && e[1] !== null && "re" in e[1]);
const patterns = [...patternsOf(DOM_VOCABULARY), ...patternsOf(PAGE_TYPE_VOCABULARY)];

test("every class/id pattern of the vocabulary has examples both ways", () => {
  assert.ok(patterns.length >= 10);
  for (const [name, p] of patterns) assert.ok(p.matches.length > 0 && p.not.length > 0, name);
});

for (const [name, p] of patterns) {
  test(`vocabulary ${name}: its examples`, () => {
    for (const words of p.matches) assert.ok(p.re.test(words), `${name} should match "${words}"`);
    for (const words of p.not) assert.ok(!p.re.test(words), `${name} should not match "${words}"`);
  });
}

test("the vocabulary files give every list the front end reads", () => {
  assert.ok(DOM_VOCABULARY.dropTags.has("script") && DOM_VOCABULARY.blockTags.has("p"));
  assert.equal(PAGE_TYPE_VOCABULARY.declaredTypes.DiscussionForumPosting, "forum");
  assert.equal(PAGE_TYPE_VOCABULARY.ogTypes["product.item"], "product");
  assert.equal(META_KEYS.title[0], "og:title");
  assert.ok(BYLINE.labels.includes("written by"));
  assert.ok(PAGE_TYPE_VOCABULARY.contentWords.forum?.test("comment-list"));
});
