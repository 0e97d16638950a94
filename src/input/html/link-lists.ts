// A container whose text is mostly link-dense blocks is a list of links: a category page's
// entries, a directory's index, a front page's headlines. There those blocks are the content; in
// a container of running text they are menus and "related" lists that survived pruning.

/** Share of the container's block text in link-dense blocks from which they are its content. */
export const LINK_LIST_SHARE = 0.3;

export function isLinkList(linkDenseChars: number, allChars: number): boolean {
  return allChars > 0 && linkDenseChars >= LINK_LIST_SHARE * allChars;
}
