// Run by `npm run build`, after tsc. Two bundles, both in dist/src/bundle/, a folder as deep under
// dist/ as every compiled source file, so the paths they build from import.meta.url (the rules
// folder, the rules bundle, package.json, the worker) hold in them too:
// - cli.cjs, the command (dist/src/cli/bin.js and all of our code it can reach, yargs-parser
//   included): one CommonJS script, so that dist/cli.cjs can run it from V8's code cache
//   (src/cli/code-cache.ts), written here after a warm-up run on the seed texts. Other packages
//   stay outside and load on first use (dynamic imports become require(), which node:vm scripts
//   allow); the HTML front end and the pool's worker are the ES bundle's entry points below.
// - the ES bundle: the pool's worker (loaded by URL) and the HTML front end (loaded by require()),
//   split into shared chunks; packages are not bundled.
import { readdirSync, rmSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import codeCache from "../src/cli/code-cache.cjs";

const dist = fileURLToPath(new URL("../", import.meta.url));
const root = fileURLToPath(new URL("../../", import.meta.url));
const outdir = `${dist}src/bundle`;
rmSync(outdir, { recursive: true, force: true });

const esm = await build({
  entryPoints: { worker: `${dist}src/batch/worker.js`, "html-to-doc": `${dist}src/input/html/html-to-doc.js` },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
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
  supported: { "dynamic-import": false },
  define: { "import.meta.url": "__importMetaUrl" },
  banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});

// The cache holds what V8 compiled until it is written: load the script and clean the seeds first.
const loaded = codeCache.loadScript(cliScript);
const seeds = readdirSync(`${root}seeds`).map((name) => `${root}seeds/${name}/input.txt`).filter((file) => existsSync(file));
const sink = new PassThrough().resume() as unknown as NodeJS.WriteStream;
const main = loaded.exports["main"] as (argv: string[], io: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }) => Promise<number>;
const code = await main(seeds, { stdin: process.stdin, stdout: sink, stderr: sink });
if (code !== 0) throw new Error(`the warm-up run of the bundled command exited ${code}`);
writeFileSync(codeCache.cacheFileOf(cliScript), loaded.script.createCachedData());
console.log(`cli bundle: cli.cjs and its code cache (warmed on ${seeds.length} seeds), ${Object.keys(esm.metafile.outputs).length} ES files in dist/src/bundle/`);
