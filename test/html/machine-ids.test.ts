import { strict as assert } from "node:assert";
import { test } from "node:test";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { isMachineIds } from "../../src/input/html/machine-ids.js";

const ids = ["f2f260c3-bf1f-466a-b856-6f031758a086", "16207f0d-5442-4472-ad51-162a45a841c3", "58304ab9-e401-4091-b773-e7e337a260ad", "49b6f097-0183-42bd-adfd-fa9ba7274fa7"];
const label = ids.map((id, i) => `${"Spon"[i]}${id}`).join("");

test("a block of UUIDs with a letter between each is a hidden label; a UUID in a sentence is not", () => {
  assert.ok(isMachineIds(label));
  assert.ok(!isMachineIds(`Take note of the UUID, for example ${ids[0]}, and put it in /etc/fstab.`));
  assert.ok(!isMachineIds(`${ids[0]} ${ids[1]}`), "two ids are a value, not a label");
  assert.ok(!isMachineIds(`$ celery -A proj result -t tasks.add ${ids[0]}`));
});

test("the label is dropped from the page and explained", () => {
  const story = [1, 2, 3].map((n) => `<p>Paragraph ${n} of the story says, at some length and with care, what the council decided and what it costs.</p>`).join("");
  const { doc, domRemovals } = htmlToDoc(`<html><body><article>${story}<div><span>${label}</span></div></article></body></html>`, { mainContent: "own" });
  assert.match(doc.text, /Paragraph 3/u);
  assert.doesNotMatch(doc.text, /f2f260c3/u);
  assert.ok(domRemovals.some((r) => r.reason.startsWith("machine ids")), JSON.stringify(domRemovals));
});
