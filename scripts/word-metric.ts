// The dev set's metric (shared/devset/README.md): lower-cased \w+ tokens, multiset overlap.
export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The text's tokens, lower-cased, in order. */
export const tokensOf = (text: string): string[] => text.toLowerCase().match(TOKEN) ?? [];

/** The text's tokens with their counts. */
export function bag(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tokensOf(text)) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

export function wordScore(predicted: string, truth: string): Score {
  return bagScore(bag(predicted), bag(truth));
}

/** The score of two token bags (see bag). */
export function bagScore(p: ReadonlyMap<string, number>, t: ReadonlyMap<string, number>): Score {
  let tp = 0;
  let np = 0;
  let nt = 0;
  for (const [w, n] of p) {
    np += n;
    tp += Math.min(n, t.get(w) ?? 0);
  }
  for (const n of t.values()) nt += n;
  const precision = np === 0 ? (nt === 0 ? 1 : 0) : tp / np;
  const recall = nt === 0 ? 1 : tp / nt;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Whitespace-normalised substring test used for the with/without snippets. */
export function containsSnippet(text: string, snippet: string): boolean {
  const norm = (s: string): string => s.replace(/\s+/gu, " ").trim().toLowerCase();
  return norm(text).includes(norm(snippet));
}
