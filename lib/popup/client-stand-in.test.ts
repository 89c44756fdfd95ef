import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALL_ON } from '../messages';
import { ReportStore } from '../storage/report-store';
import { analyzeTab, locate, setToggles } from './client';

// A file of its own: the popup keeps the analyser it loaded for the rest of its life, and so does
// this module once the test has made it load one.
describe('popup client with an unreachable worker', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads the real analyser, which reads the tab itself, and sends toggles and locate through it too', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    vi.spyOn(fakeBrowser.extension, 'isAllowedFileSchemeAccess').mockResolvedValue(false);
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    // The popup's own analyser asked the tab for its URL: a restricted page is its answer, not the refusal.
    expect(await analyzeTab(tab.id!, false, { pauseMs: 0, attempts: 2 })).toMatchObject({ ok: false, error: 'restricted-page' });
    await setToggles(tab.id!, { ...ALL_ON, vague: false });
    expect(await new ReportStore(fakeBrowser.storage.local, fakeBrowser.storage.session).toggles(tab.id!)).toEqual({ ...ALL_ON, vague: false });
    expect(await locate(tab.id!, 'a1:content')).toEqual({ ok: false });
  });
});
