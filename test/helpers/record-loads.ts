// `node --import <this file>` with DEBOIL_LOADS_FILE set: the URL of every script the main thread
// compiles (ES modules, CommonJS, and ES modules loaded by require()) is written to that file at
// exit, one a line. The inspector sees them all; a module resolve hook misses require(esm).
// `node --test dist/test/` runs this file too, without the variable: then it does nothing.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";

const logFile = process.env["DEBOIL_LOADS_FILE"];
if (logFile !== undefined) {
  const urls: string[] = [];
  const session = new Session();
  session.connect();
  session.on("Debugger.scriptParsed", ({ params }) => void urls.push(params.url));
  session.post("Debugger.enable");
  process.on("exit", () => writeFileSync(logFile, `${urls.join("\n")}\n`));
}
