// --explain on an HTML page names what the DOM stage removed, not only the text rules' removals.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { jsonLines, runCli, tempDir } from "./harness.js";

const PAGE = `<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><article><h1>Council approves the bridge</h1>
<p>The city council approved the new bridge on Monday after a long debate about its cost and the traffic it will bring to the old town.</p>
<div class="share-bar">Share on Facebook</div>
<p>Councillors said the plan would be reviewed again in the spring, when the first figures for the year are known to the public.</p></article></body></html>`;

it("cli › JSON and JSONL records of HTML pages carry the DOM stage's removals, the extractor and metadataFrom", () => {
  const dir = tempDir();
  writeFileSync(join(dir, "a.html"), PAGE);
  writeFileSync(join(dir, "b.html"), PAGE);
  for (const args of [["a.html", "--format", "json"], ["a.html", "b.html", "--format", "jsonl"], ["a.html", "b.html", "--format", "jsonl", "-j", "2"]]) {
    const run = runCli(args, { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const records = args.includes("json") ? [JSON.parse(run.stdout) as Record<string, any>] : jsonLines(run.stdout);
    for (const r of records) {
      assert.match(String(r["extractor"]), /^own:/u, args.join(" "));
      assert.ok((r["domRemovals"] as Array<{ reason: string; excerpt: string }>).some((d) => d.reason === "class/id:share" && d.excerpt.includes("Share on Facebook")), args.join(" "));
      assert.equal(typeof r["metadataFrom"], "object");
    }
  }
});

it("cli › --explain on HTML lists the DOM stage's removals with their reasons", () => {
  const dir = tempDir();
  const page = join(dir, "page.html");
  writeFileSync(
    page,
    `<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><article><h1>Council approves the bridge</h1>
<p>The city council approved the new bridge on Monday after a long debate about its cost and the traffic it will bring to the old town.</p>
<div class="share-bar">Share on Facebook</div>
<p>Councillors said the plan would be reviewed again in the spring, when the first figures for the year are known to the public.</p></article></body></html>`,
  );
  const run = runCli([page, "--explain"]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /DOM stage \(own:[^)]*\): \d+ nodes removed/u);
  assert.match(run.stdout, /class\/id:share\s+"Share on Facebook"/u);
  assert.match(run.stdout, /tag:nav/u);
});
