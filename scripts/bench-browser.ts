/**
 * The browser half of the benchmark: real Chromium, the real toolbar click, pages served from
 * 127.0.0.1. Click-to-paint is the time from the click to the first highlight registered in the
 * page; reopen is the time from a second click on the analysed page to the popup's list.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { launchWithExtension, serveFiles } from '../test/support/chromium';

export interface BrowserFigures {
  clickToPaintMs: number[];
  reopenMs: number[];
  perPage: { page: string; clickToPaintMs: number | null; reopenMs: number | null; outcome: string }[];
}

export async function measureClickToPaint(root: string, pages: string[]): Promise<BrowserFigures | null> {
  const extension = join(root, '.output', 'chrome-mv3');
  if (!existsSync(join(extension, 'manifest.json'))) {
    console.error('bench: build the extension first (npm run build); browser figures skipped');
    return null;
  }
  const server = await serveFiles(pages);
  const chromium = await launchWithExtension(extension);
  const figures: BrowserFigures = { clickToPaintMs: [], reopenMs: [], perPage: [] };
  try {
    for (const file of pages) {
      const page = await chromium.open(server.urlOf(file));
      const t0 = performance.now();
      await chromium.clickToolbar(page);
      const popup = await chromium.popup();
      const outcome = await popup.waitForOutcome();
      let paint: number | null = null;
      let reopen: number | null = null;
      if (outcome === 'report') {
        await page.waitForFunction(() => CSS.highlights.size > 0, { polling: 5, timeout: 20_000 });
        paint = performance.now() - t0;
        figures.clickToPaintMs.push(paint);
        await popup.close();
        const t1 = performance.now();
        await chromium.clickToolbar(page);
        const again = await chromium.popup();
        await again.waitForOutcome();
        reopen = performance.now() - t1;
        figures.reopenMs.push(reopen);
        await again.close();
      } else {
        await popup.close();
      }
      figures.perPage.push({ page: basename(file), clickToPaintMs: paint, reopenMs: reopen, outcome });
      await page.close();
    }
  } finally {
    await chromium.close();
    server.close();
  }
  return figures;
}
