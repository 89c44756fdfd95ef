import type { Attribution, Contradiction, Span } from '../../report/types';

/**
 * Contradictions of the three kinds of GUIDELINES §2 (explicit, self, cross-source).
 * Placeholder until the contradiction rules land: finds none.
 */
export function findContradictions(text: string, sentences: Span[], attributions: Attribution[]): Contradiction[] {
  void text;
  void sentences;
  void attributions;
  return [];
}
