import type { Attribution, Contradiction, ContradictionKind, SourceType, Summary } from '../report/types';
import { CONTRADICTION_THRESHOLD, UNNAMED_TYPES } from '../report/types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "14 attributions · 6 anonymous · 2 vague · 5 named · 1 media · 57% unnamed". Named folds people
 * and organisations, media folds outlets and documents, to match the highlight categories; zero
 * parts are left out so the line stays short.
 */
export function summaryLine(s: Summary): string {
  const parts = [plural(s.attributions, 'attribution', 'attributions')];
  const counts: [number, string][] = [
    [s.byType.anonymous, 'anonymous'],
    [s.byType.vague, 'vague'],
    [s.byType['named-person'] + s.byType['named-organization'], 'named'],
    [s.byType.media + s.byType.document, 'media'],
  ];
  for (const [n, label] of counts) if (n > 0) parts.push(`${n} ${label}`);
  if (s.attributions > 0) parts.push(`${Math.round(s.unnamedShare * 100)}% unnamed`);
  return parts.join(' · ');
}

export const TYPE_LABELS: Record<SourceType, string> = {
  'named-person': 'Named person',
  'named-organization': 'Named organisation',
  anonymous: 'Anonymous',
  vague: 'Vague',
  media: 'Media',
  document: 'Document',
};

/** The highlight category a source type is painted with, so badges match the legend colours. */
export function typeCategory(t: SourceType): 'anonymous' | 'vague' | 'named' | 'media' {
  if (t === 'named-person' || t === 'named-organization') return 'named';
  if (t === 'media' || t === 'document') return 'media';
  return t;
}

/** Unnamed sources first in the popup: anonymous before vague, each in article order. */
export function unnamedFirst(attributions: Attribution[]): Attribution[] {
  const rank = (a: Attribution) => (a.sourceType === 'anonymous' ? 0 : 1);
  return attributions.filter((a) => UNNAMED_TYPES.has(a.sourceType)).sort((x, y) => rank(x) - rank(y));
}

/** Contradictions the popup shows: the rule must be sure enough, most sure first. */
export function shownContradictions(contradictions: Contradiction[]): Contradiction[] {
  return contradictions
    .filter((c) => c.confidence >= CONTRADICTION_THRESHOLD)
    .sort((x, y) => y.confidence - x.confidence);
}

/** Confidence in words: a reader weighs "very likely" more easily than 0.87. */
export function confidenceWords(confidence: number): string {
  if (confidence >= 0.85) return 'very likely';
  if (confidence >= 0.65) return 'likely';
  return 'possibly';
}

export const CONTRADICTION_KIND_LABELS: Record<ContradictionKind, string> = {
  explicit: 'The article says these conflict',
  'cross-source': 'Two sources disagree',
  self: 'A source contradicts itself',
};

/** Cut long text at a word boundary near `max` characters; returns the text unchanged when short. */
export function truncate(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const slice = text.slice(0, max);
  const space = slice.lastIndexOf(' ');
  const head = space > max * 0.6 ? slice.slice(0, space) : slice;
  return { text: `${head.trimEnd()}…`, cut: true };
}

/** The site to show under the title: the publisher's name, else the page's host. */
export function siteLabel(siteName: string | null, url: string): string {
  if (siteName && siteName.trim()) return siteName.trim();
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
