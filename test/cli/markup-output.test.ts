// Markdown keeps an HTML article's structure (headings, lists, tables, code, emphasis; links with
// --links), and --format html returns the article as clean HTML.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { runCli, tempDir } from "./harness.js";

const PAGE = `<html><head><title>Ten desks | Shop</title></head><body><nav><a href="/">Home</a></nav><article><h1>Ten desks</h1>
<p>Some <em>careful</em> words and <a href="https://example.org/a">a link</a> in a paragraph that runs on, with commas, long enough to stay.</p>
<h2>1. The first desk</h2><p>Why it made the list: it is <strong>sturdy</strong>, it is cheap, and it is quiet when it moves up.</p>
<ol><li>First point of the list, long enough to keep as it is.</li><li>Second point, also long enough to keep here.</li></ol>
<table><tr><th>Desk</th><th>Price</th></tr><tr><td>Alpha</td><td>$300</td></tr></table>
<p>Tagged: desks</p><script>alert(1)</script></article></body></html>`;

it("cli › markdown of an HTML page keeps headings, numbered lists, tables and emphasis; links only with --links", () => {
  const dir = tempDir();
  writeFileSync(join(dir, "a.html"), PAGE);
  const plain = runCli(["a.html", "--format", "markdown"], { cwd: dir });
  assert.equal(plain.status, 0, plain.stderr);
  assert.match(plain.stdout, /^# Ten desks$/mu);
  assert.match(plain.stdout, /^## 1\. The first desk$/mu);
  assert.match(plain.stdout, /^1\. First point of the list/mu);
  assert.match(plain.stdout, /^2\. Second point/mu);
  assert.match(plain.stdout, /^\| Desk \| Price \|\n\| --- \| --- \|\n\| Alpha \| \$300 \|$/mu);
  assert.match(plain.stdout, /Some \*careful\* words and a link in/u);
  assert.match(plain.stdout, /\*\*sturdy\*\*/u);
  assert.doesNotMatch(plain.stdout, /^#+ Tagged/mu);
  const linked = runCli(["a.html", "--format", "markdown", "--links"], { cwd: dir });
  assert.match(linked.stdout, /\[a link\]\(https:\/\/example\.org\/a\)/u);
});

it("cli › --format html (or an .html output) gives the cleaned article HTML, without scripts or chrome", () => {
  const dir = tempDir();
  writeFileSync(join(dir, "a.html"), PAGE);
  const run = runCli(["a.html", "--format", "html"], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^<article>\n<h1>Ten desks<\/h1>/u);
  assert.match(run.stdout, /<ol>\n<li>First point of the list, long enough to keep as it is\.<\/li>/u);
  assert.match(run.stdout, /<tr><td>Alpha<\/td><td>\$300<\/td><\/tr>/u);
  assert.match(run.stdout, /<a href="https:\/\/example\.org\/a">a link<\/a>/u);
  assert.doesNotMatch(run.stdout, /alert|<script|Home/u);
  const out = runCli(["a.html", "--output", "clean.html"], { cwd: dir });
  assert.equal(out.status, 0, out.stderr);
});
