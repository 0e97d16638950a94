import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spanText, test } from "../helpers/subject.js";

describe("startsWith", () => {
  const table: Array<[name: string, list: string[], text: string, span: string | null]> = [
    ["matches at the start", ["Read more:"], "Read more: the budget", "Read more:"],
    ["ignores case", ["see also"], "SEE ALSO the report", "SEE ALSO"],
    ["skips bullets and white space before the phrase", ["Read more"], "  • » Read more about it", "  • » Read more"],
    ["does not match later in the line", ["Read more"], "You can read more here", null],
    ["needs a whole word at the end", ["Read"], "Readers say", null],
    ["matches when the phrase is the whole unit", ["Related"], "Related", "Related"],
    ["white space inside the phrase is flexible", ["Lesen Sie auch"], "Lesen  Sie auch: Neues", "Lesen  Sie auch"],
    ["the longest listed phrase wins", ["Read", "Read more"], "Read more now", "Read more"],
  ];
  for (const [name, list, text, span] of table) {
    it(`startsWith › ${name}`, () => {
      assert.equal(spanText(text, test({ startsWith: list }, text)) ?? null, span);
    });
  }
});
