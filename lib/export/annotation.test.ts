import { describe, expect, it } from 'vitest';
import { CONTRADICTION_THRESHOLD } from '../report/types';
import type { Annotation, SpecificResource } from './annotation';
import { ANNOTATION_CONTEXT, toWebAnnotation } from './annotation';
import { buildReport, floodBarrierReport, hostileReport } from './fixture.test-helper';
import { CONTEXT_CHARS } from '../anchoring/describe';
import { collapseWhitespace, matchAll } from '../anchoring/match';

const URN_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function targetsOf(items: Annotation[]): SpecificResource[] {
  return items.flatMap((a) => a.target);
}

/** What a consumer anchoring the quote selector alone would find, or -1 if ambiguous or absent. */
function anchorByQuote(text: string, r: SpecificResource): number {
  const [q] = r.selector;
  const needle = q.prefix + q.exact + q.suffix;
  const at = text.indexOf(needle);
  if (at < 0 || text.indexOf(needle, at + 1) >= 0) return -1;
  return at + q.prefix.length;
}

describe('toWebAnnotation', () => {
  const report = floodBarrierReport();
  const text = report.article.text;
  const collection = toWebAnnotation(report);
  const items = collection.first.items;

  it('is an AnnotationCollection with its page embedded', () => {
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.id).toMatch(URN_UUID);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.id).toMatch(URN_UUID);
    expect(collection.first.startIndex).toBe(0);
    expect(collection.total).toBe(items.length);
    expect(collection.generator).toEqual({ type: 'Software', name: 'Sourcelight' });
    // Embedded resources inherit the collection's context.
    expect(items.every((a) => !('@context' in a))).toBe(true);
  });

  it('has one annotation per attribution and per contradiction at or above the threshold', () => {
    const shown = report.contradictions.filter((c) => c.confidence >= CONTRADICTION_THRESHOLD);
    expect(shown.length).toBeLessThan(report.contradictions.length);
    expect(items.filter((a) => a.motivation === 'classifying')).toHaveLength(report.attributions.length);
    expect(items.filter((a) => a.motivation === 'assessing')).toHaveLength(shown.length);
  });

  it('gives every annotation a unique IRI, a describing body first, and plain-text bodies', () => {
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    for (const a of items) {
      expect(a.type).toBe('Annotation');
      expect(a.id).toMatch(URN_UUID);
      expect(a.body[0].purpose).toBe('describing');
      for (const b of a.body) {
        expect(b.type).toBe('TextualBody');
        expect(b.format).toBe('text/plain');
        expect(typeof b.value).toBe('string');
      }
    }
  });

  it('says in the label that positions count the extracted article text', () => {
    expect(collection.label).toContain('Readability');
    expect(collection.label).toContain(report.article.title);
    expect(collection.label).toContain('9 attributions');
  });

  it('targets the content, then the source phrase, with quote and position selectors that agree', () => {
    report.attributions.forEach((attr, i) => {
      const a = items[i];
      expect(a.target[0].selector[0].exact).toBe(attr.content);
      expect(a.target[0].selector[1]).toEqual({ type: 'TextPositionSelector', ...attr.contentSpan });
      expect(a.target[1].selector[0].exact).toBe(attr.source);
      expect(a.body.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toContain(attr.sourceType);
    });
  });

  it('describes an attribution in one line with source, cue, kind and reason', () => {
    expect(items[0].body[0].value).toBe(
      'anonymous source "three council officials" — cue "said" — reported speech. Why: unnamed "officials" + "said"',
    );
    expect(items[8].body[0].value).toContain('"She" (= "A city hall spokeswoman")');
  });

  it('makes every selector match the article text and re-anchor by quote alone', () => {
    for (const r of targetsOf(items)) {
      const [q, p] = r.selector;
      expect(r.type).toBe('SpecificResource');
      expect(r.source).toBe(report.article.url);
      expect(q.type).toBe('TextQuoteSelector');
      expect(q.exact).toBe(text.slice(p.start, p.end));
      expect(q.prefix).toBe(text.slice(p.start - q.prefix.length, p.start));
      expect(q.suffix).toBe(text.slice(p.end, p.end + q.suffix.length));
      expect(q.prefix.length).toBe(Math.min(CONTEXT_CHARS, p.start));
      expect(q.suffix.length).toBe(Math.min(CONTEXT_CHARS, text.length - p.end));
      expect(anchorByQuote(text, r)).toBe(p.start);
    }
  });

  it('targets both statements of a contradiction and explains it', () => {
    const c = items.find((a) => a.motivation === 'assessing')!;
    const [explicit] = report.contradictions;
    expect(c.target.map((t) => t.selector[0].exact)).toEqual([explicit.a, explicit.b]);
    expect(c.body[0].value).toContain(explicit.reason);
    expect(c.body[0].value).toContain('very likely');
    expect(c.body.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(['contradiction', 'explicit']);
  });

  it('targets the one statement of a contradiction without a second', () => {
    const r = buildReport({
      title: 'One-sided',
      url: 'https://news.example.org/one',
      paragraphs: ['The ministry denied the claim, contrary to its own records.'],
      attributions: [],
      contradictions: [
        {
          kind: 'explicit',
          a: { para: 0, text: 'The ministry denied the claim, contrary to its own records.', source: 'The ministry' },
          b: null,
          reason: '"contrary to"',
          confidence: 0.7,
        },
      ],
    });
    const [only] = toWebAnnotation(r).first.items;
    expect(only.target).toHaveLength(1);
  });

  it('is deterministic, and stamps times only when given one', () => {
    expect(JSON.stringify(toWebAnnotation(floodBarrierReport()))).toBe(JSON.stringify(collection));
    expect(JSON.stringify(collection)).not.toMatch(/created|generated"/);
    const now = new Date('2026-03-15T10:00:00Z');
    const stamped = toWebAnnotation(report, now);
    expect(stamped.created).toBe('2026-03-15T10:00:00.000Z');
    expect(stamped.first.items.every((a) => a.created === now.toISOString() && a.generated === now.toISOString())).toBe(true);
  });

  it('gives a different article different ids', () => {
    const other = floodBarrierReport();
    other.article.hash = 'deadbeef';
    expect(toWebAnnotation(other).first.items[0].id).not.toBe(items[0].id);
  });

  it('carries hostile text as data: JSON round-trips and selectors still match', () => {
    const hostile = hostileReport();
    const out = toWebAnnotation(hostile);
    const json = JSON.stringify(out);
    expect(JSON.parse(json)).toEqual(out);
    for (const r of targetsOf(out.first.items)) {
      const [q, p] = r.selector;
      expect(q.exact).toBe(hostile.article.text.slice(p.start, p.end));
      expect(q.prefix).toBe(hostile.article.text.slice(p.start - q.prefix.length, p.start));
      expect(r.source).toBe(hostile.article.url);
    }
  });

  it('anchors what it can when the analyser gives broken spans, and drops what it cannot', () => {
    const r = floodBarrierReport();
    const [a1, a2, a3] = r.attributions;
    a1.contentSpan = { start: 5, end: 5 };
    a1.sourceSpan = { start: -3, end: 4 };
    a2.contentSpan = { start: r.article.text.length - 2, end: r.article.text.length + 50 };
    a2.sentenceSpan = { start: 0, end: 0 };
    a3.contentSpan = { start: 52, end: 54 }; // the blank line between two paragraphs
    r.contradictions[0].bStatement!.span = { start: 10, end: 3 };
    const out = toWebAnnotation(r);
    const ids = out.first.items.map((a) => a.body[0].value);
    expect(out.total).toBe(out.first.items.length);
    expect(out.first.items).toHaveLength(r.attributions.length - 1 + 1);
    expect(ids.some((v) => v.includes('Mayor Lena Okafor" — cue "said"'))).toBe(false);
    const first = out.first.items[0];
    expect(first.target).toHaveLength(1);
    expect(first.target[0].selector[1]).toEqual({ type: 'TextPositionSelector', ...a1.sentenceSpan });
    const contradiction = out.first.items.find((a) => a.motivation === 'assessing')!;
    expect(contradiction.target).toHaveLength(1);
    for (const t of out.first.items.flatMap((a) => a.target)) {
      const [q, p] = t.selector;
      expect(q.exact.trim()).not.toBe('');
      expect(q.exact).toBe(r.article.text.slice(p.start, p.end));
    }
  });

  it('re-anchors every exported selector in page text that differs from the extraction', () => {
    // The live page: navigation before the article, blocks run together, a footer after.
    const nav = 'Menu Home Local Sport Weather Sign in ';
    const page = `${nav}${collapseWhitespace(text)} Share this story Related: flood barrier explained © The Example Tribune`;
    const selectors = targetsOf(items).map((r) => {
      const [q, p] = r.selector;
      return { exact: q.exact, prefix: q.prefix, suffix: q.suffix, start: p.start, end: p.end };
    });
    const found = matchAll(page, selectors);
    found.forEach((m, i) => {
      expect(m, selectors[i].exact).not.toBeNull();
      expect(page.slice(m!.start, m!.end)).toBe(collapseWhitespace(selectors[i].exact).trim());
      // The very place the span was in the article, not another occurrence of the same words.
      expect(m!.start).toBe(nav.length + collapseWhitespace(text.slice(0, selectors[i].start)).length);
    });
  });

  it('never exports half an emoji as context', () => {
    const quote = 'the pier will stay closed';
    const r = buildReport({
      title: 'Emoji',
      url: 'https://news.example.org/emoji',
      paragraphs: [`${'x'.repeat(9)}🎉${'y'.repeat(31)} ${quote} ${'z'.repeat(30)}🎉 tail`],
      attributions: [{ para: 0, content: quote, source: null, cue: null, sourceType: 'vague', kind: 'indirect' }],
    });
    const [q, p] = toWebAnnotation(r).first.items[0].target[0].selector;
    const text = r.article.text;
    expect(q.prefix).toBe(`${'y'.repeat(31)} `);
    expect(q.suffix).toBe(` ${'z'.repeat(30)}`);
    expect(q.prefix).toBe(text.slice(p.start - q.prefix.length, p.start));
    expect(q.suffix).toBe(text.slice(p.end, p.end + q.suffix.length));
    expect(new TextDecoder().decode(new TextEncoder().encode(JSON.stringify(q)))).toBe(JSON.stringify(q));
  });
});
