// Run by `npm run build`, after tsc: bundles the command (dist/src/cli/bin.js) into dist/src/bundle/,
// which dist/cli.js starts. A small run then loads a few files instead of ~90 ES modules.
// - The folder is as deep under dist/ as every compiled source file, so the paths they build from
//   import.meta.url (the rules folder, the rules bundle, package.json) hold in the chunks too.
// - The pool's worker (loaded by URL) and the HTML front end (loaded by require()) are entry points
//   of their own, so they land next to the chunks that load them and share their modules.
// - Code splitting keeps what a text run does not need (yargs for --help, the pool, the HTML
//   front end, the WARC reader) in chunks loaded on first use; packages are not bundled.
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const dist = fileURLToPath(new URL("../", import.meta.url));
const outdir = `${dist}src/bundle`;
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: {
    cli: `${dist}src/cli/bin.js`,
    worker: `${dist}src/batch/worker.js`,
    "html-to-doc": `${dist}src/input/html/html-to-doc.js`,
  },
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
console.log(`cli bundle: ${Object.keys(result.metafile.outputs).length} files in dist/src/bundle/`);
