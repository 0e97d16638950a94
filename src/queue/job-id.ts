// A job's id says what it cleans: the input, the part, the output and the settings. Adding the
// same corpus twice with the same settings gives the same ids, and BullMQ keeps one job per id.
import { createHash } from "node:crypto";
import type { JobPayload } from "./payload.js";

export function jobIdOf(payload: JobPayload): string {
  const what = { input: payload.input, part: payload.part ? [payload.part.start, payload.part.end] : null, output: payload.output, name: payload.name, kind: payload.kind, clean: payload.clean };
  return `d${createHash("sha256").update(canonical(what)).digest("hex").slice(0, 40)}`;
}

/** JSON with the keys of every object sorted: the same settings give the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
