// What a plain text run loads: neither yargs (--help only) nor the HTML libraries
// (HTML input only) nor the YAML parser (the built-in rules come from their build-time bundle),
// and its code comes from V8's code cache. Checked on the real process, through a hook that lists
// every script it compiles.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "node:test";
import codeCache from "../../src/cli/code-cache.cjs";
import { cliPath, tempDir } from "./harness.js";
import { freePort } from "../helpers/redis.js";

const recorder = fileURLToPath(new URL("../helpers/record-loads.js", import.meta.url));
const bundledCommand = fileURLToPath(new URL("../../src/bundle/cli.cjs", import.meta.url));

/** The scripts a CLI run compiles, by path or URL. */
function scriptsLoaded(args: readonly string[], cwd: string, status = 0): string[] {
  const log = join(cwd, "loads.txt");
  writeFileSync(log, "");
  const run = spawnSync(process.execPath, ["--import", recorder, cliPath, ...args], { cwd, encoding: "utf8", env: { ...process.env, DEBOIL_LOADS_FILE: log } });
  assert.equal(run.status, status, run.stderr);
  return readFileSync(log, "utf8").split("\n");
}

/** The npm packages a CLI run loads, by name. */
function packagesLoaded(args: readonly string[], cwd: string, status = 0): Set<string> {
  const names = scriptsLoaded(args, cwd, status).map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(url)?.[1]);
  return new Set(names.filter((n) => n !== undefined));
}

const HEAVY = ["yargs", "cheerio", "htmlparser2", "jsdom", "linkedom", "@mozilla/readability", "yaml", "bullmq", "ioredis"];

describe("cold start", () => {
  it("cold start › a plain text file loads neither yargs nor an HTML library nor yaml nor the queue (bullmq, ioredis)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "small.txt"), "A one-line article about something that happened today.\n");
    const scripts = scriptsLoaded(["small.txt"], dir);
    assert.ok(scripts.some((s) => s.endsWith("/bundle/cli.cjs")), `the recorder did not see the bundled command: ${scripts.join(", ")}`);
    const loaded = packagesLoaded(["small.txt"], dir);
    assert.deepEqual(HEAVY.filter((name) => loaded.has(name)), []);
  });

  it("cold start › the bundled command is one script, and the build left a code cache that this Node accepts", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "small.txt"), "A one-line article about something that happened today.\n");
    const ours = scriptsLoaded(["small.txt"], dir).filter((s) => /\/dist\/(?:cli\.cjs|src\/)/u.test(s));
    assert.deepEqual(ours.map((s) => s.replace(/^.*\/dist\//u, "")), ["cli.cjs", "src/cli/code-cache.cjs", "src/bundle/cli.cjs"]);
    assert.equal(codeCache.loadScript(bundledCommand).cached, true);
  });

  it("cold start › the recorder sees them when they are used: yargs for --help, htmlparser2 for HTML", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "page.html"), "<html><body><article><p>A one-line article about something that happened today.</p></article></body></html>");
    assert.ok(packagesLoaded(["--help"], dir).has("yargs"));
    assert.ok(!packagesLoaded(["--version"], dir).has("yargs"), "--version prints the package's version without yargs");
    assert.ok(packagesLoaded(["page.html"], dir).has("htmlparser2"));
    assert.deepEqual(["bullmq", "ioredis"].filter((name) => packagesLoaded(["page.html"], dir).has(name)), []);
  });

  it("cold start › the queue commands load ioredis (and bullmq once Redis answers)", async () => {
    const dir = tempDir();
    // Nothing listens there: the command loads ioredis, fails to connect and exits 1.
    const port = await freePort();
    assert.ok(packagesLoaded(["queue", "status", "--redis", `redis://127.0.0.1:${port}`], dir, 1).has("ioredis"));
  });
});
