/**
 * Whatever the page and the analyser produce, the exports do not throw and keep their promises:
 * selectors match the text, the CSV parses back row for row with formula starts defused, the
 * Markdown renders with our tags only, and names stay safe.
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { hashText } from '../report/hash';
import { summarize } from '../report/summary';
import type { Attribution, Contradiction, Report, Span } from '../report/types';
import { REPORT_VERSION, SOURCE_TYPES } from '../report/types';
import { toWebAnnotation } from './annotation';
import { CSV_COLUMNS, FORMULA_START, toCsv } from './csv';
import { exportFileName } from './filename';
import { toMarkdown } from './markdown';
import { renderText } from './text';

const viewer = new MarkdownIt({ html: true, linkify: true });
viewer.linkify.set({ fuzzyLink: true, fuzzyEmail: true });
const OUR_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'blockquote', 'code']);

const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.stringMatching(/^[=+\-@\t\r<>&[\]()`*_#|\\!:/.a-z \n"']{0,40}$/),
);

const reportArb: fc.Arbitrary<Report> = fc
  .record({
    text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }),
    title: nasty,
    url: nasty,
    published: fc.option(nasty, { nil: null }),
    attrs: fc.array(
      fc.record({
        a: fc.nat(),
        b: fc.nat(),
        s: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: null }),
        source: fc.option(nasty, { nil: null }),
        cue: fc.option(nasty, { nil: null }),
        reason: nasty,
        type: fc.constantFrom(...SOURCE_TYPES),
        kind: fc.constantFrom('direct' as const, 'indirect' as const, 'mixed' as const),
      }),
      { maxLength: 8 },
    ),
    contras: fc.array(
      fc.record({ a: fc.nat(), b: fc.nat(), c: fc.nat(), d: fc.nat(), conf: fc.double({ min: 0, max: 1, noNaN: true }), reason: nasty }),
      { maxLength: 3 },
    ),
  })
  .map(({ text, title, url, published, attrs, contras }) => {
    const span = (x: number, y: number): Span => {
      const [p, q] = [x % (text.length + 1), y % (text.length + 1)].sort((m, n) => m - n);
      return { start: p, end: q };
    };
    const attributions: Attribution[] = attrs.map((a, i) => {
      const contentSpan = span(a.a, a.b);
      return {
        id: `a${i + 1}`,
        content: text.slice(contentSpan.start, contentSpan.end),
        kind: a.kind,
        source: a.source,
        sourceType: a.type,
        cue: a.cue,
        contentSpan,
        sourceSpan: a.s ? span(...a.s) : null,
        cueSpan: null,
        sentenceSpan: { start: 0, end: text.length },
        reason: a.reason,
      };
    });
    const contradictions: Contradiction[] = contras.map((c, i) => {
      const sa = span(c.a, c.b);
      const sb = span(c.c, c.d);
      const statement = (s: Span) => ({ text: text.slice(s.start, s.end), span: s, source: null });
      return {
        id: `c${i + 1}`,
        kind: 'cross-source',
        a: statement(sa).text,
        b: statement(sb).text,
        aStatement: statement(sa),
        bStatement: statement(sb),
        reason: c.reason,
        confidence: c.conf,
      };
    });
    return {
      version: REPORT_VERSION,
      article: {
        title, byline: null, siteName: null, lang: null, url, publishedTime: published,
        text, length: text.length, hash: hashText(text),
      },
      attributions,
      contradictions,
      summary: summarize(attributions, contradictions),
      analysisMs: 1,
    };
  });

describe('exports on arbitrary reports', () => {
  it('keep every promise', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const text = report.article.text;
        const collection = toWebAnnotation(report);
        expect(collection.total).toBe(collection.first.items.length);
        for (const t of collection.first.items.flatMap((a) => a.target)) {
          const [q, p] = t.selector;
          expect(q.exact).toBe(text.slice(p.start, p.end));
          expect(q.exact.trim()).not.toBe('');
          expect(q.prefix).toBe(text.slice(p.start - q.prefix.length, p.start));
          expect(q.suffix).toBe(text.slice(p.end, p.end + q.suffix.length));
        }

        const parsed = Papa.parse<string[]>(toCsv(report), { skipEmptyLines: true });
        expect(parsed.errors).toEqual([]);
        expect(parsed.data).toHaveLength(report.attributions.length + 1);
        parsed.data.slice(1).forEach((row, i) => {
          const a = report.attributions[i];
          expect(row[CSV_COLUMNS.indexOf('content')]).toBe(FORMULA_START.test(a.content) ? `'${a.content}` : a.content);
          for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
        });

        const md = toMarkdown(report);
        const tags = [...viewer.render(md).matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
        expect(tags.filter((t) => !OUR_TAGS.has(t))).toEqual([]);
        for (const line of md.split('\n')) expect(line).not.toMatch(FORMULA_START);

        expect(renderText(report)).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u202A-\u202E]/);
        expect(exportFileName(report, 'jsonld')).toMatch(/^sourcelight-[a-z0-9-]+-(\d{4}-\d{2}-\d{2}|report)\.jsonld$/);
      }),
      { numRuns: 500 },
    );
  });
});
