// Golden seeds: whole documents through the default catalog. expected.* are generated
// (UPDATE_GOLDEN=1) and reviewed; seed.yaml holds hand-written truths that are never generated.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { createCleaner } from "../src/cleaner.js";
import { golden, goldenJson } from "./helpers/golden.js";
import { seedsDir } from "./helpers/paths.js";

interface SeedTruth {
  about: string;
  license: string;
  origin?: string;
  /** The output must equal the normalised input. */
  unchanged?: boolean;
  mustKeep: string[];
  mustDrop: string[];
  metadata?: Record<string, string>;
}

const cleaner = createCleaner();
const seeds = readdirSync(seedsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(seedsDir, e.name, "input.txt")))
  .map((e) => e.name)
  .sort();

describe("seeds", () => {
  it("seeds › there are seeds to check", () => assert.ok(seeds.length >= 2, `found ${seeds.length} seeds in ${seedsDir}`));

  for (const slug of seeds) {
    describe(slug, () => {
      const dir = join(seedsDir, slug);
      const input = readFileSync(join(dir, "input.txt"), "utf8");
      const truth = parse(readFileSync(join(dir, "seed.yaml"), "utf8")) as SeedTruth;
      const result = cleaner.clean({ text: input, id: slug });

      it(`${slug} › seed.yaml is complete`, () => {
        assert.equal(typeof truth.about, "string", "about");
        assert.equal(typeof truth.license, "string", "license");
        assert.ok(Array.isArray(truth.mustKeep) && truth.mustKeep.length > 0, "mustKeep needs at least one snippet");
        assert.ok(Array.isArray(truth.mustDrop), "mustDrop");
        for (const s of [...truth.mustKeep, ...truth.mustDrop]) assert.ok(input.includes(s), `snippet ${JSON.stringify(s)} is not in input.txt`);
      });

      it(`${slug} › output equals expected.txt`, () => {
        golden(join(dir, "expected.txt"), `${result.text}\n`);
      });

      it(`${slug} › metadata and removals equal expected.json`, () => {
        goldenJson(join(dir, "expected.json"), {
          status: result.status,
          warnings: result.warnings.map((w) => w.code),
          metadata: result.metadata,
          metadataFrom: result.metadataFrom,
          removed: result.removed.map((r) => ({ ruleId: r.ruleId, text: r.text })),
        });
      });

      it(`${slug} › keeps every mustKeep snippet`, () => {
        const lost = truth.mustKeep.filter((s) => !result.text.includes(s));
        assert.deepEqual(lost, [], `lost: ${lost.map((s) => JSON.stringify(s)).join(", ")}\n(removed: ${result.removed.map((r) => `${r.ruleId} ${JSON.stringify(r.text.slice(0, 80))}`).join("; ")})`);
      });

      it(`${slug} › drops every mustDrop snippet`, () => {
        const left = truth.mustDrop.filter((s) => result.text.includes(s));
        assert.deepEqual(left, [], `still in the output: ${left.map((s) => JSON.stringify(s)).join(", ")}`);
      });

      it(`${slug} › metadata has the hand-written values`, () => {
        const got = result.metadata as unknown as Record<string, unknown>;
        const wrong = Object.entries(truth.metadata ?? {})
          .filter(([k, v]) => got[k] !== v)
          .map(([k, v]) => `${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(got[k])}`);
        assert.deepEqual(wrong, []);
      });

      if (truth.unchanged) {
        it(`${slug} › comes out unchanged`, () => {
          assert.deepEqual(result.removed.map((r) => `${r.ruleId}: ${r.text}`), []);
          assert.equal(result.text, input.replace(/\r\n?/gu, "\n").trim());
        });
      }
    });
  }
});
