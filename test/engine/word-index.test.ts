// The line scan looks a letter run up once in one table (src/plan/word-index.ts): the word
// table's entries and the stop words by the same hash. The table must answer each as its own
// source does, and nothing for any other hash.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { createCleaner } from "../../src/cleaner.js";
import { hashWord } from "../../src/lexicon/fold.js";
import { MULTI, languages, lowerUnit, stopwordMask, stopwordMaskAt, stopwordMaskOf, stopwords, stopwordsByHash } from "../../src/lexicon/stopwords.js";
import { builtinConditions } from "../../src/plan/builtin-conditions.js";
import { packWordIndex, unpackWordIndex } from "../../src/plan/packed-word-index.js";
import { planFor, wordTableOf } from "../../src/plan/prefilter.js";
import { FIRST, PREFIX, RUN_PREFIX, SOME, stopwordsOnly, wordIndexArrays, wordIndexOf } from "../../src/plan/word-index.js";
import { builtinPlan, loadBuiltinRules } from "../../src/rules/load.js";

const plan = planFor(createCleaner().rules.filter((r) => r.mode !== "off"));
const filterHas = (filter: Int32Array, h: number): boolean => (filter[(h & 0xffff) >>> 5]! & (1 << (h & 31))) !== 0;

describe("word index", () => {
  it("word index › every stop word has a hash of its own, where the index finds it", () => {
    let count = 0;
    for (const lang of languages) {
      for (const w of stopwords[lang]!) {
        const key = hashWord(w)!;
        const stopword = stopwordsByHash.get(key);
        assert.equal(stopword?.word, w);
        for (const index of [plan.index, stopwordsOnly()]) {
          const s = index.slotOf(key);
          assert.ok(s >= 0, w);
          assert.equal(index.stopwordAt(s), stopword.number);
          // Compared with the lower case of the text's units: an upper-case form is the word too.
          const upper = w.toUpperCase();
          const form = upper.length === w.length && upper.toLowerCase() === w ? upper : w;
          assert.equal(stopwordMaskOf(` ${form}`, 1, w.length + 1, index.stopwordAt(s)), stopwordMask(w), w);
        }
        count++;
      }
    }
    assert.ok(count > stopwordsByHash.size);
  });

  it("word index › a unit whose lower case is not one unit, put in a stop word, makes it none, as in the lower-cased slice", () => {
    // The comparison takes such a unit for no match (lexicon/stopwords.ts stopwordMaskOf).
    const multi: string[] = [];
    for (let c = 0; c < 0xd800; c++) if (lowerUnit(c) === MULTI) multi.push(String.fromCharCode(c));
    assert.ok(multi.includes("Σ") && multi.includes("İ"));
    for (const lang of languages) {
      for (const w of stopwords[lang]!) {
        for (let i = 0; i < w.length; i++) {
          for (const m of multi) {
            const form = w.slice(0, i) + m + w.slice(i + 1);
            assert.equal(stopwordMaskAt(` ${form} `, 1, form.length + 1), stopwordMask(form.toLowerCase()), form);
          }
        }
      }
    }
  });

  it("word index › the word table's entries are found by their hash, with their prefixes in the filters", () => {
    assert.ok(plan.table.size > 100);
    const lists = [SOME, FIRST, PREFIX, RUN_PREFIX] as const;
    for (const [key, entry] of plan.table) {
      const at = plan.index.entryAt(plan.index.slotOf(key));
      assert.ok(at > 0);
      assert.equal(plan.index.entryOf(key), at);
      assert.deepEqual(
        lists.map((list) => plan.index.listOf(at, list)),
        [entry.some, entry.first, entry.prefix, entry.runPrefix],
      );
      assert.equal(stopwordsOnly().entryOf(key), 0);
      if (entry.prefix.length > 0 || entry.runPrefix.length > 0) assert.ok(filterHas(plan.index.firstRunPrefixes, key));
      if (entry.runPrefix.length > 0) assert.ok(filterHas(plan.index.runPrefixes, key));
    }
  });

  it("word index › any other hash finds nothing", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x3fffffff }), (key) => {
        fc.pre(!plan.table.has(key) && !stopwordsByHash.has(key));
        assert.equal(plan.index.slotOf(key), -1);
        assert.equal(plan.index.entryOf(key), 0);
        assert.equal(wordIndexOf(new Map()).slotOf(key), -1);
      }),
      { seed: 20261204, numRuns: 2000 },
    );
  });

  it("word index › a hash the keys' filter lets by (low bits of a key) finds nothing unless it is a key", () => {
    const keys = [...plan.table.keys(), ...stopwordsByHash.keys()];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.integer({ min: 1, max: 0x3fff }), (key, high) => {
        const other = (key ^ (high << 16)) & 0x3fffffff;
        fc.pre(!plan.table.has(other) && !stopwordsByHash.has(other));
        assert.equal(plan.index.slotOf(other), -1);
        assert.equal(plan.index.entryOf(other), 0);
      }),
      { seed: 20261205, numRuns: 2000 },
    );
  });

  it("word index › the build's packed index of the built-in plan is the one its word table makes", () => {
    loadBuiltinRules();
    const source = builtinPlan();
    assert.ok(source !== undefined && builtinConditions !== undefined, "the build wrote the bundle and the built-in conditions");
    assert.equal(builtinConditions.digest, source.digest);
    const built = unpackWordIndex(builtinConditions.index);
    assert.ok(built !== undefined);
    assert.deepEqual(built, wordIndexArrays(wordTableOf(source.table)));
  });

  it("word index › packed arrays unpack as they were, whatever their lengths", () => {
    const int32s = fc.array(fc.integer({ min: -0x80000000, max: 0x7fffffff }), { maxLength: 40 }).map((a) => Int32Array.from(a));
    fc.assert(
      fc.property(int32s, int32s, int32s, int32s, int32s, (slots, keys, firstRunPrefixes, runPrefixes, conditions) => {
        const arrays = { slots, keys, firstRunPrefixes, runPrefixes, conditions };
        assert.deepEqual(unpackWordIndex(packWordIndex(arrays)), arrays);
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });
});
