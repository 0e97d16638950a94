#!/usr/bin/env node
// The deboil command: src/cli/bin.ts, bundled into one script by `npm run build`
// (scripts/bundle-cli.ts) and run from V8's code cache, because loading, parsing and compiling
// its modules one by one is a large part of a small run's start-up. V8 flags are not set from
// here: v8.setFlagsFromString after start-up is unsafe (see docs/performance.md).
import { fileURLToPath } from "node:url";
import { loadScript } from "./src/cli/code-cache.js";

const { exports } = loadScript(fileURLToPath(new URL("./src/bundle/cli.cjs", import.meta.url)));
await (exports["runCommand"] as () => Promise<void>)();
