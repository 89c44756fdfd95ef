import type { Attribution, SourceType, Span } from '../../report/types';

/**
 * Builds the analyser's inputs for contradiction tests by hand, so the tests do not depend on the
 * sentence splitter or the attribution finder: paragraphs → text and sentence spans, and
 * attributions located by their content.
 */
export function story(...paragraphs: string[]): { text: string; sentences: Span[] } {
  const text = paragraphs.join('\n\n');
  const sentences: Span[] = [];
  let at = 0;
  for (const p of paragraphs) {
    for (const m of p.matchAll(/[^.!?]+[.!?]+["”’]*/g)) {
      const lead = m[0].length - m[0].trimStart().length;
      sentences.push({ start: at + m.index + lead, end: at + m.index + m[0].length });
    }
    at += p.length + 2;
  }
  return { text, sentences };
}

export interface AttributionSpec {
  content: string;
  source: string | null;
  sourceType?: SourceType;
  resolved?: string;
  cue?: string;
}

/** Attributions in text order; each content must occur in `text` (the first occurrence is used). */
export function attributions(text: string, sentences: Span[], specs: AttributionSpec[]): Attribution[] {
  return specs.map((spec, i) => {
    const start = text.indexOf(spec.content);
    if (start < 0) throw new Error(`content not in text: ${spec.content}`);
    const contentSpan = { start, end: start + spec.content.length };
    const sentenceSpan = sentences.find((s) => s.start <= start && start < s.end) ?? contentSpan;
    const a: Attribution = {
      id: `a${i + 1}`,
      content: spec.content,
      kind: 'indirect',
      source: spec.source,
      sourceType: spec.sourceType ?? (spec.source ? 'named-person' : 'vague'),
      cue: spec.cue ?? 'said',
      contentSpan,
      sourceSpan: null,
      cueSpan: null,
      sentenceSpan,
      reason: 'test',
    };
    if (spec.resolved) a.resolved = spec.resolved;
    return a;
  });
}
