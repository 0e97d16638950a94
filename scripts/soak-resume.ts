// npm run soak-resume: stopping and resuming the real command on a mixed corpus (JSONL with
// repeated ids, gzip, text files, a binary file, an empty one, a huge line, invalid UTF-8, a
// truncated gzip). For --output (--unordered) and for --out-dir: one SIGINT and two SIGKILLs at
// random points of the run (in random order), a --resume run after each, then a check that every
// input document is in the outputs exactly once, as in a run that was never stopped. Prints each
// run's exit and peak RSS.
//   SOAK_DOCS=20000 SOAK_FILES=300 SOAK_JOBS=2 SOAK_SEED=1 node dist/scripts/soak-resume.js
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { bytesUnder, killAndResume, missingFrom, randomSource, writeMixedCorpus, type Mode } from "./kill-resume.js";

const docs = Number(process.env["SOAK_DOCS"] ?? 20_000);
const files = Number(process.env["SOAK_FILES"] ?? 300);
const jobs = Number(process.env["SOAK_JOBS"] ?? availableParallelism());
const seed = Number(process.env["SOAK_SEED"] ?? Date.now() % 100_000);
const random = randomSource(seed);
const dir = mkdtempSync(join(tmpdir(), "deboil-soak-resume-"));
const input = writeMixedCorpus(dir, { jsonlDocs: docs, textFiles: files }, random);
process.stderr.write(`deboil soak-resume: ${docs} JSONL documents, ${files} text files and 5 hostile files (${(bytesUnder(input) / 1e6).toFixed(1)} MB), --jobs ${jobs}, seed ${seed}\n`);

let failures = 0;
for (const mode of ["output", "out-dir"] as Mode[]) {
  const stops: NodeJS.Signals[] = ["SIGINT", "SIGKILL", "SIGKILL"];
  for (let i = stops.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [stops[i], stops[j]] = [stops[j]!, stops[i]!];
  }
  const scenario = await killAndResume(dir, mode, stops, random, ["--jobs", String(jobs)]);
  const missing = missingFrom(scenario.reference, scenario.resumed);
  const extra = missingFrom(scenario.resumed, scenario.reference);
  const ok = missing.length === 0 && extra.length === 0;
  if (!ok) failures++;
  console.log(`--${mode}: ${ok ? "every document exactly once" : "FAILED"}: ${scenario.resumed.length} records for ${scenario.reference.length} in the run never stopped`);
  for (const [k, run] of scenario.runs.entries()) {
    const what = k === 0 ? "reference" : `${run.resume ? "--resume" : "first"}${run.sent ? ` ${run.sent}${run.stopped ? "" : " (ended before it)"}` : ""}`;
    console.log(`  ${what}: exit ${run.code ?? run.signal}, peak RSS ${Math.round(run.peakRssMb)} MB`);
  }
  if (!ok) console.log(`  missing: ${missing.slice(0, 10).join("; ")}\n  extra: ${extra.slice(0, 10).join("; ")}`);
}
rmSync(dir, { recursive: true, force: true });
if (failures > 0) process.exitCode = 1;
