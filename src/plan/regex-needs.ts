// What any match of a rule regex must contain, read from its source, as a Need for the
// prefilter (plan/prefilter.ts), in the spirit of ripgrep's required literals:
// - marks: punctuation the pattern requires literally, such as "(" and "/" in a photo credit
//   "(Reuters / Jane Doe)";
// - words: a literal word bordered on both sides by what can only be a non-letter (white space,
//   punctuation, the text's edge), such as "uses" in "…\s+(?:uses?|is using)\s+cookies". Such a
//   word is then a whole letter run of the text, which letterRuns hashes (lexicon/fold.ts);
// - prefixes: a literal word whose start is bordered by a certain non-letter but whose end is not,
//   such as "cookies" in "…\s+(?:cookies|tracking technologies)\b": some letter run of the text
//   then starts with it.
// The reading is conservative: a construct it does not know adds no condition, and a source it
// cannot parse gives none at all. `\b` proves nothing (it is ASCII-based; "cookiesé" has one).
import { LETTER, charClass } from "../lexicon/char-class.js";
import { MARKS, UNSAFE, fold, hashWord } from "../lexicon/fold.js";
import { isRegexSpace, lastNonSpace } from "../lexicon/space.js";
import { stopwordMask } from "../lexicon/stopwords.js";
import type { Need } from "./need.js";
import { mayBeLetter, parseRegex as parse, type Atom } from "./regex-syntax.js";

const NONE: Need = { kind: "none" };
/** More spellings than this for one word (from optional letters) and the word is not used. */
const MAX_VARIANTS = 16;
/** The fewest letters a prefix condition has (see bestWord). */
const MIN_PREFIX = 3;

/** What the plan reads of one pattern: the condition every match meets, and the literal endings
 *  one of which every match ends with (see endingLiterals; absent when none are known). */
export interface PatternReading {
  need: Need;
  endings?: string[];
}

/** The pattern's reading, its source parsed once. */
export function readPattern(source: string, flags = ""): PatternReading {
  const alts = parse(source);
  if (alts === undefined) return { need: NONE };
  const openings = openingsOf(alts, flags);
  const parts: Need[] = openings === undefined ? [] : [openingNeed(openings)];
  const inner = needOf(alts, flags);
  if (inner.kind !== "none") parts.push(inner);
  const need: Need = parts.length === 0 ? NONE : parts.length === 1 ? parts[0]! : { kind: "all", parts };
  const endings = endingsOf(alts, flags);
  return endings === undefined ? { need } : { need, endings };
}

/** The condition every match of `source` (with `flags`) meets, its leading prefixes aside; `none` when nothing is known. */
export function regexNeed(source: string, flags = ""): Need {
  const alts = parse(source);
  return alts === undefined ? NONE : needOf(alts, flags);
}

function needOf(alts: readonly Atom[][], flags: string): Need {
  const whole = !flags.includes("m");
  return anyOf(
    alts.map((seq) => {
      const need = seqNeed(seq, undefined, false);
      // ^[…]+$ of non-letters: the text has no letter at all.
      if (!whole || !lettersNowhere(seq)) return need;
      const none: Need = { kind: "noRun" };
      return need.kind === "none" ? none : { kind: "all", parts: [need, none] };
    }),
  );
}

/** Whether the sequence spans the whole text (^ first, $ last, without the m flag) and no part
 *  of it can match a letter. */
function lettersNowhere(seq: readonly Atom[]): boolean {
  const first = seq[0];
  const last = seq[seq.length - 1];
  if (seq.length < 2 || first?.t !== "zero" || first.edge !== "start" || last?.t !== "zero" || last.edge !== "end") return false;
  return seq.every((n) => n.t === "zero" || ((n.t === "char" || n.t === "set") && !n.letter));
}

/**
 * Literal endings, one of which every match ends with before nothing but white space and the
 * text's end: "..." or "…" for `[\p{L}…]\s?(?:\.\.\.|…)\s*$`. A pattern anchored only at the
 * end is tried from every position of a line; a look at the line's tail first spares that
 * (endsWithOneOf). Undefined when unknown, with the m flag, and for an ending with a letter
 * under the i flag (its case is the pattern's to fold).
 */
export function endingLiterals(source: string, flags = ""): string[] | undefined {
  const alts = parse(source);
  return alts === undefined ? undefined : endingsOf(alts, flags);
}

function endingsOf(alts: readonly Atom[][], flags: string): string[] | undefined {
  if (flags.includes("m")) return undefined;
  const out: string[] = [];
  for (const seq of alts) {
    let k = seq.length - 1;
    const end = seq[k];
    if (end?.t !== "zero" || end.edge !== "end") return undefined;
    const space = seq[k - 1];
    if (space?.t === "set" && space.space) k--;
    const last = seq[k - 1];
    const found = last?.t === "group" && last.q.min >= 1 ? last.alts.map((alt) => literalTail(alt, alt.length)) : [literalTail(seq, k)];
    for (const ending of found) {
      if (ending === undefined || isRegexSpace(ending.charCodeAt(ending.length - 1))) return undefined;
      if (flags.includes("i") && [...ending].some((c) => mayBeLetter(c.charCodeAt(0)))) return undefined;
      out.push(ending);
    }
  }
  return out.length > 0 ? [...new Set(out)] : undefined;
}

/** The literal characters seq[..end) ends with (each matched exactly once), or undefined. */
function literalTail(seq: readonly Atom[], end: number): string | undefined {
  let out = "";
  for (let j = end - 1; j >= 0; j--) {
    const node = seq[j]!;
    if (node.t !== "char" || node.q.min !== 1 || node.q.max !== 1) break;
    out = node.ch + out;
  }
  return out === "" ? undefined : out;
}

/** Whether `text`, without its trailing white space, ends with one of `endings`. */
export function endsWithOneOf(text: string, endings: readonly string[]): boolean {
  const end = lastNonSpace(text) + 1;
  for (const ending of endings) if (text.endsWith(ending, end)) return true;
  return false;
}

/** Groups nested deeper than this before the literal letters are not read for prefixes. */
const MAX_PREFIX_DEPTH = 4;

/**
 * Literal letter prefixes, one of which the first letter run of any match's text starts with, or
 * undefined when unknown: for the common shape `^[\s•·*|-]*(?:home|read more|comments?|…)…`,
 * every match starts, after some non-letters, with one of a few literal words.
 */
export function leadingPrefixes(source: string, flags = ""): string[] | undefined {
  const alts = parse(source);
  return alts === undefined ? undefined : openingsOf(alts, flags)?.map((o) => o.letters);
}

/** How the first letter run of a match begins: with `letters`, which are the whole run when
 *  `whole` (a certain non-letter follows them: "e" in `e-mail`). */
interface Opening {
  letters: string;
  whole: boolean;
}

/** The first run starts with one of the openings' letters, or is one of the whole ones. */
function openingNeed(openings: readonly Opening[]): Need {
  const prefixes = openings.filter((o) => !o.whole).map((o) => o.letters);
  const runs = openings.filter((o) => o.whole).map((o) => o.letters);
  const parts: Need[] = [];
  if (prefixes.length > 0) parts.push({ kind: "firstPrefix", prefixes });
  if (runs.length > 0) parts.push({ kind: "firstRun", runs });
  return parts.length === 1 ? parts[0]! : { kind: "any", parts };
}

function openingsOf(alts: readonly Atom[][], flags: string): Opening[] | undefined {
  if (flags.includes("m")) return undefined;
  const out: Opening[] = [];
  for (const seq of alts) {
    const start = seq[0];
    if (start?.t !== "zero" || start.edge !== "start") return undefined;
    // An optional run of non-letters (white space, bullets, separators) before the words.
    const skip = seq[1];
    const from = skip !== undefined && skip.t === "set" && !skip.letter && skip.q.min <= 1 && skip.q.max === Infinity ? 2 : 1;
    const found = openingsFrom(seq, from, 0);
    if (found === undefined) return undefined;
    out.push(...found);
  }
  return out.length > 0 ? out : undefined;
}

/** Openings one of which every match of seq[k..] starts with, or undefined. */
function openingsFrom(seq: readonly Atom[], k: number, depth: number): Opening[] | undefined {
  const node = seq[k];
  if (depth > MAX_PREFIX_DEPTH || node === undefined) return undefined;
  if (node.t !== "group") return literalOpenings(seq, k);
  const out = allFound(node.alts.map((alt) => openingsFrom(alt, 0, depth + 1)));
  if (out === undefined || node.q.min > 0) return out;
  // An optional group: a match starts with it or with what follows it.
  const rest = openingsFrom(seq, k + 1, depth + 1);
  return rest === undefined ? undefined : [...out, ...rest];
}

/** The lists together, or undefined when one is unknown. */
function allFound(lists: ReadonlyArray<Opening[] | undefined>): Opening[] | undefined {
  return lists.some((l) => l === undefined) ? undefined : lists.flatMap((l) => l!);
}

/** The literal letters seq[k..] starts with: an optional letter ends them before it, a repeated
 *  one after it; whole when what follows them in the sequence is certainly not a letter. An
 *  optional mark between two of them ("e-?mail") gives both readings: "e" whole, or "email" on. */
function literalOpenings(seq: readonly Atom[], k: number): Opening[] | undefined {
  let out = "";
  let j = k;
  for (; j < seq.length; j++) {
    const node = seq[j]!;
    if (node.t !== "char" || node.q.min === 0 || !plainLetter(node.ch)) break;
    out += node.ch;
    if (node.q.max !== 1 || node.q.min !== 1) return [{ letters: out, whole: false }];
  }
  if (out === "") return undefined;
  const mark = seq[j];
  const next = seq[j + 1];
  if (mark?.t === "char" && !mark.letter && mark.q.min === 0 && mark.q.max === 1 && next?.t === "char" && next.q.min === 1 && plainLetter(next.ch)) {
    const without = literalOpenings([...seq.slice(k, j), ...seq.slice(j + 1)], 0);
    return without === undefined ? undefined : [{ letters: out, whole: true }, ...without];
  }
  return [{ letters: out, whole: sureAfter(seq, j - 1, false) }];
}

/** A letter whose folding is certain (a BMP unit: surrogates never make char nodes). */
function plainLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return charClass(code) === LETTER && fold(code) !== UNSAFE;
}

function anyOf(parts: Need[]): Need {
  if (parts.length === 0 || parts.some((p) => p.kind === "none")) return NONE;
  return parts.length === 1 ? parts[0]! : { kind: "any", parts };
}

/**
 * The letters that may stand right before a part of a match, back to a certain non-letter: [""]
 * when a certain non-letter (or the text's edge) borders the part, ["", "k", "m"] before the
 * word of `\d\s*[km]?\s*comments`; undefined when not known.
 */
type Lead = readonly string[] | undefined;

/** A sequence's condition; `lead`: the letters that may stand before it; `rightSure`: what
 *  borders it on the right is certainly not a letter. */
function seqNeed(seq: readonly Atom[], lead: Lead, rightSure: boolean): Need {
  const spelled = bothSpellings(seq);
  if (spelled !== undefined) return anyOf(spelled.map((s) => seqNeed(s, lead, rightSure)));
  const parts: Need[] = [];
  const marks = new Set<string>();
  const before = (k: number): Lead => leadBefore(seq, k, lead);
  const after = (k: number): boolean => sureAfter(seq, k, rightSure);
  for (let k = 0; k < seq.length; k++) {
    const node = seq[k]!;
    if (node.t === "char" && node.q.min >= 1 && MARKS.includes(node.ch)) marks.add(node.ch);
    if (node.t === "set" && node.q.min >= 1 && node.marks !== undefined) parts.push(anyOf(node.marks.map((m): Need => ({ kind: "marks", marks: [m] }))));
    if (node.t === "group" && node.q.min >= 1) {
      const repeats = node.q.max > 1;
      // A group of plain words is read with the letters before it as one word (bestWord); its
      // own words only where nothing but a certain non-letter stands before it.
      const left = repeats ? undefined : letterPiece(node) === undefined ? before(k) : sureOnly(before(k));
      const right = !repeats && after(k);
      const need = anyOf(node.alts.map((alt) => seqNeed(alt, left, right)));
      if (need.kind !== "none") parts.push(need);
    }
  }
  if (marks.size > 0) parts.push({ kind: "marks", marks: [...marks] });
  const word = bestWord(seq, before, after);
  if (word !== undefined) parts.push(word);
  if (parts.length === 0) return NONE;
  return parts.length === 1 ? parts[0]! : { kind: "all", parts };
}

/** The most optional marks within a word that are read as both spellings. */
const MAX_INNER_MARKS = 2;

/** For a word with an optional mark between two letters ("co-?founder", "e-?mail"), the sequence
 *  spelled without and with the mark: "cofounder" starts a run, and in "co-founder" "founder"
 *  does, where the sequence as written has only "co" (too short to be a prefix) for certain.
 *  Undefined when there is none, or more than MAX_INNER_MARKS. */
function bothSpellings(seq: readonly Atom[]): Atom[][] | undefined {
  const letter = (node: Atom | undefined): boolean => node?.t === "char" && node.letter && node.q.min === 1 && node.q.max === 1;
  const inner = seq.flatMap((node, k) => (node.t === "char" && !node.letter && node.q.min === 0 && node.q.max === 1 && letter(seq[k - 1]) && letter(seq[k + 1]) ? [k] : []));
  if (inner.length === 0 || inner.length > MAX_INNER_MARKS) return undefined;
  const k = inner[0]!;
  const mark = seq[k] as Extract<Atom, { t: "char" }>;
  return [
    [...seq.slice(0, k), ...seq.slice(k + 1)],
    [...seq.slice(0, k), { ...mark, q: { min: 1, max: 1 } }, ...seq.slice(k + 1)],
  ];
}

/**
 * The condition of the longest literal word of the sequence: its spellings as whole runs
 * (someRun) when certain non-letters border it on both sides, or as the starts of runs
 * (somePrefix) when only its start is certain ("writer" in `\s(?:writer|editor)s?\b`: `\b` is
 * ASCII, "writeré" matches it). Where a few known letters may stand before the word, its
 * spellings are taken with each of them in front ("comments" and "kcomments" for
 * `\d\s*[km]?\s*comments`). A whole word wins over a prefix less than two letters longer. A
 * prefix shorter than MIN_PREFIX or that is a stop word is not used: runs starting with "co" or
 * "the" are on most lines, and each line with one would get facts of its own for a condition
 * that turns few lines away.
 */
function bestWord(seq: readonly Atom[], before: (k: number) => Lead, after: (k: number) => boolean): Need | undefined {
  const pieces = seq.map(letterPiece);
  let best: Need | undefined;
  let bestScore = 0;
  let k = 0;
  while (k < seq.length) {
    if (pieces[k] === undefined) {
      k++;
      continue;
    }
    const start = k;
    while (k < seq.length && pieces[k] !== undefined) k++;
    // A group standing alone as the word already gave its own condition (seqNeed).
    const only = seq[start]!;
    if (k - start === 1 && only.t === "group" && only.q.min >= 1) continue;
    const lead = before(start);
    const variants = lead === undefined ? undefined : spellings([lead, ...(pieces.slice(start, k) as string[][])]);
    if (variants === undefined) continue;
    const whole = after(k - 1);
    // A group of long enough words starting the run already gave these prefixes (seqNeed).
    const first = pieces[start]!;
    if (!whole && only.t === "group" && only.q.min >= 1 && first.every((o) => o.length >= MIN_PREFIX)) continue;
    const runs = whole ? variants : shortestPrefixes(variants);
    const shortest = Math.min(...runs.map((v) => v.length));
    if (!whole && (shortest < MIN_PREFIX || runs.some((r) => stopwordMask(r.toLowerCase()) !== 0))) continue;
    // A prefix beats a whole word only when two letters longer: "read" starts "ready" and
    // "reader", a run "min" is "min" alone.
    const score = shortest + (whole ? 2 : 0);
    if (score > bestScore) {
      best = whole ? { kind: "someRun", runs } : { kind: "somePrefix", prefixes: runs };
      bestScore = score;
    }
  }
  return best;
}

/** The spellings none of which starts with another: a run starting with "journalistin" starts
 *  with "journalist" (compared as the scan folds case). */
function shortestPrefixes(spellings: readonly string[]): string[] {
  const folded = spellings.map((s) => String.fromCharCode(...Array.from(s, (c) => fold(c.charCodeAt(0)))));
  return spellings.filter((_, i) => !folded.some((f, j) => j !== i && folded[i]!.startsWith(f) && (f.length < folded[i]!.length || j < i)));
}

/** What a piece of a word can spell: a letter or a class of plain letters matched once or
 *  optionally, or a group of plain letter sequences matched once or optionally
 *  ("iStock(?:photo)?"); "" = left out. Undefined for anything else. */
function letterPiece(node: Atom): string[] | undefined {
  if (node.t === "zero" || node.q.max !== 1) return undefined;
  let options: string[];
  if (node.t === "char") {
    if (!node.letter) return undefined;
    options = [node.ch];
  } else if (node.t === "set") {
    if (node.letters === undefined) return undefined;
    options = node.letters;
  } else if (node.t === "group") {
    const plain = node.alts.every((alt) => alt.length > 0 && alt.every((n) => n.t === "char" && n.letter && n.q.min === 1 && n.q.max === 1));
    if (!plain) return undefined;
    options = node.alts.map((alt) => alt.map((n) => (n as Extract<Atom, { t: "char" }>).ch).join(""));
  } else return undefined;
  return node.q.min === 0 ? [...options, ""] : options;
}

/** Every spelling of a run of pieces (each the options letterPiece gives); undefined when there
 *  are too many, one is empty, or a letter cannot be hashed. */
function spellings(run: ReadonlyArray<readonly string[]>): string[] | undefined {
  let out = [""];
  for (const options of run) {
    out = out.flatMap((s) => options.map((o) => s + o));
    if (out.length > MAX_VARIANTS) return undefined;
  }
  if (out.some((s) => s === "" || hashWord(s) === undefined)) return undefined;
  return [...new Set(out)];
}

/** Whether the character after seq[k] is certainly not a letter; `atEdge`: whether what lies
 *  past the end of the sequence is. */
function sureAfter(seq: readonly Atom[], k: number, atEdge: boolean): boolean {
  for (let j = k + 1; j < seq.length; j++) {
    const node = seq[j]!;
    if (node.t === "zero") {
      if (node.right) return true;
      continue;
    }
    if (edgeMayBeLetter(node, "first")) return false;
    if (!nullable(node)) return true;
  }
  return atEdge;
}

/** The letters that may stand right before seq[k] (see Lead); `lead`: those before the
 *  sequence. Read leftwards: a part that ends in a certain non-letter ends them, one that may
 *  match nothing lets those before it through too, and letters spelled literally (a letter, a
 *  class of plain letters, a group of plain words; optional or not) are put in front of them. */
function leadBefore(seq: readonly Atom[], k: number, lead: Lead): Lead {
  if (k === 0) return lead;
  const node = seq[k - 1]!;
  if (node.t === "zero") return node.left ? [""] : leadBefore(seq, k - 1, lead);
  if (!edgeMayBeLetter(node, "last")) return nullable(node) ? union([""], leadBefore(seq, k - 1, lead)) : [""];
  const piece = letterPiece(node);
  if (piece === undefined) return undefined;
  const earlier = leadBefore(seq, k - 1, lead);
  if (earlier === undefined) return undefined;
  const out = [...new Set(earlier.flatMap((e) => piece.map((p) => e + p)))];
  return out.length > MAX_VARIANTS ? undefined : out;
}

/** The lead if it is a certain non-letter alone. */
function sureOnly(lead: Lead): Lead {
  return lead?.length === 1 && lead[0] === "" ? lead : undefined;
}

function union(a: Lead, b: Lead): Lead {
  return a === undefined || b === undefined ? undefined : [...new Set([...a, ...b])];
}

function nullable(node: Atom): boolean {
  if (node.t === "zero") return true;
  if (node.q.min === 0) return true;
  return node.t === "group" && node.alts.some((alt) => alt.every(nullable));
}

// Groups are asked again for every word and group beside them: their answers are kept.
const edges = { first: new WeakMap<Atom, boolean>(), last: new WeakMap<Atom, boolean>() };

/** Whether the node's first or last character can be a letter (when it matches any). */
function edgeMayBeLetter(node: Atom, edge: "first" | "last"): boolean {
  if (node.t === "zero") return false;
  if (node.t !== "group") return node.letter;
  let known = edges[edge].get(node);
  if (known === undefined) {
    known = node.alts.some((alt) => {
      for (const n of edge === "first" ? alt : [...alt].reverse()) {
        if (edgeMayBeLetter(n, edge)) return true;
        if (!nullable(n)) return false;
      }
      return false;
    });
    edges[edge].set(node, known);
  }
  return known;
}
