// Tells text apart from bytes that are not text at all (images, PDFs, compressed files) before
// any rule sees them, so a batch gets a clear reason instead of a page of mojibake; and counts a
// plain text's lines against the line limit.
const SAMPLE = 64 * 1024;

export type Sniffed = { ok: true } | { ok: false; reason: string };

/** Every character the sniff counts against a text: NUL, the other control characters (not tab,
 *  line feed, form feed or carriage return) and U+FFFD. Most texts hold none, and a regex finds
 *  that in one native reading, where a count would visit each character in script. */
const SUSPECT = /[\0-\x08\x0b\x0e-\x1f\x7f\ufffd]/u;

/** Sniffs the first 64 KB of `text`: a NUL refuses it, and so do more than 5% control characters
 *  or 20% replacement characters. */
export function sniffText(text: string): Sniffed {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  return SUSPECT.test(sample) ? verdict(sample) : { ok: true };
}

function verdict(sample: string): Sniffed {
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return { ok: false, reason: "NUL bytes: this looks like binary data, not text" };
    if (c === 127 || (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13)) control++;
    else if (c === 0xfffd) replacement++;
  }
  const n = Math.max(sample.length, 1);
  if (control / n > 0.05) return { ok: false, reason: `${Math.round((control / n) * 100)}% control characters: not text` };
  if (replacement / n > 0.2) return { ok: false, reason: `${Math.round((replacement / n) * 100)}% undecodable characters: wrong encoding or binary data` };
  return { ok: true };
}

/** Whether `text` holds more than `max` lines as the segmenter will see them ("\n", "\r\n" or a
 *  lone "\r" ends one). A line holds at least its ending, so a text shorter than the limit is
 *  not read. */
export function moreLinesThan(text: string, max: number): boolean {
  if (text.length < max) return false;
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  return lines > max;
}
