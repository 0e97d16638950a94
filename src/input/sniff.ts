// Tells text apart from bytes that are not text at all (images, PDFs, compressed files) before
// any rule sees them, so a batch gets a clear reason instead of a page of mojibake.
const SAMPLE = 64 * 1024;

export type Sniffed = { ok: true } | { ok: false; reason: string };

export function sniffText(text: string): Sniffed {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return { ok: false, reason: "NUL bytes: this looks like binary data, not text" };
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127) control++;
    else if (c === 0xfffd) replacement++;
  }
  const n = Math.max(sample.length, 1);
  if (control / n > 0.05) return { ok: false, reason: `${Math.round((control / n) * 100)}% control characters: not text` };
  if (replacement / n > 0.2) return { ok: false, reason: `${Math.round((replacement / n) * 100)}% undecodable characters: wrong encoding or binary data` };
  return { ok: true };
}
