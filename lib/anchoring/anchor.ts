import type { HighlightTarget, TextAnchor } from '../report/types';
import { matchAll, matchQuote, type LocateOptions, type MatchOptions } from './match';
import { rangeOf, type PageText } from './page-text';

export { buildPageText, type PageText } from './page-text';

// Compared without whitespace: a Range's toString() has no space where two blocks meet.
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** One target anchored in the live page: its range and the page text it covered then. */
export interface Anchored {
  range: Range;
  /** The range's text without whitespace when anchored, to notice when the page changes it. */
  text: string;
}

/** A DOM Range for one quote in the page, or null when the page no longer has it. */
export function anchorQuote(page: PageText, anchor: TextAnchor, options: MatchOptions = {}): Range | null {
  const m = matchQuote(page.text, anchor, options);
  return m ? rangeOf(page, m.start, m.end) : null;
}

/** Anchors every target against one page text; absent ids could not be found. */
export function anchorTargets(
  page: PageText,
  targets: readonly HighlightTarget[],
  options: LocateOptions = {},
): Map<string, Anchored> {
  const matches = matchAll(
    page.text,
    targets.map((t) => t.anchor),
    options,
  );
  const out = new Map<string, Anchored>();
  matches.forEach((m, i) => {
    if (!m) return;
    const range = rangeOf(page, m.start, m.end);
    if (range) out.set(targets[i].id, { range, text: squeeze(range.toString()) });
  });
  return out;
}

/** Whether a range still covers the text it was anchored to, in the page. */
export function stillAnchored(a: Anchored): boolean {
  const r = a.range;
  return !r.collapsed && r.startContainer.isConnected && r.endContainer.isConnected && squeeze(r.toString()) === a.text;
}
