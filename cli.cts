#!/usr/bin/env node
// The deboil command: src/cli/bin.ts, bundled into one script by `npm run build`
// (scripts/bundle-cli.ts) and run from V8's code cache, because loading, parsing and compiling
// its modules one by one was a large part of a small run's start-up. CommonJS, so that a text
// run never starts the ES module loader. V8 flags are not set from here:
// v8.setFlagsFromString after start-up is unsafe (see docs/performance.md).
import path = require("node:path");
import codeCache = require("./src/cli/code-cache.cjs");

const command = codeCache.loadScript(path.join(__dirname, "src", "bundle", "cli.cjs")).exports;
void (command["runCommand"] as () => Promise<void>)();
