// --explain on an HTML page names what the DOM stage removed, not only the text rules' removals.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { runCli, tempDir } from "./harness.js";

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
