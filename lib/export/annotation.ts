/**
 * The report as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): one
 * AnnotationCollection with its single page embedded, so the file stands alone. Each attribution
 * and each shown contradiction is an Annotation on the page URL.
 *
 * Every target carries a TextQuoteSelector and a TextPositionSelector as alternatives. Positions
 * count characters of Sourcelight's article text (Readability's extraction, paragraphs joined by a
 * blank line), not of the live page, so a consumer should anchor by the quote and use the position
 * only to choose between repeats; the collection label says so.
 *
 * Output is deterministic: ids derive from the URL, the text hash and the item id, and `created`
 * / `generated` appear only when the caller passes `now`.
 */
import type { Attribution, Contradiction, Report, Span, Statement } from '../report/types';
import { stableUrn } from './ids';
import { describeSpan } from '../anchoring/describe';
import { attributionLine, contradictionLine, KIND_LABEL, shownContradictions, summaryLine } from './wording';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface SpecificResource {
  type: 'SpecificResource';
  source: string;
  /** Alternatives that select the same passage: anchor by the quote, the position is a hint. */
  selector: [TextQuoteSelector, TextPositionSelector];
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  language: 'en';
  purpose: 'describing' | 'tagging';
}

export interface Software {
  type: 'Software';
  name: 'Sourcelight';
  homepage?: string;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'classifying' | 'assessing';
  /** The first body describes in a sentence; the others are tags for filtering. */
  body: TextualBody[];
  /** Always an array: the passage first, then the source phrase or the other statement. */
  target: SpecificResource[];
  generator: Software;
  created?: string;
  generated?: string;
}

export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  startIndex: 0;
  items: Annotation[];
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: Software;
  created?: string;
  first: AnnotationPage;
}

const GENERATOR: Software = { type: 'Software', name: 'Sourcelight' };

/**
 * Context cut in the middle of an emoji would start or end with half a surrogate pair, which the
 * browser writes to the downloaded file as U+FFFD; the half is dropped instead, so the context
 * stays a verbatim slice of the text.
 */
const dropLeadingLow = (s: string) => (/^[\uDC00-\uDFFF]/.test(s) ? s.slice(1) : s);
const dropTrailingHigh = (s: string) => (/[\uD800-\uDBFF]$/.test(s) ? s.slice(0, -1) : s);

function resource(report: Report, span: Span): SpecificResource {
  const anchor = describeSpan(report.article.text, span);
  return {
    type: 'SpecificResource',
    source: report.article.url,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: anchor.exact,
        prefix: dropLeadingLow(anchor.prefix),
        suffix: dropTrailingHigh(anchor.suffix),
      },
      { type: 'TextPositionSelector', start: anchor.start, end: anchor.end },
    ],
  };
}

const describing = (value: string): TextualBody => ({
  type: 'TextualBody',
  value,
  format: 'text/plain',
  language: 'en',
  purpose: 'describing',
});

const tag = (value: string): TextualBody => ({ ...describing(value), purpose: 'tagging' });

function stamp(now: Date | undefined): { created?: string; generated?: string } {
  if (!now) return {};
  const iso = now.toISOString();
  return { created: iso, generated: iso };
}

/** A span a quote selector can anchor: inside the text and not blank. */
function usable(text: string, span: Span | null | undefined): span is Span {
  return (
    !!span && span.start >= 0 && span.end <= text.length && span.start < span.end && !!text.slice(span.start, span.end).trim()
  );
}

/** Null when the analyser gave no span worth anchoring: an annotation needs a target. */
function attributionAnnotation(report: Report, key: string, a: Attribution, now?: Date): Annotation | null {
  const text = report.article.text;
  const passage = [a.contentSpan, a.sentenceSpan].find((s) => usable(text, s));
  if (!passage) return null;
  const target = [resource(report, passage)];
  if (usable(text, a.sourceSpan)) target.push(resource(report, a.sourceSpan));
  return {
    id: stableUrn(`${key}\u0000${a.id}`),
    type: 'Annotation',
    motivation: 'classifying',
    body: [describing(attributionLine(a)), tag(a.sourceType), tag(KIND_LABEL[a.kind])],
    target,
    generator: GENERATOR,
    ...stamp(now),
  };
}

function contradictionAnnotation(report: Report, key: string, c: Contradiction, now?: Date): Annotation | null {
  const sides = [c.aStatement, c.bStatement].filter(
    (s): s is Statement => !!s && usable(report.article.text, s.span),
  );
  if (!sides.length) return null;
  return {
    id: stableUrn(`${key}\u0000${c.id}`),
    type: 'Annotation',
    motivation: 'assessing',
    body: [describing(contradictionLine(c)), tag('contradiction'), tag(c.kind)],
    target: sides.map((s) => resource(report, s.span)),
    generator: GENERATOR,
    ...stamp(now),
  };
}

export function toWebAnnotation(report: Report, now?: Date): AnnotationCollection {
  const { article } = report;
  const key = `${article.url}\u0000${article.hash}`;
  const shown = shownContradictions(report.contradictions);
  const items = [
    ...report.attributions.map((a) => attributionAnnotation(report, key, a, now)),
    ...shown.map((c) => contradictionAnnotation(report, key, c, now)),
  ].filter((a): a is Annotation => a !== null);
  const label =
    `Sourcelight sourcing report: ${article.title} — ${summaryLine(report.summary, shown.length)}. ` +
    'Text positions count characters of the article text Sourcelight extracted (Readability), ' +
    'not of the page; anchor by the quote.';
  return {
    '@context': ANNOTATION_CONTEXT,
    id: stableUrn(key),
    type: 'AnnotationCollection',
    label,
    total: items.length,
    generator: GENERATOR,
    ...(now ? { created: now.toISOString() } : {}),
    first: { id: stableUrn(`${key}\u0000page1`), type: 'AnnotationPage', startIndex: 0, items },
  };
}
