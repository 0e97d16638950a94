// The package as a user gets it: packed, installed in a new project, used from ESM, CommonJS and
// the command line, without the optional jsdom peer.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";

const ROOT = new URL("../../..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "deboil-pack-"));
after(() => rmSync(work, { recursive: true, force: true }));

const run = (cmd: string, args: string[], cwd: string): string => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

describe("package", () => {
  it("package › a packed tarball installs in a new project and works from ESM, CommonJS and the command line, without jsdom", { timeout: 180_000 }, () => {
    run("npm", ["pack", "--silent", "--pack-destination", work], ROOT);
    const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
    assert.ok(tarball, "npm pack wrote a tarball");
    const app = join(work, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", private: true }));
    run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", join(work, tarball)], app);

    assert.equal(existsSync(join(app, "node_modules", "jsdom")), false, "jsdom is an optional peer and is not installed");
    const text = "The council approved the new bridge on Monday after a long debate.\n\nShare this article\n\nWork starts in the spring and should take two years, the mayor said.";
    writeFileSync(join(app, "esm.mjs"), `import { createCleaner } from "deboil";\nconst r = createCleaner().clean(${JSON.stringify(text)});\nconsole.log(JSON.stringify({ status: r.status, text: r.text, removed: r.removed.map((x) => x.ruleId) }));\n`);
    writeFileSync(join(app, "cjs.cjs"), `const { createCleaner } = require("deboil");\nconst r = createCleaner().clean(${JSON.stringify(text)});\nconsole.log(JSON.stringify({ status: r.status, text: r.text, removed: r.removed.map((x) => x.ruleId) }));\n`);
    const esm = JSON.parse(run("node", ["esm.mjs"], app)) as { status: string; text: string; removed: string[] };
    const cjs = JSON.parse(run("node", ["cjs.cjs"], app)) as typeof esm;
    assert.equal(esm.status, "ok");
    assert.ok(esm.removed.includes("share-line"), JSON.stringify(esm));
    assert.ok(!esm.text.includes("Share this article"));
    assert.deepEqual(cjs, esm);
    // The HTML front end reads its vocabulary files from the installed package.
    const page = `<html><body><nav><a href="/">Home</a></nav><article><p>${text.split("\n\n")[0]}</p><p>${text.split("\n\n")[2]}</p></article></body></html>`;
    writeFileSync(join(app, "html.mjs"), `import { createCleaner } from "deboil";\nconsole.log(createCleaner().clean({ html: ${JSON.stringify(page)} }).text);\n`);
    assert.match(run("node", ["html.mjs"], app), /council approved the new bridge/u);
    writeFileSync(join(app, "queue.mjs"), `import { createQueueWorker } from "deboil/queue";\nconsole.log(typeof createQueueWorker);\n`);
    assert.equal(run("node", ["queue.mjs"], app).trim(), "function");
    writeFileSync(join(app, "a.txt"), text);
    const cli = run(join(app, "node_modules", ".bin", "deboil"), ["a.txt"], app);
    assert.equal(cli.trim(), esm.text.trim());
  });
});
