import { strict as assert } from "node:assert";
import { test } from "node:test";
import fc from "fast-check";
import { DAY_MONTH_YEAR, MONTH_DAY_YEAR, mayHoldDate, parseDate, parseDateTime } from "../../src/metadata/parse-date.js";

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
  assert.equal(parseDate("06.18.2025"), "2025-06-18");
  assert.equal(parseDate("25.Jun.2019 in Vol 7"), "2019-06-25");
});

test("dates glued to the next element of the page: a second date, or the time", () => {
  assert.equal(parseDate("June 29, 2020November 12, 2021"), "2020-06-29");
  assert.equal(parseDateTime("October 17, 20236:01 PM ET"), "2023-10-17T18:01");
  assert.equal(parseDate("May 3, 20231"), undefined);
});

test("mayHoldDate: every date shape read holds its year's four digits, so a line without them is skipped unread", () => {
  const dated = ["2025-05-27", "May 3, 2023 1:24 PM EST", "14 March 2025, 09:42 GMT", "5 de mayo de 2024", "23.07.2025", "Updated: 10/31/2024"];
  for (const line of dated) {
    assert.ok(mayHoldDate(line), line);
    assert.notEqual(parseDate(line), undefined, line);
  }
  for (const line of ["Published on Monday", "May the fourth", "By Jane Doe | March", "Menu", "Page 3 of 12", "14 March 25", "10/31/24 at 09:42"]) {
    assert.equal(mayHoldDate(line), false, line);
    assert.equal(parseDateTime(line), undefined, line);
  }
});

test("mayHoldDate never skips a line that parseDateTime reads (generated lines)", () => {
  const words = ["May", "March", "mars", "Juni", "de", "14", "3", "20", "24", "202", "2024", "1999", ",", ".", "/", "-", ":", "09:42", "GMT", "at", "Updated", "12th", "T10:05"];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), fc.constantFrom(" ", "", "  "), (parts, gap) => {
      const line = parts.join(gap);
      if (parseDateTime(line) !== undefined) assert.ok(mayHoldDate(line), line);
    }),
  );
});

test("the month-name patterns match what they match with the month written as (\\p{L}{3,10}) (generated lines)", () => {
  const year = String.raw`(\d{4})(?:(?!\d)|(?=\d{1,2}:\d{2}(?!\d)))`;
  const plain = [
    [MONTH_DAY_YEAR(), new RegExp(String.raw`\b(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+` + year, "u")],
    [DAY_MONTH_YEAR(), new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|er|º)?(?:\.?[\s-]+|\.)(?:de\s+)?(\p{L}{3,10})(?:\.?,?[\s-]+|\.)(?:de\s+)?` + year, "u")],
  ] as const;
  const parts = ["May", "Mo", "de", "mayo", "Décembre", "éMar", "Septembersx", "abcdefghij", "abcdefghijk", "14", "3", "2024", "20236", "6:01", ",", ".", "-", " ", "  ", "th", "º", "😀", "中文字", "Ж", "_"];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 10 }), (words) => {
      const line = words.join("");
      for (const [ours, theirs] of plain) {
        const [a, b] = [ours.exec(line), theirs.exec(line)];
        assert.deepEqual(a && [a.index, ...a], b && [b.index, ...b], line);
      }
    }),
    { seed: 20261204, numRuns: 5000 },
  );
});
