/**
 * The browser half of the benchmark: real Chromium, the real toolbar click, pages served from
 * 127.0.0.1. Click-to-paint is the time from the click to the first highlight registered in the
 * page; reopen is the time from the reopened popup's document start to its list, read from the
 * popup's own User Timing mark (lib/popup/marks.ts) after its first paint. Both are also
 * split at the popup document's start, because the browser's own work to open a popup window
 * (about 250 ms headless on these machines) comes before any of ours.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { launchWithExtension, serveFiles } from '../test/support/chromium';

export interface BrowserFigures {
  clickToPaintMs: number[];
  /** From the popup document's start to the paint: the share of click-to-paint our code controls. */
  popupToPaintMs: number[];
  /** From the reopened popup document's start to its list. */
  reopenMs: number[];
  /** The same from the click, including the browser's own time to open the popup window. */
  reopenFromClickMs: number[];
  /** Worker phases of a forced re-analysis per page (extract = Readability in the page). */
  phases: Record<string, number>[];
  /** Popup document start to its DOMContentLoaded. */
  popupLoadMs: number[];
  /** The reopened popup's own marks (ms from its document start), by name. */
  reopenMarks: Record<string, number>[];
  perPage: { page: string; clickToPaintMs: number | null; popupToPaintMs: number | null; reopenMs: number | null; outcome: string }[];
}

export async function measureClickToPaint(root: string, pages: string[]): Promise<BrowserFigures | null> {
  const extension = join(root, '.output', 'chrome-mv3');
  if (!existsSync(join(extension, 'manifest.json'))) {
    console.error('bench: build the extension first (npm run build); browser figures skipped');
    return null;
  }
  const server = await serveFiles(pages);
  const chromium = await launchWithExtension(extension);
  const figures: BrowserFigures = { clickToPaintMs: [], popupToPaintMs: [], reopenMs: [], reopenFromClickMs: [], phases: [], popupLoadMs: [], reopenMarks: [], perPage: [] };
  try {
    for (const file of pages) {
      const page = await chromium.open(server.urlOf(file));
      const t0 = performance.now();
      const clickedAt = Date.now();
      await chromium.clickToolbar(page);
      const popup = await chromium.popup();
      const popupStart = await popup.page.evaluate(() => performance.timeOrigin);
      const outcome = await popup.waitForOutcome();
      let paint: number | null = null;
      let popupToPaint: number | null = null;
      let reopen: number | null = null;
      if (outcome === 'report') {
        await page.waitForFunction(() => CSS.highlights.size > 0, { polling: 5, timeout: 20_000 });
        paint = performance.now() - t0;
        popupToPaint = Math.max(0, clickedAt + paint - popupStart);
        figures.clickToPaintMs.push(paint);
        figures.popupToPaintMs.push(popupToPaint);
        await popup.close();
        const t1 = performance.now();
        await chromium.clickToolbar(page);
        const again = await chromium.popup();
        await again.waitForOutcome();
        figures.reopenFromClickMs.push(performance.now() - t1);
        await again.page.waitForFunction(() => performance.getEntriesByName('sourcelight:report-shown').length > 0, { timeout: 5_000 });
        const marks = await again.page.evaluate(() =>
          Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('sourcelight:')).map((m) => [m.name.slice('sourcelight:'.length), m.startTime])),
        );
        figures.reopenMarks.push(marks);
        reopen = marks['report-shown'];
        figures.reopenMs.push(reopen);
        figures.popupLoadMs.push(
          await again.page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd),
        );
        const timings = await again.page.evaluate(async () => {
          type Api = {
            tabs: { query(q: object): Promise<{ id?: number }[]> };
            runtime: { sendMessage(m: object): Promise<unknown> };
          };
          const api = (globalThis as unknown as { chrome: Api }).chrome;
          const [tab] = await api.tabs.query({ active: true, currentWindow: true });
          const answer = (await api.runtime.sendMessage({ type: 'analyze', tabId: tab.id, force: true })) as { timings?: Record<string, number> };
          return answer.timings ?? null;
        });
        if (timings) figures.phases.push(timings);
        await again.close();
      } else {
        await popup.close();
      }
      figures.perPage.push({ page: basename(file), clickToPaintMs: paint, popupToPaintMs: popupToPaint, reopenMs: reopen, outcome });
      await page.close();
    }
  } finally {
    await chromium.close();
    server.close();
  }
  return figures;
}
