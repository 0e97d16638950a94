// npm run catalog-table: rewrites the catalog table in rules/README.md from the rule files, so
// the table can never drift from the rules (the catalog test checks it names every rule).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createCleaner } from "../src/index.js";

const readme = join(import.meta.dirname, "../../rules/README.md");
const START = "<!-- catalog:start -->";
const END = "<!-- catalog:end -->";

const rows = createCleaner().rules.map((r) => {
  const zone = r.zone === "head" || r.zone === "tail" ? `${r.zone} (${r.window})` : r.zone;
  const formats = r.formats.length === 2 ? "" : ` (${r.formats.join(", ")} only)`;
  return `| \`${r.id}\` | ${zone} | ${r.unit} | ${r.action} | ${r.summary.replace(/\|/gu, "\\|")}${formats} |`;
});
const table = ["| rule | zone | unit | action | summary |", "|---|---|---|---|---|", ...rows].join("\n");
const text = readFileSync(readme, "utf8");
const before = text.slice(0, text.indexOf(START) + START.length);
const after = text.slice(text.indexOf(END));
writeFileSync(readme, `${before}\n${table}\n${after}`);
console.log(`rules/README.md: ${rows.length} rules listed`);
