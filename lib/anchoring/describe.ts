import type { HighlightCategory, HighlightTarget, Report, Span, TextAnchor } from '../report/types';
import { CONTRADICTION_THRESHOLD } from '../report/types';
import { categoryOf } from '../report/wording';

/** Context kept on each side of a quote: enough to tell repeated phrases apart, small to send. */
export const CONTEXT_CHARS = 32;

/** A W3C-style quote + position description of `span` in `text`. */
export function describeSpan(text: string, span: Span): TextAnchor {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
  };
}

/**
 * Everything the page should show for a report: each attribution's source phrase (or, for a
 * sourceless "reportedly", its cue, so vague claims still light up) and content, and both sides of
 * every contradiction the popup shows. Spans outside the text or empty are skipped, not guessed.
 */
export function highlightTargets(report: Report): HighlightTarget[] {
  const text = report.article.text;
  const out: HighlightTarget[] = [];
  const push = (id: string, category: HighlightCategory, span: Span | null | undefined) => {
    if (!span || span.start < 0 || span.end > text.length || span.end <= span.start) return;
    if (!text.slice(span.start, span.end).trim()) return;
    out.push({ id, category, anchor: describeSpan(text, span) });
  };
  for (const a of report.attributions) {
    push(`${a.id}:source`, categoryOf(a.sourceType), a.sourceSpan ?? a.cueSpan);
    push(`${a.id}:content`, 'quote', a.contentSpan);
  }
  for (const c of report.contradictions) {
    if (c.confidence < CONTRADICTION_THRESHOLD) continue;
    push(`${c.id}:a`, 'contradiction', c.aStatement.span);
    push(`${c.id}:b`, 'contradiction', c.bStatement?.span);
  }
  return out;
}
