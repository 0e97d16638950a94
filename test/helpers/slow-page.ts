// A page that takes seconds to clean, for the tests of timeouts: far longer than their 1-2 s
// limits on a fast machine, well inside the 10 s budget the cleaner would stop it at otherwise.

let page: string | undefined;

/** 200,000 numbered paragraphs of one article (22 MB): every line is asked about by the rules. */
export function slowPage(): string {
  page ??= `<html><body><article>${Array.from({ length: 200_000 }, (_, i) => `<p>Sentence ${i} of running text, long enough, with commas, to count as a paragraph of the article body.</p>`).join("")}</article></body></html>`;
  return page;
}
