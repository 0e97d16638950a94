// A large JSONL input for the batch scripts (bench-batch, soak-batch): the dev set's scraped
// texts, {id, text} per line, repeated round after round until `done` says there is enough.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { readDevTexts } from "./dev-texts.js";

const DEVSET = join(import.meta.dirname, "../../../shared/devset/wcxb-articles/text");

export interface JsonlTotals {
  docs: number;
  /** UTF-8 bytes of the texts alone. */
  textBytes: number;
  /** UTF-8 bytes of the file. */
  jsonlBytes: number;
}

export async function writeDevsetJsonl(file: string, done: (totals: JsonlTotals) => boolean): Promise<JsonlTotals> {
  const texts = readDevTexts(DEVSET);
  const out = createWriteStream(file);
  const totals: JsonlTotals = { docs: 0, textBytes: 0, jsonlBytes: 0 };
  for (let round = 0; !done(totals); round++) {
    for (const [i, text] of texts.entries()) {
      const line = `${JSON.stringify({ id: `r${round}-${i}`, text })}\n`;
      if (!out.write(line)) await once(out, "drain");
      totals.docs++;
      totals.textBytes += Buffer.byteLength(text);
      totals.jsonlBytes += Buffer.byteLength(line);
    }
  }
  out.end();
  await once(out, "close");
  return totals;
}
