// npm run soak: memory must stay flat over thousands of pages in one process. Streams the dev
// set's raw pages (read, gunzip, decode, clean one at a time) for --rounds rounds and prints the
// heap after a full GC and the RSS after each round, then the peak RSS. Needs --expose-gc.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createCleaner } from "../src/index.js";
import { decodeHtml, readHtmlBytes } from "../src/input/html/decode.js";

const { values: args } = parseArgs({
  options: {
    devset: { type: "string", default: join(import.meta.dirname, "../../../shared/devset/wcxb-articles") },
    rounds: { type: "string", default: "7" },
  },
});
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with node --expose-gc");
const dir = join(args.devset!, "html");
const files = readdirSync(dir).filter((f) => f.endsWith(".html.gz")).sort();
const cleaner = createCleaner();
const mb = (n: number): string => `${(n / 1e6).toFixed(0)} MB`;
let pages = 0;
for (let round = 1; round <= Number(args.rounds); round++) {
  const started = performance.now();
  for (const f of files) {
    cleaner.clean({ id: f, html: decodeHtml(readHtmlBytes(readFileSync(join(dir, f)))).html });
    pages++;
  }
  gc();
  const s = (performance.now() - started) / 1000;
  console.log(`round ${round}: ${pages} pages so far, ${(files.length / s).toFixed(0)} pages/s, heap after GC ${mb(process.memoryUsage().heapUsed)}, RSS ${mb(process.memoryUsage().rss)}`);
}
console.log(`peak RSS over ${pages} pages: ${mb(process.resourceUsage().maxRSS * 1024)}`);
