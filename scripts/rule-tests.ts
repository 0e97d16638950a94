// Where the rule stage's tests go: one round over the dev texts with every rule's matcher tree
// counted, by rule (tests, hits, time) and by matcher word (calls, nulls, self time), and for
// each rule the word whose null most often ended a test in vain. Counting and timing each call
// slows the round several times over: the shares are the figure, not the times.
// Usage: npm run build && node dist/scripts/rule-tests.js [--build DIR] [--devset DIR]
//   DIR is a built checkout (default: this one).
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { readDevTexts } from "./dev-texts.js";

const { values: args } = parseArgs({
  options: {
    build: { type: "string", default: resolve(import.meta.dirname, "../..") },
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
  },
});

type Hit = object | null;
type Matcher = (s: unknown) => Hit;
type Factory = (value: unknown, path: string, node: unknown, compile: unknown) => Matcher;
interface RuleLike {
  id: string;
  test: Matcher;
}

const at = (path: string): Promise<Record<string, unknown>> => import(pathToFileURL(join(resolve(args.build!), "dist/src", path)).href) as Promise<Record<string, unknown>>;
const registry = await at("matchers/registry.js");
const need = (await at("plan/need.js")) as { infoOf: (m: Matcher) => object; defineMatcher: (d: object) => Matcher };
const { createCleaner } = (await at("index.js")) as { createCleaner: () => { rules: readonly RuleLike[]; clean: (t: string) => unknown } };

const now = (): number => performance.now();
interface Count {
  calls: number;
  nulls: number;
  self: number;
}
const count = (map: Map<string, Count>, key: string): Count => {
  let c = map.get(key);
  if (c === undefined) map.set(key, (c = { calls: 0, nulls: 0, self: 0 }));
  return c;
};
const byWord = new Map<string, Count>();
const byRule = new Map<string, Count>();
const byLeaf = new Map<string, Count>();
/** Per rule: the leaf word (with its path) whose null ended a test, the last one asked. */
const endedBy = new Map<string, Map<string, number>>();
let rule = "";
let lastNull = "";
// Time spent in the children of the matcher being timed, to give each its self time.
const childTime: number[] = [];

const vocabulary = registry["vocabulary"] as Record<string, Factory>;
const LEAVES = new Set(["all", "any", "not", "prev", "next"]);
for (const [word, factory] of Object.entries(vocabulary)) {
  vocabulary[word] = (value, path, node, compile) => {
    const m = factory(value, path, node, compile);
    const c = count(byWord, word);
    const info = need.infoOf(m);
    return need.defineMatcher({
      ...info,
      needs: (info as { need: unknown }).need,
      test: (s: unknown) => {
        childTime.push(0);
        const t0 = now();
        const hit = m(s);
        const spent = now() - t0;
        const children = childTime.pop()!;
        if (childTime.length > 0) childTime[childTime.length - 1]! += spent;
        c.calls++;
        c.self += spent - children;
        const leaf = count(byLeaf, `${rule} ${word} ${path}`);
        leaf.calls++;
        leaf.self += spent - children;
        if (hit === null) {
          leaf.nulls++;
          c.nulls++;
          if (!LEAVES.has(word)) lastNull = `${word} ${path}`;
        }
        return hit;
      },
    });
  };
}

const cleaner = createCleaner();
for (const r of cleaner.rules) {
  need.infoOf(r.test); // compiles a deferred matcher, which then stands in r.test
  const m = r.test;
  const c = count(byRule, r.id);
  r.test = (s) => {
    rule = r.id;
    lastNull = "";
    const t0 = now();
    const hit = m(s);
    c.self += now() - t0;
    c.calls++;
    if (hit === null) {
      c.nulls++;
      const ends = endedBy.get(r.id) ?? endedBy.set(r.id, new Map()).get(r.id)!;
      ends.set(lastNull, (ends.get(lastNull) ?? 0) + 1);
    }
    return hit;
  };
}
const texts = readDevTexts(join(args.devset!, "text"));
for (const t of texts) cleaner.clean(t); // warm-up, counted apart
for (const map of [byWord, byRule, byLeaf]) for (const c of map.values()) Object.assign(c, { calls: 0, nulls: 0, self: 0 });
endedBy.clear();
const started = now();
for (const t of texts) cleaner.clean(t);
const total = now() - started;

const table = (title: string, map: Map<string, Count>): void => {
  const sum = [...map.values()].reduce((a, c) => a + c.self, 0);
  console.log(`\n${title} (calls / nulls / ms self / share of the round)`);
  for (const [k, c] of [...map].sort((a, b) => b[1].self - a[1].self)) {
    if (c.calls === 0) continue;
    console.log(`  ${k.padEnd(22)} ${String(c.calls).padStart(8)} ${String(c.nulls).padStart(8)} ${c.self.toFixed(0).padStart(7)} ${((c.self / total) * 100).toFixed(1).padStart(5)}%`);
  }
  console.log(`  ${"total".padEnd(22)} ${String([...map.values()].reduce((a, c) => a + c.calls, 0)).padStart(8)} ${String([...map.values()].reduce((a, c) => a + c.nulls, 0)).padStart(8)} ${sum.toFixed(0).padStart(7)}`);
};
console.log(`round: ${total.toFixed(0)} ms (with counting)`);
table("by rule", byRule);
table("by matcher word", byWord);
table("by rule and matcher (the 40 costliest)", new Map([...byLeaf].sort((a, b) => b[1].self - a[1].self).slice(0, 40)));
console.log("\ntests in vain, by the word whose null ended them (rules with 1,000 or more)");
for (const [id, ends] of [...endedBy].sort((a, b) => byRule.get(b[0])!.nulls - byRule.get(a[0])!.nulls)) {
  if (byRule.get(id)!.nulls < 1000) continue;
  console.log(`  ${id}: ${[...ends].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([w, n]) => `${w || "(none)"} ${n}`).join("; ")}`);
}
