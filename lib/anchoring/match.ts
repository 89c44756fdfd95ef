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
/** Occurrences of one phrase looked at; beyond this a page is not text anyone reads. */
const MAX_OCCURRENCES = 100_000;
/** Candidates given the full (edit distance) scoring: those nearest the hint. */
const MAX_SCORED = 200;
/** Shorter quotes are too likely to match the wrong words approximately. */
const MIN_FUZZY_LENGTH = 8;
/** On long pages the search looks this far either side of the hint first (fuzzy: only there). */
const SEARCH_WINDOW = 100_000;

export interface NormalizedAnchor {
  exact: string;
  prefix: string;
  suffix: string;
}

export function normalizeAnchor(anchor: TextAnchor): NormalizedAnchor {
  const exact = collapseWhitespace(anchor.exact);
  const trimmed = exact.trim();
  // Whitespace trimmed off the quote still separates it from its context.
  const lead = exact.length && exact[0] === ' ' ? ' ' : '';
  const trail = exact.length > trimmed.length + lead.length ? ' ' : '';
  return {
    exact: trimmed,
    prefix: collapseWhitespace(anchor.prefix + lead),
    suffix: collapseWhitespace(trail + anchor.suffix),
  };
}

/** Start offsets of every verbatim occurrence of `needle` in `text[from, to)`. */
export function exactOccurrences(text: string, needle: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  if (!needle) return out;
  const hay = from > 0 || to < text.length ? text.slice(from, to) : text;
  for (let i = hay.indexOf(needle); i !== -1 && out.length < MAX_OCCURRENCES; i = hay.indexOf(needle, i + 1)) {
    out.push(i + from);
  }
  return out;
}

/**
 * Occurrences near the expected place first: on a long page, scanning the whole text for each of
 * a hundred quotes is what costs, and a match within the window is the one wanted.
 */
function occurrencesNear(text: string, needle: string, hint: number): number[] {
  if (text.length <= 2 * SEARCH_WINDOW) return exactOccurrences(text, needle);
  const near = exactOccurrences(text, needle, Math.max(0, hint - SEARCH_WINDOW), hint + SEARCH_WINDOW + needle.length);
  return near.length ? near : exactOccurrences(text, needle);
}

/** Levenshtein distance; context strings are at most a few dozen characters, so O(a·b) is cheap. */
export function editDistance(a: string, b: string): number {
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
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
  return Math.max(0, 1 - editDistance(actual, expected) / expected.length);
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

const contextAgrees = (text: string, q: NormalizedAnchor, c: Candidate) =>
  c.start >= q.prefix.length && text.startsWith(q.prefix, c.start - q.prefix.length) && text.startsWith(q.suffix, c.end);

function best(text: string, q: NormalizedAnchor, all: Candidate[], hint: number | undefined, exact: boolean) {
  // Candidates whose whole context agrees outscore every other one whatever their position, so a
  // phrase repeated a thousand times costs a thousand string comparisons, not edit distances.
  const agreeing = all.length > 1 ? all.filter((c) => contextAgrees(text, q, c)) : [];
  let cands = agreeing.length ? agreeing : all;
  if (cands.length > MAX_SCORED && hint !== undefined) {
    cands = [...cands].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, MAX_SCORED);
  }
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
  return matchNormalized(text, q, exactOccurrences(text, q.exact), options);
}

function matchNormalized(text: string, q: NormalizedAnchor, starts: number[], options: MatchOptions): TextMatch | null {
  if (!q.exact || q.exact.length > text.length + 32) return null;
  if (starts.length) {
    const cands = starts.map((start) => ({ start, end: start + q.exact.length, errors: 0 }));
    return best(text, q, cands, options.hint, true);
  }
  if (options.fuzzy === false || q.exact.length < MIN_FUZZY_LENGTH) return null;
  const maxErrors = Math.min(32, Math.floor(q.exact.length / 5));
  let from = 0;
  let haystack = text;
  if (text.length > 2 * SEARCH_WINDOW && options.hint !== undefined) {
    from = Math.max(0, options.hint - SEARCH_WINDOW);
    haystack = text.slice(from, options.hint + SEARCH_WINDOW + q.exact.length);
  }
  const found = approxSearch(haystack, q.exact, maxErrors);
  const cands = found
    .map((m) => trimCandidate(text, { start: m.start + from, end: m.end + from, errors: m.errors }))
    .filter((c) => c.end > c.start);
  return cands.length ? best(text, q, cands, options.hint, false) : null;
}

export interface LocateOptions {
  /** Stop trying approximate matches once this much time has gone (ms); exact ones still run. */
  fuzzyBudgetMs?: number;
  fuzzy?: boolean;
}

/** The shift of the resolved anchor nearest in the article to `start` (page and article drift apart). */
function nearestShift(resolved: { start: number; shift: number }[], start: number): number {
  let lo = 0;
  let hi = resolved.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (resolved[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const after = resolved[lo];
  const before = resolved[Math.max(0, lo - 1)];
  return Math.abs(before.start - start) <= Math.abs(after.start - start) ? before.shift : after.shift;
}

/**
 * Matches many anchors against one text. Anchors found exactly once fix where the article sits in
 * the page (the page has navigation before it, and blank lines between article blocks are single
 * spaces there, so the offset drifts); the shift of the nearest such anchor turns every other
 * anchor's article offset into a hint for choosing between repeats.
 */
export function matchAll(text: string, anchors: readonly TextAnchor[], options: LocateOptions = {}): (TextMatch | null)[] {
  const out: (TextMatch | null)[] = new Array(anchors.length).fill(null);
  const pending: { i: number; q: NormalizedAnchor; starts: number[] }[] = [];
  const resolved: { start: number; shift: number }[] = [];
  const articleLength = anchors.reduce((m, a) => Math.max(m, a.end), 1);
  const scaled = (a: TextAnchor) => Math.round((a.start / articleLength) * text.length);
  anchors.forEach((anchor, i) => {
    const q = normalizeAnchor(anchor);
    const starts = occurrencesNear(text, q.exact, scaled(anchor));
    if (q.exact && starts.length === 1) {
      out[i] = { start: starts[0], end: starts[0] + q.exact.length, score: 1, exact: true };
      resolved.push({ start: anchor.start, shift: starts[0] - anchor.start });
    } else {
      pending.push({ i, q, starts });
    }
  });
  resolved.sort((a, b) => a.start - b.start);
  const hintOf = (a: TextAnchor) => (resolved.length ? a.start + nearestShift(resolved, a.start) : scaled(a));
  const t0 = Date.now();
  const budget = options.fuzzyBudgetMs ?? Infinity;
  for (const { i, q, starts } of pending) {
    const fuzzy = options.fuzzy !== false && Date.now() - t0 < budget;
    out[i] = matchNormalized(text, q, starts, { hint: hintOf(anchors[i]), fuzzy });
  }
  return out;
}
