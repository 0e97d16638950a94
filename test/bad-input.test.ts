// Inputs that are not articles: nothing throws, every refusal says why, and time stays bounded.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { after, describe, it } from "node:test";
import { createCleaner, type Cleaner } from "../src/cleaner.js";
import { RuleError } from "../src/rules/rule.js";

const catalog: Cleaner = createCleaner();
const codes = (r: { warnings: readonly { code: string }[] }): string[] => r.warnings.map((w) => w.code);

function timed<T>(f: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = f();
  return { value, ms: performance.now() - started };
}

describe("bad input", () => {
  it("bad input › empty string is empty, not an error", () => {
    const r = catalog.clean("");
    assert.equal(r.status, "empty");
    assert.equal(r.text, "");
    assert.deepEqual(codes(r), ["empty-input"]);
  });

  it("bad input › gzip bytes that inflate past the character limit are refused before they fill memory", () => {
    const small = createCleaner({ maxInputChars: 100_000 });
    const bomb = Buffer.concat(Array.from({ length: 64 }, () => gzipSync(Buffer.alloc(1 << 20, 0x61))));
    const r = small.clean({ id: "bomb", bytes: bomb });
    assert.equal(r.status, "rejected");
    assert.equal(r.id, "bomb");
    assert.deepEqual(codes(r), ["input-too-large"]);
    assert.match(r.warnings[0]!.message, /^gzip input is more than 300000 bytes, which decode to more than 100000 characters/u);
    // Plain bytes past it are refused before decoding; gzip that stays under it is read.
    assert.deepEqual(codes(small.clean({ bytes: Buffer.alloc(400_000, 0x61) })), ["input-too-large"]);
    assert.equal(small.clean({ bytes: gzipSync(Buffer.from("<p>The council approved the budget for the new bridge on Monday after a long debate.</p>")) }).status, "ok");
  });

  it("bad input › an input object whose fields throw on reading, or malformed warnings, is rejected, not thrown", () => {
    const throwing = { get text(): string { throw new Error("boom"); } };
    const r1 = catalog.clean(throwing as never);
    assert.equal(r1.status, "rejected");
    assert.deepEqual(codes(r1), ["missing-input"]);
    assert.match(r1.warnings[0]!.message, /could not be read: boom/u);
    const proxy = new Proxy({}, { get(): never { throw new Error("trap"); } });
    assert.deepEqual(codes(catalog.clean(proxy as never)), ["missing-input"]);
    for (const warnings of [[null], [5], [{ code: 1, message: "x" }], "decoded-as-latin1"]) {
      const r = catalog.clean({ id: "w", text: "The council approved the budget on Monday.", warnings } as never);
      assert.equal(r.status, "rejected", JSON.stringify(warnings));
      assert.equal(r.id, "w");
      assert.match(r.warnings[0]!.message, /warnings must be a list/u);
    }
    const ok = catalog.clean({ text: "The council approved the budget on Monday after a long debate.", warnings: [{ code: "decoded-as-latin1", message: "read as latin1" }] });
    assert.equal(ok.status, "ok");
    assert.equal(ok.warnings[0]?.code, "decoded-as-latin1");
  });

  it("bad input › white space only is empty", () => {
    const r = catalog.clean(" \n\t\r\n \n");
    assert.equal(r.status, "empty");
    assert.equal(r.text, "");
    assert.deepEqual(codes(r), ["empty-input"]);
  });

  it("bad input › binary bytes are rejected as binary-input", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]);
    const r = catalog.clean(png.toString("utf8"));
    assert.equal(r.status, "rejected");
    assert.equal(r.text, "");
    assert.deepEqual(codes(r), ["binary-input"]);
  });

  it("bad input › control characters without NUL are rejected too", () => {
    const r = catalog.clean("\u0001\u0002\u0003\u0004abc\u0005\u0006");
    assert.equal(r.status, "rejected");
    assert.deepEqual(codes(r), ["binary-input"]);
  });

  it("bad input › a text field that is not a string is rejected", () => {
    const r = catalog.clean({ text: Buffer.from("hello") as unknown as string, id: "doc-1" });
    assert.equal(r.status, "rejected");
    assert.equal(r.id, "doc-1");
    assert.deepEqual(codes(r), ["missing-input"]);
  });

  it("bad input › a few invalid UTF-8 bytes decode to U+FFFD and are cleaned", () => {
    const bytes = Buffer.concat([Buffer.from("The council approved the budget on Monday "), Buffer.from([0xff, 0xfe]), Buffer.from(" after a long debate about the bridge.")]);
    const r = catalog.clean(bytes.toString("utf8"));
    assert.equal(r.status, "ok");
    assert.ok(r.text.includes("\uFFFD"), "U+FFFD is kept in the text");
  });

  it("bad input › mostly undecodable bytes are rejected", () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 0xff)));
    const r = catalog.clean(bytes.toString("utf8"));
    assert.equal(r.status, "rejected");
    assert.deepEqual(codes(r), ["binary-input"]);
  });

  it("bad input › a 50 MB single line finishes in bounded time", () => {
    const input = "word ".repeat(10_000_000);
    // Past the default maxInputLines, which keeps the memory of one document within a small heap.
    const { value: r, ms } = timed(() => createCleaner({ maxInputLines: 1_000_000 }).clean(input));
    assert.equal(r.status, "ok");
    assert.equal(r.text.length, input.length - 1 + 1);
    assert.ok(ms < 20_000, `took ${Math.round(ms)} ms`);
  });

  it("bad input › one million short lines finish in bounded time", () => {
    const input = Array.from({ length: 1_000_000 }, (_, i) => `Line ${i % 977} of a list`).join("\n");
    // Past the default maxInputLines, which keeps the memory of one document within a small heap.
    const { value: r, ms } = timed(() => createCleaner({ maxInputLines: 1_000_000 }).clean(input));
    assert.ok(["ok", "guarded"].includes(r.status), r.status);
    assert.equal(r.stats.linesIn, 1_000_000);
    assert.deepEqual(r.warnings.filter((w) => w.code === "rule-error").map((w) => w.message), []);
    // Linear but not free: about a microsecond per line per rule on this machine.
    assert.ok(ms < 45_000, `took ${Math.round(ms)} ms`);
  });

  it("bad input › the classifier rule grows about linearly with the number of lines", () => {
    const only = createCleaner({ guard: false, rules: Object.fromEntries(catalog.rules.map((r) => [r.id, r.id === "boilerplate-line" ? "on" : "off"])) });
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i % 977} of a list`).join("\n");
    only.clean(lines(2_000));
    // Best of three for each size: the suite runs files in parallel, and one slow run under a
    // busy core (or a GC pause) must not read as quadratic growth.
    const best = (n: number): number => Math.min(...[0, 1, 2].map(() => timed(() => only.clean(lines(n))).ms));
    const small = best(5_000);
    const large = best(20_000);
    // Four times the lines may take up to ten times as long (head room for noise), not more.
    assert.ok(large < Math.max(10 * small, 500), `5,000 lines took ${Math.round(small)} ms, 20,000 lines took ${Math.round(large)} ms`);
  });

  it("bad input › an input above maxInputChars is rejected as input-too-large", () => {
    const r = createCleaner({ maxInputChars: 1000 }).clean("x".repeat(1001));
    assert.equal(r.status, "rejected");
    assert.equal(r.text, "");
    assert.deepEqual(codes(r), ["input-too-large"]);
    assert.equal(r.warnings[0]!.message, "input is 1001 characters; the limit is 1000");
  });

  it("bad input › an input at maxInputChars is accepted", () => {
    const r = createCleaner({ maxInputChars: 1000 }).clean("x".repeat(1000));
    assert.notEqual(r.status, "rejected");
    assert.ok(!codes(r).includes("input-too-large"));
  });

  describe("user rules folders", () => {
    const dir = mkdtempSync(join(tmpdir(), "deboil-bad-"));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const problemsOf = (folder: string): readonly string[] => {
      try {
        createCleaner({ rulesDirs: [folder] });
      } catch (error) {
        assert.ok(error instanceof RuleError, `expected a RuleError, got ${String(error)}`);
        return error.problems;
      }
      assert.fail("the cleaner was built");
    };

    it("user rules folders › a YAML syntax error is a RuleError naming the file", () => {
      const folder = join(dir, "syntax");
      mkdirSync(join(folder, "anywhere"), { recursive: true });
      const file = join(folder, "anywhere", "my-rule.yaml");
      writeFileSync(file, "id: my-rule\nsummary: 'unterminated\nmatch:\n  exact: [x]\n");
      const problems = problemsOf(folder);
      assert.equal(problems.length, 1);
      assert.match(problems[0]!, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}: cannot parse \\(.+\\)$`, "u"));
    });

    it("user rules folders › a catastrophic regex is a RuleError naming the file", () => {
      const folder = join(dir, "slow");
      mkdirSync(join(folder, "anywhere"), { recursive: true });
      const file = join(folder, "anywhere", "slow-rule.yaml");
      writeFileSync(
        file,
        [
          "id: slow-rule",
          "summary: A rule that backtracks",
          "match:",
          "  regex: '^(\\w+\\s?)*$'",
          "action: drop",
          "reason: slow",
          "examples:",
          "  - input: ab",
          '    output: ""',
          "  - input: 'a!'",
          "    keep: true",
          "",
        ].join("\n"),
      );
      const problems = problemsOf(folder);
      assert.equal(problems.length, 1);
      assert.equal(problems[0], `${file}: match.regex: nested quantifier can backtrack exponentially: (\\w+\\s?)*`);
    });
  });
});
