// npm run memory-per-input: peak memory of cleaning one text document, by input size and shape
// (short lines, paragraphs), each in a fresh process. Prints the peak RSS over the RSS just
// before cleaning, per MB of input; the defaults of maxInputChars and maxInputLines are chosen
// from these figures so that a default Node heap survives the largest accepted document.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: {
    child: { type: "string" },
    mb: { type: "string", default: "1,2,4" },
    shapes: { type: "string", default: "short-lines,paragraphs" },
  },
});

const SHAPES: Record<string, (i: number) => string> = {
  "short-lines": (i) => `Line ${i} here`,
  "80-char lines": (i) => `Line ${i}: the council approved the new budget on Monday after a debate`.padEnd(80, "."),
  "400-char lines": (i) => `Line ${i}: the council approved the new budget on Monday after a long debate, and the mayor said`.repeat(5).slice(0, 400),
  paragraphs: (i) => `Paragraph ${i}: the council approved the new budget on Monday after a long debate, and the mayor said the bridge would reopen in spring, weeks earlier than planned, once the last inspections were done.\n`,
};

function make(shape: string, bytes: number): { text: string; lines: number } {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = SHAPES[shape]!(i);
    parts.push(line);
    size += line.length + 1;
  }
  const text = parts.join("\n");
  return { text, lines: text.split("\n").length };
}

if (args.child !== undefined) {
  const [shape, mb] = args.child.split(":");
  const { createCleaner } = await import("../src/index.js");
  const cleaner = createCleaner({ maxInputChars: Number.MAX_SAFE_INTEGER, maxInputLines: Number.MAX_SAFE_INTEGER });
  cleaner.clean("A warm-up document.\n\nSource: Reuters\n");
  const { text, lines } = make(shape!, Number(mb) * 1e6);
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const result = cleaner.clean(text);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ shape, mb: Number(mb), lines, status: result.status, before, peak, ms: Math.round(performance.now() - started) }));
} else {
  console.log("shape         input MB   lines      peak RSS   over input   per line   s");
  for (const shape of args.shapes!.split(",")) {
    for (const mb of args.mb!.split(",")) {
      const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", `${shape}:${mb}`], { encoding: "utf8" });
      const line = run.stdout.trim().split("\n").at(-1) ?? "";
      if (run.status !== 0 || !line.startsWith("{")) {
        console.log(`${shape.padEnd(13)} ${mb.padStart(8)}   died: exit ${run.status} ${run.stderr.split("\n").find((l) => /heap|memory/iu.test(l)) ?? ""}`);
        continue;
      }
      const r = JSON.parse(line) as { lines: number; before: number; peak: number; ms: number };
      const grown = r.peak - r.before;
      console.log(
        `${shape.padEnd(13)} ${mb.padStart(8)} ${String(r.lines).padStart(9)} ${`${(r.peak / 2 ** 20).toFixed(0)} MB`.padStart(11)} ${`${(grown / (Number(mb) * 1e6)).toFixed(0)}x`.padStart(10)} ${`${(grown / r.lines).toFixed(0)} B`.padStart(10)} ${(r.ms / 1000).toFixed(1).padStart(5)}`,
      );
    }
  }
}
