// A matcher defined with `context: false` promises to read its unit's text and line count only:
// the engine keeps its results across passes on that promise. Every such matcher of the
// catalog, down to the parts of combinators, is given subjects whose neighbours, position and
// classifier verdict throw, and must answer as it does with ordinary ones.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defineMatcher, infoOf } from "../../src/plan/need.js";
import type { Matcher, Subject } from "../../src/matchers/matcher.js";
import { compileMatcher, vocabulary } from "../../src/matchers/registry.js";
import { makeSubject, subject } from "../helpers/subject.js";
import { loadRuleDir } from "../../src/rules/load.js";
import { rulesDir } from "../helpers/paths.js";

const sources = loadRuleDir(rulesDir);

/** Every matcher node of a spec: the node itself and the nodes its combinators and neighbours hold. */
function nodes(spec: unknown, path: string, out: Array<{ path: string; spec: Record<string, unknown> }>): void {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) return;
  const node = spec as Record<string, unknown>;
  out.push({ path, spec: node });
  for (const [key, value] of Object.entries(node)) {
    if (key === "all" || key === "any") (value as unknown[]).forEach((v, i) => nodes(v, `${path}.${key}[${i}]`, out));
    if (key === "not" || key === "prev" || key === "next") nodes(value, `${path}.${key}`, out);
  }
}

const fail = (what: string) => (): never => {
  throw new Error(`a context-free matcher asked for ${what}`);
};

/** A subject with the text and line count only: anything else throws. */
function sealed(text: string): Subject {
  return makeSubject({ kind: "line", id: "b0.l0", text, lineCount: 1, prev: fail("prev"), next: fail("next"), classify: fail("classify"), position: fail("position") });
}

const texts = [...new Set(sources.flatMap((s) => ((s.data as { examples?: Array<{ input: string }> }).examples ?? []).flatMap((e) => e.input.split("\n"))))];

/** Runs `m` on every text with sealed subjects; same answers as with ordinary neighbours. */
function holdsSealed(m: Matcher, where: string): void {
  for (const t of texts) {
    let got;
    try {
      got = m(sealed(t));
    } catch (error) {
      assert.fail(`${where} on ${JSON.stringify(t)}: ${(error as Error).message}`);
    }
    assert.deepEqual(got, m(subject(t, { lineCount: 1, prev: "Previous line.", next: "Next line.", position: 0.5 })), `${where} on ${JSON.stringify(t)}`);
  }
}

describe("matchers › context-free means context-free", () => {
  it("every context-free matcher of the catalog answers without neighbours, position or classifier", () => {
    let checked = 0;
    for (const source of sources) {
      const data = source.data as Record<string, unknown>;
      const found: Array<{ path: string; spec: Record<string, unknown> }> = [];
      nodes(data["match"], "match", found);
      nodes(data["until"], "until", found);
      for (const { path, spec } of found) {
        const m = compileMatcher(spec, path);
        if (infoOf(m).context) continue;
        holdsSealed(m, `${source.file}: ${path}`);
        checked++;
      }
    }
    // Every word of the vocabulary that can be context-free shows up somewhere in the catalog.
    assert.ok(checked > 100, `only ${checked} matchers checked`);
  });

  it("words that read context say so", () => {
    for (const word of ["classifier", "position", "prev", "next"]) assert.ok(word in vocabulary, word);
    const specs: Array<Record<string, unknown>> = [{ classifier: "boilerplate" }, { position: { min: 0.5 } }, { prev: { words: { max: 3 } } }, { next: { words: { max: 3 } } }, { not: { prev: { words: { max: 3 } } } }, { all: [{ words: { max: 3 } }, { position: { min: 0 } }] }];
    for (const spec of specs) assert.equal(infoOf(compileMatcher(spec, "match")).context, true, JSON.stringify(spec));
  });

  it("the check catches a matcher that reads its neighbour while claiming not to", () => {
    const liar = defineMatcher({ context: false, test: (s) => (s.prev() === undefined ? null : {}) });
    assert.throws(() => holdsSealed(liar, "liar"), /context-free matcher asked for prev/);
  });
});
