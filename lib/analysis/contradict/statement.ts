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
  return statementAt(text, a.contentSpan, a.resolved ?? a.source, a.id);
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

/** The attribution whose sentence holds `at`, if the attribution finder found one there. */
export function attributionInSentence(attributions: Attribution[], sentence: Span): Attribution | undefined {
  return attributions.find((a) => a.contentSpan.start >= sentence.start && a.contentSpan.end <= sentence.end + 1)
    ?? attributions.find((a) => a.sentenceSpan.start <= sentence.start && a.sentenceSpan.end >= sentence.end);
}
