import { describe, expect, it } from 'vitest';
import { summarize } from '../report/summary';
import type { Attribution, Contradiction, SourceType } from '../report/types';
import { errorText, ERROR_TEXT } from './errors';
import { confidenceWords, shownContradictions, siteLabel, summaryLine, truncate, unnamedFirst } from './format';

const att = (id: string, sourceType: SourceType): Attribution => ({
  id,
  content: 'x',
  kind: 'indirect',
  source: 's',
  sourceType,
  cue: 'said',
  contentSpan: { start: 0, end: 1 },
  sourceSpan: null,
  cueSpan: null,
  sentenceSpan: { start: 0, end: 1 },
  reason: 'r',
});

const con = (id: string, confidence: number): Contradiction => ({
  id,
  kind: 'explicit',
  a: 'a',
  b: null,
  aStatement: { text: 'a', span: { start: 0, end: 1 }, source: null },
  bStatement: null,
  reason: 'r',
  confidence,
});

describe('summaryLine', () => {
  it('folds named and media types and leaves out zero parts', () => {
    const types: SourceType[] = [
      'anonymous', 'anonymous', 'anonymous', 'vague', 'named-person', 'named-organization', 'document',
    ];
    const s = summarize(types.map((t, i) => att(`a${i}`, t)), []);
    expect(summaryLine(s)).toBe('7 attributions · 3 anonymous · 1 vague · 2 named · 1 media · 57% unnamed');
  });

  it('uses the singular and skips the share when there is nothing', () => {
    expect(summaryLine(summarize([att('a1', 'media')], []))).toBe('1 attribution · 1 media · 0% unnamed');
    expect(summaryLine(summarize([], []))).toBe('0 attributions');
  });
});

describe('ordering and filtering', () => {
  it('lists anonymous before vague, each in article order, and nothing named', () => {
    const list = [att('a1', 'vague'), att('a2', 'anonymous'), att('a3', 'named-person'), att('a4', 'anonymous')];
    expect(unnamedFirst(list).map((a) => a.id)).toEqual(['a2', 'a4', 'a1']);
  });

  it('shows contradictions at or above the threshold, surest first', () => {
    const shown = shownContradictions([con('c1', 0.6), con('c2', 0.49), con('c3', 0.95), con('c4', 0.5)]);
    expect(shown.map((c) => c.id)).toEqual(['c3', 'c1', 'c4']);
  });
});

describe('words for the reader', () => {
  it('says how sure a contradiction is', () => {
    expect(confidenceWords(0.95)).toBe('very likely');
    expect(confidenceWords(0.7)).toBe('likely');
    expect(confidenceWords(0.5)).toBe('possibly');
  });

  it('cuts long text at a word and keeps short text whole', () => {
    expect(truncate('short text', 50)).toEqual({ text: 'short text', cut: false });
    const t = truncate('the quick brown fox jumps over the lazy dog', 20);
    expect(t.cut).toBe(true);
    expect(t.text).toBe('the quick brown fox…');
  });

  it('names the site, falling back to the host', () => {
    expect(siteLabel('The Gazette', 'https://x.example/a')).toBe('The Gazette');
    expect(siteLabel(null, 'https://news.example:8080/a')).toBe('news.example:8080');
    expect(siteLabel('  ', 'not a url')).toBe('not a url');
  });

  it('has a sentence and advice for every error code, and reads unknown codes as internal', () => {
    for (const t of Object.values(ERROR_TEXT)) {
      expect(t.title.length).toBeGreaterThan(10);
      expect(t.advice.length).toBeGreaterThan(20);
    }
    expect(errorText('restricted-page').title).toMatch(/cannot read this page/);
    expect(errorText('bogus')).toBe(ERROR_TEXT.internal);
    expect(errorText('toString')).toBe(ERROR_TEXT.internal);
  });
});
