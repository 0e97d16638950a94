// When Readability's text replaces the own extractor's. Readability takes the block with the most
// running prose and widens it over its siblings; where the own extractor found less prose it was
// usually too narrow (a stray paragraph, a block under the headline), and Readability's text is
// the better one. A container the template names as the article's body ("entry-content",
// itemprop articleBody) is another matter: it holds the article as its authors wrapped it, and
// a text a few times longer around it is what the template put beside the article (a product's
// specification lists, a shop's delivery notes, a site's teasers), not more of it. Against such a
// body Readability has to find many times its running text: a body that is a fragment (a caption,
// one post of a thread) still gives way.

/** How the own extractor's container was found (Located.how), its running words, Readability's. */
export function secondOpinionWins(ownHow: string, ownWords: number, secondWords: number): boolean {
  const needed = ownHow === NAMED_BODY ? NAMED_BODY_FACTOR : FACTOR;
  return secondWords > needed * ownWords + SLACK_WORDS;
}

const NAMED_BODY = "selector:article-body";
/** Readability's text against the own extractor's, in running words. */
const FACTOR = 1.3;
/** The same against a body the template names. */
const NAMED_BODY_FACTOR = 4;
const SLACK_WORDS = 20;
