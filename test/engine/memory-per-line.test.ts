// Memory of one clean grows with the number of lines, so a page of many short lines is the
// hardest case: every line's record must stay compact (typed columns, no objects per line per
// pass). Cleans 4 MB of short lines (about 240,000) in a child process with the line and size
// limits lifted, and compares its peak RSS growth per line with a bound well above today's cost
// (about 730 bytes a line) and well below what records of objects per line cost (1,380).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";

const indexUrl = new URL("../../src/index.js", import.meta.url).href;
const MAX_BYTES_PER_LINE = 1_100;

const probe = `
const { createCleaner } = await import(${JSON.stringify(indexUrl)});
const cleaner = createCleaner({ maxInputChars: Number.MAX_SAFE_INTEGER, maxInputLines: Number.MAX_SAFE_INTEGER });
cleaner.clean("A warm-up document.\\n\\nSource: Reuters\\n");
let text;
{
  const parts = [];
  let size = 0;
  for (let i = 0; size < 4e6; i++) {
    const line = "Line " + i + " here";
    parts.push(line);
    size += line.length + 1;
  }
  text = parts.join("\\n");
}
const lines = text.split("\\n").length;
const before = process.memoryUsage().rss;
const result = cleaner.clean(text);
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({ status: result.status, lines, grown: peak - before }));
`;

describe("memory per line", () => {
  it("memory per line › a clean of 240,000 short lines grows the process by under 1,100 bytes a line", () => {
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    const { status, lines, grown } = JSON.parse(run.stdout) as { status: string; lines: number; grown: number };
    assert.equal(status, "ok");
    const perLine = grown / lines;
    assert.ok(perLine < MAX_BYTES_PER_LINE, `peak RSS grew ${Math.round(perLine)} bytes a line over ${lines} lines`);
  });
});
