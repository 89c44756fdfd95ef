import { describe, expect, it } from 'vitest';
import { describeSpan } from './describe';
import { collapseWhitespace, editDistance, matchAll, matchQuote, normalizeAnchor } from './match';

const anchorIn = (text: string, phrase: string, nth = 0) => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`fixture lacks ${phrase}`);
  return describeSpan(text, { start, end: start + phrase.length });
};

const ARTICLE =
  'Officials said the dam was safe.\n\nEngineers who inspected it disagreed, saying the dam was safe only in dry weather. ' +
  'A spokeswoman said the dam was safe and would stay open.';

describe('matchQuote', () => {
  it('finds a verbatim quote with whitespace differing on the page', () => {
    const page = 'Menu  Home\n Officials said the   dam was safe.\n   Engineers who inspected it';
    const m = matchQuote(collapseWhitespace(page), anchorIn(ARTICLE, 'safe.\n\nEngineers'));
    expect(m?.exact).toBe(true);
    expect(collapseWhitespace(page).slice(m!.start, m!.end)).toBe('safe. Engineers');
  });

  it('picks the repeat whose prefix and suffix agree', () => {
    for (const nth of [0, 1, 2]) {
      const anchor = anchorIn(ARTICLE, 'the dam was safe', nth);
      const text = collapseWhitespace(ARTICLE);
      const m = matchQuote(text, { ...anchor, start: 0, end: 0 }, { hint: 0 });
      expect(m?.start).toBe(collapseWhitespace(ARTICLE.slice(0, anchor.start)).length);
    }
  });

  it('uses the position hint when the context cannot tell repeats apart', () => {
    const text = 'x the dam was safe x '.repeat(5);
    const anchor = { exact: 'the dam was safe', prefix: '', suffix: '', start: 0, end: 0 };
    expect(matchQuote(text, anchor, { hint: 63 })?.start).toBe(65);
    expect(matchQuote(text, anchor, { hint: 0 })?.start).toBe(2);
  });

  it('falls back to an approximate match on an edited page', () => {
    const anchor = anchorIn(ARTICLE, 'saying the dam was safe only in dry weather');
    const edited = ARTICLE.replace('only in dry weather', 'only in  dry, cold weather');
    const m = matchQuote(collapseWhitespace(edited), anchor);
    expect(m?.exact).toBe(false);
    expect(collapseWhitespace(edited).slice(m!.start, m!.end)).toBe('saying the dam was safe only in dry, cold weather');
  });

  it('refuses approximate matches too far from the quote, and short fuzzy guesses out of context', () => {
    expect(matchQuote('completely different words here', anchorIn(ARTICLE, 'Engineers who inspected it disagreed'))).toBeNull();
    expect(matchQuote('the spokesman spoke', anchorIn(ARTICLE, 'A spokeswoman'))).toBeNull();
    expect(matchQuote(ARTICLE, { exact: '  \n', prefix: '', suffix: '', start: 0, end: 3 })).toBeNull();
  });

  it('can be limited to exact matches', () => {
    const edited = ARTICLE.replace('disagreed', 'disagreeed');
    expect(matchQuote(edited, anchorIn(ARTICLE, 'Engineers who inspected it disagreed'), { fuzzy: false })).toBeNull();
    expect(matchQuote(edited, anchorIn(ARTICLE, 'Engineers who inspected it disagreed'))).not.toBeNull();
  });
});

describe('matchAll', () => {
  it('tells repeats with identical context apart by where the article sits in the page', () => {
    // A teaser before the article and a footer after it repeat the last sentence with its context.
    const sidebar = 'Related: safe only in dry weather. A spokeswoman said the dam was safe and would stay open. ';
    const page = collapseWhitespace(sidebar + 'Navigation '.repeat(20) + ARTICLE + ' ' + sidebar.replace('Related: ', 'Footer: '));
    const anchors = [anchorIn(ARTICLE, 'Officials said'), anchorIn(ARTICLE, 'Engineers who inspected'), anchorIn(ARTICLE, 'the dam was safe and would stay open')];
    const [a, b, c] = matchAll(page, anchors);
    const articleAt = page.indexOf('Officials said');
    expect(a?.start).toBe(articleAt);
    expect(b?.start).toBe(page.indexOf('Engineers who inspected'));
    // Three verbatim copies with the same prefix and suffix: the unique quotes' shift decides.
    expect(c?.start).toBe(page.indexOf('the dam was safe and would stay open', articleAt));
  });

  it('returns null for quotes the page lacks', () => {
    expect(matchAll('nothing here', [anchorIn(ARTICLE, 'Officials said the dam')])).toEqual([null]);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('the quay', 'the  quay')).toBe(1);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('normalizeAnchor', () => {
  it('moves whitespace trimmed off the quote into its context', () => {
    expect(normalizeAnchor({ exact: ' said \n', prefix: 'officials', suffix: 'that', start: 0, end: 0 })).toEqual({
      exact: 'said',
      prefix: 'officials ',
      suffix: ' that',
    });
    expect(normalizeAnchor({ exact: 'said', prefix: 'officials\n\n', suffix: '  that', start: 0, end: 0 })).toEqual({
      exact: 'said',
      prefix: 'officials ',
      suffix: ' that',
    });
  });
});

describe('long pages', () => {
  // Paragraphs that all say "said", each numbered so its context is unique.
  const para = (n: number) => `Item ${n}: the clerk said nothing new about case ${n}.`;
  const article = Array.from({ length: 6000 }, (_, n) => para(n)).join('\n\n');
  const page = collapseWhitespace('Menu '.repeat(2000) + article + ' Footer');

  it('finds the right one of thousands of repeats, far down the page', () => {
    const start = article.indexOf(para(4321)) + para(4321).indexOf('said');
    const anchor = describeSpan(article, { start, end: start + 4 });
    const [m] = matchAll(page, [anchor, anchorIn(article, para(4000)), anchorIn(article, para(4500))]);
    const expected = page.indexOf(collapseWhitespace(para(4321))) + para(4321).indexOf('said');
    expect(m?.start).toBe(expected);
  });

  it('still finds a quote outside the window around a wrong hint', () => {
    const anchor = anchorIn(article, para(5));
    const m = matchQuote(page, anchor, { hint: page.length - 1 });
    expect(m?.start).toBe(page.indexOf(para(5)));
    expect(page.length).toBeGreaterThan(300_000);
  });
});
