import { strict as assert } from "node:assert";
import { test } from "node:test";
import { DomHandler, Parser } from "htmlparser2";
import { TopFirstStack, useTopFirstStacks } from "../../src/input/html/top-first-stack.js";
import { parseHtml } from "../../src/input/html/parse.js";

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

test("the stack answers every call as the parser's top-first array does", () => {
  const next = random(7);
  const names = ["div", "p", "li", "span", "table"];
  const open = new TopFirstStack<string>();
  const array: string[] = [];
  for (let step = 0; step < 20_000; step++) {
    const name = names[Math.floor(next() * names.length)]!;
    const op = next();
    if (op < 0.45) assert.equal(open.unshift(name), array.unshift(name));
    else if (op < 0.75) assert.equal(open.shift(), array.shift());
    else if (op < 0.99) assert.equal(open.indexOf(name), array.indexOf(name), `step ${step}`);
    else {
      open.length = 0;
      array.length = 0;
    }
    assert.equal(open.length, array.length);
    assert.equal(open[0], array[0]);
  }
  assert.deepEqual(open.toArray(), array);
});

interface Node {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: Node[];
}

/** The tree as text, without recursion (the deep pages below would overflow the call stack). */
function render(root: Node): string {
  const out: string[] = [];
  const todo: Array<Node | string> = [root];
  while (todo.length > 0) {
    const node = todo.pop()!;
    if (typeof node === "string") {
      out.push(node);
      continue;
    }
    if (node.name !== undefined) out.push(`<${node.name} ${JSON.stringify(node.attribs ?? {})}>`);
    else if (node.data !== undefined) out.push(`${node.type}:${node.data}`);
    if (node.name !== undefined) todo.push(`</${node.name}>`);
    for (const child of [...(node.children ?? [])].reverse()) todo.push(child);
  }
  return out.join("");
}

function plainParse(html: string): string {
  const handler = new DomHandler();
  const parser = new Parser(handler);
  parser.end(html);
  return render(handler.root as never);
}

test("pages parse to the same tree as with the parser's own stack", () => {
  const pages = [
    "<html><body><p>one<p>two<ul><li>a<li>b</ul></span></div><table><tr><td>x<tr><td>y</table></body>",
    "<div><svg><g><rect/></g><foreignObject><p>in</p></foreignObject></svg><math><mi>x</mi></math></div>",
    "<p>open <b>bold <i>both</b> italic</i></p><br></br></p><img src=x><input>unclosed <em>end",
    "<select><option>a<option>b<optgroup><option>c</select><dl><dt>t<dd>d<dt>u</dl><h1>h<h2>i</h1>",
    `${"<div>".repeat(300)}deep${"</span>".repeat(50)}${"</div>".repeat(120)}rest`,
    `<p>${"<svg><g>".repeat(40)}<title>t</title><p>out</p>${"</g></svg>".repeat(20)}<math><mi>x</mi><mtext><b>in</b></mtext></math><br/>`,
  ];
  for (const html of pages) assert.equal(render(parseHtml(html) as never), plainParse(html), html.slice(0, 60));
});

test("a parser's stacks are taken as they stand, and handed back as arrays; a parser of another shape keeps its own", () => {
  const parser = { stack: ["b", "p", "div"], foreignContext: [true, false] };
  const handBack = useTopFirstStacks(parser);
  const stack = parser.stack as unknown as TopFirstStack<string>;
  assert.equal(stack.length, 3);
  assert.equal(stack[0], "b");
  assert.equal(stack.indexOf("div"), 2);
  assert.equal((parser.foreignContext as unknown as TopFirstStack<boolean>)[0], true);
  handBack();
  assert.deepEqual(parser, { stack: ["b", "p", "div"], foreignContext: [true, false] });
  const odd = { stack: ["div"] };
  useTopFirstStacks(odd)();
  assert.deepEqual(odd.stack, ["div"]);
  const none = {};
  useTopFirstStacks(none)();
  assert.deepEqual(none, {});
});

test("100k-deep nesting (HTML, SVG, MathML), and 100k close tags that match nothing, parse in time that grows with the page, not its square", () => {
  const depth = 100_000;
  const pages = [
    `${"<div>".repeat(depth)}text${"</span>".repeat(depth)}${"</div>".repeat(depth)}`,
    `${"<svg>".repeat(depth)}<text>text</text>`,
    `${"<math><mi>".repeat(depth / 2)}text`,
  ];
  for (const html of pages) {
    const t0 = performance.now();
    const root = parseHtml(html);
    const ms = performance.now() - t0;
    assert.match(render(root as never), /text/u);
    // The parser's own stacks took 2.5-4 s on each of these on a 2-core machine (quadratic in the depth).
    assert.ok(ms < 2_000, `${html.slice(0, 12)}: ${ms} ms`);
  }
});
