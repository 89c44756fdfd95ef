import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightTexts, launchWithExtension, serveFiles, type ExtensionBrowser, type PageServer } from '../support/chromium';

const root = resolve(import.meta.dirname, '..', '..');
const demo = join(root, 'assets', 'demo', 'harbour-bridge.html');

let server: PageServer;
let chromium: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFiles([demo]);
  chromium = await launchWithExtension(join(root, '.output', 'chrome-mv3'));
});

afterAll(async () => {
  await chromium?.close();
  server?.close();
});

const count = (h: Record<string, string[]>) => Object.values(h).reduce((n, v) => n + v.length, 0);

describe('a page that changes after the analysis', () => {
  it('re-anchors the highlights when a script re-renders the same article', async () => {
    const page = await chromium.open(server.urlOf(demo));
    await chromium.clickToolbar(page);
    const popup = await chromium.popup();
    expect(await popup.waitForOutcome()).toBe('report');
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 10_000 });
    const before = await highlightTexts(page);
    await popup.close();

    // An SPA re-render: the same markup, brand-new nodes; the old ranges now point at detached nodes.
    await page.evaluate(() => {
      const story = document.querySelector('.story')!;
      story.innerHTML = story.innerHTML;
    });
    await page.waitForFunction(
      () => [...CSS.highlights.values()].every((h) => [...h].every((r) => r.toString().length > 0)),
      { timeout: 5_000 },
    );
    const after = await highlightTexts(page);
    expect(count(after)).toBe(count(before));
    expect(after['sourcelight-anonymous']).toEqual(before['sourcelight-anonymous']);
    await page.close();
  });

  it('drops stale ranges and offers re-analysis when text is removed', async () => {
    const page = await chromium.open(server.urlOf(demo));
    await chromium.clickToolbar(page);
    let popup = await chromium.popup();
    expect(await popup.waitForOutcome()).toBe('report');
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 10_000 });
    await popup.close();

    await page.evaluate(() => {
      for (const p of document.querySelectorAll('.story p')) if (p.textContent!.includes('spokeswoman')) p.remove();
    });
    await chromium.clickToolbar(page);
    popup = await chromium.popup();
    expect(await popup.waitForOutcome()).toBe('report');
    await popup.page.waitForSelector('[data-testid=state-stale]', { timeout: 5_000 });
    expect((await highlightTexts(page))['sourcelight-anonymous'].some((t) => t.includes('spokeswoman'))).toBe(false);
    await popup.page.click('[data-testid=reanalyse]');
    await popup.page.waitForFunction(() => !document.querySelector('[data-testid=state-stale]') && document.querySelector('[data-testid=summary]'), { timeout: 10_000 });
    expect(await popup.page.$eval('[data-testid=section-all]', (e) => e.textContent)).not.toContain('spokeswoman');
    await page.close();
  });
});
