// HTML -> domhandler tree, the same tree cheerio's load() builds (htmlparser2, HTML mode), written
// to the parser in slices so the time budget is checked while parsing. The parser keeps its open
// elements in an array it grows at the front, so each start tag costs as much as the nesting is
// deep: a page of 20k unclosed <p><b><i> takes seconds in the parser alone.
import { DomHandler, Parser } from "htmlparser2";
import { NO_DEADLINE, type Deadline } from "./deadline.js";
import type { DomNode } from "./dom.js";

/** Small enough that one slice of a deeply nested page stays well inside a second. */
const SLICE_CHARS = 8192;

export function parseHtml(html: string, deadline: Deadline = NO_DEADLINE): DomNode {
  const handler = new DomHandler();
  const parser = new Parser(handler);
  for (let at = 0; at < html.length; at += SLICE_CHARS) {
    parser.write(html.slice(at, at + SLICE_CHARS));
    if (deadline.over()) throw deadline.stop("parsing");
  }
  parser.end();
  return handler.root as unknown as DomNode;
}
