import { describe, expect, it } from 'vitest';
import type { Attribution, Contradiction, Report } from '../report/types';
import { REPORT_VERSION } from '../report/types';
import { summarize } from '../report/summary';
import { describeSpan, highlightTargets } from './describe';

const TEXT =
  'The mayor said the bridge would reopen in May.\n\n' +
  'Two city engineers, who asked not to be named, said the repairs would take until autumn. ' +
  'The contractor has reportedly asked for more money. Critics argue the plan is unrealistic.';

const span = (phrase: string, from = 0) => {
  const start = TEXT.indexOf(phrase, from);
  if (start < 0) throw new Error(`fixture lacks ${phrase}`);
  return { start, end: start + phrase.length };
};

function attribution(id: string, over: Partial<Attribution>): Attribution {
  const base: Attribution = {
    id,
    content: '',
    kind: 'indirect',
    source: null,
    sourceType: 'vague',
    cue: null,
    contentSpan: span('the bridge would reopen in May'),
    sourceSpan: null,
    cueSpan: null,
    sentenceSpan: span('The mayor said the bridge would reopen in May.'),
    reason: 'test',
  };
  return { ...base, ...over };
}

function report(attributions: Attribution[], contradictions: Contradiction[] = []): Report {
  return {
    version: REPORT_VERSION,
    article: { title: 't', byline: null, siteName: null, lang: 'en', url: 'https://example.test/a', publishedTime: null, text: TEXT, length: TEXT.length, hash: 'x' },
    attributions,
    contradictions,
    summary: summarize(attributions, contradictions),
    analysisMs: 0,
  };
}

describe('describeSpan', () => {
  it('keeps the exact text and 32 characters of context on each side', () => {
    const s = span('said the repairs');
    const a = describeSpan(TEXT, s);
    expect(a.exact).toBe('said the repairs');
    expect(a.prefix).toBe(TEXT.slice(s.start - 32, s.start));
    expect(a.prefix).toHaveLength(32);
    expect(a.suffix).toBe(TEXT.slice(s.end, s.end + 32));
    expect([a.start, a.end]).toEqual([s.start, s.end]);
  });

  it('clips context at the ends of the text', () => {
    const a = describeSpan(TEXT, span('The mayor'));
    expect(a.prefix).toBe('');
    const b = describeSpan(TEXT, { start: TEXT.length - 5, end: TEXT.length + 10 });
    expect(b.exact).toBe('stic.');
    expect(b.suffix).toBe('');
    expect(b.end).toBe(TEXT.length);
  });
});

describe('highlightTargets', () => {
  it('maps each source type to its category and the content to quote', () => {
    const r = report([
      attribution('a1', { sourceType: 'named-person', sourceSpan: span('The mayor'), contentSpan: span('the bridge would reopen in May') }),
      attribution('a2', { sourceType: 'anonymous', sourceSpan: span('Two city engineers'), contentSpan: span('the repairs would take until autumn') }),
      attribution('a3', { sourceType: 'document', sourceSpan: span('the plan'), contentSpan: span('is unrealistic') }),
      attribution('a4', { sourceType: 'named-organization', sourceSpan: span('The contractor'), contentSpan: span('asked for more money') }),
    ]);
    const byId = Object.fromEntries(highlightTargets(r).map((t) => [t.id, t]));
    expect(byId['a1:source'].category).toBe('named');
    expect(byId['a1:source'].anchor.exact).toBe('The mayor');
    expect(byId['a2:source'].category).toBe('anonymous');
    expect(byId['a3:source'].category).toBe('media');
    expect(byId['a4:source'].category).toBe('named');
    expect(byId['a2:content'].category).toBe('quote');
    expect(byId['a2:content'].anchor.exact).toBe('the repairs would take until autumn');
  });

  it('falls back to the cue when a vague attribution has no source phrase', () => {
    const r = report([
      attribution('a1', { sourceType: 'vague', sourceSpan: null, cueSpan: span('reportedly'), contentSpan: span('asked for more money') }),
    ]);
    const t = highlightTargets(r).find((x) => x.id === 'a1:source');
    expect(t?.category).toBe('vague');
    expect(t?.anchor.exact).toBe('reportedly');
  });

  it('skips a part with neither source nor cue, and spans outside the text', () => {
    const r = report([
      attribution('a1', { sourceSpan: null, cueSpan: null }),
      attribution('a2', { sourceSpan: { start: TEXT.length - 2, end: TEXT.length + 40 }, contentSpan: { start: 5, end: 5 } }),
    ]);
    expect(highlightTargets(r).map((t) => t.id)).toEqual(['a1:content']);
  });

  it('paints both sides of contradictions at or above the threshold only', () => {
    const statement = (phrase: string) => ({ text: phrase, span: span(phrase), source: null });
    const c = (id: string, confidence: number, b: boolean): Contradiction => ({
      id,
      kind: 'cross-source',
      a: 'reopen in May',
      b: b ? 'take until autumn' : null,
      aStatement: statement('reopen in May'),
      bStatement: b ? statement('take until autumn') : null,
      reason: 'test',
      confidence,
    });
    const targets = highlightTargets(report([], [c('c1', 0.9, true), c('c2', 0.2, true), c('c3', 0.5, false)]));
    expect(targets.map((t) => t.id)).toEqual(['c1:a', 'c1:b', 'c3:a']);
    expect(targets.every((t) => t.category === 'contradiction')).toBe(true);
    expect(targets[1].anchor.exact).toBe('take until autumn');
  });
});
