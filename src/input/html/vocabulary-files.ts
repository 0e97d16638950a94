// Reads the files of the package's vocabulary/ folder (the HTML front end's words, as data): with
// rules/load.ts, the library's only reader of files it ships.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

let dir: string | undefined;

/** The text of vocabulary/NAME. The folder sits beside dist/ (or src/ when run from sources);
 *  bundled chunks sit at another depth than the compiled modules, so it is looked for upwards. */
export function readVocabularyFile(name: string): string {
  dir ??= vocabularyDir();
  return readFileSync(join(dir, name), "utf8");
}

function vocabularyDir(): string {
  let at = fileURLToPath(new URL(".", import.meta.url));
  for (let up = 0; up < 6; up++, at = join(at, "..")) if (existsSync(join(at, "vocabulary", "dom.yaml"))) return join(at, "vocabulary");
  throw new Error("deboil: the vocabulary/ folder (dom.yaml, page-types.yaml, metadata.yaml) was not found beside the package's code");
}
