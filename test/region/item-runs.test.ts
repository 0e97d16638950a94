import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lineFeatures } from "../../src/classifier/features.js";
import { itemRuns } from "../../src/region/item-runs.js";

const runsOf = (lines: string[]) => itemRuns(lines, lines.map(lineFeatures));
const card = (i: number) => [`Desk model ${i}`, `Oak top, ${100 + i} cm wide`, `$${200 + i}.00`];
const cards = (n: number) => Array.from({ length: n }, (_, i) => card(i)).flat();
const menu = ["Home", "Shop", "Sale", "Cart"];

describe("itemRuns", () => {
  it("finds a run of priced cards and starts it at the first card's name", () => {
    const lines = [...menu, ...cards(10), "Privacy policy"];
    const runs = runsOf(lines);
    assert.equal(runs.length, 1);
    assert.equal(runs[0]!.items, 10);
    assert.equal(lines[runs[0]!.first], "Desk model 0");
    assert.equal(lines[runs[0]!.last], "$209.00");
  });

  it("takes prices written after the amount, with a comma for decimals", () => {
    const lines = Array.from({ length: 9 }, (_, i) => [`Lampe ${i}`, `${20 + i},99 €`]).flat();
    assert.equal(runsOf(lines)[0]?.items, 9);
  });

  it("leaves a strip of a few cards alone", () => {
    assert.deepEqual(runsOf([...menu, ...cards(5)]), []);
  });

  it("leaves a price table alone: prices on consecutive lines are no cards", () => {
    const table = Array.from({ length: 12 }, (_, i) => `Size ${i}: $${10 + i}`);
    assert.deepEqual(runsOf(table), []);
  });

  it("leaves prices quoted in sentences alone", () => {
    const prose = Array.from({ length: 12 }, (_, i) => [`The council said the new bridge over the river would cost about $${i + 2} million more than it had planned in the spring.`, "Residents disagreed."]).flat();
    assert.deepEqual(runsOf(prose), []);
  });

  it("leaves a few cards beside a long text alone", () => {
    const para = "The council approved the new budget on Monday after a long debate about the cost of the new bridge over the river and the roads around it.";
    const lines = [...Array.from({ length: 40 }, () => para), ...cards(8)];
    assert.deepEqual(runsOf(lines), []);
  });
});
