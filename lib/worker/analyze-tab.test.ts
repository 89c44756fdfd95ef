import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../analysis';
import { articleFromText } from '../extract/plain-text';
import type { ContentRequest, ExtractResult, StatusResponse } from '../messages';
import { ReportStore } from '../storage/report-store';
import { createTabAnalyzer, MAX_ANALYSIS_CHARS, type TabPort } from './analyze-tab';
import { routePopupMessage } from './router';

const URL_A = 'https://news.example/story';
const article = () =>
  articleFromText(
    'Council votes on budget\n\nThe council approved the budget on Monday, a spokeswoman said. Critics say it cuts too deep.',
    URL_A,
  );

function fakePort(over: Partial<TabPort> = {}) {
  const sent: ContentRequest[] = [];
  let status: StatusResponse | null = null;
  const port: TabPort = {
    url: async () => URL_A,
    fileAccess: async () => false,
    extract: vi.fn(async (): Promise<ExtractResult> => ({ ok: true, article: article(), extractMs: 1 })),
    insertCss: vi.fn(async () => {}),
    send: vi.fn(async (_tab: number, request: ContentRequest) => {
      sent.push(request);
      if (request.type === 'status') {
        if (!status) throw new Error('Could not establish connection. Receiving end does not exist.');
        return status;
      }
      if (request.type === 'paint') {
        status = { alive: true, painted: true, missing: [], changed: false };
        return { painted: {}, missing: [] };
      }
      return { ok: true };
    }),
    ...over,
  };
  return { port, sent, setStatus: (s: StatusResponse | null) => (status = s) };
}

describe('createTabAnalyzer', () => {
  let store: ReportStore;
  beforeEach(() => {
    fakeBrowser.reset();
    store = new ReportStore(fakeBrowser.storage.local, fakeBrowser.storage.session);
  });
  const make = (port: TabPort, analyzeFn = vi.fn(analyze)) => ({
    analyzer: createTabAnalyzer({ port, store, analyze: analyzeFn, targetsOf: () => [] }),
    analyzeFn,
  });

  it('extracts, analyses, keeps and paints on the first click', async () => {
    const { port, sent } = fakePort();
    const { analyzer, analyzeFn } = make(port);
    const answer = await analyzer.analyzeTab(1);
    expect(answer).toMatchObject({ ok: true, cached: false, stale: false });
    expect(analyzeFn).toHaveBeenCalledTimes(1);
    expect(port.insertCss).toHaveBeenCalledTimes(1);
    expect(sent.map((r) => r.type)).toContain('paint');
  });

  it('reopening a painted page reuses the report without extracting again', async () => {
    const { port } = fakePort();
    const { analyzer, analyzeFn } = make(port);
    await analyzer.analyzeTab(1);
    const again = await analyzer.analyzeTab(1);
    expect(again).toMatchObject({ ok: true, cached: true });
    expect(port.extract).toHaveBeenCalledTimes(1);
    expect(analyzeFn).toHaveBeenCalledTimes(1);
  });

  it('after a reload it extracts again but finds the report by content hash', async () => {
    const { port, setStatus } = fakePort();
    const { analyzer, analyzeFn } = make(port);
    await analyzer.analyzeTab(1);
    setStatus(null);
    const again = await analyzer.analyzeTab(1);
    expect(again).toMatchObject({ ok: true, cached: true });
    expect(port.extract).toHaveBeenCalledTimes(2);
    expect(analyzeFn).toHaveBeenCalledTimes(1);
  });

  it('says the page changed when kept items no longer anchor', async () => {
    const { port, setStatus } = fakePort();
    const { analyzer } = make(port);
    await analyzer.analyzeTab(1);
    setStatus({ alive: true, painted: true, missing: ['a1:source'], changed: true });
    expect(await analyzer.analyzeTab(1)).toMatchObject({ ok: true, stale: true, missing: ['a1:source'] });
    expect(await analyzer.analyzeTab(1, true)).toMatchObject({ ok: true, stale: false, cached: false });
  });

  it('refuses restricted pages before injecting anything', async () => {
    const { port } = fakePort({ url: async () => 'chrome://settings/' });
    const { analyzer } = make(port);
    expect(await analyzer.analyzeTab(1)).toMatchObject({ ok: false, error: 'restricted-page' });
    expect(port.extract).not.toHaveBeenCalled();
  });

  it('passes on the content script’s no-article answer', async () => {
    const { port } = fakePort({ extract: async () => ({ ok: false, error: 'no-article', message: 'No article was found on this page.' }) });
    expect(await make(port).analyzer.analyzeTab(1)).toMatchObject({ ok: false, error: 'no-article' });
  });

  it('turns an injection refusal into a restricted-page answer', async () => {
    const { port } = fakePort({
      extract: async () => {
        throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      },
    });
    expect(await make(port).analyzer.analyzeTab(1)).toMatchObject({ ok: false, error: 'restricted-page' });
  });

  it('declines an article beyond the size budget', async () => {
    const huge = { ...article(), text: 'word '.repeat(MAX_ANALYSIS_CHARS / 4), blocks: [] };
    const { port } = fakePort({ extract: async () => ({ ok: true, article: huge, extractMs: 1 }) });
    const { analyzer, analyzeFn } = make(port);
    expect(await analyzer.analyzeTab(1)).toMatchObject({ ok: false, error: 'too-large' });
    expect(analyzeFn).not.toHaveBeenCalled();
  });

  it('reports an analyser crash as an internal error instead of hanging the popup', async () => {
    const { port } = fakePort();
    const { analyzer } = make(port, vi.fn(() => {
      throw new Error('boom');
    }));
    expect(await analyzer.analyzeTab(1)).toMatchObject({ ok: false, error: 'internal' });
  });

  it('remembers toggles per tab and forwards them to the page', async () => {
    const { port, sent } = fakePort();
    const { analyzer } = make(port);
    await analyzer.analyzeTab(1);
    const toggles = (await store.toggles(1));
    await analyzer.setToggles(1, { ...toggles, vague: false });
    expect((await store.toggles(1)).vague).toBe(false);
    expect(sent.at(-1)).toEqual({ type: 'set-toggles', toggles: { ...toggles, vague: false } });
  });
});

describe('routePopupMessage', () => {
  const self = { id: 'sourcelight-id', origin: 'chrome-extension://sourcelight-id/' };
  const analyzer = { analyzeTab: vi.fn(async () => ({ ok: true })), setToggles: vi.fn(), locate: vi.fn() } as never;
  const popup = { id: 'sourcelight-id', url: 'chrome-extension://sourcelight-id/popup.html' };

  it('answers the extension’s own popup', () => {
    expect(routePopupMessage({ type: 'analyze', tabId: 4 }, popup, self, analyzer)).toBeInstanceOf(Promise);
  });

  it('answers the popup opened in a tab', () => {
    expect(routePopupMessage({ type: 'analyze', tabId: 4 }, { ...popup, tab: { id: 9 } }, self, analyzer)).toBeInstanceOf(Promise);
  });

  it.each([
    ['a content script in a page', { id: 'sourcelight-id', url: 'https://news.example/a', tab: { id: 4 } }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }],
    ['a page URL', { id: 'sourcelight-id', url: 'https://evil.example/' }],
  ])('ignores %s', (_what, sender) => {
    expect(routePopupMessage({ type: 'analyze', tabId: 4 }, sender, self, analyzer)).toBeUndefined();
  });

  it.each([{ type: 'analyze' }, { type: 'analyze', tabId: -1 }, { type: 'eval', tabId: 1 }, 'analyze', null])(
    'ignores malformed %j',
    (message) => {
      expect(routePopupMessage(message, popup, self, analyzer)).toBeUndefined();
    },
  );
});
