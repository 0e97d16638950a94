import { strict as assert } from "node:assert";
import { test } from "node:test";
import { parseDate } from "../../src/metadata/parse-date.js";

test("ISO dates with a time part are read", () => {
  assert.equal(parseDate("2025-05-27T06:03:43.274Z"), "2025-05-27");
  assert.equal(parseDate("updated 2025-05-27 06:03"), "2025-05-27");
  assert.equal(parseDate("2025-05-271"), undefined);
});

test("numeric dates: day-first with dots, slashes only when one number is above 12", () => {
  assert.equal(parseDate("23.07.2025"), "2025-07-23");
  assert.equal(parseDate("Updated: 10/31/2024"), "2024-10-31");
  assert.equal(parseDate("the 15/12/2025 at 19:00"), "2025-12-15");
  assert.equal(parseDate("3/4/2025"), undefined);
});
