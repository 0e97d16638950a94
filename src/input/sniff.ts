// Tells text apart from bytes that are not text at all (images, PDFs, compressed files) before
// any rule sees them, so a batch gets a clear reason instead of a page of mojibake; and, for a
// plain-text input, measures in the same reading what the cleaner asks of the whole input: its
// lines (against the line limit) and its printable characters (for the guard).
const SAMPLE = 64 * 1024;

export type Sniffed = { ok: true } | { ok: false; reason: string };

/** What one reading of a plain-text input finds. */
export interface TextMeasures {
  sniffed: Sniffed;
  /** Lines as the segmenter will see them: "\n", "\r\n" or a lone "\r" ends one. */
  lines: number;
  /** Characters above U+0020, as the guard counts them (nonSpace), of the text as normalised:
   *  a leading byte-order mark is not counted, as normaliseText drops it. */
  nonSpace: number;
}

/** Sniffs the first 64 KB of `text`. */
export function sniffText(text: string): Sniffed {
  return verdict(text).sniffed;
}

/** Sniffs `text` as sniffText does and measures the whole of it (see TextMeasures). */
export function measureText(text: string): TextMeasures {
  const measured = verdict(text);
  let { lines, nonSpace } = measured;
  for (let i = measured.end; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32) nonSpace++;
    else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  if (text.charCodeAt(0) === 0xfeff) nonSpace--;
  return { sniffed: measured.sniffed, lines, nonSpace };
}

/** The sniff of the first 64 KB, with the lines and printable characters counted up to where it
 *  stopped (the sample's end, or just past a NUL). */
function verdict(text: string): { sniffed: Sniffed; end: number; lines: number; nonSpace: number } {
  const sample = Math.min(text.length, SAMPLE);
  let control = 0;
  let replacement = 0;
  let lines = 1;
  let nonSpace = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c > 32) {
      nonSpace++;
      if (c === 127) control++;
      else if (c === 0xfffd) replacement++;
    } else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
    else if (c === 0) return { sniffed: { ok: false, reason: "NUL bytes: this looks like binary data, not text" }, end: i + 1, lines, nonSpace };
    else if (c < 32 && c !== 9 && c !== 13 && c !== 12) control++;
  }
  const n = Math.max(sample, 1);
  let sniffed: Sniffed = { ok: true };
  if (control / n > 0.05) sniffed = { ok: false, reason: `${Math.round((control / n) * 100)}% control characters: not text` };
  else if (replacement / n > 0.2) sniffed = { ok: false, reason: `${Math.round((replacement / n) * 100)}% undecodable characters: wrong encoding or binary data` };
  return { sniffed, end: sample, lines, nonSpace };
}
