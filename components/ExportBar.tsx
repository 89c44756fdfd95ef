import { EXPORT_FORMATS, buildExport } from '../lib/popup/exports';
import type { ExportFormat } from '../lib/popup/exports';
import { downloadText } from '../lib/popup/download';
import type { Report } from '../lib/report/types';

interface Props {
  report: Report;
  /** Injected in tests; the browser's download flow otherwise. */
  download?: (fileName: string, text: string, mime: string) => void;
}

/** One button per export format; each builds the file from the report in hand and downloads it. */
export function ExportBar({ report, download = downloadText }: Props) {
  const save = (f: ExportFormat) => {
    const file = buildExport(f, report);
    download(file.fileName, file.text, file.mime);
  };
  return (
    <section class="exports" aria-labelledby="exports-h">
      <h2 id="exports-h">Export</h2>
      <div class="export-buttons">
        {EXPORT_FORMATS.map((f) => (
          <button key={f.id} type="button" data-testid={`export-${f.id}`} onClick={() => save(f)}>
            {f.label}
          </button>
        ))}
      </div>
    </section>
  );
}
