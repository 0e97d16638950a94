// The conditions on a unit's place in the page that the engine asks before a rule (plan/place.ts)
// against the matchers they come from: a place need must never turn away a unit its matcher
// would hit, and must turn away the units it cannot.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compileMatcher } from "../../src/matchers/registry.js";
import { makeSubject } from "../helpers/subject.js";
import type { RegionVerdict } from "../../src/matchers/matcher.js";
import { infoOf } from "../../src/plan/need.js";
import { placeHolds, placeNeeds, type Place } from "../../src/plan/place.js";

interface At {
  share: number;
  part: RegionVerdict["part"];
}

const place: Place<At> = { position: (at) => at.share, regionPart: (at) => at.part };

function subjectAt(at: At) {
  return makeSubject({
    kind: "line",
    id: "b0.l0",
    text: "A line of text",
    lineCount: 1,
    prev: () => undefined,
    next: () => undefined,
    classify: () => ({ label: "content", evidence: {} }),
    position: () => at.share,
    region: () => ({ part: at.part, why: "test", evidence: {} }),
  });
}

const PARTS: Array<RegionVerdict["part"]> = ["outside", "inside", "content", "headline", "none"];

describe("plan › place needs", () => {
  it("hold wherever their matcher hits, and only there, on every hundredth and half-hundredth of the page", () => {
    for (const spec of [{ position: { min: 0.9 } }, { position: { min: 0.5, max: 0.85 } }, { region: { part: "outside" } }, { all: [{ position: { min: 0.7 } }, { region: "content" }] }]) {
      const matcher = compileMatcher(spec, "match");
      const needs = placeNeeds(infoOf(matcher).need);
      assert.ok(needs.length > 0, `${JSON.stringify(spec)} has a place need`);
      for (let k = 0; k <= 2000; k++) {
        for (const part of PARTS) {
          const at = { share: k / 2000, part };
          assert.equal(placeHolds(needs, place, at), matcher(subjectAt(at)) !== null, `${JSON.stringify(spec)} at ${at.share}, ${part}`);
        }
      }
    }
  });

  it("are read from a conjunction only: never through any, not or a neighbour", () => {
    for (const spec of [{ any: [{ position: { min: 0.9 } }, { words: { max: 3 } }] }, { not: { region: "outside" } }, { prev: { position: { min: 0.5 } } }]) {
      assert.deepEqual(placeNeeds(infoOf(compileMatcher(spec, "match")).need), [], JSON.stringify(spec));
    }
  });

  it("a rule that is a region ask alone is marked for the engine to report from the verdicts; a compound one is not", () => {
    assert.deepEqual(infoOf(compileMatcher({ region: { part: "inside" } }, "match")).region, { kind: "region", part: "inside", params: {} });
    assert.equal(infoOf(compileMatcher({ all: [{ region: "headline" }, { regex: "x" }] }, "match")).region, undefined);
  });
});
