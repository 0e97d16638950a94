// The whole-page tests' text counts agree with reading each element's text, and stay linear
// where tags nest without end.
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { elementsOf, textOf } from "../../src/input/html/dom.js";
import { parseHtml } from "../../src/input/html/parse.js";
import { textCounts, WholePage } from "../../src/input/html/whole-page.js";

const PAGES = [
  "<p>Get <b>star</b>ted now, <i>it's</i> free_2 days</p><p>  </p><a href=/x> Book   a demo </a>",
  "<div>ab<span>cd</span> ef<!-- gh --><script>ij kl</script><span></span>mn</div><template>op qr</template>",
  "<p>one<p>two <b>three<i>four</i></b> five",
  "<ul><li>Ünïcode wörds ×2</li><li>\u00a0\u2003x\u3000y</li></ul>",
];

test("whole-page › words and non-space counts of every element equal those of its text", () => {
  for (const html of PAGES) {
    const root = parseHtml(html);
    const counts = textCounts(root);
    for (const el of [root, ...elementsOf(root)]) {
      const text = textOf(el);
      const c = counts.get(el);
      if (el.type === "script" || el.type === "style") continue;
      assert.ok(c, `${html}: counted`);
      assert.equal(c.words, text.match(/\w+/gu)?.length ?? 0, `${html}: words of ${JSON.stringify(text)}`);
      assert.equal(c.nonSpace, text.replace(/\s/gu, "").length, `${html}: non-space of ${JSON.stringify(text)}`);
    }
  }
});

test("whole-page › a label is a short link's squashed text; a long or crowded one is none", () => {
  const root = parseHtml(`<a id=a> Book   a demo </a><a id=b>${"word ".repeat(20)}</a><a id=c>${"<span></span>".repeat(300)}Go</a>`);
  const page = new WholePage(root, {});
  const byId = (id: string) => elementsOf(root).find((el) => el.attribs["id"] === id)!;
  assert.equal(page.labelOf(byId("a")), "Book a demo");
  assert.equal(page.labelOf(byId("b")), undefined);
  assert.equal(page.labelOf(byId("c")), undefined);
});

test("whole-page › 20,000 nested unclosed links are counted in linear time", () => {
  const root = parseHtml(`<body>${"<a href=/x>Go ".repeat(20_000)}</body>`);
  const before = process.cpuUsage();
  const page = new WholePage(root, {});
  let labels = 0;
  for (const el of elementsOf(root)) if (el.name === "a" && page.labelOf(el) !== undefined) labels++;
  const used = process.cpuUsage(before);
  assert.ok(labels > 0 && labels < 20, `${labels} short links`);
  assert.ok((used.user + used.system) / 1000 < 2000, "counted in under two seconds of CPU");
});
