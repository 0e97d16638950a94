// Byline and date read from the lines around the start of the kept article (metadata/from-text-head.ts).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createCleaner } from "../../src/cleaner.js";
import { authorIn, dateIn, fromTextHead } from "../../src/metadata/from-text-head.js";

describe("metadata from the text head", () => {
  const bylines: Array<[string, string | undefined]> = [
    ["By Jane Doe", "Jane Doe"],
    ["By Korin MillerPublished: Jan 29, 2025", "Korin Miller"],
    ["by Karina Cohen | May 19, 2024", "Karina Cohen"],
    ["By: Benjamin Johnson, Sr. Director of Operations", "Benjamin Johnson"],
    ["Published August 7, 2023 by Nicole Burke", "Nicole Burke"],
    ["Written By Tina Flint Huffman", "Tina Flint Huffman"],
    ["Par Marie Dupont | 12 mars 2025", "Marie Dupont"],
    ["Von Hans Müller, 3. März 2025", "Hans Müller"],
    ["Por Ana García", "Ana García"],
    ["Di Marco Rossi", "Marco Rossi"],
    ["By the numbers: what the budget buys", undefined],
    ["By January 2026 the bridge will be open", undefined],
    ["Photo by Ana García", undefined],
    ["Image courtesy by Ana García", undefined],
  ];
  for (const [line, author] of bylines) {
    it(`from text head › author of ${JSON.stringify(line)} is ${JSON.stringify(author)}`, () => assert.equal(authorIn(line), author));
  }

  const dates: Array<[string, string | undefined]> = [
    ["Jun 08, 2023 • 11 Minute Read", "2023-06-08"],
    ["By Sofia Gonzalez December 2, 2025", "2025-12-02"],
    ["EcoFlow- 2025/4/29", "2025-04-29"],
    ["12.12.2025", "2025-12-12"],
    ["Publié le 14 mars 2025 à 09:42", "2025-03-14T09:42"],
    ["Veröffentlicht am 3. März 2025", "2025-03-03"],
    ["5 de mayo de 2025", "2025-05-05"],
    ["Pubblicato il 12 marzo 2025", "2025-03-12"],
    ["Publicado em 5 de maio de 2025", "2025-05-05"],
    ["Tuesday, August 29, 2023", "2023-08-29"],
    ["no date here", undefined],
  ];
  for (const [line, date] of dates) {
    it(`from text head › date of ${JSON.stringify(line)} is ${JSON.stringify(date)}`, () => assert.equal(dateIn(line), date));
  }

  it("from text head › an update or copyright line gives no publication date (an update line only its fallback); the nearest line wins", () => {
    const lines = ["Home", "© 2025 The Paper", "Updated 14 March 2025, 09:42 GMT", "By Jane Doe | 2 March 2025", "Headline here", "Body starts."];
    assert.deepEqual(fromTextHead(lines, 5), { author: "Jane Doe", publishedAt: "2025-03-02" });
    assert.deepEqual(fromTextHead(["Updated 14 March 2025", "© 2025", "Body."], 2), { updatedAt: "2025-03-14" });
  });

  it("from text head › the cleaner fills author and date from a byline line no rule took, with provenance", () => {
    const text = [
      "Home",
      "News",
      "By Jane DoePublished: Jan 29, 2025 | 4 min read",
      "",
      "The city council approved the new budget on Monday after a long debate about the cost of the new bridge over the river.",
      "",
      "Councillors said the plan would be reviewed again in the spring, when the first figures for the year are known to the public.",
    ].join("\n");
    const r = createCleaner().clean(text);
    assert.equal(r.metadata.author, "Jane Doe");
    assert.equal(r.metadata.publishedAt, "2025-01-29");
    assert.equal(r.metadataFrom.author, "text:head");
    assert.equal(r.metadataFrom.publishedAt, "text:head");
  });
});
