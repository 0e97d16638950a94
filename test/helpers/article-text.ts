// Four paragraphs of an ordinary news article, for tests that need running prose around what
// they are about (a footer, a dialog, a review section).
export const ARTICLE_PARAGRAPHS: readonly string[] = [
  "The city council approved the new budget on Monday after a long debate about the cost of the new bridge over the river.",
  "Councillors said the plan would be reviewed again in the spring, when the first figures for the year are known to the public.",
  "The mayor said the bridge would open next year, and that the old crossing would stay open until the new one did.",
  "Work on the approach roads starts in March, and the contractor expects to close one lane at a time for a few weeks.",
];
