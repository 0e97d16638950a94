// Where the dialogs a page prints after its text start: a cookie-consent centre ("Privacy
// Preference Center", "Strictly Necessary Cookies") or a sign-in box ("Forgot your password?",
// "Keep me signed in"), which a dump prints at the end of the page, below the article. What
// follows their heading is the dialog's own text (each cookie's purpose, the form's fields and
// small print), so no region is looked for there. Counted on the dev set's text dumps, the lines
// from such a heading on hold no word of the truth, and 15,107 words outside it on the other
// pages (39 pages), 810 on the articles (8 pages).
import type { LineFeatures } from "../classifier/features.js";
import { onFirstUse } from "../first-use.js";

/** A dialog's heading or control alone on its line. */
const DIALOG = onFirstUse(() => /^\s*(?:privacy preference cent(?:er|re)|manage (?:consent|cookie) preferences|strictly necessary cookies|cookie settings|cookie preferences|your privacy choices|we value your privacy|forgot (?:your )?password\??|keep me signed in|welcome back!?|sign in to your account|create (?:an|your) account|existing user\? sign in)\s*$/iu);
/** Most words of such a line. */
const MAX_WORDS = 5;
/** Share of the page's lines above the dialog: dialogs are printed at the end. */
const MIN_POSITION = 0.5;

/** The line where the page's closing dialogs start, at or after `from` (the article's first line), or -1. */
export function dialogsStart(texts: readonly string[], feats: readonly LineFeatures[], from: number): number {
  for (let i = Math.max(from, Math.ceil(texts.length * MIN_POSITION)); i < texts.length; i++) {
    const f = feats[i]!;
    if (f.words > 0 && f.words <= MAX_WORDS && DIALOG().test(texts[i]!)) return i;
  }
  return -1;
}
