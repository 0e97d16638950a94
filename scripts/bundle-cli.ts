// Run by `npm run build`, after tsc. Everything goes to dist/src/bundle/, a folder as deep under
// dist/ as every compiled source file, so the paths built from import.meta.url (the rules folder,
// the rules bundle, package.json, the worker) hold in it too:
// - cli.cjs, the command (dist/src/cli/bin.js and all of our code it can reach, yargs-parser
//   included): one CommonJS script, so that dist/cli.cjs can run it from V8's code cache
//   (src/cli/code-cache.cts), written here after a warm-up run on one file. Other packages
//   stay outside and load on first use (dynamic imports become require(), which node:vm scripts
//   allow).
// - worker.js, the command's pool worker: it runs the same script from the same cache
//   (serveWorker), so each thread starts as the command does.
// - html-to-doc.js, the HTML front end (loaded by require() on the first page), an ES bundle
//   with its chunks; packages are not bundled.
import { readdirSync, rmSync, writeFileSync, existsSync, readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import codeCache from "../src/cli/code-cache.cjs";
import { packWordIndex } from "../src/plan/packed-word-index.js";
import { wordTableOf } from "../src/plan/prefilter.js";
import { wordIndexArrays } from "../src/plan/word-index.js";
import { builtinPlan, loadBuiltinRules } from "../src/rules/load.js";

const dist = fileURLToPath(new URL("../", import.meta.url));
const root = fileURLToPath(new URL("../../", import.meta.url));
const outdir = `${dist}src/bundle`;
rmSync(outdir, { recursive: true, force: true });

// The built-in plan's conditions and word index as a module of the bundle
// (src/plan/builtin-conditions.ts), so that the code cache written below holds them compiled;
// the plan in the rules bundle names them by its digest.
loadBuiltinRules();
const plan = builtinPlan();
if (plan?.digest === undefined) throw new Error("the rules bundle is not current: run node dist/scripts/bundle-rules.js first");
const index = packWordIndex(wordIndexArrays(wordTableOf(plan.table)));
writeFileSync(
  `${dist}src/plan/builtin-conditions.js`,
  [
    "// Written by scripts/bundle-cli.ts from the rules bundle: the built-in plan's conditions and word index (see src/plan/builtin-conditions.ts).",
    `export const builtinConditions = { digest: ${JSON.stringify(plan.digest)}, conditions: function () {\n${plan.code}\n}, index: ${JSON.stringify(index)} };`,
    "",
  ].join("\n"),
);

// esbuild rewrites a regex literal with a Unicode property escape (\p{L}) as `new RegExp(...)`
// for every Node target, which every Node we support reads natively. The rewrite costs at run
// time: a literal is parsed once per place in the code, a constructor call each time it runs,
// and some of ours run once per word or per line.
const KEEP_REGEX_LITERALS = { "regexp-unicode-property-escapes": true };

const esm = await build({
  entryPoints: { "html-to-doc": `${dist}src/input/html/html-to-doc.js` },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  supported: KEEP_REGEX_LITERALS,
  packages: "external",
  metafile: true,
  logLevel: "warning",
});

const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as Record<string, Record<string, string> | undefined>;
const outside = Object.keys({ ...pkg["dependencies"], ...pkg["peerDependencies"] }).filter((name) => name !== "yargs-parser");
const cliScript = `${outdir}/cli.cjs`;
await build({
  entryPoints: [`${dist}src/cli/bin.js`],
  outfile: cliScript,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  external: outside.flatMap((name) => [name, `${name}/*`]),
  supported: { ...KEEP_REGEX_LITERALS, "dynamic-import": false },
  define: { "import.meta.url": "__importMetaUrl" },
  banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});

writeFileSync(cliScript, asciiScript(readFileSync(cliScript, "utf8")));

writeFileSync(
  `${outdir}/worker.js`,
  [
    "// Written by scripts/bundle-cli.ts: the command's pool worker runs the command's script from its code cache.",
    'import { createRequire } from "node:module";',
    "const require = createRequire(import.meta.url);",
    'require("../cli/code-cache.cjs").loadScript(require.resolve("./cli.cjs")).exports.serveWorker();',
    "",
  ].join("\n"),
);

// The cache holds what V8 compiled in this thread until it is written, and V8 reads all of it at
// every start, whether a run calls it or not: what a run on one file does, then, not a batch. The
// warm-up cleans one seed (a short article), then a one-line text, each as a run on one file.
// Code only a batch or a longer text reaches is compiled when a run first reaches it: once per
// thread, small beside a batch's work (docs/performance.md has the counts both ways).
const loaded = codeCache.loadScript(cliScript);
const seeds = readdirSync(`${root}seeds`).sort().map((name) => `${root}seeds/${name}/input.txt`).filter((file) => existsSync(file));
const oneLine = join(mkdtempSync(join(tmpdir(), "deboil-warm-up-")), "one-line.txt");
writeFileSync(oneLine, "A one-line article about something that happened today.\n");
const main = loaded.exports["main"] as (argv: string[], io: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }) => Promise<number>;
for (const argv of [[seeds[0]!], [oneLine]]) {
  const sink = new PassThrough().resume() as unknown as NodeJS.WriteStream;
  const code = await main(argv, { stdin: process.stdin, stdout: sink, stderr: sink });
  if (code !== 0) throw new Error(`the warm-up run of the bundled command on ${argv[0]} exited ${code}`);
}
rmSync(dirname(oneLine), { recursive: true, force: true });
writeFileSync(codeCache.cacheFileOf(cliScript), loaded.script.createCachedData());
console.log(`cli bundle: cli.cjs and its code cache (warmed on one seed, then one line), worker.js, ${Object.keys(esm.metafile.outputs).length} ES files for HTML in dist/src/bundle/`);

/**
 * The script with every character past ASCII written as \uXXXX. esbuild escapes them in strings
 * and cooked templates but not in regex literals or raw templates, and one such character makes
 * Node read the whole script into a two-byte string. In a regex, \uXXXX stands for the character
 * itself, and our raw templates (String.raw) are all regex sources. A character written after a
 * backslash would change meaning: the build stops instead.
 */
function asciiScript(source: string): string {
  if (/\\[^\x00-\x7f]/.test(source)) throw new Error("the command's bundle escapes a character past ASCII with a backslash; write it as \\uXXXX in the source");
  return source.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
