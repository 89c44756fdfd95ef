import type { ContradictionKind, SourceType, Summary } from '../report/types';

export { categoryOf as typeCategory, confidenceWords, shownContradictions, unnamedFirst } from '../report/wording';

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
