// What a regex source says every match holds (plan/regex-needs.ts) may be weaker than the
// regex but must never be false where the regex matches.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import fc from "fast-check";
import type { Need } from "../../src/plan/need.js";
import { readPattern, regexNeed } from "../../src/plan/regex-needs.js";
import { loadBuiltinRules } from "../../src/rules/load.js";
import { planHolds } from "../helpers/plan-check.js";
import { devsetTextDir } from "../helpers/paths.js";
import { firstDevsetLines } from "../helpers/devset.js";

/** Every regex of the built-in catalog, with its flags. */
function catalogRegexes(): Array<{ source: string; flags: string }> {
  const out: Array<{ source: string; flags: string }> = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") {
      const node = v as Record<string, unknown>;
      if (node["regex"] !== undefined) for (const source of ([] as unknown[]).concat(node["regex"])) out.push({ source: source as string, flags: (node["flags"] as string | undefined) ?? "" });
      for (const child of Object.values(node)) walk(child);
    }
  };
  for (const rule of loadBuiltinRules()) walk((rule.data as { match: unknown }).match);
  return out;
}

// One need object per source, so that the plan compiled for it is reused.
const needs = new Map<string, Need>();
const holds = (source: string, text: string): boolean => {
  let need = needs.get(source);
  if (need === undefined) needs.set(source, (need = regexNeed(source)));
  return planHolds(need, text);
};


/** Checks, for each source and both flag sets, that the need read from the regex holds on every
 *  generated text the regex matches, and that the texts both match it and are turned away by the
 *  need often enough for the check to mean something. `check` asks more of each need. */
function needHoldsWhereRegexMatches(sources: readonly string[], texts: fc.Arbitrary<string>, seed: number, numRuns: number, check?: (need: Need, source: string) => void): void {
  for (const flags of ["", "i"]) {
    for (const source of sources) {
      const re = new RegExp(source, `${flags}u`);
      const need = readPattern(source, flags).need;
      check?.(need, source);
      let matched = 0;
      let turnedAway = 0;
      fc.assert(
        fc.property(texts, (t) => {
          const holdsHere = planHolds(need, t);
          if (re.test(t)) matched++;
          else if (!holdsHere) turnedAway++;
          return !re.test(t) || holdsHere;
        }),
        { seed, numRuns },
      );
      assert.ok(matched > 10 && turnedAway > 10, `${source} /${flags}: ${matched} matched, ${turnedAway} turned away`);
    }
  }
}

describe("regex needs", () => {
  it("regex needs › marks and bordered words are read from the source", () => {
    assert.deepEqual(regexNeed("\\(\\s*(?:AP|AFP)\\s*/\\s*\\w+\\)"), {
      kind: "all",
      parts: [{ kind: "any", parts: [{ kind: "someRun", runs: ["AP"] }, { kind: "someRun", runs: ["AFP"] }] }, { kind: "marks", marks: ["(", "/", ")"] }],
    });
    assert.deepEqual(regexNeed("\\s+(?:uses?|store)\\s+cookies\\b"), {
      kind: "all",
      parts: [
        { kind: "any", parts: [{ kind: "someRun", runs: ["uses", "use"] }, { kind: "someRun", runs: ["store"] }] },
        { kind: "somePrefix", prefixes: ["cookies"] },
      ],
    });
    assert.deepEqual(regexNeed("^(?:[Bb]y|BY)\\s"), { kind: "any", parts: [{ kind: "someRun", runs: ["By"] }, { kind: "someRun", runs: ["BY"] }] });
    assert.deepEqual(regexNeed("x\\s*[:|]"), { kind: "any", parts: [{ kind: "marks", marks: [":"] }, { kind: "marks", marks: ["|"] }] });
    assert.deepEqual(regexNeed("(?<![\\p{L}])read(?![\\p{L}])"), { kind: "someRun", runs: ["read"] });
    assert.deepEqual(regexNeed(" cook(?:ies)? "), { kind: "someRun", runs: ["cookies", "cook"] });
    assert.deepEqual(regexNeed("^iStock(?:photo)?s?$"), { kind: "someRun", runs: ["iStockphotos", "iStockphoto", "iStocks", "iStock"] });
  });

  it("regex needs › \\d needs an ASCII digit, as one mark", () => {
    assert.deepEqual(regexNeed("^\\s*\\d{1,2}\\s+min read"), { kind: "all", parts: [{ kind: "marks", marks: ["0"] }, { kind: "someRun", runs: ["min"] }] });
    assert.deepEqual(regexNeed("[\\d.]+%"), { kind: "all", parts: [{ kind: "any", parts: [{ kind: "marks", marks: ["0"] }, { kind: "marks", marks: ["."] }] }, { kind: "marks", marks: ["%"] }] });
    assert.equal(holds("\\d+ comments", "12 comments"), true);
    // Unicode mode or not, \d is ASCII: an Arabic-Indic digit neither matches nor passes.
    assert.equal(new RegExp("\\d+ comments", "iu").test("٣ comments"), false);
    assert.equal(holds("\\d+ comments", "٣ comments"), false);
    assert.equal(holds("\\d+ comments", "no comments"), false);
    assert.deepEqual(regexNeed("\\D+"), { kind: "none" });
  });

  it("regex needs › a ticker's arrows are marks: one of them, or a digit and a percent sign", () => {
    const source = "[▲▼↑]|[+-]\\d+%";
    assert.deepEqual(regexNeed(source), {
      kind: "any",
      parts: [
        { kind: "any", parts: [{ kind: "marks", marks: ["▲"] }, { kind: "marks", marks: ["▼"] }, { kind: "marks", marks: ["↑"] }] },
        { kind: "all", parts: [{ kind: "any", parts: [{ kind: "marks", marks: ["+"] }, { kind: "marks", marks: ["-"] }] }, { kind: "marks", marks: ["0"] }, { kind: "marks", marks: ["%"] }] },
      ],
    });
    for (const text of ["DOW ▲ 120", "S&P 500 +1%", "↑ up"]) assert.equal(holds(source, text), true, text);
    assert.equal(holds(source, "An ordinary sentence of 2024."), false);
  });

  it("regex needs › a whole text of non-letters has no letter run", () => {
    const source = "^[\\s\\p{P}\\p{S}]+$";
    assert.deepEqual(regexNeed(source), { kind: "noRun" });
    for (const text of ["— • —", "🎉 🎉", "***", "", "\ud800"]) assert.equal(holds(source, text), true, text);
    for (const text of ["— a —", "Menu", "ß"]) assert.equal(holds(source, text), false, text);
    // With the m flag, ^ and $ are line edges: other lines may hold letters.
    assert.deepEqual(regexNeed(source, "m"), { kind: "none" });
    for (const other of ["^[\\s\\w]+$", "^[\\s\\p{P}]+", "[\\s\\p{P}]+$", "^(?:[\\s\\p{P}])+$", "^\\W+$"]) assert.equal(JSON.stringify(regexNeed(other)).includes("noRun"), false, other);
  });

  it("regex needs › a negated class that lists \\p{L} is no letter: the words after it are the text's first letter run", () => {
    const source = "^[^\\p{L}\\p{N}]*(?:donate (?:now|today)|support us)\\b";
    const need = readPattern(source, "i").need;
    assert.deepEqual(need, {
      kind: "all",
      parts: [
        { kind: "firstRun", runs: ["donate", "support"] },
        { kind: "any", parts: [{ kind: "someRun", runs: ["donate"] }, { kind: "someRun", runs: ["support"] }] },
      ],
    });
    const re = new RegExp(source, "iu");
    const matching = ["Donate now", "→ Donate today!", "🔥 Donate now", "🔥Donate now", "❤️ Support us", "  * support us", "\u0301Donate now", "𝄞 Donate now", "— SUPPORT US —"];
    for (const text of matching) {
      assert.equal(re.test(text), true, `the regex matches ${text}`);
      assert.equal(planHolds(need, text), true, text);
    }
    for (const text of ["Please donate now", "We support us", "x"]) assert.equal(planHolds(need, text), false, text);
    // Negated classes that may still hold a letter claim nothing.
    for (const other of ["^[^\\p{N}]*donate ", "^[^\\p{Lu}]*donate ", "^[^\\\\p{L}]*donate ", "^[^\\P{L}]*donate "]) {
      assert.equal(JSON.stringify(readPattern(other, "i").need).includes("Run") || JSON.stringify(readPattern(other, "i").need).includes("Prefix"), false, other);
    }
  });

  it("regex needs › nothing is claimed where a letter may border a word, or a part is optional", () => {
    for (const source of ["cookies\\b", "[a-z]cookies ", "\\wcookies ", "(?:ab)cookies ", " cookies(?:s|x)", "\\bcookies\\b", "xcookies ", " cookies\\w", " (?:cookies)?x", "a|b", " cook(?:ies)?x", "(?:ab )+", "\\((?:x|)", "[^x]cookies ", "\\k<a>(?<a>x)", "\\1", "\\u0041 "]) {
      const need = regexNeed(source);
      assert.equal(JSON.stringify(need).includes("someRun"), false, `${source}: ${JSON.stringify(need)}`);
    }
    assert.deepEqual(regexNeed("\\(?x"), { kind: "none" }, "an optional mark is no need");
    assert.deepEqual(regexNeed("(unclosed"), { kind: "none" }, "a source it cannot read gives none");
  });

  it("regex needs › a word whose start alone is certain is a prefix of some run", () => {
    // `\\b` is ASCII: "writersé" and "cookies_x" do not end the word where the text's run ends.
    assert.deepEqual(regexNeed("\\s(?:writer|editor)s?\\b"), { kind: "any", parts: [{ kind: "somePrefix", prefixes: ["writer"] }, { kind: "somePrefix", prefixes: ["editor"] }] });
    // Spellings that start with another spelling are that one's runs too.
    assert.deepEqual(regexNeed(" (?:[Jj]ournalist(?:in)?|rédact(?:eur|rice))s?\\b"), {
      kind: "any",
      parts: [
        { kind: "somePrefix", prefixes: ["Journalist"] },
        { kind: "somePrefix", prefixes: ["rédacteur", "rédactrice"] },
      ],
    });
    // An optional mark inside a word: both spellings, each with the run it certainly starts.
    assert.deepEqual(regexNeed(" co-?founders?\\b"), {
      kind: "any",
      parts: [{ kind: "somePrefix", prefixes: ["cofounder"] }, { kind: "all", parts: [{ kind: "marks", marks: ["-"] }, { kind: "somePrefix", prefixes: ["founder"] }] }],
    });
    // A whole word wins over a prefix less than two letters longer.
    assert.deepEqual(regexNeed("^\\d+ min read"), { kind: "all", parts: [{ kind: "marks", marks: ["0"] }, { kind: "someRun", runs: ["min"] }] });
    assert.deepEqual(regexNeed("^\\d+ min reading"), { kind: "all", parts: [{ kind: "marks", marks: ["0"] }, { kind: "somePrefix", prefixes: ["reading"] }] });
    // No prefix that is a stop word: a run starting with "the" is on most lines.
    assert.deepEqual(regexNeed("^by (?:the|these|design)\\b"), { kind: "someRun", runs: ["by"] });
    assert.deepEqual(regexNeed("^by (?:design|default)\\b"), { kind: "all", parts: [{ kind: "any", parts: [{ kind: "somePrefix", prefixes: ["design"] }, { kind: "somePrefix", prefixes: ["default"] }] }, { kind: "someRun", runs: ["by"] }] });
    // No prefix where the start is not certain (\\b lets "é" stand before), or shorter than three letters.
    for (const source of ["\\bcookies\\b", "[a-z]cookies", "\\wcookies", "[^x]cookies", " co\\w", " (?:cookies)?x", "é?cookies", "\\p{L}*cookies"]) {
      const need = regexNeed(source, "i");
      assert.equal(JSON.stringify(need).includes("Prefix"), false, `${source}: ${JSON.stringify(need)}`);
    }
  });

  it("regex needs › known letters that may stand before a word are put in front of its spellings", () => {
    // `[km]?` after a digit: the run holding the word is the word, or the word with k or m in front.
    assert.deepEqual(regexNeed("^\\d+\\s*[km]?\\s*comments?\\s*$", "i"), {
      kind: "all",
      parts: [{ kind: "marks", marks: ["0"] }, { kind: "someRun", runs: ["comments", "comment", "kcomments", "kcomment", "mcomments", "mcomment"] }],
    });
    assert.deepEqual(regexNeed("\\d\\s*[km]?\\s*(?:replies|responses?)\\b", "i"), {
      kind: "all",
      parts: [
        { kind: "marks", marks: ["0"] },
        { kind: "any", parts: [{ kind: "somePrefix", prefixes: ["replies", "kreplies", "mreplies"] }, { kind: "somePrefix", prefixes: ["response", "kresponse", "mresponse"] }] },
      ],
    });
    // A class of plain letters is a piece of a word, like an optional letter.
    assert.deepEqual(regexNeed(" authori[sz]e "), { kind: "someRun", runs: ["authorise", "authorize"] });
    assert.deepEqual(regexNeed(" zip\\s*code "), { kind: "someRun", runs: ["code", "zipcode"] });
    // Letters before the word that are not known one by one claim nothing.
    for (const source of ["\\w?\\s*replies ", "[a-z]?replies ", "\\d[km]*replies ", "\\d[km2]?replies ", "\\d(?:[km]|x\\d)?replies ", "\\d\\p{L}?replies ", "\\d[^x]?replies "]) {
      const need = regexNeed(source, "i");
      assert.equal(JSON.stringify(need).includes("Run") || JSON.stringify(need).includes("Prefix"), false, `${source}: ${JSON.stringify(need)}`);
    }
  });

  it("regex needs › a word with letters that may stand before it holds wherever its regex matches", () => {
    const sources = ["^[\\s•·*|-]*\\d[\\d.,]*\\s*[km]?\\s*(?:comments?|replies|reacties)\\s*$", "\\d[\\d.,]*\\s*[km]?\\s*(?:responses?|replies)\\b", " authori[sz]e\\b", " zip\\s*codes?\\b"];
    const piece = fc.oneof(
      fc.constantFrom("comments", "comment", "replies", "reacties", "responses", "authorise", "authorize", "zip", "code", "codes"),
      fc.constantFrom(" ", "", "\t", "-", "•", "k", "K", "m", "M", "x", "é", "ſ", "K", "İ", "1", "2.5", "_", "s", "ing", "🎉"),
    );
    const phrase = fc.constantFrom("12 comments", "5k comments", "5Kcomments", "1.2M Comments", "9\u212Acomments", "3 m replies", "7mreplies", "4 reacties", "2 responses", " authorise", " AUTHORIZE", " zipcode", " zip codes", " ZIP Code");
    const texts = fc.tuple(fc.array(piece, { maxLength: 3 }), phrase, fc.array(piece, { maxLength: 3 })).map(([a, p, b]) => [...a, p, ...b].join(""));
    needHoldsWhereRegexMatches(sources, texts, 20261205, 3000);
  });

  it("regex needs › a leading word a certain non-letter follows is the whole first run", () => {
    assert.deepEqual(readPattern("^\\s*home\\s*>", "i").need, {
      kind: "all",
      parts: [{ kind: "firstRun", runs: ["home"] }, { kind: "all", parts: [{ kind: "marks", marks: [">"] }, { kind: "someRun", runs: ["home"] }] }],
    });
    // An optional mark inside the leading word: "e" is the whole run, or the run starts with "email".
    assert.deepEqual(readPattern("^[\\s•·|*-]*(?:e-?mail|print|x)\\b", "i").need, {
      kind: "any",
      parts: [
        { kind: "firstPrefix", prefixes: ["email", "print", "x"] },
        { kind: "firstRun", runs: ["e"] },
      ],
    });
    // A repeated or optional letter, or a group's end, leaves the run open.
    for (const source of ["^a{2}b", "^abc?\\s", "^(?:abc|de)\\s", "^abc\\b", "^abc\\w", "^abc(?:-|d)"]) {
      const need = JSON.stringify(readPattern(source, "i").need);
      assert.ok(need.includes("firstPrefix") && !need.includes("firstRun"), `${source}: ${need}`);
    }
  });

  it("regex needs › a whole first run holds wherever its regex matches", () => {
    const sources = ["^[\\s•·|*-]*(?:e-?mail|print|x)\\b", "^\\s*home\\s*>", "^[\\s•·*|-]*(?:read more|see also)\\s*:", "^co-?founder\\b"];
    const piece = fc.oneof(
      fc.constantFrom("e", "mail", "email", "print", "x", "home", "read", "more", "see", "also", "co", "founder"),
      fc.constantFrom(" ", "", "\t", "-", "•", ">", ":", "s", "é", "ſ", "K", "İ", "1", "_", "ing", "🎉"),
    );
    const phrase = fc.constantFrom("e-mail", "E-Mail", "email", "Emails", "print", "X", " • e-mail", "home >", "Home>", "read more:", "  • See also :", "co-founder", "Cofounders");
    const texts = fc.tuple(fc.array(piece, { maxLength: 2 }), phrase, fc.array(piece, { maxLength: 3 })).map(([a, p, b]) => [...a, p, ...b].join(""));
    needHoldsWhereRegexMatches(sources, texts, 20261206, 3000);
  });

  it("regex needs › a prefix holds wherever its regex matches: letters, digits and underscores right after the word", () => {
    const sources = [
      "\\s(?:writer|editor|[Jj]ournalist(?:in)?|rédact(?:eur|rice)|co-?founder|ceo)s?\\b",
      "\\b(?:we|this (?:web)?site)\\s+(?:uses?|store)\\s+(?:cookies|tracking technologies)\\b",
      "^[\\s•·*|-]*(?:photo|image)s?\\s+by\\b",
    ];
    const words = ["writer", "editor", "journalist", "Journalistin", "rédacteur", "rédactrice", "co", "founder", "cofounder", "ceo", "we", "this", "site", "website", "use", "uses", "store", "cookies", "tracking", "technologies", "photo", "image", "by"];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(" ", "  ", "\t", "-", "•", "s", "é", "É", "ß", "ſ", "K", "İ", "ı", "ﬅ", "\u0301", "1", "_", "x", "ing", "🎉", "𝐀"),
    );
    // Phrases the regexes match, with anything after them.
    const phrase = fc.constantFrom(" writer", "\tJournalist", " rédactrice", " co-founder", " cofounder", " ceo", "we use cookies", "This website uses tracking technologies", "this site store cookies", "photos by", "• Image by");
    const texts = fc.tuple(fc.array(piece, { maxLength: 4 }), phrase, fc.array(piece, { maxLength: 6 })).map(([a, p, b]) => [...a, p, ...b].join(""));
    needHoldsWhereRegexMatches(sources, texts, 20261204, 2000, (need, source) => assert.equal(JSON.stringify(need).includes("somePrefix"), true, source));
  });

  it("regex needs › every catalog regex's need holds on every text it matches (dev set lines and random text)", { skip: !existsSync(devsetTextDir) && `no dev set at ${devsetTextDir}` }, () => {
    const regexes = catalogRegexes();
    assert.ok(regexes.length > 30, "the catalog has regexes");
    const lines = firstDevsetLines(60);
    let matched = 0;
    for (const { source, flags } of regexes) {
      const re = new RegExp(source, `${flags}u`);
      for (const line of lines) {
        if (!re.test(line)) continue;
        matched++;
        assert.equal(holds(source, line), true, `${source} on ${JSON.stringify(line)}`);
      }
    }
    assert.ok(matched > 100, `the regexes match dev set lines (${matched})`);
    // Text made of the catalog's own words and marks, in any case, with letters that fold oddly.
    const words = [...new Set(regexes.flatMap(({ source }) => source.match(/\p{L}+/gu) ?? []))];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.constantFrom(" ", "  ", "\t", "(", ")", "/", ":", "|", "©", "»", "›", ">", "-", ".", ",", ";", "'", "1", "2024", "é", "ſ", "K", "İ", "ß"));
    const texts = fc.array(piece, { maxLength: 14 }).map((p) => p.join(""));
    for (const { source, flags } of regexes) {
      const re = new RegExp(source, `${flags}u`);
      fc.assert(fc.property(texts, (t) => !re.test(t) || holds(source, t)), { numRuns: 300 });
    }
  });
});
