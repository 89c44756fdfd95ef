/**
 * The report as a Markdown document a reader can keep or share: summary, the unnamed sources
 * first, contradictions, then every quote. All page text goes through lib/export/escape.ts, and no
 * line of the file starts with page text, so neither a Markdown viewer nor a spreadsheet that
 * opens the file can be made to run or link anything.
 */
import type { Attribution, Contradiction, Report, Statement } from '../report/types';
import { escapeMarkdownInline as md, markdownBlockquote, markdownCode } from './escape';
import {
  CONTRADICTION_KIND_LABEL,
  confidenceWords,
  KIND_LABEL,
  shownContradictions,
  SOURCE_TYPE_LABEL,
  summaryLine,
  unnamedFirst,
} from './wording';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function who(a: Attribution): string {
  if (!a.source) return '_no source given_';
  let s = `“${md(a.source)}”`;
  if (a.description) s += `, ${md(a.description)}`;
  if (a.resolved && a.resolved !== a.source) s += ` (that is, “${md(a.resolved)}”)`;
  if (a.via) s += ` via ${md(a.via)}`;
  return s;
}

function unnamedSection(list: Attribution[], total: number): string[] {
  const out = ['## Anonymous and vague sources', ''];
  if (!list.length) return [...out, total ? 'None found: every source in this article is named.' : 'None found.', ''];
  list.forEach((a, i) => {
    out.push(
      `### ${i + 1}. ${capital(SOURCE_TYPE_LABEL[a.sourceType])}: ${who(a)}`,
      '',
      `* **Cue:** ${a.cue ? `“${md(a.cue)}”` : '_none_'} (${KIND_LABEL[a.kind]})`,
      `* **Why flagged:** ${md(a.reason)}`,
      '',
      markdownBlockquote(a.content),
      '',
    );
  });
  return out;
}

function statementBlock(label: string, s: Statement): string[] {
  return [`**${label}** (${s.source ? `source: “${md(s.source)}”` : 'no source given'}):`, '', markdownBlockquote(s.text), ''];
}

function contradictionSection(list: Contradiction[]): string[] {
  const out = ['## Contradictions', ''];
  if (!list.length) return [...out, 'None found.', ''];
  list.forEach((c, i) => {
    out.push(
      `### ${i + 1}. ${capital(CONTRADICTION_KIND_LABEL[c.kind])}: ${confidenceWords(c.confidence)} ` +
        `(confidence ${c.confidence.toFixed(2)})`,
      '',
      ...statementBlock(c.bStatement ? 'Statement A' : 'Statement', c.aStatement),
      ...(c.bStatement ? statementBlock('Statement B', c.bStatement) : []),
      `**Why:** ${md(c.reason)}`,
      '',
    );
  });
  return out;
}

function quotesSection(list: Attribution[]): string[] {
  const out = ['## All quotes', ''];
  if (!list.length) return [...out, 'No quotes or attributions found.', ''];
  list.forEach((a, i) => {
    out.push(
      `${i + 1}. **${capital(SOURCE_TYPE_LABEL[a.sourceType])}** ${who(a)}` +
        `${a.cue ? `, “${md(a.cue)}”` : ''} (${KIND_LABEL[a.kind]}): “${md(a.content)}”`,
    );
  });
  return [...out, ''];
}

export function toMarkdown(report: Report): string {
  const { article } = report;
  const shown = shownContradictions(report.contradictions);
  const meta = [
    `* **URL:** ${markdownCode(article.url)}`,
    article.siteName ? `* **Site:** ${md(article.siteName)}` : null,
    article.byline ? `* **Byline:** ${md(article.byline)}` : null,
    article.publishedTime ? `* **Published:** ${md(article.publishedTime)}` : null,
  ].filter((l): l is string => l !== null);
  const lines = [
    `# Sourcing report: ${md(article.title) || '_untitled_'}`,
    '',
    ...meta,
    '',
    `**Summary:** ${summaryLine(report.summary, shown.length)}`,
    '',
    ...unnamedSection(unnamedFirst(report.attributions), report.attributions.length),
    ...contradictionSection(shown),
    ...quotesSection(report.attributions),
    '_Made by Sourcelight from the article text it extracted. Source types follow its guidelines; ' +
      'check each flag against the article._',
    '',
  ];
  return lines.join('\n');
}
