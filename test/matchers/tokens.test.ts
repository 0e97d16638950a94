import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { NAMED_WORDS, classifyToken } from "../../src/lexicon/token-classes.js";
import { SpecError } from "../../src/matchers/matcher.js";
import { compileMatcher } from "../../src/matchers/registry.js";
import { factsOf, planFor } from "../../src/plan/prefilter.js";
import { TokenReader } from "../../src/plan/token-reader.js";
import type { Rule } from "../../src/rules/rule.js";
import { devsetTextDir } from "../helpers/paths.js";
import { subject, test } from "../helpers/subject.js";

/** Each token of `text` as TokenReader reads it and as classifyToken classifies it cut out, where they differ. */
function disagreements(text: string): string[] {
  const tokens = text.split(/\s+/u).filter((t) => t !== "");
  const reader = new TokenReader(text);
  return tokens.flatMap((t) => {
    const read = reader.next();
    const plain = classifyToken(t);
    return read === plain ? [] : [`${JSON.stringify(t)}: read ${read}, plain ${plain}`];
  });
}

describe("tokens", () => {
  const classes: Array<[token: string, cls: string]> = [
    ["17.7", "number"],
    ["-3", "number"],
    ["21:00", "time"],
    ["9pm", "time"],
    ["°", "degree"],
    ["17°C", "degree"],
    ["C", "degree"],
    ["Fri", "weekday"],
    ["Montag", "weekday"],
    ["August", "month"],
    ["mostlycloudy", "weather"],
    ["Sunny,", "weather"],
    ["12%", "percent"],
    ["$5", "currency"],
    ["▲", "sign"],
    ["|", "symbol"],
    ["budget", "word"],
  ];
  for (const [token, cls] of classes) {
    it(`tokens › "${token}" is a ${cls}`, () => assert.equal(classifyToken(token), cls));
  }

  it("tokens › the reader classifies as classifyToken does: random tokens of named words, their parts, letters, digits and marks", () => {
    const named = fc.constantFrom(...NAMED_WORDS);
    const piece = fc.oneof(
      named,
      named.map((w) => w.toUpperCase()),
      named.map((w) => w.slice(0, -1)),
      named.map((w) => w + "s"),
      fc.constantFrom("a", "Z", "m", "pm", "h", "x", "1", "17", ".", ",", ":", "-", "+", "(", ")", "'", "$", "%", "/", "_", "~", "`", "°", "€", "−", "▲", "’", "—", "é", "ſ", "\u212A", "İ", "\u0001", "\u007f", "😀"),
    );
    const space = fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000");
    const token = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(""));
    const text = fc.array(fc.tuple(token, space), { maxLength: 12 }).map((ts) => ts.map(([t, s]) => t + s).join(""));
    fc.assert(fc.property(text, (t) => disagreements(t).length === 0), { numRuns: 3000 });
  });

  it("tokens › the reader classifies every dev set token as classifyToken does", { skip: !existsSync(devsetTextDir) && `no dev set at ${devsetTextDir}` }, () => {
    const tokens = new Set<string>();
    for (const f of readdirSync(devsetTextDir).sort()) for (const t of readFileSync(join(devsetTextDir, f), "utf8").split(/\s+/u)) tokens.add(t);
    assert.ok(tokens.size > 100_000, `the dev set has tokens (${tokens.size})`);
    assert.deepEqual(disagreements([...tokens].join(" ")).slice(0, 10), []);
  });

  const weather = { tokens: { of: ["weekday", "time", "number", "degree", "weather"], share: { min: 0.7 }, count: { min: 6 } } };
  const table: Array<[name: string, spec: Record<string, unknown>, text: string, matches: boolean]> = [
    ["a weather strip matches", weather, "Thu 21:00 broken clouds 17.7 ° C Fri 15.32 mostlycloudy", true],
    ["a sentence about the weather does not", weather, "On Friday it was mostly cloudy, with 17 degrees and light rain later.", false],
    ["too few tokens fail the count", weather, "Fri 15.32 cloudy", false],
    ["share max bounds from above", { tokens: { of: ["number"], share: { max: 0.5 } } }, "1 2 3 word", false],
    ["share is hits over all tokens", { tokens: { of: ["number"], share: { min: 0.5, max: 0.5 } } }, "1 2 a b", true],
    ["count defaults to at least one token", { tokens: { of: ["number"] } }, "   ", false],
  ];
  for (const [name, spec, text, matches] of table) {
    it(`tokens › ${name}`, () => assert.equal(test(spec, text) !== null, matches));
  }

  it("tokens › a positive share of degree or weather tokens is checked on words and marks first, and never turned away", () => {
    const spec = { tokens: { of: ["degree", "weather"], share: { min: 0.2 } } };
    const rule = { unit: "block", test: compileMatcher(spec, "match") } as unknown as Rule;
    const plan = planFor([rule]);
    const pre = plan.rules.get(rule)!.pre;
    assert.notEqual(pre, null);
    const passes = (t: string): boolean => pre!(factsOf(plan, subject(t)), () => undefined);
    assert.equal(passes("The council approved the budget on Monday."), false, "prose is turned away");
    const tokens = fc.constantFrom("17°", "°C", "C", "f", "(Sunny)", "MOSTLYCLOUDY", "bro\u212Aen", "bewölkt,", "Fri", "21:00", "12%", "word", "17.7", "c'est", "-", "ſun");
    const texts = fc.array(tokens, { minLength: 1, maxLength: 8 }).map((p) => p.join(" "));
    let matched = 0;
    fc.assert(
      fc.property(texts, (t) => {
        if (rule.test(subject(t)) === null) return true;
        matched++;
        return passes(t);
      }),
      { numRuns: 500 },
    );
    assert.ok(matched > 50, `random strips match (${matched})`);
  });

  it("tokens › evidence reports tokens and share", () => {
    assert.deepEqual(test({ tokens: { of: ["number"] } }, "1 2 3 a")?.evidence, { tokens: 4, share: 0.75 });
  });

  const bad: Array<[name: string, spec: Record<string, unknown>, path: string]> = [
    ["of is required", { tokens: { share: { min: 0.5 } } }, "match.tokens.of"],
    ["unknown class is refused", { tokens: { of: ["weekday", "planet"] } }, "match.tokens.of[1]"],
    ["unknown key is refused", { tokens: { of: ["number"], ratio: 1 } }, "match.tokens.ratio"],
  ];
  for (const [name, spec, path] of bad) {
    it(`tokens › ${name}`, () => {
      assert.throws(() => test(spec, "x"), (e: unknown) => e instanceof SpecError && e.path === path);
    });
  }
});
