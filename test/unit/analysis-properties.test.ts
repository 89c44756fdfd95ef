import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { articleFromText } from '../../lib/extract/plain-text';
import type { Report, Span } from '../../lib/report/types';

// Pieces that stress the rules: quote marks of every kind (often unbalanced), reporting cues,
// anonymity and hedge words, and characters that break naive string handling.
const pieces = [
  '"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '«', '»', ',', '.', '!', '?', ';', ':', '—', '…', '(', ')',
  ' said', ' says', ' told', ' according to', ' reportedly', ' officials', ' a spokeswoman', ' experts', ' critics',
  ' Mr. Smith', ' Dr. Ana Ruiz', ' the Pentagon', ' Reuters', ' the report', ' that', ' denied', ' contrary to',
  ' appears to be at odds with', ' he', ' she', ' they', ' not', ' will', ' increase', ' 42', ' 1.5%',
  '\u00ad', '\u200b', '\u200f', '\u202e', '\ufeff', '😀', '👩‍👩‍👧', 'مرحبا', 'שלום', '漢字', '\t', '\n', '\n\n',
];
const textArb = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((xs) => xs.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const inside = (inner: Span, outer: { start: number; end: number }) =>
  inner.start >= outer.start && inner.end <= outer.end && inner.start <= inner.end;

const aroundGap = (content: string, slice: string) => {
  for (let k = 0; k < content.length; k++) {
    if (content[k] === ' ' && slice.startsWith(content.slice(0, k)) && slice.endsWith(content.slice(k + 1)) && k + (content.length - k - 1) < slice.length) return true;
  }
  return false;
};

function checkInvariants(report: Report) {
  const text = report.article.text;
  const whole = { start: 0, end: text.length };
  for (const a of report.attributions) {
    expect(inside(a.contentSpan, whole)).toBe(true);
    expect(inside(a.sentenceSpan, whole)).toBe(true);
    // Content read around its source ("Each year, officials said, it uses ...") is the span with the
    // source and cue cut out: its start and its end, joined by one space.
    const slice = text.slice(a.contentSpan.start, a.contentSpan.end);
    expect(slice === a.content || aroundGap(a.content, slice), `${JSON.stringify(a.content)} in ${JSON.stringify(slice)}`).toBe(true);
    expect(inside(a.contentSpan, a.sentenceSpan)).toBe(true);
    for (const [span, phrase] of [
      [a.sourceSpan, a.source],
      [a.cueSpan, a.cue],
    ] as const) {
      if (!span) continue;
      expect(inside(span, whole)).toBe(true);
      expect(text.slice(span.start, span.end)).toBe(phrase);
    }
    expect(a.reason.length).toBeGreaterThan(0);
  }
  for (const c of report.contradictions) {
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(text.slice(c.aStatement.span.start, c.aStatement.span.end)).toBe(c.aStatement.text);
  }
  expect(report.summary.attributions).toBe(report.attributions.length);
}

describe('analyze on generated input', () => {
  it('never throws and keeps offsets, content and spans consistent (10,000 inputs)', () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        checkInvariants(analyze(articleFromText(`Title\n\n${paragraphs.join('\n\n')}`)));
      }),
      { numRuns: 10_000, seed: 20261123 },
    );
    // Ten thousand analyses take two to three seconds alone; on two busy cores beside the other test
    // files they took over five, vitest's default. How fast is the bench's question, not this test's.
  }, 30_000);

  it('copes with one very long sentence and deep unbalanced quoting', () => {
    const long = `${'The minister said that '.repeat(2_000)}nothing changed.`;
    const quotes = `${'"He said \u201cthey said \u2018'.repeat(500)} end`;
    for (const body of [long, quotes]) checkInvariants(analyze(articleFromText(`T\n\n${body}`)));
  });
});
