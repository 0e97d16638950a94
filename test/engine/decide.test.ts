// Decide, through the whole engine: which rule removes what when several want the same line.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanerWith, doc, rule } from "../helpers/specs.js";

const PARA = "The council approved the budget on Monday after a long debate about the new bridge.";
const PARA2 = "Councillors said the plan would be reviewed again in the spring when figures are known.";

describe("decide", () => {
  it("decide › a keep rule vetoes a drop of the same line", () => {
    const c = cleanerWith([rule("drop-ads", { exact: ["Advertisement"] }), rule("keep-ads", { exact: ["Advertisement"] }, { action: "keep", examples: [{ input: "x", keep: true }] })]);
    const input = doc(PARA, "Advertisement", PARA2);
    const r = c.clean(input);
    assert.equal(r.text, input);
    assert.deepEqual(r.removed, []);
  });

  it("decide › a keep veto covers only the lines it matches", () => {
    const c = cleanerWith([rule("drop-short", { words: { max: 2 } }), rule("keep-title", { exact: ["Title Here"] }, { action: "keep", examples: [{ input: "x", keep: true }] })]);
    const r = c.clean(doc("Title Here", "Menu", PARA));
    assert.equal(r.text, doc("Title Here", PARA));
  });

  it("decide › drop-rest removes from the earliest match to the end", () => {
    const c = cleanerWith([rule("related", { startsWith: ["Related"] }, { action: "drop-rest" })]);
    const r = c.clean(doc(PARA, "Related stories", "First teaser", "Related again", "Second teaser"));
    assert.equal(r.text, PARA);
    assert.deepEqual(r.removed.map((x) => [x.ruleId, x.unitId, x.text]), [
      ["related", "b1", "Related stories"],
      ["related", "b2", "First teaser"],
      ["related", "b3", "Related again"],
      ["related", "b4", "Second teaser"],
    ]);
  });

  it("decide › a keep veto survives drop-rest", () => {
    const c = cleanerWith([
      rule("related", { startsWith: ["Related"] }, { action: "drop-rest" }),
      rule("keep-para2", { exact: [PARA2] }, { action: "keep", examples: [{ input: "x", keep: true }] }),
    ]);
    const r = c.clean(doc(PARA, "Related stories", "First teaser", PARA2, "Second teaser"));
    assert.equal(r.text, doc(PARA, PARA2));
  });

  it("decide › drop-run in head removes only the run that starts at the edge", () => {
    const c = cleanerWith([rule("menu", { words: { max: 2 } }, { action: "drop-run", zone: "head", window: 5 })]);
    const r = c.clean(doc("Home\nNews\nSport", "Weather", PARA, "Short one", PARA2));
    assert.equal(r.text, doc(PARA, "Short one", PARA2));
  });

  it("decide › drop-run in head removes nothing when the edge does not match", () => {
    const c = cleanerWith([rule("menu", { words: { max: 2 } }, { action: "drop-run", zone: "head", window: 5 })]);
    const input = doc(PARA, "Home\nNews", PARA2);
    assert.equal(c.clean(input).text, input);
  });

  it("decide › drop-run in tail removes the run that ends at the edge", () => {
    const c = cleanerWith([rule("footer", { words: { max: 2 } }, { action: "drop-run", zone: "tail", window: 5 })]);
    const r = c.clean(doc(PARA, "Short one", PARA2, "Contact us\nPrivacy", "Imprint"));
    assert.equal(r.text, doc(PARA, "Short one", PARA2));
  });

  it("decide › drop-run elsewhere needs minRun consecutive units", () => {
    const c = cleanerWith([rule("runs", { words: { max: 2 } }, { action: "drop-run", zone: "anywhere", minRun: 3 })]);
    const r = c.clean(doc(PARA, "One\nTwo", PARA2, "One\nTwo\nThree", PARA));
    assert.equal(r.text, doc(PARA, "One\nTwo", PARA2, PARA));
  });

  it("decide › drop-run minRun defaults to 2", () => {
    const c = cleanerWith([rule("runs", { words: { max: 2 } }, { action: "drop-run" })]);
    const r = c.clean(doc(PARA, "Lonely", PARA2, "One\nTwo", PARA));
    assert.equal(r.text, doc(PARA, "Lonely", PARA2, PARA));
  });

  it("decide › the higher priority names the removal, the others are listed", () => {
    const c = cleanerWith([rule("a-rule", { exact: ["Advertisement"] }), rule("b-rule", { exact: ["Advertisement"] }, { priority: 5 }), rule("c-rule", { words: { max: 1 } })]);
    const r = c.clean(doc(PARA, "Advertisement"));
    assert.deepEqual(r.removed.map((x) => [x.ruleId, x.alsoMatched]), [["b-rule", ["a-rule", "c-rule"]]]);
    assert.deepEqual(r.stats.byRule, { "b-rule": 1 });
  });

  it("decide › lines removed together list each other rule once, in order", () => {
    const c = cleanerWith([
      rule("menu", { words: { max: 2 } }, { priority: 5 }),
      rule("shop", { exact: ["Shop now", "Cart"] }),
      rule("ads", { exact: ["Advertisement", "Cart"] }),
    ]);
    const r = c.clean(doc(PARA, "Cart\nShop now\nHome\nAdvertisement", PARA2));
    assert.deepEqual(r.removed.map((x) => [x.ruleId, x.unitId, x.alsoMatched]), [["menu", "b1.l0-3", ["ads", "shop"]]]);
    const alone = c.clean(doc(PARA, "Home\nAbout", PARA2));
    assert.deepEqual(alone.removed.map((x) => [x.ruleId, "alsoMatched" in x]), [["menu", false]]);
  });

  it("decide › equal priorities are broken by rule id", () => {
    const c = cleanerWith([rule("zeta", { exact: ["Advertisement"] }), rule("alpha", { exact: ["Advertisement"] })]);
    const r = c.clean(doc(PARA, "Advertisement"));
    assert.deepEqual(r.removed.map((x) => [x.ruleId, x.alsoMatched]), [["alpha", ["zeta"]]]);
  });

  it("decide › one trim per line per pass; the next waits for the next pass", () => {
    const c = cleanerWith([
      rule("trim-dateline", { regex: "^LONDON \\(Reuters\\) - " }, { action: "trim", priority: 1 }),
      rule("trim-tail", { regex: " \\(Editing\\)$" }, { action: "trim" }),
    ]);
    const r = c.clean(doc("LONDON (Reuters) - The pound fell. (Editing)", PARA));
    assert.equal(r.text, doc("The pound fell.", PARA));
    assert.deepEqual(r.removed.map((x) => [x.ruleId, x.pass, x.unit, x.text]), [
      ["trim-dateline", 1, "span", "LONDON (Reuters) - "],
      ["trim-tail", 2, "span", " (Editing)"],
    ]);
  });

  it("decide › with one pass only one trim applies and the engine says it is not done", () => {
    const c = cleanerWith([rule("trim-a", { regex: "^AAA " }, { action: "trim" }), rule("trim-b", { regex: " BBB$" }, { action: "trim" })], { maxPasses: 1 });
    const r = c.clean("AAA middle BBB");
    assert.equal(r.text, "middle BBB");
    assert.deepEqual(r.warnings.map((w) => w.code), ["passes-exhausted"]);
  });

  it("decide › a drop of the line beats a trim of it", () => {
    const c = cleanerWith([rule("trim-ad", { regex: "^Ad: " }, { action: "trim" }), rule("drop-ad", { startsWith: ["Ad:"] })]);
    const r = c.clean(doc(PARA, "Ad: buy now"));
    assert.deepEqual(r.removed.map((x) => [x.ruleId, x.unit]), [["drop-ad", "line"]]);
  });

  it("decide › a keep veto stops a trim", () => {
    const c = cleanerWith([rule("trim-ad", { regex: "^Ad: " }, { action: "trim" }), rule("keep-ad", { startsWith: ["Ad:"] }, { action: "keep", examples: [{ input: "x", keep: true }] })]);
    const input = doc(PARA, "Ad: buy now");
    assert.equal(c.clean(input).text, input);
  });

  it("decide › a trim that empties a line removes the line", () => {
    const c = cleanerWith([rule("trim-all", { regex: "^Ad: buy now$" }, { action: "trim" })]);
    const r = c.clean(doc(PARA, "Ad: buy now", PARA2));
    assert.equal(r.text, doc(PARA, PARA2));
    assert.equal(r.stats.linesOut, 2);
  });

  it("decide › neighbouring lines removed by one rule form one removal", () => {
    const c = cleanerWith([rule("menu", { words: { max: 1 } })]);
    const r = c.clean(doc(PARA, "Home\nNews\nSport"));
    assert.deepEqual(r.removed.map((x) => [x.unitId, x.text]), [["b1.l0-2", "Home\nNews\nSport"]]);
  });

  it("decide › block rules remove whole blocks", () => {
    const c = cleanerWith([rule("short-block", { lines: { min: 3 }, words: { max: 3 } }, { unit: "block" })]);
    const r = c.clean(doc(PARA, "Home\nNews\nSport", "Only\nTwo"));
    assert.equal(r.text, doc(PARA, "Only\nTwo"));
    assert.deepEqual(r.removed.map((x) => [x.unit, x.unitId]), [["block", "b1"]]);
  });

  it("decide › extract removes the line and records metadata", () => {
    const c = cleanerWith([rule("src", { regex: "^Source: (?<source>.+)$" }, { action: "extract", capture: { source: "$<source>" } })]);
    const r = c.clean(doc(PARA, "Source: Anadolu"));
    assert.equal(r.text, PARA);
    assert.equal(r.metadata.source, "Anadolu");
    assert.equal(r.metadataFrom.source, "rule:src");
  });

  it("decide › a vetoed extract records no metadata", () => {
    const c = cleanerWith([
      rule("src", { regex: "^Source: (?<source>.+)$" }, { action: "extract", capture: { source: "$<source>" } }),
      rule("keep-src", { startsWith: ["Source"] }, { action: "keep", examples: [{ input: "x", keep: true }] }),
    ]);
    const r = c.clean(doc(PARA, "Source: Anadolu"));
    assert.equal(r.metadata.source, undefined);
  });
});
