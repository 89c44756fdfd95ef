import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { DEMO, useExtension } from '../support/e2e';

const s = useExtension([DEMO]);

/**
 * Stops the extension's service worker through the DevTools protocol, as the browser does when it
 * idles one out; resolves true once the worker reports itself stopped, or when none of its versions
 * runs at all (after a stop mid-analysis Chromium may list none, and the popup did the work). With
 * DevTools attached, a restarting worker waits for the debugger, which a reader's browser never
 * does, so the test lets it run on.
 */
async function stopWorker(page: Page): Promise<boolean> {
  const session = await page.createCDPSession();
  const resume = async () => {
    const target = s.chromium.browser.targets().find((t) => t.type() === 'service_worker' && t.url().includes(s.chromium.extensionId));
    const worker = await target?.createCDPSession();
    await worker?.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
  };
  let seenRunning = false;
  const stopped = new Promise<boolean>((resolve) => {
    session.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      const ours = e.versions.filter((v) => v.scriptURL.includes(s.chromium.extensionId));
      if (ours.some((v) => v.runningStatus === 'stopped')) resolve(true);
      if (ours.some((v) => v.runningStatus === 'running')) seenRunning = true;
      if (ours.some((v) => v.runningStatus === 'starting')) void resume();
    });
    setTimeout(() => resolve(!seenRunning), 5_000);
  });
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  return stopped;
}

/** What the popup shows in place of a report, so that a failure says which one it was. */
const shown = (popup: { page: Page }) => popup.page.$eval('[data-testid=state-error], [data-testid=state-empty]', (e) => e.textContent ?? '').catch(() => '');

describe('the service worker stopped in the middle of an analysis', () => {
  it('the popup recovers and the report is not lost', async () => {
    const page = await s.chromium.open(s.server.urlOf(DEMO));
    await s.chromium.clickToolbar(page);
    const popup = await s.chromium.popup();
    expect(await stopWorker(page)).toBe(true);
    const outcome = await popup.waitForOutcome();
    expect(outcome, outcome === 'report' ? '' : await shown(popup)).toBe('report');
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 10_000 });
    await popup.close();

    // Stopped again after the analysis: the reopened popup shows the kept report at once.
    expect(await stopWorker(page)).toBe(true);
    await s.chromium.clickToolbar(page);
    const again = await s.chromium.popup();
    const reopened = await again.waitForOutcome();
    expect(reopened, reopened === 'report' ? '' : await shown(again)).toBe('report');
    expect((await again.page.$$('[data-testid^=item-a]')).length).toBeGreaterThan(3);
    const stored = await again.page.evaluate(async () => {
      const all = await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null);
      return { bytes: JSON.stringify(all).length, reports: Object.keys(all).filter((k) => k.startsWith('report:')).length };
    });
    expect(stored.reports).toBe(1);
    expect(stored.bytes).toBeLessThan(4_000_000);
  });
});
