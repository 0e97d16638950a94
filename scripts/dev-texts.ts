// The dev set's naive scraped texts (DIR/*.txt), in file-name order, as the speed scripts clean them.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export function readDevTexts(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
}
