import { strict as assert } from "node:assert";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { test } from "node:test";
import { decodeHtml, readHtmlBytes } from "../../src/input/html/decode.js";
import { htmlToDoc, htmlToDocAsync } from "../../src/input/html/html-to-doc.js";
import { devsetHtmlDir } from "../helpers/paths.js";

const DIR = devsetHtmlDir;

test("Readability on linkedom and on jsdom agree on at least 9 of 10 dev pages", { skip: !existsSync(DIR) && "no dev set" }, async () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".html.gz")).sort().slice(0, 10);
  let same = 0;
  const differ: string[] = [];
  for (const f of files) {
    const { html } = decodeHtml(readHtmlBytes(readFileSync(`${DIR}/${f}`)));
    const fast = htmlToDoc(html, { mainContent: "readability" }).doc.text;
    const slow = (await htmlToDocAsync(html, { mainContent: "readability", dom: "jsdom" })).doc.text;
    if (fast === slow) same++;
    else differ.push(f);
  }
  assert.ok(same >= 9, `only ${same}/10 agree; differing: ${differ.join(", ")}`);
});
