import type { Article, Block } from '../report/types';

/**
 * An Article from plain text (the CLI's .txt input, PolNeAR's format): the first line is the
 * title, blank lines separate paragraphs.
 */
export function articleFromText(raw: string, url = ''): Article {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const title = (lines[0] ?? '').trim();
  const body = lines.slice(1);
  // Text wrapped by hand keeps its lines short, and a paragraph runs on across them; where lines are
  // long, each one is a block of its own (a quote signed on the next line, a list item).
  const wrapped = body.every((l) => l.length <= 100);
  const paragraphs = body
    .join('\n')
    .split(wrapped ? /\n\s*\n/ : /\n\s*/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const blocks: Block[] = [];
  let at = 0;
  for (const p of paragraphs) {
    blocks.push({ start: at, end: at + p.length, kind: 'paragraph' });
    at += p.length + 2;
  }
  return {
    title,
    byline: null,
    siteName: null,
    lang: null,
    url,
    publishedTime: null,
    text: paragraphs.join('\n\n'),
    blocks,
  };
}
