// A product's copy (an insulated bottle), for tests that need a product page's running text
// around what they are about (a buy box, a spec table, a box of other products).
export const BOTTLE_PARAGRAPHS: readonly string[] = [
  "This insulated bottle keeps drinks cold for a full day, holds a litre, and fits in a car's cup holder, with a lid that does not leak.",
  "Its double steel wall keeps the outside dry and at room temperature, whatever the bottle holds, so it never sweats in a bag.",
  "The powder coat resists chips and scratches, the lid unscrews in a quarter turn, and every part goes in the dishwasher.",
  "It comes in eight colours, each with a matching lid and a loop for carrying it on two fingers or clipping it to a bag.",
  "A straw lid and a coffee lid that fit the same bottle are sold apart, as are a sleeve and a brush for the inside.",
  "Specifications: capacity 1 litre, height 27 cm, weight 420 g, stainless steel 18/8, lid of polypropylene free of BPA.",
];

/** The first `count` paragraphs of the bottle's copy, as HTML paragraphs. */
export function bottleCopy(count: number): string {
  return BOTTLE_PARAGRAPHS.slice(0, count)
    .map((p) => `<p>${p}</p>`)
    .join("");
}
