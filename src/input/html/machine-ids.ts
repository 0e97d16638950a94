// Some sites hide a label's letters among runs of machine ids (UUIDs in spans that a style sheet
// hides, so that the label, "Sponsored" above all, cannot be matched as text). Read without the
// style sheet, the label is a block of UUIDs with a letter between each: no reader sees it, and it
// weighs as dozens of words. A block that is nearly all UUIDs, three or more, is such a label; a
// UUID quoted in a sentence or a command line is not.
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/giu;
/** UUIDs a block holds at least, and the share of its characters they make up. */
const MIN_IDS = 3;
const MIN_SHARE = 0.8;

export function isMachineIds(text: string): boolean {
  if (text.length < MIN_IDS * 36) return false;
  const ids = text.match(UUID);
  if (!ids || ids.length < MIN_IDS) return false;
  return ids.join("").length >= MIN_SHARE * text.replace(/\s+/gu, "").length;
}
