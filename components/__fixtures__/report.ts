/**
 * A small made-up article and its report, written for the popup tests: one source of each kind the
 * popup groups (anonymous, vague, named person, named organisation, media) and one contradiction.
 */
import { summarize } from '../../lib/report/summary';
import type {
  Attribution,
  AttributionKind,
  Contradiction,
  Report,
  SourceType,
  Span,
} from '../../lib/report/types';
import { REPORT_VERSION } from '../../lib/report/types';
import type { AnalyzeSuccess } from '../../lib/messages';
import { ALL_ON } from '../../lib/messages';

export const ARTICLE_TEXT = [
  'Riverton ferry to stop at dusk',
  'The Riverton ferry will stop running after dark from next month, two council officials said on Monday.',
  '"We cannot staff the late crossings any more," said Mara Lindqvist, the harbour master.',
  'Critics say the change will cut off the island.',
  'The Harbour Board said the service would run as before.',
  'The Valley Courier reported that ticket sales fell by a third last year.',
].join('\n\n');

function span(text: string, from = 0): Span {
  const start = ARTICLE_TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`fixture text not found: ${text}`);
  return { start, end: start + text.length };
}

function attribution(
  id: string,
  sourceType: SourceType,
  kind: AttributionKind,
  content: string,
  source: string | null,
  cue: string | null,
  reason: string,
  extra: Partial<Attribution> = {},
): Attribution {
  const contentSpan = span(content);
  return {
    id,
    content,
    kind,
    source,
    sourceType,
    cue,
    contentSpan,
    sourceSpan: source ? span(source) : null,
    cueSpan: cue ? span(cue, contentSpan.start - 40) : null,
    sentenceSpan: contentSpan,
    reason,
    ...extra,
  };
}

export const ATTRIBUTIONS: Attribution[] = [
  attribution(
    'a1',
    'anonymous',
    'indirect',
    'The Riverton ferry will stop running after dark from next month',
    'two council officials',
    'said',
    'unnamed "officials" + "said"',
  ),
  attribution(
    'a2',
    'named-person',
    'direct',
    'We cannot staff the late crossings any more',
    'Mara Lindqvist',
    'said',
    'quotation + name "Mara Lindqvist"',
  ),
  attribution('a3', 'vague', 'indirect', 'the change will cut off the island', 'Critics', 'say', 'vague "critics" + "say"'),
  attribution(
    'a4',
    'named-organization',
    'indirect',
    'the service would run as before',
    'The Harbour Board',
    'said',
    'organisation "Harbour Board" + "said"',
  ),
  attribution(
    'a5',
    'media',
    'indirect',
    'ticket sales fell by a third last year',
    'The Valley Courier',
    'reported',
    'outlet "Courier" + "reported"',
  ),
];

export const CONTRADICTIONS: Contradiction[] = [
  {
    id: 'c1',
    kind: 'cross-source',
    a: ATTRIBUTIONS[0].content,
    b: ATTRIBUTIONS[3].content,
    aStatement: { text: ATTRIBUTIONS[0].content, span: ATTRIBUTIONS[0].contentSpan, source: 'two council officials', attributionId: 'a1' },
    bStatement: { text: ATTRIBUTIONS[3].content, span: ATTRIBUTIONS[3].contentSpan, source: 'The Harbour Board', attributionId: 'a4' },
    reason: 'same topic "ferry service", "stop running" vs "run as before"',
    confidence: 0.9,
  },
  {
    id: 'c2',
    kind: 'explicit',
    a: 'Critics say the change will cut off the island.',
    b: null,
    aStatement: { text: 'Critics say the change will cut off the island.', span: span('Critics say the change will cut off the island.'), source: 'Critics' },
    bStatement: null,
    reason: 'weak cue, below the threshold',
    confidence: 0.3,
  },
];

export function makeReport(over: Partial<Report> = {}, articleOver: Partial<Report['article']> = {}): Report {
  const attributions = over.attributions ?? ATTRIBUTIONS;
  const contradictions = over.contradictions ?? CONTRADICTIONS;
  return {
    version: REPORT_VERSION,
    article: {
      title: 'Riverton ferry to stop at dusk',
      byline: 'A. Reporter',
      siteName: 'Riverton Gazette',
      lang: 'en',
      url: 'https://news.example/riverton/ferry',
      publishedTime: null,
      text: ARTICLE_TEXT,
      length: ARTICLE_TEXT.length,
      hash: 'fixture',
      ...articleOver,
    },
    attributions,
    contradictions,
    summary: summarize(attributions, contradictions),
    analysisMs: 4,
    ...over,
  };
}

export function makeSuccess(over: Partial<AnalyzeSuccess> = {}): AnalyzeSuccess {
  return { ok: true, report: makeReport(), toggles: { ...ALL_ON }, cached: false, missing: [], stale: false, ...over };
}
