// npm run fingerprint: one sha256 over the results of the dev texts and one over the dev pages
// (JSON of every result, timing left out), so an engine change can show it changed no output.
// Options: --devset DIR, --only text|html, --dump FILE (writes one result per line, to diff).
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createCleaner } from "../src/index.js";
import { decodeHtml, readHtmlBytes } from "../src/input/html/decode.js";
import type { CleanResult } from "../src/types.js";

const { values: args } = parseArgs({
  options: {
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
    only: { type: "string" },
    dump: { type: "string" },
  },
});

const files = (sub: string, ext: string): string[] =>
  readdirSync(join(args.devset!, sub))
    .filter((f) => f.endsWith(ext))
    .sort();

const cleaner = createCleaner();
const dumped: string[] = [];

function fingerprint(kind: string, names: readonly string[], clean: (name: string) => CleanResult): void {
  const hash = createHash("sha256");
  for (const name of names) {
    const result = clean(name);
    const line = JSON.stringify({ ...result, stats: { ...result.stats, ms: 0 } });
    hash.update(line).update("\n");
    if (args.dump !== undefined) dumped.push(`${kind} ${name} ${line}`);
  }
  console.log(`${kind}: ${names.length} documents, sha256 ${hash.digest("hex")}`);
}

if (args.only !== "html") {
  fingerprint("text", files("text", ".txt"), (f) => cleaner.clean(readFileSync(join(args.devset!, "text", f), "utf8")));
}
if (args.only !== "text") {
  fingerprint("html", files("html", ".html.gz"), (f) => cleaner.clean({ html: decodeHtml(readHtmlBytes(readFileSync(join(args.devset!, "html", f)))).html }));
}
if (args.dump !== undefined) writeFileSync(args.dump, dumped.join("\n") + "\n");
