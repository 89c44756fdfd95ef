import type { Article, Span } from '../report/types';

/**
 * Sentence spans of the article text, in order, never crossing a block boundary.
 * A placeholder splitter on terminal punctuation; the analysis work replaces it.
 */
export function segmentSentences(article: Pick<Article, 'text' | 'blocks'>): Span[] {
  const out: Span[] = [];
  for (const b of article.blocks) {
    const re = /[^.!?]+(?:[.!?]+["'\u201d\u2019)]*|$)\s*/g;
    const chunk = article.text.slice(b.start, b.end);
    for (const m of chunk.matchAll(re)) {
      const start = b.start + m.index!;
      const end = start + m[0].trimEnd().length;
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}
