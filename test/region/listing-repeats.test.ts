import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createCleaner } from "../../src/index.js";

const cleaner = createCleaner();
const NAMES = ["Hudson", "Avery", "Carver", "Dalton", "Ellis", "Fulton", "Garner", "Harlow", "Irving", "Jasper"];
const ROLES = ["Nurse", "Welder", "Baker", "Driver", "Clerk", "Painter", "Tutor", "Chef", "Porter", "Guard"];
/** A job board's card: the title, the employer, a label every card prints, and a count. */
const card = (i: number) => [`${ROLES[i]} at ${NAMES[i]} and Sons`, `${NAMES[(i + 3) % 10]} County`, "Full-Time", `Posted ${i + 2} days ago`];

describe("repeats on a listing", () => {
  it("keeps the label every card of a listing prints", () => {
    const text = ["Jobs", "Search", ...Array.from({ length: 10 }, (_, i) => card(i)).flat(), "Privacy policy"].join("\n");
    const result = cleaner.clean(text);
    assert.equal(result.pageType, "listing");
    assert.equal(result.text.split("\n").filter((l) => l === "Full-Time").length, 10);
  });

  it("still keeps only the first copy of a paragraph repeated in an article", () => {
    const para = "The council approved the budget on Monday after a long debate about the cost of the new bridge over the river.";
    const other = "Councillors said the plan would be reviewed again in the spring, when the first figures for the year are known.";
    const quote = "\"The best service in town, and friendly staff who always have time for a question.\"";
    const result = cleaner.clean([para, "", quote, "", other, "", quote].join("\n"));
    assert.equal(result.text.split("\n").filter((l) => l === quote).length, 1);
  });
});
