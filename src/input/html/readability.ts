// The second opinion: Mozilla Readability on linkedom (about 10x faster than jsdom and gives the
// same text on well-formed pages). <template> is dropped first because linkedom, unlike browsers,
// parses its content as live elements. jsdom is loaded only when asked for.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

const TEMPLATE = /<template\b[\s\S]*?<\/template\s*>/giu;

/** The article HTML Readability picks, or undefined when it finds none or throws. */
export function readabilityLinkedom(html: string): string | undefined {
  try {
    const { document } = parseHTML(html.replace(TEMPLATE, ""));
    return new Readability(document as never, { charThreshold: 300 }).parse()?.content ?? undefined;
  } catch {
    return undefined;
  }
}

export async function readabilityJsdom(html: string, url?: string): Promise<string | undefined> {
  try {
    const { JSDOM, VirtualConsole } = await import("jsdom");
    const dom = new JSDOM(html.replace(TEMPLATE, ""), { url, virtualConsole: new VirtualConsole() });
    try {
      return new Readability(dom.window.document as never, { charThreshold: 300 }).parse()?.content ?? undefined;
    } finally {
      dom.window.close();
    }
  } catch {
    return undefined;
  }
}
