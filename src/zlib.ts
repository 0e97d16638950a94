// node:zlib on first use: most runs read and write plain text, and loading the module is a
// measurable part of a small run's start-up.
import { createRequire } from "node:module";

let loaded: typeof import("node:zlib") | undefined;

export function zlib(): typeof import("node:zlib") {
  return (loaded ??= createRequire(import.meta.url)("node:zlib") as typeof import("node:zlib"));
}
