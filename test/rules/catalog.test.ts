// Catalog hygiene: the shape of rules/ itself (our version of ESLint's checkRuleFiles).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { describe, it } from "node:test";
import { compileRule } from "../../src/rules/compile.js";
import { loadRuleDir } from "../../src/rules/load.js";
import { RuleError } from "../../src/rules/rule.js";
import type { RuleSource } from "../../src/rules/spec.js";
import { regexProblems } from "../../src/rules/regex-safety.js";
import { rulesDir } from "../helpers/paths.js";

const ZONES = ["head", "body", "tail", "anywhere"];

let sources: RuleSource[] = [];
let loadError: unknown;
try {
  sources = loadRuleDir(rulesDir);
} catch (error) {
  loadError = error;
}

const where = (s: RuleSource): string => relative(rulesDir, s.file).split(sep).join("/");
const data = (s: RuleSource): Record<string, unknown> => (typeof s.data === "object" && s.data !== null ? (s.data as Record<string, unknown>) : {});

describe("catalog", () => {
  it("catalog › every file under rules/ parses", () => {
    if (loadError !== undefined) assert.fail((loadError as RuleError).problems?.join("\n") ?? String(loadError));
    assert.ok(sources.length > 0, "no rule files found under rules/");
  });

  for (const source of sources) {
    const file = where(source);
    describe(file, () => {
      it(`${file} › compiles`, () => {
        try {
          compileRule(source);
        } catch (error) {
          if (error instanceof RuleError) assert.fail(error.problems.join("\n"));
          throw error;
        }
      });

      it(`${file} › id equals the file name`, () => {
        const name = basename(file).replace(/\.(?:ya?ml|json)$/u, "");
        assert.equal(data(source)["id"], name, `${file}: id must be "${name}"`);
      });

      it(`${file} › folder is its zone, or keep/ for keep rules`, () => {
        const folder = dirname(file);
        const d = data(source);
        const zone = (d["zone"] as string | undefined) ?? "anywhere";
        if (d["action"] === "keep") assert.equal(folder, "keep", `${file}: a keep rule lives in keep/`);
        else {
          assert.ok(ZONES.includes(folder), `${file}: folder must be one of ${ZONES.join(", ")} (or keep/)`);
          assert.equal(folder, zone, `${file}: zone is ${zone} but the file is in ${folder}/`);
        }
      });

      it(`${file} › summary is one line of at most 80 characters`, () => {
        const summary = data(source)["summary"];
        assert.equal(typeof summary, "string", `${file}: summary missing`);
        const s = (summary as string).trim();
        assert.ok(s.length > 0, `${file}: summary is empty`);
        assert.ok(!s.includes("\n"), `${file}: summary spans several lines`);
        assert.ok(s.length <= 80, `${file}: summary has ${s.length} characters (at most 80)`);
      });

      it(`${file} › has removed and kept examples`, () => {
        const d = data(source);
        const examples = Array.isArray(d["examples"]) ? (d["examples"] as Record<string, unknown>[]) : [];
        const kept = examples.filter((e) => e["keep"] === true).length;
        const removed = examples.length - kept;
        if (d["action"] === "keep") assert.ok(examples.length >= 1, `${file}: a keep rule needs at least one example`);
        else {
          assert.ok(removed >= 1, `${file}: needs at least one example that removes something (output)`);
          assert.ok(kept >= 1, `${file}: needs at least one example that is kept (keep: true)`);
        }
      });

      it(`${file} › no regex can backtrack too long`, () => {
        assert.deepEqual(regexProblems(source), []);
      });
    });
  }

  it("catalog › ids are unique", () => {
    const seen = new Map<string, string>();
    const twins: string[] = [];
    for (const s of sources) {
      const id = String(data(s)["id"]);
      const first = seen.get(id);
      if (first !== undefined) twins.push(`${id}: ${first} and ${where(s)}`);
      else seen.set(id, where(s));
    }
    assert.deepEqual(twins, []);
  });

  it("catalog › rules/README.md table names every rule id", () => {
    const readme = readFileSync(join(rulesDir, "README.md"), "utf8");
    const start = readme.indexOf("<!-- catalog:start -->");
    const end = readme.indexOf("<!-- catalog:end -->");
    assert.ok(start >= 0 && end > start, "rules/README.md lacks the <!-- catalog:start --> ... <!-- catalog:end --> markers");
    const table = readme.slice(start, end);
    const missing = sources
      .map((s) => String(data(s)["id"]))
      .filter((id) => !new RegExp(`(?<![\\w/-])${id.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\w/-])`, "u").test(table));
    assert.deepEqual(missing, [], `rules/README.md catalog table does not name: ${missing.join(", ")}`);
  });
});
