import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lineFeatures } from "../../src/classifier/features.js";
import { textPageType } from "../../src/region/page-type.js";
import { createCleaner } from "../../src/index.js";

const typeOf = (lines: string[]) => textPageType(lines, (i) => lineFeatures(lines[i]!)).type;
const PROSE = "The council approved the budget on Monday after a long debate about the cost of the new bridge over the river.";
const NAMES = ["Hudson", "Avery", "Carver", "Dalton", "Ellis", "Fulton", "Garner", "Harlow", "Irving", "Jasper"];
const post = (i: number) => [NAMES[i]!, "Joined: Mar 3, 2021", `Messages: ${100 + i}`, `#${i + 1}`, `I tried this on my own bike and the chain still slips on the third gear, any idea why that would be?`, "Reply Quote"];

describe("textPageType", () => {
  it("reads a thread from its posts' furniture", () => {
    assert.equal(typeOf(["Forums", "New posts", ...Array.from({ length: 4 }, (_, i) => post(i)).flat()]), "forum");
  });

  it("does not take an article with a few comment buttons for a thread", () => {
    assert.equal(typeOf([PROSE, PROSE, PROSE, "Jane", "Reply", "Tom", "Reply"]), "article");
  });

  it("reads a product page from its price beside a shop control", () => {
    assert.equal(typeOf(["Oak desk", "$499.00", "Quantity", "Add to cart", PROSE]), "product");
  });

  it("reads a category page from its run of priced cards", () => {
    const cards = Array.from({ length: 10 }, (_, i) => [`${NAMES[i]} desk`, "Oak top and steel legs", `$${200 + i}.00`]).flat();
    assert.equal(typeOf(["Desks", ...cards]), "collection");
  });

  it("reads documentation from its code", () => {
    const code = ["import { parse } from 'lib';", "const tree = parse(source);", "for (const node of tree) {", "  visit(node);", "}", "return tree;"];
    assert.equal(typeOf([PROSE, ...code, PROSE]), "documentation");
  });

  it("reads documentation from its site's furniture when it shows no code", () => {
    assert.equal(typeOf(["Docs", "Getting started", "Installation", "Concepts", "API reference", PROSE, PROSE, "On this page", "Was this page helpful?"]), "documentation");
    assert.equal(typeOf(["Home", "Overview", PROSE, PROSE, "Next"]), "article");
  });

  it("takes a page of prose for an article", () => {
    assert.equal(typeOf(["Home", "News", PROSE, PROSE]), "article");
  });

  it("is reported on a cleaned text with its provenance", () => {
    const result = createCleaner().clean(["Oak desk", "$499.00", "Quantity", "Add to cart", PROSE, PROSE].join("\n"));
    assert.equal(result.pageType, "product");
    assert.equal(result.pageTypeFrom, "text");
  });
});
