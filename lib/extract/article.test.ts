import { describe, expect, it } from 'vitest';
import { MAX_ELEMENTS, MAX_PAGE_CHARS } from './article';
import { extractFromHtml } from './node';

const story = (body: string) => `<!doctype html><html lang="en"><head><title>Ferry fares rise | Bay Courier</title>
<meta property="og:site_name" content="Bay Courier"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Ferry fares rise</h1><p class="byline">By Sam Hale</p>${body}</article>
<footer>© Bay Courier</footer></body></html>`;

const paragraphs = [
  '<p>Ferry fares will rise by ten percent in May, the harbour authority said on Tuesday, the first increase in six years.</p>',
  '<p>“We held prices for as long as we could,” said Ana Ruiz, the authority’s director, at a meeting with commuters.</p>',
  '<figure><img src="x.jpg"><figcaption>Commuters are said to be angry. Photo: Courier</figcaption></figure>',
  '<blockquote><p>“Fuel costs have doubled since the last review,” the authority wrote.</p></blockquote>',
  '<p>Passenger groups said   they would ask the council\n to review the decision before it takes effect.</p>',
];

describe('extractArticle', () => {
  it('returns the article text in blocks, whitespace collapsed, captions left out', () => {
    const result = extractFromHtml(story(paragraphs.join('')), 'https://bay.example/fares');
    if (!result.ok) throw new Error(result.message);
    const { article } = result;
    expect(article.title).toContain('Ferry fares rise');
    expect(article.siteName).toBe('Bay Courier');
    expect(article.lang).toBe('en');
    expect(article.text).not.toContain('Photo: Courier');
    expect(article.text).toContain('Passenger groups said they would ask the council to review');
    for (const b of article.blocks) expect(article.text.slice(b.start, b.end).trim()).toBe(article.text.slice(b.start, b.end));
    expect(article.blocks.map((b) => article.text.slice(b.start, b.end)).join('\n\n')).toBe(article.text);
    const quoted = article.blocks.find((b) => article.text.slice(b.start, b.end).startsWith('“Fuel'));
    expect(quoted?.kind).toBe('blockquote');
  });

  it('says so when the page holds no article', () => {
    const result = extractFromHtml('<html><body><form><input name=q><button>Sign in</button></form></body></html>', 'https://x.example/');
    expect(result).toMatchObject({ ok: false, error: 'no-article' });
  });

  it('declines pages too large to read without freezing the tab', () => {
    const many = story('<p>Line.</p>'.repeat(MAX_ELEMENTS + 1));
    expect(extractFromHtml(many, 'https://x.example/')).toMatchObject({ ok: false, error: 'too-large' });
    const long = story(`<p>${'word '.repeat(MAX_PAGE_CHARS / 4)}</p>`);
    expect(extractFromHtml(long, 'https://x.example/')).toMatchObject({ ok: false, error: 'too-large' });
  });
});
