// A documentation page without a docs navigation the structure test knows (page-type.ts) was read
// as an article. Three signs tell it from one, counted on the whole dev set (vocabulary
// `docs-path`, `docs-edit-label`, `docs-page`): a link inviting the reader to edit the page ("Edit
// this page", "Edit on GitHub"), which articles never print; or, on a page with no date of
// publication, an address in a docs section ("/docs/", "/reference/", "/kb/") or code blocks
// enough to be the page's point. Blog posts with code are dated, so the date keeps them articles.
// The type is read after the main content is chosen and is only reported: the page keeps the
// article's blocks and rules (handled as documentation, its repeated short headings were dropped).
import { isElement, textOf, walk, type DomNode } from "./dom.js";
import { PAGE_TYPE_VOCABULARY as V } from "./vocabulary.js";
import type { PageTypeFound } from "./page-type.js";
import type { HtmlMeta } from "./types.js";

/** The edit labels counted on the dev set are up to 20 characters; a longer link is a sentence. */
const MAX_LABEL_CHARS = 40;

export function withDocsType(found: PageTypeFound, root: DomNode, meta: HtmlMeta): PageTypeFound {
  if (found.type !== "article" || (found.from !== "structure" && found.from !== "og")) return found;
  const { editable, codeBlocks } = docsMarks(root);
  const undatedDocs = !meta.publishedAt && (isDocsPath(meta.canonical?.value) || codeBlocks >= V.docsPage["min-code-blocks"]);
  return editable || undatedDocs ? { type: "documentation", from: "structure", handledAs: "article" } : found;
}

export function isDocsPath(canonical: string | undefined): boolean {
  if (!canonical) return false;
  try {
    return V.docsPath.re.test(new URL(canonical, "https://site.invalid/").pathname);
  } catch {
    return false;
  }
}

function docsMarks(root: DomNode): { editable: boolean; codeBlocks: number } {
  let editable = false;
  let codeBlocks = 0;
  walk(root, (node) => {
    if (!isElement(node)) return node === root || node.type === "root";
    if (node.name === "script" || node.name === "style" || node.name === "template" || node.name === "head") return false;
    if (node.name === "pre") codeBlocks++;
    else if (!editable && (node.name === "a" || node.name === "button")) {
      const label = textOf(node).replace(/\s+/gu, " ").trim();
      editable = label.length <= MAX_LABEL_CHARS && V.docsEditLabel.re.test(label);
    }
    return true;
  });
  return { editable, codeBlocks };
}
