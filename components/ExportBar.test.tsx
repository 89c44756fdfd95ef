import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeReport } from './__fixtures__/report';
import { ExportBar } from './ExportBar';

// The builders belong to lib/export and have their own tests; here only the wiring is checked:
// which builder, which file name and type, and that the browser is asked to download it.
vi.mock('../lib/export/annotation', () => ({
  toWebAnnotation: (r: { article: { url: string } }) => ({ type: 'AnnotationCollection', target: r.article.url }),
}));
vi.mock('../lib/export/markdown', () => ({ toMarkdown: (r: { article: { title: string } }) => `# ${r.article.title}` }));
vi.mock('../lib/export/csv', () => ({ toCsv: () => 'id,content\r\na1,x' }));
vi.mock('../lib/export/filename', () => ({ exportFileName: (_r: unknown, ext: string) => `sourcelight-riverton.${ext}` }));

afterEach(cleanup);

describe('ExportBar', () => {
  let blobs: Blob[];
  let clicked: { href: string; download: string }[];

  beforeEach(() => {
    blobs = [];
    clicked = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return `blob:fake/${blobs.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
      expect(this.isConnected).toBe(true);
    });
  });

  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['export-jsonld', 'sourcelight-riverton.jsonld', 'application/ld+json', '{\n  "type": "AnnotationCollection",\n  "target": "https://news.example/riverton/ferry"\n}'],
    ['export-markdown', 'sourcelight-riverton.md', 'text/markdown', '# Riverton ferry to stop at dusk'],
    ['export-csv', 'sourcelight-riverton.csv', 'text/csv', 'id,content\r\na1,x'],
  ])('%s downloads %s as %s', async (testId, fileName, mime, text) => {
    render(<ExportBar report={makeReport()} />);
    fireEvent.click(screen.getByTestId(testId));
    expect(clicked).toEqual([{ href: 'blob:fake/1', download: fileName }]);
    expect(blobs[0].type).toBe(`${mime};charset=utf-8`);
    expect(await blobs[0].text()).toBe(text);
    // The temporary link is gone and the URL released once the download has it.
    expect(document.querySelector('a[download]')).toBeNull();
    await new Promise((r) => setTimeout(r, 0));
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:fake/1');
  });

  it('hands the built file to an injected downloader', () => {
    const download = vi.fn();
    render(<ExportBar report={makeReport()} download={download} />);
    fireEvent.click(screen.getByRole('button', { name: 'Markdown' }));
    expect(download).toHaveBeenCalledWith('sourcelight-riverton.md', '# Riverton ferry to stop at dusk', 'text/markdown');
  });
});
