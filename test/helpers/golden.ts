// Golden files: compare with the file on disk, or rewrite it when UPDATE_GOLDEN=1.
// Node 20's node:test has no snapshot assertion, so this is the whole mechanism.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export const updating = process.env["UPDATE_GOLDEN"] === "1";

/** Asserts `actual` equals the golden file's content; writes it instead when updating. */
export function golden(file: string, actual: string, message?: string): void {
  if (updating) {
    mkdirSync(dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, "utf8") !== actual) writeFileSync(file, actual);
    return;
  }
  assert.ok(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npm test and review the diff`);
  assert.equal(actual, readFileSync(file, "utf8"), message ?? `${file} differs (UPDATE_GOLDEN=1 rewrites it; review the diff)`);
}

/** Same for JSON values, stored pretty-printed with a final newline. */
export function goldenJson(file: string, actual: unknown): void {
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (updating) return golden(file, text);
  assert.ok(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npm test and review the diff`);
  assert.deepEqual(actual, JSON.parse(readFileSync(file, "utf8")), `${file} differs (UPDATE_GOLDEN=1 rewrites it; review the diff)`);
}
