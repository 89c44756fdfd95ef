import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyzeResponse, ErrorCode } from '../lib/messages';
import { ERROR_TEXT } from '../lib/popup/errors';
import { fakeClient } from './__fixtures__/client';
import { makeReport, makeSuccess } from './__fixtures__/report';
import { Popup } from './Popup';

afterEach(cleanup);

const failure = (error: ErrorCode): AnalyzeResponse => ({ ok: false, error, message: `worker: ${error}` });

describe('Popup', () => {
  it('shows the loading state at once and analyses the active tab without a click', async () => {
    let resolve!: (r: AnalyzeResponse) => void;
    const client = fakeClient(() => new Promise((r) => (resolve = r)));
    render(<Popup client={client} />);
    expect(screen.getByTestId('state-loading').textContent).toContain('Reading the article…');
    await waitFor(() => expect(client.analyze).toHaveBeenCalledWith(9, false));
    resolve(makeSuccess());
    await screen.findByTestId('summary');
    expect(screen.queryByTestId('state-loading')).toBeNull();
  });

  it('shows the kept report at once, then the worker’s verdict on it', async () => {
    let resolve!: (r: AnalyzeResponse) => void;
    const client = { ...fakeClient(() => new Promise((r) => (resolve = r))), keptReport: vi.fn(async () => makeSuccess({ cached: true })) };
    render(<Popup client={client} />);
    await screen.findByTestId('summary');
    expect(client.keptReport).toHaveBeenCalledWith(9);
    expect(screen.queryByTestId('state-stale')).toBeNull();
    resolve(makeSuccess({ cached: true, stale: true, missing: ['a1:content'] }));
    await screen.findByTestId('state-stale');
  });

  it('shows title, site and the sourcing summary of a report', async () => {
    render(<Popup client={fakeClient(makeSuccess())} />);
    expect((await screen.findByTestId('summary')).textContent).toBe(
      '5 attributions · 1 anonymous · 1 vague · 2 named · 1 media · 40% unnamed',
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Riverton ferry to stop at dusk');
    expect(screen.getByTestId('article-site').textContent).toBe('Riverton Gazette');
  });

  it('falls back to the host when the site has no name', async () => {
    const success = makeSuccess({ report: makeReport({}, { siteName: null }) });
    render(<Popup client={fakeClient(success)} />);
    expect((await screen.findByTestId('article-site')).textContent).toBe('news.example');
  });

  it.each(['restricted-page', 'file-access', 'firefox-file-access', 'too-large', 'no-tab', 'injection-failed', 'internal'] as ErrorCode[])(
    'explains the %s error and what to do',
    async (code) => {
      render(<Popup client={fakeClient(failure(code))} />);
      const box = await screen.findByTestId('state-error');
      expect(box.textContent).toContain(ERROR_TEXT[code].title);
      expect(box.textContent).toContain(ERROR_TEXT[code].advice);
      expect(screen.queryByTestId('state-empty')).toBeNull();
    },
  );

  it('shows a page with no article as empty, not as an error', async () => {
    render(<Popup client={fakeClient(failure('no-article'))} />);
    expect((await screen.findByTestId('state-empty')).textContent).toContain('No article found on this page');
    expect(screen.queryByTestId('state-error')).toBeNull();
  });

  it('says there is no tab when the query finds none, without asking the worker', async () => {
    const client = fakeClient(makeSuccess(), null);
    render(<Popup client={client} />);
    expect((await screen.findByTestId('state-error')).dataset.error).toBe('no-tab');
    expect(client.analyze).not.toHaveBeenCalled();
  });

  it('turns a rejected request into the internal error and retries with a fresh analysis', async () => {
    const client = fakeClient(makeSuccess());
    client.analyze.mockRejectedValueOnce(new Error('worker gone'));
    render(<Popup client={client} />);
    const box = await screen.findByTestId('state-error');
    expect(box.dataset.error).toBe('internal');
    expect(box.textContent).toContain('worker gone');
    fireEvent.click(screen.getByTestId('retry'));
    await screen.findByTestId('summary');
    expect(client.analyze).toHaveBeenLastCalledWith(9, true);
  });

  it('says so when the report has no attributions', async () => {
    const success = makeSuccess({ report: makeReport({ attributions: [], contradictions: [] }) });
    render(<Popup client={fakeClient(success)} />);
    expect((await screen.findByTestId('state-empty')).textContent).toContain('No quotes or attributions found');
    expect(screen.getByTestId('summary').textContent).toBe('0 attributions');
  });

  it('lists unnamed sources first, then contradictions above the threshold, then every quote', async () => {
    render(<Popup client={fakeClient(makeSuccess())} />);
    const headings = (await screen.findAllByRole('heading', { level: 2 })).map((h) => h.textContent);
    expect(headings.slice(0, 3)).toEqual(['Not named 2', 'Contradictions 1', 'All quotes 5']);
    const unnamed = screen.getByTestId('section-unnamed');
    expect(within(unnamed).getAllByRole('listitem').map((li) => li.dataset.testid)).toEqual(['unnamed-a1', 'unnamed-a3']);
    const first = screen.getByTestId('unnamed-a1');
    expect(first.textContent).toContain('two council officials');
    expect(first.textContent).toContain('The Riverton ferry will stop running after dark from next month');
    expect(first.textContent).toContain('Cue: said');
    expect(first.textContent).toContain('Why: unnamed "officials" + "said"');
    // c2 is below CONTRADICTION_THRESHOLD.
    expect(screen.getByTestId('item-c1')).toBeTruthy();
    expect(screen.queryByTestId('item-c2')).toBeNull();
    const all = screen.getByTestId('section-all');
    expect(within(all).getAllByRole('listitem').map((li) => li.dataset.testid)).toEqual([
      'item-a1', 'item-a2', 'item-a3', 'item-a4', 'item-a5',
    ]);
    expect(screen.getByTestId('item-a2').textContent).toContain('Named person');
    expect(screen.getByTestId('item-a2').textContent).toContain('“We cannot staff the late crossings any more”');
  });

  it('locates content, sources and contradiction sides in the page', async () => {
    const client = fakeClient(makeSuccess());
    render(<Popup client={client} />);
    fireEvent.click(await screen.findByTestId('item-a4'));
    expect(client.locate).toHaveBeenLastCalledWith(9, 'a4:content');
    fireEvent.click(within(screen.getByTestId('unnamed-a1')).getByRole('button', { name: 'two council officials' }));
    expect(client.locate).toHaveBeenLastCalledWith(9, 'a1:source');
    fireEvent.click(within(screen.getByTestId('side-c1-b')).getByRole('button'));
    expect(client.locate).toHaveBeenLastCalledWith(9, 'c1:b');
    fireEvent.click(within(screen.getByTestId('side-c1-a')).getByRole('button'));
    expect(client.locate).toHaveBeenLastCalledWith(9, 'c1:a');
    expect(client.locate).toHaveBeenCalledTimes(4);
  });

  it('starts from the toggles the worker remembers and sends every change', async () => {
    const client = fakeClient(makeSuccess({ toggles: { anonymous: true, vague: false, named: true, media: true, quote: true, contradiction: true } }));
    render(<Popup client={client} />);
    const vague = (await screen.findByTestId('toggle-vague')) as HTMLInputElement;
    const all = screen.getByTestId('toggle-all') as HTMLInputElement;
    expect(vague.checked).toBe(false);
    expect(all.checked).toBe(false);
    expect(all.indeterminate).toBe(true);

    fireEvent.click(vague);
    expect(client.setToggles).toHaveBeenLastCalledWith(9, { anonymous: true, vague: true, named: true, media: true, quote: true, contradiction: true });
    expect(all.checked).toBe(true);

    fireEvent.click(all);
    expect(client.setToggles).toHaveBeenLastCalledWith(9, { anonymous: false, vague: false, named: false, media: false, quote: false, contradiction: false });
    expect((screen.getByTestId('toggle-named') as HTMLInputElement).checked).toBe(false);

    fireEvent.click(screen.getByTestId('toggle-contradiction'));
    expect(client.setToggles).toHaveBeenLastCalledWith(9, { anonymous: false, vague: false, named: false, media: false, quote: false, contradiction: true });
  });

  it('labels each toggle with its legend name', async () => {
    render(<Popup client={fakeClient(makeSuccess())} />);
    expect(((await screen.findByLabelText('Anonymous')) as HTMLInputElement).dataset.testid).toBe('toggle-anonymous');
    expect((screen.getByLabelText('Contradiction') as HTMLInputElement).dataset.testid).toBe('toggle-contradiction');
    expect((screen.getByLabelText('All') as HTMLInputElement).type).toBe('checkbox');
  });

  it('offers re-analysis when the page changed, and forces it', async () => {
    const client = fakeClient(makeSuccess({ stale: true }));
    render(<Popup client={client} />);
    expect((await screen.findByTestId('state-stale')).textContent).toContain('The page changed since the analysis');
    client.analyze.mockResolvedValueOnce(makeSuccess());
    fireEvent.click(screen.getByTestId('reanalyse'));
    expect(screen.getByTestId('state-loading')).toBeTruthy();
    await screen.findByTestId('summary');
    expect(client.analyze).toHaveBeenLastCalledWith(9, true);
    expect(screen.queryByTestId('state-stale')).toBeNull();
  });

  it('shows the banner when items went missing even if the text hash matches', async () => {
    render(<Popup client={fakeClient(makeSuccess({ missing: ['a2:content', 'a3:source'] }))} />);
    expect((await screen.findByTestId('state-stale')).textContent).toContain('2 items are no longer in the page');
  });

  it('marks an item the page no longer has when locating it fails, and offers re-analysis', async () => {
    const client = fakeClient(makeSuccess());
    client.locate.mockResolvedValueOnce({ ok: false });
    render(<Popup client={client} />);
    fireEvent.click(await screen.findByTestId('item-a2'));
    await screen.findByTestId('state-stale');
    expect(screen.getByTestId('item-a2').textContent).toContain('not found in the page');
    expect(screen.getByTestId('item-a1').textContent).not.toContain('not found in the page');
  });

  it('marks the items and contradiction sides the worker reports missing', async () => {
    render(<Popup client={fakeClient(makeSuccess({ missing: ['a1:content', 'c1:b'] }))} />);
    expect((await screen.findByTestId('unnamed-a1')).textContent).toContain('not found in the page');
    expect(screen.getByTestId('side-c1-b').textContent).toContain('not found in the page');
    expect(screen.getByTestId('side-c1-a').textContent).not.toContain('not found in the page');
  });

  it('says every source is named when none is anonymous or vague', async () => {
    const named = makeReport().attributions.filter((a) => a.sourceType.startsWith('named'));
    render(<Popup client={fakeClient(makeSuccess({ report: makeReport({ attributions: named, contradictions: [] }) }))} />);
    expect((await screen.findByTestId('section-unnamed')).textContent).toContain('Every source in this article is named.');
    expect(screen.queryByTestId('section-contradictions')).toBeNull();
  });

  it('shows no banner for a fresh report', async () => {
    render(<Popup client={fakeClient(makeSuccess())} />);
    await screen.findByTestId('summary');
    expect(screen.queryByTestId('state-stale')).toBeNull();
  });

  it('ignores a late answer from an analysis that was superseded', async () => {
    const answers: ((r: AnalyzeResponse) => void)[] = [];
    const client = fakeClient(() => new Promise((r) => answers.push(r)));
    render(<Popup client={client} />);
    await waitFor(() => expect(answers).toHaveLength(1));
    answers[0](failure('internal'));
    fireEvent.click(await screen.findByTestId('retry'));
    await waitFor(() => expect(answers).toHaveLength(2));
    answers[1](makeSuccess());
    await screen.findByTestId('summary');
    answers[0](failure('too-large'));
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByTestId('state-error')).toBeNull();
  });
});

describe('hostile page text', () => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

  it('renders titles, sources, content, reasons and contradictions as text only', async () => {
    const base = makeReport();
    const attributions = base.attributions.map((a) => ({ ...a, content: payload + a.content, source: payload, reason: payload, cue: payload }));
    const contradictions = base.contradictions.map((c) => ({
      ...c,
      reason: payload,
      aStatement: { ...c.aStatement, text: payload, source: payload },
      bStatement: c.bStatement && { ...c.bStatement, text: payload, source: payload },
    }));
    const report = makeReport({ attributions, contradictions }, { title: payload, siteName: payload });
    const { container } = render(<Popup client={fakeClient(makeSuccess({ report }))} />);
    await screen.findByTestId('summary');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(payload);
    expect(container.querySelectorAll('img, script').length).toBe(0);
    expect(container.textContent).toContain('<img src=x onerror=');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('renders a hostile worker error detail as text', async () => {
    const client = fakeClient({ ok: false, error: 'internal', message: payload });
    const { container } = render(<Popup client={client} />);
    expect((await screen.findByTestId('state-error')).textContent).toContain(payload);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('exports', () => {
  it('offers the three formats', async () => {
    render(<Popup client={fakeClient(makeSuccess())} download={vi.fn()} />);
    for (const id of ['export-jsonld', 'export-markdown', 'export-csv']) {
      expect((await screen.findByTestId(id)).tagName).toBe('BUTTON');
    }
  });
});

describe('exports with the real builders', () => {
  it('downloads JSON-LD that parses as an annotation collection, and Markdown and CSV text', async () => {
    const files: { name: string; text: string; mime: string }[] = [];
    const download = (name: string, text: string, mime: string) => files.push({ name, text, mime });
    render(<Popup client={fakeClient(makeSuccess())} download={download} />);
    fireEvent.click(await screen.findByTestId('export-jsonld'));
    fireEvent.click(screen.getByTestId('export-markdown'));
    fireEvent.click(screen.getByTestId('export-csv'));
    expect(files.map((f) => [f.name.split('.').pop(), f.mime])).toEqual([
      ['jsonld', 'application/ld+json'],
      ['md', 'text/markdown'],
      ['csv', 'text/csv'],
    ]);
    expect(JSON.parse(files[0].text).type).toBe('AnnotationCollection');
    expect(files[1].text).toContain('Riverton ferry to stop at dusk');
    expect(files[2].text).toContain('two council officials');
  });
});
