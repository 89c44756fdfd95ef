/**
 * Judgments about presentation that the popup, the exports and the page must share, so a file a
 * reader downloads says what the popup showed and the legend colours match the badges.
 */
import type { Attribution, Contradiction, HighlightCategory, SourceType } from './types';
import { CONTRADICTION_THRESHOLD } from './types';

/** The highlight category a source type is painted with. */
export function categoryOf(t: SourceType): Extract<HighlightCategory, 'anonymous' | 'vague' | 'named' | 'media'> {
  if (t === 'named-person' || t === 'named-organization') return 'named';
  if (t === 'media' || t === 'document') return 'media';
  return t;
}

/** Confidence in words: a reader weighs "very likely" more easily than 0.87. */
export function confidenceWords(confidence: number): string {
  if (confidence >= 0.85) return 'very likely';
  if (confidence >= 0.65) return 'likely';
  return 'possibly';
}

/** The contradictions shown to readers: the rule must be sure enough, most sure first. */
export function shownContradictions(contradictions: Contradiction[]): Contradiction[] {
  return contradictions
    .filter((c) => c.confidence >= CONTRADICTION_THRESHOLD)
    .sort((x, y) => y.confidence - x.confidence);
}

/** Unnamed sources, anonymous before vague, each in article order. */
export function unnamedFirst(attributions: Attribution[]): Attribution[] {
  return [
    ...attributions.filter((a) => a.sourceType === 'anonymous'),
    ...attributions.filter((a) => a.sourceType === 'vague'),
  ];
}
