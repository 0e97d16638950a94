// The pass loop: zones are recomputed on what is kept, until nothing changes.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanerWith, doc, rule } from "../helpers/specs.js";
import { processDoc } from "../../src/engine/process.js";
import { normaliseText } from "../../src/input/normalise-text.js";
import { segmentText } from "../../src/input/segment-text.js";

const PARA = "The council approved the budget on Monday after a long debate about the new bridge.";
const PARA2 = "Councillors said the plan would be reviewed again in the spring when figures are known.";
const source = rule("src", { regex: "^Source: (?<source>.+)$" }, { action: "extract", zone: "tail", window: 1, capture: { source: "$<source>" } });
const footer = rule("footer", { exact: ["Contact us", "Privacy policy", "Imprint"] });

describe("passes", () => {
  it("passes › a tail rule reaches a line once later blocks are dropped", () => {
    const r = cleanerWith([source, footer]).clean(doc(PARA, PARA2, "Source: Anadolu", "Contact us", "Privacy policy", "Imprint"));
    assert.equal(r.text, doc(PARA, PARA2));
    assert.equal(r.metadata.source, "Anadolu");
    assert.deepEqual(r.removed.map((x) => [x.ruleId, x.pass]), [["src", 2], ["footer", 1], ["footer", 1], ["footer", 1]]);
    assert.equal(r.stats.passes, 3);
  });

  it("passes › without the footer rule the tail rule cannot reach the line", () => {
    const input = doc(PARA, PARA2, "Source: Anadolu", "Contact us");
    assert.equal(cleanerWith([source]).clean(input).text, input);
  });

  it("passes › a head rule reaches a line once earlier blocks are dropped", () => {
    const byline = rule("byline", { regex: "^By \\w+ \\w+$" }, { zone: "head", window: 1 });
    const nav = rule("nav", { exact: ["Home", "News"] });
    const r = cleanerWith([byline, nav]).clean(doc("Home", "News", "By Ana Lopez", PARA));
    assert.equal(r.text, PARA);
  });

  it("passes › removals are reported in document order", () => {
    const r = cleanerWith([source, footer]).clean(doc(PARA, "Source: AFP", "Imprint"));
    const starts = r.removed.map((x) => x.range[0]);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it("passes › the body zone is what lies between head and tail", () => {
    const mid = rule("mid", { exact: ["Advertisement"] }, { zone: "body", window: 1 });
    const r = cleanerWith([mid]).clean(doc("Advertisement", PARA, "Advertisement", PARA2, "Advertisement"));
    assert.equal(r.text, doc("Advertisement", PARA, PARA2, "Advertisement"));
  });

  it("passes › maxPasses bounds the loop and warns", () => {
    const r = cleanerWith([source, footer], { maxPasses: 1 }).clean(doc(PARA, "Source: Anadolu", "Imprint"));
    assert.equal(r.text, doc(PARA, "Source: Anadolu"));
    assert.ok(r.warnings.some((w) => w.code === "passes-exhausted"));
  });

  it("passes › equal lines share what was measured on their text, not what their place allows", () => {
    // The same text in the head and in the tail: one memo serves both lines, but the zone is
    // checked per line, so only the copy within the tail window goes.
    const r = cleanerWith([source]).clean(doc("Source: Anadolu", PARA, PARA2, "Source: Anadolu"));
    assert.equal(r.text, doc("Source: Anadolu", PARA, PARA2));
    assert.deepEqual(r.removed.map((x) => [x.ruleId, x.text]), [["src", "Source: Anadolu"]]);
    assert.ok(r.removed[0]!.range[0] > PARA.length, "the removed copy is the last one");
  });

  it("passes › a trim on one of two equal lines cuts that line only", () => {
    const dateline = rule("dl", { regex: "^(?<cut>LONDON \\(Reuters\\) - )" }, { action: "trim", zone: "head", window: 1 });
    const line = "LONDON (Reuters) - Prices rose on Monday as traders waited for the central bank decision.";
    const r = cleanerWith([dateline]).clean(doc(line, PARA, PARA2, line));
    assert.equal(r.text, doc(line.slice("LONDON (Reuters) - ".length), PARA, PARA2, line));
    assert.equal(r.removed.length, 1);
  });

  it("passes › every unit asked about is ticked, and a tick that throws stops the passes (an HTML page's time budget)", () => {
    const rules = cleanerWith([footer]).rules;
    const input = segmentText(normaliseText(doc(PARA, "Contact us", PARA2, "Imprint")));
    let ticks = 0;
    const done = processDoc(input, rules, { maxPasses: 4, maxUnitChars: 20_000, tick: () => void ticks++ });
    assert.equal(done.removed.length, 2);
    // Pass 1 measures and asks about the 4 lines; pass 2 the 2 kept ones (each twice: measured, asked).
    assert.equal(ticks, 2 * 4 + 2 * 2);
    const stop = new Error("over budget");
    let calls = 0;
    assert.throws(() => processDoc(input, rules, { maxPasses: 4, maxUnitChars: 20_000, tick: () => { if (++calls === 3) throw stop; } }), stop);
    assert.equal(calls, 3);
  });
});
