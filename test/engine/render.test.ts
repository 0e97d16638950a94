// render() gives the clean text and, for the metadata step, its blocks and their words: they must
// be what splitting the text on blank lines and counting each block's words would give, whichever
// lines are removed or cut.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { normaliseText } from "../../src/input/normalise-text.js";
import { segmentText } from "../../src/input/segment-text.js";
import { countWords } from "../../src/lexicon/words.js";
import { render } from "../../src/engine/render.js";
import { cutRange, initialState } from "../../src/engine/state.js";

const unit = fc.constantFrom("a", "Word", "é", "_", "1", " ", "\t", ".", "\n", "\n\n", "\r\n", "\u00a0", "😀", "中", "-");
const text = fc.array(unit, { maxLength: 80 }).map((u) => u.join(""));

describe("render", () => {
  it("render › its blocks are its text split on blank lines, with their words, after any removals and cuts", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 10 }), fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.nat(8)), { maxLength: 6 }), (input, drops, cuts) => {
        const doc = segmentText(normaliseText(input));
        const states = initialState(doc);
        if (states.length > 0) {
          for (const d of drops) states[d % states.length]!.alive = false;
          for (const [at, from, length] of cuts) {
            const s = states[at % states.length]!;
            if (!s.alive) continue;
            const start = s.line.range[0] + Math.min(from, s.line.text.length);
            cutRange(s, [start, Math.min(start + length, s.line.range[1])], doc.text);
          }
        }
        const r = render(states);
        const blocks = r.text === "" ? [] : r.text.split("\n\n");
        assert.deepEqual(r.blocks, blocks);
        assert.deepEqual(r.blockWords, blocks.map(countWords));
        assert.equal(r.words, countWords(r.text));
      }),
      { numRuns: 2000 },
    );
  });
});
