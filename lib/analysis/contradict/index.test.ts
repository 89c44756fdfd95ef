import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRADICTION_THRESHOLD, type Attribution } from '../../report/types';
import { findContradictionCandidates, findContradictions } from '.';
import { attributions, story } from './testing';

describe('findContradictions', () => {
  const paragraphs = [
    'Two ministers revealed that the government will not build the new coal plant this decade.',
    "However, the ministers' message appears to be at odds with a series of permits the government signed over the summer.",
    'Party officials have repeatedly stated that they were not involved in the permit deal, but they celebrated it and hosted the builders at a gala.',
    'The senators are at odds with each other over the budget.',
  ];
  const { text, sentences } = story(...paragraphs);
  const atts = attributions(text, sentences, [
    { content: 'the government will not build the new coal plant this decade', source: 'Two ministers', sourceType: 'anonymous', cue: 'revealed' },
    { content: 'they were not involved in the permit deal', source: 'Party officials', sourceType: 'anonymous', cue: 'have repeatedly stated' },
  ]);

  it('reports the explicit and the self contradiction of an article, in text order with ids', () => {
    const found = findContradictions(text, sentences, atts);
    expect(found.map((c) => [c.id, c.kind])).toEqual([
      ['c1', 'explicit'],
      ['c2', 'self'],
    ]);
    expect(found[0].a).toBe(paragraphs[1]);
    expect(found[0].b).toBe('the government will not build the new coal plant this decade');
    expect(found[1].b).toBe('they celebrated it and hosted the builders at a gala');
  });

  it('keeps candidates below the threshold out of the report', () => {
    const all = findContradictionCandidates(text, sentences, atts);
    const hidden = all.filter((c) => c.confidence < CONTRADICTION_THRESHOLD);
    expect(hidden.map((c) => c.a)).toContain(paragraphs[3]);
    expect(findContradictions(text, sentences, atts).map((c) => c.a)).not.toContain(paragraphs[3]);
  });

  it('works without sentence spans or attributions', () => {
    expect(findContradictions(text, [], []).map((c) => c.kind)).toEqual(['explicit', 'self']);
  });

  it('never throws on odd input', () => {
    const broken = { ...atts[0], contentSpan: { start: 5000, end: 10 }, sentenceSpan: { start: -3, end: 2 } } as Attribution;
    expect(() => findContradictions('', [{ start: 0, end: 99 }], [broken])).not.toThrow();
    expect(() => findContradictions(text, [{ start: 40, end: 2 }], [broken, ...atts])).not.toThrow();
    expect(() => findContradictions('"'.repeat(5000) + ' but '.repeat(2000), [], [])).not.toThrow();
  });

  it('judges each paragraph of a long article on its own', () => {
    const long = story(...Array.from({ length: 400 }, () => paragraphs).flat());
    const found = findContradictions(long.text, long.sentences, []);
    expect(found.filter((c) => c.kind === 'explicit')).toHaveLength(400);
  });

  it('gives one answer when attributions nest over one runaway sentence', () => {
    const body = `${'The minister said that '.repeat(1000)}nothing changed.`;
    const nested = Array.from({ length: 1000 }, (_, i) => ({ ...atts[0], id: `n${i}`, contentSpan: { start: i * 23 + 23, end: body.length - 1 }, sentenceSpan: { start: 0, end: body.length } }));
    expect(findContradictions(body, [{ start: 0, end: body.length }], nested)).toEqual([]);
  });
});

const shared = resolve(import.meta.dirname, '../../../../shared/corpus/pages/seed-iran-hamas.html');

describe.skipIf(!existsSync(shared))('on the seed page of ../shared', () => {
  it('finds the "at odds with" sentence and the "not involved … but praised it" statement', async () => {
    const { extractFromHtml } = await import('../../extract/node');
    const { analyze } = await import('..');
    const extracted = extractFromHtml(readFileSync(shared, 'utf8'), 'https://example.org/seed');
    if (!extracted.ok) throw new Error(extracted.message);
    const { contradictions } = analyze(extracted.article);
    expect(contradictions.some((c) => c.kind === 'explicit' && c.a.includes('appears to be at odds with'))).toBe(true);
    expect(contradictions.some((c) => c.kind === 'self' && c.a.includes('not involved') && (c.b ?? '').includes('praised it'))).toBe(true);
  });
});
