// The headline's words are looked up in the body's text as whole words: the same answer as
// gathering the body's words (lexicon/words.ts lowerWords) and looking them up.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { holdsWord, lowerWords } from "../../src/lexicon/words.js";

const bodies = [
  "The council approved the budget on Monday.\nCouncillors voted 7-2.",
  "Überall in Köln: Straßenbahn-Linien fahren wieder",
  "council's councils council2 xcouncil council",
  "emoji 😀council😀 and 𝐀council 𝐀 letters",
  "lone \ud800council\udc00 surrogates",
  "ΟΔΥΣΣΕΥΣ και Σίσυφος",
];
const words = ["council", "councils", "budget", "monday", "straßenbahn", "linien", "köln", "letters", "surrogates", "οδυσσευς", "σίσυφος", "coun"];

describe("headline words", () => {
  it("headline words › holdsWord finds a word exactly where lowerWords gives it", () => {
    for (const body of bodies) {
      const lower = body.split("\n").map((l) => l.toLowerCase()).join("\n");
      const have = new Set(body.split("\n").flatMap(lowerWords));
      for (const w of [...words, ...have]) assert.equal(holdsWord(lower, w), have.has(w), `${JSON.stringify(w)} in ${JSON.stringify(body)}`);
    }
  });
});
