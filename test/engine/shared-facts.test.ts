// Line memos share equal facts (src/engine/shared-facts.ts): a shared object must be equal in
// every field to the one it stands for, and facts that differ in any field must stay apart.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SharedFacts } from "../../src/engine/shared-facts.js";
import type { Facts } from "../../src/plan/line-scan.js";

const noBits: readonly number[] = [0, 0];
const someBits: readonly number[] = [4, 0];
const base: Facts = { words: 3, length: 13, lines: 1, bits: noBits, unsafe: false, marks: 1 << 18, hasRun: true };

describe("SharedFacts", () => {
  it("gives equal facts as the first such object", () => {
    const shared = new SharedFacts();
    const first = shared.share({ ...base });
    assert.equal(shared.share({ ...base }), first);
  });

  it("keeps facts apart that differ in any field", () => {
    const shared = new SharedFacts();
    shared.share({ ...base });
    const variants: Facts[] = [
      { ...base, words: 4 },
      { ...base, length: 14 },
      { ...base, bits: someBits },
      { ...base, unsafe: true },
      { ...base, marks: base.marks | 1 },
      { ...base, marks: 2 ** 31 },
      { ...base, hasRun: false },
    ];
    for (const v of variants) assert.deepEqual(shared.share(v), v);
  });

  it("keeps as measured what its key cannot hold", () => {
    const shared = new SharedFacts();
    for (const odd of [{ ...base, length: 5000 }, { ...base, words: 300 }, { ...base, lines: 2 }]) {
      shared.share({ ...odd });
      const again = { ...odd };
      assert.equal(shared.share(again), again);
    }
  });
});
