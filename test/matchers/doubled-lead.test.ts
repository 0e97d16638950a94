import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { doubledLead } from "../../src/matchers/doubled-lead.js";
import { test } from "../helpers/subject.js";

describe("doubledLead", () => {
  it("doubledLead › finds a copy glued to itself", () => {
    const text = "A car in the snow, Iceland.A car in the snow, Iceland.Renting a car is easy.";
    assert.equal(doubledLead(text, 0, 20), "A car in the snow, Iceland.".length);
  });
  it("doubledLead › finds a copy after one space", () => {
    assert.equal(doubledLead("Photo Clipping Services Photo Clipping Services Back", 0, 20), "Photo Clipping Services".length);
  });
  it("doubledLead › a copy shorter than min is no match", () => {
    assert.equal(doubledLead("Our servicesOur services and more", 0, 20), -1);
  });
  it("doubledLead › a text that is not repeated at the start is no match", () => {
    assert.equal(doubledLead("The council met on Monday. The council met on Monday again.", 0, 20), -1);
  });
  it("doubledLead › copies holding a run of spaces are table cells, no match", () => {
    assert.equal(doubledLead("Yelp: 4.8 / 5     reviews Yelp: 4.8 / 5     reviews", 0, 20), -1);
  });
  it("doubledLead › copies without letters are no match", () => {
    assert.equal(doubledLead("12345 67890 12345 6789012345 67890 12345 67890", 0, 20), -1);
  });
  it("doubledLead › the matcher's span covers both copies and the white space before them", () => {
    const text = "  Car in the snow, Iceland.Car in the snow, Iceland.Rest.";
    const hit = test({ doubledLead: { min: 20 } }, text);
    assert.deepEqual(hit?.span, [0, 2 + 2 * "Car in the snow, Iceland.".length]);
    assert.equal(hit?.evidence?.copyChars, "Car in the snow, Iceland.".length);
  });
  it("doubledLead › a unit that is only the two copies is not matched", () => {
    assert.equal(test({ doubledLead: { min: 20 } }, "Kidfresh Frozen Fish Sticks - 8oz Kidfresh Frozen Fish Sticks - 8oz"), null);
  });
  it("doubledLead › max bounds the copy", () => {
    assert.equal(test({ doubledLead: { min: 20, max: 22 } }, "Car in the snow, Iceland.Car in the snow, Iceland.Rest."), null);
  });
  it("doubledLead › min is required", () => {
    assert.throws(() => test({ doubledLead: { max: 20 } }, "x"));
  });
});
