/**
 * The CLI's readable report: the Markdown report's sections as plain text for a terminal. Page
 * text goes through `plainLine`, so a hostile page cannot send terminal escape sequences, reverse
 * a line, or break the layout with newlines.
 */
import type { Attribution, Report, Statement } from '../report/types';
import { plainLine as t } from './escape';
import {
  CONTRADICTION_KIND_LABEL,
  confidenceWords,
  KIND_LABEL,
  shownContradictions,
  SOURCE_TYPE_LABEL,
  summaryLine,
  unnamedFirst,
} from './wording';

function who(a: Attribution): string {
  if (!a.source) return '(no source given)';
  let s = `"${t(a.source)}"`;
  if (a.description) s += `, ${t(a.description)}`;
  if (a.resolved && a.resolved !== a.source) s += ` (= "${t(a.resolved)}")`;
  if (a.via) s += ` via ${t(a.via)}`;
  return s;
}

const cue = (a: Attribution) => (a.cue ? `"${t(a.cue)}"` : 'no cue');
const side = (s: Statement) => `"${t(s.text)}"${s.source ? ` (${t(s.source)})` : ''}`;

export function renderText(report: Report): string {
  const { article } = report;
  const shown = shownContradictions(report.contradictions);
  const unnamed = unnamedFirst(report.attributions);
  const meta = [article.siteName, article.byline, article.publishedTime].filter((m): m is string => !!m);
  const lines = [t(article.title) || '(untitled)', t(article.url)];
  if (meta.length) lines.push(meta.map(t).join(' · '));
  lines.push(summaryLine(report.summary, shown.length), '');

  lines.push('ANONYMOUS AND VAGUE SOURCES');
  if (!unnamed.length) lines.push(report.attributions.length ? '  none: every source is named' : '  none found');
  unnamed.forEach((a, i) => {
    lines.push(
      `  ${i + 1}. ${SOURCE_TYPE_LABEL[a.sourceType]} ${who(a)}, cue ${cue(a)}, ${KIND_LABEL[a.kind]}`,
      `     "${t(a.content)}"`,
      `     why: ${t(a.reason)}`,
    );
  });
  lines.push('', 'CONTRADICTIONS');
  if (!shown.length) lines.push('  none found');
  shown.forEach((c, i) => {
    lines.push(
      `  ${i + 1}. ${c.kind}: ${CONTRADICTION_KIND_LABEL[c.kind]}, ${confidenceWords(c.confidence)} ` +
        `(${c.confidence.toFixed(2)})`,
      `     ${c.bStatement ? 'A' : '-'}: ${side(c.aStatement)}`,
      ...(c.bStatement ? [`     B: ${side(c.bStatement)}`] : []),
      `     why: ${t(c.reason)}`,
    );
  });
  lines.push('', 'ALL QUOTES');
  if (!report.attributions.length) lines.push('  no quotes or attributions found');
  for (const a of report.attributions) {
    lines.push(
      `  ${a.id} [${a.sourceType}] ${who(a)}, cue ${cue(a)}, ${KIND_LABEL[a.kind]}: "${t(a.content)}"`,
      `     why: ${t(a.reason)}`,
    );
  }
  return lines.join('\n');
}
