// The near-prose sweeps (classifier/page-spans.ts) start from whole-number sentinels just out of
// reach of the span; checked against the plain reading: a line is near when a prose line of the
// span lies within `reach` lines of it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { markNearProse, nearProse } from "../../src/classifier/page-spans.js";

function plainNear(prose: readonly boolean[], first: number, last: number, reach: number): boolean[] {
  return prose.map((_, i) => {
    if (i < first || i > last) return false;
    for (let j = first; j <= last; j++) if (prose[j] && Math.abs(i - j) <= reach) return true;
    return false;
  });
}

const span = fc
  .record({ prose: fc.array(fc.boolean(), { maxLength: 40 }), a: fc.nat(), b: fc.nat(), reach: fc.nat({ max: 6 }) })
  .map(({ prose, a, b, reach }) => {
    const n = prose.length;
    const first = n === 0 ? 0 : a % n;
    const last = n === 0 ? -1 : first + (b % (n - first));
    return { prose, first, last, reach };
  });

describe("near prose", () => {
  it("agrees with the plain reading on random spans", () => {
    fc.assert(
      fc.property(span, ({ prose, first, last, reach }) => {
        const want = plainNear(prose, first, last, reach);
        assert.deepEqual(nearProse(prose, first, last, reach), want);
        // Into typed rows, leaving the lines outside the span as they were.
        const near = new Uint8Array(prose.length).fill(7);
        markNearProse(prose.map((p) => (p ? 1 : 0)), first, last, reach, near);
        prose.forEach((_, i) => assert.equal(near[i], i < first || i > last ? 7 : want[i] ? 1 : 0, `line ${i}`));
      }),
      { seed: 20261205, numRuns: 3000 },
    );
  });
});
