import { toWebAnnotation } from '../export/annotation';
import { toCsv } from '../export/csv';
import { exportFileName } from '../export/filename';
import { toMarkdown } from '../export/markdown';
import type { Report } from '../report/types';

export interface ExportFormat {
  /** Used in the button's test id: export-<id>. */
  id: 'jsonld' | 'markdown' | 'csv';
  label: string;
  ext: string;
  mime: string;
  build(report: Report): string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'jsonld',
    label: 'Web Annotation',
    ext: 'jsonld',
    mime: 'application/ld+json',
    build: (r) => JSON.stringify(toWebAnnotation(r), null, 2),
  },
  { id: 'markdown', label: 'Markdown', ext: 'md', mime: 'text/markdown', build: toMarkdown },
  { id: 'csv', label: 'CSV', ext: 'csv', mime: 'text/csv', build: toCsv },
];

/** The file an export button downloads: its name, contents and type. */
export function buildExport(format: ExportFormat, report: Report): { fileName: string; text: string; mime: string } {
  return { fileName: exportFileName(report, format.ext), text: format.build(report), mime: format.mime };
}
