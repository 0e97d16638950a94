// A rule regex's source as the atoms regex-needs.ts reasons about, read by regexpp, the parser
// under the rules' backtracking check too (rules/backtracking.ts, through refa): one reader of
// regex syntax for the whole project. What an atom records is only what the needs ask: whether
// it can match a letter, the MARKS a class is made of, and how often it repeats.
//
// Loaded on first use: the built-in catalog's readings are stored at build time
// (plan/pattern-needs.ts), so a start-up never parses a source.
import { createRequire } from "node:module";
import type { AST, RegExpParser } from "@eslint-community/regexpp";
import { LETTER, charClass } from "../lexicon/char-class.js";
import { DIGIT, MARKS, UNSAFE, fold } from "../lexicon/fold.js";

/** A parsed atom; `letter`: whether it can match a letter. */
export type Atom =
  /** One literal character. */
  | { t: "char"; ch: string; letter: boolean; q: Quant }
  /** A class, escape or dot; `marks`: a class made only of MARKS (the text then holds one of
   *  them); `letters`: a class made only of letters whose folding is certain, one of each
   *  folding (`[km]`: the letter it matches folds as one of these); `space`: the escape \s. */
  | { t: "set"; letter: boolean; q: Quant; marks?: string[]; letters?: string[]; space?: true }
  /** A zero-width assertion; `left`/`right`: the character before/after is certainly not a
   *  letter; `edge`: the assertion is ^ or $. */
  | { t: "zero"; left: boolean; right: boolean; edge?: "start" | "end" }
  | { t: "group"; alts: Atom[][]; q: Quant };

export interface Quant {
  min: number;
  max: number;
}

const ONCE: Quant = { min: 1, max: 1 };

// General categories none of whose members is a letter.
const NON_LETTER_CATEGORIES = new Set(["P", "S", "Z", "C", "N", "Nd", "Zs", "Pd", "Ps", "Pe", "Po", "Sc", "Sm"]);
// A lookaround body that is one class listing \p{L}: negated, it says the neighbour is no letter.
const LETTER_GUARD = /^\[[^\]^]*\\p\{L\}[^\]]*\]$/u;

let parser: RegExpParser | undefined;

/** The source's top-level alternatives (Unicode mode), or undefined when it does not parse or
 *  holds what the needs do not read (a backreference). */
export function parseRegex(source: string): Atom[][] | undefined {
  try {
    parser ??= new (createRequire(import.meta.url)("@eslint-community/regexpp") as typeof import("@eslint-community/regexpp")).RegExpParser({ ecmaVersion: 2024 });
    return parser.parsePattern(source, 0, source.length, { unicode: true }).alternatives.map(sequence);
  } catch {
    return undefined;
  }
}

function sequence(alt: AST.Alternative): Atom[] {
  return alt.elements.map((e) => atom(e));
}

function atom(e: AST.Element, q: Quant = ONCE): Atom {
  switch (e.type) {
    case "Quantifier":
      return atom(e.element, { min: e.min, max: e.max });
    case "Assertion":
      if (e.kind === "start" || e.kind === "end") return { t: "zero", left: e.kind === "start", right: e.kind === "end", edge: e.kind };
      if (e.kind === "word") return { t: "zero", left: false, right: false };
      return lookaround(e as AST.LookaroundAssertion);
    case "Group":
    case "CapturingGroup":
      return { t: "group", alts: e.alternatives.map(sequence), q };
    case "CharacterClass":
      return classAtom(e, q);
    case "CharacterSet":
      return setAtom(e, q);
    case "Character":
      return characterAtom(e, q);
    default:
      throw new Error(`not read: ${e.type}`);
  }
}

/** (?<![\p{L}…]) and (?![\p{L}…]): the neighbour is no letter (or there is none). */
function lookaround(e: AST.LookaroundAssertion): Atom {
  const guards = e.negate && LETTER_GUARD.test(e.alternatives.map((a) => a.raw).join("|"));
  return { t: "zero", left: e.kind === "lookbehind" && guards, right: e.kind === "lookahead" && guards };
}

function characterAtom(c: AST.Character, q: Quant): Atom {
  // An escape for a control character (\t, \n, \0…) is read as a class of one non-letter.
  if (c.raw.startsWith("\\") && !isSyntaxEscape(c.raw)) {
    if (c.value >= 0x20) throw new Error(`escape ${c.raw}`);
    return { t: "set", letter: false, q };
  }
  if (c.value > 0xffff) return { t: "set", letter: true, q };
  return { t: "char", ch: String.fromCharCode(c.value), letter: !c.raw.startsWith("\\") && mayBeLetter(c.value), q };
}

function setAtom(s: AST.CharacterSet, q: Quant): Atom {
  if (s.kind === "any") return { t: "set", letter: true, q };
  if (s.kind === "property") return { t: "set", letter: s.negate || !NON_LETTER_CATEGORIES.has(propertyName(s)), q };
  if (s.kind === "digit") return s.negate ? { t: "set", letter: true, q } : { t: "set", letter: false, q, marks: [DIGIT] };
  if (s.kind === "space") return s.negate ? { t: "set", letter: true, q } : { t: "set", letter: false, q, space: true };
  return { t: "set", letter: true, q };
}

/** A class: whether it can match a letter, its members when all are MARKS, and [Bb] (one letter
 *  in either case, as the lexicon folds it) as that letter. */
function classAtom(c: AST.CharacterClass, q: Quant): Atom {
  if (c.unicodeSets) throw new Error("class set syntax");
  let letter = false;
  // A negated class that lists \p{L} matches no letter (a letter outside the BMP is a surrogate
  // pair, which the lexicon's word conditions never read as a plain letter: lexicon/fold.ts).
  let allLetters = false;
  let marks: string[] | undefined = c.negate ? undefined : [];
  let letters: string | undefined = c.negate ? undefined : "";
  for (const e of c.elements) {
    if (e.type === "CharacterClassRange") {
      letter = true;
      marks = letters = undefined;
    } else if (e.type === "CharacterSet") {
      letters = undefined;
      if (e.kind === "property") {
        if (e.negate || !NON_LETTER_CATEGORIES.has(propertyName(e))) letter = true;
        if (!e.negate && propertyName(e) === "L") allLetters = true;
        marks = undefined;
      } else {
        if (e.kind !== "digit" || e.negate) marks = undefined;
        else marks?.push(DIGIT);
        if (e.negate || e.kind === "word") letter = true;
      }
    } else if (e.raw.startsWith("\\") || e.value > 0xffff || e.raw === "-") {
      letters = undefined;
      if (e.value > 0xffff) letter = true;
      const ch = String.fromCharCode(e.value);
      if (e.value <= 0xffff && (e.raw === "-" || isSyntaxEscape(e.raw)) && MARKS.includes(ch)) marks?.push(ch);
      else marks = undefined;
      if (e.raw.startsWith("\\") && !isSyntaxEscape(e.raw) && e.value >= 0x20) throw new Error(`escape ${e.raw} in class`);
    } else {
      const ch = String.fromCharCode(e.value);
      if (letters !== undefined) letters += ch;
      if (mayBeLetter(e.value)) letter = true;
      if (MARKS.includes(ch)) marks?.push(ch);
      else marks = undefined;
    }
  }
  const plain = letters !== undefined && letters !== "" ? lettersByFolding(letters) : undefined;
  if (plain?.length === 1) return { t: "char", ch: plain[0]!, letter: true, q };
  const atom: Atom = { t: "set", letter: c.negate ? !allLetters : letter, q };
  if (marks !== undefined && marks.length > 0) atom.marks = marks;
  if (plain !== undefined) atom.letters = plain;
  return atom;
}

/** A class's listed characters, the first of each folding, when every one is a letter whose
 *  folding is certain ([Bb] is one letter, [km] two); undefined otherwise. */
function lettersByFolding(listed: string): string[] | undefined {
  const byFolding = new Map<number, string>();
  for (const l of listed) {
    const f = fold(l.charCodeAt(0));
    if (charClass(l.charCodeAt(0)) !== LETTER || f === UNSAFE) return undefined;
    if (!byFolding.has(f)) byFolding.set(f, l);
  }
  return [...byFolding.values()];
}

/** The property as written between the braces ("L", "Lu", "Script=Latin"). */
function propertyName(s: AST.CharacterSet): string {
  return s.raw.slice(3, -1);
}

/** An escaped character of the regex syntax (`\.`, `\(`, `\-`), which stands for itself. */
function isSyntaxEscape(raw: string): boolean {
  return raw.length === 2 && "^$\\.*+?()[]{}|/-".includes(raw[1]!);
}

/** Whether a character can match a letter: a letter, or one whose folding is uncertain. */
export function mayBeLetter(code: number): boolean {
  return charClass(code) === LETTER || fold(code) === UNSAFE;
}
