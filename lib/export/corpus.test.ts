/**
 * The exports over what the real analyser makes of real pages (../shared/corpus, when present):
 * whatever the analyser finds, every selector must match the text, the CSV must parse back, and
 * the Markdown must render without foreign tags. Skipped on a clone without ../shared.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { extractFromHtml } from '../extract/node';
import { toWebAnnotation } from './annotation';
import { CSV_COLUMNS, toCsv } from './csv';
import { exportFileName } from './filename';
import { toMarkdown } from './markdown';
import { renderText } from './text';

const PAGES = fileURLToPath(new URL('../../../shared/corpus/pages/', import.meta.url));
const pages = existsSync(PAGES) ? readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort() : [];

const viewer = new MarkdownIt({ html: true, linkify: true });
viewer.linkify.set({ fuzzyLink: true, fuzzyEmail: true });
const OUR_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'blockquote', 'code']);

describe.skipIf(!pages.length)('exports over ../shared/corpus/pages', () => {
  it.each(pages)('%s', (file) => {
    const extracted = extractFromHtml(readFileSync(PAGES + file, 'utf8'), `https://corpus.example/${file}`);
    if (!extracted.ok) return;
    const report = analyze(extracted.article);
    const text = report.article.text;

    const collection = toWebAnnotation(report);
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
    for (const r of collection.first.items.flatMap((a) => a.target)) {
      const [q, p] = r.selector;
      expect(q.exact).toBe(text.slice(p.start, p.end));
      expect(q.prefix).toBe(text.slice(p.start - q.prefix.length, p.start));
      expect(q.suffix).toBe(text.slice(p.end, p.end + q.suffix.length));
    }

    const parsed = Papa.parse<Record<string, unknown>>(toCsv(report), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(report.attributions.length);

    const html = viewer.render(toMarkdown(report));
    const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
    expect(tags.filter((t) => !OUR_TAGS.has(t))).toEqual([]);

    expect(renderText(report)).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/);
    expect(exportFileName(report, 'md').length).toBeLessThanOrEqual(100);
  });
});
