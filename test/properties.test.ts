// Properties of cleaning, checked with fast-check on generated documents and on the dev set.
// Runs are bounded so the file stays well under 30 seconds.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { createCleaner, type Cleaner } from "../src/cleaner.js";
import { normaliseText } from "../src/input/normalise-text.js";
import { countWords } from "../src/lexicon/words.js";
import { loadRuleDir } from "../src/rules/load.js";
import type { RuleSource } from "../src/rules/spec.js";
import { compileRule } from "../src/rules/compile.js";
import { regexProblems } from "../src/rules/regex-safety.js";
import type { CleanResult } from "../src/types.js";
import { devsetTextDir, rulesDir } from "./helpers/paths.js";

const SEED = 20240611;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

const sentences = [
  "The council approved the new budget on Monday after a long debate about the bridge.",
  "Officials said the plan would be reviewed in the spring, when the first figures are known.",
  "Residents told reporters they had waited years for the road to be repaired.",
  "“We are committed to finding a way forward,” the minister said in a statement.",
  "Prices rose by 3.2 per cent in the year to March, the statistics office said.",
  "Die Stadt hat den Haushalt am Montag nach einer langen Debatte beschlossen.",
  "Le conseil municipal a adopté le budget lundi après un long débat sur le pont.",
  "He said the talks were constructive but that no agreement had been reached yet.",
];
const noise = [
  "Home\nNews\nSport\nWeather\nCulture",
  "Source: Agencies",
  "Source: Anadolu",
  "Advertisement",
  "ADVERTISEMENT",
  "Share this article\nFacebook\nTwitter\nEmail",
  "Share on Facebook",
  "Thu 21:00\nbroken clouds\n17.7\n°\nC\nFri\n15.32\nmostlycloudy",
  "Sat 16.83 mostlycloudy Sun 14.82 mostlycloudy",
  "Related stories",
  "Read more: Budget talks stall again",
  "Sign up for our newsletter",
  "© 2024 The Daily Example. All rights reserved.",
  "Privacy policy | Terms of use | Contact us",
  "By Jane Doe",
  "Updated: 12 March 2024, 10:45",
  "5 min read",
  "LONDON (Reuters) -",
  "Reporting by Jane Doe; Editing by John Smith",
  "Lesen Sie auch: Neue Regeln für Radfahrer",
  "Lire aussi : la réforme des retraites",
  "Photo: Reuters",
  "Comments (12)",
];
const paragraph = fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 4 }).map((s) => s.join(" "));
const lineBreaks = fc.constantFrom("\n", "\n\n", "\n\n\n", "\r\n\r\n", "\n \n");
const piece = fc.oneof({ weight: 3, arbitrary: paragraph }, { weight: 2, arbitrary: fc.constantFrom(...noise) }, { weight: 1, arbitrary: fc.constantFrom(...noise).map((n) => `${n} ${sentences[0]}`) });
/** Documents made of paragraphs and noise fragments, joined by assorted line breaks. */
const documentArb = fc.array(fc.tuple(piece, lineBreaks), { minLength: 1, maxLength: 14 }).map((parts) => parts.map(([p, br]) => p + br).join(""));

/** Any string: full Unicode, UTF-16 units including lone surrogates and NUL, and long repeats. */
const anyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }),
  fc.string({ unit: "binary-ascii", maxLength: 300 }),
  fc.tuple(fc.string({ maxLength: 8 }), fc.integer({ min: 1, max: 20_000 })).map(([s, n]) => s.repeat(n)),
  documentArb,
);

const catalog: Cleaner = createCleaner();
const sources: RuleSource[] = loadRuleDir(rulesDir);
/** Catalog rules that compile and pass the backtracking check (the others fail in test/rules/catalog.test.ts). */
const fastSources = sources.filter((source) => {
  try {
    compileRule(source);
    return regexProblems(source).length === 0;
  } catch {
    return false;
  }
});

/** The parts of a result that must not depend on timing. */
const stable = (r: CleanResult) => ({ ...r, stats: { ...r.stats, ms: 0 } });
const squash = (s: string): string => s.replace(/\s+/gu, " ").trim();

/** Checks that removals partition the normalised input together with the output. */
function assertLossless(input: string, r: CleanResult): void {
  if (r.status === "rejected") return;
  const text = normaliseText(input);
  let last = -1;
  let rebuilt = "";
  for (const removal of r.removed) {
    const [s, e] = removal.range;
    assert.equal(removal.text, text.slice(s, e), `removal by ${removal.ruleId} at ${s}-${e} does not slice its text`);
    assert.ok(s >= last, `removal by ${removal.ruleId} at ${s}-${e} overlaps the one before (ending ${last})`);
    assert.ok(s < e, `removal by ${removal.ruleId} is empty`);
    rebuilt += text.slice(Math.max(last, 0), s);
    last = e;
  }
  rebuilt += text.slice(Math.max(last, 0));
  assert.equal(squash(r.text), squash(rebuilt), "input minus removals is not the output (modulo white space)");
}

/** Every output line occurs within one line of the normalised input. */
function assertOnlyDeletes(input: string, r: CleanResult): void {
  const inputLines = normaliseText(input).split("\n");
  for (const line of r.text.split("\n")) {
    if (line === "") continue;
    assert.ok(inputLines.some((l) => l.includes(line)), `output line ${JSON.stringify(line.slice(0, 120))} is not part of any input line`);
  }
}

describe("properties", () => {
  it("clean › never throws on any string", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const r = catalog.clean(s);
        assert.ok(["ok", "empty", "guarded", "rejected"].includes(r.status));
        assert.equal(typeof r.text, "string");
        // The count is added up from the lines' scans: it must be the clean text's own.
        assert.equal(r.metadata.wordCount, countWords(r.text));
      }),
      runs(300),
    );
  });

  it("clean › only deletes: every output line is part of an input line", () => {
    fc.assert(fc.property(fc.oneof(documentArb, anyString), (s) => assertOnlyDeletes(s, catalog.clean(s))), runs(300));
  });

  it("clean › lossless: removals slice the normalised input and rebuild it with the output", () => {
    fc.assert(fc.property(fc.oneof(documentArb, anyString), (s) => assertLossless(s, catalog.clean(s))), runs(300));
  });

  it("clean › idempotent on generated documents", () => {
    fc.assert(
      fc.property(documentArb, (s) => {
        const once = catalog.clean(s).text;
        assert.equal(catalog.clean(once).text, once);
      }),
      runs(300),
    );
  });

  it("clean › rule order does not change the result", () => {
    const base = createCleaner({ builtin: false, ruleSpecs: fastSources });
    // A few fixed shuffles (building a cleaner re-checks every rule's regexes, so not one per run).
    const orders = fc.sample(fc.shuffledSubarray(fastSources, { minLength: fastSources.length }), { seed: SEED, numRuns: 6 });
    const cleaners = [[...fastSources].reverse(), ...orders].map((order) => createCleaner({ builtin: false, ruleSpecs: order }));
    fc.assert(
      fc.property(documentArb, fc.nat({ max: cleaners.length - 1 }), (s, i) => {
        assert.equal(JSON.stringify(stable(cleaners[i]!.clean(s))), JSON.stringify(stable(base.clean(s))));
      }),
      runs(200),
    );
  });

  it("clean › all rules off gives the normalised input", () => {
    const off = createCleaner({ rules: Object.fromEntries(catalog.rules.map((r) => [r.id, "off" as const])) });
    fc.assert(
      fc.property(documentArb, (s) => {
        const r = off.clean(s);
        assert.deepEqual(r.removed, []);
        assert.equal(squash(r.text), squash(normaliseText(s)));
        assert.deepEqual(r.text.split(/\n+/u).filter((l) => l.trim() !== ""), normaliseText(s).split(/\n+/u).filter((l) => l.trim() !== ""));
      }),
      runs(200),
    );
  });

  it("clean › idempotent, lossless and only deleting on the dev set", (t) => {
    if (!existsSync(devsetTextDir)) return t.skip(`no dev set at ${devsetTextDir}`);
    const all = readdirSync(devsetTextDir).filter((f) => f.endsWith(".txt")).sort();
    // Every 4th file, or all of them with DEBOIL_FULL_DEVSET=1.
    const files = process.env["DEBOIL_FULL_DEVSET"] === "1" ? all : all.filter((_, i) => i % 4 === 0);
    const failures: string[] = [];
    for (const f of files) {
      const input = readFileSync(join(devsetTextDir, f), "utf8");
      const once = catalog.clean(input);
      const twice = catalog.clean(once.text);
      if (twice.text !== once.text) {
        failures.push(`${f}: a second clean removed ${twice.removed.map((r) => `${r.ruleId} ${JSON.stringify(r.text.slice(0, 100))}`).join("; ")}`);
      }
      if (once.metadata.wordCount !== countWords(once.text)) failures.push(`${f}: wordCount ${once.metadata.wordCount}, the text has ${countWords(once.text)} words`);
      try {
        assertLossless(input, once);
        assertOnlyDeletes(input, once);
      } catch (error) {
        failures.push(`${f}: ${(error as Error).message.split("\n")[0]}`);
      }
    }
    assert.deepEqual(failures, [], `${failures.length} of ${files.length} dev-set texts fail`);
  });
});
