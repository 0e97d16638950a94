// `deboil queue add`: the inputs named on the command line as jobs. One job per input file; a
// JSONL file larger than the part size becomes one job per part, each written to its own output
// file. What each job writes is where `deboil --out-dir` would write it (a part's file is named
// for its part), so the outputs of a queue run and of a single-machine run hold the same records.
import { resolve } from "node:path";
import { jsonlParts } from "../io/jsonl-parts.js";
import { sourceName, stem } from "../io/read-inputs.js";
import { findInputs, type InputKind } from "../io/walk.js";
import { EXTENSIONS, type Format } from "../cli/layout.js";
import { outputFormat } from "../cli/output-format.js";
import type { CleanSettings, JobPayload } from "./payload.js";

export interface PlanOptions {
  inputFormat: InputKind | "auto";
  /** The settings of every job; format undefined: chosen per input as `deboil --out-dir` does. */
  clean: Omit<CleanSettings, "format"> & { format?: Format };
  /** JSONL files larger than this are cut into parts of about this size. */
  partBytes: number;
  onNote: (message: string) => void;
}

/** The jobs, or the problems that keep the inputs from being queued (nothing is added then). */
export async function planJobs(paths: readonly string[], options: PlanOptions): Promise<{ jobs: JobPayload[]; problems: string[] }> {
  const jobs: JobPayload[] = [];
  const problems: string[] = [];
  const claimed = new Map<string, string>();
  for await (const found of findInputs(paths, { inputFormat: options.inputFormat })) {
    if (found.kind === "note") options.onNote(found.message);
    else if (found.kind === "missing") problems.push(`${found.path}: ${found.message}`);
    else if (found.kind === "stdin") problems.push("-: standard input cannot be queued: a worker elsewhere reads each input from its file");
    else {
      const records = found.input === "jsonl" || found.input === "warc";
      const format = outputFormat(options.clean.format, undefined, records);
      const base = { v: 1 as const, input: resolve(found.path), kind: found.input, name: sourceName(found.path), clean: { ...options.clean, format } };
      const outputStem = stem(found.rel);
      const ext = `${EXTENSIONS[format]}${options.clean.gzip ? ".gz" : ""}`;
      const claim = (output: string): boolean => {
        const earlier = claimed.get(output);
        if (earlier !== undefined) problems.push(`${found.path}: its output ${output} is also the output of ${earlier}; name their folder instead of the files, or queue them separately`);
        else claimed.set(output, found.path);
        return earlier === undefined;
      };
      const parts = found.input === "jsonl" ? await jsonlParts(found.path, options.partBytes) : undefined;
      if (parts === undefined || parts.length <= 1) {
        if (claim(`${outputStem}${ext}`)) jobs.push({ ...base, output: `${outputStem}${ext}` });
        continue;
      }
      const width = String(parts.length).length;
      parts.forEach((part, index) => {
        const output = `${outputStem}.part${String(index + 1).padStart(width, "0")}-of-${parts.length}${ext}`;
        if (claim(output)) jobs.push({ ...base, output, part: { index, count: parts.length, ...part } });
      });
    }
  }
  return { jobs, problems };
}
