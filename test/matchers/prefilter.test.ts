// The cheap checks that run before regexes (lexicon/fold.ts, plan/need.ts, plan/regex-needs.ts,
// plan/prefilter.ts) may let a unit through for nothing but must never turn a match away.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LETTER, charClass } from "../../src/lexicon/char-class.js";
import { UNSAFE, fold, hashWord, letterRuns } from "../../src/lexicon/fold.js";
import { MULTI, languages, lowerUnit, stopwordMask, stopwordMaskAt, stopwords } from "../../src/lexicon/stopwords.js";
import { countWords } from "../../src/lexicon/words.js";
import { leadingPrefixes } from "../../src/plan/regex-needs.js";
import type { Subject } from "../../src/matchers/matcher.js";
import { infoOf, longestRun } from "../../src/plan/need.js";
import { makeSubject, subject, test } from "../helpers/subject.js";
import { compileMatcher } from "../../src/matchers/registry.js";
import fc from "fast-check";
import { checkOf, factsOf, joinedFacts, planFor, planSource } from "../../src/plan/prefilter.js";
import type { Rule } from "../../src/rules/rule.js";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/gu, "\\$&");

// Every BMP unit that is not a surrogate half, in one string, and the index of each.
const units: number[] = [];
for (let c = 1; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) units.push(c);
const all = String.fromCharCode(...units);

describe("prefilter", () => {
  it("prefilter › a unit the i+u regex matches to a letter folds like it (or is unsafe)", () => {
    // Every cased letter of the BMP (uncased ones only match themselves).
    const bad: string[] = [];
    {
      for (const p of units) {
        const ch = String.fromCharCode(p);
        if (ch.toLowerCase() === ch.toUpperCase() || charClass(p) !== LETTER || fold(p) === UNSAFE) continue;
        for (const m of all.matchAll(new RegExp(escape(String.fromCharCode(p)), "giu"))) {
          const t = m[0].charCodeAt(0);
          if (fold(t) !== UNSAFE && fold(t) !== fold(p)) bad.push(`U+${t.toString(16)} ~ U+${p.toString(16)}`);
        }
      }
    }
    assert.deepEqual(bad.slice(0, 20), []);
  });

  it("prefilter › a unit folds like its lower case (exact compares toLowerCase text)", () => {
    const bad: string[] = [];
    for (const t of units) {
      const lower = String.fromCharCode(t).toLowerCase();
      if (lower.length !== 1 || fold(t) === UNSAFE || fold(lower.charCodeAt(0)) === UNSAFE) continue;
      if (fold(t) !== fold(lower.charCodeAt(0))) bad.push(`U+${t.toString(16)}`);
    }
    assert.deepEqual(bad.slice(0, 20), []);
  });

  it("prefilter › letter runs hash like the words they spell, in any case", () => {
    const r = letterRuns("  Accept ALL cookies, l'homme");
    assert.deepEqual(r.runs, ["accept", "all", "cookies", "l", "homme"].map((w) => hashWord(w)));
    assert.equal(r.unsafe, false);
    assert.equal(letterRuns("İstanbul").unsafe, true);
    assert.equal(letterRuns("emoji 𝐀 here").unsafe, true);
    // An emoji is no letter to the regexes: it ends a run, and the text stays safe.
    const emoji = letterRuns("🎉Accept🎉all cookies");
    assert.equal(emoji.unsafe, false);
    assert.deepEqual(emoji.runs, ["accept", "all", "cookies"].map((w) => hashWord(w)));
    assert.equal(hashWord("ſhare"), hashWord("SHARE"));
  });

  it("prefilter › stop-word lookup on a slice equals the lookup of the lower-cased slice", () => {
    const text = "The AND und İn ΟΙ Σ ß STRASSE über ÜBER Über dEr x ΣΑΣ ſo ſie ĸan Kan";
    for (const m of text.matchAll(/\S+/gu)) {
      const start = m.index;
      const end = start + m[0].length;
      assert.equal(stopwordMaskAt(text, start, end), stopwordMask(text.slice(start, end).toLowerCase()), m[0]);
    }
    // Every stop word in any case, and every unit that lower-cases to one of its units put in its place.
    const lowerTo = new Map<number, number[]>();
    for (const t of units) {
      const l = lowerUnit(t);
      if (l !== MULTI && l !== t) lowerTo.set(l, [...(lowerTo.get(l) ?? []), t]);
    }
    for (const lang of languages) {
      for (const w of stopwords[lang]!) {
        const forms = [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)];
        for (let i = 0; i < w.length; i++) for (const t of lowerTo.get(w.charCodeAt(i)) ?? []) forms.push(w.slice(0, i) + String.fromCharCode(t) + w.slice(i + 1));
        for (const form of forms) assert.equal(stopwordMaskAt(` ${form} `, 1, form.length + 1), stopwordMask(form.toLowerCase()), form);
      }
    }
  });

  it("prefilter › a slice that lower-cases to a stop word hashes like it when folded (one hash per letter run)", () => {
    // The stop-word table is keyed by the folded hash of each stop word (lexicon/stopwords.ts), the
    // hash the line scan computes of a letter run for the word conditions. A slice that
    // lower-cases to a stop word must fold to the stop word's folded units, or the lookup misses it.
    // A stop word's units are lower-case letters that fold to themselves: the table hashes them as they are.
    for (const lang of languages) {
      for (const w of stopwords[lang]!) {
        for (const ch of w) {
          const c = ch.charCodeAt(0);
          assert.ok(charClass(c) === LETTER && lowerUnit(c) === c && fold(c) === c, `${w}: ${ch}`);
        }
      }
    }
    // A unit that folds safely folds like each lower case it takes in a string (one unit: the
    // scan looks up a slice with an UNSAFE unit exactly, by its lower-cased text). The lower case
    // of a capital sigma depends on what follows it: it is read at the end of a word and inside one.
    const bad: string[] = [];
    for (const t of units) {
      if (fold(t) === UNSAFE) continue;
      const ch = String.fromCharCode(t);
      const lowers = [ch.toLowerCase(), `a${ch}`.toLowerCase().slice(1), `a${ch}a`.toLowerCase().slice(1, -1)];
      for (const l of lowers) {
        if (l.length !== 1) bad.push(`U+${t.toString(16)} lower-cases to ${l.length} units`);
        else if (fold(l.charCodeAt(0)) !== UNSAFE && fold(l.charCodeAt(0)) !== fold(t)) bad.push(`U+${t.toString(16)} ~ U+${l.charCodeAt(0).toString(16)}`);
      }
      // lowerUnit gives that lower case but for the capital sigma, which it leaves to the string.
      const l = lowerUnit(t);
      if (l !== MULTI ? l !== ch.toLowerCase().charCodeAt(0) : t !== 0x3a3) bad.push(`U+${t.toString(16)} lowerUnit`);
    }
    assert.deepEqual(bad.slice(0, 20), []);
  });

  it("prefilter › leading words read from regex sources", () => {
    assert.deepEqual(leadingPrefixes("^[\\s•·*-]*(?:home|start)\\s*>", "i"), ["home", "start"]);
    assert.deepEqual(leadingPrefixes("^\\s*(?:the\\s+)?(?:story|article)\\s", "i"), ["the", "story", "article"]);
    assert.deepEqual(leadingPrefixes("^(?:comments?|[Bb]y)\\b", ""), ["comment", "By"]);
    assert.deepEqual(leadingPrefixes("^(?<who>Reuters|AP)$", ""), ["Reuters", "AP"]);
    // Read from the same parse as the other needs: a capturing group, a skip of digits, a counted letter.
    assert.deepEqual(leadingPrefixes("^(foo|bar)\\b", "i"), ["foo", "bar"]);
    assert.deepEqual(leadingPrefixes("^\\d*\\s*abc", "i"), undefined);
    assert.deepEqual(leadingPrefixes("^[\\d\\s.]*abc", "i"), ["abc"]);
    assert.deepEqual(leadingPrefixes("^a{2}b", ""), ["a"]);
    // Anything not understood gives no check.
    for (const source of ["home", "\\bhome", "^\\d+ comments", "^[\\p{L}]+:", "^[a-z]*x", "^(?:a|)b", "^(?=x)x", "^(?:a|b)?", "^x|y", "^[^>]*home"]) {
      assert.equal(leadingPrefixes(source, "i"), undefined, source);
    }
    assert.equal(leadingPrefixes("^home", "m"), undefined);
  });

  it("prefilter › checked matchers give the same hits as their regexes alone", () => {
    const texts = ["Home > News", "• home / x", "HOMEPAGE", "ſtart > x", "homes > x", "Start", "1 Home > x", "x home > y", "", "ok"];
    const m = compileMatcher({ regex: "^[\\s•·*-]*(?:home|start)(?:page)?\\s*[>/]", flags: "i" }, "match");
    const plain = new RegExp("^[\\s•·*-]*(?:home|start)(?:page)?\\s*[>/]", "iu");
    for (const t of texts) assert.equal(m(subject(t)) !== null, plain.test(t), t);
    const ph = ["Accept all COOKIES", "accept  all cookies", "xaccept all cookies", "ACCEPT ALL COOKIE", "ſtrictly necessary cookies"];
    for (const t of ph) assert.equal(test({ phrases: ["accept all cookies", "strictly necessary cookies"] }, t) !== null, /(?<![\p{L}\p{N}_])(?:accept\s+all\s+cookies|strictly\s+necessary\s+cookies)(?![\p{L}\p{N}_])/iu.test(t), t);
    const ex = ["  Advertisement ", "ADVERTISEMENT.", "advertisements", "• ad", "Ad feedback", "ads!"];
    for (const t of ex) assert.equal(test({ exact: ["advertisement", "ad", "ad feedback"] }, t) !== null, ["advertisement", "ad", "ad feedback"].includes(t.toLowerCase().replace(/\s+/gu, " ").replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "")), t);
  });

  it("prefilter › a phrase is checked by its longest whole letter run", () => {
    assert.equal(longestRun("accept all cookies"), "cookies");
    assert.equal(longestRun("by using this site, you agree"), "using");
    assert.equal(longestRun("cookie-einstellungen"), "einstellungen");
    assert.equal(longestRun("© 2024 rights"), "rights");
    // A run beside a non-ASCII non-letter may not be whole in the text (U+0345 folds to a letter).
    assert.equal(longestRun("ab\u0345cdefg"), undefined);
    assert.equal(longestRun("abcdefg\u0345 xy"), "xy");
    assert.equal(longestRun("2024"), undefined);
    // The matcher still agrees with its regex where the checked word is in the middle or at the end.
    const list = ["we value your privacy", "cookie-einstellungen", "by using this site, you agree"];
    const plain = /(?<![\p{L}\p{N}_])(?:we\s+value\s+your\s+privacy|cookie-einstellungen|by\s+using\s+this\s+site,\s+you\s+agree)(?![\p{L}\p{N}_])/iu;
    const texts = ["We value your PRIVACY.", "we value your privacyx", "we value your privacy-policy", "Cookie-Einstellungen", "cookie-einstellungenx", "cookie einstellungen", "By using this site, you agree", "by  using this site,you agree", "by usingx this site, you agree", "we value your"];
    for (const t of texts) assert.equal(test({ phrases: list }, t) !== null, plain.test(t), t);
  });

  it("prefilter › a rule of anchored regexes is planned on its leading words and never turned away from a match", () => {
    const specs = [
      { regex: ["^[\\s•·*-]*(?:the\\s+)?(?:story|article)\\s+continues\\b", "^(?:comments?|[Bb]y)\\b"], flags: "i" },
      { any: [{ exact: ["advertisement"] }, { regex: "^\\s*(?:sponsored|promoted)\\b", flags: "i" }] },
      { all: [{ words: { max: 5 } }, { regex: "^(?<who>Reuters|AP)$" }] },
    ];
    const texts = ["Story continues below", "• The article continues after this", "Comments (3)", "By Jane Doe", "by the way", "Sponsored", "  PROMOTED content", "Advertisement.", "Reuters", "AP",
      "The story continues", "Stories continue", "Bylines", "Comment", "An ordinary sentence of the article.", "ſponsored", "İstanbul story continues", "", "12 comments"];
    const rules = specs.map((spec) => ({ unit: "line", test: compileMatcher(spec, "match") }) as unknown as Rule);
    const plan = planFor(rules);
    for (const rule of rules) {
      const pre = plan.rules.get(rule)!.pre;
      assert.notEqual(pre, null, "every rule here has a condition");
      assert.equal(pre!(factsOf(plan, subject("An ordinary sentence of the article.")), () => undefined), false, "and it turns prose away");
      for (const t of texts) if (rule.test(subject(t)) !== null) assert.equal(pre!(factsOf(plan, subject(t)), () => undefined), true, t);
    }
  });

  it("prefilter › a plan source written for other rules is not used: the plan is written for the rules given", () => {
    const make = (spec: unknown, id: string): Rule => ({ id, unit: "line", test: compileMatcher(spec, "match") }) as unknown as Rule;
    const rules = [make({ exact: ["advertisement"] }, "a"), make({ regex: "^Sponsored\\b" }, "b")];
    const other = planSource([make({ exact: ["newsletter"] }, "a"), make({ exact: ["weather"] }, "c")]);
    const plan = planFor(rules, other);
    const facts = (t: string) => factsOf(plan, subject(t));
    assert.deepEqual(plan.candidates.line(facts("Advertisement")), [1], "rule a, on its own word");
    assert.deepEqual(plan.candidates.line(facts("Sponsored content")), [2], "rule b");
    assert.deepEqual(plan.candidates.line(facts("newsletter")), [0], "the other source's word means nothing here");
    const again = planFor(rules.slice(), planSource(rules));
    assert.deepEqual(again.candidates.line(factsOf(again, subject("Sponsored content"))), [2], "a source written for these rules is used as it is");
  });

  it("prefilter › a kind's candidates hold the conditions of its own rules, the other kind's bits clear", () => {
    // Line and block rules interleaved, past one word of slots: the bits of both kinds share words.
    const specs = [{ exact: ["advertisement"] }, { tokens: { of: ["degree", "weather"], share: { min: 0.2 } } }, { regex: "^Sponsored\\b" }, { words: { min: 3 } }, { regex: "[▲▼]|\\d\\s?%" }];
    const rules = Array.from({ length: 40 }, (_, k) => ({ id: `r${k}`, unit: k % 3 === 1 ? "block" : "line", test: compileMatcher(specs[k % specs.length], "match") }) as unknown as Rule);
    const plan = planFor(rules);
    const piece = fc.constantFrom("", "Advertisement", "Sponsored", "sunny", "17°", "C", "+0.4%", "▲", "3", "of", "the", "İ");
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 6 }).map((p) => p.join(" ")), { minLength: 1, maxLength: 3 }), (lines) => {
        const f = factsOf(plan, subject(lines.join("\n"), { lineCount: lines.length }));
        const got = { line: plan.candidates.line(f), block: plan.candidates.block(f) };
        for (const [slot, rule] of rules.entries()) {
          const bit = (kind: "line" | "block"): boolean => (got[kind][slot >> 5]! & (1 << (slot & 31))) !== 0;
          // No spec here reads a neighbour: the rule's whole condition is its candidate condition.
          const holds = plan.rules.get(rule)!.pre!(f, () => undefined);
          assert.equal(bit(rule.unit), holds, `${rule.id} on its kind, ${JSON.stringify(lines)}`);
          assert.equal(bit(rule.unit === "line" ? "block" : "line"), false, `${rule.id} on the other kind`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("prefilter › conditions on prev and next read the neighbours' facts, and never turn a match away", () => {
    const specs = [
      { all: [{ words: { max: 20 } }, { prev: { exact: ["related", "most read"] } }] },
      { all: [{ words: { max: 20 } }, { prev: { all: [{ words: { max: 20 } }, { prev: { exact: ["related"] } }] } }] },
      { next: { regex: "^(?:continue|read)\\b", flags: "i" } },
    ];
    const page = ["Related", "First story", "Second story", "Most read:", "Third story", "An ordinary sentence of the article.", "Read the rest", "Continue", "An ordinary closing line."];
    // Subjects linked both ways, as the engine links kept units.
    const at = (i: number): Subject | undefined =>
      i < 0 || i >= page.length
        ? undefined
        : makeSubject({ kind: "line", id: `l${i}`, text: page[i]!, lineCount: 1, prev: () => at(i - 1), next: () => at(i + 1), classify: () => ({ label: "content", evidence: {} }), position: () => 0 });
    const subjects = page.map((_, i) => at(i)!);
    const rules = specs.map((spec) => ({ unit: "line", test: compileMatcher(spec, "match") }) as unknown as Rule);
    const plan = planFor(rules);
    const facts = page.map((t) => factsOf(plan, subject(t)));
    for (const [r, rule] of rules.entries()) {
      const pre = plan.rules.get(rule)!.pre;
      assert.notEqual(pre, null, `rule ${r} has a condition`);
      const passed = page.map((_, i) => pre!(facts[i]!, (k) => facts[i + k]));
      const matched = subjects.map((s) => rule.test(s) !== null);
      for (const [i, m] of matched.entries()) if (m) assert.equal(passed[i], true, `rule ${r} on "${page[i]}"`);
      // The conditions do turn lines away: after prose, and at the page's edges.
      assert.ok(passed.some((p) => !p), `rule ${r} turns some line away`);
    }
    assert.deepEqual(rules.map((rule) => subjects.filter((s) => rule.test(s) !== null).length), [2, 1, 2], "the specs match where the test expects");
  });

  it("prefilter › a block's facts joined from its lines' equal the facts measured on the block", () => {
    const specs = [
      { startsWith: ["read more", "photo"] },
      { phrases: ["all rights reserved", "cookies"] },
      { regex: "^(?:home|news)\\s*[>|]", flags: "i" },
      { regex: "\\(\\s*(?:AP|AFP)\\s*/" },
      { tokens: { of: ["degree", "weather"], share: { min: 0.2 } } },
    ];
    const rules = specs.map((spec) => ({ unit: "line", test: compileMatcher(spec, "match") }) as unknown as Rule);
    const plan = planFor(rules);
    const piece = fc.constantFrom("", " ", "Read", "more", "photo", "PHOTOS", "home", "News", "cookies", "all", "rights", "reserved", "(", "AP", "/", ">", "|", "17°", "c", "sunny", "3", "İ", "x");
    const line = fc.array(piece, { maxLength: 6 }).map((p) => p.join(" "));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
        const text = lines.join("\n");
        const parts = lines.map((l) => factsOf(plan, subject(l, { lineCount: 1 })));
        assert.deepEqual(joinedFacts(plan, parts, text.length), factsOf(plan, subject(text, { lineCount: lines.length })));
      }),
      { numRuns: 1000 },
    );
  });

  it("prefilter › a kind's candidates of facts joined on the words they read alone equal those of the facts joined in full", () => {
    // Block rules on words past the first word of bits (line rules fill the words before), and a
    // block rule with no word at all: the candidates read a few words of the bits.
    const word = (k: number): string => `word${"abcdefghij"[k % 10]}${"klmnopqrst"[Math.floor(k / 10)]}`;
    const lineSpecs = Array.from({ length: 70 }, (_, k) => ({ phrases: [word(k)] }));
    const blockSpecs = [{ phrases: ["all rights reserved", "cookies"] }, { regex: "^(?:home|news)\\s*[>|]", flags: "i" }, { words: { max: 3 } }, { tokens: { of: ["degree", "weather"], share: { min: 0.2 } } }];
    const rules = [
      ...lineSpecs.map((spec, k) => ({ id: `l${k}`, unit: "line", test: compileMatcher(spec, "match") })),
      ...blockSpecs.map((spec, k) => ({ id: `b${k}`, unit: "block", test: compileMatcher(spec, "match") })),
    ] as unknown as Rule[];
    const plan = planFor(rules);
    assert.ok(plan.candidateWords.block.length > 0 && plan.candidateWords.block.length < plan.width, "the block candidates read some words of the bits, not all");
    assert.equal(plan.candidateWords.line.length, plan.width, "the line candidates read every word here");
    const piece = fc.constantFrom("", " ", word(3), word(39), word(69), "all", "rights", "reserved", "cookies", "home", "News", ">", "|", "17°", "sunny", "İ", "x");
    const line = fc.array(piece, { maxLength: 6 }).map((p) => p.join(" "));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
        const text = lines.join("\n");
        const parts = lines.map((l) => factsOf(plan, subject(l, { lineCount: 1 })));
        for (const kind of ["line", "block"] as const) {
          const some = joinedFacts(plan, parts, text.length, plan.candidateWords[kind]);
          assert.deepEqual(plan.candidates[kind](some), plan.candidates[kind](joinedFacts(plan, parts, text.length)), `${kind}: ${JSON.stringify(lines)}`);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("prefilter › the checks matchers declare, answered from the line scan, never turn a match away", () => {
    const specs = [
      { exact: ["read more", "related"] },
      { startsWith: ["photo", "image credit"] },
      { regex: ["^(?:home|news)\\s*[>|]", "\\bcookies?\\b", "\\(\\s*(?:AP|AFP)\\s*/"], flags: "i" },
      { any: [{ regex: "©\\s*\\d{4}" }, { not: { regex: "^\\W+$" } }] },
      { phrases: ["read more", "image credit", "cookie"] },
    ];
    const rules = specs.map((spec) => ({ unit: "line", test: compileMatcher(spec, "match") }) as unknown as Rule);
    const plan = planFor(rules);
    assert.ok(rules.flatMap((r) => infoOf(r.test).checks).length >= 6, "the matchers declare their checks");
    assert.ok(rules.flatMap((r) => infoOf(r.test).checks).every((need) => checkOf(plan, need) !== undefined), "the plan answers every check");
    // A subject that answers checks as the engine does, and one that knows nothing (every check passes).
    const scanned = (text: string): Subject => {
      const facts = factsOf(plan, subject(text, { lineCount: 1 }));
      return makeSubject({ kind: "line", id: "l0", text, lineCount: 1, prev: () => undefined, next: () => undefined, classify: () => ({ label: "content", evidence: {} }), position: () => 0, meets: (need) => checkOf(plan, need)?.(facts) });
    };
    const piece = fc.constantFrom("", " ", "Read", "more", "related", "photo", "Image", "credit", "home", "News", ">", "|", "cookie", "COOKIES", "(", "AP", "/", "©", "2024", "İ", "𝐀", "🎉", "x");
    let hits = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 7 }).map((p) => p.join(" ")), (line) => {
        for (const rule of rules) {
          const plain = rule.test(subject(line));
          if (plain !== null) hits++;
          assert.deepEqual(rule.test(scanned(line)), plain, JSON.stringify(line));
        }
      }),
      { numRuns: 2000 },
    );
    assert.ok(hits > 100, `the specs match generated lines (${hits})`);
  });

  it("prefilter › word count of the subject is unchanged", () => {
    for (const t of ["", "a b", "l'homme d_x 3.5 ü", "  x  "]) assert.equal(subject(t).words(), countWords(t));
  });

  it("prefilter › token count ignores every kind of white space", () => {
    const t = "a\u00a0b\u2003c\u3000d\ufeffe\tf  g";
    assert.equal(subject(t).tokenCount(), t.split(/\s+/u).filter((x) => x !== "").length);
  });
});
