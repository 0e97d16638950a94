// Two runs on the same input write the same bytes: records carry no timings unless --timings.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { jsonLines, runCli, tempDir } from "./harness.js";

const doc = (i: number): string => JSON.stringify({ id: `d${i}`, text: `Headline number ${i}\n\nA paragraph of the article that is long enough to be kept as prose, number ${i}.\n\nShare this article\n\nAdvertisement` });

describe("cli repeatable output", () => {
  const dir = tempDir();
  const input = join(dir, "docs.jsonl");
  writeFileSync(input, Array.from({ length: 12 }, (_, i) => doc(i)).join("\n") + "\n");

  for (const jobs of ["1", "2"]) {
    it(`cli › two runs at --jobs ${jobs} write byte-identical JSONL, without stats.ms`, () => {
      const first = runCli([input, "--format", "jsonl", "--jobs", jobs, "--quiet"]);
      const second = runCli([input, "--format", "jsonl", "--jobs", jobs, "--quiet"]);
      assert.equal(first.status, 0, first.stderr);
      assert.equal(second.stdout, first.stdout);
      const records = jsonLines(first.stdout);
      assert.equal(records.length, 12);
      for (const r of records) {
        assert.equal(typeof r["stats"]["charsIn"], "number");
        assert.ok(!("ms" in r["stats"]), JSON.stringify(r["stats"]));
      }
    });

    it(`cli › --timings keeps stats.ms in every record at --jobs ${jobs}`, () => {
      const run = runCli([input, "--format", "jsonl", "--jobs", jobs, "--quiet", "--timings"]);
      assert.equal(run.status, 0, run.stderr);
      for (const r of jsonLines(run.stdout)) assert.equal(typeof r["stats"]["ms"], "number");
    });
  }

  it("cli › a single document as json has no stats.ms either", () => {
    const run = runCli(["-", "--format", "json"], { input: "A paragraph of the article that is long enough to be kept as prose.\n" });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(!("ms" in JSON.parse(run.stdout)["stats"]));
  });
});
