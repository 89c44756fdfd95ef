import type { Article, Block } from '../report/types';

/** An Article from paragraphs (and optional block kinds), the way extraction builds one. */
export function articleOf(paragraphs: string[], kinds: Block['kind'][] = []): Article {
  const blocks: Block[] = [];
  let at = 0;
  paragraphs.forEach((p, i) => {
    blocks.push({ start: at, end: at + p.length, kind: kinds[i] ?? 'paragraph' });
    at += p.length + 2;
  });
  return { title: 'Test', byline: null, siteName: null, lang: 'en', url: 'https://example.test/a', publishedTime: null, text: paragraphs.join('\n\n'), blocks };
}
