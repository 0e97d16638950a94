// --shard splits a corpus the same way whatever the spelling of the folder's path.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { it } from "node:test";
import { jsonLines, runCli, tempDir } from "./harness.js";

const text = (n: number): string => `The council approved budget ${n} on Monday after a long debate about the cost of the bridge.\n`;

it("cli › --shard picks the same documents from a relative and an absolute path to the same folder", () => {
  const root = tempDir();
  const crawl = join(root, "data", "crawl");
  mkdirSync(join(crawl, "sub"), { recursive: true });
  mkdirSync(join(root, "work"));
  for (let i = 0; i < 12; i++) writeFileSync(join(crawl, i % 2 ? "sub" : "", `p${i}.txt`), text(i));
  writeFileSync(join(crawl, "lines.jsonl"), Array.from({ length: 12 }, (_, i) => JSON.stringify({ text: text(100 + i) })).join("\n") + "\n");
  const picked = (folder: string, shard: string): string[] => {
    const run = runCli([folder, "--shard", shard, "--format", "jsonl", "-q"], { cwd: join(root, "work") });
    assert.equal(run.status, 0, run.stderr);
    // The ids keep the path as typed; what must agree is which documents each shard holds.
    return jsonLines(run.stdout).map((r) => basename(String(r["id"]))).sort();
  };
  const all: string[] = [];
  for (const shard of ["0/3", "1/3", "2/3"]) {
    const relative = picked("../data/crawl", shard);
    assert.deepEqual(picked(crawl, shard), relative, shard);
    all.push(...relative);
  }
  assert.equal(all.length, 24, "every document is in exactly one shard");
  assert.equal(new Set(all).size, 24);
});
