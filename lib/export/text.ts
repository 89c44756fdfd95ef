import type { Report } from '../report/types';

/** The CLI's readable report: the summary line, then one line per attribution and contradiction. */
export function renderText(report: Report): string {
  const s = report.summary;
  const lines = [
    `${report.article.title}`,
    `${s.attributions} attributions · ${s.byType.anonymous} anonymous · ${s.byType.vague} vague · ` +
      `${s.byType['named-person'] + s.byType['named-organization']} named · ${s.byType.media + s.byType.document} media/document`,
    '',
  ];
  for (const a of report.attributions) {
    lines.push(`[${a.sourceType}] ${a.source ?? '(no source)'} — ${a.cue ?? ''} (${a.kind}): ${a.content}`);
    lines.push(`    why: ${a.reason}`);
  }
  for (const c of report.contradictions) {
    lines.push(`[contradiction ${c.kind} ${c.confidence.toFixed(2)}] ${c.a}${c.b ? ` <> ${c.b}` : ''}`);
    lines.push(`    why: ${c.reason}`);
  }
  return lines.join('\n');
}
