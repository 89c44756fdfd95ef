import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PopupRequest } from '../messages';
import { ALL_ON } from '../messages';
import { ReportStore } from '../storage/report-store';
import { REPORT_VERSION, type Report } from '../report/types';
import type { TabAnalyzer } from '../worker/analyze-tab';
import { activeTabId, analyzeTab, keptReport, locate, setToggles } from './client';

describe('popup client', () => {
  const seen: PopupRequest[] = [];
  let reply: unknown;

  beforeEach(() => {
    fakeBrowser.reset();
    seen.length = 0;
    reply = undefined;
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
      seen.push(msg as PopupRequest);
      return Promise.resolve(reply);
    });
  });

  it('sends typed requests for analyse, toggles and locate', async () => {
    reply = { ok: false, error: 'no-article', message: 'nothing' };
    expect(await analyzeTab(7, true)).toEqual(reply);
    await setToggles(7, { ...ALL_ON, vague: false });
    reply = { ok: true };
    expect(await locate(7, 'a1:content')).toEqual({ ok: true });
    expect(seen).toEqual([
      { type: 'analyze', tabId: 7, force: true },
      { type: 'set-toggles', tabId: 7, toggles: { ...ALL_ON, vague: false } },
      { type: 'locate', tabId: 7, id: 'a1:content' },
    ]);
  });

  it('turns a missing or malformed answer into an internal failure', async () => {
    reply = undefined;
    const res = await analyzeTab(3, false, { pauseMs: 0 });
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toBe('internal');
    reply = 'garbage';
    expect((await analyzeTab(3, false, { pauseMs: 0 })).ok).toBe(false);
  });

  it('asks a restarted worker once more before giving up', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    let calls = 0;
    fakeBrowser.runtime.onMessage.addListener(() => {
      calls++;
      if (calls === 1) return Promise.reject(new Error('The message port closed before a response was received.'));
      return Promise.resolve({ ok: false, error: 'no-article', message: 'nothing' });
    });
    expect(await analyzeTab(5)).toMatchObject({ ok: false, error: 'no-article' });
    expect(calls).toBe(2);
  });

  it('waits between tries while a stopping worker refuses messages at once', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    const at: number[] = [];
    fakeBrowser.runtime.onMessage.addListener(() => {
      at.push(Date.now());
      if (at.length < 3) return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      return Promise.resolve({ ok: false, error: 'no-article', message: 'nothing' });
    });
    expect(await analyzeTab(5, false, { pauseMs: 40 })).toMatchObject({ ok: false, error: 'no-article' });
    expect(at).toHaveLength(3);
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(35);
    expect(at[2] - at[1]).toBeGreaterThanOrEqual(75);
  });

  it('keeps asking for a few seconds while a restarting worker refuses connections', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    let calls = 0;
    fakeBrowser.runtime.onMessage.addListener(() => {
      calls++;
      if (calls < 6) return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      return Promise.resolve({ ok: false, error: 'no-article', message: 'nothing' });
    });
    expect(await analyzeTab(5, false, { pauseMs: 1 })).toMatchObject({ ok: false, error: 'no-article' });
    expect(calls).toBe(6);
  });

  it('asks again after an internal or injection failure a restarted worker may give once, but takes a page\'s own answer at once', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    let calls = 0;
    fakeBrowser.runtime.onMessage.addListener(() => {
      calls++;
      if (calls === 1) return Promise.resolve({ ok: false, error: 'injection-failed', message: 'Frame was removed.' });
      if (calls === 2) return Promise.resolve({ ok: false, error: 'internal', message: 'Something went wrong: port closed' });
      return Promise.resolve({ ok: false, error: 'no-article', message: 'nothing' });
    });
    expect(await analyzeTab(5, false, { pauseMs: 0 })).toMatchObject({ ok: false, error: 'no-article' });
    expect(calls).toBe(3);
    // An internal failure on every try is shown, with the worker's own message.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    calls = 0;
    fakeBrowser.runtime.onMessage.addListener(() => {
      calls++;
      return Promise.resolve({ ok: false, error: 'internal', message: 'Something went wrong: boom' });
    });
    expect(await analyzeTab(5, false, { pauseMs: 0, attempts: 3 })).toEqual({ ok: false, error: 'internal', message: 'Something went wrong: boom' });
    expect(calls).toBe(3);
  });

  it('asks again when a stopped worker leaves the request unanswered', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    let calls = 0;
    fakeBrowser.runtime.onMessage.addListener(() => {
      calls++;
      return calls === 1 ? new Promise(() => {}) : Promise.resolve({ ok: false, error: 'too-large', message: 'big' });
    });
    expect(await analyzeTab(5, false, { timeoutMs: 50, pauseMs: 0 })).toMatchObject({ ok: false, error: 'too-large' });
    expect(calls).toBe(2);
  });

  it('analyses the tab itself when not one try reached the worker', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    let calls = 0;
    fakeBrowser.runtime.onMessage.addListener(() => {
      calls++;
      return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    });
    const asked: [number, boolean][] = [];
    const standIn = async () =>
      ({
        analyzeTab: async (tabId: number, force: boolean) => {
          asked.push([tabId, force]);
          return { ok: false, error: 'no-article', message: 'asked here' };
        },
      }) as unknown as TabAnalyzer;
    expect(await analyzeTab(5, true, { pauseMs: 0, attempts: 3, standIn })).toEqual({ ok: false, error: 'no-article', message: 'asked here' });
    expect(calls).toBe(3);
    expect(asked).toEqual([[5, true]]);
    // A worker that answered, even with a failure, is not stood in for: its answer is shown.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: false, error: 'internal', message: 'boom' }));
    expect(await analyzeTab(5, false, { pauseMs: 0, attempts: 2, standIn })).toMatchObject({ error: 'internal', message: 'boom' });
    expect(asked).toHaveLength(1);
    // Without a stand-in, the refusal itself is the failure shown.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    expect(await analyzeTab(5, false, { pauseMs: 0, attempts: 2, standIn: null })).toMatchObject({ error: 'internal', message: expect.stringContaining('Receiving end') });
  });

  it('asks for the active tab of the current window, and says null when there is none', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    query.mockResolvedValueOnce([{ id: 42 } as Browser.tabs.Tab]);
    expect(await activeTabId()).toBe(42);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    query.mockResolvedValueOnce([]);
    expect(await activeTabId()).toBeNull();
    query.mockResolvedValueOnce([{ id: -1 } as Browser.tabs.Tab]);
    expect(await activeTabId()).toBeNull();
  });

  it('reads the kept report of the tab from storage, only for the URL it was made for', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    const store = new ReportStore(fakeBrowser.storage.local, fakeBrowser.storage.session);
    const report = { version: REPORT_VERSION, article: { url: 'https://news.example/story', hash: 'h1' } } as Report;
    expect(await keptReport(tab.id!)).toBeNull();
    await store.save(report);
    await store.rememberTab(tab.id!, { url: 'https://news.example/story', hash: 'h1' });
    expect(await keptReport(tab.id!)).toMatchObject({ ok: true, cached: true, report: { article: { hash: 'h1' } } });
    await store.rememberTab(tab.id!, { url: 'https://news.example/other', hash: 'h1' });
    expect(await keptReport(tab.id!)).toBeNull();
  });

  it('uses the URL of the tab it just found instead of asking for the tab again', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    const store = new ReportStore(fakeBrowser.storage.local, fakeBrowser.storage.session);
    await store.save({ version: REPORT_VERSION, article: { url: 'https://news.example/story', hash: 'h1' } } as Report);
    await store.rememberTab(tab.id!, { url: 'https://news.example/story', hash: 'h1' });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValueOnce([{ id: tab.id, url: 'https://news.example/story' } as Browser.tabs.Tab]);
    const get = vi.spyOn(fakeBrowser.tabs, 'get');
    expect(await activeTabId()).toBe(tab.id);
    expect(await keptReport(tab.id!)).toMatchObject({ ok: true, cached: true });
    expect(get).not.toHaveBeenCalled();
  });
});
