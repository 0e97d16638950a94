// The page type's reading asks its cue patterns only of the lines and pages where they can count
// (first-sign and first-word gates, a shop's controls only on a page that prints a price), and
// the cleaner gives it the first pass's runs of cards. Checked against the plain reading, every
// pattern asked of every line it names, on random pages and the dev set's.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { lineFeatures, type LineFeatures } from "../../src/classifier/features.js";
import { createCleaner } from "../../src/index.js";
import { processDoc } from "../../src/engine/process.js";
import { normaliseText } from "../../src/input/normalise-text.js";
import { segmentText } from "../../src/input/segment-text.js";
import { itemRuns, type FeatureAt, type ItemRun } from "../../src/region/item-runs.js";
import { CODE_SHAPE, CODE_START, DOCS_CUE, FORUM_CUES, LEAD, PRICE, PRODUCT_CUE, isCodeLine, textPageType, type PageTypeGuess } from "../../src/region/page-type.js";
import { devsetTextDir } from "../helpers/paths.js";

// The cue patterns are the module's own: what is checked is where they are asked, against asking
// each of every line it names behind the one-pattern forum gate the split gate stands in for.
const FORUM_GATE = /^(?:\d|#|reply|quote|report|multi|add|like|thanks|haha|permalink|embed|parent|save|link|share|joined|join|registered|member|messages|posts|reputation|reaction|likes|trophy|best|threads|points|location|offline|online|logged|user|op\b|thread|discussion|original|topic|view|new|senior|moderator|administrator|posted|last|edited|re:|wrote|improve|ask|highest|your|upvote|replies|views|click|search|forum|latest|unanswered|\S+(?:\s\S+)?\s+said:)/i;

function plainIsCodeLine(text: string): boolean {
  const last = /(\S)\s*$/u.exec(text)?.[1] ?? "";
  if (last !== "" && ";{}".includes(last)) return true;
  return (last === ")" || CODE_START.test(text)) && CODE_SHAPE.test(text);
}

function plainPageType(texts: readonly string[], featureAt: FeatureAt, items: readonly ItemRun[] = itemRuns(texts, featureAt)): PageTypeGuess {
  const forumKinds = new Set<number>();
  let forumLines = 0;
  let productCues = 0;
  let priceLines = 0;
  let codeLines = 0;
  let lines = 0;
  let proseWords = 0;
  let pricedCards = 0;
  const docsKinds = new Set<string>();
  let ownCart = -1;
  let lastPrice = -1;
  const inRun = new Uint8Array(texts.length);
  for (const r of items) inRun.fill(1, r.first, r.last + 1);
  for (let i = 0; i < texts.length; i++) {
    const f = featureAt(i);
    const text = texts[i]!;
    if (f.words === 0 && f.digitShare === 0) continue;
    lines++;
    if (plainIsCodeLine(text)) codeLines++;
    if (f.endsSentence && f.words >= 12) proseWords += f.words;
    if (f.words > 12) continue;
    const t = text.replace(LEAD, "").trim();
    if (FORUM_GATE.test(t)) {
      const k = FORUM_CUES().findIndex((cue) => cue.test(t));
      if (k >= 0) {
        forumKinds.add(k);
        forumLines++;
      }
    }
    if (f.words > 0 && f.words <= 5) {
      const docs = DOCS_CUE().exec(t);
      if (docs) docsKinds.add(docs[1]!.toLowerCase());
    }
    if (f.words > 0 && PRODUCT_CUE.test(t)) {
      productCues++;
      if (!inRun[i] && lastPrice >= 0 && i - lastPrice <= 8 && ownCart < 0) ownCart = i;
    }
    if (f.digitShare > 0 && PRICE().test(t)) {
      priceLines++;
      if (inRun[i]) pricedCards++;
      else lastPrice = i;
    }
  }
  if (forumKinds.size >= 3 && forumLines >= 8) return { type: "forum", why: `${forumLines} lines of forum furniture of ${forumKinds.size} kinds` };
  if (codeLines >= 5 && codeLines >= 0.03 * lines) return { type: "documentation", why: `${codeLines} lines of code` };
  if (docsKinds.size >= 4) return { type: "documentation", why: `a documentation site's furniture of ${docsKinds.size} kinds` };
  if (ownCart >= 0 && items.every((r) => r.first - ownCart > 20)) return { type: "product", why: `a price and a shop control above ${items.length > 0 ? "the runs of cards" : "the text"}` };
  const cards = items.reduce((n, r) => n + r.words, 0);
  if (items.length > 0 && cards > proseWords) {
    const cardCount = items.reduce((n, r) => n + r.items, 0);
    const priced = pricedCards >= cardCount / 2;
    return { type: priced ? "collection" : "listing", why: `${items.length} run${items.length > 1 ? "s" : ""} of ${cardCount} ${priced ? "priced " : ""}items` };
  }
  if (productCues > 0 && priceLines > 0) return { type: "product", why: `a price beside ${productCues} shop control${productCues > 1 ? "s" : ""}` };
  return { type: "article", why: "no furniture of another kind of page" };
}

const features = (texts: readonly string[]): LineFeatures[] => texts.map((t) => lineFeatures(t));
const PROSE = "The council approved the budget on Monday after a long debate about the cost of the new bridge over the river.";
/** Pieces of lines: the cues' words in both cases, their neighbours that are no cue, signs and spaces the gates read. */
const piece = fc.constantFrom(
  "Reply", "reply", "REPLY", "Quote", "Replying", "ReplyQuote", "Joined: Mar 3, 2021", "Messages: 412", "#12", "# 12", "12", "3 replies", "1.2k views", ".5k posts", "posts",
  "Jane said:", "Jane Doe said:", "and then she said:", "SAID:", "said", ":", "Re: the plan", "op", "Posted by Tom", "Click to expand...", "Forums", "New posts",
  "Tutorial", "Tutorials:", "tutorialx", "Guides", "Next", "NEXT steps", "How-tos", "[x] Next", "[ ] Overview", "Was this page helpful?", "Edit on GitHub", "faq", "Docs",
  "Add to cart", "add to bag", "In stock", "SKU", "Qty", "$19.99", "19,99 €", "£5", "Price: $4,899.00",
  "import x from 'y';", "const a = b(c);", "$ ls -la", ">>> print(1)", "function f() {", "  return x;", "#include <stdio.h>", "func main() {", "fn", "constant x", "foo(bar)",
  "•", "- ", "* ", "3. ", "12.", "1.\u2003", "■ ", "○", "□", "·", "-", ".", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "é", "ſ", "\u212a", "—", "…", "😀", "word", "Word", "the", PROSE,
);
const line = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(fc.sample(fc.constantFrom("", " "), 1)[0]!));
const page = fc.array(fc.oneof(line, piece), { maxLength: 60, size: "medium" });

describe("isCodeLine", () => {
  it("agrees with the plain reading on random lines", () => {
    fc.assert(fc.property(line, (text) => assert.equal(isCodeLine(text), plainIsCodeLine(text), JSON.stringify(text))), { seed: 20261204, numRuns: 5000 });
  });
});

describe("textPageType", () => {
  it("agrees with the plain reading on random pages", () => {
    fc.assert(
      fc.property(page, (texts) => {
        const feats = features(texts);
        assert.deepEqual(textPageType(texts, (i) => feats[i]!), plainPageType(texts, (i) => feats[i]!));
      }),
      { seed: 20261204, numRuns: 3000 },
    );
  });

  it("agrees with the plain reading on pages of many cues (every kind of guess)", () => {
    const cues = fc.array(fc.constantFrom("Reply", "• Reply", "3. Quote", " \u00a0- Joined: 2021", "12.Reply", "1.\tReply", "■ 4 replies", "Quote", "Joined: 2021", "#4", "Jane said:", "Tutorials", "Overview", "[x] Next", "FAQ", "Add to cart", "$19.99", "In stock", "const a = b(c);", "Oak desk", PROSE), { minLength: 10, maxLength: 80, size: "max" });
    const seen = new Set<string>();
    fc.assert(
      fc.property(cues, (texts) => {
        const feats = features(texts);
        const plain = plainPageType(texts, (i) => feats[i]!);
        seen.add(plain.type);
        assert.deepEqual(textPageType(texts, (i) => feats[i]!), plain);
      }),
      { seed: 20261204, numRuns: 3000 },
    );
    assert.ok(seen.size >= 4, [...seen].join(" "));
  });

  it("counts half the cards priced, of an even and an odd count, as the plain reading does", () => {
    // Cards known by their marker ("12 reviews"); the first `priced` of them print a price too.
    const cards = (count: number, priced: number): string[] =>
      Array.from({ length: count }, (_, k) => ["Oak desk", "Solid wood, two drawers", `${k + 3} reviews`, ...(k < priced ? ["$19.99"] : [])]).flat();
    const types: string[] = [];
    for (const [count, priced] of [[10, 5], [10, 4], [9, 5], [9, 4]] as const) {
      const texts = cards(count, priced);
      const feats = features(texts);
      const plain = plainPageType(texts, (i) => feats[i]!);
      assert.deepEqual(textPageType(texts, (i) => feats[i]!), plain, `${priced} of ${count}`);
      types.push(plain.type);
    }
    assert.deepEqual(types, ["collection", "listing", "collection", "listing"]);
  });

  it("agrees with the plain reading on the dev set's pages, and the cleaner reports it", (t) => {
    if (!existsSync(devsetTextDir)) return t.skip(`no dev set at ${devsetTextDir}`);
    const cleaner = createCleaner();
    const files = readdirSync(devsetTextDir).filter((f) => f.endsWith(".txt")).sort().filter((_, i) => i % 4 === 0);
    for (const file of files) {
      const text = readFileSync(join(devsetTextDir, file), "utf8");
      const texts = segmentText(normaliseText(text), {}).blocks.flatMap((b) => b.lines.map((l) => l.text));
      const feats = features(texts);
      const plain = plainPageType(texts, (i) => feats[i]!);
      assert.deepEqual(textPageType(texts, (i) => feats[i]!), plain, file);
      for (const l of texts) assert.equal(isCodeLine(l), plainIsCodeLine(l), JSON.stringify(l));
      assert.equal(cleaner.clean(text).pageType, plain.type, file);
    }
  });
});

describe("the first pass's runs of cards", () => {
  it("are the input's, as the page type would find them", (t) => {
    if (!existsSync(devsetTextDir)) return t.skip(`no dev set at ${devsetTextDir}`);
    const rules = createCleaner().rules.filter((r) => r.mode !== "off" && r.formats.includes("text"));
    const files = readdirSync(devsetTextDir).filter((f) => f.endsWith(".txt")).sort().filter((_, i) => i % 4 === 1);
    let found = 0;
    for (const file of files) {
      const doc = segmentText(normaliseText(readFileSync(join(devsetTextDir, file), "utf8")), {});
      const done = processDoc(doc, rules, { maxPasses: 4, maxUnitChars: 20_000 });
      if (done.inputItems === undefined) continue;
      const texts = doc.blocks.flatMap((b) => b.lines.map((l) => l.text));
      const feats = features(texts);
      assert.deepEqual(done.inputItems, itemRuns(texts, (i) => feats[i]!), file);
      if (done.inputItems.length > 0) found++;
    }
    assert.ok(found > 0, "some page has runs of cards (the check is exercised)");
  });
});
