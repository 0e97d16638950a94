// The guard against stripping most of a document, and report mode.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanerWith, doc, rule } from "../helpers/specs.js";

// One line of prose, more than an article region's least but no region on its own (one line).
const PARA = "The council approved the budget on Monday after a long debate about the new bridge, which will cost more than the city had planned when the works were first put to a vote.";
const everything = rule("everything", { words: { min: 0 } });

describe("guard", () => {
  it("guard › trips when too much would go and returns the input", () => {
    const input = "\uFEFFTitle\r\n\r\n" + PARA;
    const r = cleanerWith([everything], { guard: {} }).clean(input);
    assert.equal(r.status, "guarded");
    assert.equal(r.text, "Title\n\n" + PARA);
    assert.deepEqual(r.removed, []);
    assert.deepEqual(r.stats.byRule, {});
    assert.deepEqual(r.warnings.map((w) => w.code), ["guard-too-much-removed"]);
    assert.match(r.warnings[0]!.message, /^rules would remove 100% of the text \(limit 90%\) and it has no article region \(\d+ words of running prose\), while \d+ words of the removals read as running prose; nothing was removed/u);
    assert.deepEqual(r.wouldRemove?.map((x) => x.text), ["Title", PARA]);
    assert.equal(r.metadata.source, undefined);
  });

  it("guard › records no metadata captured by the refused removals", () => {
    const src = rule("src", { regex: "^Source: (?<source>.+)$" }, { action: "extract", capture: { source: "$<source>" } });
    const r = cleanerWith([everything, src], { guard: {} }).clean(doc(PARA, "Source: AFP"));
    assert.equal(r.status, "guarded");
    assert.equal(r.metadata.source, undefined);
  });

  it("guard › stays quiet below the limit", () => {
    const ad = rule("ad", { exact: ["Advertisement"] });
    const r = cleanerWith([ad], { guard: { maxRemovedShare: 0.5 } }).clean(doc(PARA, "Advertisement"));
    assert.equal(r.status, "ok");
    assert.equal(r.text, PARA);
  });

  it("guard › the limit is configurable", () => {
    const second = rule("second", { regex: "^Residents" });
    const r = cleanerWith([second], { guard: { maxRemovedShare: 0.1 } }).clean(doc("Too short.", `Residents said ${PARA}`));
    assert.equal(r.status, "guarded");
    assert.match(r.warnings[0]!.message, /limit 10%/u);
  });

  it("guard › switched off, everything may go", () => {
    const r = cleanerWith([everything], { guard: false }).clean(PARA);
    assert.equal(r.status, "ok");
    assert.equal(r.text, "");
    assert.deepEqual(r.warnings.map((w) => w.code), ["empty-after-clean"]);
  });

  it("guard › lets a page with an article region lose most of its text", () => {
    const story = [PARA, "The mayor said work on the bridge would start next spring if the contractor kept to the agreed cost.", "Residents who live near the river will be asked for their views at a meeting in the town hall on Friday."];
    const menu = Array.from({ length: 150 }, (_, i) => `Section ${i} of the site menu here`);
    const chrome = rule("chrome", { regex: "^Section \\d+" });
    const r = cleanerWith([chrome], { guard: {} }).clean([...menu, "", ...story.join("\n\n").split("\n")].join("\n"));
    assert.equal(r.status, "ok");
    assert.equal(r.text, story.join("\n\n"));
    assert.equal(r.wouldRemove, undefined);
  });

  it("guard › empties a page of chrome alone instead of refusing it: its removals hold no running prose", () => {
    const chrome = rule("chrome", { any: [{ exact: ["Log In", "Home", "Share"] }, { regex: "^You need to enable JavaScript" }] });
    for (const page of [doc("Home", "Log In", "Share"), "You need to enable JavaScript to run this app."]) {
      const r = cleanerWith([chrome], { guard: {} }).clean(page);
      assert.equal(r.status, "ok");
      assert.equal(r.text, "");
      assert.deepEqual(r.warnings.map((w) => w.code), ["empty-after-clean"]);
      assert.equal(r.wouldRemove, undefined);
    }
  });

  it("guard › is on by default", () => {
    const r = cleanerWith([everything], { guard: undefined as never }).clean(PARA);
    assert.equal(r.status, "guarded");
  });
});

describe("report mode", () => {
  const ad = rule("ad", { exact: ["Advertisement"] }, { mode: "report" });

  it("report mode › removes nothing and records the hits", () => {
    const input = doc(PARA, "Advertisement", PARA);
    const r = cleanerWith([ad]).clean(input);
    assert.equal(r.text, input);
    assert.deepEqual(r.removed, []);
    assert.deepEqual(r.reports.map((m) => [m.ruleId, m.mode, m.unitId, m.text]), [["ad", "report", "b1.l0", "Advertisement"]]);
  });

  it("report mode › an override switches a rule to report", () => {
    const r = cleanerWith([rule("ad", { exact: ["Advertisement"] })], { rules: { ad: "report" } }).clean(doc(PARA, "Advertisement"));
    assert.equal(r.text, doc(PARA, "Advertisement"));
    assert.equal(r.reports.length, 1);
  });

  it("report mode › a hit is recorded once across passes", () => {
    const footer = rule("footer", { exact: ["Imprint"] });
    const r = cleanerWith([ad, footer]).clean(doc(PARA, "Advertisement", "Imprint"));
    assert.equal(r.stats.passes, 2);
    assert.equal(r.reports.length, 1);
  });

  it("report mode › off rules neither remove nor report", () => {
    const input = doc(PARA, "Advertisement");
    const r = cleanerWith([rule("ad", { exact: ["Advertisement"] })], { rules: { ad: "off" } }).clean(input);
    assert.equal(r.text, input);
    assert.deepEqual(r.reports, []);
  });
});
