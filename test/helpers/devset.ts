// Dev-set text the tests read lines from.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { devsetTextDir } from "./paths.js";

/** The lines of the first `pages` dev-set texts, in file-name order. */
export function firstDevsetLines(pages: number): string[] {
  return readdirSync(devsetTextDir)
    .sort()
    .slice(0, pages)
    .flatMap((f) => readFileSync(join(devsetTextDir, f), "utf8").split("\n"));
}
