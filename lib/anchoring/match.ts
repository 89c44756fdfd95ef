import approxSearch from 'approx-string-match';
import type { TextAnchor } from '../report/types';

/**
 * Quote matching on plain strings, no DOM: the page side turns the live document into one string
 * and hands it here. Both sides are compared with whitespace runs collapsed to one space, the way
 * the article text was built, so "\n\n" between article blocks meets whatever the page has there.
 */
export const collapseWhitespace = (s: string): string => s.replace(/\s+/g, ' ');

export interface TextMatch {
  start: number;
  end: number;
  /** 0..1, quote, prefix, suffix and position agreement weighted as in `WEIGHTS`. */
  score: number;
  /** The quote was found verbatim (after whitespace collapsing). */
  exact: boolean;
}

export interface MatchOptions {
  /** Expected start of the quote in `text`. Only breaks ties between equally good candidates. */
  hint?: number;
  /** Allow approximate matches when the quote is not found verbatim (default true). */
  fuzzy?: boolean;
}

// Quote similarity dominates; context decides between repeats; position only breaks ties.
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const WEIGHT_SUM = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
/** A phrase repeated more often than this on one page is scored on its first occurrences only. */
const MAX_CANDIDATES = 1000;
/** Shorter quotes are too likely to match the wrong words approximately. */
const MIN_FUZZY_LENGTH = 8;
/** On long pages the approximate search looks this far either side of the hint, not everywhere. */
const FUZZY_WINDOW = 150_000;

export interface NormalizedAnchor {
  exact: string;
  prefix: string;
  suffix: string;
}

export function normalizeAnchor(anchor: TextAnchor): NormalizedAnchor {
  return {
    exact: collapseWhitespace(anchor.exact).trim(),
    prefix: collapseWhitespace(anchor.prefix),
    suffix: collapseWhitespace(anchor.suffix),
  };
}

/** Start offsets of every verbatim occurrence of `needle`, up to MAX_CANDIDATES. */
export function exactOccurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i !== -1 && out.length < MAX_CANDIDATES; i = text.indexOf(needle, i + 1)) {
    out.push(i);
  }
  return out;
}

/**
 * How well the text next to a candidate agrees with the expected context, 0..1. The common case,
 * identical context, is decided by a character comparison; only disagreement pays for an edit
 * distance.
 */
function contextScore(actual: string, expected: string, side: 'before' | 'after'): number {
  if (!expected) return 1;
  const n = Math.min(actual.length, expected.length);
  let same = 0;
  if (side === 'before') {
    while (same < n && actual[actual.length - 1 - same] === expected[expected.length - 1 - same]) same++;
  } else {
    while (same < n && actual[same] === expected[same]) same++;
  }
  if (same === expected.length) return 1;
  if (!actual) return 0;
  const m = approxSearch(actual, expected, expected.length);
  const approx = m.length ? 1 - m[0].errors / expected.length : 0;
  return Math.max(same / expected.length, approx);
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function score(text: string, q: NormalizedAnchor, c: Candidate, hint: number | undefined) {
  const quote = 1 - c.errors / q.exact.length;
  const prefix = contextScore(text.slice(Math.max(0, c.start - q.prefix.length), c.start), q.prefix, 'before');
  const suffix = contextScore(text.slice(c.end, c.end + q.suffix.length), q.suffix, 'after');
  const position = hint === undefined || !text.length ? 1 : 1 - Math.min(1, Math.abs(c.start - hint) / text.length);
  const total =
    (WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) /
    WEIGHT_SUM;
  return { total, context: Math.max(prefix, suffix) };
}

function best(text: string, q: NormalizedAnchor, cands: Candidate[], hint: number | undefined, exact: boolean) {
  let top: TextMatch | null = null;
  for (const c of cands) {
    const s = score(text, q, c, hint);
    // A short quote found only approximately must also sit in recognisable context.
    if (!exact && q.exact.length < 32 && s.context < 0.5) continue;
    if (!top || s.total > top.score) top = { start: c.start, end: c.end, score: s.total, exact };
  }
  return top;
}

/** Approximate matches have ragged edges: a leading or trailing space is not part of the quote. */
function trimCandidate(text: string, c: Candidate): Candidate {
  let { start, end } = c;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return { start, end, errors: c.errors };
}

/**
 * Finds the best place for `anchor` in `text` (already whitespace-collapsed): verbatim matches
 * first, ranked by context and closeness to the hint; failing those, matches within
 * min(32, length/5) edits, ranked the same way. Null when nothing is close enough.
 */
export function matchQuote(text: string, anchor: TextAnchor, options: MatchOptions = {}): TextMatch | null {
  const q = normalizeAnchor(anchor);
  if (!q.exact || q.exact.length > text.length + 32) return null;
  const starts = exactOccurrences(text, q.exact);
  if (starts.length) {
    const cands = starts.map((start) => ({ start, end: start + q.exact.length, errors: 0 }));
    return best(text, q, cands, options.hint, true);
  }
  if (options.fuzzy === false || q.exact.length < MIN_FUZZY_LENGTH) return null;
  const maxErrors = Math.min(32, Math.floor(q.exact.length / 5));
  let from = 0;
  let haystack = text;
  if (text.length > 2 * FUZZY_WINDOW && options.hint !== undefined) {
    from = Math.max(0, options.hint - FUZZY_WINDOW);
    haystack = text.slice(from, options.hint + FUZZY_WINDOW + q.exact.length);
  }
  const found = approxSearch(haystack, q.exact, maxErrors);
  if (!found.length) return null;
  const cands = found
    .slice(0, MAX_CANDIDATES)
    .map((m) => trimCandidate(text, { start: m.start + from, end: m.end + from, errors: m.errors }))
    .filter((c) => c.end > c.start);
  return best(text, q, cands, options.hint, false);
}

export interface LocateOptions {
  /** Stop trying approximate matches once this much time has gone (ms); exact ones still run. */
  fuzzyBudgetMs?: number;
  fuzzy?: boolean;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/**
 * Matches many anchors against one text. Anchors found exactly once fix where the article sits in
 * the page (the page has navigation before it, so article offsets are shifted); that shift turns
 * every other anchor's article offset into a hint for choosing between repeats.
 */
export function matchAll(text: string, anchors: readonly TextAnchor[], options: LocateOptions = {}): (TextMatch | null)[] {
  const out: (TextMatch | null)[] = new Array(anchors.length).fill(null);
  const pending: number[] = [];
  const shifts: number[] = [];
  anchors.forEach((anchor, i) => {
    const exact = normalizeAnchor(anchor).exact;
    const starts = exactOccurrences(text, exact);
    if (exact && starts.length === 1) {
      out[i] = { start: starts[0], end: starts[0] + exact.length, score: 1, exact: true };
      shifts.push(starts[0] - anchor.start);
    } else {
      pending.push(i);
    }
  });
  const articleLength = Math.max(1, ...anchors.map((a) => a.end));
  const shift = shifts.length ? median(shifts) : undefined;
  const hintOf = (a: TextAnchor) =>
    shift !== undefined ? a.start + shift : Math.round((a.start / articleLength) * text.length);
  const t0 = Date.now();
  const budget = options.fuzzyBudgetMs ?? Infinity;
  for (const i of pending) {
    const fuzzy = options.fuzzy !== false && Date.now() - t0 < budget;
    out[i] = matchQuote(text, anchors[i], { hint: hintOf(anchors[i]), fuzzy });
  }
  return out;
}
