import type { Attribution, Contradiction, ContradictionKind, Span, Statement } from '../../report/types';

/** A contradiction before it gets its id; confidence decides whether the report shows it. */
export type Candidate = Omit<Contradiction, 'id'>;

/** The text of `span` trimmed of spaces and dangling punctuation, with the span narrowed to match. */
export function statementAt(text: string, span: Span, source: string | null, attributionId?: string): Statement {
  let { start, end } = span;
  while (start < end && /[\s,;:—–-]/.test(text[start])) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1])) end--;
  const st: Statement = { text: text.slice(start, end), span: { start, end }, source };
  if (attributionId) st.attributionId = attributionId;
  return st;
}

/** The statement an attribution makes: its content, said by its source (the antecedent when known). */
export function statementOf(text: string, a: Attribution): Statement {
  return statementAt(text, a.contentSpan, a.resolved ?? a.source, a.id || undefined);
}

export function candidate(
  kind: ContradictionKind,
  a: Statement,
  b: Statement | null,
  reason: string,
  confidence: number,
): Candidate {
  return {
    kind,
    a: a.text,
    b: b ? b.text : null,
    aStatement: a,
    bStatement: b,
    reason,
    confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
  };
}

/** Index of the first attribution (sorted by content start) whose content starts at or after `at`. */
export function firstAtOrAfter(attributions: Attribution[], at: number): number {
  let lo = 0;
  let hi = attributions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (attributions[mid].contentSpan.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far either side of a sentence to look for the attribution standing in it. */
const NEIGHBOURS = 8;

/**
 * The attribution standing in `sentence`, if the attribution finder found one there. `attributions`
 * are sorted by content start, so only neighbours are looked at.
 */
export function attributionInSentence(attributions: Attribution[], sentence: Span): Attribution | undefined {
  const i = firstAtOrAfter(attributions, sentence.start);
  const near = attributions.slice(Math.max(0, i - NEIGHBOURS), i + NEIGHBOURS);
  return near.find((a) => a.contentSpan.start >= sentence.start && a.contentSpan.end <= sentence.end + 1)
    ?? near.find((a) => a.sentenceSpan.start <= sentence.start && a.sentenceSpan.end >= sentence.end);
}
