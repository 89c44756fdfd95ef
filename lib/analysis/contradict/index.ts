import type { Attribution, Contradiction, Span } from '../../report/types';
import { CONTRADICTION_THRESHOLD } from '../../report/types';
import { findExplicit, findRebuttals } from './explicit';
import { findPairs } from './pairs';
import { findSelfAcrossSentences, findSelfInSentence } from './self';
import type { Candidate } from './statement';

export type { Candidate } from './statement';

/**
 * Every contradiction candidate of the three kinds of GUIDELINES §2, with its confidence, in text
 * order, duplicates merged. The report shows only those at or above CONTRADICTION_THRESHOLD (see
 * findContradictions); this is for tests and for tuning.
 */
export function findContradictionCandidates(text: string, sentences: Span[], attributions: Attribution[]): Candidate[] {
  const spans = sentences.length ? sentences : fallbackSentences(text);
  const ordered = [...attributions].sort((p, q) => p.contentSpan.start - q.contentSpan.start);
  const all: Candidate[] = [];
  for (const finder of [findExplicit, findRebuttals, findSelfInSentence, findSelfAcrossSentences, findPairs]) {
    // One rule failing on odd input must not cost the report its other findings.
    try {
      all.push(...finder(text, spans, ordered));
    } catch {
      continue;
    }
  }
  return dedupe(all).sort((p, q) => p.aStatement.span.start - q.aStatement.span.start || q.confidence - p.confidence);
}

/**
 * The contradictions a reader is shown: candidates at or above CONTRADICTION_THRESHOLD, ids "c1",
 * "c2", … in text order. Never throws.
 */
export function findContradictions(text: string, sentences: Span[], attributions: Attribution[]): Contradiction[] {
  try {
    return findContradictionCandidates(text, sentences, attributions)
      .filter((c) => c.confidence >= CONTRADICTION_THRESHOLD)
      .map((c, i) => ({ id: `c${i + 1}`, ...c }));
  } catch {
    return [];
  }
}

/** Two candidates over the same passages are one finding: keep the surer. */
function dedupe(all: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  // Kept candidates by the stretches of text their sides cover, so each check looks only nearby.
  const byBucket = new Map<number, Candidate[]>();
  for (const c of [...all].sort((p, q) => q.confidence - p.confidence)) {
    const near = new Set(bucketsOf(c.aStatement.span).flatMap((b) => byBucket.get(b) ?? []));
    if ([...near].some((k) => samePassages(k, c))) continue;
    kept.push(c);
    for (const side of [c.aStatement.span, ...(c.bStatement ? [c.bStatement.span] : [])]) {
      for (const b of bucketsOf(side)) byBucket.set(b, [...(byBucket.get(b) ?? []), c]);
    }
  }
  return kept;
}

const BUCKET = 512;
function bucketsOf(span: Span): number[] {
  const out: number[] = [];
  for (let b = Math.floor(span.start / BUCKET); b <= Math.floor(Math.max(span.start, span.end - 1) / BUCKET); b++) out.push(b);
  return out;
}

function samePassages(p: Candidate, q: Candidate): boolean {
  const sides = (c: Candidate) => [c.aStatement.span, ...(c.bStatement ? [c.bStatement.span] : [])];
  const hit = (x: Span, ys: Span[]) => ys.some((y) => x.start < y.end && y.start < x.end);
  const ps = sides(p);
  const qs = sides(q);
  // Same sentence flagged twice (an explicit cue and a self pair in it), or the same two statements.
  return ps.every((x) => hit(x, qs)) && qs.every((y) => hit(y, ps));
}

/** When the caller has no sentence spans, split on terminal punctuation so the rules still run. */
function fallbackSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^.!?\n]+(?:[.!?]+["'”’)]*|$)/g)) {
    const start = m.index! + (m[0].length - m[0].trimStart().length);
    const end = m.index! + m[0].trimEnd().length;
    if (end > start) out.push({ start, end });
  }
  return out;
}
