// Runs the command's bundled script with V8's code cache. Node 20 has no compile cache for
// modules, and parsing and compiling the command's code was about a fifth of a small run; a
// script compiled through node:vm can be handed the bytecode V8 saved for it instead.
// The cache is written at build time (scripts/bundle-cli.ts), one file per V8 version and CPU
// architecture; a run never writes it. When there is no file for this V8, or V8 rejects it (other
// flags, a changed script), the script is compiled as usual: the cache only ever saves time.
// CommonJS, as the command's launcher (cli.cts) is: starting the ES module loader costs a small
// run about a tenth of bare Node's start-up.
import fs = require("node:fs");
import nodeModule = require("node:module");
import path = require("node:path");
import vm = require("node:vm");

/** The CommonJS wrapper, as Node's own loader gives it; the cached code is of exactly this text. */
const wrap = (source: string): string => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

function cacheFileOf(scriptFile: string): string {
  return `${scriptFile}.${process.versions.v8}-${process.arch}.cache`;
}

interface LoadedScript {
  exports: Record<string, unknown>;
  /** The compiled script, for writing its cache (after a run, so lazily compiled functions are in it). */
  script: vm.Script;
  /** Whether V8 used the cache file. */
  cached: boolean;
}

/** Loads a CommonJS file (the bundle: its own code only, packages by require) from its code cache when there is one. */
function loadScript(scriptFile: string): LoadedScript {
  const source = fs.readFileSync(scriptFile, "utf8");
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFileOf(scriptFile));
  } catch {
    // No cache for this V8: compile as usual.
  }
  const script = new vm.Script(wrap(source), { filename: scriptFile, cachedData });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, nodeModule.createRequire(scriptFile), module, scriptFile, path.dirname(scriptFile));
  return { exports: module.exports, script, cached: cachedData !== undefined && !script.cachedDataRejected };
}

export = { cacheFileOf, loadScript };
