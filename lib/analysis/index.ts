/**
 * The analyser: article in, report out. Pure and deterministic (no browser API), so the worker,
 * the tests and the CLI run the same code. Read top to bottom: segment → quotes → attribute →
 * classify → contradict → report.
 */
import type { Article, Report } from '../report/types';
import { REPORT_VERSION } from '../report/types';
import { hashText } from '../report/hash';
import { summarize } from '../report/summary';
import { segmentSentences } from './segment';

export function analyze(article: Article, now: () => number = () => performance.now()): Report {
  const t0 = now();
  const sentences = segmentSentences(article);
  void sentences;
  const attributions: Report['attributions'] = [];
  const contradictions: Report['contradictions'] = [];
  const { blocks, ...meta } = article;
  void blocks;
  return {
    version: REPORT_VERSION,
    article: { ...meta, length: meta.text.length, hash: hashText(meta.text) },
    attributions,
    contradictions,
    summary: summarize(attributions, contradictions),
    analysisMs: now() - t0,
  };
}
