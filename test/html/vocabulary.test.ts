// The DOM vocabulary's examples: each class/id pattern matches the words it is for and leaves
// alone the words it lists as not.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { DOM_VOCABULARY, type Pattern } from "../../src/input/html/vocabulary.js";

const patterns = Object.entries(DOM_VOCABULARY).filter((e): e is [string, Pattern] => typeof e[1] === "object" && "re" in e[1]);

test("every class/id pattern of the DOM vocabulary has examples both ways", () => {
  assert.ok(patterns.length >= 4);
  for (const [name, p] of patterns) assert.ok(p.matches.length > 0 && p.not.length > 0, name);
});

for (const [name, p] of patterns) {
  test(`vocabulary ${name}: its examples`, () => {
    for (const words of p.matches) assert.ok(p.re.test(words), `${name} should match "${words}"`);
    for (const words of p.not) assert.ok(!p.re.test(words), `${name} should not match "${words}"`);
  });
}
