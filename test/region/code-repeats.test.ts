import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createCleaner } from "../../src/index.js";

const cleaner = createCleaner();
const intro = "A component is a function that returns the markup it shows, and the page calls it wherever the markup is needed.";
const middle = "The second component reads its props the same way, and returns its markup inside a wrapper of its own.";
const outro = "Both components can now be used in the page, and each of them renders again whenever its props change.";
/** A short program whose last lines every example repeats: the code's own lines, printed twice. */
const example = (name: string, tag: string) => [`function ${name}(props) {`, `  const label = props.label;`, "  return (", `    <${tag}>{label}</${tag}>`, "  );", "}"];

describe("repeats on a page of code", () => {
  it("keeps the statements a page of code prints in more than one example", () => {
    const text = ["Docs", "Search", "", intro, "", ...example("Title", "h1"), "", middle, "", ...example("Note", "p"), "", outro].join("\n");
    const result = cleaner.clean(text);
    const lines = result.text.split("\n");
    assert.equal(lines.filter((l) => l === "  return (").length, 2);
    assert.equal(lines.filter((l) => l === "  const label = props.label;").length, 2);
  });

  it("still drops a short line repeated on a page without code", () => {
    const para = "The council approved the budget on Monday after a long debate about the cost of the new bridge over the river.";
    const other = "Councillors said the plan would be reviewed again in the spring, when the first figures for the year are known.";
    const third = "The mayor said the bridge would open next year, and that the old crossing would stay open until it did.";
    const result = cleaner.clean([para, "", "Share this", "", other, "", "Share this", "", third].join("\n"));
    assert.equal(result.text.split("\n").filter((l) => l === "Share this").length, 0);
  });
});
