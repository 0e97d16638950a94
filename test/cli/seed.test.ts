// A real wire story end to end: the credit line and the weather widget go, the agency is kept
// as metadata, and every output format shows it.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { SEED, runCli } from "./harness.js";

const skip = existsSync(SEED) ? false : `seed ${SEED} is missing`;
const seedLines = (): string[] => readFileSync(SEED, "utf8").split("\n");

describe("cli on a seed", { skip }, () => {
  it("cli › json: the Source line and the weather widget are gone, metadata.source is Anadolu", () => {
    const run = runCli(["--format", "json", SEED]);
    assert.equal(run.status, 0, run.stderr);
    const record = JSON.parse(run.stdout) as Record<string, any>;
    assert.equal(record["id"], SEED);
    assert.equal(record["status"], "ok");
    assert.doesNotMatch(record["text"], /Source: Anadolu/u);
    assert.doesNotMatch(record["text"], /broken clouds|mostlycloudy/u);
    assert.match(record["text"], /The region is one of several sources of friction between Russia and Ukraine\.$/u);
    assert.equal(record["metadata"]["source"], "Anadolu");
    assert.ok(record["removed"].some((r: { ruleId: string; text: string }) => r.ruleId === "source-line" && r.text === "Source: Anadolu"));
    for (const key of ["id", "status", "text", "metadata", "removed", "warnings", "stats"]) assert.ok(key in record, `record has ${key}`);
  });

  it("cli › text is the default for one document and equals the json text", () => {
    const text = runCli([SEED]);
    const json = JSON.parse(runCli(["-f", "json", SEED]).stdout) as { text: string };
    assert.equal(text.status, 0, text.stderr);
    assert.equal(text.stdout, `${json.text}\n`);
  });

  it("cli › --explain names the rule, its reason and the 1-based line:col of each removal", () => {
    const run = runCli(["--explain", SEED]);
    assert.equal(run.status, 0, run.stderr);
    const line = seedLines().indexOf("Source: Anadolu") + 1;
    assert.ok(line > 0);
    assert.match(run.stdout, new RegExp(`^\\s+${line}:1\\s+source-line\\s+credit line moved to metadata\\.source \\(Anadolu\\)`, "mu"));
    // The removed line is marked in the listing, a kept line is shown plainly.
    assert.match(run.stdout, new RegExp(`^${line} - Source: Anadolu$`, "mu"));
    assert.match(run.stdout, /^\s*\d+ {3}The region is one of several sources of friction/mu);
    assert.match(run.stdout, /removed \(\d+ of \d+ chars\), status ok/u);
  });

  it("cli › --rule source-line=off keeps the Source line (with the region rules off too)", () => {
    const off = runCli(["-f", "json", "--rule", "source-line=off", "--rule", "boilerplate-line=off", "--rule", "outside-article=off", SEED]);
    assert.equal(off.status, 0, off.stderr);
    const record = JSON.parse(off.stdout) as Record<string, any>;
    assert.match(record["text"], /^Source: Anadolu$/mu);
    assert.ok(!record["removed"].some((r: { ruleId: string }) => r.ruleId === "source-line"));
    assert.notEqual(record["metadata"]["source"], "Anadolu");
  });

  it("cli › --rule source-line=report keeps the line and reports the hit", () => {
    const run = runCli(["-f", "json", "--rule", "source-line=report", "--rule", "boilerplate-line=off", "--rule", "outside-article=off", SEED]);
    const record = JSON.parse(run.stdout) as Record<string, any>;
    assert.match(record["text"], /^Source: Anadolu$/mu);
    assert.ok(record["reports"].some((m: { ruleId: string }) => m.ruleId === "source-line"));
  });

  it("cli › markdown: detected headings become '## '", () => {
    const json = JSON.parse(runCli(["-f", "json", SEED]).stdout) as { metadata: { headings: string[] } };
    const run = runCli(["-f", "markdown", SEED]);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(json.metadata.headings.length > 0);
    for (const heading of json.metadata.headings) assert.match(run.stdout, new RegExp(`^## ${heading.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}$`, "mu"));
    assert.doesNotMatch(run.stdout, /^## US Secretary/mu, "paragraphs are not headings");
  });
});
