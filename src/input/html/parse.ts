// HTML -> domhandler tree, the same tree cheerio's load() builds (htmlparser2, HTML mode), written
// to the parser in slices so the time budget is checked while parsing. The parser's stacks (open
// elements, foreign contexts) are replaced by ones whose calls cost the same at any depth
// (top-first-stack.ts).
import { DomHandler, Parser } from "htmlparser2";
import { NO_DEADLINE, type Deadline } from "./deadline.js";
import type { DomNode } from "./dom.js";
import { useTopFirstStacks } from "./top-first-stack.js";

/** Small enough that one slice of a deeply nested page stays well inside a second. */
const SLICE_CHARS = 8192;

export function parseHtml(source: string, deadline: Deadline = NO_DEADLINE): DomNode {
  const html = asBrowsersReadCdata(source);
  const handler = new DomHandler();
  const parser = new Parser(handler);
  const beforeEnd = useTopFirstStacks(parser);
  for (let at = 0; at < html.length; at += SLICE_CHARS) {
    parser.write(html.slice(at, at + SLICE_CHARS));
    if (deadline.over()) throw deadline.stop("parsing");
  }
  beforeEnd();
  parser.end();
  return handler.root as unknown as DomNode;
}

const CDATA = "<![CDATA[";
/** Enough for any real page; beyond it the markup is left as written. */
const MAX_CDATA_REWRITES = 1000;

/** Outside SVG and MathML a browser reads `<![CDATA[` as a comment that ends at the next `>`; the
 *  parser reads it as a section that ends at `]]>`, and a page that never closes it loses all the
 *  rest of its text. Script and style text is raw, so a CDATA there (JSON-LD) is left alone. */
export function asBrowsersReadCdata(html: string): string {
  if (!html.includes(CDATA)) return html;
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let from = 0;
  let rewrites = 0;
  for (let at = html.indexOf(CDATA); at >= 0 && rewrites < MAX_CDATA_REWRITES; at = html.indexOf(CDATA, at + CDATA.length)) {
    if (insideRawText(lower, at)) continue;
    const end = html.indexOf(">", at + CDATA.length);
    if (end < 0) break;
    parts.push(html.slice(from, at), "<!---->");
    from = end + 1;
    rewrites++;
  }
  if (from === 0) return html;
  parts.push(html.slice(from));
  return parts.join("");
}

function insideRawText(lower: string, at: number): boolean {
  for (const tag of ["script", "style"]) if (lower.lastIndexOf(`<${tag}`, at) > lower.lastIndexOf(`</${tag}`, at)) return true;
  return false;
}
