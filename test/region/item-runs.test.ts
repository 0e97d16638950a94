import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lineFeatures } from "../../src/classifier/features.js";
import { itemRuns } from "../../src/region/item-runs.js";

const runsOf = (lines: string[]) => itemRuns(lines, (i) => lineFeatures(lines[i]!));
const WOODS = ["Oak", "Pine", "Ash", "Birch", "Walnut", "Cherry", "Maple", "Teak", "Elm", "Beech"];
const NAMES = ["Hudson", "Avery", "Carver", "Dalton", "Ellis", "Fulton", "Garner", "Harlow", "Irving", "Jasper"];
const card = (i: number) => [`${NAMES[i % NAMES.length]} desk`, `${WOODS[i % WOODS.length]} top and steel legs`, `$${200 + i}.00`];
const cards = (n: number) => Array.from({ length: n }, (_, i) => card(i)).flat();
const menu = ["Home", "Shop", "Sale", "Cart"];

describe("itemRuns", () => {
  it("finds a run of priced cards and starts it at the first card's name", () => {
    const lines = [...menu, ...cards(10), "Privacy policy"];
    const runs = runsOf(lines);
    assert.equal(runs.length, 1);
    assert.equal(runs[0]!.items, 10);
    assert.equal(lines[runs[0]!.first], "Hudson desk");
    assert.equal(lines[runs[0]!.last], "$209.00");
  });

  it("takes prices written after the amount, with a comma for decimals", () => {
    const lines = Array.from({ length: 9 }, (_, i) => [`Lampe ${i}`, `${20 + i},99 €`]).flat();
    assert.equal(runsOf(lines)[0]?.items, 9);
  });

  it("finds a run of cards known by a marker each prints, whatever its count", () => {
    const lines = [...menu, ...Array.from({ length: 9 }, (_, i) => [`${NAMES[i % NAMES.length]} desk`, `${WOODS[i]} top and steel legs`, `${i + 3} reviews`, "Add to cart"]).flat()];
    const runs = runsOf(lines);
    assert.equal(runs.length, 1);
    assert.equal(runs[0]!.anchor, "marker");
    assert.equal(runs[0]!.items, 9);
    assert.equal(lines[runs[0]!.last], "Add to cart");
  });

  it("leaves a menu alone: its entries are not printed again and again", () => {
    const entries = ["News", "Sport", "Weather", "Business", "Culture", "Travel", "Food", "Money", "Opinion", "Video", "Books", "Music"];
    assert.deepEqual(runsOf([...entries, ...entries]), []);
  });

  it("leaves a strip of a few cards alone", () => {
    assert.deepEqual(runsOf([...menu, ...cards(5)]), []);
  });

  it("leaves a price table alone: prices on consecutive lines are no cards", () => {
    const table = Array.from({ length: 12 }, (_, i) => `Size ${i}: $${10 + i}`);
    assert.deepEqual(runsOf(table), []);
  });

  it("leaves prices quoted in sentences alone", () => {
    const prose = Array.from({ length: 12 }, (_, i) => `The council said the new bridge over the river would cost about $${i + 2} million more than it had planned in the spring.`);
    assert.deepEqual(runsOf(prose), []);
  });

  it("leaves a few cards beside a long text alone", () => {
    const para = "The council approved the new budget on Monday after a long debate about the cost of the new bridge over the river and the roads around it.";
    const lines = [...Array.from({ length: 40 }, () => para), ...cards(8)];
    assert.deepEqual(runsOf(lines), []);
  });
});
