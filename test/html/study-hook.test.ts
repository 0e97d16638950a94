import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import type { ChosenBlocks } from "../../src/input/html/types.js";

const story = [1, 2, 3].map((n) => `<p>Paragraph ${n} of the story says, at some length and with care, what the council decided and what it costs.</p>`).join("");
const page = `<html><head><title>The council decides</title></head><body><article><h1>The council decides</h1>${story}</article></body></html>`;

test("a study tool is handed the chosen blocks, each with why it was left out, once per page", () => {
  const seen: ChosenBlocks[] = [];
  const { doc } = htmlToDoc(page, { study: (c) => seen.push(c) });
  assert.equal(seen.length, 1);
  const { blocks, leftOut, container, extractor } = seen[0]!;
  assert.equal(blocks.length, leftOut.length);
  assert.equal(leftOut[0], "title heading (moved to metadata)");
  const kept = blocks.filter((_, i) => leftOut[i] === undefined).map((b) => b.lines.join("\n"));
  assert.deepEqual(kept, doc.blocks.map((b) => b.text));
  assert.ok(container.type === "tag" || container.type === "root");
  assert.match(extractor, /^own:/u);
});

test("without a study tool the output is the same", () => {
  assert.equal(htmlToDoc(page, { study: () => undefined }).doc.text, htmlToDoc(page).doc.text);
});
