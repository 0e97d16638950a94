// The HTML time budget holds inside the stages, article scoring is linear in the page, and a page
// abandoned over its budget is refused, not passed on as an empty page.
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { createCleaner } from "../../src/cleaner.js";
import { htmlToDoc } from "../../src/input/html/html-to-doc.js";
import { toRecord } from "../../src/batch/record.js";
import { nowMs } from "../../src/clock.js";

/** Unclosed <p><b><i>, `levels` deep: every paragraph holds all the ones after it. */
const nested = (levels: number): string => `<html><body>${"<p>a, b <b>c, <i>d, ".repeat(levels)}</body></html>`;

/** CPU time of f in ms: wall time would measure the load of the machine as much as the code. */
function wallMs(f: () => unknown): number {
  const started = nowMs();
  f();
  return nowMs() - started;
}

function cpuMs<T>(f: () => T): { value: T; ms: number } {
  const before = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(before);
  return { value, ms: (used.user + used.system) / 1000 };
}

describe("html time budget", () => {
  it("html › scoring 6,000 nested unclosed paragraphs reads each text once (quadratic took tens of seconds)", () => {
    const { value, ms } = cpuMs(() => htmlToDoc(nested(6000), { timeBudgetMs: 60_000 }));
    assert.equal(value.abandoned, undefined, JSON.stringify(value.warnings));
    assert.equal(value.doc.text.match(/a, b c, d,/gu)?.length, 6000, "every level's text is kept");
    assert.ok(ms < 4000, `${Math.round(ms)} ms of CPU`);
  });

  it("html › a page over its budget is stopped inside the stage and rejected with a time-budget record", () => {
    const budget = 100;
    const cleaner = createCleaner({ timeBudgetMs: budget });
    const started = performance.now();
    const result = cleaner.clean({ id: "deep", html: nested(20_000) });
    const wall = performance.now() - started;
    assert.equal(result.status, "rejected");
    assert.equal(result.warnings[0]?.code, "time-budget");
    assert.match(result.warnings[0]!.message, /budget 100 ms/u);
    const spent = Number(/(\d+) ms spent/u.exec(result.warnings[0]!.message)?.[1]);
    assert.ok(spent < budget + 1500, `stopped after ${spent} ms`);
    assert.ok(wall < budget + 5000, `clean returned after ${Math.round(wall)} ms`);
    const record = toRecord("deep", result);
    assert.equal(record.status, "error", "counted as failed in a batch (exit 2, listed by --rejected)");
    assert.equal(record.status === "error" && record.error.code, "time-budget");
  });

  it("html › a page whose budget Readability spends is abandoned after it, not passed on", () => {
    // Quick for the own extractor, slow for Readability (a DOM of its own): with a little time
    // left, the budget runs out inside Readability's one call. How little depends on the
    // machine's load, so the margins lie between the wall time the own extractor takes and the
    // time of the whole page, both measured just before, and are tried again with fresh
    // measures until one runs out inside Readability. A margin the own extractor already spends
    // abandons the page in its stages or skips Readability.
    const html = `<html><body><article>${"<p>A sentence of running text, long enough, with commas, to count as a paragraph.</p>".repeat(3000)}</article></body></html>`;
    assert.equal(htmlToDoc(html, { mainContent: "readability" }).abandoned, undefined, "the page is cleaned within a full budget");
    let insideReadability = 0;
    for (let attempt = 0; attempt < 10 && insideReadability === 0; attempt++) {
      const own = wallMs(() => htmlToDoc(html, { mainContent: "own" }));
      const whole = wallMs(() => htmlToDoc(html, { mainContent: "readability" }));
      for (const share of [0.2, 0.5, 0.8]) {
        const left = own + share * Math.max(0, whole - own);
        const late = htmlToDoc(html, { mainContent: "readability", timeBudgetMs: 10_000, startedMs: nowMs() - (10_000 - left) });
        const last = late.warnings.at(-1);
        if (late.abandoned) {
          // Abandoned inside Readability, or already inside one of the own extractor's stages.
          assert.equal(last?.code, "time-budget");
          assert.equal(late.doc.text, "", "an abandoned page passes on no text");
          if (/running Readability/u.test(last!.message)) insideReadability++;
        } else if (last?.code === "time-budget") {
          assert.match(last.message, /stopped before readability/u);
          assert.equal(late.extractor.startsWith("own"), true, "the own extractor's whole text, not Readability's");
        }
      }
    }
    assert.ok(insideReadability > 0, "no margin ran out inside Readability");
  });

  it("html › a page within its budget is unchanged by the checks", () => {
    const html = `<html><body><article>${"<p>A sentence of running text, long enough, with commas, to count as a paragraph.</p>".repeat(50)}</article></body></html>`;
    const result = createCleaner({ timeBudgetMs: 60_000 }).clean({ html });
    assert.equal(result.status, "ok");
    assert.ok(!result.warnings.some((w) => w.code === "time-budget"));
  });
});
