// What a rule regex says about how a matching text begins, read from its source: for the common
// shape `^[\s•·*|-]*(?:home|read more|comments?|…)…` every match starts, after some non-letters,
// with one of a few literal words, so the text's first letter run must start with one of them.
// The reading is conservative: anything it does not fully understand gives undefined (no check).
import { LETTER, charClass } from "../lexicon/char-class.js";
import { UNSAFE, fold } from "../lexicon/fold.js";

/** Literal letter prefixes, one of which the first letter run of any match's text starts with; undefined = unknown. */
export function leadingPrefixes(source: string, flags: string): string[] | undefined {
  if (flags.includes("m")) return undefined;
  const branches = splitTop(source, 0, source.length);
  if (branches === undefined) return undefined;
  const out: string[] = [];
  for (const [from, to] of branches) {
    const found = branch(source, from, to);
    if (found === undefined) return undefined;
    out.push(...found);
  }
  return out.length > 0 ? out : undefined;
}

/** One top-level branch: `^`, an optional run of non-letters, then literal letters or a group of alternatives. */
function branch(src: string, from: number, to: number): string[] | undefined {
  let i = from;
  if (src[i] !== "^") return undefined;
  i++;
  // Optional skip: \s* or [non-letters]* (or +).
  if (src.startsWith("\\s", i) && (src[i + 2] === "*" || src[i + 2] === "+")) i += 3;
  else if (src[i] === "[") {
    const end = classEnd(src, i);
    if (end === undefined) return undefined;
    if (src[end] === "*" || src[end] === "+") {
      if (!nonLetterClass(src.slice(i + 1, end - 1))) return undefined;
      i = end + 1;
    }
  }
  return first(src, i, to, 0);
}

/** Prefixes one of which every match of src[from, to) starts with (as letters), or undefined. */
function first(src: string, from: number, to: number, depth: number): string[] | undefined {
  if (depth > 4 || from >= to) return undefined;
  if (src.startsWith("(?:", from) || (src.startsWith("(?<", from) && src[from + 3] !== "=" && src[from + 3] !== "!")) {
    const open = src.startsWith("(?:", from) ? from + 3 : src.indexOf(">", from) + 1;
    if (open <= 0) return undefined;
    const close = groupEnd(src, from);
    if (close === undefined || close >= to) return undefined;
    const alts = splitTop(src, open, close);
    if (alts === undefined) return undefined;
    const out: string[] = [];
    for (const [a, b] of alts) {
      const p = first(src, a, b, depth + 1);
      if (p === undefined) return undefined;
      out.push(...p);
    }
    const q = src[close + 1];
    if (q === "?" || q === "*" || (q === "{" && src[close + 2] === "0")) {
      // Optional group: a match starts with it or with what follows it.
      let after = close + 2;
      if (q === "{") after = src.indexOf("}", close) + 1;
      if (src[after] === "?") after++; // lazy
      if (after <= 0) return undefined;
      const rest = first(src, after, to, depth + 1);
      return rest === undefined ? undefined : [...out, ...rest];
    }
    return out;
  }
  const lit = literalLetters(src, from, to);
  return lit === undefined ? undefined : [lit];
}

/** The literal letters an alternative starts with (a letter followed by ?, * or {0 is optional and ends them). */
function literalLetters(src: string, from: number, to: number): string | undefined {
  let out = "";
  let i = from;
  while (i < to) {
    let ch: string;
    let next: number;
    if (src[i] === "[") {
      // A class of case variants of one letter: [Bb].
      const end = classEnd(src, i);
      if (end === undefined || end > to) break;
      const body = src.slice(i + 1, end - 1);
      if (body.length === 0 || body.startsWith("^") || [...body].some((c) => c === "\\" || c === "-")) break;
      const units = [...body];
      const f = fold(units[0]!.charCodeAt(0));
      if (units.some((c) => c.length !== 1 || charClass(c.charCodeAt(0)) !== LETTER || fold(c.charCodeAt(0)) !== f || f === UNSAFE)) break;
      ch = units[0]!;
      next = end;
    } else {
      const code = src.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) break;
      if (charClass(code) !== LETTER || fold(code) === UNSAFE) break;
      ch = src[i]!;
      next = i + 1;
    }
    const q = src[next];
    if (q === "?" || q === "*" || (q === "{" && src[next + 1] === "0")) break;
    out += ch;
    if (q === "+" || q === "{") break;
    i = next;
  }
  return out === "" ? undefined : out;
}

/** Index just past the `]` closing the class that opens at `at`. */
function classEnd(src: string, at: number): number | undefined {
  let i = at + 1;
  if (src[i] === "]") return undefined;
  while (i < src.length) {
    if (src[i] === "\\") i += 2;
    else if (src[i] === "[") return undefined; // v-mode nesting: not handled
    else if (src[i] === "]") return i + 1;
    else i++;
  }
  return undefined;
}

/** Index of the `)` closing the group that opens at `at`. */
function groupEnd(src: string, at: number): number | undefined {
  let depth = 0;
  for (let i: number | undefined = at; i !== undefined && i < src.length; i = nextAtom(src, i)) {
    if (src[i] === "(") depth++;
    else if (src[i] === ")" && --depth === 0) return i;
  }
  return undefined;
}

/** Index after the atom at `i`: an escape pair, a whole character class, or one character. */
function nextAtom(src: string, i: number): number | undefined {
  if (src[i] === "\\") return i + 2;
  if (src[i] === "[") return classEnd(src, i);
  return i + 1;
}

/** The [from, to) spans of the alternatives separated by top-level `|`. */
function splitTop(src: string, from: number, to: number): Array<[number, number]> | undefined {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  let i: number | undefined = from;
  while (i < to) {
    const c = src[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push([start, i]);
      start = i + 1;
    }
    i = nextAtom(src, i);
    if (i === undefined) return undefined;
  }
  if (depth !== 0) return undefined;
  out.push([start, to]);
  return out;
}

const NON_LETTER_ESCAPES = new Set(["s", "d", "-", "[", "]", "(", ")", "/", ".", "|", "*", "+", "?", "{", "}", "^", "$", "\\"]);

/** Whether a class body (between the brackets) can only match non-letters. */
function nonLetterClass(body: string): boolean {
  // Negated: it matches no letter when it lists every letter, \p{L} (see regex-needs.ts).
  if (body.startsWith("^")) return /^\^(?:[^\\]|\\[^p])*\\p\{L\}/u.test(body);
  const units = [...body];
  for (let k = 0; k < units.length; k++) {
    const c = units[k]!;
    if (c === "\\") {
      const e = units[++k];
      if (e === "p") {
        const m = /^\{([A-Z])\}/u.exec(units.slice(k + 1, k + 4).join(""));
        if (m === null || !"PSZCN".includes(m[1]!)) return false;
        k += 3;
      } else if (e === undefined || !NON_LETTER_ESCAPES.has(e)) return false;
    } else if (c === "-") {
      if (k !== 0 && k !== units.length - 1) return false;
    } else {
      if (c.length !== 1) return false;
      const code = c.charCodeAt(0);
      if (charClass(code) === LETTER || fold(code) === UNSAFE) return false;
    }
  }
  return true;
}
