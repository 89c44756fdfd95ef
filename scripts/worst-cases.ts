/**
 * Inputs shaped to make a careless analyser quadratic: run-on sentences dense with cues, quote
 * marks that never close, attributions nested a thousand deep, an article of a thousand and more
 * paragraphs. The bench times them; the unit tests only check what comes out, because a time bound
 * in a test fails on a busy machine, not on slow code.
 */
export const WORST_CASES: ReadonlyArray<{ name: string; text: string }> = [
  { name: 'quotesAndCuesRunOn', text: '"a short remark," he said, according to aides, '.repeat(4000) },
  { name: 'unclosedQuotes', text: ('“the official said that ' + 'very '.repeat(20000) + 'long, ').repeat(3) },
  { name: 'nestedSaidThat', text: `${'The minister said that '.repeat(1000)}nothing changed.` },
  {
    name: 'longArticle',
    text: Array.from({ length: 400 }, () => [
      'Two ministers revealed that the government will not build the new coal plant this decade.',
      "However, the ministers' message appears to be at odds with a series of permits the government signed over the summer.",
      'Party officials have repeatedly stated that they were not involved in the permit deal, but they celebrated it and hosted the builders at a gala.',
      'The senators are at odds with each other over the budget.',
    ]).flat().join('\n\n'),
  },
];
