// The line memos by text (plan/line-memos.ts) against a Map by text: the same memo for every
// text, whether short, long, of a length no other text has, or of a length many texts share.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { LineMemos } from "../../src/plan/line-memos.js";
import { devsetTextDir } from "../helpers/paths.js";

/** A small deterministic generator (mulberry32), so that a failure can be run again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Looks every text up as the engine does (a memo made for a text not found) in both, and checks they agree. */
function agree(texts: readonly string[], label: string): void {
  const memos = new LineMemos<{ text: string }>();
  const plain = new Map<string, { text: string }>();
  for (const [k, text] of texts.entries()) {
    const found = memos.get(text);
    assert.equal(found, plain.get(text), `${label}: text ${k} (${text.length} chars)`);
    if (found === undefined) {
      const memo = { text };
      memos.set(text, memo);
      plain.set(text, memo);
    }
  }
}

describe("engine › line memos", () => {
  it("find the memo of every earlier equal text, and of no other, on random texts of crowded lengths", () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      // Few letters and lengths around the long-line bound: many equal texts, many of one length.
      const lengths = [1, 40, 79, 80, 81, 120, 300].slice(0, 1 + Math.floor(next() * 7));
      const letters = "ab c".slice(0, 1 + Math.floor(next() * 4));
      const texts: string[] = [];
      for (let k = 0; k < 60; k++) {
        if (texts.length > 0 && next() < 0.3) texts.push(texts[Math.floor(next() * texts.length)]!);
        else {
          const n = lengths[Math.floor(next() * lengths.length)]!;
          // Sliced from a longer string, as a document's lines are.
          let s = "x";
          for (let i = 0; i < n; i++) s += letters[Math.floor(next() * letters.length)]!;
          texts.push(s.slice(1));
        }
      }
      agree(texts, `round ${round}`);
    }
  });

  it("agree on the dev set's lines, page by page", (t) => {
    if (!existsSync(devsetTextDir)) return t.skip(`no dev set at ${devsetTextDir}`);
    for (const file of readdirSync(devsetTextDir).filter((f) => f.endsWith(".txt")).sort().filter((_, i) => i % 4 === 0)) {
      agree(readFileSync(join(devsetTextDir, file), "utf8").split("\n").filter((line) => line.trim() !== ""), file);
    }
  });
});
