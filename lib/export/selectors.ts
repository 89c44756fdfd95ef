import type { Span, TextAnchor } from '../report/types';

/**
 * How much context a quote selector carries on each side. Enough for the re-anchoring to tell
 * repeated quotes apart, short enough to survive small edits around them.
 */
export const CONTEXT_CHARS = 32;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The quote (exact + prefix/suffix) and position of a span of the article text.
 *
 * Stand-in for lib/anchoring's builder until the two are unified: same output shape
 * (`TextAnchor`). Context never starts or ends in the middle of a surrogate pair, so an emoji next
 * to a quote cannot turn into a lone surrogate in the exported JSON.
 */
export function describeSpan(text: string, span: Span): TextAnchor {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  let from = Math.max(0, start - CONTEXT_CHARS);
  if (from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from++;
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (to < text.length && isLow(text.charCodeAt(to)) && isHigh(text.charCodeAt(to - 1))) to--;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(from, start),
    suffix: text.slice(end, to),
    start,
    end,
  };
}
