/**
 * One row per attribution, for spreadsheets. Quoting is papaparse's; formula injection is
 * neutralised the way OWASP's CSV-injection guidance says: a text cell that a spreadsheet could
 * read as a formula gets a leading apostrophe. Offsets stay numbers.
 */
import Papa from 'papaparse';
import type { Report } from '../report/types';

export const CSV_COLUMNS = [
  'id',
  'kind',
  'sourceType',
  'source',
  'resolved',
  'description',
  'via',
  'cue',
  'content',
  'reason',
  'contentStart',
  'contentEnd',
  'url',
] as const;

/**
 * Cell starts a spreadsheet may evaluate: OWASP's =, +, -, @, tab and carriage return, plus line
 * feed and the full-width forms some East Asian spreadsheet locales also accept. Papaparse's own
 * `escapeFormulae: true` pattern misses multi-line cells, hence our own.
 */
export const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Byte order mark: without it Excel reads UTF-8 as a legacy code page and mangles quote marks. */
const BOM = '\uFEFF';

export function toCsv(report: Report): string {
  const data = report.attributions.map((a) => [
    a.id,
    a.kind,
    a.sourceType,
    a.source ?? '',
    a.resolved ?? '',
    a.description ?? '',
    a.via ?? '',
    a.cue ?? '',
    a.content,
    a.reason,
    a.contentSpan.start,
    a.contentSpan.end,
    report.article.url,
  ]);
  const body = Papa.unparse(
    { fields: [...CSV_COLUMNS], data },
    { escapeFormulae: FORMULA_START, newline: '\r\n', header: true },
  );
  // Papaparse ends an empty table with a line break and a full one without; always end with one.
  return `${BOM}${body.replace(/\r\n$/, '')}\r\n`;
}
