// `node --import <this file>` with DEBOIL_LOADS_FILE set: the URL of every script the main thread
// compiles (ES modules, CommonJS, and ES modules loaded by require()) is written to that file at
// exit, one a line. The inspector sees them all; a module resolve hook misses require(esm).
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";

const urls: string[] = [];
const session = new Session();
session.connect();
session.on("Debugger.scriptParsed", ({ params }) => void urls.push(params.url));
session.post("Debugger.enable");
process.on("exit", () => writeFileSync(process.env["DEBOIL_LOADS_FILE"]!, `${urls.join("\n")}\n`));
